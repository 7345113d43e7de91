"""Open Badges 3.0 credentials as W3C Verifiable Credentials secured with VC-JWT (EdDSA).

The issuer's Ed25519 private key comes from the environment (``CREDENTIAL_SIGNING_KEY``: a
PEM, or a path to one). Development and tests without it derive a key from SECRET_KEY. The
public half is recorded in ``IssuerKey`` the first time it signs, and stays there after a
rotation, so every credential ever issued still verifies. Revocation uses a Bitstring Status
List of 131,072 entries (16 KiB), the minimum size the specification recommends for privacy.
Verification needs no network: signatures are checked against the published keys and the
status list is read from the same place the public endpoints serve it from.
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
from django.utils import timezone

from certificates.models import Certificate, IssuerKey

STATUS_LIST_SIZE = 131_072
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
    """The active key and its id, registered as a published key on first use."""
    private = _configured_private_key()
    public_text = public_key_text(private.public_key())
    kid = key_id(public_text)
    if not IssuerKey.objects.filter(kid=kid).exists():
        try:
            with transaction.atomic():
                IssuerKey.objects.create(kid=kid, public_key=public_text)
        except IntegrityError:
            pass
    return kid, private


def published_keys() -> dict[str, Ed25519PublicKey]:
    return {
        key.kid: Ed25519PublicKey.from_public_bytes(b64url_decode(key.public_key))
        for key in IssuerKey.objects.all()
    }


def jwks() -> dict:
    return {
        "keys": [
            {"kty": "OKP", "crv": "Ed25519", "x": key.public_key, "kid": key.kid, "alg": "EdDSA"}
            for key in IssuerKey.objects.all()
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


def status_list_url() -> str:
    return f"{site_url()}/credentials/status/revocation"


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
        "credentialStatus": {
            "id": f"{status_list_url()}#{_status_index(certificate)}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_list_index),
            "statusListCredential": status_list_url(),
        },
    }
    if certificate.valid_until:
        credential["validUntil"] = f"{certificate.valid_until.isoformat()}T23:59:59+08:00"
    return credential


def issue_credential(certificate: Certificate) -> str:
    """The certificate as a signed VC-JWT."""
    payload = credential_payload(certificate)
    payload.update(iss=payload["issuer"]["id"], jti=payload["id"], sub=certificate.number)
    return sign_jwt(payload)


def revocation_bits() -> bytearray:
    bits = bytearray(STATUS_LIST_SIZE // 8)
    revoked = Certificate.objects.filter(
        state=Certificate.State.REVOKED, status_list_index__isnull=False
    ).values_list("status_list_index", flat=True)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)  # bit 0 is the most significant bit
    return bits


def status_list_credential() -> str:
    encoded = "u" + b64url(gzip.compress(bytes(revocation_bits()), mtime=0))
    payload = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": status_list_url(),
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": timezone.now().isoformat(timespec="seconds"),
        "credentialSubject": {
            "id": f"{status_list_url()}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
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
    issuer: str = ""
    certificate_number: str = ""
    holder: str = ""
    valid_from: str = ""
    valid_until: str = ""
    revoked: bool | None = None
    expired: bool | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signature_valid and not self.revoked and not self.expired and not self.errors


def _decode(token: str) -> tuple[dict, dict, bytes, bytes]:
    header_text, payload_text, signature_text = token.strip().split(".")
    header = json.loads(b64url_decode(header_text))
    payload = json.loads(b64url_decode(payload_text))
    return (
        header,
        payload,
        f"{header_text}.{payload_text}".encode("ascii"),
        b64url_decode(signature_text),
    )


def _verify_signature(token: str, keys: dict[str, Ed25519PublicKey]) -> tuple[dict, str]:
    header, payload, signing_input, signature = _decode(token)
    if header.get("alg") != "EdDSA":
        raise ValueError("unsupported algorithm")
    key = keys.get(header.get("kid", ""))
    if key is None:
        raise ValueError("unknown issuer key")
    key.verify(signature, signing_input)
    return payload, header["kid"]


def _bit(encoded_list: str, index: int) -> bool:
    bits = gzip.decompress(b64url_decode(encoded_list.removeprefix("u")))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def verify_credential(
    token: str, *, keys=None, status_list: str | None = None
) -> VerificationReport:
    """Check a VC-JWT: signature against the issuer's published keys, dates, and revocation
    in the issuer's status list (by default the one this site publishes)."""
    report = VerificationReport()
    keys = keys if keys is not None else published_keys()
    try:
        payload, kid = _verify_signature(token, keys)
    except InvalidSignature:
        report.errors.append("signature does not match: the credential was altered")
        return report
    except (ValueError, KeyError, json.JSONDecodeError, UnicodeDecodeError) as error:
        report.errors.append(f"not a readable credential: {error}")
        return report
    report.signature_valid = True
    report.key_id = kid
    report.issuer = str(payload.get("iss") or payload.get("issuer", {}).get("id", ""))
    subject = payload.get("credentialSubject", {})
    report.holder = str(subject.get("name", ""))
    results = subject.get("result") or [{}]
    report.certificate_number = str(results[0].get("value", ""))
    report.valid_from = str(payload.get("validFrom", ""))
    report.valid_until = str(payload.get("validUntil", ""))
    if report.valid_until:
        from datetime import datetime

        report.expired = datetime.fromisoformat(report.valid_until) < timezone.now()
    status = payload.get("credentialStatus")
    if status:
        try:
            list_payload, _kid = _verify_signature(status_list or status_list_credential(), keys)
            encoded = list_payload["credentialSubject"]["encodedList"]
            report.revoked = _bit(encoded, int(status["statusListIndex"]))
        except (InvalidSignature, ValueError, KeyError) as error:
            report.errors.append(f"status list could not be checked: {error}")
    return report
