"""Search backend settings built from the environment (called by config/settings/base.py).

Kept free of models so the settings module can import it.
"""

BACKEND_MODULES = {
    "database": "search.backends.database",
    "elasticsearch9": "search.backends.elasticsearch9",
    "opensearch3": "search.backends.opensearch3",
}


def backends_from_environment(kind, url, index_prefix, languages, default_language):
    """WAGTAILSEARCH_BACKENDS for SEARCH_BACKEND=`kind`.

    database: one backend for every language (one index table; each row analysed in its
    object's language). elasticsearch9 / opensearch3: one backend per language with its own
    indices ("portal_fr_wagtailcore_page"…) and its language's analyser; "default" is the
    site's default language, so Wagtail's admin search keeps working.
    """
    if kind not in BACKEND_MODULES:
        raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(BACKEND_MODULES)}")
    module = BACKEND_MODULES[kind]
    if kind == "database":
        return {
            "default": {
                "BACKEND": module,
                "AUTO_UPDATE": True,
            }
        }
    if not url:
        raise ValueError(f"SEARCH_BACKEND={kind} needs SEARCH_URL")
    backends = {}
    for language in languages:
        name = "default" if language == default_language else language
        backends[name] = {
            "BACKEND": module,
            "URLS": [url],
            "INDEX_PREFIX": f"{index_prefix}_{language}_",
            "LANGUAGE": language,
            "AUTO_UPDATE": True,
            "ATOMIC_REBUILD": True,
            "TIMEOUT": 5,
        }
    return backends


def search_backend_settings():
    from django.conf import settings

    return settings.WAGTAILSEARCH_BACKENDS
