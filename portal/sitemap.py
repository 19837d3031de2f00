"""sitemap.xml covering every language of the site.

Wagtail's sitemap lists the descendants of the site's root page only, and with
internationalisation the English home is a sibling of the French one, not a descendant.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_any_home = Q()
        for home in homes:
            in_any_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_any_home)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
