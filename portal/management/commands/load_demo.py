"""Load the demo content of every app, in dependency order. Safe to run again."""

import importlib
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.content_cache import invalidate_content
from portal.navigation import invalidate_menus
from portal.routing import invalidate_homes

# Each module has load(context) and may add to the context for the next ones.
APP_DEMOS = ["resources.demo", "casestudies.demo", "network.demo", "search.demo"]


def app_demo_modules():
    for name in APP_DEMOS:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


class Command(BaseCommand):
    help = "Create the French and English demo content that is missing."

    def handle(self, *args, **options):
        from portal.demo import site

        started = time.perf_counter()
        with transaction.atomic():
            context = site.load()
            for module in app_demo_modules():
                context.update(module.load(context) or {})
            site.finish(context)
        # Some demo pages are created live without the publish signal: forget what the
        # cache derived from the content before.
        invalidate_content()
        invalidate_homes()
        invalidate_menus()
        self.stdout.write(f"Demo content ready in {time.perf_counter() - started:.1f} s.")
