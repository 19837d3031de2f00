"""Who reaches what: every URL pattern of the site × every role, by GET and by POST.

The rows come from the URL resolver (tests/security/url_matrix.py), not from a list kept
by hand: every admin URL (Wagtail's, wagtail-localize's, the project's snippets, reports,
choosers, previews, drafts, revisions, workflow actions), every bulk action registered,
every API endpoint and export, the public URLs, and the page chooser opened at a page in
each state a reader may not see. A URL that is neither in EXPECTED nor in EXCLUDED fails
test_every_url_pattern_has_expectations, so a new app, snippet or Wagtail upgrade cannot
add an unchecked URL.

URLs naming an organisation name member B's entry (with a change waiting for moderation);
URLs naming a page name a page with a draft in the page workflow. Each cell is what a GET
by that role answers:
  200 the page; L a redirect to a login page; D a redirect to the dashboard (signed in
  without the permission: Wagtail's refusal, with a message); R another redirect (named in
  the row); 405 the URL only accepts POST; 400/404 the view answers for a missing or
  invalid parameter (a 404 outside /fr/ comes as LocaleMiddleware's redirect to the /fr/
  path, read as the 404 it is); 500 only for Wagtail's deliberate error test page.
Every URL is requested again with typical query strings (a search, an ordering, a page
number: VARIANTS) by every role that opens it and by anonymous readers: a refusal stays a
refusal, an open page answers 200 (or 404 past the last page), never an error.

Every body a role gets is searched for what that role must not read (MARKERS: B's pending
change, the contact request's author, the draft entry C, a live page's draft title, the
titles of draft and private pages, B's name in the admin for member A), and each role must
have read what it may somewhere (MUST_SEE): the checks cannot pass by showing nothing.

POSTs (test_posts_by_role): every admin URL whose view accepts POST is posted to by every
role, in a savepoint rolled back afterwards, and the database compared (tests/security/
state.py): only the roles of POST_ACTORS may change it; a role refused by GET is refused
by POST too.
"""

import pytest
from django.test import Client
from django.urls import resolve
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.portal.factories import StandardPageFactory
from tests.security.state import post_and_roll_back
from tests.security.url_matrix import (
    B_DRAFT,
    CONTACT,
    PAGE_DRAFT,
    PAGE_STATES,
    all_routes,
    build_objects,
    bulk_action_urls,
    url_for,
)

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

L, D, R = "login", "denied", "redirect"  # see the docstring

