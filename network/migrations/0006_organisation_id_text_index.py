"""PostgreSQL: the search index entries' join to organisations, by index.

modelsearch joins an organisation to its index entry on `entry.object_id =
organisation.id::varchar` (search's migration 0006 explains why and does the same for
pages). The expression must be the one Django writes.
"""

from django.db import migrations

INDEX = "network_organisation_id_text"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS {INDEX} ON network_organisation ((("id")::varchar(50)))'
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("network", "0005_nearby_indexes")]

    operations = [migrations.RunPython(create_index, drop_index)]
