"""What the admin's page chooser shows a user without page permissions.

Network members (and directory managers) link pages from an organisation's description:
the chooser must show them what any reader may reach, never a draft's, a private page's
or a password-protected page's title. Its browse view names the page it is opened at (in
the header and the breadcrumbs) and its search view names each result's parent, so both
the listed pages and those must be linkable. Users with a page permission see in the
chooser what the explorer shows them (Wagtail's own rules).
"""

from django.db.models import F, Q
from django.http import Http404
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

PAGE_ACTIONS = {"add", "change", "publish", "bulk_delete", "lock", "unlock"}
BROWSE_VIEWS = {"wagtailadmin_choose_page", "wagtailadmin_choose_page_child"}


def sees_every_page(user):
    return PagePermissionPolicy().user_has_any_permission(user, PAGE_ACTIONS)


def linkable(pages):
    """Live public pages below no draft: a reader reaches them, and every title on the way
    to them (breadcrumbs, a result's parent) is public. Written as Wagtail's `public()` is
    (conditions on the path), which the search backends can apply to a search."""
    below_a_draft = Q()
    for path in Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True):
        below_a_draft |= Q(path__startswith=path)
    # Shown by the title readers see, not a draft's (BasePage.get_admin_display_title).
    return pages.live().public().exclude(below_a_draft).annotate(published_title=F("title"))


def linkable_pages_only(pages, request):
    """The `construct_page_chooser_queryset` hook: the pages listed, and for the browse
    view the page it is opened at (a 404 when that page may not be linked)."""
    if sees_every_page(request.user):
        return pages
    if request.resolver_match.url_name in BROWSE_VIEWS:
        parent = _browsed_page(request)
        if not parent.is_root() and not linkable(Page.objects.filter(pk=parent.pk)).exists():
            raise Http404
    return linkable(pages)


def _browsed_page(request):
    """The page the browse view was opened at, found as Wagtail's BrowseView finds it
    (which is done by then: the parameters are valid)."""
    parent_id = request.resolver_match.kwargs.get("parent_page_id")
    page_type = request.GET.get("page_type") or "wagtailcore.page"
    if parent_id:
        return Page.objects.get(pk=parent_id)
    classes = page_models_from_string(page_type)
    if classes == (Page,):
        return Page.get_first_root_node()
    return Page.objects.type(*classes).first_common_ancestor()
