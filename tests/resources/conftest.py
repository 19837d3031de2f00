import pytest

from tests.resources.factories import ResourceIndexPageFactory, translate


@pytest.fixture
def library(home):
    french = ResourceIndexPageFactory(parent=home["fr"])
    english = translate(french, title="Resources", slug="resources", intro="The library.")
    return {"fr": french, "en": english}
