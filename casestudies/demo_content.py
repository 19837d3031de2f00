"""The text of the demo case studies, in French (written first) and in English.

The Ville de Paris case study states only facts from the project's fact sheet. Every other
case study is fictional: real communes from the gazetteer (by INSEE code), but invented
structures — named "… — démo" — people and figures. The English fields have exactly the
shape of the French ones (`portal.demo.translate.translate` pairs them string by string).

"actors" are (category, name, role); "results" are the figures of one key-figures block;
"timeline" are (when, what) pairs; "forms" and "practices" point to the library's
cooperation forms (by slug) and recommended practices (by number).
"""

FICTIONAL_SOURCE_FR = "Données fictives de démonstration"
FICTIONAL_SOURCE_EN = "Fictional demonstration data"


def callout(text, title="", kind="info"):
    return ("callout", {"kind": kind, "title": title, "text": text})


def quote(text, author, role):
    return ("quote", {"quote": text, "author": author, "role": role})


INDEX = {
    "slug": "retours-d-experience",
    "fr": {
        "title": "Retours d'expérience",
        "summary": (
            "Des collectivités et des acteurs de l'ESS racontent comment ils ont coopéré "
            "pour répondre à un besoin de leur territoire."
        ),
        "intro": (
            "Ressourcerie, transport solidaire, habitat partagé, légumerie, centre de santé : "
            "partout en France, des collectivités ont répondu à un besoin local avec les "
            "acteurs de l'économie sociale et solidaire. Filtrez par thème, forme de "
            "coopération, région ou année, ou parcourez la carte. À part celui de la Ville "
            "de Paris, ces retours d'expérience sont fictifs : ils illustrent le portail."
        ),
    },
    "en": {
        "title": "Case studies",
        "summary": (
            "Local authorities and social economy actors tell how they cooperated to meet "
            "a need of their territory."
        ),
        "intro": (
            "A second-hand shop, on-demand transport, shared housing, a vegetable "
            "processing unit, a health centre: all over France, local authorities have met "
            "a local need with social and solidarity economy actors. Filter by theme, "
            "cooperation form, region or year, or browse the map. Except the City of "
            "Paris one, these case studies are fictional: they illustrate the portal."
        ),
    },
}

PARIS = {
    "slug": "ville-de-paris-comites-de-filiere",
    "insee": "75056",
    "start_year": None,
    "themes": ["creation-activite", "alimentation", "economie-circulaire"],
    "audiences": ["elus", "agents"],
    "territory_types": ["urbain"],
    "forms": ["comite-de-filiere"],
    "practices": [3, 4],
    "image": "cas-paris",
    "fr": {
        "title": "Ville de Paris : des comités de filière pour penser la chaîne de valeur",
        "summary": (
            "La Ville de Paris réunit les acteurs locaux de filières dans des comités de "
            "filière : un espace de dialogue pour repérer les freins et produire des "
            "feuilles de route opérationnelles."
        ),
        "actors": [
            ("public", "Ville de Paris", "Met en place et anime les comités de filière"),
            ("ess", "Acteurs de l'ESS des filières", "Participent aux comités"),
            ("private", "Entreprises des filières", "Participent aux comités"),
        ],
        "need": (
            "<p>Développer une filière sur un territoire suppose que tous ses acteurs "
            "partagent une vision de la chaîne de valeur et des obstacles qui freinent son "
            "développement.</p>"
        ),
        "approach": (
            "<p>La Ville de Paris a mis en place des comités de filière : des espaces de "
            "dialogue qui réunissent l'ensemble des acteurs locaux d'une filière, acteurs "
            "de l'ESS compris.</p>"
            "<p>Ces comités servent à penser collectivement la chaîne de valeur et à faire "
            "remonter les principaux freins.</p>"
        ),
        "results": None,
        "timeline": [
            ("Lancement", "La Ville met en place les comités de filière."),
            (
                "Diagnostic",
                "Les acteurs font remonter les principaux freins : accès au "
                "foncier, obstacles réglementaires, difficultés financières.",
            ),
            ("Feuilles de route", "Les comités produisent des feuilles de route opérationnelles."),
        ],
        "lessons": (
            "<p>Un espace de dialogue ouvert à tous les acteurs locaux d'une filière fait "
            "émerger des freins concrets — foncier, réglementation, financement — qu'aucun "
            "acteur ne voit seul.</p>"
        ),
        "body": [
            callout(
                "<p>Ce retour d'expérience décrit la démarche générale ; il ne détaille ni "
                "les filières concernées ni les dates, que le portail de démonstration ne "
                "documente pas.</p>",
                title="À savoir",
            ),
        ],
        "contact_name": "Ville de Paris",
    },
    "en": {
        "title": "City of Paris: sector committees to think about the value chain",
        "summary": (
            "The City of Paris gathers the local actors of sectors in sector committees: a "
            "space for dialogue to spot obstacles and produce operational roadmaps."
        ),
        "actors": [
            ("public", "Ville de Paris (City of Paris)", "Set up and runs the sector committees"),
            ("ess", "The sectors' social economy actors", "Take part in the committees"),
            ("private", "The sectors' businesses", "Take part in the committees"),
        ],
        "need": (
            "<p>Developing a sector on a territory means that all its actors share a view of "
            "the value chain and of the obstacles holding it back.</p>"
        ),
        "approach": (
            "<p>The City of Paris set up sector committees (comités de filière): spaces for "
            "dialogue gathering all the local actors of a sector, social economy actors "
            "included.</p>"
            "<p>The committees are there to think collectively about the value chain and "
            "bring the main obstacles to light.</p>"
        ),
        "results": None,
        "timeline": [
            ("Launch", "The City sets up the sector committees."),
            (
                "Assessment",
                "Actors bring the main obstacles to light: access to land, "
                "regulatory hurdles, financial difficulties.",
            ),
            ("Roadmaps", "The committees produce operational roadmaps."),
        ],
        "lessons": (
            "<p>A space for dialogue open to all the local actors of a sector brings out "
            "concrete obstacles — land, regulation, funding — that no actor sees alone.</p>"
        ),
        "body": [
            callout(
                "<p>This case study describes the general approach; it does not detail the "
                "sectors or the dates, which the demonstration portal does not "
                "document.</p>",
                title="Good to know",
            ),
        ],
        "contact_name": "Ville de Paris (City of Paris)",
    },
}

