from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ContactRequest


class ContactRequestViewSet(ModelViewSet):
    """Read-only listing with CSV/XLSX export, for whoever holds view_contactrequest."""

    model = ContactRequest
    icon = "mail"
    menu_label = _("Contact requests")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["created_at", "organisation_name", "name", "email", "requester_organisation"]
    list_export = [
        "created_at",
        "organisation_name",
        "recipient_email",
        "name",
        "email",
        "requester_organisation",
        "message",
        "language",
    ]
    export_filename = "contact-requests"
    search_fields = ["name", "email", "organisation_name", "requester_organisation"]
    list_filter = ["created_at"]
    inspect_view_enabled = True
    form_fields = ["name", "email", "requester_organisation", "message"]


@hooks.register("register_admin_viewset")
def register_contact_requests():
    return ContactRequestViewSet("contact_requests")
