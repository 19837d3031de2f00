"""The directory in a real browser: accessibility, keyboard search, the map."""

import pytest

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

DETAIL = "fabrique-a-initiatives-demo-loire"
PAGES = [
    "/fr/annuaire/",
    "/en/directory/",
    "/fr/annuaire/?q=Saint-%C3%89tienne",
    "/en/directory/?q=97110",
    "/fr/annuaire/?q=01400",  # several communes: a list to choose from
    f"/fr/annuaire/{DETAIL}/",
    f"/en/directory/{DETAIL}/",
]


@pytest.fixture
def page(page):
    # The default tile server has no subdomain; nothing leaves the machine in tests.
    page.context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    return page


@pytest.mark.parametrize("path", PAGES)
def test_directory_pages_have_no_axe_violations(page, live_url, path):
    response = page.goto(live_url + path)
    assert response.status == 200
    assert_no_axe_violations(page)


def test_search_without_javascript_is_a_plain_form(browser, live_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_url + "/en/directory/")
    page.get_by_label("Commune or postcode").fill("2A004")
    page.get_by_role("button", name="Search", exact=True).last.click()
    page.wait_for_load_state()
    assert "Ajaccio (2A)" in page.locator("#directory-results-heading").inner_text()
    context.close()


# Each refusal of the page's Content-Security-Policy, as the browser reports it.
RECORD_POLICY_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.policyViolations.push(event.violatedDirective);
});
"""

INSERT_AN_INLINE_STYLE = """() => new Promise((resolve) => {
    const report = () => resolve(window.policyViolations);
    document.addEventListener("securitypolicyviolation", report, { once: true });
    setTimeout(report, 5000);
    document.body.insertAdjacentHTML("beforeend", '<p style="color: red"></p>');
})"""


def test_results_are_on_a_leaflet_map(page, live_url):
    """Leaflet places tiles and markers through element.style, which the public pages'
    `style-src 'self'` allows: the map shows its markers and nothing is refused."""
    page.add_init_script(RECORD_POLICY_VIOLATIONS)
    page.goto(live_url + "/fr/annuaire/?q=Saint-%C3%89tienne")
    map_region = page.locator("[data-directory-map]")
    map_region.wait_for(state="visible")
    marker = page.locator(".leaflet-marker-icon, .marker-cluster").first
    marker.wait_for()
    assert page.locator(".leaflet-marker-icon, .marker-cluster").count() >= 1
    assert "translate3d" in marker.evaluate("element => element.style.transform")
    assert page.evaluate("window.policyViolations") == []

    # Control: an inline style attribute is refused on this page (the promise settles on
    # the browser's report, or after 5 s without one).
    violations = page.evaluate(INSERT_AN_INLINE_STYLE)
    assert violations == ["style-src-attr"]
