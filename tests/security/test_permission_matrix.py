"""Who reaches what: every URL pattern of the site × every role.

The rows come from the URL resolver (tests/security/url_matrix.py), not from a list kept
by hand: every admin URL (Wagtail's, wagtail-localize's, the project's snippets, reports,
choosers, previews, drafts, revisions, workflow actions), every bulk action registered,
every API endpoint and export, the public URLs. A URL that is neither in EXPECTED nor in
EXCLUDED fails test_every_url_pattern_has_expectations, so a new app, snippet or Wagtail
upgrade cannot add an unchecked URL.

URLs naming an organisation name member B's entry (with a draft waiting for moderation);
URLs naming a page name a page with a draft in the page workflow. Each cell is the status
of a GET by that role:
  200 the page; 302 to the login page (anonymous) or, signed in without the permission,
  back to the dashboard with a message; 405 the URL only accepts POST (its POST is checked
  by Wagtail's own permission checks, and for member A against B's entry below);
  400/404 the view answers for a missing or invalid parameter; 500 only for Wagtail's
  deliberate error test page.
"""

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from network.models import Organisation
from tests.portal.factories import StandardPageFactory
from tests.security.url_matrix import all_routes, build_objects, bulk_action_urls, url_for

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "member_a",
    "member_b",
    "editor",
    "translator",
    "moderator",
    "directory_manager",
    "superuser",
)

# Rows that recur, named after who gets the page (columns in the order of ROLES).
# fmt: off
PUBLIC =              (200, 200, 200, 200, 200, 200, 200, 200)
CLOSED =              (302, 302, 302, 302, 302, 302, 302, 302)  # nobody by GET (a redirect)
EVERY_ADMIN_USER =    (302, 200, 200, 200, 200, 200, 200, 200)
STAFF =               (302, 302, 302, 200, 200, 200, 200, 200)  # all but network members
STAFF_POST_ONLY =     (302, 302, 302, 405, 405, 405, 405, 405)
MEMBERS_POST_ONLY =   (302, 405, 405, 405, 405, 405, 405, 405)
PAGE_EDITORS =        (302, 302, 302, 200, 200, 200, 302, 200)  # editor, translator, moderator
PAGE_MODERATORS =     (302, 302, 302, 302, 302, 200, 302, 200)
B_AND_ORG_EDITORS =   (302, 302, 200, 302, 200, 200, 200, 200)  # member B, not member A
ORG_MODERATORS =      (302, 302, 302, 302, 302, 200, 200, 200)
ORG_STAFF =           (302, 302, 302, 302, 200, 200, 200, 200)  # change_organisation
ORG_CHOOSERS =        (302, 302, 302, 200, 200, 200, 200, 200)
DIRECTORY_MANAGERS =  (302, 302, 302, 302, 302, 302, 200, 200)
CONTACT_READERS =     (302, 302, 302, 302, 302, 200, 200, 200)
SUPERUSER =           (302, 302, 302, 302, 302, 302, 302, 200)
SUPERUSER_POST_ONLY = (302, 302, 302, 302, 302, 302, 302, 405)
DOCUMENT_EDITORS =    (302, 302, 302, 200, 302, 200, 302, 200)  # editor, moderator
IMAGE_UPLOADERS =     (302, 200, 200, 200, 302, 200, 200, 200)  # all but translators
IMAGE_EDITORS =       (302, 302, 302, 200, 302, 200, 200, 200)  # members: their own uploads only
ORGANISATION_LISTING = (302, 200, 200, 302, 200, 200, 200, 200)  # members see their entries
ORG_TRANSLATORS =     (302, 302, 302, 302, 200, 200, 302, 200)  # submit_translation + change
SEARCH_REPORTS =      (302, 302, 302, 200, 302, 200, 200, 200)  # portal_search.view_querystat
# fmt: on

# Routes not requested, and why.
EXCLUDED = {
    "admin/logout/": (
        "POST only; a GET is refused (405) but Wagtail deletes the session cookie anyway, "
        "which would sign out the rest of the row. Logging out is covered by the admin's "
        "own tests and test_login_protection."
    ),
}

