"""The admin's page chooser shows a user only the pages they may link to (issue 18, Low 1).

A network member (or a directory manager: no page permission) links to pages from an
organisation's description; the chooser showed them the titles of drafts, private and
password-protected pages. Users with page permissions keep seeing what the explorer
shows them (the positive control of every "not shown" below).
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PUBLIC = "Quokka public"
HIDDEN = {
    "draft": "Quokka draft",
    "login": "Quokka login",
    "password": "Quokka password",
    "groups": "Quokka groups",
    "under_private": "Quokka under private",
    "under_draft": "Quokka under draft",
    "draft_section": "Quokka draft section",
}


@pytest.fixture
def pages(home):
    fr = home["fr"]
    made = {"public": StandardPageFactory(parent=fr, slug="public", title=PUBLIC)}
    made["draft"] = StandardPageFactory(parent=fr, slug="draft", title=HIDDEN["draft"], live=False)
    for kind in ("login", "password", "groups"):
        made[kind] = StandardPageFactory(parent=fr, slug=kind, title=HIDDEN[kind])
        restriction = PageViewRestriction.objects.create(
            page=made[kind], restriction_type=kind, password="s3cret-pass"
        )
        if kind == "groups":
            restriction.groups.add(Group.objects.get(name="Moderators"))
    made["under_private"] = StandardPageFactory(
        parent=made["login"], slug="under-private", title=HIDDEN["under_private"]
    )
    made["draft_section"] = StandardPageFactory(
        parent=fr, slug="draft-section", title=HIDDEN["draft_section"], live=False
    )
    made["under_draft"] = StandardPageFactory(
        parent=made["draft_section"], slug="under-draft", title=HIDDEN["under_draft"]
    )
    return made


def chooser_text(response):
    """The chooser's HTML: a modal workflow's JSON carries it in "html"."""
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content).get("html") or ""
    return response.content.decode()


def opened(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return chooser_text(response)


BROWSE_PARAMETERS = [
    "",
    "?p=1",
    "?multiple=1",
    "?page_type=portal.standardpage",
    "?page_type=wagtailcore.page&user_perms=copy_to&can_choose_root=true",
    "?locale=fr&match_subclass=false",
]
SEARCH_PARAMETERS = [
    "?q=Quokka",
    "?q=Quokka&p=1",
    "?q=Quokka&page_type=portal.standardpage",
    "?q=Quokka&multiple=1&locale=fr",
]


@pytest.mark.parametrize("role", ["member_a", "directory_manager"])
def test_users_without_page_permissions_see_only_live_public_pages(users, pages, home, role):
    client = Client()
    client.force_login(users[role])
    urls = [f"/admin/choose-page/{home['fr'].pk}/{query}" for query in BROWSE_PARAMETERS]
    urls += [f"/admin/choose-page/search/{query}" for query in SEARCH_PARAMETERS]
    for url in urls:
        text = opened(client, url)
        assert PUBLIC in text, url
        for title in HIDDEN.values():
            assert title not in text, (url, title)
    # Opening the chooser at a page they may not link to shows nothing of it, nor of its
    # children (private or not).
    for kind in ("draft", "login", "password", "groups", "draft_section", "under_draft"):
        # (LocaleMiddleware sends a 404 outside /fr/ to the /fr/ path, a 404 too.)
        response = client.get(f"/admin/choose-page/{pages[kind].pk}/", follow=True)
        assert response.status_code == 404, kind
        text = chooser_text(response)
        assert not any(title in text for title in HIDDEN.values()), kind
    # The way down from the root stays open.
    assert "Accueil" in opened(client, "/admin/choose-page/")


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_page_editors_still_see_every_page(users, pages, home, role):
    client = Client()
    client.force_login(users[role])
    text = opened(client, f"/admin/choose-page/{home['fr'].pk}/")
    for kind in ("draft", "login", "password", "groups", "draft_section"):
        assert HIDDEN[kind] in text, kind
    text = opened(client, "/admin/choose-page/search/?q=Quokka")
    assert PUBLIC in text
    assert all(title in text for title in HIDDEN.values())
    assert HIDDEN["under_draft"] in opened(
        client, f"/admin/choose-page/{pages['draft_section'].pk}/"
    )


def test_the_page_a_page_type_opens_the_chooser_at_must_be_linkable_too(users, pages):
    """Without a page id, Wagtail opens the chooser at the pages of the type's common
    ancestor: here the private page above the only guide."""
    from tests.resources.factories import GuidePageFactory

    GuidePageFactory(parent=pages["login"], slug="guide", title="Quokka guide")
    url = "/admin/choose-page/?page_type=resources.guidepage"
    editor = Client()
    editor.force_login(users["editor"])
    assert HIDDEN["login"] in opened(editor, url)
    member = Client()
    member.force_login(users["member_a"])
    response = member.get(url, follow=True)
    assert response.status_code == 404
    assert HIDDEN["login"] not in chooser_text(response)


def test_a_live_page_is_shown_by_its_published_title(users, home):
    """The admin shows a page by its draft title: the chooser shows users who may not see
    drafts the title readers see."""
    page = StandardPageFactory(parent=home["fr"], slug="renamed", title="Quokka published")
    page.title = "Quokka renamed in a draft"
    page.save_revision()
    urls = [f"/admin/choose-page/{home['fr'].pk}/", "/admin/choose-page/search/?q=Quokka"]
    member, editor = Client(), Client()
    member.force_login(users["member_a"])
    editor.force_login(users["editor"])
    for url in urls:
        assert "Quokka renamed in a draft" in opened(editor, url), url  # the control
        text = opened(member, url)
        assert "Quokka published" in text and "renamed in a draft" not in text, url
