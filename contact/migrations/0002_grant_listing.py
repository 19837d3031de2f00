"""Directory managers and moderators read and export contact requests."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

READERS = ["Directory managers", "Moderators"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("contact")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.get(
        content_type__app_label="contact", codename="view_contactrequest"
    )
    for name in READERS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(view)


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
