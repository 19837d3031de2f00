"""Production settings: secure by default, and `check --deploy` silent."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.portal.test_readme_production import production_steps

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def readme_variables():
    """The variables the README's production block exports, with values for its "…"."""
    variables, _commands = production_steps()
    given = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "portail.example.org",
        "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",  # not connected to
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "WAGTAILADMIN_BASE_URL": "https://portail.example.org",
    }
    return {name: given.get(name, value) for name, value in variables.items()}


def check_deploy(**env):
    """`check --deploy` with the README's variables, `env` changing some."""
    return run_manage(
        "check", "--deploy", "--fail-level", "WARNING", **{**readme_variables(), **env}
    )


def test_check_deploy_is_clean_under_production_settings():
    result = check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_the_cache_is_local_to_each_process():
    result = check_deploy(REDIS_URL="")
    assert result.returncode != 0
    assert "operations.W001" in result.stdout + result.stderr


@pytest.mark.parametrize("count", ["0", ""])
def test_check_deploy_warns_when_no_proxy_is_trusted(count):
    """Production sits behind a TLS proxy: with no trusted hop every reader has the proxy's
    address, so five wrong passwords lock an account for everyone."""
    result = check_deploy(TRUSTED_PROXY_COUNT=count)
    assert result.returncode != 0
    assert "operations.W002" in result.stdout + result.stderr
    assert "TRUSTED_PROXY_COUNT" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", SECRET_KEY="", ALLOWED_HOSTS="portail.example.org")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_a_wsgi_worker_keeps_its_start_up_objects_out_of_full_collections():
    result = subprocess.run(
        [sys.executable, "-c", "import gc, config.wsgi; print(gc.get_freeze_count())"],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10_000  # Django's and Wagtail's modules, at least


@pytest.mark.parametrize("base_url", ["", "http://localhost:8000", "http://[::1]:8000/"])
def test_check_deploy_warns_when_the_admin_address_is_this_machine(base_url):
    """Left at its default, the links in the admin's emails lead to 127.0.0.1."""
    result = check_deploy(WAGTAILADMIN_BASE_URL=base_url)
    assert result.returncode != 0
    assert "operations.W003" in result.stdout + result.stderr
    assert "WAGTAILADMIN_BASE_URL" in result.stdout + result.stderr
