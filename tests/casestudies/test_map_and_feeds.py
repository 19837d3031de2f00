import xml.etree.ElementTree as ET

import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.resources.factories import GuidePageFactory, translate

pytestmark = pytest.mark.django_db


def test_map_shows_case_studies_by_departement_without_javascript(client, case_index, places):
    CaseStudyPageFactory(
        parent=case_index["fr"], slug="cas-1", title="Cas un", commune=places["quimper"]
    )
    CaseStudyPageFactory(
        parent=case_index["fr"], slug="cas-2", title="Cas deux", commune=places["ajaccio"]
    )
    CaseStudyPageFactory(
        parent=case_index["fr"],
        slug="cas-3",
        title="Cas brouillon",
        commune=places["ajaccio"],
        live=False,
    )
    response = client.get("/fr/retours-d-experience/carte/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and 'role="group"' in html
    assert 'href="#departement-29"' in html and 'href="#departement-2A"' in html
    assert 'id="departement-2A"' in html
    assert "Cas un" in html and "Cas deux" in html
    assert "Cas brouillon" not in html
    assert response.context["counts"] == {"29": 1, "2A": 1}


def test_english_map_route(client, case_index, places):
    french = CaseStudyPageFactory(parent=case_index["fr"], slug="cas", commune=places["quimper"])
    translate(french, title="A case")
    response = client.get("/en/case-studies/map/")
    assert response.status_code == 200
    assert "A case" in response.content.decode()


def test_rss_and_atom_feeds_list_live_case_studies_in_the_index_language(client, case_index):
    live = CaseStudyPageFactory(parent=case_index["fr"], slug="en-ligne", title="En ligne")
    CaseStudyPageFactory(parent=case_index["fr"], slug="brouillon", title="Brouillon", live=False)
    translate(live, title="Online")
    rss = client.get("/fr/retours-d-experience/feed/")
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
    rss = client.get("/fr/ressources/feed/")
    titles = [i.findtext("title") for i in ET.fromstring(rss.content).iter("item")]
    assert titles == ["Nouveau guide"]
    listing = client.get("/fr/ressources/").content.decode()
    assert 'type="application/rss+xml"' in listing and 'href="/fr/ressources/feed/"' in listing
