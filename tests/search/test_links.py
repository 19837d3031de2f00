"""Every search result and suggestion opens, in the reader's language (issue 16).

Pages, documents, organisations and places: each kind is checked in French and English,
then a crawl follows every link of the result pages and every suggestion's url.
"""

import json
from urllib.parse import urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model

SEARCH = {"fr": "/fr/search/", "en": "/en/search/"}
DIRECTORY = {"fr": "/fr/annuaire/", "en": "/en/directory/"}
ORGANISATION = "France Active Loire"
# "association" is in pages of both languages: a word no page has is respelled first.
DOCUMENT = "Carnet de route de l'association"


@pytest.fixture
def client():
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def site(corpus):
    """The search corpus (with the directory) and a document that a page of each language
    offers for download."""
    document = get_document_model().objects.create(
        title=DOCUMENT, file=ContentFile(b"%PDF-1.4 carnet", "carnet.pdf")
    )
    for page in corpus["pages"]["bien-vieillir"]:
        page.body = list(page.body.raw_data) + [
            {"type": "document", "value": {"document": document.pk, "title": ""}}
        ]
        page.save_revision().publish()
    return {**corpus, "document": document}


def search_page(client, language, **params):
    response = client.get(SEARCH[language], params)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_links(soup):
    """{title: href} of the results and of the previews beside them."""
    links = soup.select(".results .result__title a, .search-preview li a")
    return {a.get_text(strip=True): a.get("href") for a in links}


def suggestions(client, query, language):
    response = client.get("/api/search/suggest/", {"q": query, "lang": language})
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def opens(client, url):
    """The url answers 200, directly or after redirects."""
    response = client.get(url, follow=True)
    return response.status_code == 200


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_organisation_found_opens_its_directory_entry(site, client, language):
    entry = f"{DIRECTORY[language]}france-active-loire/"
    beside_pages = result_links(search_page(client, language, q="France Active"))
    assert beside_pages[ORGANISATION] == entry
    listed = result_links(
        search_page(client, language, q="France Active", type="network.organisation")
    )
    assert listed == {ORGANISATION: entry}
    suggested = suggestions(client, "france act", language)
    assert suggested[0]["kind"] == "organisation"
    assert suggested[0]["url"] == entry
    assert opens(client, entry)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_document_found_opens_the_file(site, client, language):
    url = result_links(search_page(client, language, q="association"))[DOCUMENT]
    assert url == site["document"].url
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 carnet"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_page_found_opens_in_the_readers_language(site, client, language):
    french, english = site["pages"]["mobilite-solidaire"]
    page = {"fr": french, "en": english}[language]
    results = result_links(search_page(client, language, q=page.title))
    assert results[page.title] == page.url
    assert page.url.startswith(f"/{language}/")
    suggested = [s for s in suggestions(client, "mobil", language) if s["kind"] == "page"]
    assert suggested[0]["url"] == page.url


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_place_suggestion_opens_the_directory_for_that_place(site, client, language):
    place = next(s for s in suggestions(client, "saint-eti", language) if s["kind"] == "place")
    assert place["label"] == "Saint-Étienne (42)"
    expected = urlencode({"q": "Saint-Étienne (42)", "commune": "42218"})
    assert place["url"] == f"{DIRECTORY[language]}?{expected}"
    response = client.get(place["url"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "France Active Loire" in html  # the structure of Saint-Étienne is listed
    assert "data-directory-result" in html


def test_without_a_directory_no_suggestion_leads_nowhere(corpus, client):
    """An organisation is only found where a reader can open it; a place falls back to a
    search for its name."""
    corpus["directory"]["fr"].unpublish()
    assert ORGANISATION not in result_links(search_page(client, "fr", q="France Active"))
    found = suggestions(client, "france act", "fr")
    assert [s for s in found if s["kind"] == "organisation"] == []
    place = next(s for s in suggestions(client, "saint-eti", "fr") if s["kind"] == "place")
    assert place["url"] == "/fr/search/?q=Saint-%C3%89tienne"


CRAWLED = ["France Active", "habitat", "association", "saint-etienne", "mobilité", "root"]


def internal(href):
    parts = urlsplit(href)
    return href and not parts.scheme and not parts.netloc and not href.startswith("#")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_link_of_a_result_page_and_every_suggestion_opens(site, client, language):
    followed = set()
    for query in CRAWLED:
        soup = search_page(client, language, q=query)
        links = {a["href"] for a in soup.select(".search-page a[href]") if internal(a["href"])}
        for typed in (query[:4], query):
            found = suggestions(client, typed, language)
            assert all(isinstance(s["url"], str) for s in found), found
            links |= {s["url"] for s in found}
        for href in links - followed:
            url = href if href.startswith("/") else f"{SEARCH[language]}{href}"
            assert opens(client, url), (query, href)
        followed |= links
    assert len(followed) > 20  # results, previews, facets, sorting… were all followed