# fmt: off
EXPECTED = {
    # admin/api/main/ -------------------------------------------------------------------------
    "admin/api/main/^pages/": STAFF,
    "admin/api/main/^pages/<int:pk>/": PAGE_EDITORS,
    "admin/api/main/^pages/find/": CLOSED,
    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/": STAFF_POST_ONLY,
    "admin/api/main/^documents/": STAFF,
    "admin/api/main/^documents/<int:pk>/": STAFF,
    "admin/api/main/^documents/find/": CLOSED,
    "admin/api/main/^images/": STAFF,
    "admin/api/main/^images/<int:pk>/": STAFF,
    "admin/api/main/^images/find/": CLOSED,
    # admin/pages/ ----------------------------------------------------------------------------
    "admin/pages/": PAGE_EDITORS,
    "admin/pages/<int:parent_page_id>/": PAGE_EDITORS,
    "admin/pages/<int:parent_page_id>/results/": PAGE_EDITORS,
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/": PAGE_EDITORS,  # noqa: E501
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/": PAGE_EDITORS,  # noqa: E501
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": PAGE_EDITORS,
    "admin/pages/create/<slug:app_label>/<slug:model_name>": STAFF,  # empty for dirmgr
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": PAGE_EDITORS,  # noqa: E501
    "admin/pages/<int:page_id>/usage/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/edit/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/edit/preview/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/view_draft/": PAGE_EDITORS,
    "admin/pages/<int:parent_page_id>/add_subpage/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/delete/": PAGE_MODERATORS,
    "admin/pages/<int:page_id>/unpublish/": PAGE_MODERATORS,
    "admin/pages/<int:page_id>/convert_alias/": CLOSED,
    "admin/pages/search/": PAGE_EDITORS,
    "admin/pages/search/results/": PAGE_EDITORS,
    "admin/pages/<int:page_to_move_id>/move/": PAGE_MODERATORS,
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": STAFF,
    "admin/pages/<int:page_to_move_id>/set_position/": STAFF_POST_ONLY,
    "admin/pages/<int:page_id>/copy/": PAGE_EDITORS,
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": PAGE_MODERATORS,  # noqa: E501
    "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/": PAGE_MODERATORS,  # noqa: E501
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": STAFF,
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/": PAGE_MODERATORS,
    "admin/pages/<int:page_id>/privacy/": PAGE_MODERATORS,
    "admin/pages/<int:page_id>/lock/": STAFF_POST_ONLY,
    "admin/pages/<int:page_id>/unlock/": STAFF_POST_ONLY,
    "admin/pages/<int:page_id>/revisions/": CLOSED,
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": PAGE_MODERATORS,
    r"admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$": PAGE_EDITORS,  # noqa: E501
    "admin/pages/<int:page_id>/workflow_history/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/history/": PAGE_EDITORS,
    "admin/pages/<int:page_id>/history/results/": PAGE_EDITORS,
    # admin/choose- ---------------------------------------------------------------------------
    "admin/choose-page/": EVERY_ADMIN_USER,
    "admin/choose-page/<int:parent_page_id>/": EVERY_ADMIN_USER,
    "admin/choose-page/search/": EVERY_ADMIN_USER,
    "admin/choose-page/chosen-multiple/": STAFF,
    "admin/choose-external-link/": EVERY_ADMIN_USER,
    "admin/choose-email-link/": EVERY_ADMIN_USER,
    "admin/choose-phone-link/": EVERY_ADMIN_USER,
    "admin/choose-anchor-link/": EVERY_ADMIN_USER,
    # admin/collections/ ----------------------------------------------------------------------
    "admin/collections/": SUPERUSER,
    "admin/collections/add/": SUPERUSER,
    "admin/collections/<int:pk>/": SUPERUSER,
    "admin/collections/<int:pk>/delete/": SUPERUSER,
    "admin/collections/<int:collection_id>/privacy/": SUPERUSER,
    # admin/workflows/ ------------------------------------------------------------------------
    "admin/workflows/list/": SUPERUSER,
    "admin/workflows/list/results/": SUPERUSER,
    "admin/workflows/add/": SUPERUSER,
    "admin/workflows/enable/<int:pk>/": STAFF_POST_ONLY,
    "admin/workflows/disable/<int:pk>/": SUPERUSER,
    "admin/workflows/edit/<int:pk>/": SUPERUSER,
    "admin/workflows/usage/<int:pk>/": SUPERUSER,
    "admin/workflows/usage/<int:pk>/results/": SUPERUSER,
    "admin/workflows/remove/<int:page_pk>/": STAFF_POST_ONLY,
    "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/": STAFF_POST_ONLY,
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": SUPERUSER,
    "admin/workflows/tasks/select_type/": CLOSED,
    "admin/workflows/tasks/index/": SUPERUSER,
    "admin/workflows/tasks/index/results/": SUPERUSER,
    "admin/workflows/tasks/edit/<int:pk>/": SUPERUSER,
    "admin/workflows/tasks/disable/<int:pk>/": SUPERUSER,
    "admin/workflows/tasks/enable/<int:pk>/": STAFF_POST_ONLY,
    "admin/workflows/task_chooser/": STAFF,
    "admin/workflows/task_chooser/results/": STAFF,
    "admin/workflows/task_chooser/create/": STAFF,
    "admin/workflows/task_chooser/<int:task_id>/": STAFF,
    # admin/reports/searches/ -----------------------------------------------------------------
    "admin/reports/searches/popular/": SEARCH_REPORTS,
    "admin/reports/searches/popular/results/": SEARCH_REPORTS,
    "admin/reports/searches/fruitless/": SEARCH_REPORTS,
    "admin/reports/searches/fruitless/results/": SEARCH_REPORTS,
    # admin/reports/ --------------------------------------------------------------------------
    "admin/reports/locked/": PAGE_MODERATORS,
    "admin/reports/locked/results/": PAGE_MODERATORS,
    "admin/reports/workflow/": PAGE_EDITORS,
    "admin/reports/workflow/results/": PAGE_EDITORS,
    "admin/reports/workflow_tasks/": PAGE_EDITORS,
    "admin/reports/workflow_tasks/results/": PAGE_EDITORS,
    "admin/reports/site-history/": STAFF,
    "admin/reports/site-history/results/": STAFF,
    "admin/reports/aging-pages/": PAGE_EDITORS,
    "admin/reports/aging-pages/results/": PAGE_EDITORS,
    "admin/reports/page-types-usage/": PAGE_EDITORS,
    "admin/reports/page-types-usage/results/": PAGE_EDITORS,
    # admin/directory/ ------------------------------------------------------------------------
    "admin/directory/import/": DIRECTORY_MANAGERS,
    "admin/directory/gaps/": ORG_STAFF,
    "admin/directory/to-verify/": ORG_STAFF,
    # admin/two-factor/ -----------------------------------------------------------------------
    "admin/two-factor/": EVERY_ADMIN_USER,
    "admin/two-factor/verify/": CLOSED,
    "admin/two-factor/disable/": MEMBERS_POST_ONLY,
    # admin/localize/ -------------------------------------------------------------------------
    "admin/localize/jsi18n/": STAFF,
    "admin/localize/submit/page/<int:page_id>/": PAGE_EDITORS,
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": ORG_TRANSLATORS,
    "admin/localize/update/<int:translation_source_id>/": PAGE_EDITORS,
    "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/": STAFF_POST_ONLY,  # noqa: E501
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": STAFF_POST_ONLY,  # noqa: E501
    "admin/localize/translate/<int:translation_id>/pofile/download/": PAGE_EDITORS,
    "admin/localize/translate/<int:translation_id>/pofile/upload/": STAFF_POST_ONLY,
    "admin/localize/translate/<int:translation_id>/machine_translate/": STAFF_POST_ONLY,
    "admin/localize/translate/<int:translation_id>/preview/": PAGE_EDITORS,
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": CLOSED,
    "admin/localize/translate/<int:translation_id>/disable/": STAFF_POST_ONLY,
    "admin/localize/page/<int:page_id>/convert_to_alias/": CLOSED,
    "admin/localize/reports/translations/": STAFF,
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": STAFF,
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": STAFF,
    "admin/localize/reports/translations/results/": STAFF,
    # admin/redirects/ ------------------------------------------------------------------------
    "admin/redirects/": SUPERUSER,
    "admin/redirects/results/": SUPERUSER,
    "admin/redirects/add/": SUPERUSER,
    "admin/redirects/<int:redirect_id>/": CLOSED,
    "admin/redirects/<int:redirect_id>/delete/": CLOSED,
    "admin/redirects/import/": SUPERUSER,
    "admin/redirects/import/process/": SUPERUSER_POST_ONLY,
    # admin/settings/ -------------------------------------------------------------------------
    "admin/settings/<slug:app_name>/<slug:model_name>/": CLOSED,
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": SUPERUSER,
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": CLOSED,
    # admin/searchpicks/ ----------------------------------------------------------------------
    "admin/searchpicks/": SUPERUSER,
    "admin/searchpicks/results/": SUPERUSER,
    "admin/searchpicks/add/": SUPERUSER,
    "admin/searchpicks/<int:query_id>/": SUPERUSER,
    "admin/searchpicks/<int:query_id>/delete/": SUPERUSER,
    "admin/searchpicks/queries/chooser/": STAFF,
    "admin/searchpicks/queries/chooser/results/": STAFF,
    "admin/searchpicks/reports/search-terms/": SUPERUSER,
    "admin/searchpicks/reports/search-terms/results/": SUPERUSER,
    # admin/embeds/ ---------------------------------------------------------------------------
    "admin/embeds/chooser/": EVERY_ADMIN_USER,
    "admin/embeds/chooser/upload/": EVERY_ADMIN_USER,
    # admin/documents/chooser/ ----------------------------------------------------------------
    "admin/documents/chooser/": STAFF,
    "admin/documents/chooser/results/": STAFF,
    "admin/documents/chooser/chosen/<str:pk>/": STAFF,
    "admin/documents/chooser/chosen-multiple/": STAFF,
    "admin/documents/chooser/create/": DOCUMENT_EDITORS,
    # admin/documents/ ------------------------------------------------------------------------
    "admin/documents/": DOCUMENT_EDITORS,
    "admin/documents/results/": DOCUMENT_EDITORS,
    "admin/documents/add/": DOCUMENT_EDITORS,
    "admin/documents/edit/<int:document_id>/": DOCUMENT_EDITORS,
    "admin/documents/delete/<int:document_id>/": DOCUMENT_EDITORS,
    "admin/documents/multiple/add/": DOCUMENT_EDITORS,
    "admin/documents/multiple/<int:doc_id>/": STAFF_POST_ONLY,
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": STAFF_POST_ONLY,  # noqa: E501
    "admin/documents/multiple/<int:doc_id>/delete/": STAFF_POST_ONLY,
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": STAFF_POST_ONLY,
    "admin/documents/usage/<int:document_id>/": DOCUMENT_EDITORS,
    # admin/images/chooser/ -------------------------------------------------------------------
    "admin/images/chooser/": EVERY_ADMIN_USER,
    "admin/images/chooser/results/": EVERY_ADMIN_USER,
    "admin/images/chooser/chosen/<str:pk>/": EVERY_ADMIN_USER,
    "admin/images/chooser/chosen-multiple/": EVERY_ADMIN_USER,
    "admin/images/chooser/create/": IMAGE_UPLOADERS,
    "admin/images/chooser/<int:image_id>/select_format/": EVERY_ADMIN_USER,
    # admin/images/ ---------------------------------------------------------------------------
    "admin/images/": IMAGE_UPLOADERS,
    "admin/images/results/": IMAGE_UPLOADERS,
    "admin/images/<int:image_id>/": IMAGE_EDITORS,
    "admin/images/<int:image_id>/delete/": IMAGE_EDITORS,
    "admin/images/<int:image_id>/generate_url/": CLOSED,
    "admin/images/<int:image_id>/generate_url/output/": CLOSED,
    "admin/images/<int:image_id>/preview/<str:filter_spec>/": IMAGE_EDITORS,
    "admin/images/add/": IMAGE_UPLOADERS,
    "admin/images/usage/<int:image_id>/": IMAGE_EDITORS,
    "admin/images/multiple/add/": IMAGE_UPLOADERS,
    "admin/images/multiple/<int:image_id>/": MEMBERS_POST_ONLY,
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": MEMBERS_POST_ONLY,
    "admin/images/multiple/<int:image_id>/delete/": MEMBERS_POST_ONLY,
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": MEMBERS_POST_ONLY,
    # admin/snippets/network/organisation/ ----------------------------------------------------
    "admin/snippets/network/organisation/": ORGANISATION_LISTING,
    "admin/snippets/network/organisation/results/": ORGANISATION_LISTING,
    "admin/snippets/network/organisation/add/": DIRECTORY_MANAGERS,
    "admin/snippets/network/organisation/edit/<int:pk>/": B_AND_ORG_EDITORS,
    "admin/snippets/network/organisation/delete/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/organisation/usage/<int:pk>/": B_AND_ORG_EDITORS,
    "admin/snippets/network/organisation/history/<int:pk>/": B_AND_ORG_EDITORS,
    "admin/snippets/network/organisation/history-results/<int:pk>/": B_AND_ORG_EDITORS,
    "admin/snippets/network/organisation/copy/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/organisation/preview/": DIRECTORY_MANAGERS,
    "admin/snippets/network/organisation/preview/<int:pk>/": B_AND_ORG_EDITORS,
    "admin/snippets/network/organisation/history/<int:pk>/revisions/<int:revision_id>/view/": B_AND_ORG_EDITORS,  # noqa: E501
    "admin/snippets/network/organisation/history/<int:pk>/revisions/<int:revision_id>/revert/": B_AND_ORG_EDITORS,  # noqa: E501
    r"admin/snippets/network/organisation/history/(?P<pk>.+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$": B_AND_ORG_EDITORS,  # noqa: E501
    "admin/snippets/network/organisation/history/<int:pk>/revisions/<int:revision_id>/unschedule/": ORG_MODERATORS,  # noqa: E501
    "admin/snippets/network/organisation/unpublish/<int:pk>/": ORG_MODERATORS,
    "admin/snippets/network/organisation/lock/<int:pk>/": (302, 302, 302, 302, 302, 405, 405, 405),
    "admin/snippets/network/organisation/unlock/<int:pk>/": SUPERUSER_POST_ONLY,
    "admin/snippets/network/organisation/workflow/action/<int:pk>/<slug:action_name>/<int:task_state_id>/": ORG_MODERATORS,  # noqa: E501
    "admin/snippets/network/organisation/workflow/collect_action_data/<int:pk>/<slug:action_name>/<int:task_state_id>/": ORG_MODERATORS,  # noqa: E501
    "admin/snippets/network/organisation/workflow/confirm_cancellation/<int:pk>/": B_AND_ORG_EDITORS,  # noqa: E501
    "admin/snippets/network/organisation/workflow_history/<int:pk>/": B_AND_ORG_EDITORS,
    "admin/snippets/network/organisation/workflow_history/<int:pk>/detail/<int:workflow_state_id>/": B_AND_ORG_EDITORS,  # noqa: E501
    "admin/snippets/network/organisation/workflow/preview/<int:pk>/<int:task_id>/": ORG_MODERATORS,
    # admin/snippets/choose/network/organisation/ ---------------------------------------------
    "admin/snippets/choose/network/organisation/": STAFF,
    "admin/snippets/choose/network/organisation/results/": STAFF,
    "admin/snippets/choose/network/organisation/chosen/<str:pk>/": STAFF,
    "admin/snippets/choose/network/organisation/chosen-multiple/": STAFF,
    "admin/snippets/choose/network/organisation/create/": DIRECTORY_MANAGERS,
    # admin/snippets/ -------------------------------------------------------------------------
    "admin/snippets/": CLOSED,
    "admin/snippets/portal/theme/": SUPERUSER,
    "admin/snippets/portal/theme/results/": SUPERUSER,
    "admin/snippets/portal/theme/add/": SUPERUSER,
    "admin/snippets/portal/theme/edit/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/theme/delete/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/theme/usage/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/theme/history/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/theme/history-results/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/theme/copy/<int:pk>/": SUPERUSER,
    "admin/snippets/choose/portal/theme/": STAFF,
    "admin/snippets/choose/portal/theme/results/": STAFF,
    "admin/snippets/choose/portal/theme/chosen/<str:pk>/": STAFF,
    "admin/snippets/choose/portal/theme/chosen-multiple/": STAFF,
    "admin/snippets/choose/portal/theme/create/": SUPERUSER,
    "admin/snippets/portal/audience/": SUPERUSER,
    "admin/snippets/portal/audience/results/": SUPERUSER,
    "admin/snippets/portal/audience/add/": SUPERUSER,
    "admin/snippets/portal/audience/edit/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/audience/delete/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/audience/usage/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/audience/history/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/audience/history-results/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/audience/copy/<int:pk>/": SUPERUSER,
    "admin/snippets/choose/portal/audience/": STAFF,
    "admin/snippets/choose/portal/audience/results/": STAFF,
    "admin/snippets/choose/portal/audience/chosen/<str:pk>/": STAFF,
    "admin/snippets/choose/portal/audience/chosen-multiple/": STAFF,
    "admin/snippets/choose/portal/audience/create/": SUPERUSER,
    "admin/snippets/portal/territorytype/": SUPERUSER,
    "admin/snippets/portal/territorytype/results/": SUPERUSER,
    "admin/snippets/portal/territorytype/add/": SUPERUSER,
    "admin/snippets/portal/territorytype/edit/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/territorytype/delete/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/territorytype/usage/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/territorytype/history/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/territorytype/history-results/<int:pk>/": SUPERUSER,
    "admin/snippets/portal/territorytype/copy/<int:pk>/": SUPERUSER,
    "admin/snippets/choose/portal/territorytype/": STAFF,
    "admin/snippets/choose/portal/territorytype/results/": STAFF,
    "admin/snippets/choose/portal/territorytype/chosen/<str:pk>/": STAFF,
    "admin/snippets/choose/portal/territorytype/chosen-multiple/": STAFF,
    "admin/snippets/choose/portal/territorytype/create/": SUPERUSER,
    "admin/snippets/network/network/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/results/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/add/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/edit/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/delete/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/usage/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/history/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/history-results/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/network/copy/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/choose/network/network/": STAFF,
    "admin/snippets/choose/network/network/results/": STAFF,
    "admin/snippets/choose/network/network/chosen/<str:pk>/": STAFF,
    "admin/snippets/choose/network/network/chosen-multiple/": STAFF,
    "admin/snippets/choose/network/network/create/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/results/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/add/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/edit/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/delete/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/usage/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/history/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/history-results/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/network/service/copy/<int:pk>/": DIRECTORY_MANAGERS,
    "admin/snippets/choose/network/service/": STAFF,
    "admin/snippets/choose/network/service/results/": STAFF,
    "admin/snippets/choose/network/service/chosen/<str:pk>/": STAFF,
    "admin/snippets/choose/network/service/chosen-multiple/": STAFF,
    "admin/snippets/choose/network/service/create/": DIRECTORY_MANAGERS,
    # admin/commune_chooser/ ------------------------------------------------------------------
    "admin/commune_chooser/": EVERY_ADMIN_USER,
    "admin/commune_chooser/results/": EVERY_ADMIN_USER,
    "admin/commune_chooser/chosen/<str:pk>/": EVERY_ADMIN_USER,
    "admin/commune_chooser/chosen-multiple/": EVERY_ADMIN_USER,
    "admin/commune_chooser/create/": SUPERUSER,
    # admin/contact_requests/ -----------------------------------------------------------------
    "admin/contact_requests/": ORG_MODERATORS,
    "admin/contact_requests/results/": ORG_MODERATORS,
    "admin/contact_requests/new/": SUPERUSER,
    "admin/contact_requests/edit/<int:pk>/": SUPERUSER,
    "admin/contact_requests/delete/<int:pk>/": SUPERUSER,
    "admin/contact_requests/history/<int:pk>/": SUPERUSER,
    "admin/contact_requests/history-results/<int:pk>/": SUPERUSER,
    "admin/contact_requests/usage/<int:pk>/": SUPERUSER,
    "admin/contact_requests/inspect/<int:pk>/": ORG_MODERATORS,
    "admin/contact_requests/copy/<int:pk>/": SUPERUSER,
    # admin/locales/ --------------------------------------------------------------------------
    "admin/locales/": SUPERUSER,
    "admin/locales/results/": SUPERUSER,
    "admin/locales/new/": SUPERUSER,
    "admin/locales/edit/<int:pk>/": SUPERUSER,
    "admin/locales/delete/<int:pk>/": SUPERUSER,
    "admin/locales/history/<int:pk>/": SUPERUSER,
    "admin/locales/history-results/<int:pk>/": SUPERUSER,
    "admin/locales/usage/<int:pk>/": SUPERUSER,
    "admin/locales/copy/<int:pk>/": SUPERUSER,
    # admin/sites/ ----------------------------------------------------------------------------
    "admin/sites/": SUPERUSER,
    "admin/sites/results/": SUPERUSER,
    "admin/sites/new/": SUPERUSER,
    "admin/sites/edit/<int:pk>/": SUPERUSER,
    "admin/sites/delete/<int:pk>/": SUPERUSER,
    "admin/sites/history/<int:pk>/": SUPERUSER,
    "admin/sites/history-results/<int:pk>/": SUPERUSER,
    "admin/sites/usage/<int:pk>/": SUPERUSER,
    "admin/sites/copy/<int:pk>/": SUPERUSER,
    # admin/users/ ----------------------------------------------------------------------------
    "admin/users/": SUPERUSER,
    "admin/users/results/": SUPERUSER,
    "admin/users/new/": SUPERUSER,
    "admin/users/edit/<int:pk>/": SUPERUSER,
    "admin/users/delete/<int:pk>/": SUPERUSER,
    "admin/users/history/<int:pk>/": SUPERUSER,
    "admin/users/history-results/<int:pk>/": SUPERUSER,
    "admin/users/usage/<int:pk>/": SUPERUSER,
    "admin/users/copy/<int:pk>/": SUPERUSER,
    # admin/groups/ ---------------------------------------------------------------------------
    "admin/groups/": SUPERUSER,
    "admin/groups/results/": SUPERUSER,
    "admin/groups/new/": SUPERUSER,
    "admin/groups/edit/<int:pk>/": SUPERUSER,
    "admin/groups/delete/<int:pk>/": SUPERUSER,
    "admin/groups/history/<int:pk>/": SUPERUSER,
    "admin/groups/history-results/<int:pk>/": SUPERUSER,
    "admin/groups/usage/<int:pk>/": SUPERUSER,
    # admin/ ----------------------------------------------------------------------------------
    "admin/": EVERY_ADMIN_USER,
    "admin/test404/": STAFF,
    "admin/failwhale/": (302, 302, 302, 500, 500, 500, 500, 500),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": CLOSED,
    "admin/tag-autocomplete/": STAFF,
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": STAFF,
    "admin/account/": EVERY_ADMIN_USER,
    "admin/dismissibles/": EVERY_ADMIN_USER,
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": MEMBERS_POST_ONLY,  # noqa: E501
    "admin/editing-sessions/release/<int:session_id>/": MEMBERS_POST_ONLY,
    "admin/block-preview/": CLOSED,
    "admin/sprite/": PUBLIC,
    "admin/login/": (200, 302, 302, 302, 302, 302, 302, 302),
    "admin/password_reset/": PUBLIC,
    "admin/password_reset/done/": PUBLIC,
    "admin/password_reset/confirm/<uidb64>/<token>/": PUBLIC,
    "admin/password_reset/complete/": PUBLIC,
    "admin/jsi18n/": PUBLIC,
    "admin/^.*/$": CLOSED,
    # bulk actions (GET: the confirmation page) -----------------------------------------------
    "bulk auth.user assign_role": SUPERUSER,
    "bulk auth.user delete": SUPERUSER,
    "bulk auth.user set_active_state": SUPERUSER,
    "bulk network.network delete": STAFF,
    "bulk network.organisation delete": STAFF,
    "bulk network.service delete": STAFF,
    "bulk portal.audience delete": STAFF,
    "bulk portal.territorytype delete": STAFF,
    "bulk portal.theme delete": STAFF,
    "bulk wagtailcore.page delete": STAFF,
    "bulk wagtailcore.page move": STAFF,
    "bulk wagtailcore.page publish": STAFF,
    "bulk wagtailcore.page unpublish": STAFF,
    "bulk wagtaildocs.document add_tags": STAFF,
    "bulk wagtaildocs.document add_to_collection": STAFF,
    "bulk wagtaildocs.document delete": STAFF,
    "bulk wagtailimages.image add_tags": STAFF,
    "bulk wagtailimages.image add_to_collection": STAFF,
    "bulk wagtailimages.image delete": STAFF,
    # exports (listings and reports as spreadsheets) ------------------------------------------
    "export contact requests csv": ORG_MODERATORS,
    "export contact requests xlsx": ORG_MODERATORS,
    "export popular searches csv": SEARCH_REPORTS,
    "export searches without result csv": SEARCH_REPORTS,
    "export site history csv": STAFF,
    "export locked pages csv": PAGE_MODERATORS,
    "export workflow report csv": PAGE_EDITORS,
    "export aging pages csv": PAGE_EDITORS,
    # public ----------------------------------------------------------------------------------
    r"documents/^(\d+)/(.*)$": PUBLIC,
    "documents/authenticate_with_password/<int:restriction_id>/": CLOSED,
    "sitemap.xml": PUBLIC,
    "robots.txt": PUBLIC,
    "health/": PUBLIC,
    "api/places/autocomplete/": PUBLIC,
    "api/directory/organisations/": PUBLIC,
    "api/directory/organisations/<slug:slug>/": PUBLIC,
    "api/directory/nearby/": PUBLIC,
    "api/directory/export.csv": PUBLIC,
    "api/directory/export.geojson": PUBLIC,
    "api/search/suggest/": PUBLIC,
    "jsi18n/": PUBLIC,
    "fr/search/": PUBLIC,
    "fr/contact/<slug:slug>/": PUBLIC,
    "fr/contact/<slug:slug>/sent/": PUBLIC,
    "fr/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (404, 404, 404, 404, 404, 404, 404, 404),  # noqa: E501
    "fr/_util/login/": PUBLIC,
    r"fr/^((?:[\w\-]+/)*)$": PUBLIC,
}
# fmt: on


