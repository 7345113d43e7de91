import json
from io import StringIO

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import CommandError, call_command

from certificates import credentials
from certificates.models import Certificate, IssuerKey
from certificates.services import revoke
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    return Certificate.objects.get(holder__email="trainee@cphub.example")


def _pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def test_a_signed_credential_verifies_with_the_published_key(certificate):
    token = credentials.issue_credential(certificate)

    report = credentials.verify_credential(token)

    assert report.ok, report.errors
    assert report.certificate_number == certificate.number
    assert report.revoked is False
    assert report.key_id in {key["kid"] for key in credentials.jwks()["keys"]}


def test_the_credential_is_an_open_badge_with_a_status_list_entry(certificate):
    header, payload = (
        json.loads(credentials.b64url_decode(part))
        for part in credentials.issue_credential(certificate).split(".")[:2]
    )

    assert header["alg"] == "EdDSA"
    assert "OpenBadgeCredential" in payload["type"]
    assert payload["credentialStatus"]["type"] == "BitstringStatusListEntry"
    assert payload["credentialSubject"]["result"][0]["value"] == certificate.number


def test_a_tampered_credential_fails(certificate):
    header, payload, signature = credentials.issue_credential(certificate).split(".")
    claims = json.loads(credentials.b64url_decode(payload))
    claims["credentialSubject"]["name"] = "Someone Else"
    forged = ".".join([header, credentials.b64url(json.dumps(claims).encode()), signature])

    report = credentials.verify_credential(forged)

    assert not report.signature_valid
    assert not report.ok


def test_a_revoked_certificate_reports_revoked(certificate):
    token = credentials.issue_credential(certificate)

    revoke(certificate=certificate, actor=make_user(is_staff=True, mfa=True), reason="Fraud")

    report = credentials.verify_credential(token)
    assert report.signature_valid
    assert report.revoked is True
    assert not report.ok


def test_key_rotation_keeps_old_credentials_verifiable(certificate, monkeypatch):
    monkeypatch.setenv("CREDENTIAL_SIGNING_KEY", _pem(Ed25519PrivateKey.generate()))
    old_token = credentials.issue_credential(certificate)
    old_kid = credentials.verify_credential(old_token).key_id

    monkeypatch.setenv("CREDENTIAL_SIGNING_KEY", _pem(Ed25519PrivateKey.generate()))
    new_token = credentials.issue_credential(certificate)

    new_report = credentials.verify_credential(new_token)
    old_report = credentials.verify_credential(old_token)
    assert new_report.key_id != old_kid
    assert old_report.ok and new_report.ok
    assert IssuerKey.objects.filter(kid=old_kid).exists()


def test_status_list_is_privacy_sized(certificate):
    credentials.issue_credential(certificate)
    payload = json.loads(
        credentials.b64url_decode(credentials.status_list_credential().split(".")[1])
    )
    import gzip

    bits = gzip.decompress(
        credentials.b64url_decode(payload["credentialSubject"]["encodedList"][1:])
    )
    assert len(bits) * 8 == 131_072


def test_verify_credential_command_reports_signature_key_dates_and_status(certificate, tmp_path):
    path = tmp_path / "credential.jwt"
    path.write_text(credentials.issue_credential(certificate))
    out = StringIO()

    call_command("verify_credential", str(path), stdout=out)

    text = out.getvalue()
    assert "Signature    valid" in text
    assert certificate.number in text
    assert "not revoked" in text


def test_verify_credential_command_fails_on_a_tampered_file(certificate, tmp_path):
    token = credentials.issue_credential(certificate)
    path = tmp_path / "credential.jwt"
    path.write_text(token[:-6] + ("AAAAAA" if not token.endswith("AAAAAA") else "BBBBBB"))

    with pytest.raises(CommandError):
        call_command("verify_credential", str(path), stdout=StringIO())


def test_public_endpoints_serve_the_credential_keys_and_status_list(client, certificate):
    credential = client.get(f"/credentials/{certificate.code}.jwt")
    keys = client.get("/.well-known/jwks.json").json()
    did = client.get("/.well-known/did.json").json()
    status_list = client.get("/credentials/status/revocation")

    assert credential.status_code == 200
    assert credentials.verify_credential(credential.content.decode()).ok
    assert keys["keys"][0]["crv"] == "Ed25519"
    assert did["id"].startswith("did:web:")
    assert status_list.status_code == 200


def test_dropping_a_credential_on_the_check_page_reports_it(client, certificate):
    token = credentials.issue_credential(certificate)

    response = client.post("/en/credentials/check/", {"token": token})

    assert response.status_code == 200
    assert response.context["report"].ok
    assert certificate.number in response.content.decode()
