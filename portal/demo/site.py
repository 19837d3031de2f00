"""Demo content of the foundation: locales, site, home, standard pages, taxonomy, settings.

French is written first, for French readers; English follows as a wagtail-localize
translation. Every step is idempotent: it finds what a previous run created.
"""

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from portal.models import (
    Audience,
    ContactSettings,
    HomePage,
    NavigationSettings,
    StandardPage,
    TerritoryType,
    Theme,
)

from .translate import translate

THEMES = [
    # slug, French, English
    ("bien-vieillir", "Bien-vieillir", "Ageing well"),
    ("mobilite", "Mobilité", "Mobility"),
    ("habitat", "Habitat et logement", "Housing"),
    ("economie-circulaire", "Économie circulaire", "Circular economy"),
    ("alimentation", "Alimentation durable", "Sustainable food"),
    ("numerique", "Numérique", "Digital"),
    ("sante", "Santé", "Health"),
    ("services-proximite", "Services de proximité", "Local services"),
    ("creation-activite", "Création d'activité et d'emplois", "Creating activity and jobs"),
]
AUDIENCES = [
    ("elus", "Élus locaux", "Elected officials"),
    ("agents", "Agents des collectivités", "Local-authority officers"),
    ("porteurs-de-projet", "Porteurs de projet", "Project leaders"),
    ("acteurs-ess", "Acteurs de l'ESS", "ESS actors"),
    ("citoyens", "Citoyens", "Citizens"),
]
TERRITORY_TYPES = [
    ("rural", "Rural", "Rural"),
    ("urbain", "Urbain", "Urban"),
    ("periurbain", "Périurbain", "Peri-urban"),
    ("montagne", "Montagne", "Mountain"),
    ("littoral", "Littoral", "Coastal"),
    ("outre-mer", "Outre-mer", "Overseas"),
]


def ensure_locales():
    french, _ = Locale.objects.get_or_create(language_code="fr")
    english, _ = Locale.objects.get_or_create(language_code="en")
    return french, english


def ensure_terms(model, rows, french):
    terms = {}
    for order, (slug, name_fr, name_en) in enumerate(rows):
        term = model.objects.filter(slug=slug, locale=french).first()
        if term is None:
            term = model.objects.create(
                slug=slug, name=name_fr, locale=french, sort_order=order * 10
            )
            translate(term, {"name": name_en})
        terms[slug] = term
    return terms


def paragraph(html):
    return ("paragraph", html)


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


HOME_FR = {
    "title": "Accueil",
    "hero_title": "Coopérer avec l'ESS pour créer de l'activité sur votre territoire",
    "hero_text": (
        "Guides, pratiques recommandées, études et retours d'expérience pour les "
        "collectivités qui veulent répondre à un besoin local avec les acteurs de "
        "l'économie sociale et solidaire, et l'annuaire des structures qui peuvent "
        "les accompagner près de chez elles."
    ),
    "featured_title": "Pour commencer",
    "summary": (
        "Le portail d'Avise sur la coopération entre collectivités et acteurs de l'ESS "
        "pour créer de l'activité sur les territoires."
    ),
    "body": [
        heading("Partir d'un besoin du territoire"),
        paragraph(
            "<p>Bien-vieillir, mobilité, habitat, économie circulaire, services de "
            "proximité : une collectivité repère souvent un besoin local avant de savoir "
            "qui pourra y répondre. Parfois, créer de l'activité est le but en soi : "
            "redynamiser un territoire et créer des emplois qui ne seront pas "
            "délocalisés.</p>"
        ),
        paragraph(
            "<p>La collectivité peut faire émerger une idée, actionner des leviers "
            "concrets — foncier ou locaux vacants, portage politique, promotion du "
            "projet — et trouver qui la portera, par exemple au moyen d'un appel à "
            "manifestation d'intérêt.</p>"
        ),
    ],
}
HOME_EN = {
    "title": "Home",
    "hero_title": "Working with the social economy to create activity on your territory",
    "hero_text": (
        "Guides, recommended practices, studies and case studies for local authorities "
        "that want to meet a local need with social and solidarity economy actors, and "
        "the directory of the support structures near them."
    ),
    "featured_title": "Where to start",
    "summary": (
        "Avise's portal on cooperation between local authorities and social economy "
        "actors to create activity on their territories."
    ),
    "body": [
        heading("Start from a need of the territory"),
        paragraph(
            "<p>Ageing well, mobility, housing, the circular economy, local services: a "
            "local authority often spots a local need before it knows who could meet it. "
            "Sometimes creating activity is the goal itself: reviving a territory and "
            "creating local jobs that cannot be moved elsewhere.</p>"
        ),
        paragraph(
            "<p>The local authority can start an idea, pull concrete levers — vacant land "
            "or premises, political backing, promoting the project — and find someone to "
            "carry it, for instance through a call for expressions of interest.</p>"
        ),
    ],
}

