"""The embedded backend: Wagtail's database search, each object in its own language.

One backend for every language (several database backends would overwrite each other's
rows of the one index table: wagtail/wagtail#9253). Which implementation serves it is
chosen when the backend is built, from the database the index is written to, like
modelsearch's own factory: PostgreSQL (search/backends/postgres.py), SQLite with FTS5
(search/backends/sqlite.py), anything else modelsearch's fallback (LIKE), unchanged.
"""

from functools import cache
from importlib import import_module

from django.db import connections, router
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.conf import get_app_config

from search.ordering import in_given_order

# The portal's implementation for each database vendor.
VENDOR_BACKENDS = {"postgresql": "search.backends.postgres", "sqlite": "search.backends.sqlite"}
# The matches a search ranked by relevance returns, best first (service.MAX_MATCHES).
RANKED_LIMIT = 1000


def SearchBackend(params):  # noqa: N802 - the name modelsearch's import_backend looks up
    index_entry = get_app_config().get_model("IndexEntry")
    vendor = connections[router.db_for_write(index_entry)].vendor
    if vendor not in VENDOR_BACKENDS or (vendor == "sqlite" and not _sqlite_fts_available()):
        return DatabaseSearchBackend(params)
    return import_module(VENDOR_BACKENDS[vendor]).SearchBackend(params)


@cache
def _sqlite_fts_available():
    # Checked once per process, as modelsearch's own factory does.
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


def keep_best(compiler, best, total):
    """The compiler's queryset narrowed to `best` (ids, best first) in that order; the
    number of all matches and the ids are left where service.ranked reads them
    (`total_matches`, `best_ids`)."""
    compiler.total_matches = total
    compiler.best_ids = best
    return in_given_order(compiler.queryset.filter(pk__one_of=best), best)
