from django.core.management.base import BaseCommand

from disclosure.reference_data import ensure_reference_data


class Command(BaseCommand):
    help = (
        "Add the disclosure portal's reference data: industry sectors, pollutants with "
        "plain-language explanations, national discharge standards and their limits, and "
        "public holidays. Idempotent: rows already there are kept as staff left them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Also rewrite existing rows from the shipped values (undoes staff edits).",
        )

    def handle(self, *args, update: bool = False, **options):
        created = ensure_reference_data(update=update)
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"Disclosure reference data ready ({summary} added)."))
