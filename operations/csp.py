"""One Content-Security-Policy for the site, one laxer variant for the Wagtail admin.

Public pages allow no inline script and no inline style at all (CONTENT_SECURITY_POLICY).
Some Wagtail admin widgets and wagtail-localize's translation editor still write small
inline scripts and styles, so the admin's paths also allow 'unsafe-inline' for both
(ADMIN_CONTENT_SECURITY_POLICY_UPDATE). The admin is only open to signed-in staff and
every one of its forms is CSRF-protected.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and in_admin(request):
            update = dict(parts.update or {})
            for directive, sources in settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts


def in_admin(request):
    """Whether the request is for the Wagtail admin, wherever config/urls.py mounts it."""
    return request.path.startswith(reverse("wagtailadmin_home"))
