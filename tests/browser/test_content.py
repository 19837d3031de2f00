"""Resources and case studies in a real browser over the demo content: axe, keyboard."""

import pytest

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

LIBRARY = {"fr": "/fr/ressources/", "en": "/en/resources/"}
CASE_STUDIES = {"fr": "/fr/retours-d-experience/", "en": "/en/case-studies/"}
TYPES = ["guide", "bestpractice", "study", "cooperationform"]


def _first_card_url(page, live_url, listing_path):
    page.goto(live_url + listing_path)
    href = page.locator(".card__title a").first.get_attribute("href")
    assert href, f"no card on {listing_path}"
    return live_url + href


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("page_type", TYPES)
def test_each_resource_type_has_no_axe_violations(page, live_url, language, page_type):
    url = _first_card_url(page, live_url, f"{LIBRARY[language]}?type={page_type}")
    response = page.goto(url)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_case_study_has_no_axe_violations(page, live_url, language):
    response = page.goto(_first_card_url(page, live_url, CASE_STUDIES[language]))
    assert response.status == 200
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    "path",
    [
        "{library}",
        "{library}?type=study&type=guide",
        "{library}?theme=inconnu",
        "{library}{compare}",
        "{cases}",
        "{cases}?year=1900&region=94",
        "{cases}{map}",
    ],
)
def test_listings_and_their_views_have_no_axe_violations(page, live_url, language, path):
    url = path.format(
        library=LIBRARY[language],
        cases=CASE_STUDIES[language],
        compare="comparer/" if language == "fr" else "compare/",
        map="carte/" if language == "fr" else "map/",
    )
    response = page.goto(live_url + url)
    assert response.status == 200
    assert_no_axe_violations(page)


def test_comparison_is_readable_on_a_phone(page, live_url):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(live_url + "/fr/ressources/comparer/")
    # Stacked: no horizontal scrolling, every row a card as wide as the screen.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    assert_no_axe_violations(page)


def test_filters_work_with_the_keyboard_only(page, live_url):
    page.goto(live_url + "/fr/ressources/")
    first = page.locator(".facet input[type=checkbox]").first
    value = first.get_attribute("value")
    name = first.get_attribute("name")
    first.focus()
    page.keyboard.press("Space")
    assert first.is_checked()
    # Located by role, not by name: the French catalogue is merged later.
    page.locator(".listing__actions").get_by_role("button").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"{name}={value}" in page.url
    assert page.locator(f'.facet input[name="{name}"][value="{value}"]').is_checked()
    # The "clear" link is reachable and brings the full list back.
    page.locator(".listing__actions").get_by_role("link").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_url + "/fr/ressources/"


def test_questions_open_and_close_with_the_keyboard(page, live_url):
    url = _first_card_url(page, live_url, "/fr/ressources/?type=guide")
    page.goto(url)
    details = page.locator("details.questions__item").first
    assert details.count() == 1, "the demo guide has a questions-and-answers block"
    summary = details.locator("summary")
    summary.focus()
    assert not details.evaluate("el => el.open")
    page.keyboard.press("Enter")
    assert details.evaluate("el => el.open")
    page.keyboard.press("Space")
    assert not details.evaluate("el => el.open")
