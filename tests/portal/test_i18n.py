import re
import xml.etree.ElementTree as ET

import pytest

from tests.portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _switcher_links(html):
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)}


def test_switcher_links_the_translation_of_the_current_page(client, home, locales):
    about = StandardPageFactory(parent=home["fr"], title="À propos", slug="a-propos")
    english = about.copy_for_translation(locales["en"])
    english.title = "About"
    english.slug = "about"
    english.save_revision().publish()

    french_html = client.get("/fr/a-propos/").content.decode()
    assert _switcher_links(french_html) == {"en": "/en/about/"}
    english_html = client.get("/en/about/").content.decode()
    assert _switcher_links(english_html) == {"fr": "/fr/a-propos/"}
    for language, url in [("en", "/en/about/"), ("fr", "/fr/a-propos/")]:
        alternate = f'<link rel="alternate" hreflang="{language}" href="http://testserver{url}">'
        assert alternate in french_html


def test_switcher_falls_back_to_the_other_home_without_a_translation(client, home):
    StandardPageFactory(parent=home["fr"], title="Seulement en français", slug="seul")
    html = client.get("/fr/seul/").content.decode()
    assert _switcher_links(html) == {"en": "/en/"}
    assert 'hreflang="en"' not in html.split("</head>")[0]


def test_ui_strings_come_from_the_catalogue_of_each_language(client, home):
    assert "Aller au contenu principal" in client.get("/fr/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()


def test_sitemap_lists_pages_of_both_languages(client, home, locales):
    about = StandardPageFactory(parent=home["fr"], title="À propos", slug="a-propos")
    english = about.copy_for_translation(locales["en"])
    english.save_revision().publish()
    StandardPageFactory(parent=home["fr"], slug="brouillon", live=False)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    }
    assert locations == {
        "http://testserver/fr/",
        "http://testserver/en/",
        "http://testserver/fr/a-propos/",
        "http://testserver/en/a-propos/",
    }


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/fr/nulle-part/", "fr", "Page introuvable"),
        ("/en/nowhere/", "en", "Page not found"),
    ],
)
def test_not_found_page_speaks_the_language_of_the_url(client, home, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert text in html


def test_server_error_page_is_plain_and_translated(rf):
    from portal.views import server_error

    response = server_error(rf.get("/en/boom/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    response = server_error(rf.get("/fr/boum/"))
    assert "Une erreur s'est produite de notre côté" in response.content.decode()


def test_page_head_has_description_canonical_and_open_graph(client, home):
    StandardPageFactory(
        parent=home["fr"], title="Mentions", slug="mentions", summary="Qui édite ce site."
    )
    html = client.get("/fr/mentions/").content.decode()
    assert '<meta name="description" content="Qui édite ce site.">' in html
    assert '<link rel="canonical" href="http://testserver/fr/mentions/">' in html
    assert '<meta property="og:title" content="Mentions">' in html
