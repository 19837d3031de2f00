"""Outside network members reach only their own part of the admin; staff roles keep theirs."""

import pytest
from django.contrib.auth.models import Group

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
