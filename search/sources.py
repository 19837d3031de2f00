"""What the search page finds besides pages: organisations and documents.

Each source says which of its objects a reader may see in a language, through the owning
app's public API (network's `Organisation.objects` public fields; Wagtail's reference
index for documents), and is searched with the same backend as the pages.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, IntegerField, OuterRef
from django.db.models.functions import Cast, StrIndex
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex

from .published import live_pages, not_expired
from .service import Matches, ranked


class OrganisationSource:
    key = "network.organisation"
    label = _("Organisation")
    suggested = True  # its names are offered as the reader types (search/titles.py)

    @staticmethod
    def model():
        try:
            return apps.get_model("network", "Organisation")
        except LookupError:
            return None

    def candidates(self, locale):
        """The organisations a reader may see in `locale`, or None without the network app.
        Only index FilterFields here (live, active, locale), so every backend can filter."""
        model = self.model()
        if model is None:
            return None
        return model._default_manager.filter(live=True, active=True, locale=locale)

    def matches(self, backend, query, locale, pages=None):
        candidates = self.candidates(locale)
        if candidates is None:
            return None
        found = ranked(backend, query, candidates)
        found.queryset = found.queryset.select_related("commune")
        return found


class DocumentSource:
    key = "wagtaildocs.document"
    label = _("Document")
    suggested = False

    def matches(self, backend, query, locale, pages=None):
        """Documents used by a live public page of the reader's language, outside private
        collections: a document has no language of its own, its pages have one.
        `pages`: live_pages(locale), when the caller has it already."""
        document_model = get_document_model()
        content_types = ContentType.objects.get_for_models(Page, document_model)
        page_links = ReferenceIndex.objects.filter(
            base_content_type=content_types[Page], to_content_type=content_types[document_model]
        )
        if not page_links.exists():
            # No page links to a document: skip ranking them (a full-text match that
            # reads every entry of a common word, 10 ms at 50,000 pages).
            return Matches(document_model._default_manager.none(), 0)
        # The reference index stores ids as text: cast both ways (PostgreSQL is strict).
        page_ids = (
            not_expired(live_pages(locale) if pages is None else pages)
            .annotate(id_text=Cast("pk", output_field=CharField()))
            .values("id_text")
        )
        used = (
            page_links.filter(object_id__in=page_ids)
            .annotate(document_id=Cast("to_object_id", output_field=IntegerField()))
            .values("document_id")
        )
        documents = ranked(backend, query, document_model._default_manager.all()).queryset
        documents = documents.filter(pk__in=used)
        # A restriction on a collection covers its descendants (paths start alike).
        restricted = CollectionViewRestriction.objects.annotate(
            prefix_at=StrIndex(OuterRef("collection__path"), F("collection__path"))
        ).filter(prefix_at=1)
        return Matches(documents.exclude(Exists(restricted)))


SOURCES = [OrganisationSource(), DocumentSource()]
