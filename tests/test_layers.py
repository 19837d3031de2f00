"""The layers hold beyond imports, which `lint-imports` checks (make lint).

An app can also reach another through a string: a model label ("resources.ResourcePage"),
a dotted path handed to import_module ("network.views"). Those count as dependencies too.
"""

import ast
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings

from tests import layers

ROOT = layers.ROOT


def project_apps():
    """The apps that live in this repository: {app name: its app label}."""
    return {
        config.name: config.label
        for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT
    }


def named_apps(text, names):
    """The apps a string names: a dotted path or a model label starting with their name."""
    match = re.match(r"([a-z_]+)\.[A-Za-z_]", text)
    return {names[match.group(1)]} if match and match.group(1) in names else set()


def strings_naming_other_apps():
    project = project_apps()
    names = {name: name for name in project} | {label: name for name, label in project.items()}
    found = set()
    for app in project:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue  # history: it stays as it was written
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    for other in named_apps(node.value, names):
                        if not layers.may_import(app, other):
                            found.add((str(path.relative_to(ROOT)), node.value))
    return found


def test_no_app_names_an_app_it_may_not_import():
    assert strings_naming_other_apps() == set()


def test_the_check_sees_a_model_label_and_a_dotted_path():
    names = {"network": "network", "portal_search": "search", "search": "search"}
    assert named_apps("network.Organisation", names) == {"network"}
    assert named_apps("portal_search.QueryStat", names) == {"search"}
    assert named_apps("search.demo", names) == {"search"}
    assert named_apps("network members", names) == set()
    assert named_apps("network.</p>", names) == set()
    assert not layers.may_import("portal", "resources")
    assert not layers.may_import("network", "resources")
    assert layers.may_import("casestudies", "resources")


def test_every_project_app_is_in_the_layers():
    in_layers = {app for layer in layers.layers() for app in layer}
    assert set(project_apps()) <= in_layers
    # INSTALLED_APPS lists the project's apps bottom to top, like the contract.
    order = [app for app in settings.INSTALLED_APPS if app in project_apps()]
    levels = {app: n for n, layer in enumerate(layers.layers()) for app in layer}
    assert [levels[app] for app in order] == sorted((levels[app] for app in order), reverse=True)


def test_the_diagram_in_docs_is_drawn_from_the_contracts():
    """After changing the contracts in pyproject.toml, run `make diagram`."""
    assert layers.committed_block() == layers.diagram_block()
