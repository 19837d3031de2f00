"""The text of the library's demo pages, in French (written first) and in English.

Only facts from the project's fact sheet are stated; every structure, person and figure
that is not in it is fictional and named as such ("— démo"). Each page is a dict with its
slug, the fields that are not translated (dates, ranks, taxonomy slugs) and "fr"/"en",
the translated fields. The English fields have exactly the shape of the French ones, block
for block and paragraph for paragraph, as `portal.demo.translate.translate` requires.

Lists of plain strings (steps, pitfalls, strengths, limits, key findings) are turned into
the page type's StreamField blocks by `resources.demo`. In a body, "@image:<key>" stands
for the generated illustration of that key.
"""

from datetime import date

from portal.demo.site import heading, paragraph


def callout(text, title="", kind="info"):
    return ("callout", {"kind": kind, "title": title, "text": text})


def steps(items, title="", style="steps"):
    return (
        "steps",
        {"title": title, "style": style, "steps": [{"title": t, "text": x} for t, x in items]},
    )


def questions(items, title=""):
    return (
        "questions",
        {"title": title, "questions": [{"question": q, "answer": a} for q, a in items]},
    )


def key_figures(figures, title="", source=""):
    return (
        "key_figures",
        {
            "title": title,
            "source": source,
            "figures": [{"figure": f, "label": label} for f, label in figures],
        },
    )


def quote(text, author="", role=""):
    return ("quote", {"quote": text, "author": author, "role": role})


def image(key, alt_text, caption="", credit=""):
    return (
        "image",
        {"image": f"@image:{key}", "alt_text": alt_text, "caption": caption, "credit": credit},
    )


FABRIQUE_FIGURES_FR = key_figures(
    [
        ("30", "structures membres du réseau"),
        ("299", "séances de créativité organisées en 2022"),
        ("109", "études d'opportunité avancées en 2022"),
        ("47", "entreprises ou activités créées en 2022"),
    ],
    title="La Fabrique à initiatives en chiffres",
    source="Réseau de la Fabrique à initiatives, Avise",
)
FABRIQUE_FIGURES_EN = key_figures(
    [
        ("30", "member structures in the network"),
        ("299", "creativity sessions held in 2022"),
        ("109", "opportunity studies advanced in 2022"),
        ("47", "enterprises or activities created in 2022"),
    ],
    title="The Fabrique à initiatives in figures",
    source="Fabrique à initiatives network, Avise",
)

LIBRARY = {
    "slug": "ressources",
    "fr": {
        "title": "Ressources",
        "summary": (
            "Guide, pratiques recommandées, études et formes de coopération pour agir avec "
            "les acteurs de l'ESS sur votre territoire."
        ),
        "intro": (
            "Tout ce qu'il faut pour passer d'un besoin repéré sur le territoire à une "
            "activité durable portée avec les acteurs de l'économie sociale et solidaire : "
            "un guide pas à pas, six pratiques recommandées, des études et une présentation "
            "des principales formes de coopération. Filtrez par type, thème ou public."
        ),
    },
    "en": {
        "title": "Resources",
        "summary": (
            "A guide, recommended practices, studies and cooperation forms for working with "
            "social economy actors on your territory."
        ),
        "intro": (
            "Everything you need to go from a need spotted on your territory to a lasting "
            "activity carried with social and solidarity economy actors: a step-by-step "
            "guide, six recommended practices, studies and an overview of the main forms of "
            "cooperation. Filter by type, theme or audience."
        ),
    },
}

