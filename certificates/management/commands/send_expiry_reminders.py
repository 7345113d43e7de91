from django.core.management.base import BaseCommand

from certificates.services import send_expiry_reminders


class Command(BaseCommand):
    help = (
        "Email holders whose certificates expire in 90 or 30 days, now (each reminder once). "
        "The schedule (background/schedule.py) runs this daily through the task worker."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_expiry_reminders()} expiry reminders.")
