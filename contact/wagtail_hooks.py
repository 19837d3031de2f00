from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from portal.spreadsheets import spreadsheet_cell

from .models import ContactRequest


class ContactRequestIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        """Readers write these cells: a CSV export quotes any a spreadsheet would run as a
        formula (Wagtail's XLSX export already writes them as text)."""
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_cell(value) if export_format == self.FORMAT_CSV else value


class ContactRequestViewSet(ModelViewSet):
    """Read-only listing with CSV/XLSX export, for whoever holds view_contactrequest."""

    model = ContactRequest
    index_view_class = ContactRequestIndexView
    icon = "mail"
    menu_label = _("Contact requests")
    add_to_admin_menu = True
    menu_order = 900
    list_display = [
        "created_at",
        "organisation_name",
        "name",
        "email",
        "requester_organisation",
        "email_failed",
    ]
    list_export = [
        "created_at",
        "organisation_name",
        "recipient_email",
        "name",
        "email",
        "requester_organisation",
        "message",
        "language",
        "email_failed",
    ]
    export_filename = "contact-requests"
    search_fields = ["name", "email", "organisation_name", "requester_organisation"]
    list_filter = ["created_at", "email_failed"]
    inspect_view_enabled = True
    form_fields = ["name", "email", "requester_organisation", "message"]


@hooks.register("register_admin_viewset")
def register_contact_requests():
    return ContactRequestViewSet("contact_requests")
