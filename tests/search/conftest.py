import pytest
from wagtail.models import Locale

from portal.models import Audience, Theme
from tests.network.factories import OrganisationFactory

from .corpus import ORGANISATION, PAGES
from .factories import bilingual_page
from .precision import PRECISION


def pytest_terminal_summary(terminalreporter):
    for (backend, language), (hits, total, misses) in sorted(PRECISION.items()):
        terminalreporter.write_line(
            f"search precision@3 [{backend}] {language}: {hits}/{total} = "
            f"{hits / total:.2f}" + (f"  misses: {misses}" if misses else "")
        )


@pytest.fixture
def terms(locales):
    french = locales["fr"]
    themes = {
        slug: Theme.objects.create(name=name, slug=slug, locale=french)
        for slug, name in [
            ("habitat", "Habitat"),
            ("mobilite", "Mobilité"),
            ("economie-circulaire", "Économie circulaire"),
        ]
    }
    audiences = {
        slug: Audience.objects.create(name=name, slug=slug, locale=french)
        for slug, name in [("elus", "Élus locaux"), ("agents", "Agents des collectivités")]
    }
    return {"themes": themes, "audiences": audiences}


PAGE_TERMS = {
    "habitat-inclusif": (["habitat"], ["elus"]),
    "bien-vieillir": (["habitat"], ["agents"]),
    "mobilite-solidaire": (["mobilite"], ["elus", "agents"]),
    "economie-circulaire": (["economie-circulaire"], ["elus"]),
    "tiers-lieux": (["economie-circulaire", "habitat"], []),
}


@pytest.fixture
def corpus(home, terms, directory):
    """The corpus of corpus.py in French and English, an organisation (and the directory
    where readers open it), and the terms."""
    pages = {}
    for slug, (french, english) in PAGES.items():
        theme_slugs, audience_slugs = PAGE_TERMS.get(slug, ([], []))
        pages[slug] = bilingual_page(
            home["fr"],
            home["en"],
            slug,
            french,
            english,
            themes=[terms["themes"][s] for s in theme_slugs],
            audiences=[terms["audiences"][s] for s in audience_slugs],
        )
    organisation = OrganisationFactory(
        slug=ORGANISATION["slug"],
        name=ORGANISATION["name"],
        description="<p>Financement solidaire des entreprises de l'ESS dans la Loire.</p>",
        commune="42218",
    )
    english_organisation = organisation.copy_for_translation(
        Locale.objects.get(language_code="en")
    )
    english_organisation.save()
    return {
        "pages": pages,
        "organisation": organisation,
        "terms": terms,
        "home": home,
        "directory": directory,
    }