# Rows that recur, named after who gets the page (columns in the order of ROLES).
# fmt: off
PUBLIC =              (200, 200, 200, 200, 200, 200, 200, 200)
CLOSED =              (L, D, D, D, D, D, D, D)  # nobody by GET
NOT_FOUND =           (404, 404, 404, 404, 404, 404, 404, 404)
STAFF_NOT_FOUND =     (L, D, D, 404, 404, 404, 404, 404)  # staff reach a view that 404s
CHOOSER_HIDDEN =      (L, 404, 404, 200, 200, 200, 404, 200)  # without page permissions: 404
EVERY_ADMIN_USER =    (L, 200, 200, 200, 200, 200, 200, 200)
STAFF =               (L, D, D, 200, 200, 200, 200, 200)  # all but network members
STAFF_POST_ONLY =     (L, D, D, 405, 405, 405, 405, 405)
MEMBERS_POST_ONLY =   (L, 405, 405, 405, 405, 405, 405, 405)
PAGE_EDITORS =        (L, D, D, 200, 200, 200, D, 200)  # editor, translator, moderator
PAGE_MODERATORS =     (L, D, D, D, D, 200, D, 200)
B_AND_ORG_EDITORS =   (L, D, 200, D, 200, 200, 200, 200)  # member B, not member A
ORG_MODERATORS =      (L, D, D, D, D, 200, 200, 200)
ORG_STAFF =           (L, D, D, D, 200, 200, 200, 200)  # change_organisation
ORG_CHOOSERS =        (L, D, D, 200, 200, 200, 200, 200)
DIRECTORY_MANAGERS =  (L, D, D, D, D, D, 200, 200)
CONTACT_READERS =     (L, D, D, D, D, 200, 200, 200)
SUPERUSER =           (L, D, D, D, D, D, D, 200)
SUPERUSER_POST_ONLY = (L, D, D, D, D, D, D, 405)
DOCUMENT_EDITORS =    (L, D, D, 200, D, 200, D, 200)  # editor, moderator
IMAGE_UPLOADERS =     (L, 200, 200, 200, D, 200, 200, 200)  # all but translators
IMAGE_EDITORS =       (L, D, D, 200, D, 200, 200, 200)  # members: their own uploads only
ORGANISATION_LISTING = (L, 200, 200, D, 200, 200, 200, 200)  # members see their entries
ORG_TRANSLATORS =     (L, D, D, D, 200, 200, D, 200)  # submit_translation + change
SEARCH_REPORTS =      (L, D, D, 200, D, 200, 200, 200)  # portal_search.view_querystat
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
    "admin/api/main/^pages/<int:pk>/": (L, D, D, 200, 200, 200, 404, 200),
    "admin/api/main/^pages/find/": STAFF_NOT_FOUND,
    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/": STAFF_POST_ONLY,
    "admin/api/main/^documents/": STAFF,
    "admin/api/main/^documents/<int:pk>/": STAFF,
    "admin/api/main/^documents/find/": STAFF_NOT_FOUND,
    "admin/api/main/^images/": STAFF,
    "admin/api/main/^images/<int:pk>/": STAFF,
    "admin/api/main/^images/find/": STAFF_NOT_FOUND,
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
    "admin/pages/<int:page_id>/convert_alias/": STAFF_NOT_FOUND,
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
    "admin/pages/<int:page_id>/revisions/": (L, D, D, R, R, R, R, R),  # to the history
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
    # the page chooser at a page in each state a reader may not see (chooser_urls)
    **{f"chooser at {state}": CHOOSER_HIDDEN for state in PAGE_STATES},
    **{f"chooser at {state} with parameters": CHOOSER_HIDDEN for state in PAGE_STATES},
    "chooser search": EVERY_ADMIN_USER,
    "chooser search with parameters": EVERY_ADMIN_USER,
    # admin/collections/ ----------------------------------------------------------------------
    "admin/collections/": SUPERUSER,
    "admin/collections/add/": SUPERUSER,
    "admin/collections/<int:pk>/": SUPERUSER,
    "admin/collections/<int:pk>/delete/": (L, D, D, 404, 404, 404, 404, 200),
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
    "admin/workflows/tasks/select_type/": (L, D, D, D, D, D, D, R),  # the only type
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
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": (D, D, D, D, 200, 200, D, 200),  # noqa: E501  (anonymous: the translation guard sends to the dashboard, which asks for a login)
    "admin/localize/update/<int:translation_source_id>/": PAGE_EDITORS,
    "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/": STAFF_POST_ONLY,  # noqa: E501
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": STAFF_POST_ONLY,  # noqa: E501
    "admin/localize/translate/<int:translation_id>/pofile/download/": PAGE_EDITORS,
    "admin/localize/translate/<int:translation_id>/pofile/upload/": STAFF_POST_ONLY,
    "admin/localize/translate/<int:translation_id>/machine_translate/": STAFF_POST_ONLY,
    "admin/localize/translate/<int:translation_id>/preview/": PAGE_EDITORS,
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": (L, D, D, 404, 404, 404, D, 404),  # noqa: E501
    "admin/localize/translate/<int:translation_id>/disable/": STAFF_POST_ONLY,
    "admin/localize/page/<int:page_id>/convert_to_alias/": (L, D, D, 404, 404, 404, D, 404),
    "admin/localize/reports/translations/": STAFF,
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": STAFF,
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": STAFF,
    "admin/localize/reports/translations/results/": STAFF,
    # admin/redirects/ ------------------------------------------------------------------------
    "admin/redirects/": SUPERUSER,
    "admin/redirects/results/": SUPERUSER,
    "admin/redirects/add/": SUPERUSER,
    "admin/redirects/<int:redirect_id>/": (L, D, D, D, D, D, D, 404),
    "admin/redirects/<int:redirect_id>/delete/": STAFF_NOT_FOUND,
    "admin/redirects/import/": SUPERUSER,
    "admin/redirects/import/process/": SUPERUSER_POST_ONLY,
    # admin/settings/ -------------------------------------------------------------------------
    "admin/settings/<slug:app_name>/<slug:model_name>/": (L, D, D, D, D, D, D, R),  # to the site's
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": SUPERUSER,
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": (L, D, D, D, D, D, D, 404),  # noqa: E501
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
    "admin/images/<int:image_id>/generate_url/": (L, 404, 404, 404, D, 404, 404, 404),
    "admin/images/<int:image_id>/generate_url/output/": (L, 404, 404, 404, D, 404, 404, 404),
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
    "admin/snippets/network/organisation/lock/<int:pk>/": (L, D, D, D, D, 405, 405, 405),
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
    "admin/failwhale/": (L, D, D, 500, 500, 500, 500, 500),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": STAFF_NOT_FOUND,
    "admin/tag-autocomplete/": STAFF,
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": STAFF,
    "admin/account/": EVERY_ADMIN_USER,
    "admin/dismissibles/": EVERY_ADMIN_USER,
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": MEMBERS_POST_ONLY,  # noqa: E501
    "admin/editing-sessions/release/<int:session_id>/": MEMBERS_POST_ONLY,
    "admin/block-preview/": STAFF_NOT_FOUND,
    "admin/sprite/": PUBLIC,
    "admin/login/": (200, D, D, D, D, D, D, D),
    "admin/password_reset/": PUBLIC,
    "admin/password_reset/done/": PUBLIC,
    "admin/password_reset/confirm/<uidb64>/<token>/": PUBLIC,
    "admin/password_reset/complete/": PUBLIC,
    "admin/jsi18n/": PUBLIC,
    "admin/^.*/$": STAFF_NOT_FOUND,
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
    "documents/authenticate_with_password/<int:restriction_id>/": NOT_FOUND,
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
    "fr/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": NOT_FOUND,
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


