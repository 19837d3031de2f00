"""Set the site up (`setup_site`), then load the demo content. Safe to run again."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo import loader
from portal.content_cache import invalidate_content
from portal.navigation import invalidate_menus


class Command(BaseCommand):
    help = "Set the site up, then create the French and English demo content that is missing."

    def handle(self, *args, **options):
        started = time.perf_counter()
        call_command("setup_site", stdout=self.stdout)
        with transaction.atomic():
            loader.load()
        # Some demo pages are created live without the publish signal: forget what the
        # cache derived from the content before.
        invalidate_content()
        invalidate_menus()
        self.stdout.write(f"Demo content ready in {time.perf_counter() - started:.1f} s.")
