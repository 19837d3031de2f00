import pytest

from territories import loader

# Communes the directory tests use; régions and départements are always all loaded.
SAMPLE = {
    "42218",  # Saint-Étienne (42000, 42100, 42230)
    "42187",  # Roanne
    "42207",  # Saint-Chamond
    "69123",  # Lyon
    "43157",  # Le Puy-en-Velay
    "75056",  # Paris
    "2A004",  # Ajaccio
    "2B033",  # Bastia
    "97120",  # Pointe-à-Pitre (97110)
    "97101",  # Les Abymes
    "01001",  # L'Abergement-Clémenciat (01400)
    "01093",  # Châtillon-sur-Chalaronne (01400)
    "48095",  # Mende (Lozère: few structures)
    "97110",  # La Désirade: its INSEE code is Pointe-à-Pitre's postcode
}


@pytest.fixture
def gazetteer(locales):
    loader.load(only_insee=SAMPLE)


@pytest.fixture
def directory(home, gazetteer):
    """The French directory page at /fr/annuaire/ and its translation at /en/directory/."""
    from tests.network.factories import DirectoryPageFactory

    french = DirectoryPageFactory(parent=home["fr"])
    english = french.copy_for_translation(home["en"].locale)
    english.title = "Directory"
    english.slug = "directory"
    english.save_revision().publish()
    return {"fr": french, "en": english}
