"""PostgreSQL only: accent-blind French and English text-search configurations.

portal_french = french parser + unaccent + french_stem (stop words via french_stem's
list); portal_english likewise; portal_simple (autocomplete) = unaccent + simple.
f_unaccent() and pg_trgm serve modelsearch's fuzzy (typo-tolerant) search. unaccent and
pg_trgm are "trusted" extensions: the database owner may create them.
"""

from django.db import migrations

CONFIGS = {
    "portal_french": "french_stem",
    "portal_english": "english_stem",
    "portal_simple": "simple",
}
TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cursor.execute(
            "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text "
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
            "$func$ SELECT public.unaccent('public.unaccent', $1) $func$"
        )
        for name, dictionary in CONFIGS.items():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR {TOKENS} WITH unaccent, {dictionary}"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
