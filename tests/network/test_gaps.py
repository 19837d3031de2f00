import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from network import coverage
from tests.network.factories import OrganisationFactory


@pytest.fixture
def structures(gazetteer):
    return {
        "loire": OrganisationFactory(kind="dla", commune="42218", area_departments=["42"]),
        "ara": OrganisationFactory(kind="cress", commune="69123", area_regions=["84"]),
        "mende": OrganisationFactory(kind="dla", commune="48095", area_communes=["48095"]),
        "draft": OrganisationFactory(
            kind="dla", commune="2A004", area_departments=["2A"], live=False
        ),
        "inactive": OrganisationFactory(
            kind="dla", commune="2B033", area_departments=["2B"], active=False
        ),
    }


@pytest.mark.django_db
def test_departement_gaps_follow_the_area_of_action(structures):
    any_kind = coverage.coverage()
    uncovered = {d.code for d in any_kind.uncovered_departments()}
    assert "42" not in uncovered and "43" not in uncovered  # 43 via the region (84)
    assert {"2A", "2B", "48", "971"} <= uncovered  # drafts and inactive entries do not count
    assert len(uncovered) == 101 - 12  # région 84 has 12 départements
    dla = {d.code for d in coverage.coverage(kind="dla").uncovered_departments()}
    assert "43" in dla and "42" not in dla


@pytest.mark.django_db
def test_structures_per_departement_for_the_map(structures):
    counts = coverage.coverage().structures_per_department
    assert len(counts) == 101
    assert counts["42"] == 2 and counts["43"] == 1 and counts["2A"] == 0


@pytest.mark.django_db
def test_commune_gaps(structures):
    communes = {c.insee for c in coverage.coverage(kind="dla").uncovered_communes()}
    assert "48095" not in communes  # Mende is listed by a structure
    assert "42218" not in communes  # the Loire is covered
    assert {"2A004", "97120", "43157"} <= communes
    assert [c.insee for c in coverage.coverage().uncovered_communes("2A")] == ["2A004"]


@pytest.mark.django_db
def test_a_national_structure_closes_every_gap_unless_left_out(structures):
    OrganisationFactory(kind="dla", commune="75056", national=True)
    gaps = coverage.coverage(kind="dla")
    assert not gaps.uncovered_departments().exists()
    assert not gaps.uncovered_communes().exists()
    assert gaps.structures_per_department["971"] == 1
    local = coverage.coverage(kind="dla", include_national=False)
    assert "971" in {d.code for d in local.uncovered_departments()}


@pytest.mark.django_db
def test_stale_entries(gazetteer, settings):
    settings.PORTAL_VERIFICATION_MAX_AGE_DAYS = 365
    today = timezone.localdate()
    old = OrganisationFactory(name="Ancienne", last_verified=today - datetime.timedelta(days=400))
    never = OrganisationFactory(name="Jamais", last_verified=None)
    OrganisationFactory(name="Récente", last_verified=today - datetime.timedelta(days=30))
    OrganisationFactory(name="Inactive", last_verified=None, active=False)
    assert list(coverage.stale_entries()) == [never, old]
    settings.PORTAL_VERIFICATION_MAX_AGE_DAYS = 500
    assert list(coverage.stale_entries()) == [never]


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user("staff", password="pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_organisation"),
    )
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["network_gaps", "network_stale"])
def test_admin_views_refuse_anonymous_and_unpermitted_users(client, django_user_model, name):
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == "/admin/"


@pytest.mark.django_db
def test_gaps_view_shows_table_and_map(client, staff, structures):
    client.force_login(staff)
    response = client.get(reverse("network_gaps"), {"kind": "dla", "department": "2A"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ajaccio" in content and "Corse-du-Sud" in content
    assert 'href="?kind=dla&amp;department=48"' in content  # the map links to the commune list
    assert "<svg" in content


@pytest.mark.django_db
def test_gaps_view_ignores_bad_values(client, staff, structures):
    client.force_login(staff)
    response = client.get(reverse("network_gaps"), {"kind": "bakery", "page": "x" * 500})
    assert response.status_code == 200


@pytest.mark.django_db
def test_stale_view_lists_entries_with_edit_links(client, staff, gazetteer):
    organisation = OrganisationFactory(name="Jamais vérifiée", last_verified=None)
    client.force_login(staff)
    response = client.get(reverse("network_stale"))
    content = response.content.decode()
    assert "Jamais vérifiée" in content
    assert reverse("wagtailsnippets_network_organisation:edit", args=[organisation.pk]) in content
