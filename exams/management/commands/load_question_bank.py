from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from exams.importers import QUESTION_BANK_DIR, load_question_bank


class Command(BaseCommand):
    help = (
        "Check the question bank files (YAML, see docs/question-bank.md) and, if none has a "
        "problem, create or update their questions. Nothing changes if any file has a problem. "
        "A question that attempts have drawn gets a new version; unchanged questions are left "
        "alone, so running it twice changes nothing the second time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            type=Path,
            default=QUESTION_BANK_DIR,
            help="A bank file or a folder of them (default: the bank shipped with CP Hub).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *args, path: Path, dry_run: bool, **options):
        result = load_question_bank(path, dry_run=dry_run)
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        if result.errors:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(result.errors)} problem(s) found; the question bank was not changed."
            )
        verb = ("Would create", "Would update") if dry_run else ("Created", "Updated")
        for label, codes in zip(verb, (result.created_codes, result.updated_codes), strict=True):
            if codes:
                self.stdout.write(f"{label}: {', '.join(codes)}")
        summary = f"{result.created} new, {result.updated} changed, {result.unchanged} unchanged"
        self.stdout.write(f"{summary} (dry run: nothing saved)." if dry_run else f"{summary}.")
