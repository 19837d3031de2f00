import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal.models import HomePage
from territories import loader
from tests.network.factories import GAZETTEER_SAMPLE, DirectoryPageFactory
from tests.portal.factories import HomePageFactory
from tests.resources.factories import ResourceIndexPageFactory, bilingual


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """Code run outside a request speaks English in tests, so messages read as written.

    French is the site's default language; requests under /fr/ are still French, and
    the tests of the French interface ask for it by URL.
    """
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    """Menus and vocabularies are cached; each test starts from an empty cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    french, _ = Locale.objects.get_or_create(language_code="fr")
    english, _ = Locale.objects.get_or_create(language_code="en")
    return {"fr": french, "en": english}


@pytest.fixture
def home(locales):
    """The French home as the default site's root, with its English translation."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        if not isinstance(page.specific, HomePage):
            page.delete()
    french = HomePageFactory(
        parent=root, slug="accueil", title="Accueil", hero_title="Coopérer sur les territoires"
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": french},
    )
    english = french.copy_for_translation(locales["en"])
    english.title = "Home"
    english.hero_title = "Cooperating on the territories"
    english.save_revision().publish()
    return {"fr": french, "en": english}


@pytest.fixture
def library(home):
    """The resource library under the home, in both languages."""
    return bilingual(
        ResourceIndexPageFactory, home, title="Resources", slug="resources", intro="The library."
    )


@pytest.fixture
def gazetteer(locales):
    """Every région and département, and the communes of GAZETTEER_SAMPLE."""
    loader.load(only_insee=GAZETTEER_SAMPLE)


@pytest.fixture
def directory(home, gazetteer):
    """The French directory page at /fr/annuaire/ and its translation at /en/directory/."""
    return bilingual(DirectoryPageFactory, home, title="Directory", slug="directory")
