"""manage.py import_organisations FILE [--dry-run]: see network/importer.py."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network.importer import REJECT, ImportFileError, import_file


class Command(BaseCommand):
    help = (
        "Import directory entries from a CSV or XLSX file, matching on external_id. "
        "Writes nothing if any row is rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen; write nothing."
        )

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            report = import_file(path.read_bytes(), path.name, dry_run=dry_run)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        for row in report.rows:
            if row.action == REJECT:
                reasons = " ".join(row.errors)
                self.stdout.write(f"line {row.line} [{row.external_id}] rejected: {reasons}")
            elif row.action == "update":
                fields = ", ".join(row.changed_fields)
                self.stdout.write(f"line {row.line} [{row.external_id}] update: {fields}")
        summary = (
            f"{report.created} to create, {report.updated} to update, "
            f"{report.unchanged} unchanged, {report.rejected} rejected"
        )
        if report.rejected:
            raise CommandError(f"{summary}. Nothing was written: fix the rejected rows.")
        if dry_run:
            self.stdout.write(f"Dry run: {summary}. Nothing was written.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported: {summary}."))
