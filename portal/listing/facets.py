"""The filters a listing offers: a query-string parameter, its values and their labels.

`facet_options` reads the labels of every facet's values present in a listing in one
UNION query; the numbers of pages per value are counted in `facet_counts.py`.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Q, Value
from django.db.models.functions import Cast

OPTION_COLUMNS = ("opt_facet", "opt_raw", "opt_url", "opt_label", "opt_language", "opt_sort")


def _text(expression):
    return Cast(expression, output_field=CharField())


class Facet:
    """One filter: a query-string parameter, the values it can take and what they mean.

    `lookup` is the ORM path whose values are counted (e.g. "themes__slug"). Options are
    (raw value, value in the URL, label) in the order readers see them: page facets, for
    instance, count translation keys but show slugs. Facets whose labels live in the
    database return the query for them from `option_rows()`; the listing runs those of
    all its facets as one UNION query. Facets are class attributes shared by every
    request: they keep no state.
    """

    def __init__(self, param, label, lookup):
        self.param = param
        self.label = label
        self.lookup = lookup

    def expression(self):
        return _text(F(self.lookup))

    def option_rows(self, raw_values, language):
        """A queryset of OPTION_COLUMNS for the labels, or None if none is needed."""
        return None

    def options(self, raw_values, language, rows):
        return [(raw, raw, raw) for raw in sorted(raw_values)]

    def filter_q(self, raw_values):
        return Q(**{f"{self.lookup}__in": raw_values})

    def _rows(self, queryset, raw, url, label, language, sort):
        return (
            queryset.order_by()
            .annotate(
                opt_facet=Value(self.param, output_field=CharField()),
                opt_raw=_text(raw),
                opt_url=_text(url),
                opt_label=_text(label),
                opt_language=_text(language),
                opt_sort=_text(sort),
            )
            .values_list(*OPTION_COLUMNS)
        )


class TermFacet(Facet):
    """Themes, audiences, territory types: filtered by slug, shown in the reader's
    language whichever instance of the term a page links to (see portal/taxonomy.py)."""

    def __init__(self, param, label, relation, model):
        super().__init__(param, label, f"{relation}__slug")
        self.model = model

    def option_rows(self, raw_values, language):
        terms = apps.get_model(self.model).objects.filter(slug__in=raw_values)
        return self._rows(
            terms, F("slug"), F("slug"), F("name"), F("locale__language_code"), F("sort_order")
        )

    def options(self, raw_values, language, rows):
        # One row per language of each term: keep the reader's, else any.
        rows = sorted(rows, key=lambda row: (int(row[5]), row[3]))
        names = {}
        for _facet, slug, _url, name, term_language, _sort in rows:
            if slug not in names or term_language == language:
                names[slug] = name
        return [(slug, slug, name) for slug, name in names.items()]


class TypeFacet(Facet):
    """The page type, in the URL by a short stable name ("guide", "study"…)."""

    def __init__(self, param, label, models):
        super().__init__(param, label, "content_type_id")
        self.models = models

    def options(self, raw_values, language, rows):
        result = []
        for label in self.models:
            model = apps.get_model(label)
            raw = str(ContentType.objects.get_for_model(model).pk)  # cached by Django
            if raw in raw_values:
                name = model._meta.model_name.removesuffix("page")
                result.append((raw, name, model._meta.verbose_name_plural.capitalize()))
        return result


class PageFacet(Facet):
    """A link to other pages (cooperation forms): in the URL by the slug of the page in
    the reader's language; counted and filtered by translation_key, because
    wagtail-localize copies such links unchanged to translations."""

    def __init__(self, param, label, relation, model, label_expression=None):
        super().__init__(param, label, f"{relation}__translation_key")
        self.model = model
        self.label_expression = label_expression

    def option_rows(self, raw_values, language):
        pages = (
            apps.get_model(self.model)
            .objects.live()
            .filter(translation_key__in=raw_values, locale__language_code=language)
        )
        label = self.label_expression or F("title")
        return self._rows(pages, F("translation_key"), F("slug"), label, Value(language), label)

    def options(self, raw_values, language, rows):
        rows = sorted(rows, key=lambda row: row[5].casefold())
        return [(raw, slug, label) for _facet, raw, slug, label, _language, _sort in rows]


class RelatedNameFacet(Facet):
    """A foreign key shown by the related row's name (regions by their INSEE code)."""

    def __init__(self, param, label, lookup, model, name_field="name"):
        super().__init__(param, label, lookup)
        self.model = model
        self.name_field = name_field

    def option_rows(self, raw_values, language):
        rows = apps.get_model(self.model).objects.filter(pk__in=raw_values)
        name = F(self.name_field)
        return self._rows(rows, F("pk"), F("pk"), name, Value(""), name)

    def options(self, raw_values, language, rows):
        rows = sorted(rows, key=lambda row: row[5].casefold())
        return [(raw, url, label) for _facet, raw, url, label, _language, _sort in rows]


class YearFacet(Facet):
    """A year, newest first."""

    def options(self, raw_values, language, rows):
        return [(raw, raw, raw) for raw in sorted(raw_values, reverse=True)]


def facet_options(facets, present, language):
    """{param: [(raw, url value, label)]} for the values present, in one query."""
    queries = []
    for facet in facets:
        raw_values = list(present.get(facet.param, {}))
        if raw_values and (query := facet.option_rows(raw_values, language)) is not None:
            queries.append(query)
    rows = {}
    if queries:
        for row in queries[0].union(*queries[1:], all=True):
            rows.setdefault(row[0], []).append(row)
    return {
        facet.param: facet.options(
            list(present.get(facet.param, {})), language, rows.get(facet.param, [])
        )
        for facet in facets
    }
