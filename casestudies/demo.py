"""Demo case studies: the index, the Ville de Paris comités de filière and fictional case
studies across France, in French and translated into English with wagtail-localize.

Runs after `resources.demo`, whose cooperation forms and practices the case studies link
to. It also puts the library and the case studies on the home page and in the main menu.
The text lives in `casestudies.demo_content`. Pages are found by slug under their parent,
so a second run creates nothing.
"""

from portal.demo.media import illustration
from portal.demo.pages import ensure_page, link_in_main_menu
from portal.demo.site import HOME_EN
from portal.demo.translate import translate
from portal.models import HomePage
from territories.models import Commune

from . import demo_content as content
from .models import CaseStudyActor, CaseStudyIndexPage, CaseStudyPage


def build_index():
    return CaseStudyIndexPage(**content.INDEX["fr"]), content.INDEX["en"]


def case_study_fields(fields, source):
    """The page's fields from the text: actors, results and timeline as the model wants."""
    figures = fields["results"]
    return {
        **fields,
        "actors": [
            CaseStudyActor(category=category, name=name, role=role)
            for category, name, role in fields["actors"]
        ],
        "results": [
            (
                "key_figures",
                {
                    "title": "",
                    "source": source,
                    "figures": [{"figure": f, "label": label} for f, label in figures],
                },
            )
        ]
        if figures
        else [],
        "timeline": [
            ("event", {"date_label": when, "event": what}) for when, what in fields["timeline"]
        ],
    }


def build_case_study(context, data):
    page = CaseStudyPage(
        commune=Commune.objects.filter(insee=data["insee"]).first(),
        start_year=data["start_year"],
        listing_image=illustration(data["image"]),
        **case_study_fields(data["fr"], content.FICTIONAL_SOURCE_FR),
    )
    page.themes = [context["themes"][slug] for slug in data["themes"]]
    page.audiences = [context["audiences"][slug] for slug in data["audiences"]]
    page.territory_types = [context["territory_types"][slug] for slug in data["territory_types"]]
    page.cooperation_forms = [context["cooperation_forms"][slug] for slug in data["forms"]]
    page.best_practices = [context["best_practices"][number] for number in data["practices"]]
    return page, case_study_fields(data["en"], content.FICTIONAL_SOURCE_EN)


def feature_on_home(context, index):
    """Fill the home page's empty featured list with the main entry points."""
    # A fresh copy: publishing saves the page's tree fields too, and the context's copy
    # predates the library and the index.
    home = HomePage.objects.get(pk=context["home"].pk)
    if len(home.featured):
        return
    study = next(iter(context["studies"].values()))
    pages = [context["guide"], context["library"], index, study]
    home.featured = [("page", page) for page in pages]
    home.save_revision().publish()
    # The page choosers are not translated: the English home keeps the same pages.
    translate(home, HOME_EN)


def load(context):
    """Create the case-study index and the case studies that are missing."""
    index, _ = ensure_page(context["home"], CaseStudyIndexPage, content.INDEX["slug"], build_index)
    case_studies = {
        data["slug"]: ensure_page(
            index, CaseStudyPage, data["slug"], lambda data=data: build_case_study(context, data)
        )[0]
        for data in content.CASE_STUDIES
    }
    feature_on_home(context, index)
    link_in_main_menu(context["site"], [context["library"], index], first=True)
    return {"case_study_index": index, "case_studies": case_studies}
