"""The search page and the autocomplete endpoint."""

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from network import links
from portal.models import Audience, Theme
from portal.taxonomy import term_names
from territories.places import find_communes

from . import labels, promotions, stats, suggestions, titles
from .backends import query_language
from .forms import SearchForm, clean_query
from .models import FacetValue, PageCard
from .published import live_pages, not_expired
from .service import PageSearch
from .sources import SOURCES, OrganisationSource

Facet = FacetValue.Facet
PER_PAGE = 10
SOURCE_PREVIEW = 3
AUTOCOMPLETE_LIMIT = 8
# What a suggestion is, shown after its label (static/js/combobox.js).
SUGGESTION_KINDS = {
    "page": gettext_lazy("page"),
    "organisation": gettext_lazy("organisation"),
    "place": gettext_lazy("place"),
}


def search(request):
    language = query_language()
    locale = Locale.objects.get(language_code=language)
    form = SearchForm(request.GET)
    query, sort, page_number, selected = form.values()
    selected = _known_values(request, selected)
    context = {"form": form, "query": query, "sort": sort, "selected": selected}
    if query:
        context.update(_results(request, query, locale, sort, page_number, selected))
        if page_number == 1 and not selected:
            stats.record(query, language, found=context["total"] > 0)
    return render(request, "search/search.html", context)


def _known_values(request, selected):
    """Drop facet values that no page has (with a message), keep the others."""
    known = {}
    for facet, values in selected.items():
        valid = set(values) & _SOURCE_KEYS if facet == Facet.TYPE else set()
        valid |= set(
            FacetValue.objects.filter(facet=facet, value__in=values)
            .values_list("value", flat=True)
            .distinct()
        )
        if len(valid) < len(set(values)):
            messages.warning(request, _("Some filters were not recognised and were ignored."))
        if valid:
            known[facet] = [value for value in dict.fromkeys(values) if value in valid]
    return known


_SOURCE_KEYS = {source.key for source in SOURCES}


def _results(request, query, locale, sort, page_number, selected):
    chosen_types = set(selected.get(Facet.TYPE, []))
    chosen_sources = [s for s in SOURCES if s.key in chosen_types]
    page_types = chosen_types - _SOURCE_KEYS
    page_selected = dict(selected)
    if chosen_types and not page_types:
        page_selected.pop(Facet.TYPE)
    elif page_types:
        page_selected[Facet.TYPE] = sorted(page_types)

    # Page.objects.public() reads the view restrictions: once per request, shared.
    candidates = live_pages(locale)
    pages = PageSearch(
        query, locale.language_code, page_selected, sort, locale=locale, candidates=candidates
    )
    backend = pages.backend
    other_facets = any(f != Facet.TYPE for f in selected)
    source_matches = {
        source.key: (
            None
            if other_facets
            else source.matches(backend, pages.searched, locale, pages=candidates)
        )
        for source in SOURCES
    }
    source_previews = {key: _preview_and_count(matches) for key, matches in source_matches.items()}
    source_counts = {key: count for key, (_preview, count) in source_previews.items()}
    counts = pages.facet_counts()
    counts[Facet.TYPE].update({key: n for key, n in source_counts.items() if n})

    listed_source = chosen_sources[0] if len(chosen_sources) == 1 and not page_types else None
    if listed_source:
        listing = source_matches[listed_source.key]
        if listing is None:
            listing = []
        paginator = Paginator(listing, PER_PAGE)
    else:
        paginator = Paginator(pages.result_ids(), PER_PAGE)
    page = paginator.get_page(page_number)
    if listed_source:
        items = [
            _source_item(listed_source, obj, locale.language_code) for obj in page.object_list
        ]
    else:
        items = _page_items(list(page.object_list), request)

    total = paginator.count
    if paginator.count and not chosen_types and not any(page_selected.values()):
        total = pages.total  # beyond the MAX_MATCHES best pages read
    if not chosen_types:
        total += sum(source_counts.values())
    context = {
        "page": page,
        "items": items,
        "total": total,
        "typo_tolerant": pages.typo_tolerant,
        "searched": pages.searched,  # the query, or its spelling correction
        "facets": _facet_groups(counts, selected, locale.language_code),
        "promotions": promotions.promoted(query, candidates, request) if page.number == 1 else [],
        "previews": (
            [] if (listed_source or chosen_types) else _previews(source_previews, locale)
        ),
        "page_querystring": _querystring(request, drop="page"),
    }
    if paginator.count == 0 and not selected:
        context["themes"] = suggestions.closest_themes(query, locale.language_code)
        context.update(suggestions.reading_links(locale, request))
    return context


def _preview_and_count(matches):
    """The first SOURCE_PREVIEW objects and how many match, in one query."""
    if matches is None:
        return [], 0
    return matches.first(SOURCE_PREVIEW)


def _page_items(ids, request):
    """The results of `ids`, in that order: pages with their index cards, one query."""
    pages = Page.objects.filter(pk__in=ids).select_related("search_card")
    by_id = {page.pk: page for page in pages}
    return [_page_item(by_id[pk], request) for pk in ids if pk in by_id]