def export_urls(objects):
    """Admin listings and reports downloaded as spreadsheets."""
    return {
        "export contact requests csv": "/admin/contact_requests/?export=csv",
        "export contact requests xlsx": "/admin/contact_requests/?export=xlsx",
        "export popular searches csv": "/admin/reports/searches/popular/?export=csv",
        "export searches without result csv": "/admin/reports/searches/fruitless/?export=csv",
        "export site history csv": "/admin/reports/site-history/?export=csv",
        "export locked pages csv": "/admin/reports/locked/?export=csv",
        "export workflow report csv": "/admin/reports/workflow/?export=csv",
        "export aging pages csv": "/admin/reports/aging-pages/?export=csv",
    }


def fixed_urls(objects):
    """URLs of the patterns that cannot be reversed by name."""
    return {
        "admin/test404/": "/admin/test404/",
        "admin/^.*/$": "/admin/no-such-page/",
        r"documents/^(\d+)/(.*)$": f"/documents/{objects['document'].pk}/doc.pdf",
        "sitemap.xml": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        r"fr/^((?:[\w\-]+/)*)$": "/fr/",
    }


def routes():
    with translation.override("fr"):  # public rows under /fr/, the source language
        return all_routes()


def matrix_urls(objects):
    """Every row of the matrix and the URL requested for it."""
    fixed = fixed_urls(objects)
    with translation.override("fr"):
        urls = {
            route.route: url_for(objects, route, fixed)
            for route in routes()
            if route.route not in EXCLUDED
        }
    return urls | bulk_action_urls(objects) | export_urls(objects)


