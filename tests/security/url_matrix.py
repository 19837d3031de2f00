"""Every URL pattern of the site, with its parameters filled from test objects.

The permission matrix (test_permission_matrix.py) walks the URL resolver rather than a
hand-written list, so a URL added by an app, a Wagtail upgrade or a new snippet cannot
escape it: a route that is neither in its expected table nor in its reasoned exclusions
fails the test.
"""

from dataclasses import dataclass
from uuid import uuid4

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Locale,
    PageViewRestriction,
    Site,
    Workflow,
)
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from contact.models import ContactRequest
from portal.models import ContactSettings, NavigationSettings
from tests.network.factories import NetworkFactory, ServiceFactory
from tests.portal.factories import (
    AudienceFactory,
    StandardPageFactory,
    TerritoryTypeFactory,
    ThemeFactory,
)

MISSING = 999999  # an id no object has, for objects the tests never need to exist

# Query strings a view needs to answer with its page rather than a 400.
QUERY_STRINGS = {"network_api:nearby": "?commune=42218"}


@dataclass(frozen=True)
class Route:
    route: str  # the pattern as written, prefixes included: the key of the matrix
    name: str | None  # "namespace:name", or None for unnamed patterns
    params: tuple[str, ...]


def all_routes():
    """Every URL pattern the project serves, in resolver order."""

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = pattern.name
                if name and namespace:
                    name = f"{namespace}:{name}"
                params = tuple(pattern.pattern.regex.groupindex)
                yield Route(prefix + str(pattern.pattern), name, params)

    return list(walk(get_resolver().url_patterns, "", None))


def png_bytes():
    import io

    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


# What the matrix looks for in every response body (test_permission_matrix.MARKERS), in
# ASCII so that JSON and HTML escaping leave them readable.
B_DRAFT = "Revision B en attente"  # in B's change waiting for moderation
PAGE_DRAFT = "Brouillon de page secret"  # the draft title of a live page
CONTACT = "lecteur@example.org"  # who wrote to B
# A page in each state a reader may not see (the chooser's rows name each).
PAGE_STATES = {
    "draft": "Page brouillon matrice",
    "login": "Page privee matrice",
    "password": "Page mot de passe matrice",
    "groups": "Page groupes matrice",
    "draft_section": "Section brouillon matrice",
    "under_draft": "Page sous brouillon matrice",
}


def hidden_pages(home):
    fr = home["fr"]
    pages = {
        "draft": StandardPageFactory(parent=fr, slug="brouillon-m", title=PAGE_STATES["draft"])
    }
    pages["draft"].unpublish()
    for kind in ("login", "password", "groups"):
        pages[kind] = StandardPageFactory(parent=fr, slug=f"{kind}-m", title=PAGE_STATES[kind])
        restriction = PageViewRestriction.objects.create(
            page=pages[kind], restriction_type=kind, password="s3cret-pass"
        )
        if kind == "groups":
            restriction.groups.add(Group.objects.get(name="Moderators"))
    pages["draft_section"] = StandardPageFactory(
        parent=fr, slug="section-m", title=PAGE_STATES["draft_section"]
    )
    pages["under_draft"] = StandardPageFactory(
        parent=pages["draft_section"], slug="sous-m", title=PAGE_STATES["under_draft"]
    )
    pages["draft_section"].unpublish()
    return pages


