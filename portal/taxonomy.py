"""Show a taxonomy term in the reader's language, whichever instance a page links to.

wagtail-localize copies many-to-many links unchanged to a translation, so an English page
may link to the French "Mobilité" (see portal/localize_gaps.py). The labels of every term
in every language are one small cached dictionary keyed by translation_key.
"""

from django.core.cache import cache
from django.db.models import CharField, Value
from django.utils.translation import get_language

from .content_cache import cached

CACHE_KEY = "portal:term-labels:{model}"


def invalidate_term_labels():
    from .models import Audience, TerritoryType, Theme

    cache.delete_many(
        [CACHE_KEY.format(model=m._meta.label_lower) for m in (Theme, Audience, TerritoryType)]
    )


def _labels(model):
    """({(translation_key, language): name}, {language: {slug: name}}) of every term of
    `model`, cached until a term changes (portal/signals.py)."""
    key = CACHE_KEY.format(model=model._meta.label_lower)
    labels = cache.get(key)
    if labels is None:
        by_key, by_language = {}, {}
        for translation_key, slug, language, name in model.objects.values_list(
            "translation_key", "slug", "locale__language_code", "name"
        ):
            by_key[(str(translation_key), language)] = name
            by_language.setdefault(language, {})[slug] = name
        labels = (by_key, by_language)
        cache.set(key, labels, 60 * 60)
    return labels


def term_label(term, language=None):
    """The term's name in `language` (default: the active one), else its own name."""
    language = language or get_language()
    by_key, _by_language = _labels(type(term))
    return by_key.get((str(term.translation_key), language), term.name)


def term_names(model, language):
    """{slug: name} of `model`'s terms that exist in `language` (facet labels)."""
    _by_key, by_language = _labels(model)
    return by_language.get(language, {})


def terms_in_language(model, language=None):
    """All terms of `model` in the reader's language, ordered, for filter forms."""
    from wagtail.models import Locale

    language = language or get_language()
    return model.objects.filter(locale__in=Locale.objects.filter(language_code=language))


def linked_terms(page):
    """{field name: [terms]} for every taxonomy field of `page`, in one UNION query,
    cached until the content changes.

    A page being previewed keeps its unsaved choices in memory: those are read there.
    """
    from .models.taxonomy import Term

    fields = [f for f in page._meta.many_to_many if issubclass(f.related_model, Term)]
    unsaved = getattr(page, "_cluster_related_objects", {})
    if page.pk and not any(f.name in unsaved for f in fields):
        return cached(f"terms:{page.pk}", lambda: _linked_terms(page, fields, {}))
    return _linked_terms(page, fields, unsaved)


def _linked_terms(page, fields, unsaved):
    terms = {
        f.name: list(getattr(page, f.name).all())
        for f in fields
        if f.name in unsaved or not page.pk
    }
    queries = [_terms_query(page, f) for f in fields if f.name not in terms]
    if queries:
        for *values, field_name in queries[0].union(*queries[1:], all=True):
            model = page._meta.get_field(field_name).related_model
            terms.setdefault(field_name, []).append(model.from_db(None, TERM_COLUMNS, values))
    return {
        f.name: sorted(terms.get(f.name, []), key=lambda term: (term.sort_order, term.name))
        for f in fields
    }


TERM_COLUMNS = ["id", "translation_key", "locale_id", "name", "slug", "sort_order"]


def _terms_query(page, field):
    links = field.remote_field.through.objects.filter(**{field.m2m_field_name(): page.pk})
    return (
        field.related_model.objects.filter(pk__in=links.values(field.m2m_reverse_field_name()))
        .order_by()
        .annotate(field_name=Value(field.name, output_field=CharField()))
        .values_list(*TERM_COLUMNS, "field_name")
    )


def preload_linked_terms(pages):
    """Read the taxonomy links of many pages in one query per field, for indexing.

    modelcluster's relation managers ignore prefetch_related, so the search indexer read
    each page's themes and audiences three or four times (title, body, autocomplete,
    facets): most of a rebuild's queries. The terms are put where modelcluster keeps a
    page's in-memory relations, so `page.themes.all()` reads them without a query. Pages
    that already hold in-memory relations (a page being saved) are left alone.
    """
    from .models.taxonomy import Term

    by_model = {}
    for page in pages:
        if page.pk and not hasattr(page, "_cluster_related_objects"):
            by_model.setdefault(type(page), []).append(page)
    for model, group in by_model.items():
        fields = [f for f in model._meta.many_to_many if issubclass(f.related_model, Term)]
        for page in group:
            page._cluster_related_objects = {f.name: [] for f in fields}
        by_pk = {page.pk: page for page in group}
        for f in fields:
            links = f.remote_field.through.objects.filter(
                **{f"{f.m2m_field_name()}__in": list(by_pk)}
            ).select_related(f.m2m_reverse_field_name())
            for link in links:
                page = by_pk[getattr(link, f.m2m_column_name())]
                term = getattr(link, f.m2m_reverse_field_name())
                page._cluster_related_objects[f.name].append(term)
