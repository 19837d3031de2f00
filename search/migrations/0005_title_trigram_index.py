"""PostgreSQL: a trigram index on the folded titles of the full-text index, for the
typo-tolerant retry (search/backends/postgres.py, SearchQueryCompiler)."""

from django.db import migrations

# The name modelsearch's enable_trigram command gives the same index: running it too
# does not duplicate it.
INDEX = "modelsearch_title_text_unaccent_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "USING gin (f_unaccent(title_text) gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0004_title_word"),
        ("portal_search", "0002_postgres_text_search"),  # f_unaccent, pg_trgm
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
