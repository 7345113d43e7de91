"""Open Badges 3.0 credentials as W3C Verifiable Credentials secured with VC-JWT (EdDSA).

The issuer's Ed25519 private key comes from the environment (``CREDENTIAL_SIGNING_KEY``: a
PEM, or a path to one). Development and tests without it derive a key from SECRET_KEY. The
public half is recorded in ``IssuerKey`` the first time it signs, and stays there after a
rotation, so every credential ever issued still verifies, unless the key is marked compromised:
then it leaves the published keys and everything it signed fails.

Only a currently valid certificate is signed. Each credential carries two Bitstring Status List
entries at the same random position: one in the revocation list (revoked or replaced, for good)
and one in the suspension list (suspended, cleared on reinstatement). Each list has 131,072
entries (16 KiB), the minimum size the specification recommends for privacy. The site's own
check needs no network: it verifies the signature against the issuer's keys, reads both lists
from the database they are published from, and confirms that the certificate exists, is valid
and says what the credential says.
"""

import base64
import gzip
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate, IssuerKey
from core.json_input import parse_json

STATUS_LIST_SIZE = 131_072
REVOCATION = "revocation"
SUSPENSION = "suspension"
STATUS_PURPOSES = (REVOCATION, SUSPENSION)


class CredentialUnavailable(Exception):
    """Nothing can be signed: the certificate is not valid, or the signing key is withdrawn.
    The message is meant for the person asking."""


OB3_CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def site_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def issuer_did() -> str:
    """did:web of the site: the DID document is served at /.well-known/did.json."""
    host = site_url().split("://", 1)[-1]
    return "did:web:" + host.replace(":", "%3A")


# --- Keys -------------------------------------------------------------------------------------


