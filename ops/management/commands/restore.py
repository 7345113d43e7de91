from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by `backup` into an EMPTY database and media storage, then "
        "compare every table's row count and the published records' checksums with the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz written by `manage.py backup`")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that is not empty (everything in it is lost) and "
            "overwrite media files of the same name",
        )
        parser.add_argument("--database", default="default", help="database alias (default)")

    def handle(self, *args, archive: str, force: bool, database: str, **options):
        if not Path(archive).is_file():
            raise CommandError(f"No such archive: {archive}")
        try:
            report = restore_backup(archive=Path(archive), using=database, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"backup of {report.manifest['created_at']}")
        self.stdout.write(report.table())
        for note in report.notes:
            self.stdout.write(self.style.WARNING(note))
        if not report.ok:
            raise CommandError(
                f"{len(report.differences)} differences between the backup and the restored site"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"restored and verified: {len(report.comparisons)} comparisons equal"
            )
        )
