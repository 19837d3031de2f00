"""Find the page for a URL in two queries, and keep its ancestors for the rest of the request.

Wagtail routes a URL one level at a time (a child lookup and a `specific` query per
level), then checks view restrictions with two more queries (ancestors, restrictions),
and the breadcrumbs ask for the ancestors a third time. Here one query fetches the
language's home, its ancestors and, below it, the pages whose slug and depth match a
segment of the URL (the slug column is indexed); the page's own type costs one more.
The ancestors stay on the page (`routed_ancestors`) for the view-restriction check and
the breadcrumbs, and which pages are private comes from the cache.

The result goes where Wagtail keeps its own (`request._wagtail_route_for_request`), then
Wagtail's `serve` runs as usual (hooks, restrictions, `page.serve`). Routing stays
Wagtail's: a routable page's sub-URLs win over its children as in
`RoutablePageMixin.route`, a page type with its own `route` gets the rest of the URL,
unpublished pages answer 404. When anything is unusual (an alias on the way, a home that
is not live or has moved), Wagtail routes the request itself.
"""

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404, re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .cache_versions import bump_version, current_version

ROUTING_VERSION_KEY = "portal:routing:version"
CACHE_SECONDS = 60 * 60
STEP = Page.steplen


def invalidate_homes():
    bump_version(ROUTING_VERSION_KEY)


def homes_by_language(site):
    """{language code: (page id, tree path)} of the site's home and its translations."""
    key = f"portal:routing:{current_version(ROUTING_VERSION_KEY)}:homes:{site.pk}"
    homes = cache.get(key)
    if homes is None:
        rows = Page.objects.filter(translation_key=site.root_page.translation_key).values_list(
            "locale__language_code", "pk", "path"
        )
        homes = {language: (pk, path) for language, pk, path in rows}
        cache.set(key, homes, CACHE_SECONDS)
    return homes


def serve(request, path):
    """Wagtail's `serve`, with the page found by `route()` when it can."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            result = route(request, path)
        except Http404:
            result = None  # what Wagtail does with a 404 raised while routing
        if result is not NotImplemented:
            request._wagtail_route_for_request = result
    return wagtail_views.serve(request, path)


def route(request, path):
    """The RouteResult for `path`, raising Http404; NotImplemented to let Wagtail route."""
    site = Site.find_for_request(request)
    if site is None:
        return NotImplemented
    home_id, home_path = homes_by_language(site).get(translation.get_language(), (None, ""))
    if home_id is None:
        return NotImplemented
    segments = [segment for segment in path.split("/") if segment]
    pages = _candidates(home_path, segments)
    chain = [pages.get(path) for path in _paths_down_to(home_path)]
    home = chain[-1]
    # Wagtail falls back on the default home when the translation is not live.
    if None in chain or home.pk != home_id or not home.live:
        return NotImplemented

    remaining = segments
    while remaining and not _routes_itself(chain[-1], remaining):
        parent = chain[-1]
        child = next(
            (
                page
                for page in pages.values()
                if page.depth == parent.depth + 1
                and page.path.startswith(parent.path)
                and page.slug == remaining[0]
            ),
            None,
        )
        if child is None:
            raise Http404
        child._cached_parent_obj = parent
        chain.append(child)
        remaining = remaining[1:]
    if any(page.alias_of_id for page in chain):
        return NotImplemented

    page = chain[-1].specific
    page.routed_ancestors = chain[:-1]
    if len(chain) > 1:
        page._cached_parent_obj = chain[-2]
    if _routes_itself(page, remaining):
        return page.route(request, remaining)
    if not page.live:
        raise Http404
    return RouteResult(page)


def _candidates(home_path, segments):
    """{path: page} for the home, its ancestors, and the pages below it whose slug and
    depth match a segment of the URL (one query)."""
    home_depth = len(home_path) // STEP
    levels = Q()
    for index, segment in enumerate(segments, start=1):
        levels |= Q(depth=home_depth + index, slug=segment)
    condition = Q(path__in=_paths_down_to(home_path))
    if segments:
        condition |= Q(path__startswith=home_path) & levels
    return {page.path: page for page in Page.objects.filter(condition)}


def _paths_down_to(path):
    """The tree paths from the root to `path`, included."""
    return [path[:end] for end in range(STEP, len(path) + 1, STEP)]


def _routes_itself(page, remaining):
    """Whether `page` answers for `remaining` instead of one of its children."""
    model = page.specific_class or Page
    if model.route is Page.route:
        return False
    if model.route is RoutablePageMixin.route:
        if not page.live:
            return False
        url = "/" + "".join(f"{segment}/" for segment in remaining)
        try:
            model.get_resolver().resolve(url)
        except Resolver404:
            return False
        return True
    return True  # a route of its own: let it decide


# Wagtail's URLs with `serve` replaced; the names stay, so reverse() works as before.
urlpatterns = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"
] + [re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")]
