import time

from django.core.management.base import BaseCommand

from territories import loader


class Command(BaseCommand):
    help = "Load régions, départements and communes from territories/data (skipped if current)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Reload even if current.")

    def handle(self, *args, force=False, **options):
        started = time.perf_counter()
        count = loader.load(force=force)
        elapsed = time.perf_counter() - started
        if count:
            self.stdout.write(f"Gazetteer: {count} communes loaded in {elapsed:.1f} s.")
        else:
            self.stdout.write("Gazetteer: already current.")