# Fictional case studies: (slug, INSEE code, start year, themes, audiences, territory
# types, cooperation forms, practices, illustration) then the French and English text.
FICTIONAL = [
    {
        "slug": "ressourcerie-cooperative-du-poher",
        "insee": "29024",
        "start_year": 2019,
        "themes": ["economie-circulaire", "creation-activite"],
        "audiences": ["elus", "acteurs-ess"],
        "territory_types": ["rural"],
        "forms": ["scic"],
        "practices": [3, 6],
        "image": "cas-poher",
        "fr": {
            "title": "Une ressourcerie coopérative au cœur du Poher",
            "summary": (
                "À Carhaix-Plouguer, la communauté de communes, une association de "
                "réemploi et des habitants ont créé ensemble une ressourcerie portée en SCIC."
            ),
            "actors": [
                (
                    "public",
                    "Communauté de communes du Poher — démo",
                    "Met à disposition un ancien entrepôt et siège au sociétariat",
                ),
                (
                    "ess",
                    "Association Réemploi Kreiz Breizh — démo",
                    "Apporte son savoir-faire de collecte et de tri",
                ),
                (
                    "citizens",
                    "Habitants sociétaires",
                    "Donnent, achètent et participent aux décisions",
                ),
            ],
            "need": (
                "<p>Les déchetteries du secteur voyaient passer chaque semaine des meubles "
                "et des objets en bon état, faute de solution de réemploi à moins d'une "
                "heure de route.</p>"
            ),
            "approach": (
                "<p>La communauté de communes a réuni l'association de réemploi, les "
                "déchetteries et des habitants volontaires. Après six mois d'ateliers, les "
                "partenaires ont choisi de créer une SCIC pour que chacun ait sa place dans "
                "les décisions.</p>"
            ),
            "results": [
                ("9", "emplois créés"),
                ("140 t", "d'objets remis en circulation par an"),
                ("320", "sociétaires"),
            ],
            "timeline": [
                ("2019", "Premiers ateliers avec les habitants et les déchetteries."),
                ("2020", "Création de la SCIC et aménagement de l'entrepôt."),
                ("2021", "Ouverture de la boutique."),
            ],
            "lessons": (
                "<p>Prendre le temps de décider ensemble de la forme juridique a évité bien "
                "des tensions par la suite.</p>"
            ),
            "body": [
                quote(
                    "Au début, chacun venait défendre son bout de projet. La SCIC nous a "
                    "obligés à construire une ambition commune.",
                    "Yann Démo",
                    "Cogérant de la ressourcerie (personnage fictif)",
                ),
            ],
            "contact_name": "Ressourcerie du Poher — démo",
        },
        "en": {
            "title": "A cooperative second-hand shop in the heart of the Poher",
            "summary": (
                "In Carhaix-Plouguer, the grouping of communes, a reuse association and "
                "residents set up a second-hand shop together, run as a SCIC."
            ),
            "actors": [
                (
                    "public",
                    "Communauté de communes du Poher (demo)",
                    "Provides a former warehouse and is a member of the cooperative",
                ),
                (
                    "ess",
                    "Association Réemploi Kreiz Breizh (demo)",
                    "Brings its know-how in collecting and sorting",
                ),
                ("citizens", "Resident members", "Donate, buy and take part in decisions"),
            ],
            "need": (
                "<p>Every week, the area's recycling centres took in furniture and objects "
                "in good condition, because there was no reuse option within an hour's "
                "drive.</p>"
            ),
            "approach": (
                "<p>The grouping of communes brought together the reuse association, the "
                "recycling centres and volunteer residents. After six months of workshops, "
                "the partners chose to set up a SCIC so that everyone would have a say in "
                "decisions.</p>"
            ),
            "results": [
                ("9", "jobs created"),
                ("140 t", "of objects put back into use each year"),
                ("320", "members"),
            ],
            "timeline": [
                ("2019", "First workshops with residents and the recycling centres."),
                ("2020", "The SCIC is set up and the warehouse fitted out."),
                ("2021", "The shop opens."),
            ],
            "lessons": (
                "<p>Taking the time to choose the legal form together avoided a lot of "
                "tension later on.</p>"
            ),
            "body": [
                quote(
                    "At first, everyone came to defend their own piece of the project. The "
                    "SCIC made us build a common ambition.",
                    "Yann Démo",
                    "Co-manager of the shop (fictional character)",
                ),
            ],
            "contact_name": "Ressourcerie du Poher (demo)",
        },
    },
    {
        "slug": "transport-solidaire-a-la-demande-pays-de-figeac",
        "insee": "46102",
        "start_year": 2021,
        "themes": ["mobilite", "bien-vieillir"],
        "audiences": ["elus", "citoyens"],
        "territory_types": ["rural"],
        "forms": ["ami", "crte"],
        "practices": [1, 2],
        "image": "cas-figeac",
        "fr": {
            "title": "Un transport solidaire à la demande autour de Figeac",
            "summary": (
                "Pour les habitants sans voiture des villages, la collectivité a lancé un "
                "appel à manifestation d'intérêt ; une association de chauffeurs bénévoles "
                "y a répondu."
            ),
            "actors": [
                (
                    "public",
                    "Intercommunalité du Grand Figeac — démo",
                    "Lance l'AMI et inscrit le projet au CRTE",
                ),
                (
                    "ess",
                    "Roulons ensemble en Ségala — démo",
                    "Organise les trajets et forme les chauffeurs bénévoles",
                ),
                ("citizens", "Chauffeurs bénévoles", "Assurent les trajets"),
            ],
            "need": (
                "<p>Dans les villages, des personnes âgées renonçaient à des rendez-vous "
                "médicaux ou aux courses faute de moyen de transport. Une enquête menée avec "
                "les mairies a confirmé le besoin et montré qu'il touchait aussi des "
                "jeunes sans permis.</p>"
            ),
            "approach": (
                "<p>La collectivité a décrit le besoin dans un appel à manifestation "
                "d'intérêt et proposé un local, un véhicule et un soutien à la "
                "communication. Une association locale a proposé un service de trajets "
                "à la demande assurés par des bénévoles.</p>"
            ),
            "results": [
                ("1 850", "trajets la première année"),
                ("42", "chauffeurs bénévoles"),
                ("27", "communes desservies"),
            ],
            "timeline": [
                ("2021", "Enquête auprès des habitants et des mairies."),
                ("2022", "Appel à manifestation d'intérêt et choix du porteur."),
                ("2023", "Le service couvre tout le territoire."),
            ],
            "lessons": (
                "<p>L'enquête de départ a élargi le public visé : sans elle, le service "
                "n'aurait pensé qu'aux personnes âgées.</p>"
            ),
            "body": [],
            "contact_name": "Roulons ensemble en Ségala — démo",
        },
        "en": {
            "title": "On-demand solidarity transport around Figeac",
            "summary": (
                "For village residents without a car, the local authority launched a call "
                "for expressions of interest; an association of volunteer drivers "
                "answered it."
            ),
            "actors": [
                (
                    "public",
                    "Intercommunalité du Grand Figeac (demo)",
                    "Launches the call and includes the project in the CRTE",
                ),
                (
                    "ess",
                    "Roulons ensemble en Ségala (demo)",
                    "Organises the trips and trains the volunteer drivers",
                ),
                ("citizens", "Volunteer drivers", "Drive the trips"),
            ],
            "need": (
                "<p>In the villages, older people gave up medical appointments or shopping "
                "for lack of transport. A survey carried out with the town halls confirmed "
                "the need and showed it also affected young people without a driving "
                "licence.</p>"
            ),
            "approach": (
                "<p>The local authority described the need in a call for expressions of "
                "interest and offered premises, a vehicle and help with communication. A "
                "local association proposed an on-demand service driven by "
                "volunteers.</p>"
            ),
            "results": [
                ("1,850", "trips in the first year"),
                ("42", "volunteer drivers"),
                ("27", "communes served"),
            ],
            "timeline": [
                ("2021", "Survey of residents and town halls."),
                ("2022", "Call for expressions of interest and choice of the operator."),
                ("2023", "The service covers the whole territory."),
            ],
            "lessons": (
                "<p>The initial survey widened the audience: without it, the service would "
                "only have thought of older people.</p>"
            ),
            "body": [],
            "contact_name": "Roulons ensemble en Ségala (demo)",
        },
    },
    {
        "slug": "habitat-partage-pour-bien-vieillir-gueret",
        "insee": "23096",
        "start_year": 2020,
        "themes": ["bien-vieillir", "habitat"],
        "audiences": ["elus", "porteurs-de-projet"],
        "territory_types": ["rural"],
        "forms": ["scic"],
        "practices": [1, 5, 6],
        "image": "cas-gueret",
        "fr": {
            "title": "Un habitat partagé pour bien vieillir à Guéret",
            "summary": (
                "Entre le domicile devenu trop grand et l'établissement spécialisé, une SCIC "
                "propose des logements partagés en centre-ville."
            ),
            "actors": [
                ("public", "Ville de Guéret — démo", "Cède deux maisons vacantes en centre-ville"),
                (
                    "ess",
                    "SCIC Toits partagés creusois — démo",
                    "Porte le projet et gère les logements",
                ),
                ("private", "Artisans du bâtiment du territoire", "Rénovent les maisons"),
                (
                    "citizens",
                    "Futurs habitants",
                    "Participent à la conception des espaces communs",
                ),
            ],
            "need": (
                "<p>Des habitants âgés, seuls dans des maisons isolées, souhaitaient se "
                "rapprocher des commerces sans entrer en établissement.</p>"
            ),
            "approach": (
                "<p>La ville a proposé deux maisons vacantes. Avec l'aide d'un expert en "
                "modélisation économique, les partenaires ont calé loyers et services pour "
                "que le projet s'équilibre sans subvention de fonctionnement.</p>"
            ),
            "results": [
                ("12", "logements"),
                ("2", "maisons vacantes rénovées"),
                ("3", "emplois d'animation et d'entretien"),
            ],
            "timeline": [
                ("2020", "Réunions publiques et visites des maisons."),
                ("2021", "Étude économique et création de la SCIC."),
                ("2023", "Arrivée des premiers habitants."),
            ],
            "lessons": (
                "<p>Faire participer les futurs habitants à la conception a rendu les "
                "espaces communs vraiment utilisés.</p>"
            ),
            "body": [
                callout(
                    "<p>Le modèle économique a été revu après la première année, comme "
                    "prévu dès le départ.</p>",
                    title="Un point d'étape prévu",
                    kind="tip",
                ),
            ],
            "contact_name": "SCIC Toits partagés creusois — démo",
        },
        "en": {
            "title": "Shared housing for ageing well in Guéret",
            "summary": (
                "Between a home that has become too big and a care home, a SCIC offers "
                "shared housing in the town centre."
            ),
            "actors": [
                (
                    "public",
                    "Ville de Guéret (demo)",
                    "Hands over two vacant houses in the town centre",
                ),
                (
                    "ess",
                    "SCIC Toits partagés creusois (demo)",
                    "Carries the project and manages the housing",
                ),
                ("private", "Local building craftspeople", "Renovate the houses"),
                ("citizens", "Future residents", "Help design the shared spaces"),
            ],
            "need": (
                "<p>Older residents living alone in isolated houses wanted to move closer to "
                "the shops without going into a care home.</p>"
            ),
            "approach": (
                "<p>The town offered two vacant houses. With the help of an expert in "
                "economic modelling, the partners set rents and services so that the "
                "project breaks even without an operating grant.</p>"
            ),
            "results": [
                ("12", "homes"),
                ("2", "vacant houses renovated"),
                ("3", "jobs in activities and maintenance"),
            ],
            "timeline": [
                ("2020", "Public meetings and visits of the houses."),
                ("2021", "Economic study and creation of the SCIC."),
                ("2023", "The first residents move in."),
            ],
            "lessons": (
                "<p>Involving future residents in the design made the shared spaces truly "
                "used.</p>"
            ),
            "body": [
                callout(
                    "<p>The business model was reviewed after the first year, as planned "
                    "from the start.</p>",
                    title="A planned review",
                    kind="tip",
                ),
            ],
            "contact_name": "SCIC Toits partagés creusois (demo)",
        },
    },
    {
        "slug": "tiers-lieu-numerique-saint-die",
        "insee": "88413",
        "start_year": 2022,
        "themes": ["numerique", "services-proximite"],
        "audiences": ["agents", "citoyens"],
        "territory_types": ["urbain", "montagne"],
        "forms": ["ami"],
        "practices": [2, 4],
        "image": "cas-saint-die",
        "fr": {
            "title": "Un tiers-lieu numérique pour les démarches en ligne",
            "summary": (
                "À Saint-Dié-des-Vosges, un tiers-lieu associatif aide les habitants dans "
                "leurs démarches en ligne, en complément des services publics existants."
            ),
            "actors": [
                (
                    "public",
                    "Ville de Saint-Dié-des-Vosges — démo",
                    "Lance l'appel et prête une ancienne agence bancaire",
                ),
                (
                    "ess",
                    "Association Clic Vosges — démo",
                    "Anime le tiers-lieu et forme les bénévoles",
                ),
                ("public", "Services publics de proximité", "Orientent les habitants"),
            ],
            "need": (
                "<p>De nombreux habitants se trouvaient démunis face aux démarches "
                "administratives en ligne, et les guichets existants étaient saturés.</p>"
            ),
            "approach": (
                "<p>Avant de lancer l'appel, la ville a recensé l'offre d'accompagnement "
                "existante pour que le tiers-lieu la complète au lieu de la concurrencer. "
                "Des habitants ont testé les premiers ateliers et proposé les horaires.</p>"
            ),
            "results": [
                ("2 300", "accompagnements par an"),
                ("15", "bénévoles formés"),
                ("4", "salariés"),
            ],
            "timeline": [
                ("2022", "Recensement de l'offre et appel à manifestation d'intérêt."),
                ("2023", "Ouverture du tiers-lieu."),
            ],
            "lessons": (
                "<p>Les horaires proposés par les habitants — le samedi matin, le mardi "
                "soir — ont fait la fréquentation.</p>"
            ),
            "body": [],
            "contact_name": "Association Clic Vosges — démo",
        },
        "en": {
            "title": "A digital third place for online formalities",
            "summary": (
                "In Saint-Dié-des-Vosges, an association-run third place helps residents "
                "with online formalities, complementing existing public services."
            ),
            "actors": [
                (
                    "public",
                    "Ville de Saint-Dié-des-Vosges (demo)",
                    "Launches the call and lends a former bank branch",
                ),
                (
                    "ess",
                    "Association Clic Vosges (demo)",
                    "Runs the third place and trains volunteers",
                ),
                ("public", "Local public services", "Refer residents"),
            ],
            "need": (
                "<p>Many residents were at a loss with online administrative formalities, "
                "and existing help desks were overwhelmed.</p>"
            ),
            "approach": (
                "<p>Before launching the call, the town listed the support already on offer "
                "so that the third place would complement it rather than compete with it. "
                "Residents tried out the first workshops and suggested the opening "
                "hours.</p>"
            ),
            "results": [
                ("2,300", "people helped each year"),
                ("15", "volunteers trained"),
                ("4", "employees"),
            ],
            "timeline": [
                ("2022", "Survey of existing support and call for expressions of interest."),
                ("2023", "The third place opens."),
            ],
            "lessons": (
                "<p>The opening hours residents suggested — Saturday morning, Tuesday "
                "evening — are what brought people in.</p>"
            ),
            "body": [],
            "contact_name": "Association Clic Vosges (demo)",
        },
    },
    {
        "slug": "legumerie-pour-la-restauration-collective-fourmies",
        "insee": "59249",
        "start_year": 2018,
        "themes": ["alimentation", "creation-activite"],
        "audiences": ["elus", "acteurs-ess"],
        "territory_types": ["rural"],
        "forms": ["ptce", "comite-de-filiere"],
        "practices": [3, 5],
        "image": "cas-fourmies",
        "fr": {
            "title": "Une légumerie pour la restauration collective de l'Avesnois",
            "summary": (
                "Maraîchers, cantines et une entreprise d'insertion se sont organisés en "
                "pôle de coopération pour fournir des légumes locaux prêts à cuisiner."
            ),
            "actors": [
                (
                    "public",
                    "Syndicat mixte de l'Avesnois — démo",
                    "Anime le comité de filière alimentation",
                ),
                (
                    "ess",
                    "Entreprise d'insertion Les Jardins de la Helpe — démo",
                    "Exploite la légumerie",
                ),
                ("private", "Maraîchers du territoire", "Fournissent les légumes"),
                ("public", "Cantines scolaires", "Achètent les légumes préparés"),
            ],
            "need": (
                "<p>Les cantines voulaient servir des légumes locaux, mais aucune structure "
                "ne pouvait les laver, éplucher et découper en quantité.</p>"
            ),
            "approach": (
                "<p>Un comité de filière a réuni producteurs, cantines et acteurs de "
                "l'insertion. Les partenaires se sont ensuite structurés en pôle "
                "territorial de coopération économique autour de la légumerie.</p>"
            ),
            "results": [
                ("14", "salariés en parcours d'insertion"),
                ("210 t", "de légumes préparés par an"),
                ("38", "cantines clientes"),
            ],
            "timeline": [
                ("2018", "Premier comité de filière alimentation."),
                ("2019", "Étude d'opportunité et modélisation économique."),
                ("2020", "Ouverture de la légumerie."),
                ("2022", "Création du pôle de coopération."),
            ],
            "lessons": (
                "<p>La modélisation économique a montré qu'il fallait des clients en "
                "dehors des cantines pour passer l'été : la légumerie sert aussi des "
                "restaurants.</p>"
            ),
            "body": [],
            "contact_name": "Les Jardins de la Helpe — démo",
        },
        "en": {
            "title": "A vegetable processing unit for school canteens in the Avesnois",
            "summary": (
                "Market gardeners, canteens and a work-integration enterprise organised as "
                "a cooperation hub to supply local vegetables ready to cook."
            ),
            "actors": [
                (
                    "public",
                    "Syndicat mixte de l'Avesnois (demo)",
                    "Runs the food sector committee",
                ),
                (
                    "ess",
                    "Les Jardins de la Helpe work-integration enterprise (demo)",
                    "Operates the processing unit",
                ),
                ("private", "Local market gardeners", "Supply the vegetables"),
                ("public", "School canteens", "Buy the prepared vegetables"),
            ],
            "need": (
                "<p>The canteens wanted to serve local vegetables, but no structure could "
                "wash, peel and cut them in large quantities.</p>"
            ),
            "approach": (
                "<p>A sector committee brought together growers, canteens and "
                "work-integration actors. The partners then organised as a territorial "
                "economic cooperation hub around the processing unit.</p>"
            ),
            "results": [
                ("14", "employees on work-integration schemes"),
                ("210 t", "of vegetables prepared each year"),
                ("38", "canteens as customers"),
            ],
            "timeline": [
                ("2018", "First food sector committee."),
                ("2019", "Opportunity study and economic modelling."),
                ("2020", "The processing unit opens."),
                ("2022", "The cooperation hub is set up."),
            ],
            "lessons": (
                "<p>Economic modelling showed that customers beyond the canteens were "
                "needed to get through the summer: the unit also supplies "
                "restaurants.</p>"
            ),
            "body": [],
            "contact_name": "Les Jardins de la Helpe (demo)",
        },
    },
    {
        "slug": "circuits-courts-mutualises-vallee-de-la-drome",
        "insee": "26113",
        "start_year": 2020,
        "themes": ["alimentation", "mobilite"],
        "audiences": ["porteurs-de-projet", "acteurs-ess"],
        "territory_types": ["montagne", "rural"],
        "forms": ["cluster-cooperatif"],
        "practices": [3, 4],
        "image": "cas-die",
        "fr": {
            "title": "Mutualiser la logistique des circuits courts dans le Diois",
            "summary": (
                "Des producteurs et des épiceries du Diois partagent tournées de livraison "
                "et entrepôt au sein d'un cluster coopératif."
            ),
            "actors": [
                (
                    "ess",
                    "Cluster Diois en circuits courts — démo",
                    "Anime la coopération et gère l'entrepôt",
                ),
                ("private", "Producteurs de la vallée", "Mutualisent leurs livraisons"),
                ("ess", "Épiceries coopératives", "Reçoivent les tournées communes"),
                (
                    "public",
                    "Communauté de communes du Diois — démo",
                    "Aide au financement de l'entrepôt",
                ),
            ],
            "need": (
                "<p>Chaque producteur livrait seul ses clients sur des routes de montagne : "
                "beaucoup de kilomètres pour de petits volumes.</p>"
            ),
            "approach": (
                "<p>Plutôt que de créer une nouvelle plateforme, les partenaires ont "
                "renforcé les tournées que deux producteurs faisaient déjà ensemble, puis "
                "ouvert un entrepôt partagé.</p>"
            ),
            "results": [
                ("31", "producteurs membres"),
                ("−40 %", "de kilomètres parcourus"),
                ("2", "tournées communes par semaine"),
            ],
            "timeline": [
                ("2020", "Rencontres entre producteurs et épiceries."),
                ("2021", "Création du cluster."),
                ("2022", "Ouverture de l'entrepôt partagé."),
            ],
            "lessons": (
                "<p>Partir de ce qui existait déjà a rassuré les producteurs : ils n'avaient "
                "pas à changer toutes leurs habitudes d'un coup.</p>"
            ),
            "body": [
                quote(
                    "On se croisait sur les mêmes routes, chacun avec sa camionnette à "
                    "moitié vide.",
                    "Martine Démo",
                    "Productrice de fromages (personnage fictif)",
                ),
            ],
            "contact_name": "Cluster Diois en circuits courts — démo",
        },
        "en": {
            "title": "Pooling short-supply-chain logistics in the Diois",
            "summary": (
                "Producers and grocery shops of the Diois share delivery rounds and a "
                "warehouse within a cooperative cluster."
            ),
            "actors": [
                (
                    "ess",
                    "Cluster Diois en circuits courts (demo)",
                    "Runs the cooperation and manages the warehouse",
                ),
                ("private", "Producers of the valley", "Pool their deliveries"),
                ("ess", "Cooperative grocery shops", "Receive the shared rounds"),
                ("public", "Communauté de communes du Diois (demo)", "Helps fund the warehouse"),
            ],
            "need": (
                "<p>Each producer delivered to their customers alone on mountain roads: a "
                "lot of kilometres for small volumes.</p>"
            ),
            "approach": (
                "<p>Rather than creating a new platform, the partners built on the rounds "
                "two producers already shared, then opened a shared warehouse.</p>"
            ),
            "results": [
                ("31", "member producers"),
                ("−40%", "fewer kilometres driven"),
                ("2", "shared rounds a week"),
            ],
            "timeline": [
                ("2020", "Meetings between producers and grocery shops."),
                ("2021", "The cluster is set up."),
                ("2022", "The shared warehouse opens."),
            ],
            "lessons": (
                "<p>Starting from what already existed reassured the producers: they did "
                "not have to change all their habits at once.</p>"
            ),
            "body": [
                quote(
                    "We kept passing each other on the same roads, each with a half-empty van.",
                    "Martine Démo",
                    "Cheese maker (fictional character)",
                ),
            ],
            "contact_name": "Cluster Diois en circuits courts (demo)",
        },
    },
    {
        "slug": "renovation-du-bati-ancien-autun",
        "insee": "71014",
        "start_year": 2021,
        "themes": ["habitat", "economie-circulaire"],
        "audiences": ["elus", "porteurs-de-projet"],
        "territory_types": ["rural"],
        "forms": ["ptce"],
        "practices": [4, 5],
        "image": "cas-autun",
        "fr": {
            "title": "Rénover le bâti ancien avec les artisans de l'Autunois",
            "summary": (
                "Un pôle de coopération réunit artisans, structures d'insertion et "
                "collectivité pour rénover les logements anciens avec des matériaux "
                "biosourcés."
            ),
            "actors": [
                (
                    "public",
                    "Communauté de communes du Grand Autunois — démo",
                    "Oriente les propriétaires et soutient le pôle",
                ),
                ("ess", "Pôle Bâti Morvan — démo", "Coordonne les chantiers et la formation"),
                ("private", "Artisans du bâtiment", "Réalisent les travaux"),
                (
                    "ess",
                    "Chantier d'insertion du Morvan — démo",
                    "Prépare les matériaux et forme des salariés",
                ),
            ],
            "need": (
                "<p>Beaucoup de maisons anciennes restaient vacantes ou mal isolées, et les "
                "propriétaires ne trouvaient pas d'artisans formés au bâti ancien.</p>"
            ),
            "approach": (
                "<p>Le pôle complète l'offre des artisans au lieu de la concurrencer : il "
                "forme, coordonne et prépare les matériaux, les artisans gardent les "
                "chantiers.</p>"
            ),
            "results": [
                ("64", "logements rénovés"),
                ("22", "artisans membres"),
                ("11", "personnes formées par an"),
            ],
            "timeline": [
                ("2021", "Rencontres entre artisans et structures d'insertion."),
                ("2022", "Création du pôle et premiers chantiers-écoles."),
                ("2024", "Ouverture d'une matériauthèque."),
            ],
            "lessons": (
                "<p>Associer les artisans dès le début a évité qu'ils voient le pôle comme "
                "un concurrent.</p>"
            ),
            "body": [],
            "contact_name": "Pôle Bâti Morvan — démo",
        },
        "en": {
            "title": "Renovating old buildings with the craftspeople of the Autunois",
            "summary": (
                "A cooperation hub brings craftspeople, work-integration structures and "
                "the local authority together to renovate old homes with bio-based "
                "materials."
            ),
            "actors": [
                (
                    "public",
                    "Communauté de communes du Grand Autunois (demo)",
                    "Refers owners and supports the hub",
                ),
                ("ess", "Pôle Bâti Morvan (demo)", "Coordinates the building sites and training"),
                ("private", "Building craftspeople", "Carry out the work"),
                (
                    "ess",
                    "Chantier d'insertion du Morvan (demo)",
                    "Prepares materials and trains employees",
                ),
            ],
            "need": (
                "<p>Many old houses stood empty or poorly insulated, and owners could not "
                "find craftspeople trained in old buildings.</p>"
            ),
            "approach": (
                "<p>The hub complements what craftspeople offer rather than competing with "
                "them: it trains, coordinates and prepares materials, while the "
                "craftspeople keep the building work.</p>"
            ),
            "results": [
                ("64", "homes renovated"),
                ("22", "member craftspeople"),
                ("11", "people trained each year"),
            ],
            "timeline": [
                ("2021", "Meetings between craftspeople and work-integration structures."),
                ("2022", "The hub is set up; first training sites."),
                ("2024", "A materials library opens."),
            ],
            "lessons": (
                "<p>Involving the craftspeople from the start kept them from seeing the hub "
                "as a competitor.</p>"
            ),
            "body": [],
            "contact_name": "Pôle Bâti Morvan (demo)",
        },
    },
    {
        "slug": "epicerie-cafe-itinerante-bocage-virois",
        "insee": "14762",
        "start_year": 2023,
        "themes": ["services-proximite", "alimentation"],
        "audiences": ["elus", "citoyens"],
        "territory_types": ["rural"],
        "forms": ["ami", "scic"],
        "practices": [1, 2, 6],
        "image": "cas-vire",
        "fr": {
            "title": "Une épicerie-café itinérante pour les bourgs du Bocage",
            "summary": (
                "Un camion aménagé fait étape chaque semaine dans les bourgs sans commerce "
                "autour de Vire Normandie : épicerie, café et point de rencontre."
            ),
            "actors": [
                (
                    "public",
                    "Commune de Vire Normandie — démo",
                    "Lance l'appel et coordonne les communes déléguées",
                ),
                ("ess", "SCIC L'Étape bocaine — démo", "Exploite le camion"),
                ("citizens", "Habitants des bourgs", "Sociétaires et clients"),
                ("private", "Producteurs locaux", "Fournissent une partie des produits"),
            ],
            "need": (
                "<p>Plusieurs bourgs avaient perdu leur dernier commerce. Les habitants "
                "regrettaient autant les courses que les occasions de se croiser.</p>"
            ),
            "approach": (
                "<p>Des réunions dans chaque bourg ont confirmé le besoin et dessiné le "
                "service. La commune a lancé un appel à manifestation d'intérêt ; le "
                "porteur retenu a choisi, avec les habitants, de créer une SCIC.</p>"
            ),
            "results": [
                ("9", "bourgs desservis chaque semaine"),
                ("2", "emplois"),
                ("180", "sociétaires"),
            ],
            "timeline": [
                ("2023", "Réunions dans les bourgs et appel à manifestation d'intérêt."),
                ("2024", "Création de la SCIC et première tournée."),
            ],
            "lessons": (
                "<p>Le café compte autant que l'épicerie : c'est lui qui fait venir les "
                "habitants.</p>"
            ),
            "body": [],
            "contact_name": "SCIC L'Étape bocaine — démo",
        },
        "en": {
            "title": "A travelling grocery and café for the villages of the Bocage",
            "summary": (
                "A fitted-out van stops every week in the villages without a shop around "
                "Vire Normandie: groceries, coffee and a place to meet."
            ),
            "actors": [
                (
                    "public",
                    "Commune de Vire Normandie (demo)",
                    "Launches the call and coordinates the former communes",
                ),
                ("ess", "SCIC L'Étape bocaine (demo)", "Runs the van"),
                ("citizens", "Village residents", "Members and customers"),
                ("private", "Local producers", "Supply part of the products"),
            ],
            "need": (
                "<p>Several villages had lost their last shop. Residents missed the "
                "chances to meet as much as the shopping.</p>"
            ),
            "approach": (
                "<p>Meetings in each village confirmed the need and shaped the service. "
                "The commune launched a call for expressions of interest; the chosen "
                "operator decided, with residents, to set up a SCIC.</p>"
            ),
            "results": [("9", "villages served every week"), ("2", "jobs"), ("180", "members")],
            "timeline": [
                ("2023", "Meetings in the villages and call for expressions of interest."),
                ("2024", "The SCIC is set up; first round."),
            ],
            "lessons": (
                "<p>The café matters as much as the grocery: it is what brings residents in.</p>"
            ),
            "body": [],
            "contact_name": "SCIC L'Étape bocaine (demo)",
        },
    },
    {
        "slug": "appel-a-manifestation-d-interet-activites-nouvelles-chateaubriant",
        "insee": "44036",
        "start_year": 2019,
        "themes": ["creation-activite"],
        "audiences": ["elus", "agents", "porteurs-de-projet"],
        "territory_types": ["rural", "periurbain"],
        "forms": ["ami", "crte"],
        "practices": [1, 3],
        "image": "cas-chateaubriant",
        "fr": {
            "title": "Faire émerger des activités nouvelles par un appel à manifestation "
            "d'intérêt",
            "summary": (
                "Sans filière désignée à l'avance, l'intercommunalité a cherché à créer des "
                "emplois non délocalisables en s'appuyant sur les besoins repérés par les "
                "habitants."
            ),
            "actors": [
                (
                    "public",
                    "Intercommunalité de Châteaubriant — démo",
                    "Porte la démarche et met à disposition des locaux vacants",
                ),
                (
                    "ess",
                    "Fabrique à initiatives — démo Pays de la Loire",
                    "Anime les séances de créativité et les études d'opportunité",
                ),
                ("private", "Entreprises du territoire", "Partagent leurs besoins"),
            ],
            "need": (
                "<p>Le territoire perdait des emplois industriels. Les élus voulaient "
                "créer de l'activité, sans savoir dans quel secteur.</p>"
            ),
            "approach": (
                "<p>Des séances de créativité avec habitants et entreprises ont fait "
                "émerger une dizaine de besoins. Trois ont été confirmés par des études "
                "d'opportunité, puis proposés dans un appel à manifestation d'intérêt, "
                "avec des locaux vacants à la clé.</p>"
            ),
            "results": [
                ("3", "activités créées"),
                ("17", "emplois"),
                ("6", "séances de créativité"),
            ],
            "timeline": [
                ("2019", "Séances de créativité."),
                ("2020", "Études d'opportunité."),
                ("2021", "Appel à manifestation d'intérêt et choix des porteurs."),
            ],
            "lessons": (
                "<p>Les locaux vacants proposés dans l'appel ont décidé deux des trois "
                "porteurs à s'installer.</p>"
            ),
            "body": [
                callout(
                    "<p>Les structures de la Fabrique à initiatives aident les territoires "
                    "à comprendre leurs besoins et à développer des activités économiques "
                    "utiles. Celle citée ici est fictive.</p>",
                    title="La Fabrique à initiatives",
                ),
            ],
            "contact_name": "Fabrique à initiatives — démo Pays de la Loire",
        },
        "en": {
            "title": "Bringing new activities to life through a call for expressions of interest",
            "summary": (
                "With no sector chosen in advance, the grouping of communes set out to "
                "create jobs that stay local, building on the needs residents had spotted."
            ),
            "actors": [
                (
                    "public",
                    "Intercommunalité de Châteaubriant (demo)",
                    "Leads the process and provides vacant premises",
                ),
                (
                    "ess",
                    "Fabrique à initiatives — Pays de la Loire demo",
                    "Runs the creativity sessions and opportunity studies",
                ),
                ("private", "Local businesses", "Share their needs"),
            ],
            "need": (
                "<p>The territory was losing industrial jobs. Councillors wanted to create "
                "activity, without knowing in which sector.</p>"
            ),
            "approach": (
                "<p>Creativity sessions with residents and businesses brought out about ten "
                "needs. Opportunity studies confirmed three, which were then offered in a "
                "call for expressions of interest, with vacant premises available.</p>"
            ),
            "results": [("3", "activities created"), ("17", "jobs"), ("6", "creativity sessions")],
            "timeline": [
                ("2019", "Creativity sessions."),
                ("2020", "Opportunity studies."),
                ("2021", "Call for expressions of interest and choice of operators."),
            ],
            "lessons": (
                "<p>The vacant premises offered in the call persuaded two of the three "
                "operators to set up there.</p>"
            ),
            "body": [
                callout(
                    "<p>The structures of the Fabrique à initiatives help territories "
                    "understand their needs and develop useful economic activities. The one "
                    "named here is fictional.</p>",
                    title="The Fabrique à initiatives",
                ),
            ],
            "contact_name": "Fabrique à initiatives — Pays de la Loire demo",
        },
    },
    {
        "slug": "reemploi-des-materiaux-friche-vierzon",
        "insee": "18279",
        "start_year": 2022,
        "themes": ["economie-circulaire", "creation-activite"],
        "audiences": ["agents", "acteurs-ess"],
        "territory_types": ["urbain"],
        "forms": ["ptce", "cluster-cooperatif"],
        "practices": [4, 5],
        "image": "cas-vierzon",
        "fr": {
            "title": "Une plateforme de réemploi des matériaux sur une friche industrielle",
            "summary": (
                "À Vierzon, une ancienne usine accueille une plateforme où les matériaux "
                "de chantier trouvent une seconde vie."
            ),
            "actors": [
                ("public", "Ville de Vierzon — démo", "Met la friche à disposition"),
                (
                    "ess",
                    "Coopérative Matières à bâtir — démo",
                    "Collecte, trie et revend les matériaux",
                ),
                ("private", "Entreprises du BTP", "Apportent les matériaux de déconstruction"),
            ],
            "need": (
                "<p>Les chantiers de déconstruction produisaient des matériaux réutilisables "
                "qui partaient en décharge faute de lieu de stockage.</p>"
            ),
            "approach": (
                "<p>La plateforme complète les déchetteries professionnelles existantes. "
                "Un expert en modélisation a aidé à fixer les tarifs de dépôt et de revente "
                "pour équilibrer l'activité.</p>"
            ),
            "results": [
                ("480 t", "de matériaux réemployés par an"),
                ("7", "emplois"),
                ("1,2 ha", "de friche réutilisée"),
            ],
            "timeline": [
                ("2022", "Étude de gisement et modélisation économique."),
                ("2023", "Installation sur la friche."),
                ("2025", "Entrée dans un cluster coopératif régional."),
            ],
            "lessons": (
                "<p>Sans foncier disponible, le projet n'aurait pas vu le jour : la friche "
                "a été le levier décisif de la ville.</p>"
            ),
            "body": [],
            "contact_name": "Coopérative Matières à bâtir — démo",
        },
        "en": {
            "title": "A building-materials reuse platform on a former industrial site",
            "summary": (
                "In Vierzon, a former factory hosts a platform where building materials get "
                "a second life."
            ),
            "actors": [
                ("public", "Ville de Vierzon (demo)", "Provides the former industrial site"),
                (
                    "ess",
                    "Coopérative Matières à bâtir (demo)",
                    "Collects, sorts and sells the materials",
                ),
                ("private", "Construction firms", "Bring materials from deconstruction"),
            ],
            "need": (
                "<p>Deconstruction sites produced reusable materials that ended up in "
                "landfill for lack of storage space.</p>"
            ),
            "approach": (
                "<p>The platform complements the existing professional recycling centres. "
                "An expert in modelling helped set drop-off and resale prices so that the "
                "activity breaks even.</p>"
            ),
            "results": [
                ("480 t", "of materials reused each year"),
                ("7", "jobs"),
                ("1.2 ha", "of brownfield put back into use"),
            ],
            "timeline": [
                ("2022", "Study of available materials and economic modelling."),
                ("2023", "The platform moves onto the site."),
                ("2025", "It joins a regional cooperative cluster."),
            ],
            "lessons": (
                "<p>Without available land, the project would never have started: the "
                "former site was the town's decisive lever.</p>"
            ),
            "body": [],
            "contact_name": "Coopérative Matières à bâtir (demo)",
        },
    },
    {
        "slug": "centre-de-sante-cooperatif-digne",
        "insee": "04070",
        "start_year": 2024,
        "themes": ["sante"],
        "audiences": ["elus", "porteurs-de-projet"],
        "territory_types": ["montagne"],
        "forms": ["scic", "crte"],
        "practices": [1, 6],
        "image": "cas-digne",
        "fr": {
            "title": "Un centre de santé porté en coopérative",
            "summary": (
                "À Digne-les-Bains, soignants, usagers et collectivités se sont associés "
                "dans une SCIC pour ouvrir un centre de santé."
            ),
            "actors": [
                (
                    "public",
                    "Ville de Digne-les-Bains — démo",
                    "Sociétaire ; met à disposition le bâtiment",
                ),
                ("ess", "SCIC Santé en Haute-Provence — démo", "Gère le centre de santé"),
                ("citizens", "Usagers sociétaires", "Participent à la gouvernance"),
                ("private", "Professionnels de santé", "Salariés du centre"),
            ],
            "need": (
                "<p>Plusieurs médecins partaient à la retraite sans successeur et de "
                "nombreux habitants n'avaient plus de médecin traitant.</p>"
            ),
            "approach": (
                "<p>Après un diagnostic partagé avec les soignants, la ville, les "
                "professionnels et des usagers ont choisi ensemble la SCIC, qui donne une "
                "voix à chacun. Le projet est inscrit au CRTE du territoire.</p>"
            ),
            "results": [
                ("5", "médecins salariés"),
                ("3 100", "patients suivis"),
                ("4", "catégories de sociétaires"),
            ],
            "timeline": [
                ("2024", "Diagnostic partagé et choix de la forme coopérative."),
                ("2025", "Ouverture du centre."),
            ],
            "lessons": (
                "<p>Le statut salarié et le travail en équipe ont attiré de jeunes médecins.</p>"
            ),
            "body": [],
            "contact_name": "SCIC Santé en Haute-Provence — démo",
        },
        "en": {
            "title": "A health centre run as a cooperative",
            "summary": (
                "In Digne-les-Bains, health professionals, patients and local authorities "
                "joined forces in a SCIC to open a health centre."
            ),
            "actors": [
                ("public", "Ville de Digne-les-Bains (demo)", "Member; provides the building"),
                ("ess", "SCIC Santé en Haute-Provence (demo)", "Runs the health centre"),
                ("citizens", "Patient members", "Take part in governance"),
                ("private", "Health professionals", "Employees of the centre"),
            ],
            "need": (
                "<p>Several doctors were retiring with no successor and many residents no "
                "longer had a regular doctor.</p>"
            ),
            "approach": (
                "<p>After an assessment shared with health professionals, the town, the "
                "professionals and patients chose the SCIC together, as it gives everyone a "
                "voice. The project is part of the territory's CRTE.</p>"
            ),
            "results": [
                ("5", "salaried doctors"),
                ("3,100", "patients followed"),
                ("4", "kinds of members"),
            ],
            "timeline": [
                ("2024", "Shared assessment and choice of the cooperative form."),
                ("2025", "The centre opens."),
            ],
            "lessons": ("<p>Salaried status and teamwork attracted young doctors.</p>"),
            "body": [],
            "contact_name": "SCIC Santé en Haute-Provence (demo)",
        },
    },
    {
        "slug": "filiere-chataigne-comite-de-filiere-corte",
        "insee": "2B096",
        "start_year": 2021,
        "themes": ["alimentation", "creation-activite"],
        "audiences": ["elus", "acteurs-ess"],
        "territory_types": ["montagne", "rural"],
        "forms": ["comite-de-filiere"],
        "practices": [3, 6],
        "image": "cas-corte",
        "fr": {
            "title": "Structurer une filière castanéicole autour de Corte",
            "summary": (
                "Un comité de filière a réuni castanéiculteurs, transformateurs et "
                "collectivités pour relancer la production et la transformation locales."
            ),
            "actors": [
                (
                    "public",
                    "Communauté de communes du Centre Corse — démo",
                    "Anime le comité de filière",
                ),
                ("private", "Castanéiculteurs", "Produisent et récoltent"),
                ("ess", "Coopérative A Castagna — démo", "Transforme et commercialise"),
            ],
            "need": (
                "<p>Des châtaigneraies étaient abandonnées et la farine locale manquait, "
                "alors que la demande existait.</p>"
            ),
            "approach": (
                "<p>Le comité de filière a fait remonter les freins — accès aux parcelles, "
                "équipement de séchage, trésorerie — puis a produit une feuille de route. "
                "Les producteurs ont ensuite décidé ensemble de créer une coopérative de "
                "transformation.</p>"
            ),
            "results": [
                ("18", "producteurs membres"),
                ("35 ha", "de châtaigneraies remises en culture"),
                ("1", "séchoir collectif"),
            ],
            "timeline": [
                ("2021", "Premier comité de filière."),
                ("2022", "Feuille de route et recensement des parcelles."),
                ("2023", "Création de la coopérative et du séchoir collectif."),
            ],
            "lessons": (
                "<p>La question du foncier est remontée dès le premier comité : la traiter "
                "tôt a débloqué le reste.</p>"
            ),
            "body": [],
            "contact_name": "Coopérative A Castagna — démo",
        },
        "en": {
            "title": "Structuring a chestnut sector around Corte",
            "summary": (
                "A sector committee brought chestnut growers, processors and local "
                "authorities together to revive local production and processing."
            ),
            "actors": [
                (
                    "public",
                    "Communauté de communes du Centre Corse (demo)",
                    "Runs the sector committee",
                ),
                ("private", "Chestnut growers", "Grow and harvest"),
                ("ess", "Coopérative A Castagna (demo)", "Processes and sells"),
            ],
            "need": (
                "<p>Chestnut groves had been abandoned and local chestnut flour was in short "
                "supply, although the demand was there.</p>"
            ),
            "approach": (
                "<p>The sector committee surfaced the obstacles — access to plots, drying "
                "equipment, cash flow — then produced a roadmap. The growers then decided "
                "together to set up a processing cooperative.</p>"
            ),
            "results": [
                ("18", "member growers"),
                ("35 ha", "of chestnut groves brought back into use"),
                ("1", "shared drying house"),
            ],
            "timeline": [
                ("2021", "First sector committee."),
                ("2022", "Roadmap and survey of the plots."),
                ("2023", "The cooperative and the shared drying house are set up."),
            ],
            "lessons": (
                "<p>The land question came up at the very first committee: dealing with it "
                "early unblocked the rest.</p>"
            ),
            "body": [],
            "contact_name": "Coopérative A Castagna (demo)",
        },
    },
    {
        "slug": "conserverie-solidaire-saint-joseph-la-reunion",
        "insee": "97412",
        "start_year": 2020,
        "themes": ["alimentation", "economie-circulaire"],
        "audiences": ["porteurs-de-projet", "citoyens"],
        "territory_types": ["outre-mer", "littoral"],
        "forms": ["scic"],
        "practices": [2, 5],
        "image": "cas-saint-joseph",
        "fr": {
            "title": "Une conserverie solidaire pour valoriser les fruits du Sud sauvage",
            "summary": (
                "À Saint-Joseph, à La Réunion, une conserverie coopérative transforme les "
                "fruits invendus des petits producteurs en confitures et achards."
            ),
            "actors": [
                (
                    "public",
                    "Commune de Saint-Joseph — démo",
                    "Met à disposition une cuisine collective",
                ),
                ("ess", "SCIC Kaz Konfitur — démo", "Exploite la conserverie"),
                ("private", "Petits producteurs de fruits", "Fournissent les fruits invendus"),
                (
                    "citizens",
                    "Habitants du quartier",
                    "Participent aux ateliers de transformation",
                ),
            ],
            "need": (
                "<p>En pleine saison, une partie des mangues, letchis et goyaves des petits "
                "producteurs ne trouvait pas preneur et se perdait.</p>"
            ),
            "approach": (
                "<p>Des ateliers ouverts aux habitants ont testé recettes et prix. Un "
                "accompagnement en modélisation économique a ensuite montré qu'une SCIC "
                "pouvait vivre de la vente en boutique et aux restaurants.</p>"
            ),
            "results": [
                ("26 t", "de fruits transformés par an"),
                ("6", "emplois"),
                ("40", "producteurs partenaires"),
            ],
            "timeline": [
                ("2020", "Ateliers de transformation avec les habitants."),
                ("2021", "Modélisation économique."),
                ("2022", "Création de la SCIC et ouverture de la conserverie."),
            ],
            "lessons": (
                "<p>Les recettes mises au point avec les habitants sont devenues les "
                "meilleures ventes.</p>"
            ),
            "body": [
                quote(
                    "Avant, je laissais pourrir une partie de la récolte. Maintenant, tout "
                    "part à la conserverie.",
                    "Josie Démo",
                    "Productrice de fruits (personnage fictif)",
                ),
            ],
            "contact_name": "SCIC Kaz Konfitur — démo",
        },
        "en": {
            "title": "A solidarity cannery for the fruit of the wild south",
            "summary": (
                "In Saint-Joseph, on Réunion Island, a cooperative cannery turns small "
                "growers' unsold fruit into jams and pickles."
            ),
            "actors": [
                ("public", "Commune de Saint-Joseph (demo)", "Provides a shared kitchen"),
                ("ess", "SCIC Kaz Konfitur (demo)", "Runs the cannery"),
                ("private", "Small fruit growers", "Supply their unsold fruit"),
                ("citizens", "Local residents", "Take part in processing workshops"),
            ],
            "need": (
                "<p>At the height of the season, part of the small growers' mangoes, "
                "lychees and guavas found no buyer and went to waste.</p>"
            ),
            "approach": (
                "<p>Workshops open to residents tested recipes and prices. Support with "
                "economic modelling then showed that a SCIC could live from sales in its "
                "shop and to restaurants.</p>"
            ),
            "results": [
                ("26 t", "of fruit processed each year"),
                ("6", "jobs"),
                ("40", "partner growers"),
            ],
            "timeline": [
                ("2020", "Processing workshops with residents."),
                ("2021", "Economic modelling."),
                ("2022", "The SCIC is set up and the cannery opens."),
            ],
            "lessons": ("<p>The recipes developed with residents became the best sellers.</p>"),
            "body": [
                quote(
                    "I used to let part of the harvest rot. Now it all goes to the cannery.",
                    "Josie Démo",
                    "Fruit grower (fictional character)",
                ),
            ],
            "contact_name": "SCIC Kaz Konfitur (demo)",
        },
    },
    {
        "slug": "garage-solidaire-saint-laurent-du-maroni",
        "insee": "97311",
        "start_year": 2025,
        "themes": ["mobilite", "creation-activite"],
        "audiences": ["agents", "porteurs-de-projet"],
        "territory_types": ["outre-mer", "urbain"],
        "forms": ["ami"],
        "practices": [1, 4],
        "image": "cas-saint-laurent",
        "fr": {
            "title": "Un garage solidaire pour se déplacer vers l'emploi",
            "summary": (
                "À Saint-Laurent-du-Maroni, en Guyane, un garage associatif répare à prix "
                "réduit les véhicules des personnes en recherche d'emploi."
            ),
            "actors": [
                (
                    "public",
                    "Ville de Saint-Laurent-du-Maroni — démo",
                    "Lance l'appel et met un terrain à disposition",
                ),
                (
                    "ess",
                    "Association Garage du fleuve — démo",
                    "Répare les véhicules et forme des mécaniciens",
                ),
                ("public", "Service public de l'emploi", "Oriente les bénéficiaires"),
            ],
            "need": (
                "<p>Des personnes trouvaient un emploi mais ne pouvaient pas s'y rendre, "
                "faute de pouvoir entretenir leur véhicule.</p>"
            ),
            "approach": (
                "<p>La ville a vérifié avec les garages existants que le projet ne les "
                "concurrencerait pas : le garage solidaire ne sert que les personnes "
                "orientées par le service public de l'emploi.</p>"
            ),
            "results": [
                ("120", "véhicules réparés la première année"),
                ("4", "mécaniciens en formation"),
                ("1", "terrain réaménagé"),
            ],
            "timeline": [
                ("2025", "Appel à manifestation d'intérêt, choix du porteur et ouverture."),
            ],
            "lessons": (
                "<p>Rencontrer les garagistes avant de lancer l'appel a transformé des "
                "concurrents potentiels en partenaires.</p>"
            ),
            "body": [],
            "contact_name": "Association Garage du fleuve — démo",
        },
        "en": {
            "title": "A solidarity garage to get to work",
            "summary": (
                "In Saint-Laurent-du-Maroni, French Guiana, an association-run garage "
                "repairs the vehicles of job seekers at reduced prices."
            ),
            "actors": [
                (
                    "public",
                    "Ville de Saint-Laurent-du-Maroni (demo)",
                    "Launches the call and provides a plot of land",
                ),
                (
                    "ess",
                    "Association Garage du fleuve (demo)",
                    "Repairs vehicles and trains mechanics",
                ),
                ("public", "Public employment service", "Refers beneficiaries"),
            ],
            "need": (
                "<p>People found a job but could not get there, because they could not "
                "afford to maintain their vehicle.</p>"
            ),
            "approach": (
                "<p>The town checked with existing garages that the project would not "
                "compete with them: the solidarity garage only serves people referred by "
                "the public employment service.</p>"
            ),
            "results": [
                ("120", "vehicles repaired in the first year"),
                ("4", "mechanics in training"),
                ("1", "plot of land fitted out"),
            ],
            "timeline": [
                ("2025", "Call for expressions of interest, choice of the operator and opening."),
            ],
            "lessons": (
                "<p>Meeting the garage owners before launching the call turned potential "
                "competitors into partners.</p>"
            ),
            "body": [],
            "contact_name": "Association Garage du fleuve (demo)",
        },
    },
    {
        "slug": "reparation-numerique-de-quartier-montreuil",
        "insee": "93048",
        "start_year": 2023,
        "themes": ["numerique", "economie-circulaire"],
        "audiences": ["citoyens", "acteurs-ess"],
        "territory_types": ["urbain"],
        "forms": ["cluster-cooperatif"],
        "practices": [2, 3],
        "image": "cas-montreuil",
        "fr": {
            "title": "Des ateliers de réparation numérique dans les quartiers",
            "summary": (
                "À Montreuil, des associations de réemploi informatique coopèrent pour "
                "réparer ordinateurs et téléphones au plus près des habitants."
            ),
            "actors": [
                (
                    "ess",
                    "Collectif Répar'Num — démo",
                    "Coordonne les ateliers des associations membres",
                ),
                (
                    "public",
                    "Ville de Montreuil — démo",
                    "Prête des salles dans les maisons de quartier",
                ),
                ("citizens", "Bénévoles réparateurs", "Animent les ateliers"),
            ],
            "need": (
                "<p>Des habitants jetaient des appareils réparables ou renonçaient à "
                "s'équiper, faute de savoir où les faire réparer à petit prix.</p>"
            ),
            "approach": (
                "<p>Plutôt que chacune de son côté, quatre associations ont formé un "
                "collectif pour couvrir tous les quartiers, partager les pièces détachées "
                "et former ensemble les bénévoles.</p>"
            ),
            "results": [
                ("1 400", "appareils réparés par an"),
                ("4", "associations membres"),
                ("60", "bénévoles"),
            ],
            "timeline": [
                ("2023", "Premières rencontres entre associations."),
                ("2024", "Lancement des ateliers dans six maisons de quartier."),
            ],
            "lessons": (
                "<p>Le stock commun de pièces détachées a été l'argument qui a convaincu les "
                "associations de coopérer.</p>"
            ),
            "body": [],
            "contact_name": "Collectif Répar'Num — démo",
        },
        "en": {
            "title": "Neighbourhood digital repair workshops",
            "summary": (
                "In Montreuil, computer-reuse associations cooperate to repair computers "
                "and phones close to where residents live."
            ),
            "actors": [
                (
                    "ess",
                    "Collectif Répar'Num (demo)",
                    "Coordinates the member associations' workshops",
                ),
                ("public", "Ville de Montreuil (demo)", "Lends rooms in community centres"),
                ("citizens", "Volunteer repairers", "Run the workshops"),
            ],
            "need": (
                "<p>Residents threw away repairable devices or went without, because they "
                "did not know where to get them repaired cheaply.</p>"
            ),
            "approach": (
                "<p>Rather than each working alone, four associations formed a collective to "
                "cover every neighbourhood, share spare parts and train volunteers "
                "together.</p>"
            ),
            "results": [
                ("1,400", "devices repaired each year"),
                ("4", "member associations"),
                ("60", "volunteers"),
            ],
            "timeline": [
                ("2023", "First meetings between associations."),
                ("2024", "Workshops start in six community centres."),
            ],
            "lessons": (
                "<p>The shared stock of spare parts was what convinced the associations to "
                "cooperate.</p>"
            ),
            "body": [],
            "contact_name": "Collectif Répar'Num (demo)",
        },
    },
]

CASE_STUDIES = [PARIS, *FICTIONAL]
