"""/health/ for load balancers: can this process serve pages right now?

Each check is one cheap round trip (a trivial query, a cache write and read, a search
backend ping or a one-row full-text query). The answer names only the checks and "ok"/"error":
no hostnames, versions or error texts, which could help an attacker.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    # django-redis ignores exceptions (a Redis outage must not break pages), so a failed
    # write shows up as a read that does not give the value back. Each probe writes its
    # own key: probes run at once (several load balancers, several workers).
    token = secrets.token_hex(8)
    key = f"operations:health:{token}"
    cache.set(key, token, 30)
    try:
        if cache.get(key) != token:
            raise RuntimeError("cache did not return what was written")
    finally:
        cache.delete(key)


def check_search():
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is not None:
        if not client.ping():
            raise RuntimeError("search server did not answer")
        return
    # The database backend: one real full-text query, limited to one row.
    list(backend.search("health", Page.objects.live())[:1])


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


@require_GET
@never_cache
def health(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure is reported, none is allowed to crash the probe
            logger.exception("Health check %s failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": results},
        status=200 if healthy else 503,
    )