def _configured_private_key() -> Ed25519PrivateKey:
    configured = os.environ.get("CREDENTIAL_SIGNING_KEY", "").strip()
    if configured:
        pem = (
            Path(configured).read_bytes()
            if not configured.startswith("-----")
            else configured.encode()
        )
        key = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ImproperlyConfigured("CREDENTIAL_SIGNING_KEY must be an Ed25519 private key.")
        return key
    if not settings.DEBUG and not getattr(settings, "TESTING", False):
        raise ImproperlyConfigured(
            "Set CREDENTIAL_SIGNING_KEY to the issuer's Ed25519 private key (PEM or a path)."
        )
    seed = HKDF(SHA256(), 32, salt=b"cphub-credentials", info=b"dev-signing-key").derive(
        settings.SECRET_KEY.encode()
    )
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_text(key: Ed25519PublicKey) -> str:
    return b64url(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def key_id(public_text: str) -> str:
    return f"{issuer_did()}#key-{hashlib.sha256(public_text.encode()).hexdigest()[:16]}"


def signing_key() -> tuple[str, Ed25519PrivateKey]:
    """The active key and its id, registered as a published key on first use. A key marked
    compromised never signs again."""
    private = _configured_private_key()
    public_text = public_key_text(private.public_key())
    kid = key_id(public_text)
    key = IssuerKey.objects.filter(kid=kid).only("compromised_at").first()
    if key is None:
        try:
            with transaction.atomic():
                IssuerKey.objects.create(kid=kid, public_key=public_text)
        except IntegrityError:
            pass
    elif key.compromised:
        raise CredentialUnavailable(
            _(
                "Signed credentials are not available at the moment: the issuer's signing key "
                "has been withdrawn and a new one is not configured yet."
            )
        )
    return kid, private


def published_keys() -> dict[str, Ed25519PublicKey]:
    """Every key that still proves something (compromised keys are left out)."""
    return {
        key.kid: Ed25519PublicKey.from_public_bytes(b64url_decode(key.public_key))
        for key in IssuerKey.objects.filter(compromised_at__isnull=True)
    }


def jwks() -> dict:
    """The keys verifiers may trust. A compromised key is removed rather than flagged: a
    verifier that ignored a flag would accept whatever its new holder signs."""
    return {
        "keys": [
            {"kty": "OKP", "crv": "Ed25519", "x": key.public_key, "kid": key.kid, "alg": "EdDSA"}
            for key in IssuerKey.objects.filter(compromised_at__isnull=True)
        ]
    }


def did_document() -> dict:
    did = issuer_did()
    methods = [
        {
            "id": key["kid"],
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": {k: key[k] for k in ("kty", "crv", "x")},
        }
        for key in jwks()["keys"]
    ]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


# --- Signing ----------------------------------------------------------------------------------


def sign_jwt(payload: dict, *, typ: str = "vc+jwt") -> str:
    kid, private = signing_key()
    header = {"alg": "EdDSA", "kid": kid, "typ": typ}
    signing_input = (
        b64url(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + b64url(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    )
    return signing_input + "." + b64url(private.sign(signing_input.encode("ascii")))


def status_list_url(purpose: str = REVOCATION) -> str:
    return f"{site_url()}/credentials/status/{purpose}"


def _status_index(certificate: Certificate) -> int:
    if certificate.status_list_index is not None:
        return certificate.status_list_index
    while True:
        index = secrets.randbelow(STATUS_LIST_SIZE)
        updated = Certificate.objects.filter(pk=certificate.pk, status_list_index=None)
        try:
            with transaction.atomic():
                if updated.update(status_list_index=index):
                    certificate.status_list_index = index
                    return index
                certificate.refresh_from_db(fields=["status_list_index"])
                return certificate.status_list_index
        except IntegrityError:
            continue  # that position is taken; draw again


def credential_payload(certificate: Certificate) -> dict:
    certificate_type = certificate.certificate_type
    url = f"{site_url()}/verify/{certificate.code}/"
    credential = {
        "@context": OB3_CONTEXTS,
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_did(),
            "type": ["Profile"],
            "name": certificate_type.issuer_name_en,
            "url": site_url(),
        },
        "name": certificate_type.name_en,
        "validFrom": certificate.issued_at.isoformat(timespec="seconds"),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": certificate.holder_latin_name or certificate.holder_name,
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.holder_name,
                }
            ],
            "achievement": {
                "id": f"{site_url()}/credentials/achievements/{certificate_type.prefix}",
                "type": ["Achievement"],
                "name": certificate_type.name_en,
                "description": f"{certificate.course_title_en} ({certificate.hours} hours)",
                "criteria": {"narrative": certificate.get_issue_reason_display()},
            },
            "result": [{"type": ["Result"], "value": certificate.number}],
        },
        # The same position in both lists: revoked (or replaced) is final, suspended is not.
        "credentialStatus": [
            {
                "id": f"{status_list_url(purpose)}#{_status_index(certificate)}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": purpose,
                "statusListIndex": str(certificate.status_list_index),
                "statusListCredential": status_list_url(purpose),
            }
            for purpose in STATUS_PURPOSES
        ],
    }
    if certificate.valid_until:
        credential["validUntil"] = f"{certificate.valid_until.isoformat()}T23:59:59+08:00"
    return credential


def unavailable_reason(certificate: Certificate) -> str | None:
    """Why no credential is signed for this certificate now, or None if one can be."""
    reasons = {
        Certificate.Status.SUSPENDED: _(
            "This certificate is suspended, so no signed credential is issued for it. It can "
            "be downloaded again if the certificate is reinstated."
        ),
        Certificate.Status.REVOKED: _(
            "This certificate has been revoked, so no signed credential is issued for it."
        ),
        Certificate.Status.REPLACED: _(
            "This certificate has been replaced by a newer one; download the credential of "
            "the new certificate instead."
        ),
        Certificate.Status.EXPIRED: _(
            "This certificate has expired, so no signed credential is issued for it."
        ),
    }
    return reasons.get(certificate.status())


def issue_credential(certificate: Certificate) -> str:
    """The certificate as a signed VC-JWT, only while it is valid: a credential signed now for
    a suspended, revoked, replaced or expired certificate would vouch for something untrue."""
    reason = unavailable_reason(certificate)
    if reason is not None:
        raise CredentialUnavailable(reason)
    payload = credential_payload(certificate)
    payload.update(iss=payload["issuer"]["id"], jti=payload["id"], sub=certificate.number)
    return sign_jwt(payload)


