import pytest

from territories.models import Commune, Department, Region
from tests.casestudies.factories import CaseStudyIndexPageFactory
from tests.resources.factories import bilingual


@pytest.fixture
def case_index(home):
    return bilingual(
        CaseStudyIndexPageFactory,
        home,
        title="Case studies",
        slug="case-studies",
        intro="Stories.",
    )


@pytest.fixture
def places(db):
    """Two regions with one département and one commune each (real INSEE codes)."""
    brittany = Region.objects.create(code="53", name="Bretagne", latitude=48.2, longitude=-2.9)
    corsica = Region.objects.create(code="94", name="Corse", latitude=42.1, longitude=9.1)
    finistere = Department.objects.create(
        code="29", name="Finistère", region=brittany, latitude=48.2, longitude=-4.0
    )
    south_corsica = Department.objects.create(
        code="2A", name="Corse-du-Sud", region=corsica, latitude=41.8, longitude=8.9
    )
    quimper = Commune.objects.create(
        insee="29232",
        name="Quimper",
        search_name="quimper",
        department=finistere,
        region=brittany,
        postcodes="29000",
        latitude=47.99,
        longitude=-4.10,
    )
    ajaccio = Commune.objects.create(
        insee="2A004",
        name="Ajaccio",
        search_name="ajaccio",
        department=south_corsica,
        region=corsica,
        postcodes="20000",
        latitude=41.93,
        longitude=8.74,
    )
    return {"brittany": brittany, "corsica": corsica, "quimper": quimper, "ajaccio": ajaccio}
