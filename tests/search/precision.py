"""Precision figures the relevance tests leave for the end-of-run summary (conftest.py)."""

from django.conf import settings
from django.db import connection

# (backend, language) → (hits, total, misses)
PRECISION = {}


def backend_name():
    kind = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    return f"{kind}/{connection.vendor}" if kind == "database" else kind