CHOOSER_PARAMETERS = (
    "?page_type=portal.standardpage&user_perms=copy_to&can_choose_root=true"
    "&match_subclass=false&multiple=1&p=1"
)


def chooser_urls(objects):
    """The page chooser opened at each hidden page, and searching for them all."""
    urls = {}
    for state, page in objects["hidden_pages"].items():
        urls[f"chooser at {state}"] = f"/admin/choose-page/{page.pk}/"
        urls[f"chooser at {state} with parameters"] = (
            f"/admin/choose-page/{page.pk}/{CHOOSER_PARAMETERS}"
        )
    urls["chooser search"] = "/admin/choose-page/search/?q=matrice"
    urls["chooser search with parameters"] = (
        "/admin/choose-page/search/?q=matrice&page_type=wagtailcore.page&multiple=1&locale=fr"
    )
    return urls


def fixed_urls(objects):
    """URLs of the patterns that cannot be reversed by name."""
    document = objects["document"]
    return {
        "admin/test404/": "/admin/test404/",
        "admin/^.*/$": "/admin/no-such-page/",
        r"documents/^(\d+)/(.*)$": f"/documents/{document.pk}/{document.filename}",
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
    return urls | bulk_action_urls(objects) | export_urls(objects) | chooser_urls(objects)


def client_for_role(user):
    client = Client(raise_request_exception=False)  # an error is a 500 cell, not a crash
    if user is not None:
        client.force_login(user)
    return client


def outcome(response, url):
    """The cell a response fills: its status, or L, D, R for a redirect (see above)."""
    if response.status_code not in (301, 302):
        return response.status_code
    location = response["Location"]
    if location.startswith("/admin/login/") or "/_util/login/" in location:
        return L
    if location == "/admin/":
        return D
    if location == f"/fr{url}":
        return 404  # LocaleMiddleware's answer to a 404 outside the language prefix
    return R


REFUSALS = {L, D, 403, 404, 405}

# Typical query strings: every URL is requested again with each (after its own): a search
# for B, an ordering, a page past the last (Wagtail's listings show the last page).
VARIANTS = ("q=structure+b&ordering=-name&p=2",)  # (lower case: an echo is no leak)
# Errors that are Wagtail's, not the site's: (row, variant) and why.
WAGTAIL_ERRORS = {
    ("admin/workflows/edit/<int:pk>/", VARIANTS[0]): (
        "Wagtail 8.0's workflow edit view pages its pages with Paginator.page(): past the "
        "last page, EmptyPage is a 500 (superusers only)"
    ),
}
# What a URL may answer with a variant, given what it answered without.
VARIANT_ANSWERS = {200: {200, 400, 404}, 400: {400, 404}, 404: {400, 404}, R: {R, 404}}


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


# What each role must never read (anywhere, or under a path), and what it must have read
# somewhere: the control that the pages it opens show content at all.
PRIVATE_TITLES = tuple(PAGE_STATES.values())
OUTSIDERS = {"anonymous", "member_a", "member_b"}
MARKERS = [
    # (marker, the roles that must not read it, under this path)
    (B_DRAFT, {"anonymous", "member_a", "editor"}, "/"),
    (CONTACT, OUTSIDERS | {"editor", "translator"}, "/"),
    ("Brouillon C", OUTSIDERS, "/"),  # staff's choosers list drafts
    *((title, OUTSIDERS, "/") for title in (PAGE_DRAFT, *PRIVATE_TITLES)),
    # Directory managers have no page permission: the page chooser shows them only what
    # they may link to (Wagtail's confirmation pages show staff the titles they name).
    *(
        (title, {"directory_manager"}, "/admin/choose-page/")
        for title in (PAGE_DRAFT, *PRIVATE_TITLES)
    ),
    # B is published: its name is public, but member A's admin never names it.
    ("Structure B", {"member_a"}, "/admin/"),
]
MUST_SEE = {
    "anonymous": {"Structure B", "/fr/en-relecture/"},  # in the directory, the sitemap
    "member_a": {"Structure A"},
    "member_b": {"Structure B", B_DRAFT},
    "editor": {PAGE_DRAFT, *PRIVATE_TITLES},
    "translator": {B_DRAFT, "Brouillon C", PAGE_DRAFT, *PRIVATE_TITLES},
    "moderator": {B_DRAFT, CONTACT, "Brouillon C", PAGE_DRAFT, *PRIVATE_TITLES},
    "directory_manager": {B_DRAFT, CONTACT, "Brouillon C"},
    "superuser": {B_DRAFT, CONTACT, "Brouillon C", PAGE_DRAFT, *PRIVATE_TITLES},
}


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def forbidden_markers(role, url, text):
    return [
        marker
        for marker, forbidden, under in MARKERS
        if role in forbidden and url.startswith(under) and marker in text
    ]


def test_every_url_pattern_has_expectations():
    """A URL added by an app, a snippet or an upgrade must be given its row (or a reason)."""
    every_route = {route.route for route in routes()}
    assert every_route - set(EXPECTED) - set(EXCLUDED) == set()
    # Rows of URLs that no longer exist are removed too (bulk actions, exports and the
    # chooser's rows aside).
    extra = ("bulk ", "export ", "chooser ")
    stale = {key for key in set(EXPECTED) - every_route if not key.startswith(extra)}
    assert stale == set()


@pytest.fixture
def matrix(users, organisations, home):
    objects = build_objects(users, organisations, home)
    urls = matrix_urls(objects)
    assert set(urls) == set(EXPECTED)
    return objects, urls


@pytest.mark.parametrize("role", ROLES)
def test_every_cell_of_the_matrix(role, users, matrix):
    """The role's column: each URL without and with VARIANTS, and what each body holds."""
    _objects, urls = matrix
    column = ROLES.index(role)
    client = client_for_role(users[role])
    mismatches, leaks, read = [], [], set()

    def check_body(url, response):
        if response.status_code == 200:
            text = body(response)
            leaks.extend((url, marker) for marker in forbidden_markers(role, url, text))
            read.update(marker for marker in MUST_SEE[role] if marker in text)

    for key, url in urls.items():
        response = client.get(url)
        found = outcome(response, url)
        check_body(url, response)
        if found != EXPECTED[key][column]:
            mismatches.append(f"{key}: {found}, expected {EXPECTED[key][column]}")
            continue
        if found != 200 and role != "anonymous":
            continue  # a refusal by the role's rights, whatever the query string
        for variant in VARIANTS:
            varied = with_query(url, variant)
            response = client.get(varied)
            answer = outcome(response, varied)
            check_body(varied, response)
            if (key, variant) in WAGTAIL_ERRORS and answer == 500:
                continue
            if answer not in VARIANT_ANSWERS.get(found, {found}):
                mismatches.append(f"{key} ?{variant}: {answer}, without it {found}")
    assert not mismatches, "\n".join(mismatches)
    assert not leaks, "\n".join(f"{url}: {marker}" for url, marker in leaks)
    assert read == MUST_SEE[role]


POST_DATA = {"name": "Pirate", "title": "Pirate", "slug": "pirate", "comment": "ok"}
POST_DATA |= {"action-publish": "1", "restriction_type": "login", "q": "x"}
# Who may change the database by POSTing to each URL (with POST_DATA); every other role's
# POST changes nothing. Only URLs some role changes something by are listed.
ORG_CHANGERS = {"member_b", "translator", "moderator", "directory_manager", "superuser"}
ORG_MODERATING = {"moderator", "directory_manager", "superuser"}
PAGE_CHANGERS = {"editor", "translator", "moderator", "superuser"}
PAGE_MODERATING = {"moderator", "superuser"}
EVERY_SIGNED_IN = set(ROLES) - {"anonymous"}
IMAGE_DELETERS = {"editor", "moderator", "directory_manager", "superuser"}
POST_ACTORS = {
    "admin/pages/<int:page_id>/edit/": PAGE_CHANGERS,
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": PAGE_CHANGERS,
    "admin/pages/<int:page_id>/delete/": PAGE_MODERATING,
    "admin/pages/<int:page_id>/unpublish/": PAGE_MODERATING,
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": PAGE_MODERATING,
    "admin/pages/<int:page_to_move_id>/set_position/": PAGE_MODERATING,
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": (
        PAGE_MODERATING
    ),
    "admin/pages/<int:page_id>/lock/": PAGE_MODERATING,
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": PAGE_MODERATING,
    "admin/pages/<int:page_id>/privacy/": PAGE_MODERATING,
    "admin/collections/<int:pk>/delete/": {"superuser"},
    "admin/collections/<int:collection_id>/privacy/": {"superuser"},
    "admin/workflows/disable/<int:pk>/": {"superuser"},
    "admin/workflows/tasks/disable/<int:pk>/": {"superuser"},
    # Each signed-in user's own editing session, and own two-factor device.
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": (  # noqa: E501
        ORG_CHANGERS
    ),
    "admin/editing-sessions/release/<int:session_id>/": {"member_b"},
    "admin/two-factor/": EVERY_SIGNED_IN,
    "admin/localize/translate/<int:translation_id>/disable/": PAGE_CHANGERS,
    "admin/documents/delete/<int:document_id>/": {"editor", "moderator", "superuser"},
    "admin/documents/multiple/<int:doc_id>/delete/": {"editor", "moderator", "superuser"},
    "admin/images/<int:image_id>/delete/": IMAGE_DELETERS,
    "admin/images/multiple/<int:image_id>/delete/": IMAGE_DELETERS,
    **{
        f"admin/snippets/portal/{name}/{action}/<int:pk>/": {"superuser"}
        for name in ("theme", "audience", "territorytype")
        for action in ("edit", "delete")
    },
    "admin/snippets/network/organisation/edit/<int:pk>/": ORG_CHANGERS,
    "admin/snippets/network/organisation/delete/<int:pk>/": {"directory_manager", "superuser"},
    "admin/snippets/network/organisation/history/<int:pk>/revisions/<int:revision_id>/revert/": (
        ORG_CHANGERS
    ),
    "admin/snippets/network/organisation/history/<int:pk>/revisions/<int:revision_id>/unschedule/": (  # noqa: E501
        ORG_MODERATING
    ),
    "admin/snippets/network/organisation/unpublish/<int:pk>/": ORG_MODERATING,
    "admin/snippets/network/organisation/lock/<int:pk>/": ORG_MODERATING,
    "admin/snippets/network/organisation/workflow/action/<int:pk>/<slug:action_name>/<int:task_state_id>/": (  # noqa: E501
        ORG_MODERATING
    ),
    **{
        f"admin/snippets/network/{name}/{action}/<int:pk>/": {"directory_manager", "superuser"}
        for name in ("network", "service")
        for action in ("edit", "delete")
    },
    "admin/contact_requests/delete/<int:pk>/": {"superuser"},
    "admin/sites/delete/<int:pk>/": {"superuser"},
    "admin/users/delete/<int:pk>/": {"superuser"},
    "admin/groups/delete/<int:pk>/": {"superuser"},
    "bulk auth.user delete": {"superuser"},
    "bulk network.network delete": {"directory_manager", "superuser"},
    "bulk network.organisation delete": {"directory_manager", "superuser"},
    "bulk network.service delete": {"directory_manager", "superuser"},
    **{
        f"bulk portal.{term} delete": {"superuser"}
        for term in ("audience", "territorytype", "theme")
    },
    "bulk wagtailcore.page delete": PAGE_MODERATING,
    "bulk wagtailcore.page publish": PAGE_MODERATING,
    "bulk wagtailcore.page unpublish": PAGE_MODERATING,
    "bulk wagtaildocs.document delete": {"editor", "moderator", "superuser"},
    "bulk wagtailimages.image delete": IMAGE_DELETERS,
}
# Signing in and out and the password reset are the login tests' (test_login_protection).
NOT_POSTED = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")


