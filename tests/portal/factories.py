import factory
import wagtail_factories
from wagtail.models import Locale

from portal.models import Audience, HomePage, StandardPage, TerritoryType, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = Theme


class AudienceFactory(ThemeFactory):
    name = factory.Sequence(lambda n: f"Public {n}")
    slug = factory.Sequence(lambda n: f"public-{n}")

    class Meta:
        model = Audience


class TerritoryTypeFactory(ThemeFactory):
    name = factory.Sequence(lambda n: f"Territoire {n}")
    slug = factory.Sequence(lambda n: f"territoire-{n}")

    class Meta:
        model = TerritoryType


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    hero_title = "Coopérer sur les territoires"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Un paragraphe.</p>")])

    class Meta:
        model = StandardPage
