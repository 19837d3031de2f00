"""Set up what every site needs before editors can work on it. Safe to run again.

- a Locale for every language of `WAGTAIL_CONTENT_LANGUAGES`;
- the home page in the default language (French), translated into the other languages
  through wagtail-localize, so editors find a real translation to open;
- the default Site, rooted at that home, at the address of `WAGTAILADMIN_BASE_URL`
  (Wagtail's own welcome page goes);
- every other locale's tree synchronised from the default one (`LocaleSynchronization`),
  so that what editors write in French gets its place in English.

Production runs it after `migrate` (README), `load_demo` before the demo content. The
editors' roles are not set up here: `accounts/migrations/0002_roles.py` creates them in
every database at `migrate`, test databases included.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from portal.models import HomePage
from portal.translate import translate

SITE_NAME = "Avise"


def home_fields(language_code):
    """The new home's title and hero title in `language_code`; editors rewrite them."""
    with translation.override(language_code):
        return {
            "title": _("Home"),
            "hero_title": _("Cooperating on the territories"),
        }


def ensure_locales():
    """The default locale first, then the others; returns (default, others)."""
    locales = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
    default = Locale.get_default()
    return default, [locale for locale in locales if locale != default]


def ensure_home(locale):
    """The home page in `locale` at the top of the tree; returns (home, created)."""
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is not None:
        return home, False
    fields = home_fields(locale.language_code)
    home = HomePage(slug=slugify(fields["title"]), locale=locale, **fields)
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    return home, True


def ensure_site(home):
    """The default Site at WAGTAILADMIN_BASE_URL, rooted at `home`; returns whether it
    changed. Wagtail's welcome page, which it replaces, is deleted."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    wanted = {
        "hostname": address.hostname,
        "port": address.port or (443 if address.scheme == "https" else 80),
        "site_name": SITE_NAME,
        "root_page_id": home.pk,
    }
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.pk and all(getattr(site, name) == value for name, value in wanted.items()):
        return False
    previous_root = site.root_page if site.pk else None
    for name, value in wanted.items():
        setattr(site, name, value)
    site.save()
    if previous_root is not None and previous_root.specific_class is Page:
        previous_root.delete()
    return True


def ensure_translations(home, locales):
    """Translate `home` into each of `locales` it is missing from; returns those."""
    missing = [locale for locale in locales if home.get_translation_or_none(locale) is None]
    for locale in missing:
        translate(home, home_fields(locale.language_code), language_code=locale.language_code)
    return missing


def ensure_synchronisations(default, locales):
    """Each of `locales` synchronised from `default`; returns those newly synchronised.

    Run after the translations: saving a synchronisation makes wagtail-localize give
    every page still missing from the locale a copy there (an alias)."""
    created = []
    for locale in locales:
        _sync, new = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": default}
        )
        if new:
            created.append(locale)
    return created


class Command(BaseCommand):
    help = "Create or update the locales, the home page and its translations, the site."

    @transaction.atomic
    def handle(self, *args, **options):
        done = []
        default, others = ensure_locales()
        home, created = ensure_home(default)
        if created:
            done.append(f"home page created ({default.language_code})")
        if ensure_site(home):
            done.append(f"site set to {settings.WAGTAILADMIN_BASE_URL}")
        for locale in ensure_translations(home, others):
            done.append(f"home page translated ({locale.language_code})")
        for locale in ensure_synchronisations(default, others):
            done.append(f"{locale.language_code} synchronised from {default.language_code}")
        self.stdout.write(f"Site set up: {', '.join(done)}." if done else "Site already set up.")
