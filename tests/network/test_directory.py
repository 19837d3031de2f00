"""The directory page: search, results, detail pages, bad input, privacy, query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import query_ceilings

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def get(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content.decode()[:2000]
    return response.content.decode()


def test_search_by_commune_name_lists_ranked_explained_results(client, directory):
    from tests.network.factories import ServiceFactory

    OrganisationFactory(
        name="Loire-wide",
        kind="incubator",
        commune="42187",
        area_departments=["42"],
        email="contact@example.org",
        services=[ServiceFactory(name="Diagnostic")],
    )
    OrganisationFactory(name="Next door", commune="42207", phone="04 77 00 00 00")
    html = get(client, "/fr/annuaire/", {"q": "Saint-Étienne"})
    assert html.index("Loire-wide") < html.index("Next door")
    assert "Covers your département" in html or "Couvre votre département" in html
    assert "contact@example.org" in html
    assert 'href="tel:0477000000"' in html
    assert html.count("data-directory-result") == 2
    # Each card says what the structure is and offers.
    assert "Incubateur ESS · Roanne (42)" in html
    assert '<span class="tag">Diagnostic</span>' in html


def test_empty_form_shows_no_results_and_is_indexable(client, directory):
    html = get(client, "/fr/annuaire/")
    assert "data-directory-result" not in html
    assert 'name="robots"' not in html


def test_a_search_url_is_not_indexed(client, directory):
    html = get(client, "/fr/annuaire/", {"q": "42218"})
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("query", ["42218", "42100", "42230", "saint etienne", "ST-ETIENNE"])
def test_a_commune_is_found_by_code_postcode_or_name(client, directory, query):
    OrganisationFactory(name="Loire-wide", area_departments=["42"])
    html = get(client, "/fr/annuaire/", {"q": query})
    assert "Saint-Étienne (42)" in html
    assert "Loire-wide" in html


def test_a_postcode_of_several_communes_asks_which_one(client, directory):
    OrganisationFactory(name="Ain-wide", commune="01093", area_departments=["01"])
    html = get(client, "/fr/annuaire/", {"q": "01400", "kind": "incubator"})
    assert "data-directory-result" not in html
    assert "L&#x27;Abergement-Clémenciat" in html and "Châtillon-sur-Chalaronne" in html
    assert "commune=01093&amp;kind=incubator" in html
    html = get(client, "/fr/annuaire/", {"commune": "01093", "kind": "incubator"})
    assert "Ain-wide" in html


@pytest.mark.parametrize(
    ("query", "place"), [("2A004", "Ajaccio (2A)"), ("97110", "Pointe-à-Pitre (971)")]
)
def test_corsica_and_overseas(client, directory, query, place):
    OrganisationFactory(name="Corse", commune="2A004", area_departments=["2A"])
    OrganisationFactory(name="Guadeloupe", commune="97101", area_regions=["01"])
    html = get(client, "/fr/annuaire/", {"q": query})
    assert place in html
    covering, other = ("Corse", "Guadeloupe") if query == "2A004" else ("Guadeloupe", "Corse")
    assert html.index(f">{covering}</a>") < html.index(f">{other}</a>")


def test_five_digits_are_a_postcode_before_an_insee_code(client, directory):
    html = get(client, "/fr/annuaire/", {"q": "97110"})
    assert "Pointe-à-Pitre (971)" in html and "La Désirade" not in html


def test_location_search(client, directory):
    OrganisationFactory(name="Loire-wide", commune="42187", area_departments=["42"])
    html = get(client, "/en/directory/", {"lat": "45.44", "lon": "4.39"})
    assert "your location, near Saint-Étienne (42)" in html
    assert "Covers your département" in html
    assert 'name="lat" value="45.44000"' in html


def test_widening_is_said(client, directory):
    OrganisationFactory(name="Far", commune="75056")
    html = get(client, "/en/directory/", {"q": "42218"})
    assert "we searched the whole country" in html


def test_filters_keep_the_place_and_are_in_the_links(client, directory):
    OrganisationFactory(name="A PTCE", kind="ptce", area_departments=["42"])
    OrganisationFactory(name="A DLA", kind="dla", area_departments=["42"])
    html = get(
        client, "/fr/annuaire/", {"q": "Saint-Étienne (42)", "commune": "42218", "kind": "ptce"}
    )
    assert "A PTCE" in html and "A DLA" not in html
    assert "/fr/annuaire/structure-" in html and "kind=ptce" in html


BAD_INPUT = [
    ({"lat": "abc", "lon": "4"}, 400, "latitude"),
    ({"lat": "91", "lon": "4"}, 400, "90"),
    ({"lat": "45", "lon": "-181"}, 400, "180"),
    ({"lat": "nan", "lon": "4"}, 400, "latitude"),
    ({"lat": "inf", "lon": "4"}, 400, "latitude"),
    ({"lat": "45"}, 400, "both a latitude and a longitude"),
    ({"q": "42218", "radius": "100000"}, 400, "200"),
    ({"q": "x" * 1000}, 400, "at most 100 characters"),
    ({"commune": "99999"}, 400, "No commune has the INSEE code 99999"),
    ({"commune": "'; DROP TABLE--"}, 400, "at most 5 characters"),
    ({"department": "ZZ"}, 400, "No département has the code ZZ"),
    ({"q": "Nowhereville"}, 404, "No commune matches “Nowhereville”"),
    ({"q": "' OR 1=1 --"}, 404, "No commune matches"),
    ({"q": "<script>alert(1)</script>"}, 404, "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ({"q": "42218", "kind": "spaceship"}, 400, "“spaceship” is not a known value"),
    ({"q": "42218", "service": "x" * 1000}, 400, "is not a known value for “Service”"),
    ({"q": "42218", "theme": "nope", "network": "nope"}, 400, "is not a known value"),
]


@pytest.mark.parametrize(("params", "status", "message"), BAD_INPUT)
def test_bad_input_gets_a_clear_message_and_a_4xx(client, directory, params, status, message):
    OrganisationFactory(name="Loire-wide", area_departments=["42"])
    html = get(client, "/en/directory/", params, status=status)
    assert message in html
    assert "<script>alert" not in html
    if "kind" in params or "service" in params:
        assert "Loire-wide" in html  # unknown filter values are dropped, the search runs


def test_drafts_and_inactive_entries_are_never_public(client, directory):
    OrganisationFactory(name="Public one", slug="public-one")
    OrganisationFactory(name="Draft one", slug="draft-one", live=False)
    OrganisationFactory(name="Inactive one", slug="inactive-one", active=False)
    html = get(client, "/fr/annuaire/", {"q": "42218"})
    assert "Public one" in html
    assert "Draft one" not in html and "Inactive one" not in html
    assert html.count("data-directory-result") == 1  # the map reads these items
    get(client, "/fr/annuaire/public-one/")
    get(client, "/fr/annuaire/draft-one/", status=404)
    get(client, "/fr/annuaire/inactive-one/", status=404)
    sitemap = get(client, "/sitemap.xml")
    assert "/fr/annuaire/public-one/" in sitemap
    assert "draft-one" not in sitemap and "inactive-one" not in sitemap


def test_detail_page_shows_everything_with_microdata(client, directory):
    from tests.network.factories import NetworkFactory, ServiceFactory

    OrganisationFactory(
        name="Fabrique démo",
        slug="fabrique-demo",
        kind="fabrique",
        description="<p>Elle aide les territoires.</p>",
        address="1 rue de la Démo",
        area_departments=["42"],
        area_communes=["69123"],
        website="https://example.org/",
        email="bonjour@example.org",
        phone="04 77 00 00 00",
        source="Démo",
        last_verified=datetime.date(2025, 3, 14),
        services=[ServiceFactory(name="Diagnostic")],
        networks=[NetworkFactory(name="Réseau démo")],
    )
    html = get(client, "/fr/annuaire/fabrique-demo/", {"commune": "42218", "kind": "fabrique"})
    for text in [
        'itemtype="https://schema.org/Organization"',
        '<h1 itemprop="name">Fabrique démo</h1>',
        "Elle aide les territoires.",
        "1 rue de la Démo",
        "Loire (42)",
        "Lyon (69123)",
        "https://example.org/",
        "bonjour@example.org",
        "Diagnostic",
        "Réseau démo",
        "14 mars 2025",
        'href="/fr/annuaire/?commune=42218&amp;kind=fabrique"',
        '<link rel="canonical" href="http://testserver/fr/annuaire/fabrique-demo/">',
    ]:
        assert text in html, text


def test_detail_page_in_english_uses_the_translated_description(client, directory, locales):
    from portal.translate import translate

    french = OrganisationFactory(
        name="Fabrique démo", slug="fabrique-demo", description="<p>En français.</p>"
    )
    translate(french, {"description": "<p>In English.</p>"})
    html = get(client, "/en/directory/fabrique-demo/")
    assert "In English." in html and "En français." not in html
    html = get(client, "/en/directory/", {"q": "42218"})
    assert html.count("data-directory-result") == 1  # one entry, not one per language


def test_the_language_switcher_leads_to_the_same_entry(client, directory):
    OrganisationFactory(slug="fabrique-demo")
    html = get(client, "/fr/annuaire/fabrique-demo/")
    assert 'href="/en/directory/fabrique-demo/" lang="en"' in html
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/directory/fabrique-demo/">'
        in html
    )
    html = get(client, "/en/directory/fabrique-demo/")
    assert 'href="/fr/annuaire/fabrique-demo/" lang="fr"' in html
    # The directory itself still switches to the directory.
    assert 'href="/en/directory/" lang="en"' in get(client, "/fr/annuaire/")


def test_distances_are_written_the_french_way_in_french(client, directory):
    # 0.05° north of Saint-Étienne's centre (45.4302, 4.37863): 5.5 km.
    OrganisationFactory(name="Tout près", commune="42218", latitude=45.4800, longitude=4.37863)
    french = get(client, "/fr/annuaire/", {"commune": "42218"})
    assert "à 5,5 km" in french and "5.5" not in french
    assert "5.5 km away" in get(client, "/en/directory/", {"commune": "42218"})


def test_a_draft_change_is_not_public_until_published(client, directory):
    organisation = OrganisationFactory(name="Old name", slug="moderated")
    organisation.save_revision().publish()
    organisation.name = "New name"
    organisation.save_revision()  # a draft, as the admin's "Save draft" does
    assert "Old name" in get(client, "/fr/annuaire/moderated/")
    assert "New name" not in get(client, "/fr/annuaire/", {"q": "42218"})
    organisation.refresh_from_db()
    organisation.latest_revision.publish()
    assert "New name" in get(client, "/fr/annuaire/moderated/")


def count_queries(client, url, params=None):
    client.get(url, params or {})  # warm-up: caches of menus, labels, site root
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/fr/annuaire/", "/en/directory/"])
def test_directory_query_count_does_not_depend_on_the_number_of_results(client, directory, url):
    from tests.network.factories import ServiceFactory

    service = ServiceFactory()
    for _ in range(5):
        OrganisationFactory(area_departments=["42"], services=[service])
    few = count_queries(client, url, {"q": "42218"})
    for _ in range(40):
        OrganisationFactory(area_departments=["42"], services=[service])
    many = count_queries(client, url, {"q": "42218"})
    assert many <= few <= query_ceilings.LISTING


def test_widening_costs_two_queries_whatever_the_number_of_steps(client, directory):
    OrganisationFactory(commune="42207")  # within the default radius
    near = count_queries(client, "/fr/annuaire/", {"q": "42218"})
    OrganisationFactory(commune="97101")  # past every step: the whole country
    far = count_queries(client, "/fr/annuaire/", {"q": "42218"})
    assert far <= near


@pytest.mark.parametrize("url", ["/fr/annuaire/big/", "/en/directory/big/"])
def test_detail_query_count_is_fixed(client, directory, url):
    from tests.network.factories import NetworkFactory, ServiceFactory

    OrganisationFactory(slug="small")
    small = count_queries(client, url.replace("big", "small"))
    OrganisationFactory(
        slug="big",
        area_regions=["84", "11"],
        area_departments=["42", "43", "69"],
        area_communes=["42207", "42187"],
        services=[ServiceFactory(), ServiceFactory()],
        networks=[NetworkFactory()],
    )
    assert count_queries(client, url) <= small <= query_ceilings.DETAIL


def test_all_in_a_filter_means_no_filter(client, directory):
    OrganisationFactory(name="Loire-wide", area_departments=["42"])
    empty_filters = {"kind": "", "service": "", "theme": "", "network": ""}
    for language, url in (("fr", "/fr/annuaire/"), ("en", "/en/directory/")):
        html = get(client, url, {"commune": "42218", **empty_filters})
        assert "Loire-wide" in html, language
        assert "n&#x27;est pas une valeur connue" not in html
        assert "is not a known value" not in html


def submit_as_rendered(client, html, **typed):
    """Submit the directory form as a browser without JavaScript sends it: every field
    as rendered (selects at "All" unless one is chosen), what the reader typed in."""
    from urllib.parse import urlencode

    from tests.html_forms import submitted_fields

    action, pairs = submitted_fields(html, "form[data-directory-form]")
    pairs = [(name, typed.pop(name, value)) for name, value in pairs]
    assert not typed, f"the form has no field {sorted(typed)}"
    return client.get(f"{action}?{urlencode(pairs)}")


@pytest.mark.parametrize("chosen", [None, "kind", "service", "theme", "network"])
def test_the_form_as_rendered_submits_cleanly_without_javascript(client, directory, chosen):
    from tests.network.factories import NetworkFactory, ServiceFactory
    from tests.portal.factories import ThemeFactory

    OrganisationFactory(
        name="Loire-wide",
        kind="incubator",
        area_departments=["42"],
        services=[ServiceFactory(name="Diagnostic", slug="diagnostic")],
        themes=[ThemeFactory(name="Mobilité", slug="mobilite")],
        networks=[NetworkFactory(name="Réseau A", slug="reseau-a")],
    )
    choose = {"kind": "incubator", "service": "diagnostic", "theme": "mobilite"}
    choose["network"] = "reseau-a"
    typed = {chosen: choose[chosen]} if chosen else {}
    empty_form = get(client, "/fr/annuaire/")
    response = submit_as_rendered(client, empty_form, q="Saint-Étienne", **typed)
    html = response.content.decode()
    assert response.status_code == 200, html[:2000]
    assert "Loire-wide" in html and "n&#x27;est pas une valeur connue" not in html
    # The results page's form, submitted again as it is (the place kept in hidden inputs).
    response = submit_as_rendered(client, html)
    assert response.status_code == 200
    assert "Loire-wide" in response.content.decode()
