"""Demo for editors: a promoted result, so the promotions admin and the page show one."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

PROMOTIONS = [
    (
        "coopérer",
        "cooperer-avec-l-ess-pour-developper-une-filiere",
        "Le guide pas à pas pour coopérer avec les acteurs de l'ESS sur votre territoire.",
    ),
]


def load(context):
    for query_string, slug, description in PROMOTIONS:
        page = Page.objects.filter(slug=slug, locale__language_code="fr").first()
        if page is None:
            continue
        SearchPromotion.objects.get_or_create(
            query=Query.get(query_string), page=page, defaults={"description": description}
        )
