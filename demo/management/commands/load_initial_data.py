from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from demo.loaders.accounts import load_demo_users
from demo.loaders.certificates import (
    ensure_certificate_types,
    ensure_demo_certificates,
    ensure_demo_register,
)
from demo.loaders.courses import load_demo_courses
from demo.loaders.disclosure import load_demo_disclosure
from demo.loaders.exams import load_demo_exams
from demo.loaders.site import load_demo_site


class Command(BaseCommand):
    help = "Build the demo site in Chinese and English with users for every role (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo accounts even though DEBUG is off (never on a real site).",
        )

    def handle(self, *args, allow_production: bool = False, **options):
        if not settings.DEBUG and not allow_production and not getattr(settings, "TESTING", False):
            raise CommandError(
                "Refusing to create demo accounts with DEBUG off; pass --allow-production "
                "if this really is a demonstration server."
            )
        with translation.override("en"):
            demo = load_demo_site()
            logins = load_demo_users()
            load_demo_courses(demo)
            # Certificate types first: passing demo exams issues certificates.
            ensure_certificate_types()
            load_demo_exams()
            ensure_demo_certificates()
            ensure_demo_register()
            load_demo_disclosure()
        self.stdout.write(
            self.style.SUCCESS(f"Demo site ready ({demo.created} pages created this run).")
        )
        self.stdout.write("Demo logins (all at http://127.0.0.1:8000/accounts/login/):")
        for login in logins:
            self.stdout.write(f"  {login.role_label:<34} {login.email:<28} {login.password}")
            if login.totp_secret:
                self.stdout.write(f"      TOTP secret: {login.totp_secret}")
                self.stdout.write(f"      Recovery codes: {' '.join(login.recovery_codes)}")
