"""The demo's directory, from demo/content/directory/: the Fabrique à initiatives network
and its yearly figures, and fictional organisations (every name says "démo").

An organisation's file entry gives its own fields; those its kind shares (services,
themes, description) and those all share (website, source…) come from `kinds` and
`defaults`, where `{slug}` and `{territory}` stand for the entry's own. Each organisation
is found again by its external id, "demo-<slug>", so a second run creates nothing.
"""

from wagtail.models import Locale

from network.models import Network, NetworkFigures, Organisation
from territories.models import Commune

from .fields import source_values, translate_from
from .files import in_language, is_language_mapping, read


def load_directory(references):
    for spec in read("directory/networks.yaml"):
        ensure_network(spec, references)
    for spec in read("directory/figures.yaml"):
        ensure_figures(spec)
    ensure_organisations(read("directory/organisations.yaml"), references)


def ensure_network(spec, references):
    locale = Locale.get_default()
    if Network.objects.filter(slug=spec["slug"], locale=locale).exists():
        return
    network = Network(locale=locale, **source_values(Network, spec, references))
    network.save()
    translate_from(network, spec, references)


def ensure_figures(spec):
    spec = dict(spec)
    network = Network.objects.get(slug=spec.pop("network"), locale=Locale.get_default())
    NetworkFigures.objects.get_or_create(network=network, year=spec.pop("year"), defaults=spec)


def ensure_organisations(data, references):
    locale = Locale.get_default()
    entries = data["organisations"]
    codes = {entry["commune"] for entry in entries}
    missing = codes - set(Commune.objects.filter(pk__in=codes).values_list("pk", flat=True))
    if missing:  # a demo without its gazetteer cannot place its structures
        raise RuntimeError(f"Load the gazetteer first (missing communes: {sorted(missing)})")
    existing = set(
        Organisation.objects.filter(locale=locale, external_id__startswith="demo-").values_list(
            "external_id", flat=True
        )
    )
    for entry in entries:
        external_id = f"demo-{entry['slug']}"
        if external_id in existing:
            continue
        fields = organisation_fields(entry, data["defaults"], data["kinds"][entry["kind"]])
        organisation = Organisation(
            locale=locale,
            external_id=external_id,
            **source_values(Organisation, fields, references),
        )
        organisation.save()
        organisation.save_revision().publish()
        translate_from(Organisation.objects.get(pk=organisation.pk), fields, references)


def organisation_fields(entry, defaults, kind):
    """The entry's fields, with its kind's and the defaults."""
    entry = dict(entry)
    territory = entry.pop("territory", "")
    shared = {**defaults, **kind}
    return {
        **{name: fill(value, entry["slug"], territory) for name, value in shared.items()},
        **entry,
    }


def fill(template, slug, territory):
    """`template` with `{slug}` and `{territory}` filled in, per language where needed."""
    if is_language_mapping(template):
        return {
            code: fill(text, slug, in_language(territory, code)) for code, text in template.items()
        }
    if isinstance(template, str) and "{territory}" in template and is_language_mapping(territory):
        return {code: fill(template, slug, name) for code, name in territory.items()}
    if isinstance(template, str):
        return template.format(slug=slug, territory=territory)
    return template
