"""Give every translation of a restricted page the page's restriction (portal/restrictions.py
keeps them in step from now on).

Only adds: a translation that already has a restriction of its own keeps it, so no page
becomes more open than it was. The source language's restriction is copied first.
"""

from django.conf import settings
from django.db import migrations


def mirror_existing_restrictions(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restrictions = PageViewRestriction.objects.select_related("page__locale").order_by("pk")
    restrictions = sorted(
        restrictions, key=lambda r: r.page.locale.language_code != settings.LANGUAGE_CODE
    )
    restricted = set(PageViewRestriction.objects.values_list("page_id", flat=True))
    for restriction in restrictions:
        translations = Page.objects.filter(translation_key=restriction.page.translation_key)
        for page_id in translations.exclude(pk__in=restricted).values_list("pk", flat=True):
            copy = PageViewRestriction.objects.create(
                page_id=page_id,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(restriction.groups.all())
            restricted.add(page_id)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(mirror_existing_restrictions, migrations.RunPython.noop)]
