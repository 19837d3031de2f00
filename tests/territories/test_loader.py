import pytest

from territories import loader
from territories.models import Commune, Department, GazetteerVersion, Postcode, Region

pytestmark = pytest.mark.django_db


def test_full_load_then_skip_when_current(django_assert_max_num_queries):
    assert loader.load() == 34920
    assert Region.objects.count() == 18
    assert Department.objects.count() == 101
    assert Commune.objects.count() == 34920
    assert GazetteerVersion.objects.count() == 1
    saint_etienne = Commune.objects.get(insee="42218")
    assert saint_etienne.name == "Saint-Étienne"
    assert saint_etienne.postcode_list == ["42000", "42100", "42230"]
    assert Postcode.objects.filter(code="42100").exists()

    with django_assert_max_num_queries(2):
        assert loader.load() == 0


def test_reload_updates_in_place(db):
    loader.load(only_insee={"2A004"})
    Commune.objects.filter(insee="2A004").update(name="Ancien nom", population=1)
    loader.load(only_insee={"2A004"})
    ajaccio = Commune.objects.get(insee="2A004")
    assert ajaccio.name == "Ajaccio"
    assert ajaccio.population > 60000
    assert ajaccio.department.region.name == "Corse"
