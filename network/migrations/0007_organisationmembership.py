"""Organisation memberships move here from the accounts app (its migration 0004).

The model takes over the existing table and rows, then the table gets this app's name.
The content type moves too, so the permissions `manage_all_organisations` and
`edit_own_organisations` keep their rows and the groups that hold them, now as
`network.manage_all_organisations` and `network.edit_own_organisations`.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def content_type_to(app_label, from_label):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=from_label, model="organisationmembership").update(
            app_label=app_label
        )

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0006_organisation_id_text_index"),
        ("accounts", "0004_organisationmembership_to_network"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OrganisationMembership",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to="network.organisation",
                                verbose_name="organisation",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="organisation_memberships",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="user",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "organisation membership",
                        "verbose_name_plural": "organisation memberships",
                        "permissions": [
                            ("manage_all_organisations", "Can see and edit every organisation"),
                            (
                                "edit_own_organisations",
                                "Can edit the organisations linked to the account",
                            ),
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("user", "organisation"), name="unique_membership"
                            )
                        ],
                        "db_table": "accounts_organisationmembership",
                    },
                ),
            ]
        ),
        migrations.AlterModelTable(name="organisationmembership", table=None),
        migrations.RunPython(
            content_type_to("network", "accounts"), content_type_to("accounts", "network")
        ),
    ]