STANDARD_PAGES = [
    (
        "a-propos",
        {
            "title": "À propos",
            "summary": "Qui porte ce portail et à quoi il sert.",
            "body": [
                paragraph(
                    "<p>Avise est l'agence nationale qui développe l'économie sociale et "
                    "solidaire et l'innovation sociale. Son pôle Territoires déploie "
                    "l'ingénierie nécessaire à la coopération territoriale autour de "
                    "l'ESS : consolidation du réseau de la Fabrique à initiatives, "
                    "contribution à la relance des pôles territoriaux de coopération "
                    "économique, renforcement de l'accompagnement à la coopération.</p>"
                ),
                heading("Ce que vous trouverez ici"),
                paragraph(
                    "<p>Des ressources pour coopérer avec les acteurs de l'ESS et "
                    "l'annuaire des structures qui accompagnent les territoires.</p>"
                ),
            ],
        },
        {
            "title": "About",
            "summary": "Who runs this portal and what it is for.",
            "body": [
                paragraph(
                    "<p>Avise is the national agency that develops the social and "
                    "solidarity economy and social innovation. Its Territories team "
                    "provides the engineering that territorial cooperation around the "
                    "social economy needs: consolidating the Fabrique à initiatives "
                    "network, helping relaunch territorial economic cooperation hubs "
                    "(PTCE), strengthening support for cooperation.</p>"
                ),
                heading("What you will find here"),
                paragraph(
                    "<p>Resources for cooperating with social economy actors, and the "
                    "directory of the structures that support territories.</p>"
                ),
            ],
        },
    ),
    (
        "mentions-legales",
        {
            "title": "Mentions légales",
            "summary": "Éditeur, hébergement et licences du portail.",
            "body": [
                heading("Éditeur"),
                paragraph("<p>Ce site de démonstration est édité pour Avise.</p>"),
                heading("Données géographiques"),
                paragraph(
                    "<p>Les communes, départements et régions proviennent du Code "
                    "officiel géographique de l'INSEE, les codes postaux de La Poste et "
                    "les contours de l'IGN, sous Licence Ouverte.</p>"
                ),
            ],
        },
        {
            "title": "Legal notice",
            "summary": "Publisher, hosting and licences of the portal.",
            "body": [
                heading("Publisher"),
                paragraph("<p>This demonstration site is published for Avise.</p>"),
                heading("Geographic data"),
                paragraph(
                    "<p>Communes, départements and regions come from INSEE's official "
                    "geographic code, postcodes from La Poste and outlines from IGN, "
                    "under the Licence Ouverte (Open Licence).</p>"
                ),
            ],
        },
    ),
    (
        "accessibilite",
        {
            "title": "Déclaration d'accessibilité",
            "summary": "L'état de conformité du portail au RGAA et comment nous signaler "
            "un problème.",
            "body": [
                heading("État de conformité"),
                paragraph(
                    "<p>Ce portail vise la conformité au référentiel général "
                    "d'amélioration de l'accessibilité (RGAA 4.1). Chaque modèle de page "
                    "est vérifié automatiquement à chaque modification du code ; un audit "
                    "complet reste à réaliser, le site est donc déclaré "
                    "« non conforme » en attendant cet audit.</p>"
                ),
                heading("Signaler un problème"),
                paragraph(
                    "<p>Si vous ne pouvez pas accéder à un contenu, écrivez-nous : nous "
                    "vous le fournirons sous une autre forme.</p>"
                ),
                heading("Voie de recours"),
                paragraph(
                    "<p>Sans réponse satisfaisante, vous pouvez saisir le Défenseur des "
                    "droits.</p>"
                ),
            ],
        },
        {
            "title": "Accessibility statement",
            "summary": "How far the portal complies with the RGAA, and how to report a problem.",
            "body": [
                heading("Compliance status"),
                paragraph(
                    "<p>This portal aims to comply with the French accessibility "
                    "standard (RGAA 4.1). Every page template is checked automatically "
                    "whenever the code changes; a full audit is still to be done, so the "
                    "site is declared “not compliant” until then.</p>"
                ),
                heading("Report a problem"),
                paragraph(
                    "<p>If you cannot reach some content, write to us: we will provide "
                    "it in another form.</p>"
                ),
                heading("Remedies"),
                paragraph(
                    "<p>If our answer does not satisfy you, you can refer the matter to "
                    "the Défenseur des droits.</p>"
                ),
            ],
        },
    ),
    (
        "donnees-personnelles",
        {
            "title": "Données personnelles",
            "summary": "Quelles données le portail conserve, pourquoi et combien de temps.",
            "body": [
                paragraph(
                    "<p>Le portail ne dépose aucun cookie de mesure d'audience. Les "
                    "demandes envoyées aux structures de l'annuaire sont conservées pour "
                    "une durée limitée, puis supprimées.</p>"
                ),
            ],
        },
        {
            "title": "Personal data",
            "summary": "What data the portal keeps, why and for how long.",
            "body": [
                paragraph(
                    "<p>The portal sets no audience-measurement cookie. Requests sent to "
                    "the structures of the directory are kept for a limited time, then "
                    "deleted.</p>"
                ),
            ],
        },
    ),
]


