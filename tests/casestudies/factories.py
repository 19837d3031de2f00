import factory
import wagtail_factories

from casestudies.models import CaseStudyActor, CaseStudyIndexPage, CaseStudyPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Retours d'expérience"
    slug = "retours-d-experience"
    intro = "Des territoires qui coopèrent."

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Retour d'expérience {n}")
    summary = "Une coopération réussie."
    start_year = 2021
    need = "<p>Le besoin du territoire.</p>"
    approach = "<p>La démarche suivie.</p>"
    lessons = "<p>Les enseignements.</p>"
    results = factory.LazyFunction(
        lambda: [
            (
                "key_figures",
                {"title": "", "figures": [{"figure": "12", "label": "emplois"}], "source": ""},
            )
        ]
    )
    timeline = factory.LazyFunction(
        lambda: [("event", {"date_label": "2021", "event": "Premier comité."})]
    )

    class Meta:
        model = CaseStudyPage


class CaseStudyActorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Acteur {n}")
    category = "ess"
    role = "Porteur du projet"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = CaseStudyActor