def _flagged(purpose: str):
    """Certificates whose bit is set in the list of ``purpose``."""
    if purpose == REVOCATION:
        # Revoked and replaced certificates never become valid again.
        return Certificate.objects.filter(
            Q(state=Certificate.State.REVOKED) | Q(replaced_by__isnull=False)
        )
    return Certificate.objects.filter(state=Certificate.State.SUSPENDED, replaced_by__isnull=True)


def status_bits(purpose: str = REVOCATION) -> bytearray:
    bits = bytearray(STATUS_LIST_SIZE // 8)
    flagged = (
        _flagged(purpose)
        .filter(status_list_index__isnull=False)
        .values_list("status_list_index", flat=True)
    )
    for index in flagged:
        bits[index // 8] |= 0x80 >> (index % 8)  # bit 0 is the most significant bit
    return bits


def status_list_credential(purpose: str = REVOCATION) -> str:
    encoded = "u" + b64url(gzip.compress(bytes(status_bits(purpose)), mtime=0))
    payload = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": status_list_url(purpose),
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": timezone.now().isoformat(timespec="seconds"),
        "credentialSubject": {
            "id": f"{status_list_url(purpose)}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encoded,
        },
    }
    payload["iss"] = issuer_did()
    return sign_jwt(payload)


# --- Verifying --------------------------------------------------------------------------------


@dataclass
class VerificationReport:
    signature_valid: bool = False
    key_id: str = ""
    key_compromised: bool = False
    issuer: str = ""
    certificate_number: str = ""
    holder: str = ""
    valid_from: str = ""
    valid_until: str = ""
    revoked: bool | None = None
    suspended: bool | None = None
    expired: bool | None = None
    # The certificate's status in this site's database ("" when no certificate matches).
    record_status: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.signature_valid
            and self.revoked is False
            and not self.suspended
            and not self.expired
            and self.record_status == Certificate.Status.VALID
            and not self.errors
        )


class _Unreadable(ValueError):
    pass


def _decode(token: str) -> tuple[dict, dict, bytes, bytes]:
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise _Unreadable("a credential has three parts separated by dots")
    header_text, payload_text, signature_text = parts
    header = parse_json(b64url_decode(header_text))
    payload = parse_json(b64url_decode(payload_text))
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise _Unreadable("the header and the claims must be JSON objects")
    return (
        header,
        payload,
        f"{header_text}.{payload_text}".encode("ascii"),
        b64url_decode(signature_text),
    )


def _object(value) -> dict:
    return value if isinstance(value, dict) else {}


def _first_object(value) -> dict:
    if isinstance(value, list):
        return _object(value[0]) if value else {}
    return _object(value)


def _check_status(report: VerificationReport, payload: dict) -> None:
    """Read every status entry against this site's lists; a credential without a revocation
    entry cannot be checked and fails."""
    entries = payload.get("credentialStatus")
    if isinstance(entries, dict):
        entries = [entries]  # credentials signed before suspension had one entry
    if not isinstance(entries, list) or not entries:
        report.errors.append(
            _("The credential has no status entry, so whether it was revoked cannot be checked.")
        )
        return
    seen = set()
    for entry in entries:
        entry = _object(entry)
        purpose = entry.get("statusPurpose")
        if purpose not in STATUS_PURPOSES or entry.get("statusListCredential") != (
            status_list_url(purpose)
        ):
            report.errors.append(_("The credential names a status list this issuer does not keep."))
            continue
        try:
            index = int(str(entry.get("statusListIndex")))
        except ValueError:
            index = -1
        if not 0 <= index < STATUS_LIST_SIZE:
            report.errors.append(_("The credential's status position is out of range."))
            continue
        # The bit this site publishes at that position, read where the list is built from.
        flagged = _flagged(purpose).filter(status_list_index=index).exists()
        if purpose == REVOCATION:
            report.revoked = flagged
        else:
            report.suspended = flagged
        seen.add(purpose)
    if REVOCATION not in seen and not report.errors:
        report.errors.append(
            _(
                "The credential has no revocation entry, so whether it was revoked cannot be "
                "checked."
            )
        )