def accepts_post(url):
    """Whether the view behind `url` has a POST handler (a class-based view without one
    answers 405 to everybody)."""
    view = getattr(resolve(url.split("?")[0]).func, "view_class", None)
    return view is None or hasattr(view, "post")


@pytest.mark.parametrize("role", ROLES)
def test_posts_by_role(role, users, matrix):
    """Every admin URL that takes a POST, posted to by the role and rolled back: the role
    changes the database only where POST_ACTORS says so, and where it does, the same POST
    by the others changing nothing is the control that the POST could act."""
    _objects, urls = matrix
    column = ROLES.index(role)
    client = client_for_role(users[role])
    wrong, posted = [], 0
    for key, url in urls.items():
        if not url.startswith("/admin/") or url.startswith(NOT_POSTED) or not accepts_post(url):
            continue
        posted += 1
        response, changed = post_and_roll_back(client, url, POST_DATA)
        found = outcome(response, url)
        may_act = role in POST_ACTORS.get(key, ())
        if changed != may_act:
            wrong.append(f"{key}: {'changed' if changed else 'changed nothing'} ({found})")
        elif EXPECTED[key][column] in REFUSALS - {405} and found not in REFUSALS:
            wrong.append(f"{key}: refused by GET, {found} by POST")
    assert not wrong, "\n".join(wrong)
    assert posted >= 150


