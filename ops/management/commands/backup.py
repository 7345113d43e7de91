from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write one archive (.tar.gz) of the database, the media files and the issuer's public "
        "signing keys, with a manifest of row counts and checksums (docs/deployment.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", default="backups", help="directory for the archive (backups/)"
        )
        parser.add_argument("--database", default="default", help="database alias (default)")

    def handle(self, *args, output_dir: str, database: str, **options):
        try:
            result = create_backup(directory=Path(output_dir), using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = result.manifest
        self.stdout.write(f"database: {manifest['database']['vendor']}")
        self.stdout.write(
            f"tables: {len(manifest['tables'])}, rows: {sum(manifest['tables'].values())}"
        )
        for name, checksum in manifest["published_records"].items():
            self.stdout.write(f"  {name}: {checksum['rows']} rows, sha256 {checksum['sha256']}")
        self.stdout.write(f"media files: {len(manifest['media']['files'])}")
        self.stdout.write(f"issuer public keys: {manifest['keys']['count']}")
        self.stdout.write(self.style.SUCCESS(f"backup written: {result.archive}"))