def _page_item(page, request):
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    card = getattr(page, "search_card", None) or PageCard(page=page)
    return {
        "title": page.title,
        "url": page.get_url(request),
        "type": capfirst(model._meta.verbose_name if model else ""),
        "date": page.first_published_at or page.last_published_at,
        "summary": card.summary or page.search_description,
        "territory": card.territory,
    }


def _source_item(source, obj, language):
    commune = getattr(obj, "commune", None)
    return {
        "title": str(obj),
        "url": source.url(obj, language),
        "type": capfirst(str(source.label)),
        "date": getattr(obj, "created_at", None),
        "summary": _plain(getattr(obj, "description", "")),
        "territory": str(commune) if commune else "",
    }


def _plain(html):
    return strip_tags(html or "")


def _previews(source_previews, locale):
    previews = []
    for source in SOURCES:
        preview, count = source_previews[source.key]
        if count:
            previews.append(
                {
                    "key": source.key,
                    "label": source.label,
                    "count": count,
                    "items": [_source_item(source, obj, locale.language_code) for obj in preview],
                }
            )
    return previews


FACET_ORDER = [Facet.TYPE, Facet.THEME, Facet.AUDIENCE, Facet.REGION, Facet.YEAR]


def _facet_groups(counts, selected, language):
    labels = _facet_labels(counts, language)
    groups = []
    for facet in FACET_ORDER:
        values = counts.get(facet, {})
        if not values:
            continue
        options = [
            {
                "value": value,
                "label": labels.get((facet, value), value),
                "count": n,
                "checked": value in selected.get(facet, []),
            }
            for value, n in values.items()
        ]
        if facet == Facet.YEAR:
            options.sort(key=lambda option: option["value"], reverse=True)
        else:
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
        groups.append({"name": facet, "label": Facet(facet).label, "options": options})
    return groups


def _facet_labels(counts, language):
    found = {}
    for value in counts.get(Facet.TYPE, {}):
        source = next((s for s in SOURCES if s.key == value), None)
        if source:
            found[(Facet.TYPE, value)] = capfirst(str(source.label))
            continue
        try:
            model = apps.get_model(value)
        except (LookupError, ValueError):
            continue
        found[(Facet.TYPE, value)] = capfirst(str(model._meta.verbose_name))
    for facet, model in ((Facet.THEME, Theme), (Facet.AUDIENCE, Audience)):
        if counts.get(facet):
            names = term_names(model, language)
            for slug in counts[facet]:
                if slug in names:
                    found[(facet, slug)] = names[slug]
    if counts.get(Facet.REGION):
        names = labels.region_names()
        for code in counts[Facet.REGION]:
            found[(Facet.REGION, code)] = names.get(code, code)
    return found


def _querystring(request, drop):
    params = request.GET.copy()
    params.pop(drop, None)
    return params.urlencode()


# --- Autocomplete --------------------------------------------------------------------------
@require_GET
@cache_control(max_age=300, public=True)
def autocomplete(request):
    """GET ?q=…&lang=fr → {"query": …, "results": [{label, url, kind, detail}…]}.

    Titles of live public pages in the language, organisations (their directory entry),
    then places (the directory's results for the place). Titles come from
    search/titles.py, not from the search backend: a range on an index, whatever the
    amount of content.
    """
    language = request.GET.get("lang", "")
    if language not in {code for code, _name in settings.LANGUAGES}:
        language = query_language()
    query = clean_query(request.GET.get("q"))
    if len(query) < 2:
        return JsonResponse({"query": query, "results": []})
    locale = Locale.objects.get(language_code=language)
    results = []
    pages = not_expired(live_pages(locale))
    for page in titles.suggest(query, language, titles.PAGE, pages, limit=5):
        results.append({"label": page.title, "url": page.get_url(request), "kind": "page"})
    results += _organisation_suggestions(
        query, locale, limit=AUTOCOMPLETE_LIMIT - len(results) - 2
    )
    for commune in find_communes(query, limit=3):
        label = f"{commune.name} ({commune.department_id})"
        results.append({"label": label, "url": _place_url(commune, language), "kind": "place"})
    results = results[:AUTOCOMPLETE_LIMIT]
    with translation.override(language):
        for result in results:
            result["detail"] = str(SUGGESTION_KINDS[result["kind"]])
    return JsonResponse({"query": query, "results": results})


def _place_url(commune, language):
    """The directory's results for the commune; a search for its name without a directory."""
    url = links.place_url(commune, language)
    return url or f"/{language}/search/?{urlencode({'q': commune.name})}"


def _organisation_suggestions(query, locale, limit):
    source = OrganisationSource()
    candidates = source.candidates(locale)
    if candidates is None:
        return []
    language = locale.language_code
    found = titles.suggest(query, language, source.key, candidates, limit=min(limit, 3))
    return [
        {"label": str(obj), "url": source.url(obj, language), "kind": "organisation"}
        for obj in found
    ]