def test_member_a_can_open_its_own_entry(client, users, organisations):
    client.force_login(users["member_a"])
    edit = f"/admin/snippets/network/organisation/edit/{organisations['a'].pk}/"
    assert client.get(edit).status_code == 200


def test_drafts_and_private_pages_never_reach_anonymous_readers(client, home, organisations):
    draft_page = StandardPageFactory(parent=home["fr"], slug="brouillon", title="Page brouillon")
    draft_page.unpublish()
    private = StandardPageFactory(parent=home["fr"], slug="privee", title="Page privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    # The control: a published page and entry, found at the same URLs.
    StandardPageFactory(parent=home["fr"], slug="publique", title="Page publique brouillon")

    assert client.get("/fr/brouillon/").status_code == 404
    assert client.get("/fr/privee/").status_code == 302
    assert client.get("/fr/annuaire/brouillon-c/").status_code == 404
    public_urls = {
        "/sitemap.xml": "/fr/publique/",
        "/api/directory/organisations/": "Structure B",
        "/api/directory/export.csv": "Structure B",
        "/api/directory/export.geojson": "Structure B",
        "/fr/search/?q=brouillon": "Page publique brouillon",
        "/fr/search/?q=priv%C3%A9e": None,
        "/api/search/suggest/?q=brouillon&lang=fr": None,
        "/api/search/suggest/?q=page+priv%C3%A9e&lang=fr": None,
        "/api/search/suggest/?q=page+publique&lang=fr": "Page publique brouillon",
        "/fr/annuaire/": None,
        "/fr/annuaire/structure-b/": "Structure B",
    }
    for url, control in public_urls.items():
        response = client.get(url)
        assert response.status_code == 200, url
        text = body(response)
        assert control is None or control in text, url
        assert "Brouillon C" not in text, url
        assert "brouillon-c" not in text, url
        assert "Page brouillon" not in text, url
        assert "Page privée" not in text, url
    assert client.get("/api/directory/organisations/brouillon-c/").status_code == 404
