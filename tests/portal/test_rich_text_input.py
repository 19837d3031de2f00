"""A rich-text field posted with something that is not a Draftail document (a script, a
broken client) gets a form error and saves nothing, never a server error (issue 17).

Every rich text of the admin goes through the same widget: a snippet's RichTextField
(an organisation's description), a page's RichTextField (the directory's introduction)
and a StreamField's RichTextBlock (a standard page's paragraph).
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.models import StandardPage
from tests.network.factories import OrganisationFactory
from tests.network.test_admin import form_data as organisation_form
from tests.search.factories import SearchablePageFactory

pytestmark = pytest.mark.django_db

NOT_A_DOCUMENT = [
    "not json",
    "<p>Du HTML</p>",
    "{",
    "[]",
    '"a string"',
    '{"blocks": 5}',
    '{"blocks": [{"text": 3}]}',
]
FRENCH_MESSAGE = (
    "Ce texte n'a pas pu être lu : il n'a pas été envoyé par l'éditeur. Saisissez-le à nouveau."
)
MESSAGE = FRENCH_MESSAGE.replace("'", "&#x27;")


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def stream_errors(html):
    """The StreamField's errors per block, as the admin hands them to its script."""
    widget = BeautifulSoup(html, "html.parser").select_one("[data-w-block-arguments-value]")
    _value, errors = json.loads(widget["data-w-block-arguments-value"])
    return errors["blockErrors"]


def revisions(obj):
    return obj.revisions.count()


@pytest.mark.parametrize("posted", NOT_A_DOCUMENT)
def test_an_organisation_description(admin_client, gazetteer, posted):
    organisation = OrganisationFactory(name="Structure d'origine", description="<p>Avant.</p>")
    before = revisions(organisation)
    url = reverse("wagtailsnippets_network_organisation:edit", args=[organisation.pk])
    response = admin_client.post(url, organisation_form(description=posted))
    assert response.status_code == 200  # the form again, with the error
    assert MESSAGE in response.content.decode()
    organisation.refresh_from_db()
    assert organisation.name == "Structure d'origine"
    assert organisation.description == "<p>Avant.</p>"
    assert revisions(organisation) == before


def page_form(page, **fields):
    data = {"title": page.title, "slug": page.slug, "summary": "", **fields}
    return nested_form_data(data)


@pytest.mark.parametrize("posted", NOT_A_DOCUMENT)
def test_a_page_rich_text_field(admin_client, directory, posted):
    page = directory["fr"]
    before = revisions(page)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(url, page_form(page, title="Changé", intro=posted))
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert Page.objects.get(pk=page.pk).title == page.title
    assert revisions(page) == before


@pytest.mark.parametrize("posted", NOT_A_DOCUMENT)
def test_a_stream_field_rich_text_block(admin_client, home, posted):
    page = SearchablePageFactory(parent=home["fr"], title="Une page", slug="une-page")
    before = revisions(page)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    body = streamfield([("paragraph", rich_text("<p>Bon.</p>")), ("paragraph", posted)])
    response = admin_client.post(url, page_form(page, title="Changé", body=body))
    assert response.status_code == 200
    assert stream_errors(response.content.decode()) == {"1": {"messages": [FRENCH_MESSAGE]}}
    assert StandardPage.objects.get(pk=page.pk).title == "Une page"
    assert revisions(page) == before


def test_a_well_formed_post_still_saves(admin_client, home):
    page = SearchablePageFactory(parent=home["fr"], title="Une page", slug="une-page")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = admin_client.get(url).content.decode()
    assert "wagtail.widgets.DraftailRichTextArea" in form  # the editor, as Wagtail's
    body = streamfield([("paragraph", rich_text("<p>Nouveau texte.</p>"))])
    response = admin_client.post(url, page_form(page, title="Changé", body=body))
    assert response.status_code == 302
    draft = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.title == "Changé"
    assert "Nouveau texte." in str(draft.body)
