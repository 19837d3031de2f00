"""Descriptions imported before the importer sanitised them may hold any HTML.

Until then a description cell starting with "<" was stored as it was, so any database
where a file was imported may hold a `<meta http-equiv="refresh">`, a script or a
`javascript:` link that the entry's page and the admin's revision views render. Each
description that holds markup Wagtail's editor cannot write is reduced to the field's
rich-text features (network/rich_text.py), wherever it is kept: the organisations of both
languages, every revision, and wagtail-localize's copies (the source content and the
rich-text templates and link addresses a translation is rebuilt from). Descriptions written in the editor
are left as they are; rows are updated without a new revision and without signals.
"""

import json

from django.db import migrations
from wagtail.whitelist import check_url

from network.rich_text import holds_foreign_markup, sanitise_description


def _cleaned(html, template=False):
    """The sanitised HTML, or None when there is nothing to clean."""
    if isinstance(html, str) and "<" in html and holds_foreign_markup(html, template):
        return sanitise_description(html, template)
    return None


def clean_descriptions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Organisation = apps.get_model("network", "Organisation")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    Template = apps.get_model("wagtail_localize", "Template")
    StringSegment = apps.get_model("wagtail_localize", "StringSegment")

    rows = Organisation.objects.values_list("pk", "description")
    for pk, description in rows.iterator(chunk_size=1000):
        if (cleaned := _cleaned(description)) is not None:
            Organisation.objects.filter(pk=pk).update(description=cleaned)

    content_type = ContentType.objects.filter(app_label="network", model="organisation").first()
    if content_type is None:
        return  # a new database: no revision or translation yet

    for revision in Revision.objects.filter(content_type=content_type).iterator(chunk_size=500):
        if (cleaned := _cleaned(revision.content.get("description"))) is not None:
            revision.content["description"] = cleaned
            revision.save(update_fields=["content"])

    sources = TranslationSource.objects.filter(specific_content_type=content_type)
    for source in sources.iterator(chunk_size=500):
        content = json.loads(source.content_json)
        if (cleaned := _cleaned(content.get("description"))) is not None:
            content["description"] = cleaned
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])

    templates = Template.objects.filter(segments__source__in=sources).distinct()
    for template in templates.iterator(chunk_size=500):
        if (cleaned := _cleaned(template.template, template=True)) is not None:
            template.template = cleaned
            template.save(update_fields=["template"])

    # A link inside a translatable string keeps its address beside the string.
    segments = StringSegment.objects.filter(source__in=sources, attrs__contains="href")
    for segment in segments.iterator(chunk_size=500):
        attrs = json.loads(segment.attrs) or {}
        unsafe = [key for key, value in attrs.items() if check_url(value.get("href", "")) is None]
        for key in unsafe:
            del attrs[key]["href"]
        if unsafe:
            segment.attrs = json.dumps(attrs)
            segment.save(update_fields=["attrs"])


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0007_organisationmembership"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(clean_descriptions, migrations.RunPython.noop)]
