"""Outside network members reach only their own part of the admin; staff roles keep theirs."""

import pytest
from django.contrib.auth.models import Group

from tests.portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_member_is_sent_back_to_the_dashboard_with_a_message(client, users, organisations):
    client.force_login(users["member_a"])
    response = client.get("/admin/reports/site-history/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    dashboard = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Sorry, you do not have permission to access this area." in dashboard


def test_a_member_who_is_also_an_editor_keeps_the_editor_tools(client, users, organisations):
    member = users["member_a"]
    member.groups.add(Group.objects.get(name="Editors"))
    client.force_login(member)
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/reports/site-history/").status_code == 200
    # Still only their own organisation.
    edit_b = f"/admin/snippets/network/organisation/edit/{organisations['b'].pk}/"
    assert client.get(edit_b).status_code == 302


def chooser_html(client, url, **params):
    """The chooser's HTML: browsing answers JSON around it, searching plain HTML."""
    response = client.get(url, params)
    assert response.status_code == 200
    if response["Content-Type"] == "application/json":
        return response.json()["html"]
    return response.content.decode()


def test_the_page_chooser_shows_members_only_published_public_pages(
    client, users, organisations, home
):
    StandardPageFactory(parent=home["fr"], title="Page publiée")
    StandardPageFactory(parent=home["fr"], title="Brouillon secret", live=False)
    client.force_login(users["member_a"])
    children = chooser_html(client, f"/admin/choose-page/{home['fr'].pk}/")
    assert "Page publiée" in children
    assert "Brouillon secret" not in children
    assert "Page publiée" in chooser_html(client, "/admin/choose-page/search/", q="Page")
    assert "Brouillon secret" not in chooser_html(
        client, "/admin/choose-page/search/", q="Brouillon"
    )


def test_editors_still_choose_draft_pages(client, users, home):
    StandardPageFactory(parent=home["fr"], title="Brouillon secret", live=False)
    client.force_login(users["editor"])
    assert "Brouillon secret" in chooser_html(client, f"/admin/choose-page/{home['fr'].pk}/")
