import shutil
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from courses.curriculum_files import CATALOGUE_FILE, write_files
from courses.curriculum_sync import export_curriculum

DEFAULT_ROOT = Path(settings.BASE_DIR) / "courses" / "curriculum"


class Command(BaseCommand):
    help = "Write the course catalogue, courses, units and lessons from the CMS as files."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT_ROOT))
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete the curriculum already in the folder first (needed if it is not empty).",
        )

        parser.add_argument(
            "--catalogue", help="Slug of the course catalogue page, if the site has several."
        )

    def handle(self, *args, path, replace, catalogue=None, **options):
        root = Path(path)
        if root.exists() and any(root.iterdir()):
            if not replace:
                raise CommandError(f"{root} is not empty; pass --replace to rewrite it.")
            if not (root / CATALOGUE_FILE).is_file():
                raise CommandError(
                    f"{root} holds no curriculum ({CATALOGUE_FILE}); not deleting it."
                )
        files, problems = export_curriculum(root=root, catalogue_slug=catalogue)
        if problems:
            for problem in problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(problems)} page(s) cannot be written as files; nothing written."
            )
        if root.exists() and replace:
            shutil.rmtree(root)
        write_files(files, root)
        self.stdout.write(f"Wrote {len(files)} files to {root}.")