def _same_moment(claimed: str, actual) -> bool:
    from datetime import datetime

    try:
        return datetime.fromisoformat(claimed) == actual.replace(microsecond=0)
    except (TypeError, ValueError):
        return False


def _check_record(report: VerificationReport, payload: dict, subject: dict) -> None:
    """The certificate must exist here, be valid, and say what the credential says."""
    certificate = (
        Certificate.objects.select_related("certificate_type", "replaced_by")
        .filter(number=report.certificate_number)
        .first()
        if report.certificate_number
        else None
    )
    if certificate is None:
        report.errors.append(_("No certificate with this number exists in the register."))
        return
    report.record_status = certificate.status()
    identity = _first_object(subject.get("identifier"))
    achievement = _object(subject.get("achievement"))
    expected_until = (
        f"{certificate.valid_until.isoformat()}T23:59:59+08:00" if certificate.valid_until else ""
    )
    mismatched = [
        label
        for label, matches in (
            (
                _("verification code"),
                payload.get("id") == f"{site_url()}/verify/{certificate.code}/",
            ),
            (_("number"), payload.get("sub", certificate.number) == certificate.number),
            (_("holder name"), identity.get("identityHash") == certificate.holder_name),
            (
                _("holder name in Latin letters"),
                report.holder == (certificate.holder_latin_name or certificate.holder_name),
            ),
            (
                _("course"),
                achievement.get("description")
                == f"{certificate.course_title_en} ({certificate.hours} hours)",
            ),
            (_("issue date"), _same_moment(report.valid_from, certificate.issued_at)),
            (_("expiry date"), report.valid_until == expected_until),
        )
        if not matches
    ]
    if mismatched:
        report.errors.append(
            _("The credential does not match the certificate on record: %(fields)s.")
            % {"fields": ", ".join(str(label) for label in mismatched)}
        )
    if report.record_status != Certificate.Status.VALID:
        report.errors.append(
            _("The certificate on record is %(status)s.")
            % {"status": Certificate.Status(report.record_status).label.lower()}
        )


def verify_credential(token: str) -> VerificationReport:
    """Check a VC-JWT the way this site can: the signature against the issuer's keys (a
    compromised key fails), the dates, both status lists, and the certificate on record."""
    report = VerificationReport()
    try:
        header, payload, signing_input, signature = _decode(token or "")
    except (ValueError, RecursionError):  # JSON, base64 and text errors are ValueErrors
        report.errors.append(_("This is not a readable credential."))
        return report
    kid = str(header.get("kid", ""))
    report.key_id = kid
    if header.get("alg") != "EdDSA":
        report.errors.append(_("The credential is not signed with EdDSA."))
        return report
    withdrawn = IssuerKey.objects.filter(kid=kid, compromised_at__isnull=False).first()
    if withdrawn is not None:
        report.key_compromised = True
        report.errors.append(
            _(
                "The credential is signed with a key the issuer withdrew as compromised on "
                "%(date)s: it proves nothing. Ask the holder for a new credential."
            )
            % {"date": timezone.localdate(withdrawn.compromised_at).isoformat()}
        )
        return report
    key = published_keys().get(kid)
    if key is None:
        report.errors.append(_("The credential is signed with a key this issuer never published."))
        return report
    try:
        key.verify(signature, signing_input)
    except InvalidSignature:
        report.errors.append(_("The signature does not match: the credential was altered."))
        return report
    report.signature_valid = True
    issuer = payload.get("iss") or _object(payload.get("issuer")).get("id", "")
    report.issuer = str(issuer)
    subject = _object(payload.get("credentialSubject"))
    report.holder = str(subject.get("name", ""))
    report.certificate_number = str(_first_object(subject.get("result")).get("value", ""))
    report.valid_from = str(payload.get("validFrom", ""))
    report.valid_until = str(payload.get("validUntil", ""))
    if report.valid_until:
        from datetime import datetime

        try:
            report.expired = datetime.fromisoformat(report.valid_until) < timezone.now()
        except (TypeError, ValueError):
            report.errors.append(_("The credential's expiry date cannot be read."))
    _check_status(report, payload)
    _check_record(report, payload, subject)
    return report
