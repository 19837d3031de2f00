import datetime

import factory
import wagtail_factories

from resources.models import (
    BestPracticePage,
    CooperationFormPage,
    GuidePage,
    ResourceIndexPage,
    StudyPage,
)


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ressources"
    slug = "ressources"
    intro = "Guides, pratiques, études et formes de coopération."

    class Meta:
        model = ResourceIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    summary = "Un guide pour coopérer."
    intro = "Ce guide explique comment coopérer."
    publication_date = datetime.date(2024, 3, 1)
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Premier chapitre", "level": "h2"}),
            ("paragraph", "<p>Un paragraphe.</p><h3>Une sous-partie</h3><p>Suite.</p>"),
        ]
    )

    class Meta:
        model = GuidePage


class BestPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pratique {n}")
    number = 1
    context = "<p>Pourquoi cette pratique compte.</p>"
    steps = factory.LazyFunction(
        lambda: [("step", {"title": "Réunir les acteurs", "text": "<p>Tous.</p>"})]
    )
    pitfalls = factory.LazyFunction(lambda: [("pitfall", "Aller trop vite")])

    class Meta:
        model = BestPracticePage


class StudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Étude {n}")
    authors = "Avise"
    publisher = "Avise"
    publication_date = datetime.date(2021, 6, 1)
    key_findings = factory.LazyFunction(
        lambda: [("finding", {"title": "Un constat", "text": "Une explication."})]
    )
    methodology = "<p>Une consultation.</p>"

    class Meta:
        model = StudyPage


class CooperationFormPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Forme {n}")
    acronym = factory.Sequence(lambda n: f"F{n}")
    definition = "<p>Une forme de coopération.</p>"
    spectrum_position = 4
    legal_vehicle = "Une association."
    governance = "Un comité."
    typical_actors = "Collectivités, structures de l'ESS."
    prerequisites = "Un diagnostic partagé."
    strengths = factory.LazyFunction(lambda: [("strength", "Durable")])
    limits = factory.LazyFunction(lambda: [("limit", "Lente à monter")])

    class Meta:
        model = CooperationFormPage


def translate(page, language="en", **fields):
    """Publish an English copy of a saved French page, with some fields rewritten."""
    from wagtail.models import Locale

    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def bilingual(factory, home, **english):
    """A French page of `factory` under the home and its published English translation."""
    french = factory(parent=home["fr"])
    return {"fr": french, "en": translate(french, **english)}