def ensure_home(french):
    """The French home page as the default site's root, replacing Wagtail's welcome page."""
    home = HomePage.objects.filter(locale=french, depth=2).first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    home = HomePage(slug="accueil", locale=french, **HOME_FR)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    welcome = site.root_page if site else None
    if site is None:
        site = Site(is_default_site=True)
    # The address `make run` serves, so canonical and sitemap URLs work locally; a real
    # deployment sets its own host name in Settings > Sites.
    site.hostname, site.port = "127.0.0.1", 8000
    site.root_page = home
    site.site_name = "Avise"
    site.save()
    if welcome is not None and welcome.specific_class is Page:
        welcome.delete()
    translate(home, HOME_EN)
    return home, True


def ensure_standard_pages(home):
    pages = {}
    for slug, french, english in STANDARD_PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = StandardPage(slug=slug, **french)
            home.add_child(instance=page)
            page.save_revision().publish()
            translate(page, english)
        pages[slug] = page
    return pages


def ensure_settings(site, pages):
    navigation = NavigationSettings.for_site(site)
    if not navigation.footer:
        navigation.primary = [("link", {"page": pages["a-propos"]})]
        navigation.footer = [
            ("link", {"page": pages[slug]})
            for slug in ("mentions-legales", "accessibilite", "donnees-personnelles", "a-propos")
        ]
        navigation.save()
    contact = ContactSettings.for_site(site)
    if not contact.email:
        contact.email = "contact@example.org"
        contact.address = "Adresse de démonstration\n75000 Paris"
        contact.social_links = [
            ("link", {"network": "linkedin", "url": "https://www.linkedin.com/"}),
        ]
        contact.save()


def ensure_synchronisation(french, english):
    LocaleSynchronization.objects.get_or_create(locale=english, defaults={"sync_from": french})


def load(stdout=None):
    """Create what is missing; return a context other apps' demo loaders build on."""
    french, english = ensure_locales()
    themes = ensure_terms(Theme, THEMES, french)
    audiences = ensure_terms(Audience, AUDIENCES, french)
    territory_types = ensure_terms(TerritoryType, TERRITORY_TYPES, french)
    home, created = ensure_home(french)
    pages = ensure_standard_pages(home)
    site = Site.objects.get(is_default_site=True)
    ensure_settings(site, pages)
    return {
        "french": french,
        "english": english,
        "home": home,
        "site": site,
        "themes": themes,
        "audiences": audiences,
        "territory_types": territory_types,
        "standard_pages": pages,
        "created": created,
    }


def finish(context):
    """Run after every app's demo: keep the English tree in step from now on."""
    ensure_synchronisation(context["french"], context["english"])
