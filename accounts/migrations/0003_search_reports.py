"""The search reports (readers' queries, which may hold personal details) need a permission:
editors, moderators and directory managers hold it. Idempotent, like 0002_roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators", "Directory managers"]


def grant_search_reports(apps, schema_editor):
    search = apps.get_app_config("portal_search")
    search.models_module = True
    create_permissions(search, verbosity=0, apps=apps)
    search.models_module = None
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permission = Permission.objects.get(
        content_type__app_label="portal_search", codename="view_querystat"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles"),
        ("portal_search", "0002_postgres_text_search"),
    ]

    operations = [migrations.RunPython(grant_search_reports, migrations.RunPython.noop)]
