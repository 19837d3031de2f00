"""Settings shared by every environment.

Every environment variable the project reads is read here, once, with its type and its
default (README.md lists them). dev.py, test.py and production.py only adjust.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.translation import gettext_lazy as _

from search.conf import backends_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_str(name, default=""):
    # An empty variable counts as unset: `DATABASE_URL= make run` uses the default.
    return os.environ.get(name) or default


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment -------------------------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
REDIS_URL = env_str("REDIS_URL")
# "database" (default), "elasticsearch9" or "opensearch3"; SEARCH_URL for the last two.
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "database")
SEARCH_URL = env_str("SEARCH_URL")
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "portal")
# Days readers' queries are counted for the search reports (then deleted by
# `purge_search_queries`, with Wagtail's own query hits: WAGTAILSEARCH_HITS_MAX_AGE).
SEARCH_QUERY_RETENTION_DAYS = env_int("SEARCH_QUERY_RETENTION_DAYS", 30)
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_QUERY_RETENTION_DAYS
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
# Let Django serve MEDIA_ROOT itself: for one-machine set-ups without a web server or
# object storage in front (behind a CDN, or with few uploads). Off unless asked for.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "portail@example.org")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Map tiles are fetched by the reader's browser; the server never calls this URL.
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# Seconds an anonymous page may be served from cache after a change (0 disables).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
# Proxies in front of the app that append to X-Forwarded-For (0: use REMOTE_ADDR). Login
# lockouts and contact-form rate limits count requests per client address.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Failed sign-ins before a lockout, per username and address and per address across all
# usernames (accounts/lockout.py), and its length.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_ADDRESS_FAILURE_LIMIT = env_int("LOGIN_ADDRESS_FAILURE_LIMIT", 20)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15)
# Contact requests to organisations: days their personal data is kept (then deleted by
# `purge_contact_requests`), and how many one address may send per window.
CONTACT_RETENTION_DAYS = env_int("CONTACT_RETENTION_DAYS", 365)
CONTACT_RATE_LIMIT = env_int("CONTACT_RATE_LIMIT", 5)
CONTACT_RATE_WINDOW_SECONDS = env_int("CONTACT_RATE_WINDOW_SECONDS", 3600)
# Admin password-reset emails one client address, and one email address, may ask for per
# window (the login itself is limited by django-axes).
PASSWORD_RESET_RATE_LIMIT_PER_CLIENT = env_int("PASSWORD_RESET_RATE_LIMIT_PER_CLIENT", 10)
PASSWORD_RESET_RATE_LIMIT_PER_EMAIL = env_int("PASSWORD_RESET_RATE_LIMIT_PER_EMAIL", 3)
PASSWORD_RESET_RATE_WINDOW_SECONDS = env_int("PASSWORD_RESET_RATE_WINDOW_SECONDS", 3600)
# A CDN or caching proxy to purge when pages change (wagtail.contrib.frontend_cache):
# FRONTEND_CACHE_PURGE_URL for an HTTP PURGE (Varnish, nginx), or Cloudflare's zone and token.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL")
FRONTEND_CACHE_CLOUDFLARE_ZONE = env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE")
FRONTEND_CACHE_CLOUDFLARE_TOKEN = env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN")

# --- Applications ------------------------------------------------------------------------
INSTALLED_APPS = [
    # Project apps, bottom to top of the dependency graph (docs/architecture.md).
    "portal",
    "territories",
    "resources",
    "casestudies",
    "network",
    "search",
    "operations",
    "accounts",
    "contact",
    "demo",
    # Security: login lockouts, one-time passwords.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Wagtail and friends.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Near the top so that what it stores is the finished response (operations/page_cache).
    "operations.middleware.AnonymousPageCacheMiddleware",
    "operations.middleware.DownloadSandboxMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "portal.sites.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.NetworkMemberScopeMiddleware",  # outside members: their entries only
    "accounts.middleware.PasswordResetRateLimitMiddleware",
    "accounts.middleware.TranslationGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "operations.csp.ContentSecurityPolicyMiddleware",  # django-csp, laxer under /admin/
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data --------------------------------------------------------------------------------
# Health checks: a connection kept from before a database restart is replaced at the start
# of the next request instead of failing it.
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while the demo loader or an editor writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                # A Redis outage slows the site down; it must not take it down.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

# --- Languages ---------------------------------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_TZ = True

# --- Static and media files --------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o644

# --- Security defaults (production.py tightens) ------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First: refuses any login while its username and address are locked out.
    "accounts.backends.LoginAttemptsBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes counts failures in the database, in every environment: it is shared by every
# app server and durable, and failures are rare writes. Counted in Redis, an outage would
# answer 500 to wrong passwords and let guessing go on unlimited (axes' cache handler
# calls cache.touch, which django-redis' IGNORE_EXCEPTIONS does not cover). Its database
# handler, with a second limit per address (accounts/lockout.py).
AXES_HANDLER = "accounts.lockout.LoginAttemptsHandler"
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "operations.client_ip.client_ip_for_axes"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own preview views be framed by the admin.
# Browser features the site never uses are turned off for it and for any embedded frame.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": ["self"],  # "use my location" in the nearby search
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

# The directory's map tiles come from MAP_TILE_URL's host ("{s}." is any subdomain).
_tiles = urlsplit(MAP_TILE_URL.replace("{s}.", "*."))
MAP_TILE_ORIGIN = f"{_tiles.scheme}://{_tiles.netloc}"

# Content-Security-Policy: no inline script nor inline style on the public site (its
# templates have none: tests/security/test_inline_styles.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:", MAP_TILE_ORIGIN],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# Added to the policy in the admin only (operations/csp.py): Wagtail's admin widgets and
# wagtail-localize's editor still write inline scripts and styles.
ADMIN_CONTENT_SECURITY_POLICY_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
}

# --- Wagtail -----------------------------------------------------------------------------
# The admin's browser calls no outside service: no Gravatar, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_SITE_NAME = "Avise — Coopérer pour entreprendre sur les territoires"
# Search (docs/search.md): the database backend (SQLite FTS5 / PostgreSQL) by default;
# Elasticsearch 9 or OpenSearch 3 as one backend per language with its own analyser.
WAGTAILSEARCH_BACKENDS = backends_from_environment(
    SEARCH_BACKEND,
    SEARCH_URL,
    SEARCH_INDEX_PREFIX,
    [code for code, _name in LANGUAGES],
    LANGUAGE_CODE,
)
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "png": "webp", "jpeg": "webp", "gif": "webp"}
# Counts every frame of an animated image against WAGTAILIMAGES_MAX_IMAGE_PIXELS.
WAGTAILIMAGES_IMAGE_FORM_BASE = "operations.uploads.SafeImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
# Refuses documents whose content is HTML or SVG whatever their extension.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "operations.uploads.SafeDocumentForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Draftail, with a form error instead of a server error for a post it cannot read.
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "portal.rich_text.RichTextArea"}}
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILLOCALIZE_ENABLE_MACHINE_TRANSLATION = False

if FRONTEND_CACHE_PURGE_URL or FRONTEND_CACHE_CLOUDFLARE_ZONE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {}
    if FRONTEND_CACHE_PURGE_URL:
        WAGTAILFRONTENDCACHE["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    if FRONTEND_CACHE_CLOUDFLARE_ZONE:
        WAGTAILFRONTENDCACHE["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": FRONTEND_CACHE_CLOUDFLARE_ZONE,
            "BEARER_TOKEN": FRONTEND_CACHE_CLOUDFLARE_TOKEN,
        }

PORTAL_VERIFICATION_MAX_AGE_DAYS = env_int("PORTAL_VERIFICATION_MAX_AGE_DAYS", 365)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Reused by templates that name the site in both languages.
SITE_TAGLINE = _("Cooperating with social and solidarity economy actors on your territory")
