"""What a card reads (templates/components/card.html), in a constant number of queries."""

from django.db.models import Prefetch
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model

# The card's image; templates read it through the `card_rendition` tag (portal_tags).
CARD_RENDITION = "fill-480x270|format-webp"


def long_text_fields(model):
    """The names of the model's StreamFields and rich-text fields."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, (StreamField, RichTextField))
    ]


def card_queryset(queryset, select_related=()):
    """`queryset` with what a card shows: its image and the image's card rendition
    joined or prefetched, without the long texts a card never shows (the database sorts
    narrower rows)."""
    renditions = get_image_model().get_rendition_model().objects
    return (
        queryset.select_related("listing_image", *select_related)
        .defer(*long_text_fields(queryset.model))
        .prefetch_related(
            Prefetch(
                "listing_image__renditions",
                queryset=renditions.filter(filter_spec=CARD_RENDITION),
            )
        )
    )
