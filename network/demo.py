"""Demo content of the directory: the Fabrique à initiatives network and its 2022 figures
(FACTS.md), 30 fictional member structures in 30 territories, about 40 other fictional
support structures with varied areas of action, the services vocabulary and the
directory page — in French, translated into English with wagtail-localize.

Every organisation is found by its external id, so a second run creates nothing. All
names say "démo": none of these structures exists.
"""

import datetime

from portal.demo.pages import ensure_page, link_in_main_menu
from portal.demo.translate import translate
from territories.models import Commune

from .models import DirectoryPage, Network, NetworkFigures, Organisation, OrganisationKind

SOURCE = "Données de démonstration"
VERIFIED = datetime.date(2025, 1, 15)

SERVICES = [
    # slug, French, English
    ("diagnostic", "Diagnostic des besoins du territoire", "Assessing the territory's needs"),
    ("animation", "Animation territoriale", "Bringing local actors together"),
    ("etude-opportunite", "Étude d'opportunité", "Opportunity study"),
    ("modelisation", "Modélisation économique", "Economic modelling"),
    ("incubation", "Incubation de projets", "Project incubation"),
    ("acceleration", "Accélération", "Acceleration"),
    ("cooperation", "Accompagnement à la coopération", "Support for cooperation"),
    ("financement", "Orientation vers les financements", "Guidance towards funding"),
]

NETWORK = {
    "slug": "fabrique-a-initiatives",
    "name": "La Fabrique à initiatives",
    "name_en": "La Fabrique à initiatives",
    "website": "https://www.avise.org/",
    "description": (
        "<p>Programme d'innovation sociale animé par Avise. Il aide les acteurs d'un "
        "territoire à comprendre les besoins locaux et développe de nouvelles activités "
        "économiques utiles au territoire, en reliant acteurs publics, acteurs privés et "
        "citoyens pour construire des réponses entrepreneuriales collectives dans l'ESS.</p>"
    ),
    "description_en": (
        "<p>A social-innovation programme run by Avise. It helps a territory's actors "
        "understand local needs and develops new economic activities useful to the "
        "territory, connecting public actors, private actors and citizens to build "
        "collective entrepreneurial answers within the social economy.</p>"
    ),
    # FACTS.md: 30 member structures; in 2022, 299 creativity sessions, 109 opportunity
    # studies, 47 enterprises or activities created.
    "figures": {
        2022: {
            "members": 30,
            "creativity_sessions": 299,
            "opportunity_studies": 109,
            "activities_created": 47,
        }
    },
}

# The 30 Fabrique members: (commune, territory in French, in English, area of action).
# An area is ("departments"|"regions"|"communes", [codes]).
FABRIQUES = [
    ("42218", "Loire", "Loire", ("departments", ["42"])),
    ("97120", "Guadeloupe", "Guadeloupe", ("regions", ["01"])),
    ("2A004", "Corse-du-Sud", "Corse-du-Sud", ("departments", ["2A"])),
    ("35238", "Bretagne", "Brittany", ("regions", ["53"])),
    ("44109", "Loire-Atlantique", "Loire-Atlantique", ("departments", ["44"])),
    ("33063", "Gironde", "Gironde", ("departments", ["33"])),
    ("31555", "Haute-Garonne", "Haute-Garonne", ("departments", ["31"])),
    ("34172", "Hérault", "Hérault", ("departments", ["34"])),
    ("13055", "Bouches-du-Rhône", "Bouches-du-Rhône", ("departments", ["13"])),
    ("06088", "Alpes-Maritimes", "Alpes-Maritimes", ("departments", ["06"])),
    ("69123", "Rhône", "Rhône", ("departments", ["69"])),
    ("38185", "Isère", "Isère", ("departments", ["38"])),
    ("63113", "Puy-de-Dôme", "Puy-de-Dôme", ("departments", ["63"])),
    ("87085", "Haute-Vienne", "Haute-Vienne", ("departments", ["87"])),
    ("86194", "Vienne", "Vienne", ("departments", ["86"])),
    ("37261", "Indre-et-Loire", "Indre-et-Loire", ("departments", ["37"])),
    ("45234", "Loiret", "Loiret", ("departments", ["45"])),
    ("21231", "Côte-d'Or", "Côte-d'Or", ("departments", ["21"])),
    ("25056", "Doubs", "Doubs", ("departments", ["25"])),
    ("67482", "Bas-Rhin", "Bas-Rhin", ("departments", ["67"])),
    ("57463", "Moselle", "Moselle", ("departments", ["57"])),
    ("51454", "Marne", "Marne", ("departments", ["51"])),
    ("59350", "Nord", "Nord", ("departments", ["59"])),
    ("80021", "Somme", "Somme", ("departments", ["80"])),
    ("76540", "Seine-Maritime", "Seine-Maritime", ("departments", ["76"])),
    ("14118", "Calvados", "Calvados", ("departments", ["14"])),
    ("93066", "Seine-Saint-Denis", "Seine-Saint-Denis", ("departments", ["93"])),
    ("48095", "Lozère", "Lozère", ("departments", ["48"])),
    ("97411", "La Réunion", "Réunion", ("regions", ["04"])),
    ("29019", "Pays de Brest", "Brest area", ("communes", ["29019", "29189", "29075", "29235"])),
]