def client_for_role(user):
    client = Client(raise_request_exception=False)  # an error is a 500 cell, not a crash
    if user is not None:
        client.force_login(user)
    return client


def test_every_url_pattern_has_expectations():
    """A URL added by an app, a snippet or an upgrade must be given its row (or a reason)."""
    every_route = {route.route for route in routes()}
    assert every_route - set(EXPECTED) - set(EXCLUDED) == set()
    # Rows of URLs that no longer exist are removed too (bulk actions and exports aside).
    extra = ("bulk ", "export ")
    stale = {key for key in set(EXPECTED) - every_route if not key.startswith(extra)}
    assert stale == set()


def test_every_cell_of_the_matrix(users, organisations, home):
    objects = build_objects(users, organisations, home)
    urls = matrix_urls(objects)
    assert set(urls) == set(EXPECTED)
    found = {key: [] for key in urls}
    for role in ROLES:
        client = client_for_role(users[role])
        for key, url in urls.items():
            found[key].append(client.get(url).status_code)
    mismatches = [
        f"{key}: found {tuple(statuses)}, expected {EXPECTED[key]}"
        for key, statuses in found.items()
        if tuple(statuses) != EXPECTED[key]
    ]
    assert not mismatches, "\n".join(mismatches)
    # The matrix is as large as announced: every route and role was requested.
    assert len(found) * len(ROLES) == len(EXPECTED) * 8