GUIDE = {
    "slug": "cooperer-avec-l-ess-pour-developper-une-filiere",
    "publication_date": date(2025, 3, 12),
    "themes": ["creation-activite", "alimentation", "economie-circulaire", "mobilite"],
    "audiences": ["elus", "agents"],
    "territory_types": ["rural", "urbain", "periurbain"],
    "image": "guide",
    "fr": {
        "title": "Coopérer avec les acteurs de l'ESS pour développer une activité ou une filière",
        "summary": (
            "Du besoin repéré à l'activité qui dure : les leviers d'une collectivité, les six "
            "pratiques recommandées et la construction d'une filière avec les acteurs de "
            "l'économie sociale et solidaire."
        ),
        "intro": (
            "Bien-vieillir, mobilité, habitat, économie circulaire, services de proximité : "
            "votre collectivité a repéré un besoin, ou veut simplement créer de l'activité "
            "et des emplois qui ne se délocaliseront pas. Ce guide vous aide à passer de "
            "l'idée au projet avec les acteurs de l'ESS."
        ),
        "body": [
            heading("Partir d'un besoin du territoire"),
            paragraph(
                "<p>Communes, intercommunalités, départements et régions repèrent "
                "régulièrement un besoin local ou un enjeu clé : bien-vieillir, mobilité, "
                "habitat, économie circulaire, services de proximité… C'est souvent le point "
                "de départ d'une coopération avec les acteurs de l'économie sociale et "
                "solidaire.</p>"
                "<p>Parfois, aucune filière n'est visée : créer de l'activité économique est "
                "le but en soi, pour redynamiser le territoire et créer des emplois locaux "
                "qui ne seront pas délocalisés.</p>"
            ),
            image(
                "guide",
                "Formes géométriques colorées qui se rejoignent au centre de l'image.",
                caption="Une coopération réunit des acteurs aux intérêts communs.",
                credit="Illustration de démonstration",
            ),
            heading("Les leviers d'une collectivité"),
            paragraph(
                "<p>La collectivité n'a pas à porter elle-même l'activité. Elle peut :</p>"
                "<ul><li>faire émerger l'idée et la partager avec les acteurs locaux ;</li>"
                "<li>trouver du foncier ou des locaux vacants ;</li>"
                "<li>assurer le portage politique du projet ;</li>"
                "<li>faire connaître le projet et ceux qui le portent ;</li>"
                "<li>trouver un porteur, par exemple grâce à un appel à manifestation "
                "d'intérêt.</li></ul>"
            ),
            callout(
                "<p>L'appel à manifestation d'intérêt (AMI) permet de décrire le besoin et "
                "les moyens que la collectivité met sur la table, puis de laisser les "
                "porteurs de projet proposer leur réponse.</p>",
                title="L'AMI, pour trouver qui portera le projet",
                kind="tip",
            ),
            heading("Six pratiques recommandées"),
            paragraph(
                "<p>Les quatre premières valent pour tous les projets. Les deux dernières "
                "s'appliquent quand le projet est transmis tard à son porteur et que la "
                "collectivité reste impliquée.</p>"
            ),
            steps(
                [
                    (
                        "Valider la pertinence de l'idée",
                        "<p>Confirmer le besoin et le qualifier avant de chercher une "
                        "réponse.</p>",
                    ),
                    (
                        "Impliquer les citoyens",
                        "<p>Associer les habitants à la démarche, du diagnostic aux choix.</p>",
                    ),
                    (
                        "Animer le territoire",
                        "<p>Faire venir et mobiliser le plus grand nombre possible d'acteurs "
                        "locaux.</p>",
                    ),
                    (
                        "Compléter l'existant",
                        "<p>Vérifier que la réponse envisagée complète ce qui existe déjà et "
                        "l'adapter aux réalités locales.</p>",
                    ),
                    (
                        "S'entourer d'experts en modélisation économique",
                        "<p>Pour que l'activité dure au-delà du lancement.</p>",
                    ),
                    (
                        "Décider ensemble du portage et de la gouvernance",
                        "<p>Choisir collectivement qui porte l'activité et avec quelle "
                        "gouvernance.</p>",
                    ),
                ],
                title="Les pratiques, dans l'ordre du projet",
            ),
            FABRIQUE_FIGURES_FR,
            paragraph(
                "<p>Programme d'innovation sociale animé par Avise, la Fabrique à "
                "initiatives aide les acteurs d'un territoire à comprendre les besoins "
                "locaux et développe de nouvelles activités économiques utiles au "
                "territoire, en réunissant acteurs publics, acteurs privés et citoyens "
                "autour de réponses entrepreneuriales collectives.</p>"
            ),
            heading("Construire une filière avec les acteurs de l'ESS"),
            paragraph(
                "<p>En 2021, une consultation des collectivités adhérentes du RTES (Réseau "
                "des collectivités territoriales pour une économie solidaire) a montré un "
                "lien net entre les filières dites « d'avenir » — alimentation durable, "
                "économie circulaire, numérique, santé, mobilité… — et l'ESS.</p>"
            ),
            heading("Coopérer au-delà des contrats de territoire", "h3"),
            paragraph(
                "<p>Le travail transversal et les contrats de développement territorial, "
                "comme le contrat de relance et de transition écologique (CRTE), ne sont pas "
                "les seuls leviers : la coopération entre acteurs publics et acteurs privés, "
                "en particulier ceux de l'ESS, en est un autre.</p>"
            ),
            heading("La SCIC, pour partager une ambition", "h3"),
            paragraph(
                "<p>Certains acteurs s'organisent en société coopérative d'intérêt collectif "
                "(SCIC) pour rejoindre une ambition plus large, partagée avec la "
                "collectivité.</p>"
            ),
            heading("Les comités de filière, pour penser ensemble", "h3"),
            paragraph(
                "<p>Des espaces de dialogue qui réunissent tous les acteurs locaux, comme les "
                "comités de filière mis en place par la Ville de Paris, aident à penser "
                "collectivement la chaîne de valeur, à faire remonter les principaux "
                "freins — accès au foncier, obstacles réglementaires, difficultés "
                "financières — et à produire des feuilles de route opérationnelles.</p>"
            ),
            quote(
                "Nous pensions devoir tout porter nous-mêmes. Le comité de filière nous a "
                "montré que les acteurs de l'ESS avaient déjà la moitié des réponses.",
                author="Claire Démo",
                role="Élue d'une communauté de communes (témoignage fictif)",
            ),
            steps(
                [
                    (
                        "Le besoin est confirmé et qualifié",
                        "<p>Par des données, des échanges avec les habitants et les acteurs.</p>",
                    ),
                    ("Les réponses existantes sont recensées", ""),
                    ("Les acteurs locaux de l'ESS sont identifiés et invités", ""),
                    (
                        "Les leviers de la collectivité sont listés",
                        "<p>Foncier, locaux, portage politique, communication.</p>",
                    ),
                    ("Le mode de portage est discuté collectivement", ""),
                ],
                title="Check-list avant de lancer un appel à manifestation d'intérêt",
                style="checklist",
            ),
            questions(
                [
                    (
                        "Faut-il déjà avoir un porteur de projet ?",
                        "<p>Non. La collectivité peut faire émerger l'idée et chercher un "
                        "porteur ensuite, par exemple avec un appel à manifestation "
                        "d'intérêt.</p>",
                    ),
                    (
                        "Et si aucune filière n'est visée ?",
                        "<p>Créer de l'activité peut être l'objectif en soi : redynamiser le "
                        "territoire et créer des emplois locaux non délocalisables.</p>",
                    ),
                    (
                        "Qui peut nous accompagner ?",
                        "<p>Les incubateurs et accélérateurs de l'ESS tissent des réseaux "
                        "avec les acteurs locaux et savent construire des écosystèmes "
                        "coopératifs autour des projets qu'ils accompagnent. L'annuaire du "
                        "portail vous aide à les trouver.</p>",
                    ),
                ],
                title="Questions fréquentes",
            ),
        ],
    },
    "en": {
        "title": "Working with social economy actors to develop an activity or a sector",
        "summary": (
            "From a need you have spotted to an activity that lasts: the levers a local "
            "authority can pull, the six recommended practices and how to build a sector "
            "with social and solidarity economy actors."
        ),
        "intro": (
            "Ageing well, mobility, housing, the circular economy, local services: your "
            "local authority has spotted a need, or simply wants to create activity and "
            "jobs that will stay local. This guide helps you turn the idea into a project "
            "with social economy actors."
        ),
        "body": [
            heading("Start from a need of the territory"),
            paragraph(
                "<p>Communes, groupings of communes, départements and regions regularly spot "
                "a local need or a key issue: ageing well, mobility, housing, the circular "
                "economy, local services… It is often where cooperation with social and "
                "solidarity economy actors begins.</p>"
                "<p>Sometimes no sector is targeted: creating economic activity is the goal "
                "itself, to revive the territory and create local jobs that cannot be moved "
                "elsewhere.</p>"
            ),
            image(
                "guide",
                "Coloured geometric shapes meeting in the centre of the picture.",
                caption="Cooperation brings together actors with common interests.",
                credit="Demonstration illustration",
            ),
            heading("The levers of a local authority"),
            paragraph(
                "<p>The local authority does not have to run the activity itself. It "
                "can:</p>"
                "<ul><li>start the idea and share it with local actors;</li>"
                "<li>find vacant land or premises;</li>"
                "<li>give the project political backing;</li>"
                "<li>promote the project and the people carrying it;</li>"
                "<li>find someone to carry it, for instance through a call for expressions "
                "of interest.</li></ul>"
            ),
            callout(
                "<p>A call for expressions of interest (AMI) describes the need and the "
                "means the local authority puts on the table, then lets project leaders "
                "propose their answer.</p>",
                title="A call for expressions of interest, to find who will carry the project",
                kind="tip",
            ),
            heading("Six recommended practices"),
            paragraph(
                "<p>The first four apply to every project. The last two apply when the "
                "project is handed over late to the people who will carry it and the local "
                "authority stays involved.</p>"
            ),
            steps(
                [
                    (
                        "Check that the idea is relevant",
                        "<p>Confirm the need and qualify it before looking for an answer.</p>",
                    ),
                    (
                        "Involve citizens",
                        "<p>Bring residents into the process, from the assessment to the "
                        "decisions.</p>",
                    ),
                    (
                        "Animate the territory",
                        "<p>Bring in and mobilise as many local actors as possible.</p>",
                    ),
                    (
                        "Complement what exists",
                        "<p>Check that the planned answer complements what already exists and "
                        "adapt it to local realities.</p>",
                    ),
                    (
                        "Work with experts in economic modelling",
                        "<p>So that the activity lasts beyond its launch.</p>",
                    ),
                    (
                        "Decide together how it is carried and governed",
                        "<p>Choose collectively who carries the activity and with which "
                        "governance.</p>",
                    ),
                ],
                title="The practices, in the order of the project",
            ),
            FABRIQUE_FIGURES_EN,
            paragraph(
                "<p>A social-innovation programme run by Avise, the Fabrique à initiatives "
                "helps a territory's actors understand local needs and develops new "
                "economic activities useful to the territory, bringing public actors, "
                "private actors and citizens together around collective entrepreneurial "
                "answers.</p>"
            ),
            heading("Building a sector with social economy actors"),
            paragraph(
                "<p>In 2021, a consultation of the local authorities that belong to RTES "
                "(the network of local authorities for a solidarity economy) showed a clear "
                "link between so-called “future” sectors — sustainable food, the circular "
                "economy, digital, health, mobility… — and the social economy.</p>"
            ),
            heading("Cooperating beyond territorial contracts", "h3"),
            paragraph(
                "<p>Cross-cutting work and territorial development contracts, such as the "
                "recovery and ecological transition contract (CRTE), are not the only "
                "levers: cooperation between public and private actors, social economy "
                "actors in particular, is another.</p>"
            ),
            heading("The SCIC, to share an ambition", "h3"),
            paragraph(
                "<p>Some actors organise as a collective-interest cooperative (SCIC) to join "
                "a wider ambition shared with the local authority.</p>"
            ),
            heading("Sector committees, to think together", "h3"),
            paragraph(
                "<p>Dialogue spaces that gather all local actors, such as the sector "
                "committees set up by the City of Paris, help think collectively about the "
                "value chain, surface the main obstacles — access to land, regulatory "
                "hurdles, financial difficulties — and produce operational roadmaps.</p>"
            ),
            quote(
                "We thought we had to carry everything ourselves. The sector committee "
                "showed us that social economy actors already had half of the answers.",
                author="Claire Démo",
                role="Councillor of a grouping of communes (fictional account)",
            ),
            steps(
                [
                    (
                        "The need is confirmed and qualified",
                        "<p>With data, and by talking with residents and actors.</p>",
                    ),
                    ("Existing answers have been listed", ""),
                    ("Local social economy actors are identified and invited", ""),
                    (
                        "The local authority's levers are listed",
                        "<p>Land, premises, political backing, communication.</p>",
                    ),
                    ("How the project will be carried is discussed collectively", ""),
                ],
                title="Checklist before launching a call for expressions of interest",
                style="checklist",
            ),
            questions(
                [
                    (
                        "Do we need a project leader already?",
                        "<p>No. The local authority can start the idea and look for someone "
                        "to carry it afterwards, for instance with a call for expressions of "
                        "interest.</p>",
                    ),
                    (
                        "What if no sector is targeted?",
                        "<p>Creating activity can be the goal itself: reviving the territory "
                        "and creating local jobs that cannot be moved elsewhere.</p>",
                    ),
                    (
                        "Who can support us?",
                        "<p>Social economy incubators and accelerators weave networks with "
                        "local actors and know how to build cooperative ecosystems around the "
                        "projects they support. The portal's directory helps you find "
                        "them.</p>",
                    ),
                ],
                title="Frequently asked questions",
            ),
        ],
    },
}