# The other support structures: (kind, name, commune, area of action).
OTHERS = [
    # CRESS: a region each.
    ("cress", "CRESS démo Auvergne-Rhône-Alpes", "69123", ("regions", ["84"])),
    ("cress", "CRESS démo Occitanie", "34172", ("regions", ["76"])),
    ("cress", "CRESS démo Bretagne", "35238", ("regions", ["53"])),
    ("cress", "CRESS démo Île-de-France", "75056", ("regions", ["11"])),
    ("cress", "CRESS démo Hauts-de-France", "59350", ("regions", ["32"])),
    ("cress", "CRESS démo Nouvelle-Aquitaine", "33063", ("regions", ["75"])),
    ("cress", "CRESS démo Grand Est", "67482", ("regions", ["44"])),
    ("cress", "CRESS démo Guadeloupe", "97101", ("regions", ["01"])),
    ("cress", "CRESS démo Corse", "2B033", ("regions", ["94"])),
    ("cress", "CRESS démo Provence-Alpes-Côte d'Azur", "13055", ("regions", ["93"])),
    # DLA: a département each.
    ("dla", "DLA démo Loire", "42218", ("departments", ["42"])),
    ("dla", "DLA démo Rhône", "69123", ("departments", ["69"])),
    ("dla", "DLA démo Haute-Loire", "43157", ("departments", ["43"])),
    ("dla", "DLA démo Lozère", "48095", ("departments", ["48"])),
    ("dla", "DLA démo Haute-Corse", "2B033", ("departments", ["2B"])),
    ("dla", "DLA démo Guadeloupe", "97120", ("departments", ["971"])),
    ("dla", "DLA démo Paris", "75056", ("departments", ["75"])),
    ("dla", "DLA démo Gironde", "33063", ("departments", ["33"])),
    ("dla", "DLA démo Nord", "59350", ("departments", ["59"])),
    ("dla", "DLA démo Ille-et-Vilaine", "35238", ("departments", ["35"])),
    # ESS incubators: regions or départements.
    ("incubator", "Incubateur ESS démo Lyon", "69123", ("regions", ["84"])),
    ("incubator", "Incubateur ESS démo Toulouse", "31555", ("departments", ["31", "82"])),
    ("incubator", "Incubateur ESS démo Nantes", "44109", ("regions", ["52"])),
    ("incubator", "Incubateur ESS démo Marseille", "13055", ("departments", ["13"])),
    ("incubator", "Incubateur ESS démo Lille", "59350", ("regions", ["32"])),
    ("incubator", "Incubateur ESS démo Paris", "75056", ("regions", ["11"])),
    ("incubator", "Incubateur ESS démo Strasbourg", "67482", ("departments", ["67", "68"])),
    ("incubator", "Incubateur ESS démo Rennes", "35238", ("departments", ["35"])),
    # Accelerators: national ones and one for overseas regions.
    ("accelerator", "Accélérateur ESS démo national", "75056", ("national", [])),
    ("accelerator", "Accélérateur d'innovation sociale démo", "69123", ("national", [])),
    ("accelerator", "Accélérateur démo Massif central", "63113", ("regions", ["84", "76"])),
    (
        "accelerator",
        "Accélérateur démo Outre-mer",
        "97120",
        ("regions", ["01", "02", "03", "04", "06"]),
    ),
    # PTCE: a few communes each.
    (
        "ptce",
        "PTCE démo Pays stéphanois",
        "42207",
        ("communes", ["42218", "42207", "42095", "42279"]),
    ),
    ("ptce", "PTCE démo Vallée de la Drôme", "26108", ("communes", ["26108", "26113"])),
    ("ptce", "PTCE démo Bassin minier", "62498", ("communes", ["62498", "62427"])),
    ("ptce", "PTCE démo Côte basque", "64102", ("communes", ["64102", "64024"])),
    ("ptce", "PTCE démo Pays ajaccien", "2A004", ("communes", ["2A004", "2A017"])),
    ("ptce", "PTCE démo Pays de Dinan", "22050", ("none", [])),
    # A network head and another structure with no declared area.
    ("network_head", "Tête de réseau démo des pôles de coopération", "75056", ("national", [])),
    ("other", "Coopérative d'activité démo Roannais", "42187", ("none", [])),
]

