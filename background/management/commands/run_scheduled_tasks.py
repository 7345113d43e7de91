import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from background.schedule import SCHEDULE
from background.services import enqueue_due_jobs


class Command(BaseCommand):
    help = (
        "Enqueue the periodic jobs of background/schedule.py whose time has come. Run it every "
        "minute (systemd timer or cron) on every app node: each slot is enqueued once however "
        "many nodes run it. --loop keeps running and checks every --interval seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="Keep running (make serve uses this)."
        )
        parser.add_argument(
            "--interval", type=int, default=30, help="Seconds between checks with --loop."
        )
        parser.add_argument(
            "--list", action="store_true", dest="show_schedule", help="Print the schedule and exit."
        )

    def handle(self, *args, loop=False, interval=30, show_schedule=False, **options):
        if show_schedule:
            for job in SCHEDULE:
                self.stdout.write(f"{job.name}: every {job.every}, at {job.at} — {job.description}")
            return
        while True:
            for run in enqueue_due_jobs():
                self.stdout.write(f"Enqueued {run.job} (due {run.due_at.isoformat()})")
            if not loop:
                return
            # A long-running loop drops broken or expired connections between checks, as
            # Django does between requests (a database restart costs one missed check).
            close_old_connections()
            time.sleep(max(interval, 1))
