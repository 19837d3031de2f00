"""Browser tests: a real server over a database loaded with the whole demo content.

The server (gunicorn, test settings) and the loader run in their own processes, on a
SQLite file and a media folder made for this session. Pages are driven by Debian's
chromium through Playwright. Without /usr/bin/chromium the tests skip, unless
PORTAL_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live_server import free_port, wait_until_serving

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BASE_DIR = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("PORTAL_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"PORTAL_REQUIRE_BROWSER=1 but {CHROMIUM} is missing.")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def live_url(tmp_path_factory):
    """Base URL of a server with the gazetteer and the full demo content."""
    folder = tmp_path_factory.mktemp("browser-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "SERVE_MEDIA": "true",
        "PYTHONPATH": str(BASE_DIR),
    }
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_gazetteer"], ["load_demo"]):
        subprocess.run(
            manage + command, env=env, cwd=BASE_DIR, check=True, stdout=subprocess.DEVNULL
        )
    port = free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    server = subprocess.Popen(
        [
            gunicorn,
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=BASE_DIR,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url + "/fr/", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # Map tiles come from the internet in a reader's browser; here nothing leaves the machine.
    context.route("http*://*.tile.openstreetmap.org/**", lambda route: route.abort())
    page = context.new_page()
    yield page
    context.close()
