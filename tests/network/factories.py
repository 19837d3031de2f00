import factory
import wagtail_factories
from wagtail.models import Locale

from network.models import DirectoryPage, Network, Organisation, OrganisationKind, Service
from territories.models import Commune

# Communes the directory's tests load (the `gazetteer` fixture); régions and départements
# are always all loaded.
GAZETTEER_SAMPLE = {
    "42218",  # Saint-Étienne (42000, 42100, 42230)
    "42187",  # Roanne
    "42207",  # Saint-Chamond
    "69123",  # Lyon
    "43157",  # Le Puy-en-Velay
    "75056",  # Paris
    "2A004",  # Ajaccio
    "2B033",  # Bastia
    "97120",  # Pointe-à-Pitre (97110)
    "97101",  # Les Abymes
    "01001",  # L'Abergement-Clémenciat (01400)
    "01093",  # Châtillon-sur-Chalaronne (01400)
    "48095",  # Mende (Lozère: few structures)
    "97110",  # La Désirade: its INSEE code is Pointe-à-Pitre's postcode
}


def french():
    return Locale.objects.get(language_code="fr")


class ServiceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    locale = factory.LazyFunction(french)

    class Meta:
        model = Service


class NetworkFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Réseau {n}")
    slug = factory.Sequence(lambda n: f"reseau-{n}")
    locale = factory.LazyFunction(french)

    class Meta:
        model = Network


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A published, active French organisation. Pass `commune` (an INSEE code or a
    Commune) and, for the area of action, lists of codes."""

    name = factory.Sequence(lambda n: f"Structure {n}")
    slug = factory.Sequence(lambda n: f"structure-{n}")
    kind = OrganisationKind.INCUBATOR
    locale = factory.LazyFunction(french)
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee="42218"))
    description = "<p>Une structure fictive.</p>"

    class Meta:
        model = Organisation

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if isinstance(kwargs.get("commune"), str):
            kwargs["commune"] = Commune.objects.get(insee=kwargs["commune"])
        areas = {
            name: kwargs.pop(name, ())
            for name in (
                "area_regions",
                "area_departments",
                "area_communes",
                "services",
                "themes",
                "networks",
            )
        }
        organisation = super()._create(model_class, *args, **kwargs)
        for name, values in areas.items():
            if values:
                getattr(organisation, name).set(values)
        if any(areas.values()):
            organisation.save()
        return organisation


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Annuaire"
    slug = "annuaire"

    class Meta:
        model = DirectoryPage
