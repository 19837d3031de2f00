from axes.backends import AxesStandaloneBackend


class LoginAttemptsBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come through a web request.

    Every login form of the site (Wagtail's, and any other Django form) passes the
    request to authenticate(), so it is rate limited. Code that authenticates without a
    request (the test client's login(), management commands) has no client address to
    count, and django-axes would raise: such calls are let through to the next backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
