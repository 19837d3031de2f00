"""A small French/English corpus and the relevance set run over it.

Each text is written like the portal's content (ageing well, mobility, housing, circular
economy…); each query lists the slugs of which at least one must be in the top 3 results.
The set covers stemming, accents, case, ligatures, elisions, stop words, multi-word
queries, place names and an organisation's name (slugs prefixed "org:" are
organisations).
"""

PAGES = {
    "cooperer-filiere": (
        (
            "Coopérer avec les acteurs de l'ESS pour développer une filière",
            "Guide pour les collectivités qui veulent structurer une filière locale avec "
            "les entreprises de l'économie sociale et solidaire.",
            "Les coopératives, les associations et les collectivités coopèrent pour créer "
            "des emplois non délocalisables. Le guide décrit les étapes : diagnostic, "
            "mobilisation des acteurs, gouvernance partagée.",
        ),
        (
            "Working with SSE actors to develop a local sector",
            "A guide for local authorities that want to build a local sector with social "
            "and solidarity economy enterprises.",
            "Cooperatives, associations and local authorities work together to create "
            "jobs that cannot be relocated: assessment, mobilising actors, shared "
            "governance.",
        ),
    ),
    "habitat-inclusif": (
        (
            "L'habitat inclusif en milieu rural",
            "Des logements partagés pour les personnes âgées, portés par une association "
            "et la commune.",
            "Un bailleur social, une association d'aide à domicile et la mairie ont ouvert "
            "six logements adaptés près du centre-bourg.",
        ),
        (
            "Inclusive housing in rural areas",
            "Shared homes for older people, run by an association and the municipality.",
            "A social landlord, a home-care association and the town hall opened six "
            "adapted homes near the village centre.",
        ),
    ),
    "mobilite-solidaire": (
        (
            "Mobilité solidaire : garages et auto-écoles sociales",
            "Des garages solidaires et des auto-écoles sociales pour que chacun puisse "
            "se déplacer vers l'emploi.",
            "La plateforme de mobilité prête des véhicules et accompagne les demandeurs "
            "d'emploi sans permis.",
        ),
        (
            "Solidarity mobility: social garages and driving schools",
            "Solidarity garages and social driving schools so that everyone can travel to work.",
            "The mobility platform lends vehicles and supports jobseekers without a "
            "driving licence.",
        ),
    ),
    "scic": (
        (
            "La société coopérative d'intérêt collectif (SCIC)",
            "Une SCIC associe salariés, usagers, bénévoles et collectivités à son capital.",
            "Forme coopérative multi-sociétariat, la SCIC permet à une collectivité "
            "d'entrer au capital dans la limite de 50 %.",
        ),
        (
            "The collective interest cooperative company (SCIC)",
            "A SCIC brings employees, users, volunteers and local authorities into its capital.",
            "A multi-stakeholder cooperative form, the SCIC lets a local authority hold up "
            "to 50 % of its capital.",
        ),
    ),
    "ptce": (
        (
            "Pôle territorial de coopération économique",
            "Un PTCE regroupe entreprises, associations et collectivités autour d'un "
            "projet de développement local.",
            "La coopération économique s'inscrit dans la durée grâce à une structure "
            "d'animation dédiée.",
        ),
        (
            "Territorial economic cooperation cluster",
            "A PTCE brings together enterprises, associations and local authorities around "
            "a local development project.",
            "Economic cooperation lasts thanks to a dedicated coordinating structure.",
        ),
    ),
    "economie-circulaire": (
        (
            "Économie circulaire : ressourceries et réemploi",
            "Les ressourceries collectent, réparent et revendent : réemploi et emplois "
            "d'insertion.",
            "Avec la communauté de communes, la ressourcerie a détourné 300 tonnes de déchets.",
        ),
        (
            "Circular economy: resource centres and reuse",
            "Resource centres collect, repair and resell: reuse and integration jobs.",
            "With the community of municipalities, the resource centre diverted 300 "
            "tonnes of waste.",
        ),
    ),
    "alimentation": (
        (
            "Alimentation durable : les projets alimentaires territoriaux",
            "Un projet alimentaire territorial relie producteurs, cantines et épiceries "
            "solidaires.",
            "La cuisine centrale s'approvisionne auprès d'une légumerie d'insertion.",
        ),
        (
            "Sustainable food: territorial food projects",
            "A territorial food project links producers, school canteens and solidarity "
            "grocery shops.",
            "The central kitchen buys from an integration vegetable-processing workshop.",
        ),
    ),
    "numerique": (
        (
            "Inclusion numérique dans les territoires",
            "Conseillers numériques et tiers-lieux accompagnent les habitants dans leurs "
            "démarches en ligne.",
            "Des permanences itinérantes aident à utiliser les services publics en ligne.",
        ),
        (
            "Digital inclusion in the territories",
            "Digital advisers and third places help residents with online procedures.",
            "Travelling drop-in sessions help people use online public services.",
        ),
    ),
    "sante": (
        (
            "Centres de santé et coopération locale",
            "Un centre de santé associatif salarie des médecins dans un désert médical.",
            "La commune met les locaux à disposition ; l'association gère le centre.",
        ),
        (
            "Health centres and local cooperation",
            "A non-profit health centre employs doctors in a medical desert.",
            "The municipality provides the premises; the association runs the centre.",
        ),
    ),
    "bien-vieillir": (
        (
            "Bien vieillir à domicile",
            "Services d'aide à domicile et prévention de la perte d'autonomie.",
            "Le vieillissement de la population appelle des services de proximité.",
        ),
        (
            "Ageing well at home",
            "Home-care services and preventing the loss of autonomy.",
            "An ageing population needs local services.",
        ),
    ),
    "fabrique-saint-etienne": (
        (
            "La Fabrique à initiatives à Saint-Étienne",
            "À Saint-Étienne, la Fabrique à initiatives transforme des besoins repérés en "
            "activités nouvelles.",
            "Une étude d'opportunité précède chaque création d'activité.",
        ),
        (
            "The Fabrique à initiatives in Saint-Étienne",
            "In Saint-Étienne, the Fabrique à initiatives turns identified needs into new "
            "activities.",
            "An opportunity study comes before each new activity.",
        ),
    ),
    "territoire-zero-chomeur": (
        (
            "Créer des emplois : territoire zéro chômeur de longue durée",
            "Une entreprise à but d'emploi embauche des chômeurs de longue durée pour des "
            "travaux utiles au territoire.",
            "Le comité local pour l'emploi réunit élus, habitants et entreprises.",
        ),
        (
            "Creating jobs: zero long-term unemployment territory",
            "An employment-based enterprise hires long-term unemployed people for work "
            "useful to the territory.",
            "The local employment committee brings together councillors, residents and "
            "businesses.",
        ),
    ),
    "comite-filiere": (
        (
            "Mise en œuvre d'un comité de filière",
            "Réunir les acteurs d'une filière autour d'une feuille de route commune.",
            "Le comité de filière se réunit chaque trimestre.",
        ),
        (
            "Setting up a sector committee",
            "Bringing a sector's actors together around a shared roadmap.",
            "The sector committee meets every quarter.",
        ),
    ),
    "achats-responsables": (
        (
            "Achats publics responsables et clauses sociales",
            "Les clauses sociales des marchés publics ouvrent la commande publique aux "
            "structures d'insertion.",
            "Un facilitateur aide les acheteurs à rédiger les clauses.",
        ),
        (
            "Responsible public procurement and social clauses",
            "Social clauses in public contracts open public purchasing to integration "
            "enterprises.",
            "A facilitator helps buyers draft the clauses.",
        ),
    ),
    "tiers-lieux": (
        (
            "Tiers-lieux et fabriques de territoire",
            "Espaces de travail partagés, ateliers et cafés associatifs en zone rurale.",
            "Le tiers-lieu accueille une recyclerie et un espace de coworking.",
        ),
        (
            "Third places and territorial hubs",
            "Shared workspaces, workshops and community cafés in rural areas.",
            "The third place hosts a recycling shop and a coworking space.",
        ),
    ),
}

