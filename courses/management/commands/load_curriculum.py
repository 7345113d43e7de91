from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from courses.curriculum_sync import load_curriculum

DEFAULT_ROOT = Path(settings.BASE_DIR) / "courses" / "curriculum"


class Command(BaseCommand):
    help = (
        "Check the curriculum files, then create or update the course pages in Chinese and "
        "English as new revisions. Nothing changes if any file has a problem; pages edited in "
        "the admin since the last load are reported and kept unless --overwrite is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT_ROOT))
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; change nothing."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish the new revisions (and new pages)."
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Replace pages edited in the admin since the last load with the files.",
        )

    def handle(self, *args, path, dry_run, publish, overwrite, **options):
        result = load_curriculum(
            root=Path(path), publish=publish, overwrite=overwrite, dry_run=dry_run
        )
        if result.problems:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(result.problems)} problem(s) in the curriculum; nothing was changed."
            )
        for change in result.changes:
            if options["verbosity"] > 1 or change.action not in {"unchanged"}:
                self.stdout.write(str(change))
        prefix = "Dry run, nothing changed. Would do" if dry_run else "Done"
        self.stdout.write(f"{prefix}: {result.summary()}.")
        if result.count("drift"):
            self.stdout.write(
                self.style.WARNING(
                    f"{result.count('drift')} page(s) were changed outside the files and kept; "
                    "export them with export_curriculum, or load with --overwrite."
                )
            )
