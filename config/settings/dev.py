"""Local development: the embedded defaults of `make run`."""

from .base import *  # noqa: F403
from .base import env_str

DEBUG = True
# A development-only key; production refuses to start without its own SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Serve static files from the apps and static/ without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
