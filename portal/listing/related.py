"""What else is on the same themes: suggestions for the detail pages.

Portal does not know the content apps: a page model whose pages are worth suggesting
registers itself with `@register_related_content`.
"""

from django.db.models import Count, F, IntegerField, OuterRef, Subquery

from portal.content_cache import cached

from .visibility import live_public

_related_content_models = []


def register_related_content(model):
    """Class decorator: `model`'s pages may be suggested by `related_by_themes`.

    Register the model that owns the themes table (a concrete parent such as
    ResourcePage), not its subclasses as well: their pages would be suggested twice.
    """
    if model not in _related_content_models:
        _related_content_models.append(model)
    return model


def related_content_models():
    """The registered page models, in the order they registered."""
    return list(_related_content_models)


def related_by_themes(page, limit=4):
    """Live pages in the page's locale sharing most themes with it, newest first.

    Cached until the content changes; else one query per registered model.
    """
    if page.pk is None:  # a new page being previewed
        return []
    return cached(f"related:{page.pk}:{limit}", lambda: _related_by_themes(page, limit))


def _related_by_themes(page, limit):
    """The page's own theme slugs are a subquery, so a page without themes costs the
    same and gets nothing. The number of shared themes is counted in the link table
    (a narrow subquery per candidate) rather than by grouping whole page rows."""
    slugs = _theme_links(type(page)).filter(page_id=page.pk).values("theme__slug")
    candidates = []
    for model in _related_content_models:
        links = _theme_links(model).filter(theme__slug__in=slugs)
        shared = (
            links.filter(page_id=OuterRef("pk"))
            .order_by()
            .values("page_id")
            .annotate(n=Count("*"))
            .values("n")
        )
        candidates += list(
            live_public(model.objects)
            .filter(locale_id=page.locale_id, pk__in=links.values("page_id"))
            .exclude(pk=page.pk)
            .annotate(shared=Subquery(shared, output_field=IntegerField()))
            .order_by("-shared", "-first_published_at", "-pk")
            .only(
                "id",
                "title",
                "url_path",
                "summary",
                "content_type_id",
                "locale_id",
                "first_published_at",
                "depth",
                "path",
            )[:limit]
        )
    # Live pages imported without a publication date sort last among equals.
    candidates.sort(
        key=lambda p: (
            -p.shared,
            -(p.first_published_at.timestamp() if p.first_published_at else 0),
            -p.pk,
        )
    )
    return candidates[:limit]


def _theme_links(model):
    """The rows linking `model`'s pages to their themes (`theme`), with `page_id`."""
    field = model._meta.get_field("themes")
    return field.remote_field.through.objects.annotate(page_id=F(f"{field.m2m_field_name()}_id"))
