import xml.etree.ElementTree as ET

import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.resources.factories import GuidePageFactory, translate

pytestmark = pytest.mark.django_db


def test_map_shows_case_studies_by_departement_without_javascript(client, case_index, places):
    for slug, title, commune, live in [
        ("cas-1", "Cas un", "quimper", True),
        ("cas-2", "Cas deux", "ajaccio", True),
        ("cas-3", "Cas brouillon", "ajaccio", False),
    ]:
        CaseStudyPageFactory(
            parent=case_index["fr"], slug=slug, title=title, commune=places[commune], live=live
        )
    response = client.get("/fr/retours-d-experience/carte/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and 'role="group"' in html
    assert 'href="/fr/retours-d-experience/carte/?departement=2A#departement-list"' in html
    assert response.context["counts"] == {"29": 1, "2A": 1}
    assert "Cas un" not in html  # the lists come with a chosen département
    html = client.get("/fr/retours-d-experience/carte/?departement=2A").content.decode()
    assert 'id="departement-list"' in html
    assert "Cas deux" in html and "Cas un" not in html and "Cas brouillon" not in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("value", ["99", "<b>", "29' OR 1=1"])
def test_map_ignores_an_unknown_departement(client, case_index, places, value):
    CaseStudyPageFactory(parent=case_index["fr"], slug="cas", commune=places["quimper"])
    response = client.get("/fr/retours-d-experience/carte/", {"departement": value})
    assert response.status_code == 200
    assert response.context["department"] is None
    assert response.context["notice"]


def test_english_map_route(client, case_index, places):
    french = CaseStudyPageFactory(parent=case_index["fr"], slug="cas", commune=places["quimper"])
    translate(french, title="A case")
    response = client.get("/en/case-studies/map/?departement=29")
    assert response.status_code == 200
    assert "A case" in response.content.decode()
    assert 'href="/en/case-studies/map/?departement=29#departement-list"' in (
        response.content.decode()
    )


def test_rss_and_atom_feeds_list_live_case_studies_in_the_index_language(client, case_index):
    live = CaseStudyPageFactory(parent=case_index["fr"], slug="en-ligne", title="En ligne")
    CaseStudyPageFactory(parent=case_index["fr"], slug="brouillon", title="Brouillon", live=False)
    translate(live, title="Online")
    rss = client.get("/fr/retours-d-experience/flux/")
    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(rss.content).find("channel")
    assert channel.findtext("language") == "fr"
    assert [item.findtext("title") for item in channel.findall("item")] == ["En ligne"]
    assert channel.find("item").findtext("link").endswith("/fr/retours-d-experience/en-ligne/")
    atom = client.get("/en/case-studies/feed/atom/")
    assert atom.status_code == 200
    entries = ET.fromstring(atom.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert [e.findtext("{http://www.w3.org/2005/Atom}title") for e in entries] == ["Online"]


def test_library_feed_lists_new_resources(client, library):
    GuidePageFactory(parent=library["fr"], slug="g", title="Nouveau guide")
    GuidePageFactory(parent=library["fr"], slug="d", title="Brouillon", live=False)
    rss = client.get("/fr/ressources/flux/")
    titles = [i.findtext("title") for i in ET.fromstring(rss.content).iter("item")]
    assert titles == ["Nouveau guide"]
    listing = client.get("/fr/ressources/").content.decode()
    assert 'type="application/rss+xml"' in listing and 'href="/fr/ressources/flux/"' in listing
