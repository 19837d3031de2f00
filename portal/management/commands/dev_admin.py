"""Create the development admin account once and print its login (dev settings only)."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

PASSWORD_FILE = Path(settings.BASE_DIR) / ".dev-admin-password"


class Command(BaseCommand):
    help = "Create the 'admin' superuser for local development and print its login."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("dev_admin only runs with the development settings.")
        User = get_user_model()
        if not User.objects.filter(username="admin").exists() or not PASSWORD_FILE.exists():
            password = secrets.token_urlsafe(12)
            user, _created = User.objects.get_or_create(
                username="admin", defaults={"email": "admin@example.org"}
            )
            user.is_superuser = user.is_staff = True
            user.set_password(password)
            user.save()
            PASSWORD_FILE.write_text(password + "\n")
        password = PASSWORD_FILE.read_text().strip()
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  login: admin  password: {password}"
        )
