"""A network member's change waits for a moderator; the public sees it only once approved."""

import pytest
from wagtail.permissions import policy_registry

from network.models import Organisation

pytestmark = pytest.mark.django_db


def public_detail(client):
    return client.get("/fr/annuaire/structure-a/").content.decode()


def test_member_edit_goes_through_moderation_before_the_public_sees_it(
    client, users, organisations, settings
):
    settings.PAGE_CACHE_SECONDS = 60  # the cache must follow every step too
    member, moderator = users["member_a"], users["moderator"]
    entry = organisations["a"]
    policy = policy_registry.get_by_type(Organisation)
    assert policy.user_has_permission_for_instance(member, "change", entry)
    assert not policy.user_has_permission(member, "publish")
    assert policy.user_has_permission(moderator, "publish")

    # The member saves a draft and submits it: the public page does not change.
    assert "Une structure fictive." in public_detail(client)
    entry.description = "<p>Nouvelle description proposée.</p>"
    entry.save_revision(user=member)
    workflow = entry.get_workflow()
    assert workflow.name == "Directory moderation"
    workflow_state = workflow.start(entry, member)
    assert "Nouvelle description" not in public_detail(client)

    # The moderator approves: the revision is published, the public sees it at once.
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(entry, moderator)
    assert not task.user_can_access_editor(entry, users["member_b"])
    task.on_action(task_state, moderator, "approve")
    workflow_state.refresh_from_db()
    assert workflow_state.status == "approved"
    entry.refresh_from_db()
    assert entry.live
    assert "Nouvelle description proposée." in public_detail(client)


def test_a_rejected_change_never_reaches_the_public(client, users, organisations):
    member, moderator = users["member_a"], users["moderator"]
    entry = organisations["a"]
    entry.description = "<p>Texte refusé.</p>"
    entry.save_revision(user=member)
    workflow_state = entry.get_workflow().start(entry, member)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject")
    detail = public_detail(client)
    assert "Texte refusé." not in detail
    assert "Une structure fictive." in detail  # the published description, still shown
    assert Organisation.objects.get(pk=entry.pk).description == "<p>Une structure fictive.</p>"
