"""Directory tools in the Wagtail admin: spreadsheet import, coverage gaps, freshness.

Registered by network/wagtail_hooks.py under /admin/directory/. Each view checks its own
permission: the admin's login wrapper only guarantees a user with admin access.
"""

import base64

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from territories.svgmap import departement_names, render_departement_map

from . import coverage
from .importer import ImportFileError, apply, plan, read_rows
from .models import OrganisationKind

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SESSION_KEY = "network_import_file"

IMPORT_PERMISSIONS = ("network.add_organisation", "network.publish_organisation")


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.csv or .xlsx)"),
        help_text=gettext_lazy("At most 5 MB. The first row names the columns."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        return upload


class ImportView(WagtailAdminTemplateMixin, View):
    """Upload → dry-run report → confirm. Nothing is written before the confirmation,
    and the confirmation re-checks the file against the current data."""

    template_name = "network/admin/import.html"
    page_title = gettext_lazy("Import organisations")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(IMPORT_PERMISSIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            report = plan(read_rows(content, upload.name))
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        # Kept in the session (not in media storage, which may be public) until confirmed.
        request.session[SESSION_KEY] = {
            "name": upload.name,
            "content": base64.b64encode(content).decode("ascii"),
        }
        return self.render_to_response(
            self.get_context_data(form=UploadForm(), report=report, filename=upload.name)
        )

    def confirm(self, request):
        stored = request.session.get(SESSION_KEY)
        if not stored:
            messages.error(request, _("The uploaded file has expired: upload it again."))
            return redirect("network_import")
        content = base64.b64decode(stored["content"])
        try:
            report = plan(read_rows(content, stored["name"]))
            if report.can_apply:
                apply(report, user=request.user)
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect("network_import")
        if not report.applied:
            return self.render_to_response(
                self.get_context_data(form=UploadForm(), report=report, filename=stored["name"])
            )
        del request.session[SESSION_KEY]
        messages.success(
            request,
            _("Imported: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
            % {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
            },
        )
        return redirect(reverse("network_import"))


# Coverage gaps ("zones blanches") and freshness --------------------------------------------

REVIEW_PERMISSION = "network.change_organisation"


class ReviewPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GapsForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind of structure"),
        choices=[("", gettext_lazy("Any kind"))] + list(OrganisationKind.choices),
        required=False,
    )
    without_national = forms.BooleanField(
        label=gettext_lazy("Leave out national structures"),
        help_text=gettext_lazy("A national structure covers every commune."),
        required=False,
    )
    department = forms.ChoiceField(label=gettext_lazy("Département"), required=False)
    page = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    def __init__(self, data):
        super().__init__(data)
        self.fields["department"].choices = [("", gettext_lazy("All"))] + [
            (code, f"{code} {name}") for code, name in departement_names().items()
        ]


class CoverageGapsView(ReviewPermissionMixin, WagtailAdminTemplateMixin, View):
    """The départements and communes that no active, published structure covers."""

    template_name = "network/admin/gaps.html"
    page_title = gettext_lazy("Coverage gaps")
    header_icon = "warning"
    per_page = 50

    def get(self, request):
        form = GapsForm(request.GET or None)
        data = form.cleaned_data if form.is_valid() else {}  # bad values: the defaults
        gaps = coverage.coverage(
            kind=data.get("kind") or None, include_national=not data.get("without_national")
        )
        communes = gaps.uncovered_communes(data.get("department") or None)
        paginator = Paginator(communes, self.per_page)
        page = paginator.get_page(data.get("page") or 1)
        params = request.GET.copy()
        params.pop("page", None)
        params.pop("department", None)
        base_query = params.urlencode()
        link = f"?{base_query}&department={{code}}" if base_query else "?department={code}"
        svg_map = render_departement_map(
            gaps.structures_per_department,
            link,
            title=_("Structures covering each département (0: a gap)"),
            legend_label=_("structures"),
            id_prefix="gaps-map",
        )
        context = self.get_context_data(
            form=form,
            gaps=gaps,
            uncovered_departments=gaps.uncovered_departments(),
            communes_page=page,
            svg_map=svg_map,
            page_query=request.GET.copy(),
        )
        return self.render_to_response(context)


class StaleEntriesView(ReviewPermissionMixin, WagtailAdminTemplateMixin, View):
    """Entries not verified for PORTAL_VERIFICATION_MAX_AGE_DAYS days (or never)."""

    template_name = "network/admin/stale.html"
    page_title = gettext_lazy("Entries to verify")
    header_icon = "time"
    per_page = 50

    def get(self, request):
        cutoff = coverage.verification_cutoff()
        entries = coverage.stale_entries(cutoff)
        page = Paginator(entries, self.per_page).get_page(request.GET.get("p"))
        for organisation in page.object_list:
            organisation.edit_url = reverse(
                "wagtailsnippets_network_organisation:edit", args=[organisation.pk]
            )
        return self.render_to_response(
            self.get_context_data(
                page=page,
                cutoff=cutoff,
                max_age=settings.PORTAL_VERIFICATION_MAX_AGE_DAYS,
                total=page.paginator.count,
            )
        )
