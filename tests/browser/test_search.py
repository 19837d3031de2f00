import re

import pytest

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        "/fr/search/?q=coop%C3%A9ration",
        "/en/search/?q=cooperation",
        "/fr/search/?q=coop%C3%A9ration&theme=mobilite",
        "/fr/search/?q=zorglubissime",
        "/en/search/?q=coperation",
    ],
)
def test_search_pages_have_no_axe_violations(page, live_url, path):
    response = page.goto(live_url + path)
    assert response.status == 200
    assert_no_axe_violations(page)


def _open_suggestions(page, live_url, language="fr", typed="coop"):
    page.goto(f"{live_url}/{language}/")
    box = page.locator("#site-search-q")
    box.click()
    box.press_sequentially(typed, delay=50)
    listbox = page.locator("[role=listbox]")
    listbox.wait_for(state="visible")
    return box, listbox


def test_open_suggestion_list_has_no_axe_violations(page, live_url):
    _box, listbox = _open_suggestions(page, live_url)
    assert listbox.locator("[role=option]").count() >= 1
    assert_no_axe_violations(page)


def test_the_combobox_works_with_the_keyboard(page, live_url):
    box, listbox = _open_suggestions(page, live_url)
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    first = listbox.locator("[role=option]").first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/fr/.+"))
    assert "/search/" not in page.url or "q=" in page.url


def test_the_search_form_works_without_suggestions(page, live_url):
    page.goto(f"{live_url}/fr/")
    page.fill("#site-search-q", "cooperer filiere")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/fr/search/\?q=cooperer"))
    titles = page.locator(".result__title").all_inner_texts()
    assert any("Coopérer" in title for title in titles[:3])
