"""Per-address rate limit for contact requests, counted in the shared cache."""

from django.conf import settings
from django.core.cache import cache

from operations.client_ip import client_ip


def allow(request):
    """Count this request for the client's address; False once over the limit."""
    key = f"contact:rate:{client_ip(request)}"
    window = settings.CONTACT_RATE_WINDOW_SECONDS
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window)
        return True
    return count <= settings.CONTACT_RATE_LIMIT