def build_objects(users, organisations, home):
    """One object of each kind a URL can name; organisation URLs name member B's entry."""
    entry_b = organisations["b"]
    page = StandardPageFactory(parent=home["fr"], slug="en-relecture", title="Page en relecture")
    page.title = PAGE_DRAFT
    page.save_revision(user=users["editor"])
    page.refresh_from_db()  # the live title again
    page_workflow = page.get_workflow() or Workflow.objects.create(name="Pages")
    page_state = page_workflow.start(page, users["editor"])
    # B's entry has a contact address (its contact form exists) and a draft under moderation.
    entry_b.email = "b@example.org"
    entry_b.save(update_fields=["email"])
    entry_b.description = f"<p>{B_DRAFT}</p>"
    entry_b.save_revision(user=users["member_b"])
    entry_b.refresh_from_db()  # the published description again
    entry_state = entry_b.get_workflow().start(entry_b, users["member_b"])
    site = Site.objects.get(is_default_site=True)
    # The settings' rows, which a first page view would create (a change of the database).
    NavigationSettings.for_site(site)
    ContactSettings.for_site(site)

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        uuid=uuid4(), source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(user=users["translator"])
    document = Document.objects.create(title="Doc", file=ContentFile(b"%PDF-1.4 data", "doc.pdf"))
    image = Image.objects.create(title="Image", file=ContentFile(png_bytes(), "image.png"))
    collection = Collection.get_first_root_node().add_child(name="Partenaires")
    contact = ContactRequest.objects.create(
        organisation=entry_b,
        organisation_name=entry_b.name,
        recipient_email="b@example.org",
        name="Lecteur",
        email=CONTACT,
        message="Bonjour",
        language="fr",
    )
    session = EditingSession.objects.create(
        user=users["member_b"],
        content_type=ContentType.objects.get_for_model(entry_b),
        object_id=str(entry_b.pk),
        last_seen_at=timezone.now(),
    )
    task = GroupApprovalTask.objects.get(name="Directory moderation")
    string_segment = StringSegment.objects.filter(source=source).first()

    vocabularies = {
        "network_network": NetworkFactory(),
        "network_service": ServiceFactory(),
        "portal_theme": ThemeFactory(),
        "portal_audience": AudienceFactory(),
        "portal_territorytype": TerritoryTypeFactory(),
    }
    by_namespace = {
        f"{prefix}_{name}": {"pk": term.pk}
        for name, term in vocabularies.items()
        for prefix in ("wagtailsnippets", "wagtailsnippetchoosers")
    }
    by_namespace |= {
        "wagtailadmin_pages": {
            "pk": page.pk,
            "revision_id": page.latest_revision.pk,
            "task_state_id": page_state.current_task_state.pk,
            "workflow_state_id": page_state.pk,
            "task_id": page_state.current_task_state.task_id,
        },
        "wagtailsnippets_network_organisation": {
            "pk": entry_b.pk,
            "revision_id": entry_b.latest_revision.pk,
            "task_state_id": entry_state.current_task_state.pk,
            "workflow_state_id": entry_state.pk,
            "task_id": task.pk,
        },
        "wagtailsnippetchoosers_network_organisation": {"pk": entry_b.pk},
        "commune_chooser": {"pk": "42218"},
        "contact_requests": {"pk": contact.pk},
        "wagtaillocales": {"pk": Locale.objects.get(language_code="en").pk},
        "wagtailsites": {"pk": site.pk},
        "wagtailusers_users": {"pk": users["member_b"].pk},
        "wagtailusers_groups": {"pk": Group.objects.get(name="Network members").pk},
        "wagtailadmin_collections": {"pk": collection.pk},
        "wagtailadmin_workflows": {
            "pk": page_workflow.pk,
            "workflow_pk": page_workflow.pk,
            "task_id": task.pk,
        },
        "wagtailadmin_api:pages": {"pk": page.pk},
        "wagtailadmin_api:documents": {"pk": document.pk},
        "wagtailadmin_api:images": {"pk": image.pk},
        "wagtaildocs_chooser": {"pk": document.pk},
        "wagtailimages_chooser": {"pk": image.pk},
        "wagtailsettings": {
            "app_name": "portal",
            "model_name": "navigationsettings",
            "pk": site.pk,
        },
        "wagtailadmin_workflows:add_task": {
            "app_label": "wagtailcore",
            "model_name": "groupapprovaltask",
        },
        "wagtailadmin_workflows:edit_task": {"pk": task.pk},
        "wagtailadmin_tag_model_autocomplete": {"app_name": "taggit", "model_name": "tag"},
        "wagtailadmin_pages:choose_parent": {"app_label": "portal", "model_name": "standardpage"},
    }
    defaults = {
        "page_id": page.pk,
        "parent_page_id": home["fr"].pk,
        "page_to_move_id": page.pk,
        "destination_id": home["fr"].pk,
        "page_pk": page.pk,
        "pk": entry_b.pk,
        "content_type_app_name": "portal",
        "content_type_model_name": "standardpage",
        "app_label": "network",
        "model_name": "organisation",
        "app_name": "wagtaildocs",
        "object_id": str(entry_b.pk),
        "session_id": session.pk,
        "action": "delete",
        "action_name": "approve",
        "revision_id": page.latest_revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "collection_id": collection.pk,
        "translation_source_id": source.pk,
        "translation_id": translation.pk,
        "string_segment_id": string_segment.pk if string_segment else MISSING,
        "overridable_segment_id": MISSING,
        "mode": "default",
        "query_id": Query.get("atelier").pk,
        "redirect_id": MISSING,
        "document_id": document.pk,
        "doc_id": document.pk,
        "image_id": image.pk,
        "uploaded_file_id": MISSING,
        "filter_spec": "max-100x100",
        "uidb64": "MQ",
        "token": "invalid-token",
        "restriction_id": MISSING,
        "page_view_restriction_id": MISSING,
        "slug": entry_b.slug,
    }
    bulk_ids = {
        "auth.user": users["member_b"].pk,
        "network.organisation": entry_b.pk,
        "wagtailcore.page": page.pk,
        "wagtaildocs.document": document.pk,
        "wagtailimages.image": image.pk,
    } | {name.replace("_", ".", 1): term.pk for name, term in vocabularies.items()}
    return {
        "by_namespace": by_namespace,
        "defaults": defaults,
        "bulk_ids": bulk_ids,
        "document": document,
        "page": page,
        "hidden_pages": hidden_pages(home),
        "entry_state": entry_state,
        "session": session,
    }


def bulk_action_urls(objects):
    """Every registered bulk action, asked for the object of its model the matrix names."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    bulk_action_registry.get_bulk_actions_for_model("", "")  # fills the registry
    urls = {}
    for app_label, models in sorted(bulk_action_registry.actions.items()):
        for model_name, actions in sorted(models.items()):
            pk = objects["bulk_ids"][f"{app_label}.{model_name}"]
            for action in sorted(actions):
                urls[f"bulk {app_label}.{model_name} {action}"] = (
                    f"/admin/bulk/{app_label}/{model_name}/{action}/?id={pk}"
                )
    return urls


def value_for(objects, route, param):
    name = route.name or ""
    for namespace in (name, name.rsplit(":", 1)[0]):
        found = objects["by_namespace"].get(namespace, {})
        if param in found:
            return found[param]
    return objects["defaults"][param]


def url_for(objects, route, fixed_urls):
    """The URL to request for this route: fixed for unnamed ones, else reversed."""
    if route.route in fixed_urls:
        return fixed_urls[route.route]
    kwargs = {param: value_for(objects, route, param) for param in route.params}
    return reverse(route.name, kwargs=kwargs) + QUERY_STRINGS.get(route.name, "")
