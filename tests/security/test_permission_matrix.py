"""Who reaches what in the admin, and what anonymous readers can never see.

Each row is one URL (organisation URLs name member B's entry); each column one role, in
the order of ROLES. 200: the page; 302: sent to the login page or, signed in without the
permission or the entry is not theirs, away with a message; 405: the URL only accepts
POST.
"""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from network.models import Organisation
from tests.portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "member_a",
    "member_b",
    "editor",
    "translator",
    "moderator",
    "directory_manager",
    "superuser",
]
NS = "wagtailsnippets_network_organisation"

# fmt: off
MATRIX = {
    #                      anon member_a member_b editor transl moder  dirmgr super
    "organisation_list":   (302, 200,    200,     302,   200,   200,   200,   200),
    "organisation_add":    (302, 302,    302,     302,   302,   302,   200,   200),
    "edit":                (302, 302,    200,     302,   200,   200,   200,   200),
    "delete":              (302, 302,    302,     302,   302,   302,   200,   200),
    "usage":               (302, 302,    200,     302,   200,   200,   200,   200),
    "history":             (302, 302,    200,     302,   200,   200,   200,   200),
    "copy":                (302, 302,    302,     302,   302,   302,   200,   200),
    "preview_on_edit":     (302, 302,    200,     302,   200,   200,   200,   200),
    "revisions_view":      (302, 302,    200,     302,   200,   200,   200,   200),
    "revisions_revert":    (302, 302,    200,     302,   200,   200,   200,   200),
    "unpublish":           (302, 302,    302,     302,   302,   200,   200,   200),
    "lock":                (302, 302,    302,     302,   302,   405,   405,   405),
    "workflow_history":    (302, 302,    200,     302,   200,   200,   200,   200),
    "chooser":             (302, 302,    302,     200,   200,   200,   200,   200),
    "chosen":              (302, 302,    302,     200,   200,   200,   200,   200),
    "directory_gaps":      (302, 302,    302,     302,   200,   200,   200,   200),
    "directory_stale":     (302, 302,    302,     302,   200,   200,   200,   200),
    "directory_import":    (302, 302,    302,     302,   302,   302,   200,   200),
    "admin_home":          (302, 200,    200,     200,   200,   200,   200,   200),
    "pages":               (302, 302,    302,     200,   200,   200,   302,   200),
    "images":              (302, 200,    200,     200,   302,   200,   200,   200),
    "documents":           (302, 302,    302,     200,   302,   200,   302,   200),
    "users":               (302, 302,    302,     302,   302,   302,   302,   200),
    "groups":              (302, 302,    302,     302,   302,   302,   302,   200),
    "workflows":           (302, 302,    302,     302,   302,   302,   302,   200),
    "workflow_report":     (302, 302,    302,     200,   200,   200,   302,   200),
    "locked_report":       (302, 302,    302,     302,   302,   200,   302,   200),
    "site_history":        (302, 200,    200,     200,   200,   200,   200,   200),
    "sites":               (302, 302,    302,     302,   302,   302,   302,   200),
    "redirects":           (302, 302,    302,     302,   302,   302,   302,   200),
    "page_edit":           (302, 302,    302,     200,   200,   200,   302,   200),
    "page_preview":        (302, 302,    302,     200,   200,   200,   302,   200),
    "page_history":        (302, 302,    302,     200,   200,   200,   302,   200),
    "page_unpublish":      (302, 302,    302,     302,   302,   200,   302,   200),
    "api_organisations":   (200, 200,    200,     200,   200,   200,   200,   200),
    "export_csv":          (200, 200,    200,     200,   200,   200,   200,   200),
}
# fmt: on


