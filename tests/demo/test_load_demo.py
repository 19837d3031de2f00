"""The whole demo command: every demo page exists in French and as a wagtail-localize
translation in English and renders; the directory has its network, figures and
structures; a second run changes nothing.

The demo is loaded once for the module (it is what costs), on a gazetteer reduced to the
communes the content files name, inside a transaction rolled back at the end.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from demo.files import CONTENT_DIR, read
from network.models import DirectoryPage, Network, Organisation
from network.nearby import DEPARTMENT, nearby
from portal.models import HomePage, NavigationSettings
from resources.models import GuidePage, ResourceIndexPage, StudyPage
from territories import loader
from territories.models import Commune

PAGE_FILES = sorted((CONTENT_DIR / "pages").rglob("*.yaml"))
ORGANISATIONS = read("directory/organisations.yaml")["organisations"]


def communes_the_demo_names():
    codes = {read(path)["commune"] for path in PAGE_FILES if "commune" in read(path)}
    for entry in ORGANISATIONS:
        codes |= {entry["commune"], *entry.get("area_communes", [])}
    return codes


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        loader.load(only_insee=communes_the_demo_names())
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def french_pages():
    return Page.objects.filter(locale__language_code="fr", depth__gt=2).specific()


def state():
    """What a second run must leave as it is."""
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "organisations": list(
            Organisation.objects.order_by("pk").values_list("pk", "latest_revision_id")
        ),
        "navigation": [str(NavigationSettings.objects.get().primary.raw_data)],
    }


@pytest.mark.django_db
def test_every_page_file_is_a_french_page_translated_into_english_that_renders(demo, client):
    english = Locale.objects.get(language_code="en")
    pages = list(french_pages())
    assert len(pages) == len(PAGE_FILES) >= 38
    for page in pages:
        translated = page.get_translation(english).specific
        assert translated.live and translated.title != page.title, page.slug
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=english
        ).exists(), page.slug
        for version in (page, translated):
            response = client.get(version.url)
            assert response.status_code == 200, version.url
            assert f'lang="{version.locale.language_code}"' in response.content.decode()
    # Translating inside one transaction must leave the page tree consistent.
    assert not any(Page.find_problems())
    assert DirectoryPage.objects.get(locale=english).slug == "directory"  # given in its file


@pytest.mark.django_db
def test_relations_of_the_files_are_in_the_database(demo):
    paris = CaseStudyPage.objects.get(
        slug="ville-de-paris-comites-de-filiere", locale__language_code="fr"
    )
    assert (paris.commune_id, paris.region_id) == ("75056", "11")
    regions = set(CaseStudyPage.objects.values_list("region_id", flat=True))
    assert {"94", "04", "03"} <= regions  # Corsica, Réunion, French Guiana
    assert {"ptce", "scic", "ami", "crte", "comite-de-filiere", "cluster-cooperatif"} <= set(
        CaseStudyPage.objects.values_list("cooperation_forms__slug", flat=True)
    )
    assert [page.slug for page in paris.best_practices.all()] == [
        "animer-le-territoire",
        "completer-l-existant",
    ]
    study = StudyPage.objects.filter(locale__language_code="fr").first()
    assert study.cover_image.title.startswith("Couverture de démonstration")
    assert study.documents[0].value["document"].file.name.endswith(".pdf")

    home = HomePage.objects.get(locale__language_code="fr")
    assert [block.value.specific_class for block in home.featured] == [
        GuidePage,
        ResourceIndexPage,
        CaseStudyIndexPage,
        StudyPage,
    ]
    linked = [block.value["page"].slug for block in NavigationSettings.objects.get().primary]
    assert linked == ["ressources", "retours-d-experience", "a-propos", "annuaire"]


@pytest.mark.django_db
def test_the_directory_has_the_network_its_members_and_others_in_both_languages(demo):
    french = Organisation.objects.filter(locale__language_code="fr")
    assert french.count() == len(ORGANISATIONS) == 70
    assert french.filter(kind="fabrique").count() == 30
    assert Organisation.objects.filter(locale__language_code="en", live=True).count() == 70
    assert all("démo" in name for name in french.values_list("name", flat=True))
    network = Network.objects.get(slug="fabrique-a-initiatives", locale__language_code="fr")
    assert network.members.filter(locale__language_code="fr").count() == 30
    (figures,) = network.yearly_figures()
    assert (figures.year, figures.members, figures.creativity_sessions) == (2022, 30, 299)
    assert (figures.opportunity_studies, figures.activities_created) == (109, 47)
    english_network = Network.objects.get(
        slug="fabrique-a-initiatives", locale__language_code="en"
    )
    assert list(english_network.yearly_figures()) == [figures]
    brittany = Organisation.objects.get(
        slug="fabrique-a-initiatives-demo-bretagne", locale__language_code="en"
    )
    assert "(Brittany)" in brittany.description  # {territory}, in English
    assert brittany.website == "https://fabrique-a-initiatives-demo-bretagne.example.org/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("insee", "first"),
    [
        ("42218", "PTCE démo Pays stéphanois"),  # covers the commune itself
        ("97120", "DLA démo Guadeloupe"),  # département before region
        ("2A004", "PTCE démo Pays ajaccien"),
    ],
)
def test_the_directory_answers_the_newcomer_searches(demo, insee, first):
    search = nearby(Commune.objects.select_related("department", "region").get(insee=insee))
    assert search.results[0].organisation.name == first
    assert len(search.results) >= 5
    assert any(r.level == DEPARTMENT for r in search.results)


@pytest.mark.django_db
def test_a_second_run_changes_nothing(demo):
    before = state()
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert state() == before
    assert "Site already set up." in output.getvalue()