KIND_SERVICES = {
    "fabrique": ["diagnostic", "animation", "etude-opportunite", "modelisation"],
    "incubator": ["incubation", "modelisation", "financement"],
    "accelerator": ["acceleration", "financement", "cooperation"],
    "ptce": ["cooperation", "animation"],
    "cress": ["cooperation", "financement", "animation"],
    "dla": ["diagnostic", "financement"],
    "network_head": ["cooperation"],
    "other": ["incubation"],
}
KIND_THEMES = {
    "fabrique": ["creation-activite", "services-proximite"],
    "incubator": ["creation-activite", "numerique"],
    "accelerator": ["creation-activite"],
    "ptce": ["economie-circulaire", "alimentation"],
    "cress": ["creation-activite"],
    "dla": ["services-proximite"],
    "network_head": ["creation-activite"],
    "other": ["mobilite"],
}

DESCRIPTIONS = {
    "fabrique": (
        "<p>Membre fictif du réseau de la Fabrique à initiatives, présenté pour la "
        "démonstration ({territory}). Il part d'un diagnostic des besoins du territoire, "
        "repère les idées en germe, suscite des alliances entre acteurs publics, acteurs "
        "privés et citoyens, et mobilise l'ingénierie nécessaire pour qu'un projet solide "
        "voie le jour dans l'ESS.</p>",
        "<p>A fictional member of the Fabrique à initiatives network, shown for the "
        "demonstration ({territory}). It starts from an assessment of the territory's "
        "needs, spots budding ideas, sparks alliances between public actors, private "
        "actors and citizens, and mobilises the engineering a solid social-economy "
        "project needs.</p>",
    ),
    "incubator": (
        "<p>Incubateur fictif, présenté pour la démonstration. Il accompagne des porteurs "
        "de projet de l'ESS et tisse des réseaux avec les acteurs locaux pour bâtir des "
        "écosystèmes coopératifs autour des projets.</p>",
        "<p>A fictional incubator, shown for the demonstration. It supports "
        "social-economy project leaders and weaves networks with local actors to build "
        "cooperative ecosystems around the projects.</p>",
    ),
    "accelerator": (
        "<p>Accélérateur fictif, présenté pour la démonstration. Il aide des structures "
        "de l'ESS à se développer en s'appuyant sur les réseaux d'acteurs locaux.</p>",
        "<p>A fictional accelerator, shown for the demonstration. It helps social-economy "
        "structures grow by drawing on networks of local actors.</p>",
    ),
    "ptce": (
        "<p>Pôle territorial de coopération économique fictif, présenté pour la "
        "démonstration : une des formes de coopération les plus abouties, qui réunit "
        "durablement les acteurs d'un territoire autour de projets communs.</p>",
        "<p>A fictional territorial economic cooperation hub (PTCE), shown for the "
        "demonstration: one of the most advanced forms of cooperation, bringing a "
        "territory's actors together for the long term around shared projects.</p>",
    ),
    "cress": (
        "<p>Structure régionale fictive de l'ESS, présentée pour la démonstration. Elle "
        "met en relation collectivités et acteurs de l'ESS de sa région.</p>",
        "<p>A fictional regional social-economy body, shown for the demonstration. It "
        "connects local authorities and social-economy actors in its region.</p>",
    ),
    "dla": (
        "<p>Dispositif local d'accompagnement fictif, présenté pour la démonstration. Il "
        "aide les structures de l'ESS de son département à consolider leur activité.</p>",
        "<p>A fictional local support scheme (DLA), shown for the demonstration. It helps "
        "the social-economy structures of its département consolidate their activity.</p>",
    ),
    "network_head": (
        "<p>Tête de réseau fictive, présentée pour la démonstration. Elle relie des "
        "structures qui accompagnent la coopération entre acteurs d'un territoire.</p>",
        "<p>A fictional network head, shown for the demonstration. It links structures "
        "that support cooperation between a territory's actors.</p>",
    ),
    "other": (
        "<p>Structure fictive, présentée pour la démonstration. Elle accueille des "
        "porteurs de projet près de son bureau, sans zone d'intervention déclarée.</p>",
        "<p>A fictional structure, shown for the demonstration. It welcomes project "
        "leaders near its office, with no declared area of action.</p>",
    ),
}

DIRECTORY_PAGE = {
    "slug": "annuaire",
    "fr": {
        "title": "Annuaire des structures d'accompagnement",
        "summary": (
            "Trouvez les structures qui accompagnent les collectivités et les acteurs de "
            "l'ESS sur votre commune : Fabriques à initiatives, incubateurs, PTCE, DLA…"
        ),
        "intro": (
            "<p>Tapez le nom de votre commune ou son code postal : l'annuaire liste d'abord "
            "les structures dont la zone d'intervention couvre votre commune, puis les "
            "structures nationales, puis les plus proches. Les structures présentées sont "
            "fictives.</p>"
        ),
    },
    "en": {
        "title": "Directory of support structures",
        "summary": (
            "Find the structures that support local authorities and social-economy actors "
            "in your commune: Fabriques à initiatives, incubators, PTCE, DLA…"
        ),
        "intro": (
            "<p>Type the name of your commune or its postcode: the directory first lists "
            "the structures whose area of action covers your commune, then national "
            "structures, then the nearest ones. The structures shown are fictional.</p>"
        ),
        "slug": "directory",
    },
}