def organisation_b_state(entry, objects):
    entry.refresh_from_db()
    objects["entry_state"].refresh_from_db()
    return (
        entry.name,
        entry.live,
        entry.locked,
        entry.latest_revision_id,
        entry.live_revision_id,
        entry.revisions.count(),
        objects["entry_state"].status,
        entry.translation_key,
        Organisation.objects.filter(translation_key=entry.translation_key).count(),
    )


def test_member_a_can_neither_read_nor_change_b_by_any_url(users, organisations, home):
    """Every URL that names B's entry, GET and POST: member A is sent away, B is unchanged.

    The URLs are those of the matrix whose path holds B's id (edit, delete, history,
    revisions, compare, revert, unschedule, preview, lock, unlock, unpublish, copy, usage,
    workflow actions and history, chooser, translation submission, editing sessions, bulk
    actions), found from the resolver rather than listed.
    """
    objects = build_objects(users, organisations, home)
    entry = organisations["b"]
    before = organisation_b_state(entry, objects)
    client = client_for_role(users["member_a"])
    names_b = [
        url
        for url in matrix_urls(objects).values()
        if url.startswith("/admin/") and f"/{entry.pk}/" in url or f"id={entry.pk}" in url
    ]
    organisation_urls = [url for url in names_b if "/network/organisation/" in url]
    # The viewset (21), its chooser, translation submission, editing session, bulk delete.
    assert len(organisation_urls) >= 25
    data = {"name": "Piraté", "slug": "pirate", "action-publish": "1", "comment": "ok"}
    for url in organisation_urls:
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code in (302, 403, 404, 405), url
            if response.status_code == 302:
                # Refused (the dashboard or the login), or a 404 that LocaleMiddleware turns
                # into a redirect to the language-prefixed path, which is a 404 too.
                assert response["Location"] in ("/admin/", "/admin/login/", f"/fr{url}"), url
            assert b"Structure B" not in response.content, url
    assert organisation_b_state(entry, objects) == before
    session = objects["session"]
    session.refresh_from_db()
    assert session.user == users["member_b"]


