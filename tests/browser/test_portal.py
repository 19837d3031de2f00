import pytest

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

PAGES = [
    "/fr/",
    "/en/",
    "/fr/a-propos/",
    "/en/about/",
    "/fr/accessibilite/",
    "/en/accessibility-statement/",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_axe_violations(page, live_url, path):
    response = page.goto(live_url + path)
    assert response.status == 200
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/fr/page-inconnue/", "Page introuvable"), ("/en/unknown-page/", "Page not found")],
)
def test_not_found_page_is_friendly_and_accessible(page, live_url, path, heading):
    response = page.goto(live_url + path)
    assert response.status == 404
    assert page.locator("h1").inner_text() == heading
    assert_no_axe_violations(page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, live_url):
    page.goto(live_url + "/fr/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu principal"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_goes_to_the_translation(page, live_url):
    page.goto(live_url + "/fr/a-propos/")
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    assert page.url == live_url + "/en/about/"
    assert page.locator("html").get_attribute("lang") == "en"