# The six recommended practices, in the order of the fact sheet. "steps", "pitfalls" are
# lists the loader turns into blocks; "context" is rich text.
BEST_PRACTICES = [
    {
        "slug": "valider-la-pertinence-de-l-idee",
        "number": 1,
        "publication_date": date(2023, 3, 11),
        "themes": ["creation-activite", "services-proximite"],
        "audiences": ["elus", "agents"],
        "image": "pratique-1",
        "fr": {
            "title": "Valider la pertinence de l'idée en confirmant et qualifiant le besoin",
            "summary": (
                "Avant de chercher une réponse, s'assurer que le besoin existe bien, et "
                "savoir qui le vit, où et dans quelle mesure."
            ),
            "context": (
                "<p>Une idée de projet naît souvent d'un constat partagé en conseil "
                "municipal ou d'une demande d'habitants. Elle mérite d'être vérifiée : un "
                "besoin mal qualifié donne une réponse mal ajustée.</p>"
            ),
            "steps": [
                (
                    "Formuler le besoin en une phrase",
                    "<p>Qui manque de quoi, où, depuis quand.</p>",
                ),
                (
                    "Croiser les sources",
                    "<p>Données publiques, acteurs de terrain, habitants concernés.</p>",
                ),
                ("Qualifier", "<p>Combien de personnes, quels usages, quelles attentes.</p>"),
            ],
            "pitfalls": [
                "Confondre une idée de solution avec un besoin.",
                "S'appuyer sur un seul témoignage.",
            ],
            "body": [
                callout(
                    "<p>La Fabrique à initiatives part toujours d'un diagnostic des "
                    "besoins du territoire : elle cherche les personnes qui attendent des "
                    "solutions et les acteurs nécessaires à une réponse commune.</p>",
                    title="Un diagnostic d'abord",
                ),
            ],
        },
        "en": {
            "title": "Check that a project idea is relevant by confirming and qualifying the need",
            "summary": (
                "Before looking for an answer, make sure the need is real, and know who "
                "feels it, where and to what extent."
            ),
            "context": (
                "<p>A project idea often comes from an observation shared at a council "
                "meeting or from residents' requests. It deserves checking: a poorly "
                "qualified need gets a poorly fitted answer.</p>"
            ),
            "steps": [
                (
                    "State the need in one sentence",
                    "<p>Who lacks what, where, and since when.</p>",
                ),
                (
                    "Cross-check sources",
                    "<p>Public data, people in the field, the residents concerned.</p>",
                ),
                ("Qualify it", "<p>How many people, which uses, which expectations.</p>"),
            ],
            "pitfalls": [
                "Mistaking an idea for a solution for a need.",
                "Relying on a single account.",
            ],
            "body": [
                callout(
                    "<p>The Fabrique à initiatives always starts from an assessment of the "
                    "territory's needs: it looks for the people waiting for solutions and "
                    "the actors a common answer needs.</p>",
                    title="An assessment first",
                ),
            ],
        },
    },
    {
        "slug": "impliquer-les-citoyens",
        "number": 2,
        "publication_date": date(2023, 6, 12),
        "themes": ["services-proximite", "bien-vieillir"],
        "audiences": ["elus", "citoyens"],
        "image": "pratique-2",
        "fr": {
            "title": "Impliquer les citoyens dans la démarche",
            "summary": (
                "Les habitants connaissent le besoin de l'intérieur : les associer tôt rend "
                "le projet plus juste et plus solide."
            ),
            "context": (
                "<p>Un projet conçu pour les habitants gagne à être conçu avec eux. Leur "
                "participation nourrit le diagnostic, fait émerger des idées et prépare "
                "l'appropriation de l'activité future.</p>"
            ),
            "steps": [
                (
                    "Aller vers les habitants",
                    "<p>Marchés, associations, lieux de passage plutôt que seulement des "
                    "réunions en mairie.</p>",
                ),
                (
                    "Organiser des temps de créativité",
                    "<p>Des ateliers ouverts pour imaginer des réponses.</p>",
                ),
                ("Rendre compte", "<p>Dire ce qui a été retenu et pourquoi.</p>"),
            ],
            "pitfalls": [
                "Consulter une fois puis ne plus donner de nouvelles.",
                "N'entendre que les habitués des réunions publiques.",
            ],
            "body": [
                paragraph(
                    "<p>La participation peut aller jusqu'au sociétariat : dans une "
                    "société coopérative d'intérêt collectif, les usagers peuvent "
                    "devenir associés de l'activité.</p>"
                ),
            ],
        },
        "en": {
            "title": "Involve citizens in the process",
            "summary": (
                "Residents know the need from the inside: involving them early makes the "
                "project fairer and sounder."
            ),
            "context": (
                "<p>A project designed for residents is better designed with them. Their "
                "participation feeds the assessment, brings out ideas and prepares them to "
                "make the future activity their own.</p>"
            ),
            "steps": [
                (
                    "Go to residents",
                    "<p>Markets, associations, busy places rather than only meetings at the "
                    "town hall.</p>",
                ),
                ("Hold creativity sessions", "<p>Open workshops to imagine answers.</p>"),
                ("Report back", "<p>Say what was kept and why.</p>"),
            ],
            "pitfalls": [
                "Consulting once and never giving news again.",
                "Hearing only the regulars of public meetings.",
            ],
            "body": [
                paragraph(
                    "<p>Participation can go as far as membership: in a collective-interest "
                    "cooperative (SCIC), users can become members of the activity.</p>"
                ),
            ],
        },
    },
    {
        "slug": "animer-le-territoire",
        "number": 3,
        "publication_date": date(2023, 9, 13),
        "themes": ["creation-activite", "economie-circulaire"],
        "audiences": ["agents", "acteurs-ess"],
        "image": "pratique-3",
        "fr": {
            "title": "Animer le territoire pour mobiliser le plus d'acteurs locaux possible",
            "summary": (
                "Faire venir autour de la table entreprises, associations, structures de "
                "l'ESS et services publics : chacun apporte une partie de la réponse."
            ),
            "context": (
                "<p>La coopération territoriale est une façon de s'organiser où des "
                "personnes ou des structures aux intérêts communs travaillent ensemble sur "
                "des problèmes communs. C'est un processus collectif, de long terme, qui "
                "demande de la confiance et une compréhension mutuelle.</p>"
            ),
            "steps": [
                (
                    "Cartographier les acteurs",
                    "<p>Qui agit déjà sur le besoin, qui pourrait s'y intéresser.</p>",
                ),
                (
                    "Créer un espace de dialogue",
                    "<p>Un comité, un groupe de travail, des rencontres régulières.</p>",
                ),
                (
                    "Faire vivre la dynamique",
                    "<p>Des rendez-vous réguliers et un animateur identifié.</p>",
                ),
            ],
            "pitfalls": [
                "Réunir les acteurs sans objectif partagé.",
                "Laisser l'animation reposer sur une seule personne.",
            ],
            "body": [
                callout(
                    "<p>Les incubateurs et accélérateurs de l'ESS tissent des réseaux avec "
                    "les acteurs locaux : ils savent construire des écosystèmes coopératifs "
                    "autour des projets qu'ils accompagnent.</p>",
                    title="Des alliés pour animer",
                    kind="tip",
                ),
            ],
        },
        "en": {
            "title": "Animate the territory to mobilise as many local actors as possible",
            "summary": (
                "Bring businesses, associations, social economy structures and public "
                "services to the table: each brings part of the answer."
            ),
            "context": (
                "<p>Territorial cooperation is a way of organising in which people or "
                "structures with common interests work together on common problems. It is "
                "a collective, long-term process that needs trust and mutual "
                "understanding.</p>"
            ),
            "steps": [
                (
                    "Map the actors",
                    "<p>Who already works on the need, who might take an interest.</p>",
                ),
                (
                    "Create a space for dialogue",
                    "<p>A committee, a working group, regular meetings.</p>",
                ),
                ("Keep the momentum going", "<p>Regular meetings and a known facilitator.</p>"),
            ],
            "pitfalls": [
                "Gathering actors without a shared goal.",
                "Letting facilitation rest on one person.",
            ],
            "body": [
                callout(
                    "<p>Social economy incubators and accelerators weave networks with local "
                    "actors: they know how to build cooperative ecosystems around the "
                    "projects they support.</p>",
                    title="Allies to animate the territory",
                    kind="tip",
                ),
            ],
        },
    },
    {
        "slug": "completer-l-existant",
        "number": 4,
        "publication_date": date(2024, 2, 14),
        "themes": ["services-proximite", "mobilite"],
        "audiences": ["agents", "porteurs-de-projet"],
        "image": "pratique-4",
        "fr": {
            "title": "Compléter l'existant et s'adapter aux réalités locales",
            "summary": (
                "Une nouvelle activité doit trouver sa place à côté de ce qui existe déjà, "
                "pas lui faire concurrence."
            ),
            "context": (
                "<p>Avant de lancer une réponse, il faut vérifier qu'elle complète l'offre "
                "existante — publique, associative ou privée — et l'adapter aux réalités du "
                "territoire : distances, saisons, habitudes, ressources disponibles.</p>"
            ),
            "steps": [
                ("Recenser l'offre existante", "<p>Y compris ce qui fonctionne à moitié.</p>"),
                (
                    "Rencontrer les acteurs en place",
                    "<p>Pour construire avec eux plutôt qu'à côté.</p>",
                ),
                ("Ajuster le projet", "<p>Horaires, lieux, publics, tarifs.</p>"),
            ],
            "pitfalls": [
                "Copier tel quel un projet réussi ailleurs.",
                "Ignorer un acteur déjà présent qui se sentira concurrencé.",
            ],
            "body": [
                paragraph(
                    "<p>Un modèle venu d'ailleurs est une source d'inspiration, pas un "
                    "plan à reproduire : ce qui marche en ville ne marche pas forcément "
                    "dans un bourg rural, et inversement.</p>"
                ),
            ],
        },
        "en": {
            "title": "Complement what already exists and adapt to local realities",
            "summary": (
                "A new activity must find its place beside what already exists, not compete "
                "with it."
            ),
            "context": (
                "<p>Before launching an answer, check that it complements what is already "
                "offered — by public bodies, associations or businesses — and adapt it to "
                "the territory's realities: distances, seasons, habits, available "
                "resources.</p>"
            ),
            "steps": [
                ("List what is already offered", "<p>Including what only half works.</p>"),
                (
                    "Meet the actors already there",
                    "<p>To build with them rather than beside them.</p>",
                ),
                ("Adjust the project", "<p>Opening hours, places, audiences, prices.</p>"),
            ],
            "pitfalls": [
                "Copying a project that worked elsewhere as it is.",
                "Ignoring an actor already there who will feel threatened.",
            ],
            "body": [
                paragraph(
                    "<p>A model from elsewhere is a source of inspiration, not a plan to "
                    "copy: what works in a city does not necessarily work in a rural "
                    "village, and the other way round.</p>"
                ),
            ],
        },
    },
    {
        "slug": "travailler-avec-des-experts-en-modelisation-economique",
        "number": 5,
        "publication_date": date(2024, 5, 15),
        "themes": ["creation-activite"],
        "audiences": ["porteurs-de-projet", "acteurs-ess"],
        "image": "pratique-5",
        "fr": {
            "title": "Travailler avec des experts en modélisation économique pour que "
            "l'activité dure",
            "summary": (
                "Quand le projet est transmis tard et que la collectivité reste impliquée, "
                "un modèle économique solide est la condition de sa pérennité."
            ),
            "context": (
                "<p>Cette pratique concerne les projets transmis tardivement à leur porteur, "
                "la collectivité restant impliquée. Le risque : une activité qui dépend "
                "trop d'une aide de départ et s'essouffle ensuite.</p>"
            ),
            "steps": [
                (
                    "Associer tôt un expert",
                    "<p>Structure d'accompagnement de l'ESS, incubateur, réseau spécialisé.</p>",
                ),
                (
                    "Tester plusieurs scénarios",
                    "<p>Recettes, charges, part des financements publics.</p>",
                ),
                ("Prévoir un point d'étape", "<p>Revoir le modèle après la première année.</p>"),
            ],
            "pitfalls": [
                "Construire le budget sur une subvention unique.",
                "Sous-estimer le temps d'animation.",
            ],
            "body": [
                paragraph(
                    "<p>La Fabrique à initiatives s'appuie sur une double expertise, en "
                    "animation territoriale et en modélisation économique, et mobilise "
                    "l'ingénierie nécessaire à un projet solide.</p>"
                ),
            ],
        },
        "en": {
            "title": "Work with experts in economic modelling so that the activity lasts",
            "summary": (
                "When the project is handed over late and the local authority stays "
                "involved, a sound business model is what makes it last."
            ),
            "context": (
                "<p>This practice is for projects handed over late to the people who will "
                "carry them, while the local authority stays involved. The risk: an "
                "activity that depends too much on start-up funding and then runs out of "
                "steam.</p>"
            ),
            "steps": [
                (
                    "Bring in an expert early",
                    "<p>A social economy support structure, an incubator, a specialised "
                    "network.</p>",
                ),
                ("Test several scenarios", "<p>Income, costs, share of public funding.</p>"),
                ("Plan a review", "<p>Look at the model again after the first year.</p>"),
            ],
            "pitfalls": [
                "Building the budget on a single grant.",
                "Underestimating the time facilitation takes.",
            ],
            "body": [
                paragraph(
                    "<p>The Fabrique à initiatives relies on two kinds of expertise, "
                    "territorial animation and economic modelling, and mobilises the "
                    "engineering a solid project needs.</p>"
                ),
            ],
        },
    },
    {
        "slug": "decider-ensemble-du-portage-et-de-la-gouvernance",
        "number": 6,
        "publication_date": date(2024, 10, 16),
        "themes": ["creation-activite", "services-proximite"],
        "audiences": ["elus", "acteurs-ess"],
        "image": "pratique-6",
        "fr": {
            "title": "Décider collectivement du portage de l'activité et de sa gouvernance",
            "summary": (
                "Qui porte l'activité, qui décide, avec quelle place pour la collectivité : "
                "des choix à faire ensemble."
            ),
            "context": (
                "<p>Quand le projet est transmis tard et que la collectivité reste "
                "impliquée, la question du portage et de la gouvernance se pose tôt ou "
                "tard. Mieux vaut la trancher collectivement, en connaissance de cause.</p>"
            ),
            "steps": [
                (
                    "Lister les options de portage",
                    "<p>Association, coopérative, SCIC, entreprise existante.</p>",
                ),
                (
                    "Définir la place de chacun",
                    "<p>Collectivité, salariés, usagers, partenaires.</p>",
                ),
                ("Écrire les règles", "<p>Statuts, pacte d'associés, charte.</p>"),
            ],
            "pitfalls": [
                "Choisir une forme juridique avant d'avoir défini qui décide.",
                "Laisser la collectivité seule aux commandes.",
            ],
            "body": [
                callout(
                    "<p>La société coopérative d'intérêt collectif permet d'associer "
                    "plusieurs catégories d'acteurs, dont la collectivité, autour d'une "
                    "ambition partagée.</p>",
                    title="La SCIC, une option parmi d'autres",
                ),
            ],
        },
        "en": {
            "title": "Decide collectively how the activity is carried and governed",
            "summary": (
                "Who carries the activity, who decides, and what role the local authority "
                "keeps: choices to make together."
            ),
            "context": (
                "<p>When the project is handed over late and the local authority stays "
                "involved, the question of who carries it and how it is governed comes up "
                "sooner or later. Better to settle it collectively, knowing the "
                "options.</p>"
            ),
            "steps": [
                (
                    "List the ways it could be carried",
                    "<p>Association, cooperative, SCIC, an existing business.</p>",
                ),
                ("Define everyone's role", "<p>Local authority, employees, users, partners.</p>"),
                (
                    "Write the rules down",
                    "<p>Articles of association, members' agreement, charter.</p>",
                ),
            ],
            "pitfalls": [
                "Choosing a legal form before deciding who decides.",
                "Leaving the local authority alone at the helm.",
            ],
            "body": [
                callout(
                    "<p>A collective-interest cooperative (SCIC) can bring several kinds of "
                    "actors, the local authority among them, together around a shared "
                    "ambition.</p>",
                    title="The SCIC, one option among others",
                ),
            ],
        },
    },
]

