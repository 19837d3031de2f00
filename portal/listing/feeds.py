"""An RSS and an Atom feed of an index's newest pages (FilterableIndexMixin's routes)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


class ListingFeed(Feed):
    """The newest live pages of an index, in the index's language (the URL's language
    prefix has activated it, and Feed declares get_language() as the feed's language)."""

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return f"{index.title} · Avise"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return getattr(index, "intro", "") or index.summary

    def items(self, index):
        return index.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class AtomListingFeed(ListingFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
