"""The relevance set over the demo content (load_demo): queries and the pages that must
appear in the top 3 (slugs; "org:" marks an organisation). Each query names what it
checks: stemming, accents, case, ligatures, elisions, stop words, multi-word queries,
place names and organisations' names.
"""

GUIDE = "cooperer-avec-l-ess-pour-developper-une-filiere"
SCIC = "scic"
COOPERATIVE_PAGES = [
    SCIC,
    "cluster-cooperatif",
    "centre-de-sante-cooperatif-digne",
    "ressourcerie-cooperative-du-poher",
]
SECTOR_COMMITTEES = [
    "comite-de-filiere",
    "ville-de-paris-comites-de-filiere",
    "filiere-chataigne-comite-de-filiere-corte",
]

FRENCH_QUERIES = [
    # The reference query: no accents, two words, a verb and a noun.
    ("cooperer filiere", [GUIDE]),
    ("Coopérer avec les acteurs de l'ESS", [GUIDE]),  # elision, stop words
    ("coopératives", COOPERATIVE_PAGES),  # plural, stemming
    ("filières", SECTOR_COMMITTEES),  # plural, stemming
    ("l'habitat partagé", ["habitat-partage-pour-bien-vieillir-gueret"]),  # elision
    ("coeur du Poher", ["ressourcerie-cooperative-du-poher"]),  # ligature (cœur)
    ("Figeac", ["transport-solidaire-a-la-demande-pays-de-figeac"]),  # place
    ("Carhaix-Plouguer", ["ressourcerie-cooperative-du-poher"]),  # place, hyphen
    ("gueret", ["habitat-partage-pour-bien-vieillir-gueret"]),  # place, no accent
    ("Saint-Laurent-du-Maroni", ["garage-solidaire-saint-laurent-du-maroni"]),  # place
    ("La Réunion", ["conserverie-solidaire-saint-joseph-la-reunion"]),  # place
    ("société coopérative d'intérêt collectif", [SCIC]),  # multi-word, elision
    ("pôle territorial de coopération économique", ["ptce"]),  # multi-word
    (
        "appel à manifestation d'intérêt",
        ["ami", "appel-a-manifestation-d-interet-activites-nouvelles-chateaubriant"],
    ),
    ("comité de filière", SECTOR_COMMITTEES),
    ("contrat de relance et de transition écologique", ["crte"]),
    ("centre de santé", ["centre-de-sante-cooperatif-digne"]),
    ("ressourcerie", ["ressourcerie-cooperative-du-poher"]),
    ("legumerie", ["legumerie-pour-la-restauration-collective-fourmies"]),  # accent
    ("CHÂTAIGNERAIES", ["filiere-chataigne-comite-de-filiere-corte"]),  # case, circumflex
    ("reemploi des materiaux", ["reemploi-des-materiaux-friche-vierzon"]),  # accents
    ("tiers-lieu numérique", ["tiers-lieu-numerique-saint-die"]),
    ("garages solidaires", ["garage-solidaire-saint-laurent-du-maroni"]),  # plural
    ("circuits courts", ["circuits-courts-mutualises-vallee-de-la-drome"]),
    ("impliquer les citoyens", ["impliquer-les-citoyens"]),
    ("gouvernance", ["decider-ensemble-du-portage-et-de-la-gouvernance"]),
    ("modélisation économique", ["travailler-avec-des-experts-en-modelisation-economique"]),
    ("RTES", ["consultation-rtes-2021-filieres-d-avenir-et-ess"]),  # acronym
    ("épicerie itinérante", ["epicerie-cafe-itinerante-bocage-virois"]),
    ("rénovation du bâti ancien", ["renovation-du-bati-ancien-autun"]),
    ("CRESS Bretagne", ["org:cress-demo-bretagne"]),  # organisation
    ("coopérative d'activité Roannais", ["org:cooperative-dactivite-demo-roannais"]),
    ("incubateur Lyon", ["org:incubateur-ess-demo-lyon"]),  # organisation and city
]

ENGLISH_QUERIES = [
    ("working with social economy actors", [GUIDE]),
    ("develop a sector", [GUIDE]),
    ("cooperatives", COOPERATIVE_PAGES),  # plural, stemming
    ("sector committees", ["comite-de-filiere", "ville-de-paris-comites-de-filiere"]),
    ("Figeac", ["transport-solidaire-a-la-demande-pays-de-figeac"]),  # place
    ("Guéret", ["habitat-partage-pour-bien-vieillir-gueret"]),  # place, accent
    ("health centre", ["centre-de-sante-cooperatif-digne"]),
    ("chestnut", ["filiere-chataigne-comite-de-filiere-corte"]),
    ("second-hand shop", ["ressourcerie-cooperative-du-poher"]),
    (
        "calls for expressions of interest",  # plural, stemming
        ["ami", "appel-a-manifestation-d-interet-activites-nouvelles-chateaubriant"],
    ),
    ("collective-interest cooperative", [SCIC]),
    ("ageing well", ["habitat-partage-pour-bien-vieillir-gueret"]),
    ("cannery", ["conserverie-solidaire-saint-joseph-la-reunion"]),
    ("reusing building materials", ["reemploi-des-materiaux-friche-vierzon"]),  # stemming
    ("Montreuil", ["reparation-numerique-de-quartier-montreuil"]),  # place
    ("involving citizens", ["impliquer-les-citoyens"]),  # stemming
    ("GOVERNANCE", ["decider-ensemble-du-portage-et-de-la-gouvernance"]),  # case
    ("CRESS Bretagne", ["org:cress-demo-bretagne"]),  # organisation
]