DEMO_NOTE_FR = (
    "<p>Cette fiche est un contenu de démonstration du portail : elle reprend les idées "
    "générales de la publication sans en détailler les résultats. La date, les auteurs et "
    "le document joint sont illustratifs.</p>"
)
DEMO_NOTE_EN = (
    "<p>This is demonstration content: it restates the general ideas of the publication "
    "without detailing its results. The date, authors and attached document are "
    "illustrative.</p>"
)

# "key_findings" are (title, text) pairs; "document" is the title of the generated PDF.
STUDIES = [
    {
        "slug": "cinq-formes-de-cooperation-territoires-ruraux",
        "publication_date": date(2024, 6, 18),
        "themes": ["creation-activite", "services-proximite"],
        "audiences": ["elus", "agents", "acteurs-ess"],
        "territory_types": ["rural"],
        "image": "etude-cinq-formes",
        "fr": {
            "title": "Cinq formes de coopération adaptées aux besoins des territoires ruraux",
            "summary": (
                "Une étude d'Avise sur les formes que prend la coopération territoriale "
                "pour répondre aux besoins des territoires ruraux."
            ),
            "authors": "Avise",
            "publisher": "Avise",
            "key_findings": [
                (
                    "La coopération est un processus de long terme",
                    "Des personnes ou des structures aux intérêts communs travaillent ensemble "
                    "sur des problèmes communs du territoire ; cela demande de la confiance et "
                    "une compréhension mutuelle.",
                ),
                (
                    "Les formes de coopération forment un spectre",
                    "De la coopération ponctuelle et spontanée, limitée à des objectifs fixés, "
                    "à la coopération durable, structurée et profonde, qui se renouvelle.",
                ),
                (
                    "Le PTCE, l'une des formes les plus abouties",
                    "Le pôle territorial de coopération économique se situe à l'extrémité la "
                    "plus structurée du spectre.",
                ),
                (
                    "L'accompagnement compte",
                    "Les incubateurs et accélérateurs de l'ESS sont experts de la construction "
                    "d'écosystèmes coopératifs autour des projets qu'ils accompagnent.",
                ),
            ],
            "methodology": (
                "<p>Avise produit et contribue à des études sur la coopération "
                "territoriale, ainsi qu'à des analyses et des groupes de travail.</p>"
                "<p>Pour la méthode complète de l'étude, reportez-vous à la publication "
                "d'Avise.</p>"
            ),
            "body": [
                callout(DEMO_NOTE_FR, title="Contenu de démonstration", kind="warning"),
                paragraph(
                    "<p>Le pôle Territoires d'Avise déploie l'ingénierie nécessaire à la "
                    "coopération territoriale autour de l'ESS et de l'innovation sociale. "
                    "Cette étude s'inscrit dans ce travail.</p>"
                ),
            ],
            "document": "Cinq formes de coopération — fiche de synthèse (démo)",
        },
        "en": {
            "title": "Five forms of cooperation suited to the needs of rural territories",
            "summary": (
                "A study by Avise of the forms territorial cooperation takes to meet the "
                "needs of rural territories."
            ),
            "authors": "Avise",
            "publisher": "Avise",
            "key_findings": [
                (
                    "Cooperation is a long-term process",
                    "People or structures with common interests work together on the "
                    "territory's common problems; it takes trust and mutual understanding.",
                ),
                (
                    "Cooperation forms make up a spectrum",
                    "From one-off, spontaneous cooperation limited to set objectives, to "
                    "lasting, structured and deep cooperation that keeps renewing itself.",
                ),
                (
                    "The PTCE, one of the most advanced forms",
                    "The territorial economic cooperation hub sits at the most structured end "
                    "of the spectrum.",
                ),
                (
                    "Support matters",
                    "Social economy incubators and accelerators are experts in building "
                    "cooperative ecosystems around the projects they support.",
                ),
            ],
            "methodology": (
                "<p>Avise produces and contributes to studies on territorial cooperation, "
                "as well as analyses and working groups.</p>"
                "<p>For the study's full method, see Avise's publication.</p>"
            ),
            "body": [
                callout(DEMO_NOTE_EN, title="Demonstration content", kind="warning"),
                paragraph(
                    "<p>Avise's Territories team provides the engineering that territorial "
                    "cooperation around the social economy and social innovation needs. "
                    "This study is part of that work.</p>"
                ),
            ],
            "document": "Five forms of cooperation — summary sheet (demo)",
        },
    },
    {
        "slug": "consultation-rtes-2021-filieres-d-avenir-et-ess",
        "publication_date": date(2021, 11, 30),
        "themes": ["alimentation", "economie-circulaire", "numerique", "sante", "mobilite"],
        "audiences": ["elus", "agents"],
        "territory_types": ["urbain", "rural", "periurbain"],
        "image": "etude-rtes",
        "fr": {
            "title": "Filières d'avenir et ESS : la consultation 2021 des collectivités du RTES",
            "summary": (
                "En 2021, les collectivités adhérentes du RTES ont été consultées : leurs "
                "réponses montrent un lien net entre les filières « d'avenir » et l'ESS."
            ),
            "authors": "Équipe éditoriale du portail (démo)",
            "publisher": "Avise",
            "key_findings": [
                (
                    "Un lien net entre filières d'avenir et ESS",
                    "Alimentation durable, économie circulaire, numérique, santé, mobilité : "
                    "ces filières dites « d'avenir » sont étroitement liées à l'ESS.",
                ),
                (
                    "La coopération public-privé comme levier",
                    "À côté du travail transversal et des contrats comme le CRTE, la "
                    "coopération entre acteurs publics et privés, notamment de l'ESS, est un "
                    "levier.",
                ),
                (
                    "Des acteurs organisés en SCIC",
                    "Certains acteurs s'organisent en SCIC pour rejoindre une ambition plus "
                    "large, partagée avec la collectivité.",
                ),
                (
                    "Des espaces de dialogue utiles",
                    "Les comités de filière aident à penser la chaîne de valeur, à faire "
                    "remonter les freins et à produire des feuilles de route.",
                ),
            ],
            "methodology": (
                "<p>Consultation des collectivités adhérentes du RTES (Réseau des "
                "collectivités territoriales pour une économie solidaire), menée en "
                "2021.</p>"
            ),
            "body": [
                callout(DEMO_NOTE_FR, title="Contenu de démonstration", kind="warning"),
                heading("Les freins qui remontent"),
                paragraph(
                    "<p>Accès au foncier, obstacles réglementaires, difficultés "
                    "financières : les espaces de dialogue entre acteurs d'une filière font "
                    "remonter ces freins, première étape pour les lever ensemble.</p>"
                ),
            ],
            "document": "Consultation RTES 2021 — fiche de synthèse (démo)",
        },
        "en": {
            "title": "Future sectors and the social economy: RTES's 2021 consultation of local "
            "authorities",
            "summary": (
                "In 2021, the local authorities that belong to RTES were consulted: their "
                "answers show a clear link between “future” sectors and the social economy."
            ),
            "authors": "Portal editorial team (demo)",
            "publisher": "Avise",
            "key_findings": [
                (
                    "A clear link between future sectors and the social economy",
                    "Sustainable food, the circular economy, digital, health, mobility: these "
                    "so-called “future” sectors are closely linked to the social economy.",
                ),
                (
                    "Public-private cooperation as a lever",
                    "Besides cross-cutting work and contracts such as the CRTE, cooperation "
                    "between public and private actors, social economy actors in particular, "
                    "is a lever.",
                ),
                (
                    "Actors organised as SCICs",
                    "Some actors organise as a SCIC to join a wider ambition shared with the "
                    "local authority.",
                ),
                (
                    "Useful spaces for dialogue",
                    "Sector committees help think about the value chain, surface obstacles and "
                    "produce roadmaps.",
                ),
            ],
            "methodology": (
                "<p>A consultation of the local authorities that belong to RTES (the "
                "network of local authorities for a solidarity economy), carried out in "
                "2021.</p>"
            ),
            "body": [
                callout(DEMO_NOTE_EN, title="Demonstration content", kind="warning"),
                heading("The obstacles that come up"),
                paragraph(
                    "<p>Access to land, regulatory hurdles, financial difficulties: spaces "
                    "for dialogue between a sector's actors bring these obstacles to light, "
                    "the first step towards removing them together.</p>"
                ),
            ],
            "document": "RTES 2021 consultation — summary sheet (demo)",
        },
    },
]

