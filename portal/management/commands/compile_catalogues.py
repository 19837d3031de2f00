"""Compile the gettext catalogues with polib, so no system gettext is needed."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogues():
    for folder in settings.LOCALE_PATHS:
        yield from Path(folder).glob("*/LC_MESSAGES/*.po")


class Command(BaseCommand):
    help = "Compile every .po file of LOCALE_PATHS into its .mo file when it is out of date."

    def handle(self, *args, **options):
        for po_path in catalogues():
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            self.stdout.write(f"Compiled {mo_path.relative_to(settings.BASE_DIR)}")