ORGANISATION = {"slug": "france-active-loire", "name": "France Active Loire"}

FRENCH_QUERIES = [
    ("coopératives", ["cooperer-filiere", "scic"]),
    ("filières", ["cooperer-filiere", "comite-filiere"]),
    ("cooperer filiere", ["cooperer-filiere"]),
    ("coopération", ["ptce", "sante"]),
    ("COOPERATION ECONOMIQUE", ["ptce"]),
    ("l'habitat", ["habitat-inclusif"]),
    ("l’habitat inclusif", ["habitat-inclusif"]),
    ("logement personnes âgées", ["habitat-inclusif"]),
    ("mobilite", ["mobilite-solidaire"]),
    ("garage solidaire", ["mobilite-solidaire"]),
    ("auto-école sociale", ["mobilite-solidaire"]),
    ("oeuvre", ["comite-filiere"]),
    ("œuvre comité", ["comite-filiere"]),
    ("économie circulaire", ["economie-circulaire"]),
    ("ressourcerie", ["economie-circulaire"]),
    ("reemploi", ["economie-circulaire"]),
    ("projet alimentaire", ["alimentation"]),
    ("inclusion numerique", ["numerique"]),
    ("centres de santé", ["sante"]),
    ("désert médical", ["sante"]),
    ("vieillir", ["bien-vieillir"]),
    ("Saint-Étienne", ["fabrique-saint-etienne"]),
    ("saint etienne", ["fabrique-saint-etienne"]),
    ("étude d'opportunité", ["fabrique-saint-etienne"]),
    ("SCIC", ["scic"]),
    ("société coopérative d'intérêt collectif", ["scic"]),
    ("zéro chômeur", ["territoire-zero-chomeur"]),
    ("clause sociale", ["achats-responsables"]),
    ("tiers-lieux", ["tiers-lieux"]),
    ("France Active", ["org:france-active-loire"]),
]

ENGLISH_QUERIES = [
    ("cooperatives", ["cooperer-filiere", "scic"]),
    ("local sector", ["cooperer-filiere"]),
    ("housing", ["habitat-inclusif"]),
    ("inclusive housing", ["habitat-inclusif"]),
    ("solidarity garages", ["mobilite-solidaire"]),
    ("circular economy", ["economie-circulaire"]),
    ("reuse", ["economie-circulaire"]),
    ("food projects", ["alimentation"]),
    ("digital inclusion", ["numerique"]),
    ("ageing", ["bien-vieillir"]),
    ("health centre", ["sante"]),
    ("Saint-Etienne", ["fabrique-saint-etienne"]),
    ("public procurement", ["achats-responsables"]),
    ("third places", ["tiers-lieux"]),
]
