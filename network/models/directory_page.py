"""The directory page: the search form, ranked results, a map, and each entry's page.

A RoutablePage, so the directory sits in the page tree (menus, breadcrumbs, sitemap,
translations) and serves the organisations' detail pages below its own URL:
/fr/annuaire/ and /fr/annuaire/<slug>/ (/en/directory/… in English).
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.models import BasePage

from .organisations import Organisation, detail_facts, public_version


class DirectoryPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the search form."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")] + BasePage.taxonomy_panels
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory page")

    @path("")
    def search(self, request):
        from network.directory import answer

        result = answer(request.GET, get_language())
        context = self.get_context(request)
        context["directory"] = result
        # Searches are many URLs for one page: they must not be indexed.
        context["noindex"] = bool(request.GET)
        if not result.search:
            # Before a search, the page presents the networks and their yearly figures.
            context["networks"] = networks_with_figures(get_language())
        return TemplateResponse(
            request, "network/directory_page.html", context, status=result.status
        )

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def organisation(self, request, slug):
        from network.directory import carried_querystring

        organisation = public_version(slug[:200], get_language())
        if organisation is None:
            raise Http404
        context = self.get_context(request)
        context["organisation"] = organisation
        context["facts"] = detail_facts(organisation)
        # The search the reader came from, for the "back to results" link.
        context["back_querystring"] = carried_querystring(request.GET)
        return TemplateResponse(request, "network/organisation_page.html", context)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for slug, last_published_at in Organisation.objects.listed().values_list(
            "slug", "last_published_at"
        ):
            entry = self.reverse_subpage("organisation", kwargs={"slug": slug})
            urls.append({"location": base + entry, "lastmod": last_published_at})
        return urls


def networks_with_figures(language_code):
    """The networks that publish yearly figures, in the reader's language."""
    from .networks import Network

    with_figures = Network.objects.filter(figures__isnull=False).values("translation_key")
    return Network.objects.filter(
        translation_key__in=with_figures, locale__language_code=language_code
    ).order_by("name")