# Cooperation forms; "spectrum_position" runs from 1 (one-off, spontaneous, set
# objectives) to 5 (lasting, structured, deep, self-renewing).
COOPERATION_FORMS = [
    {
        "slug": "ami",
        "publication_date": date(2023, 5, 4),
        "acronym": "AMI",
        "spectrum_position": 1,
        "themes": ["creation-activite"],
        "audiences": ["elus", "agents", "porteurs-de-projet"],
        "image": "forme-ami",
        "fr": {
            "title": "Appel à manifestation d'intérêt",
            "summary": (
                "Un appel par lequel la collectivité décrit un besoin et les leviers "
                "qu'elle apporte, pour trouver qui portera le projet."
            ),
            "definition": (
                "<p>L'appel à manifestation d'intérêt (AMI) est une démarche par laquelle "
                "une collectivité fait connaître un besoin ou une idée de projet et invite "
                "les acteurs à proposer de le porter.</p>"
            ),
            "legal_vehicle": "Aucun : une procédure ouverte lancée par la collectivité.",
            "governance": "La collectivité fixe le cadre, choisit et suit les lauréats.",
            "typical_actors": "Collectivités, porteurs de projet, structures de l'ESS.",
            "prerequisites": "Un besoin qualifié et des leviers identifiés (foncier, locaux, "
            "soutien politique).",
            "steps": [
                ("Qualifier le besoin", "<p>Le confirmer avant d'écrire l'appel.</p>"),
                ("Rédiger l'appel", "<p>Besoin, moyens apportés, critères de choix.</p>"),
                ("Accompagner les lauréats", "<p>Après le choix, le suivi commence.</p>"),
            ],
            "strengths": [
                "Ouvre le projet à des porteurs que la collectivité ne connaît pas.",
                "Rend visibles les leviers que la collectivité met sur la table.",
            ],
            "limits": [
                "Une coopération ponctuelle, limitée aux objectifs de l'appel.",
                "Peu de réponses si le territoire n'a pas été animé en amont.",
            ],
            "body": [],
        },
        "en": {
            "title": "Call for expressions of interest",
            "summary": (
                "A call in which the local authority describes a need and the levers it "
                "brings, to find who will carry the project."
            ),
            "definition": (
                "<p>A call for expressions of interest (AMI, appel à manifestation "
                "d'intérêt) is a way for a local authority to make a need or a project idea "
                "known and invite actors to offer to carry it.</p>"
            ),
            "legal_vehicle": "None: an open procedure started by the local authority.",
            "governance": "The local authority sets the frame, selects and follows up the "
            "winners.",
            "typical_actors": "Local authorities, project leaders, social economy structures.",
            "prerequisites": "A qualified need and identified levers (land, premises, "
            "political backing).",
            "steps": [
                ("Qualify the need", "<p>Confirm it before writing the call.</p>"),
                ("Write the call", "<p>Need, means offered, selection criteria.</p>"),
                ("Support the winners", "<p>Once they are chosen, the follow-up starts.</p>"),
            ],
            "strengths": [
                "Opens the project to leaders the local authority does not know yet.",
                "Makes the levers the local authority offers visible.",
            ],
            "limits": [
                "One-off cooperation, limited to the call's objectives.",
                "Few answers if the territory has not been animated beforehand.",
            ],
            "body": [],
        },
    },
    {
        "slug": "comite-de-filiere",
        "publication_date": date(2023, 9, 21),
        "acronym": "",
        "spectrum_position": 3,
        "themes": ["alimentation", "economie-circulaire", "creation-activite"],
        "audiences": ["elus", "agents", "acteurs-ess"],
        "image": "forme-comite",
        "fr": {
            "title": "Comité de filière",
            "summary": (
                "Un espace de dialogue qui réunit tous les acteurs locaux d'une filière "
                "pour penser ensemble la chaîne de valeur."
            ),
            "definition": (
                "<p>Un comité de filière réunit tous les acteurs locaux d'une filière — "
                "publics, privés, de l'ESS — pour penser collectivement la chaîne de "
                "valeur, faire remonter les principaux freins et produire des feuilles de "
                "route opérationnelles.</p>"
            ),
            "legal_vehicle": "Aucun en général : une instance de dialogue animée par la "
            "collectivité.",
            "governance": "Animation par la collectivité, participation ouverte aux acteurs "
            "de la filière.",
            "typical_actors": "Collectivité, entreprises, structures de l'ESS, associations.",
            "prerequisites": "Une filière identifiée et un animateur disponible dans la durée.",
            "steps": [
                ("Identifier les acteurs de la filière", ""),
                ("Réunir le comité", "<p>Partager l'état des lieux de la chaîne de valeur.</p>"),
                ("Écrire la feuille de route", "<p>Des actions concrètes, des responsables.</p>"),
            ],
            "strengths": [
                "Fait émerger les freins réels : foncier, réglementation, financement.",
                "Produit des feuilles de route opérationnelles.",
            ],
            "limits": [
                "S'essouffle sans animation régulière.",
                "Ne crée pas à lui seul de structure pour porter les actions.",
            ],
            "body": [
                callout(
                    "<p>La Ville de Paris a mis en place des comités de filière : voir le "
                    "retour d'expérience.</p>",
                    title="Un exemple",
                ),
            ],
        },
        "en": {
            "title": "Sector committee",
            "summary": (
                "A space for dialogue that gathers all the local actors of a sector to "
                "think about the value chain together."
            ),
            "definition": (
                "<p>A sector committee (comité de filière) gathers all the local actors of a "
                "sector — public, private, social economy — to think collectively about "
                "the value chain, surface the main obstacles and produce operational "
                "roadmaps.</p>"
            ),
            "legal_vehicle": "Usually none: a forum for dialogue run by the local authority.",
            "governance": "Facilitated by the local authority, open to the sector's actors.",
            "typical_actors": "Local authority, businesses, social economy structures, "
            "associations.",
            "prerequisites": "An identified sector and a facilitator available over time.",
            "steps": [
                ("Identify the sector's actors", ""),
                ("Convene the committee", "<p>Share an overview of the value chain.</p>"),
                ("Write the roadmap", "<p>Concrete actions, people responsible.</p>"),
            ],
            "strengths": [
                "Brings real obstacles to light: land, regulation, funding.",
                "Produces operational roadmaps.",
            ],
            "limits": [
                "Runs out of steam without regular facilitation.",
                "Does not by itself create a structure to carry the actions.",
            ],
            "body": [
                callout(
                    "<p>The City of Paris set up sector committees: see the case study.</p>",
                    title="An example",
                ),
            ],
        },
    },
    {
        "slug": "crte",
        "publication_date": date(2022, 11, 8),
        "acronym": "CRTE",
        "spectrum_position": 2,
        "themes": ["creation-activite", "mobilite", "habitat"],
        "audiences": ["elus", "agents"],
        "image": "forme-crte",
        "fr": {
            "title": "Contrat de relance et de transition écologique",
            "summary": (
                "Un contrat de développement territorial qui fixe un cadre commun d'action "
                "sur plusieurs années."
            ),
            "definition": (
                "<p>Le contrat de relance et de transition écologique (CRTE) est un "
                "contrat de développement territorial. Il fait partie, avec le travail "
                "transversal, des leviers d'une collectivité pour développer une "
                "filière.</p>"
            ),
            "legal_vehicle": "Un contrat signé par les partenaires publics du territoire.",
            "governance": "Un comité de pilotage réunissant les signataires.",
            "typical_actors": "Intercommunalités, communes, partenaires publics.",
            "prerequisites": "Un projet de territoire et des actions à inscrire au contrat.",
            "steps": [
                ("Construire le projet de territoire", ""),
                ("Inscrire les actions", "<p>Dont celles menées avec les acteurs de l'ESS.</p>"),
                ("Suivre et réviser", ""),
            ],
            "strengths": [
                "Donne un cadre commun et pluriannuel.",
                "Rend visibles les projets du territoire.",
            ],
            "limits": [
                "Associe surtout des acteurs publics : la coopération avec les acteurs de "
                "l'ESS reste à organiser.",
            ],
            "body": [],
        },
        "en": {
            "title": "Recovery and ecological transition contract",
            "summary": (
                "A territorial development contract that sets a common frame for action "
                "over several years."
            ),
            "definition": (
                "<p>The recovery and ecological transition contract (CRTE, contrat de "
                "relance et de transition écologique) is a territorial development "
                "contract. Along with cross-cutting work, it is one of a local authority's "
                "levers for developing a sector.</p>"
            ),
            "legal_vehicle": "A contract signed by the territory's public partners.",
            "governance": "A steering committee of the signatories.",
            "typical_actors": "Groupings of communes, communes, public partners.",
            "prerequisites": "A territorial project and actions to include in the contract.",
            "steps": [
                ("Build the territorial project", ""),
                ("Include the actions", "<p>Including those run with social economy actors.</p>"),
                ("Follow up and revise", ""),
            ],
            "strengths": [
                "Gives a common, multi-year frame.",
                "Makes the territory's projects visible.",
            ],
            "limits": [
                "Mostly brings public actors together: cooperation with social economy "
                "actors still has to be organised.",
            ],
            "body": [],
        },
    },
    {
        "slug": "cluster-cooperatif",
        "publication_date": date(2025, 1, 16),
        "acronym": "",
        "spectrum_position": 4,
        "themes": ["creation-activite", "economie-circulaire", "numerique"],
        "audiences": ["acteurs-ess", "porteurs-de-projet"],
        "image": "forme-cluster",
        "fr": {
            "title": "Cluster coopératif",
            "summary": (
                "À l'échelle européenne, la coopération entre acteurs économiques existe "
                "sous la forme de clusters coopératifs."
            ),
            "definition": (
                "<p>Un cluster coopératif regroupe des acteurs économiques qui coopèrent "
                "durablement autour d'intérêts communs. C'est la forme que prend, à "
                "l'échelle européenne, la coopération entre acteurs économiques.</p>"
            ),
            "legal_vehicle": "Souvent une association ou une coopérative qui anime le cluster.",
            "governance": "Les membres décident ensemble des projets communs.",
            "typical_actors": "Entreprises, structures de l'ESS, centres de ressources.",
            "prerequisites": "Des acteurs aux intérêts communs et l'envie de mutualiser.",
            "steps": [
                ("Réunir les membres fondateurs", ""),
                ("Définir les projets communs", ""),
                ("Organiser l'animation", ""),
            ],
            "strengths": [
                "Une coopération durable et structurée.",
                "Ouvre à des échanges au-delà des frontières.",
            ],
            "limits": [
                "Demande du temps d'animation et des moyens dédiés.",
            ],
            "body": [],
        },
        "en": {
            "title": "Cooperative cluster",
            "summary": (
                "At European level, cooperation between economic actors exists in the form "
                "of cooperative clusters."
            ),
            "definition": (
                "<p>A cooperative cluster groups economic actors that cooperate over time "
                "around common interests. It is the form that cooperation between economic "
                "actors takes at European level.</p>"
            ),
            "legal_vehicle": "Often an association or a cooperative that runs the cluster.",
            "governance": "Members decide together on common projects.",
            "typical_actors": "Businesses, social economy structures, resource centres.",
            "prerequisites": "Actors with common interests and a wish to pool resources.",
            "steps": [
                ("Gather the founding members", ""),
                ("Define the common projects", ""),
                ("Organise facilitation", ""),
            ],
            "strengths": [
                "Lasting, structured cooperation.",
                "Opens up exchanges across borders.",
            ],
            "limits": [
                "Takes facilitation time and dedicated means.",
            ],
            "body": [],
        },
    },
    {
        "slug": "scic",
        "publication_date": date(2022, 4, 12),
        "acronym": "SCIC",
        "spectrum_position": 4,
        "themes": ["creation-activite", "services-proximite", "alimentation"],
        "audiences": ["porteurs-de-projet", "acteurs-ess", "elus"],
        "image": "forme-scic",
        "fr": {
            "title": "Société coopérative d'intérêt collectif",
            "summary": (
                "Une coopérative qui associe plusieurs catégories d'acteurs, dont la "
                "collectivité, autour d'une activité d'intérêt collectif."
            ),
            "definition": (
                "<p>La société coopérative d'intérêt collectif (SCIC) est une entreprise "
                "coopérative qui réunit autour d'une activité différents types "
                "d'associés : salariés, usagers, bénévoles, collectivités, partenaires. "
                "Certains acteurs s'organisent ainsi pour rejoindre une ambition plus "
                "large, partagée avec la collectivité.</p>"
            ),
            "legal_vehicle": "Une société commerciale à statut coopératif.",
            "governance": "Une personne, une voix, entre associés de plusieurs catégories.",
            "typical_actors": "Salariés, usagers, collectivités, structures de l'ESS, "
            "entreprises locales.",
            "prerequisites": "Un projet d'intérêt collectif et des associés prêts à s'engager.",
            "steps": [
                ("Réunir les futurs associés", ""),
                ("Écrire les statuts", "<p>Catégories d'associés, répartition des voix.</p>"),
                ("Faire vivre le sociétariat", ""),
            ],
            "strengths": [
                "La collectivité peut être associée au projet.",
                "Les usagers ont leur mot à dire.",
            ],
            "limits": [
                "Une gouvernance à plusieurs voix qui demande du temps.",
            ],
            "body": [],
        },
        "en": {
            "title": "Collective-interest cooperative",
            "summary": (
                "A cooperative that brings several kinds of actors, the local authority "
                "among them, together around an activity of collective interest."
            ),
            "definition": (
                "<p>The collective-interest cooperative (SCIC, société coopérative d'intérêt "
                "collectif) is a cooperative business whose members are of different kinds: "
                "employees, users, volunteers, local authorities, partners. Some actors "
                "organise this way to join a wider ambition shared with the local "
                "authority.</p>"
            ),
            "legal_vehicle": "A commercial company with cooperative status.",
            "governance": "One member, one vote, among members of several kinds.",
            "typical_actors": "Employees, users, local authorities, social economy "
            "structures, local businesses.",
            "prerequisites": "A project of collective interest and members ready to commit.",
            "steps": [
                ("Gather the future members", ""),
                (
                    "Write the articles of association",
                    "<p>Kinds of members, how votes are shared.</p>",
                ),
                ("Keep the membership alive", ""),
            ],
            "strengths": [
                "The local authority can be a member of the project.",
                "Users have a say.",
            ],
            "limits": [
                "Governance with many voices takes time.",
            ],
            "body": [],
        },
    },
    {
        "slug": "ptce",
        "publication_date": date(2025, 6, 3),
        "acronym": "PTCE",
        "spectrum_position": 5,
        "themes": ["creation-activite", "economie-circulaire"],
        "audiences": ["elus", "agents", "acteurs-ess"],
        "image": "forme-ptce",
        "fr": {
            "title": "Pôle territorial de coopération économique",
            "summary": (
                "L'une des formes de coopération territoriale les plus abouties : durable, "
                "structurée et qui se renouvelle."
            ),
            "definition": (
                "<p>Le pôle territorial de coopération économique (PTCE) regroupe sur un "
                "territoire des acteurs de l'ESS, des entreprises, des collectivités et "
                "d'autres partenaires qui coopèrent durablement autour de projets "
                "économiques communs. C'est l'une des formes de coopération les plus "
                "abouties.</p>"
            ),
            "legal_vehicle": "Le plus souvent une association ou une SCIC qui anime le pôle.",
            "governance": "Partagée entre les membres, avec une équipe d'animation.",
            "typical_actors": "Structures de l'ESS, entreprises, collectivités, centres de "
            "formation et de recherche.",
            "prerequisites": "Une histoire de coopération sur le territoire et des projets "
            "économiques communs.",
            "steps": [
                ("Partir des coopérations existantes", ""),
                (
                    "Formaliser le pôle",
                    "<p>Structure porteuse, gouvernance, feuille de route.</p>",
                ),
                ("Développer les projets communs", ""),
            ],
            "strengths": [
                "Une coopération durable, structurée et profonde.",
                "Crée des activités et des emplois ancrés dans le territoire.",
            ],
            "limits": [
                "Se construit dans la durée : il faut de la patience.",
            ],
            "body": [
                paragraph(
                    "<p>Avise contribue à la relance des PTCE dans le cadre du travail de "
                    "son pôle Territoires.</p>"
                ),
            ],
        },
        "en": {
            "title": "Territorial economic cooperation hub",
            "summary": (
                "One of the most advanced forms of territorial cooperation: lasting, "
                "structured and self-renewing."
            ),
            "definition": (
                "<p>A territorial economic cooperation hub (PTCE, pôle territorial de "
                "coopération économique) gathers social economy actors, businesses, local "
                "authorities and other partners on a territory who cooperate over time on "
                "common economic projects. It is one of the most advanced forms of "
                "cooperation.</p>"
            ),
            "legal_vehicle": "Most often an association or a SCIC that runs the hub.",
            "governance": "Shared between the members, with a facilitation team.",
            "typical_actors": "Social economy structures, businesses, local authorities, "
            "training and research centres.",
            "prerequisites": "A history of cooperation on the territory and common economic "
            "projects.",
            "steps": [
                ("Start from existing cooperation", ""),
                ("Formalise the hub", "<p>Lead structure, governance, roadmap.</p>"),
                ("Develop the common projects", ""),
            ],
            "strengths": [
                "Lasting, structured and deep cooperation.",
                "Creates activities and jobs rooted in the territory.",
            ],
            "limits": [
                "Takes time to build: it needs patience.",
            ],
            "body": [
                paragraph(
                    "<p>Avise helps relaunch PTCEs as part of the work of its Territories "
                    "team.</p>"
                ),
            ],
        },
    },
]
