"""The address of the client, as far as the deployment lets us know it.

Behind a load balancer every request comes from the balancer's address, so the client's is
read from X-Forwarded-For, counting TRUSTED_PROXY_COUNT hops from the right (the entries a
client sends itself are further left and are never trusted). `check --deploy` warns when
production, which sits behind a TLS proxy, leaves the count at 0 (operations/checks.py).
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return remote
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [item for item in forwarded if item]
    if len(forwarded) < hops or not is_address(forwarded[-hops]):
        # The request did not come through every proxy, or the count is too high and the
        # entry read is one the client wrote: the next hop's address is all we know.
        return remote
    return forwarded[-hops]


def is_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_ip_for_axes(request, *args, **kwargs):
    """AXES_CLIENT_IP_CALLABLE takes the request (and, in some versions, more)."""
    return client_ip(request)