def test_member_a_reads_nothing_of_b_in_admin_listings_and_apis(users, organisations, home):
    """Listings, choosers, reports and APIs open to member A never name B or the draft C."""
    objects = build_objects(users, organisations, home)
    client = client_for_role(users["member_a"])
    opened = 0
    for url in matrix_urls(objects).values():
        if not url.startswith("/admin/"):
            continue
        response = client.get(url)
        if response.status_code != 200 or response.streaming:
            continue
        opened += 1
        text = response.content.decode()
        assert "Structure B" not in text, url
        assert "Brouillon C" not in text, url
    assert opened >= 20
    listing = client.get("/admin/snippets/network/organisation/").content.decode()
    assert "Structure A" in listing


def test_member_a_can_open_its_own_entry(client, users, organisations):
    client.force_login(users["member_a"])
    edit = f"/admin/snippets/network/organisation/edit/{organisations['a'].pk}/"
    assert client.get(edit).status_code == 200


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
        "/api/search/suggest/?q=brouillon&lang=fr",
        "/api/search/suggest/?q=page+priv%C3%A9e&lang=fr",
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


def test_member_b_cannot_approve_its_own_change_nor_unpublish_or_delete(
    users, organisations, home
):
    """Its changes wait for a moderator: the workflow action, unpublish and bulk delete are
    refused and leave the entry, its revisions and its workflow state as they were."""
    objects = build_objects(users, organisations, home)
    entry = organisations["b"]
    before = organisation_b_state(entry, objects)
    task_state = objects["entry_state"].current_task_state
    client = client_for_role(users["member_b"])
    prefix = "/admin/snippets/network/organisation"
    for url in (
        f"{prefix}/workflow/action/{entry.pk}/approve/{task_state.pk}/",
        f"{prefix}/unpublish/{entry.pk}/",
        f"/admin/bulk/network/organisation/delete/?id={entry.pk}",
    ):
        assert client.post(url, {"comment": "ok"}).status_code == 302, url
    assert organisation_b_state(entry, objects) == before
