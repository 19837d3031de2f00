"""Public pages have no inline style, so their policy says `style-src 'self'`.

The templates public pages are rendered from, and the site's own scripts, are scanned for
a style attribute or a <style> element: the browser would refuse it. Styles scripts set
through the CSSOM (element.style, as Leaflet does on the directory's map) are not
concerned by the policy. The admin's templates are left out: /admin/ keeps
'unsafe-inline' styles (operations/csp.py).
"""

import re
from pathlib import Path

import pytest
from django.template.loader import get_template
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.format import embed_to_frontend_html
from wagtail.embeds.models import Embed

BASE_DIR = Path(__file__).resolve().parents[2]
PROJECT_TEMPLATES = BASE_DIR / "templates"
# What Wagtail itself renders into public pages: the editors' user bar, rich text, the
# private pages' login and password forms, media embedded in rich text.
WAGTAIL_PUBLIC_TEMPLATES = [
    "wagtailadmin/userbar/base.html",
    "wagtailadmin/userbar/item_admin.html",
    "wagtailadmin/userbar/item_page_edit.html",
    "wagtailadmin/userbar/item_page_explore.html",
    "wagtailadmin/userbar/item_content_checker.html",
    "wagtailcore/shared/richtext.html",
    "wagtailcore/login.html",
    "wagtailcore/password_required.html",
    "wagtailembeds/embed_frontend.html",
]
INLINE_STYLE = re.compile(r"""(\sstyle\s*=|<style\b|setAttribute\(\s*["']style["'])""", re.I)
ADMIN_TEMPLATE = re.compile(r"""{%\s*(extends|include)\s+["']wagtailadmin/""")


def project_public_templates():
    for path in sorted(PROJECT_TEMPLATES.rglob("*.html")):
        if not ADMIN_TEMPLATE.search(path.read_text()):
            yield str(path.relative_to(PROJECT_TEMPLATES))


def source(template_name):
    """The file Django would load for this name (the project's own copy first)."""
    return Path(get_template(template_name).origin.name).read_text()


def test_the_scan_sees_the_public_templates_and_leaves_the_admin_ones_out():
    public = set(project_public_templates())
    assert {"base.html", "portal/home_page.html", "network/directory_page.html"} <= public
    assert "accounts/lockout.html" not in public
    assert INLINE_STYLE.search('<div style="padding-bottom: 56%">')
    assert INLINE_STYLE.search("<style>p { color: red }</style>")
    assert not INLINE_STYLE.search('<link rel="stylesheet" href="site.css" data-style="x">')


@pytest.mark.parametrize("template_name", [*project_public_templates(), *WAGTAIL_PUBLIC_TEMPLATES])
def test_a_public_template_has_no_inline_style(template_name):
    assert not INLINE_STYLE.search(source(template_name))


@pytest.mark.parametrize("script", sorted((BASE_DIR / "static" / "js").glob("*.js")), ids=str)
def test_the_site_scripts_write_no_inline_style(script):
    assert not INLINE_STYLE.search(script.read_text())


@pytest.mark.django_db
def test_media_embedded_in_rich_text_render_without_an_inline_style():
    """Wagtail's own embed template gives a responsive embed a padding in a style attribute."""
    url = "https://www.youtube.com/watch?v=abc"
    Embed.objects.create(
        url=url,
        max_width=None,
        hash=get_embed_hash(url),  # found in the database: no request to the video host
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/abc" width="480" '
        'height="270"></iframe>',
        width=480,
        height=270,
    )
    html = embed_to_frontend_html(url)
    assert "youtube-nocookie.com/embed/abc" in html
    assert not INLINE_STYLE.search(html)
