from django.conf import settings
from django.core.management.base import BaseCommand

from contact.models import ContactRequest


class Command(BaseCommand):
    help = (
        "Delete contact requests older than CONTACT_RETENTION_DAYS (personal data, GDPR). "
        "Run it daily."
    )

    def handle(self, *args, **options):
        deleted, _by_model = ContactRequest.objects.past_retention().delete()
        self.stdout.write(
            f"Deleted {deleted} contact request(s) older than "
            f"{settings.CONTACT_RETENTION_DAYS} days."
        )
