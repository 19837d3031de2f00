import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from network.models import OrganisationMembership

ROLES = {
    "member_a": "Network members",
    "member_b": "Network members",
    "editor": "Editors",
    "translator": "Translators",
    "moderator": "Moderators",
    "directory_manager": "Directory managers",
}


@pytest.fixture
def users(db):
    User = get_user_model()
    accounts = {"anonymous": None}
    for username, group in ROLES.items():
        user = User.objects.create_user(username, f"{username}@example.org", "x" * 20)
        user.groups.add(Group.objects.get(name=group))
        accounts[username] = user
    accounts["superuser"] = User.objects.create_superuser("root", "root@example.org", "x" * 20)
    return accounts


@pytest.fixture
def organisations(users, request):
    """A and B are published and belong to member A and member B; C is a draft."""
    from tests.network.factories import OrganisationFactory

    request.getfixturevalue("directory")

    entry_a = OrganisationFactory(name="Structure A", slug="structure-a")
    entry_b = OrganisationFactory(name="Structure B", slug="structure-b")
    draft = OrganisationFactory(name="Brouillon C", slug="brouillon-c", live=False)
    for entry in (entry_a, entry_b, draft):
        entry.save_revision()
    OrganisationMembership.objects.create(user=users["member_a"], organisation=entry_a)
    OrganisationMembership.objects.create(user=users["member_b"], organisation=entry_b)
    return {"a": entry_a, "b": entry_b, "draft": draft}


@pytest.fixture
def client_for(client, users):
    def make(role):
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        return client

    return make