def urls_for(entry, page):
    pk = entry.pk
    revision = entry.latest_revision.pk
    return {
        "organisation_list": reverse(f"{NS}:list"),
        "organisation_add": reverse(f"{NS}:add"),
        "edit": reverse(f"{NS}:edit", args=[pk]),
        "delete": reverse(f"{NS}:delete", args=[pk]),
        "usage": reverse(f"{NS}:usage", args=[pk]),
        "history": reverse(f"{NS}:history", args=[pk]),
        "copy": reverse(f"{NS}:copy", args=[pk]),
        "preview_on_edit": reverse(f"{NS}:preview_on_edit", args=[pk]),
        "revisions_view": reverse(f"{NS}:revisions_view", args=[pk, revision]),
        "revisions_revert": reverse(f"{NS}:revisions_revert", args=[pk, revision]),
        "unpublish": reverse(f"{NS}:unpublish", args=[pk]),
        "lock": reverse(f"{NS}:lock", args=[pk]),
        "workflow_history": reverse(f"{NS}:workflow_history", args=[pk]),
        "chooser": "/admin/snippets/choose/network/organisation/",
        "chosen": f"/admin/snippets/choose/network/organisation/chosen/{pk}/",
        "directory_gaps": reverse("network_gaps"),
        "directory_stale": reverse("network_stale"),
        "directory_import": reverse("network_import"),
        "admin_home": "/admin/",
        "pages": "/admin/pages/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "users": "/admin/users/",
        "groups": "/admin/groups/",
        "workflows": "/admin/workflows/list/",
        "workflow_report": "/admin/reports/workflow/",
        "locked_report": "/admin/reports/locked/",
        "site_history": "/admin/reports/site-history/",
        "sites": "/admin/sites/",
        "redirects": "/admin/redirects/",
        "page_edit": f"/admin/pages/{page.pk}/edit/",
        "page_preview": f"/admin/pages/{page.pk}/edit/preview/",
        "page_history": f"/admin/pages/{page.pk}/history/",
        "page_unpublish": f"/admin/pages/{page.pk}/unpublish/",
        "api_organisations": "/api/directory/organisations/",
        "export_csv": "/api/directory/export.csv",
    }


def test_every_cell_of_the_admin_matrix(client_for, organisations, home):
    urls = urls_for(organisations["b"], home["fr"])
    assert set(urls) == set(MATRIX)
    found = {}
    for name, url in urls.items():
        found[name] = tuple(client_for(role).get(url).status_code for role in ROLES)
    mismatches = {
        name: (found[name], expected)
        for name, expected in MATRIX.items()
        if found[name] != expected
    }
    assert not mismatches


def test_every_organisation_url_of_b_is_closed_to_member_a(client_for, organisations, home):
    """Whatever the URL of the viewset names B (GET or POST), member A is sent away."""
    entry = organisations["b"]
    client = client_for("member_a")
    for name in MATRIX:
        url = urls_for(entry, home["fr"])[name]
        if f"/{entry.pk}/" not in url:
            continue
        for response in (client.get(url), client.post(url, {"name": "Piraté"})):
            assert response.status_code == 302, name
            assert response["Location"] == "/admin/", name
    entry.refresh_from_db()
    assert entry.name == "Structure B"
    assert Organisation.objects.filter(pk=entry.pk).exists()


def test_member_a_can_open_its_own_entry_and_lists_only_it(client_for, organisations):
    client = client_for("member_a")
    assert client.get(reverse(f"{NS}:edit", args=[organisations["a"].pk])).status_code == 200
    listing = client.get(reverse(f"{NS}:list")).content.decode()
    assert "Structure A" in listing
    assert "Structure B" not in listing
    assert "Brouillon C" not in listing


def test_bulk_actions_do_not_reach_b(client_for, organisations):
    entry = organisations["b"]
    client = client_for("member_a")
    url = f"/admin/bulk/network/organisation/delete/?id={entry.pk}"
    client.post(url)
    assert Organisation.objects.filter(pk=entry.pk).exists()


def test_drafts_and_private_pages_never_reach_anonymous_readers(client, home, organisations):
    draft_page = StandardPageFactory(parent=home["fr"], slug="brouillon", title="Page brouillon")
    draft_page.unpublish()
    private = StandardPageFactory(parent=home["fr"], slug="privee", title="Page privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert client.get("/fr/brouillon/").status_code == 404
    assert client.get("/fr/privee/").status_code == 302
    assert client.get("/fr/annuaire/brouillon-c/").status_code == 404
    assert client.get("/fr/annuaire/structure-b/").status_code == 200
    public_urls = [
        "/sitemap.xml",
        "/api/directory/organisations/",
        "/api/directory/export.csv",
        "/api/directory/export.geojson",
        "/fr/search/?q=brouillon",
        "/fr/search/?q=priv%C3%A9e",
        "/fr/annuaire/",
    ]
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        assert "Brouillon C" not in text, url
        assert "brouillon-c" not in text, url
        assert "Page brouillon" not in text, url
        assert "Page privée" not in text, url
    assert client.get("/api/directory/organisations/brouillon-c/").status_code == 404
