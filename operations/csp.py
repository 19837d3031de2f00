"""One Content-Security-Policy for the site, one laxer variant for the Wagtail admin.

Public pages allow no inline script at all (CONTENT_SECURITY_POLICY). Some Wagtail admin
widgets and wagtail-localize's translation editor still write small inline scripts, so
paths under /admin/ also allow 'unsafe-inline' scripts (ADMIN_CONTENT_SECURITY_POLICY_UPDATE).
The admin is only open to signed-in staff and every one of its forms is CSRF-protected.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith("/admin/"):
            update = dict(parts.update or {})
            for directive, sources in settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts
