"""Pages for the search tests: realistic French texts and their English translations."""

import factory
import wagtail_factories

from portal.models import StandardPage
from tests.resources.factories import translate


class SearchablePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    summary = ""
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Un paragraphe.</p>")])

    class Meta:
        model = StandardPage


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


def bilingual_page(parent, english_parent, slug, french, english, themes=(), audiences=()):
    """A published French StandardPage and its published English translation.

    `french` and `english` are (title, summary, body text) triples.
    """
    title, summary, body = french
    page = SearchablePageFactory(
        parent=parent, slug=slug, title=title, summary=summary, body=paragraph(body)
    )
    if themes or audiences:
        page.themes.set(themes)
        page.audiences.set(audiences)
        page.save_revision().publish()
    title, summary, body = english
    translation = translate(page, title=title, summary=summary, body=paragraph(body))
    return page, translation
