"""Demo content of the library: the guide, the six practices, the studies and the
cooperation forms, in French and translated into English with wagtail-localize.

The text lives in `resources.demo_content`; this module turns it into pages. Pages are
found by slug under their parent, so a second run creates nothing.
"""

from portal.demo.media import demo_cover, demo_pdf, illustration
from portal.demo.pages import ensure_page

from . import demo_content as content
from .models import (
    BestPracticePage,
    CooperationFormPage,
    GuidePage,
    ResourceIndexPage,
    StudyPage,
)

IMAGE_PREFIX = "@image:"


def with_images(value):
    """`value` with every "@image:<key>" placeholder replaced by its generated image."""
    if isinstance(value, str) and value.startswith(IMAGE_PREFIX):
        return illustration(value.removeprefix(IMAGE_PREFIX))
    if isinstance(value, dict):
        return {name: with_images(item) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(with_images(item) for item in value)
    return value


def stream(block_type, items):
    return [(block_type, item) for item in items]


def step_items(pairs):
    return [{"title": title, "text": text} for title, text in pairs]


def terms(context, kind, slugs):
    return [context[kind][slug] for slug in slugs]


def tag(page, context, data):
    page.themes = terms(context, "themes", data.get("themes", []))
    page.audiences = terms(context, "audiences", data.get("audiences", []))
    if "territory_types" in data:
        page.territory_types = terms(context, "territory_types", data["territory_types"])
    if "image" in data:
        page.listing_image = illustration(data["image"])
    return page


def build_library():
    fields = content.LIBRARY
    return ResourceIndexPage(**fields["fr"]), fields["en"]


def build_guide(context):
    data = content.GUIDE
    fr, en = ({**data[lang], "body": with_images(data[lang]["body"])} for lang in ("fr", "en"))
    page = GuidePage(publication_date=data["publication_date"], **fr)
    return tag(page, context, data), en


def practice_fields(fields):
    return {
        **fields,
        "steps": stream("step", step_items(fields["steps"])),
        "pitfalls": stream("pitfall", fields["pitfalls"]),
        "body": with_images(fields["body"]),
    }


def build_practice(context, data):
    page = BestPracticePage(
        number=data["number"],
        publication_date=data["publication_date"],
        **practice_fields(data["fr"]),
    )
    return tag(page, context, data), practice_fields(data["en"])


def study_fields(fields, document):
    fields = dict(fields)
    document_title = fields.pop("document")
    return {
        **fields,
        "key_findings": stream(
            "finding", [{"title": title, "text": text} for title, text in fields["key_findings"]]
        ),
        "documents": [("document", {"document": document, "title": document_title})],
        "body": with_images(fields["body"]),
    }


def build_study(context, data):
    fr, en = data["fr"], data["en"]
    year = data["publication_date"].year
    document = demo_pdf(
        data["slug"],
        f"{fr['document']} — {data['slug']}",
        [
            fr["title"],
            en["title"],
            "Document de démonstration · Demonstration document",
            f"{fr['publisher']} · {year}",
        ],
    )
    cover = demo_cover(
        data["image"],
        f"Couverture de démonstration — {data['slug']}",
        fr["title"],
        f"{fr['publisher']} · {year}",
    )
    page = StudyPage(
        publication_date=data["publication_date"],
        cover_image=cover,
        **study_fields(fr, document),
    )
    return tag(page, context, data), study_fields(en, document)


def form_fields(fields):
    return {
        **fields,
        "steps": stream("step", step_items(fields["steps"])),
        "strengths": stream("strength", fields["strengths"]),
        "limits": stream("limit", fields["limits"]),
        "body": with_images(fields["body"]),
    }


def build_form(context, data):
    page = CooperationFormPage(
        acronym=data["acronym"],
        publication_date=data["publication_date"],
        spectrum_position=data["spectrum_position"],
        **form_fields(data["fr"]),
    )
    return tag(page, context, data), form_fields(data["en"])


def load(context):
    """Create the library and its pages that are missing; return them for later loaders."""
    library, _ = ensure_page(
        context["home"], ResourceIndexPage, content.LIBRARY["slug"], build_library
    )
    guide, _ = ensure_page(library, GuidePage, content.GUIDE["slug"], lambda: build_guide(context))
    best_practices = {
        data["number"]: ensure_page(
            library,
            BestPracticePage,
            data["slug"],
            lambda data=data: build_practice(context, data),
        )[0]
        for data in content.BEST_PRACTICES
    }
    studies = {
        data["slug"]: ensure_page(
            library, StudyPage, data["slug"], lambda data=data: build_study(context, data)
        )[0]
        for data in content.STUDIES
    }
    cooperation_forms = {
        data["slug"]: ensure_page(
            library, CooperationFormPage, data["slug"], lambda data=data: build_form(context, data)
        )[0]
        for data in content.COOPERATION_FORMS
    }
    return {
        "library": library,
        "guide": guide,
        "best_practices": best_practices,
        "studies": studies,
        "cooperation_forms": cooperation_forms,
    }
