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


def test_the_search_form_works_without_suggestions(page, live_url):
    page.goto(f"{live_url}/fr/")
    page.fill("#site-search-q", "cooperer filiere")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/fr/search/\?q=cooperer"))
    titles = page.locator(".result__title").all_inner_texts()
    assert any("Coopérer" in title for title in titles[:3])
