"""What a refused request must leave as it was: the whole database, read in one query.

The row count of every table (a create, copy, import or delete changes one), the audit
log's (Wagtail logs each admin action: edit, publish, lock, move, workflow steps...), and
the flags admin actions flip without logging everything (live, locked, active, enabled,
an editing session's last ping). Tables a request writes whatever its outcome (sessions,
login attempts, the search statistics of public searches) are left out.
"""

from contextlib import contextmanager

from django.apps import apps
from django.db import connection, transaction

NOISY_TABLES = (
    "django_session",
    "axes_",
    "wagtailusers_userprofile",  # created on a user's first admin page
    "wagtailimages_rendition",  # made when an image is shown
    "portal_search_querystat",
    "wagtailsearchpromotions_query",
    "wagtailsearch_indexentry_fts",
)
FLAGS = {  # boolean columns: the number of rows where each is true
    "wagtailcore_page": ["live", "locked", "has_unpublished_changes"],
    "network_organisation": ["live", "locked", "has_unpublished_changes"],
    "auth_user": ["is_active", "is_superuser", "is_staff"],
    "wagtailcore_workflow": ["active"],
    "wagtailcore_task": ["active"],
    "wagtail_localize_translation": ["enabled"],
}
LATEST = {  # a new revision moves these
    "wagtailcore_page": "latest_revision_id",
    "network_organisation": "latest_revision_id",
    "wagtailadmin_editingsession": "last_seen_at",
}


def _tables():
    tables = sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy
        }
    )
    return [t for t in tables if not t.startswith(NOISY_TABLES)]


def _sql():
    quote = connection.ops.quote_name
    parts = [f"(SELECT COUNT(*) FROM {quote(table)})" for table in _tables()]
    for table, columns in FLAGS.items():
        parts += [f"(SELECT COUNT(*) FROM {quote(table)} WHERE {quote(c)})" for c in columns]
    for table, column in LATEST.items():
        parts.append(f"(SELECT MAX({quote(column)}) FROM {quote(table)})")
    return "SELECT " + ", ".join(parts)


def fingerprint():
    with connection.cursor() as cursor:
        cursor.execute(_sql())
        return cursor.fetchone()


class _RollBack(Exception):
    pass


@contextmanager
def rolled_back():
    """Run the block in a savepoint that is always rolled back: a request allowed to act
    changes nothing the next request sees."""
    try:
        with transaction.atomic():
            yield
            raise _RollBack
    except _RollBack:
        pass


def post_and_roll_back(client, url, data):
    """(response, whether the POST changed the database), the change undone."""
    before = fingerprint()
    with rolled_back():
        response = client.post(url, data)
        changed = fingerprint() != before
    return response, changed
