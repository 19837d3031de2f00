"""Indexing follows publishing; what readers may not see never shows anywhere."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.functions import Length
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from search.models import FacetValue, TitleWord
from search.service import PageSearch
from search.suggestions import vocabulary
from tests.network.factories import OrganisationFactory
from tests.resources.factories import translate

from .factories import SearchablePageFactory, paragraph


def found(query, language="fr"):
    with translation.override(language):
        return [page.pk for page in PageSearch(query, language).results]


def suggested(query, language="fr"):
    response = Client(HTTP_HOST="localhost").get(
        "/api/search/suggest/", {"q": query, "lang": language}
    )
    assert response.status_code == 200
    return [item["label"] for item in json.loads(response.content)["results"]]


def page(home, word, **kwargs):
    return SearchablePageFactory(
        parent=home["fr"], title=f"Guide {word}", summary=f"Tout sur {word}.", **kwargs
    )


def test_publish_edit_unpublish_delete(home):
    guide = page(home, "Zorglub")
    assert found("zorglub") == [guide.pk]
    assert suggested("zorg") == ["Guide Zorglub"]
    guide.title = "Guide Bidulon"
    guide.summary = "Tout sur Bidulon."
    guide.save_revision().publish()
    assert found("bidulon") == [guide.pk]
    assert found("guide zorglub") == []
    assert suggested("bidu") == ["Guide Bidulon"]
    assert suggested("zorg") == []
    guide.unpublish()
    assert found("bidulon") == []
    assert suggested("bidu") == []
    assert not TitleWord.objects.filter(object_id=guide.pk).exists()
    guide.delete()
    assert not IndexEntry.objects.filter(object_id=str(guide.pk)).exists()
    assert not FacetValue.objects.filter(page_id=guide.pk).exists()


def test_an_organisation_leaves_the_suggestions_when_deleted(directory):
    organisation = OrganisationFactory(name="Zorglub Conseil")
    assert suggested("zorglub co") == ["Zorglub Conseil"]
    organisation.delete()
    assert suggested("zorglub") == []
    assert not TitleWord.objects.filter(kind="network.organisation").exists()


def test_themes_changed_by_publishing_reach_the_facets(home, terms):
    guide = page(home, "Zorglub")
    guide.themes.set([terms["themes"]["mobilite"]])
    guide.save_revision().publish()
    assert set(
        FacetValue.objects.filter(page=guide, facet="theme").values_list("value", flat=True)
    ) == {"mobilite"}


def test_a_moved_page_stays_findable_at_its_new_address(home):
    section = SearchablePageFactory(parent=home["fr"], title="Rubrique", slug="rubrique")
    guide = page(home, "Zorglub", slug="zorglub")
    guide.move(section, pos="last-child")
    assert found("zorglub") == [guide.pk]
    response = Client(HTTP_HOST="localhost").get("/fr/search/", {"q": "zorglub"})
    assert b"/fr/rubrique/zorglub/" in response.content


def test_a_translation_is_found_in_its_language_only(home):
    guide = page(home, "Zorglub")
    english = translate(
        guide, title="Zorglub guide", summary="All about Zorglub.", body=paragraph("Zorglub.")
    )
    assert found("zorglub", "en") == [english.pk]
    assert found("zorglub", "fr") == [guide.pk]


def test_update_index_rebuilds_in_chunks(home):
    pages = [page(home, f"Zorglub{n}") for n in range(5)]
    IndexEntry.objects.all().delete()
    FacetValue.objects.all().delete()
    TitleWord.objects.all().delete()
    assert found("zorglub3") == []
    call_command("update_index", chunk_size=2, verbosity=0)
    assert found("zorglub3") == [pages[3].pk]
    assert FacetValue.objects.filter(page=pages[3], facet="type").exists()
    assert suggested("zorglub3") == ["Guide Zorglub3"]


def tuples_updated(table):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_get_xact_tuples_updated(%s::regclass)", [table])
        return cursor.fetchone()[0]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's index entries and their versions"
)
def test_a_rebuild_writes_each_index_entry_once_with_its_title_norm(home):
    """modelsearch wrote each entry, then updated its title norm twice (three versions of
    every row, an index three times its size for PostgreSQL to read), and wrote it again
    at every rebuild."""
    for n in range(6):
        page(home, f"Zorglub {'long ' * n}{n}")
    IndexEntry.objects.all().delete()
    table = IndexEntry._meta.db_table
    before = tuples_updated(table)
    call_command("update_index", chunk_size=2, verbosity=0)
    entries = list(IndexEntry.objects.annotate(length=Length("title")).filter(length__gt=0))
    assert len(entries) >= 6
    assert tuples_updated(table) - before < len(entries)  # modelsearch: 2 per entry
    average = sum(entry.length for entry in entries) / len(entries)
    for entry in entries:
        assert entry.title_norm == pytest.approx(average / entry.length, rel=0.1)
    assert found("zorglub") != []
    # Nothing changed: a second rebuild writes no entry again.
    before = tuples_updated(table)
    call_command("update_index", chunk_size=2, verbosity=0)
    assert tuples_updated(table) == before


def add_pages_with_terms(home, terms, numbers):
    for n in numbers:
        guide = page(home, f"Zorglub{n}")
        guide.themes.set([terms["themes"]["habitat"], terms["themes"]["mobilite"]])
        guide.audiences.set([terms["audiences"]["elus"]])
        guide.save_revision().publish()


def rebuild_queries():
    with CaptureQueriesContext(connection) as queries:
        call_command("update_index", chunk_size=1000, verbosity=0)
    return len(queries)


def test_a_rebuild_reads_the_themes_of_many_pages_at_once(home, terms):
    """modelcluster ignores prefetch_related: without portal.taxonomy's preload the
    indexer read each page's themes and audiences four times."""
    add_pages_with_terms(home, terms, range(2))
    call_command("update_index", verbosity=0)
    few = rebuild_queries()
    add_pages_with_terms(home, terms, range(2, 10))
    assert rebuild_queries() <= few
    assert set(
        FacetValue.objects.filter(page__title="Guide Zorglub9", facet="theme").values_list(
            "value", flat=True
        )
    ) == {"habitat", "mobilite"}
    assert found("zorglub9 mobilite") != []  # the theme's name is indexed with the page


@pytest.fixture
def hidden(home, gazetteer):
    """One unique word per kind of page or entry a reader may not see."""
    page(home, "Brouillonix", live=False)
    private = page(home, "Privatix")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    unpublished = page(home, "Depublix")
    unpublished.unpublish()
    expired = page(home, "Perimix")
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(days=1))
    OrganisationFactory(name="Inactivix Conseil", active=False)
    OrganisationFactory(name="Brouillonix Conseil", live=False)
    return ["Brouillonix", "Privatix", "Depublix", "Perimix", "Inactivix"]


def test_hidden_content_is_never_shown(hidden):
    client = Client(HTTP_HOST="localhost")
    with translation.override("fr"):
        known = vocabulary(Locale.objects.get(language_code="fr"))
    for word in hidden:
        assert found(word) == [], word
        assert suggested(word[:6]) == [], word
        response = client.get("/fr/search/", {"q": word})
        assert b'class="result"' not in response.content, word
        assert b"search-preview" not in response.content, word
        assert word.lower() not in known


def test_every_word_must_match_in_the_title_or_in_the_body(home):
    guide = SearchablePageFactory(
        parent=home["fr"], title="Guide Zorglub", body=paragraph("Le quartier Bidulon.")
    )
    assert found("zorglub bidulon") == [guide.pk]
    assert found("bidulon zorglub de la") == [guide.pk]  # stop words ask nothing
    assert found("zorglub absentix") == []


def test_a_query_of_stop_words_or_signs_finds_nothing(home):
    SearchablePageFactory(parent=home["fr"], title="De la coopération", body=paragraph("Et la."))
    for query in ("de la", "( )", "- & !", "la et de"):
        assert found(query) == [], query
