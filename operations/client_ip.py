"""The address of the client, as far as the deployment lets us know it.

Behind a load balancer every request comes from the balancer's address, so the client's is
read from X-Forwarded-For, counting TRUSTED_PROXY_COUNT hops from the right (the entries a
client sends itself are further left and are never trusted).
"""

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return remote
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [item for item in forwarded if item]
    if len(forwarded) < hops:
        return remote
    return forwarded[-hops]


def client_ip_for_axes(request, *args, **kwargs):
    """AXES_CLIENT_IP_CALLABLE takes the request (and, in some versions, more)."""
    return client_ip(request)
