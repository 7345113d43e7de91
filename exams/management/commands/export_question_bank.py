from pathlib import Path

from django.core.management.base import BaseCommand

from exams.exporters import export_question_bank
from exams.importers import QUESTION_BANK_DIR


class Command(BaseCommand):
    help = (
        "Write the current version of every question to the question bank files "
        "(<path>/<bank>/<topic>.yaml), which load_question_bank reads back unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            type=Path,
            default=QUESTION_BANK_DIR,
            help="The folder to write to (default: the bank shipped with CP Hub).",
        )

    def handle(self, *args, path: Path, **options):
        written = export_question_bank(path)
        self.stdout.write(f"Wrote {len(written)} files to {path}.")
