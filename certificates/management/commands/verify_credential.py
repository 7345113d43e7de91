from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from certificates.credentials import verify_credential


class Command(BaseCommand):
    help = (
        "Verify a signed certificate credential (VC-JWT file): signature, key, dates, "
        "revocation and suspension, and the certificate on record."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to the .jwt credential file")

    @no_translations  # the report's labels are English; so are its problems
    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        report = verify_credential(path.read_text(encoding="utf-8", errors="replace"))
        lines = [
            ("Signature", "valid" if report.signature_valid else "INVALID"),
            ("Issuer key", report.key_id or "-"),
            ("Issuer", report.issuer or "-"),
            ("Certificate", report.certificate_number or "-"),
            ("Holder", report.holder or "-"),
            ("Valid from", report.valid_from or "-"),
            ("Valid until", report.valid_until or "does not expire"),
            ("Status", _status(report)),
            ("On record", report.record_status or "not found"),
        ]
        for label, value in lines:
            self.stdout.write(f"{label:<12} {value}")
        for error in report.errors:
            self.stdout.write(self.style.ERROR(f"Problem      {error}"))
        if not report.ok:
            raise CommandError("The credential did not verify.")
        self.stdout.write(self.style.SUCCESS("The credential is genuine and currently valid."))


def _status(report) -> str:
    if report.revoked:
        return "revoked"
    if report.suspended:
        return "suspended"
    if report.expired:
        return "expired"
    return "not checked" if report.revoked is None else "not revoked or suspended"
