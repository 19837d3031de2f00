"""Network members see and edit only their own organisation(s) in the admin.

The restriction is applied where the admin fetches organisations, not in templates:
- the listing's queryset (OrganisationAccessMixin.get_queryset);
- every URL of the organisation viewset that names one organisation (edit, preview,
  history, revisions, compare, revert, workflow actions, lock, usage, inspect, delete,
  copy...): its view is wrapped so an organisation the user may not reach is refused
  (PermissionDenied, which the admin turns into a redirect with a message), whatever the
  URL and the method;
- Wagtail's permission policy for the model, registered in NetworkConfig.ready() (used
  by every admin view, bulk actions and choosers), which also lets members holding
  `network.edit_own_organisations` edit;
- the organisation chooser, which lists every organisation, is closed to them.

What else of the admin an outside member may open is decided by the accounts app
(NetworkMemberScopeMiddleware), with `is_outside_member` below.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.urls import URLPattern
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import SnippetChooserViewSet

from .models import Organisation

ALL_ORGANISATIONS_PERMISSION = "network.manage_all_organisations"
# Network members hold this instead of network.change_organisation, so that the
# directory's other tools (reports, import), which check Django permissions, stay closed.
OWN_ORGANISATIONS_PERMISSION = "network.edit_own_organisations"
MEMBER_ACTIONS = {"change", "view"}


def sees_all_organisations(user):
    return user.is_active and (user.is_superuser or user.has_perm(ALL_ORGANISATIONS_PERMISSION))


def organisations_for(user, queryset):
    """The organisations of `queryset` this admin user may see, in both languages."""
    if sees_all_organisations(user):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    keys = Organisation.objects.filter(memberships__user=user).values("translation_key")
    return queryset.filter(translation_key__in=keys)


class OrganisationPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return (
            action in MEMBER_ACTIONS
            and user.is_active
            and user.has_perm(OWN_ORGANISATIONS_PERMISSION)
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            super().user_has_permission_for_instance(user, action, instance)
            and organisations_for(
                user, self.model._default_manager.filter(pk=instance.pk)
            ).exists()
        )

    def instances_user_has_permission_for(self, user, action):
        return organisations_for(user, super().instances_user_has_permission_for(user, action))

    def instances_user_has_any_permission_for(self, user, actions):
        return organisations_for(
            user, super().instances_user_has_any_permission_for(user, actions)
        )


def _restrict_to_reachable_organisation(view, model):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            reachable = organisations_for(
                request.user, model._default_manager.filter(pk=unquote(str(pk)))
            )
            if not reachable.exists():
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _wrap_patterns(patterns, decorate):
    return [
        URLPattern(pattern.pattern, decorate(pattern.callback), pattern.default_args, pattern.name)
        if isinstance(pattern, URLPattern)
        else pattern
        for pattern in patterns
    ]


def _closed_to_network_members(view):
    """The chooser lists every organisation, drafts included: not for network members."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if user.has_perm(OWN_ORGANISATIONS_PERMISSION) and not sees_all_organisations(user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class OrganisationChooserViewSet(SnippetChooserViewSet):
    def get_urlpatterns(self):
        return _wrap_patterns(super().get_urlpatterns(), _closed_to_network_members)


class OrganisationAccessMixin:
    """Mixed into the organisation SnippetViewSet (wagtail_hooks.py)."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return organisations_for(request.user, queryset)

    chooser_viewset_class = OrganisationChooserViewSet

    def get_urlpatterns(self):
        model = self.model
        return _wrap_patterns(
            super().get_urlpatterns(),
            lambda view: _restrict_to_reachable_organisation(view, model),
        )


def is_outside_member(user):
    """A network member without a staff role: the admin is theirs only for their entries."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    return (
        user.is_authenticated
        and user.has_perm(OWN_ORGANISATIONS_PERMISSION)
        and not sees_all_organisations(user)
        and not PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])
    )
