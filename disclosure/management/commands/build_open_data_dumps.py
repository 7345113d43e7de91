from django.core.management.base import BaseCommand, CommandError

from disclosure import dumps


class Command(BaseCommand):
    help = (
        "Write the yearly open-data dumps (MEDIA_ROOT/open-data/disclosures-<year>.csv.gz, one "
        "row per discharge record of current published reports) and their index.json, now. The "
        "schedule (background/schedule.py) does this every night through the task worker; "
        "--year rebuilds one year and keeps the others."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, help="Rebuild only this year's dump.")

    def handle(self, *args, year=None, **options):
        if year is not None and not 1990 <= year <= 2100:
            raise CommandError(f"Not a reporting year: {year}")
        index = dumps.build_dumps(year=year)
        built = [entry for entry in index["files"] if year is None or entry["year"] == year]
        for entry in built:
            self.stdout.write(
                f"{entry['name']}: {entry['rows']} rows, {entry['bytes']} bytes, "
                f"sha256 {entry['sha256']}"
            )
        self.stdout.write(f"Index: {dumps.dump_directory() / dumps.INDEX_NAME}")
