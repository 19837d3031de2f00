"""Run axe-core (shipped by axe-playwright-python) inside a page and fail on violations."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def assert_no_axe_violations(page, context=None):
    results = _axe.run(page, context=context)
    violations = results.response.get("violations", [])
    summary = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
        for v in violations
    )
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{summary}"
