"""What the search page finds besides pages: organisations and documents.

Each source says which of its objects a reader may see in a language, through the owning
app's public API (network's `Organisation.objects` public fields; Wagtail's reference
index for documents), is searched with the same backend as the pages, and says where a
reader opens each object (`url`).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, IntegerField, OuterRef
from django.db.models.functions import Cast, StrIndex
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex

from network import links
from network.models import Organisation

from .published import live_pages, not_expired
from .service import Matches, ranked


class OrganisationSource:
    key = "network.organisation"
    label = _("Organisation")
    suggested = True  # its names are offered as the reader types (search/titles.py)

    def candidates(self, locale):
        """The organisations a reader may see in `locale`, or None when that language has
        no directory to open them in. Only index FilterFields here (live, active, locale),
        so every backend can filter."""
        if links.directory_url(locale.language_code) is None:
            return None
        return Organisation.objects.filter(live=True, active=True, locale=locale)

    def url(self, organisation, language):
        """Its directory entry: /fr/annuaire/<slug>/, /en/directory/<slug>/."""
        return links.entry_url(organisation.slug, language)

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

    def url(self, document, language):
        """The file, served by Wagtail (which checks the collection's restrictions)."""
        return document.url


SOURCES = [OrganisationSource(), DocumentSource()]
