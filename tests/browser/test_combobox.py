"""The two boxes with suggestions (static/js/combobox.js), driven with the keyboard as the
ARIA combobox pattern has it: the header's search box and the directory's place box."""

import re
from urllib.parse import quote

import pytest

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

USES = {
    "search": {"path": "/fr/", "box": "#site-search-q", "typed": "coop"},
    "place": {"path": "/fr/annuaire/", "box": "#directory-q", "typed": "Saint-Étien"},
}


@pytest.fixture
def page(page):
    # The directory's map: nothing leaves the machine in tests.
    page.context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    return page


def _type(page, live_url, use):
    """The box and its open listbox, once `typed` has been typed in it."""
    page.goto(live_url + use["path"])
    box = page.locator(use["box"])
    box.click()
    box.press_sequentially(use["typed"], delay=30)
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    listbox.locator("[role=option]").first.wait_for()
    return box, listbox


def _active(box):
    return box.get_attribute("aria-activedescendant")


@pytest.mark.parametrize("use", USES.values(), ids=USES.keys())
def test_the_open_listbox_has_no_axe_violations(page, live_url, use):
    _type(page, live_url, use)
    assert_no_axe_violations(page)


@pytest.mark.parametrize("use", USES.values(), ids=USES.keys())
def test_arrows_move_through_the_options_and_wrap(page, live_url, use):
    box, listbox = _type(page, live_url, use)
    options = listbox.locator("[role=option]")
    count = options.count()
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    assert _active(box) is None  # typing suggests, it does not choose
    assert str(count) in page.locator(f"{use['box']} ~ [role=status]").inner_text()

    box.press("ArrowDown")
    assert _active(box) == options.nth(0).get_attribute("id")
    assert options.nth(0).get_attribute("aria-selected") == "true"
    box.press("ArrowUp")  # from the first option to the last
    assert _active(box) == options.nth(count - 1).get_attribute("id")
    assert options.nth(0).get_attribute("aria-selected") == "false"
    box.press("ArrowDown")  # and back to the first
    assert _active(box) == options.nth(0).get_attribute("id")
    box.press("ArrowLeft")  # back to editing the text
    assert _active(box) is None
    assert box.get_attribute("aria-expanded") == "true"


@pytest.mark.parametrize("use", USES.values(), ids=USES.keys())
def test_escape_closes_then_clears(page, live_url, use):
    box, listbox = _type(page, live_url, use)
    box.press("ArrowDown")
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert _active(box) is None
    assert listbox.is_hidden()
    assert box.input_value() == use["typed"]
    box.press("Alt+ArrowDown")  # opens without choosing
    assert listbox.is_visible()
    assert _active(box) is None
    box.press("Alt+ArrowUp")
    assert listbox.is_hidden()
    box.press("ArrowUp")  # opens on the last option
    last = listbox.locator("[role=option]").last
    assert _active(box) == last.get_attribute("id")
    box.press("Escape")
    box.press("Escape")
    assert box.input_value() == ""


def test_enter_on_a_search_suggestion_opens_it(page, live_url):
    box, listbox = _type(page, live_url, USES["search"])
    expected = page.request.get(f"{live_url}/api/search/suggest/?lang=fr&q=coop").json()
    first = expected["results"][0]
    assert listbox.locator("[role=option]").first.inner_text().startswith(first["label"])
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    assert page.url == live_url + first["url"]


def test_enter_without_a_chosen_suggestion_submits_the_search(page, live_url):
    box, _listbox = _type(page, live_url, USES["search"])
    with page.expect_navigation():
        box.press("Enter")
    assert page.url.endswith("/fr/search/?q=coop")


def test_enter_on_a_place_searches_around_it(page, live_url):
    box, _listbox = _type(page, live_url, USES["place"])
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    assert "commune=42218" in page.url
    assert "Saint-Étienne (42)" in page.locator("#directory-results-heading").inner_text()
    assert page.locator("[data-directory-result]").count() >= 5


def test_the_search_page_box_suggests_too(page, live_url):
    page.goto(f"{live_url}/en/search/?q={quote('mobility')}")
    box = page.locator("#search-q")
    box.fill("")
    box.press_sequentially("mobil", delay=30)
    page.locator("#search-q-listbox [role=option]").first.wait_for()
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    assert re.search(r"/en/.+", page.url)
    assert "/search/" not in page.url


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("path", ["/fr/", "/fr/search/?q=coop", "/fr/annuaire/"])
def test_the_boxes_do_not_move_when_the_script_runs(browser, live_url, path, width):
    """The wrapper and the listbox are in the page: the script adds no element around the
    box, so the header (and each box and its button) sits where it sat without it."""

    def layout(java_script_enabled):
        context = browser.new_context(
            java_script_enabled=java_script_enabled, viewport={"width": width, "height": 900}
        )
        context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
        page = context.new_page()
        page.goto(live_url + path)
        if java_script_enabled:
            page.wait_for_function(
                "[...document.querySelectorAll('[data-combobox] input')]"
                ".every(input => input.getAttribute('role') === 'combobox')"
            )
        boxes = page.evaluate(
            """() => [...document.querySelectorAll(
                    '.site-header, [data-combobox] input, [data-combobox] + button'
                )].map(e => { const r = e.getBoundingClientRect();
                              return [r.x, r.y, r.width, r.height].map(Math.round); })"""
        )
        context.close()
        return boxes

    assert layout(True) == layout(False)


@pytest.mark.parametrize(
    ("typed", "kind", "lands_on"),
    [
        ("Saint-Étien", "lieu", r"/fr/annuaire/\?q=Saint-%C3%89tienne\+%2842%29&commune=42218$"),
        ("démo loire", "organisme", r"/fr/annuaire/[-a-z0-9]+/$"),
    ],
)
def test_a_place_or_an_organisation_chosen_in_the_header_opens(
    page, live_url, typed, kind, lands_on
):
    box, listbox = _type(page, live_url, {"path": "/fr/", "box": "#site-search-q", "typed": typed})
    options = listbox.locator("[role=option]")
    wanted = next(i for i in range(options.count()) if kind in options.nth(i).inner_text())
    chosen = options.nth(wanted).inner_text()
    for _step in range(wanted + 1):
        box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    assert re.search(lands_on, page.url), page.url
    if kind == "organisme":
        assert page.locator("h1").inner_text() in chosen  # its entry, not a 404
    else:
        assert "Saint-Étienne (42)" in page.locator("#directory-results-heading").inner_text()
