from django.core.management.base import BaseCommand

from exams.services import close_expired_attempts, release_due_results


class Command(BaseCommand):
    help = (
        "Submit attempts whose time is up and release results whose release time has come, now. "
        "The schedule (background/schedule.py) enqueues this every minute for the task "
        "worker; pages also do it when an expired attempt is opened."
    )

    def handle(self, *args, **options):
        closed = close_expired_attempts()
        released = release_due_results()
        self.stdout.write(f"Closed {closed} expired attempts; released {released} results.")
