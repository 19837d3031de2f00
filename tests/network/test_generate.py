import io

import pytest
from django.core.management import CommandError, call_command

from network.models import Organisation
from tests.network.factories import OrganisationFactory


@pytest.mark.django_db
def test_generate_then_delete_only_generated_entries(gazetteer):
    kept = OrganisationFactory(name="Vraie structure")
    call_command("generate_organisations", "300", stdout=io.StringIO())
    generated = Organisation.objects.filter(external_id__startswith="bench-")
    assert generated.count() == 300
    assert generated.values("kind").distinct().count() >= 5
    assert generated.filter(national=True).exists()
    assert generated.filter(area_departments__isnull=False).exists()
    assert generated.filter(area_communes__isnull=False).exists()
    sample = generated.first()
    assert sample.slug == sample.external_id and sample.live
    assert abs(sample.latitude - sample.commune.latitude) < 0.05
    # A second run does not collide with the first.
    call_command("generate_organisations", "10", stdout=io.StringIO())
    assert generated.count() == 310
    call_command("generate_organisations", "--delete", stdout=io.StringIO())
    assert list(Organisation.objects.all()) == [kept]


@pytest.mark.django_db
def test_generate_needs_a_positive_count(gazetteer):
    with pytest.raises(CommandError):
        call_command("generate_organisations", "0", stdout=io.StringIO())