def ensure_services(french):
    from .models import Service

    services = {}
    for order, (slug, name_fr, name_en) in enumerate(SERVICES):
        service = Service.objects.filter(slug=slug, locale=french).first()
        if service is None:
            service = Service.objects.create(
                slug=slug, name=name_fr, sort_order=order, locale=french
            )
            translate(service, {"name": name_en})
        services[slug] = service
    return services


def ensure_network(french):
    network = Network.objects.filter(slug=NETWORK["slug"], locale=french).first()
    if network is None:
        network = Network.objects.create(
            slug=NETWORK["slug"],
            name=NETWORK["name"],
            website=NETWORK["website"],
            description=NETWORK["description"],
            locale=french,
        )
        translate(network, {"name": NETWORK["name_en"], "description": NETWORK["description_en"]})
    for year, figures in NETWORK["figures"].items():
        NetworkFigures.objects.get_or_create(network=network, year=year, defaults=figures)
    return network


def slugify_name(name):
    from django.utils.text import slugify

    return slugify(name.replace("—", " "))


def ensure_organisation(french, spec, communes, services, themes, network=None):
    """Create one published organisation and its English translation, unless it exists."""
    external_id = "demo-" + spec["slug"]
    if Organisation.objects.filter(external_id=external_id, locale=french).exists():
        return False
    kind = spec["kind"]
    area_kind, codes = spec["area"]
    description_fr, description_en = DESCRIPTIONS[kind]
    organisation = Organisation(
        locale=french,
        name=spec["name"],
        slug=spec["slug"],
        kind=kind,
        commune=communes[spec["commune"]],
        description=description_fr.format(territory=spec["territory_fr"]),
        national=area_kind == "national",
        website=f"https://{spec['slug']}.example.org/",
        email=f"contact@{spec['slug']}.example.org",
        phone="01 00 00 00 00",
        source=SOURCE,
        last_verified=VERIFIED,
        external_id=external_id,
    )
    organisation.save()
    if area_kind == "regions":
        organisation.area_regions.set(codes)
    elif area_kind == "departments":
        organisation.area_departments.set(codes)
    elif area_kind == "communes":
        organisation.area_communes.set(codes)
    organisation.services.set([services[slug] for slug in KIND_SERVICES[kind]])
    organisation.themes.set([themes[slug] for slug in KIND_THEMES[kind] if slug in themes])
    if network is not None:
        organisation.networks.set([network])
    organisation.save_revision().publish()
    translate(
        Organisation.objects.get(pk=organisation.pk),
        {"description": description_en.format(territory=spec["territory_en"])},
    )
    return True


def organisation_specs():
    for insee, territory_fr, territory_en, area in FABRIQUES:
        name = f"Fabrique à initiatives — démo {territory_fr}"
        yield {
            "kind": OrganisationKind.FABRIQUE,
            "name": name,
            "slug": slugify_name(name),
            "commune": insee,
            "area": area,
            "territory_fr": territory_fr,
            "territory_en": territory_en,
            "fabrique": True,
        }
    for kind, name, insee, area in OTHERS:
        yield {
            "kind": kind,
            "name": name,
            "slug": slugify_name(name),
            "commune": insee,
            "area": area,
            "territory_fr": "",
            "territory_en": "",
            "fabrique": False,
        }


def load(context):
    french = context["french"]
    services = ensure_services(french)
    network = ensure_network(french)
    specs = list(organisation_specs())
    communes = Commune.objects.in_bulk([spec["commune"] for spec in specs])
    missing = {spec["commune"] for spec in specs} - set(communes)
    if missing:  # a demo without its gazetteer cannot place its structures
        raise RuntimeError(f"Load the gazetteer first (missing communes: {sorted(missing)})")
    for spec in specs:
        ensure_organisation(
            french,
            spec,
            communes,
            services,
            context["themes"],
            network=network if spec["fabrique"] else None,
        )
    directory, _ = ensure_page(
        context["home"],
        DirectoryPage,
        DIRECTORY_PAGE["slug"],
        lambda: (
            DirectoryPage(show_in_menus=True, **DIRECTORY_PAGE["fr"]),
            DIRECTORY_PAGE["en"],
        ),
    )
    link_in_main_menu(context["site"], [directory])
    return {"directory": directory, "fabrique_network": network, "services": services}
