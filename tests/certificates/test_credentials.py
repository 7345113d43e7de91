import json
from io import StringIO

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.html import escape

from certificates import credentials
from certificates.models import Certificate, IssuerKey
from certificates.services import (
    mark_issuer_key_compromised,
    reinstate,
    reissue_after_correction,
    revoke,
    suspend,
)
from tests.certificates.builders import (
    make_certificate,
    make_certification_officer,
    make_valid_certificate,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    """A trainee's valid auditor certificate (it expires), with names in Chinese and Latin."""
    return make_valid_certificate(holder=make_user(full_name="李学员", latin_name="LI Ming"))


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
    assert {entry["type"] for entry in payload["credentialStatus"]} == {"BitstringStatusListEntry"}
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

    revoke(certificate=certificate, actor=make_certification_officer(), reason="Fraud")

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


# --- Finding 7 of issue 10: credentials do not outlive the certificate ------------------------


def _claims(token: str) -> dict:
    return json.loads(credentials.b64url_decode(token.split(".")[1]))


def _list_bit(purpose: str, index: int) -> bool:
    import gzip

    encoded = _claims(credentials.status_list_credential(purpose))["credentialSubject"]
    bits = gzip.decompress(credentials.b64url_decode(encoded["encodedList"][1:]))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def test_a_credential_has_a_revocation_and_a_suspension_entry_at_one_position(certificate):
    entries = _claims(credentials.issue_credential(certificate))["credentialStatus"]

    assert [entry["statusPurpose"] for entry in entries] == ["revocation", "suspension"]
    assert {entry["statusListIndex"] for entry in entries} == {str(certificate.status_list_index)}
    assert entries[1]["statusListCredential"].endswith("/credentials/status/suspension")


def test_suspending_fails_the_credential_and_reinstating_clears_the_bit():
    certificate = make_certificate()
    token = credentials.issue_credential(certificate)
    officer = make_certification_officer()

    suspend(certificate=certificate, actor=officer, reason="Complaint under review")
    while_suspended = credentials.verify_credential(token)
    bit_while_suspended = _list_bit("suspension", certificate.status_list_index)
    reinstate(certificate=certificate, actor=officer, reason="Complaint dismissed")
    after = credentials.verify_credential(token)

    assert while_suspended.suspended is True and not while_suspended.ok
    assert bit_while_suspended is True
    assert _list_bit("suspension", certificate.status_list_index) is False
    assert after.suspended is False and after.ok, after.errors


def test_the_suspension_list_is_published(client):
    response = client.get("/credentials/status/suspension")

    assert response.status_code == 200
    assert _claims(response.content.decode())["credentialSubject"]["statusPurpose"] == (
        "suspension"
    )


def test_a_replaced_certificates_credential_fails_as_revoked():
    certificate = make_certificate()
    token = credentials.issue_credential(certificate)

    reissue_after_correction(
        certificate=certificate, actor=make_certification_officer(), reason="Name corrected"
    )
    report = credentials.verify_credential(token)

    assert report.revoked is True
    assert report.record_status == Certificate.Status.REPLACED
    assert not report.ok


@pytest.mark.parametrize("status", ["suspended", "revoked", "replaced", "expired"])
def test_no_credential_is_signed_for_a_certificate_that_is_not_valid(client, status):
    import datetime

    from django.utils import timezone

    years_ago = 4 if status == "expired" else 0
    completed_on = timezone.localdate() - datetime.timedelta(days=365 * years_ago)
    certificate = make_certificate(completed_on=completed_on)
    officer = make_certification_officer()
    if status == "suspended":
        suspend(certificate=certificate, actor=officer, reason="Review")
    elif status == "revoked":
        revoke(certificate=certificate, actor=officer, reason="Fraud")
    elif status == "replaced":
        reissue_after_correction(certificate=certificate, actor=officer, reason="Name")
    certificate.refresh_from_db()

    with pytest.raises(credentials.CredentialUnavailable):
        credentials.issue_credential(certificate)
    response = client.get(f"/credentials/{certificate.code}.jwt")
    # Credential addresses carry no language prefix, so the page speaks the site's default.
    with translation.override("zh-hans"):
        reason = escape(credentials.unavailable_reason(certificate))

    assert response.status_code == 409
    assert response["Content-Type"].startswith("text/html")
    assert reason in response.content.decode()


def _signed(payload: dict) -> str:
    return credentials.sign_jwt(payload)


def test_a_credential_without_a_status_entry_fails(certificate):
    payload = _claims(credentials.issue_credential(certificate))
    del payload["credentialStatus"]

    report = credentials.verify_credential(_signed(payload))

    assert report.signature_valid
    assert not report.ok
    assert any("status" in error for error in report.errors)


def test_the_checker_needs_the_certificate_on_record(certificate):
    payload = _claims(credentials.issue_credential(certificate))
    payload["credentialSubject"]["result"][0]["value"] = "CPA-1999-999999"
    payload["sub"] = "CPA-1999-999999"

    report = credentials.verify_credential(_signed(payload))

    assert report.signature_valid
    assert report.record_status == ""
    assert not report.ok


@pytest.mark.parametrize(
    ("claim", "field"),
    [
        ("holder", "holder name"),
        ("latin", "Latin"),
        ("course", "course"),
        ("until", "expiry date"),
        ("from", "issue date"),
    ],
)
def test_the_checker_needs_the_credential_to_match_the_record(certificate, claim, field):
    payload = _claims(credentials.issue_credential(certificate))
    subject = payload["credentialSubject"]
    if claim == "holder":
        subject["identifier"][0]["identityHash"] = "冒名顶替"
    elif claim == "latin":
        subject["name"] = "Someone Else"
    elif claim == "course":
        subject["achievement"]["description"] = "Another course (40 hours)"
    elif claim == "until":
        payload["validUntil"] = "2099-12-31T23:59:59+08:00"
    else:
        payload["validFrom"] = "2020-01-01T00:00:00+00:00"

    with translation.override("en"):
        report = credentials.verify_credential(_signed(payload))

    assert report.signature_valid
    assert not report.ok
    assert any(field in error for error in report.errors), report.errors


def test_the_check_page_reports_a_suspended_certificate(client):
    certificate = make_certificate()
    token = credentials.issue_credential(certificate)
    suspend(certificate=certificate, actor=make_certification_officer(), reason="Review")

    response = client.post("/en/credentials/check/", {"token": token})

    page = response.content.decode()
    assert response.status_code == 200
    assert "This credential did not pass the check" in page
    assert not response.context["report"].ok


def test_the_command_reports_suspension_and_the_record(certificate, tmp_path):
    path = tmp_path / "credential.jwt"
    path.write_text(credentials.issue_credential(certificate))
    suspend(certificate=certificate, actor=make_certification_officer(), reason="Review")
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("verify_credential", str(path), stdout=out)

    assert "Status       suspended" in out.getvalue()
    assert "On record    suspended" in out.getvalue()


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not-a-credential",
        "a.b",
        "a.b.c.d",
        "!!!.###.$$$",
        "é.é.é",
        credentials.b64url(b"[1, 2]") + "." + credentials.b64url(b"[]") + ".AAAA",
        credentials.b64url(b'{"alg": "EdDSA", "kid": {"x": 1}}') + ".e30.AAAA",
        credentials.b64url(b'{"alg": "none"}') + ".e30.",
        credentials.b64url(b"[" * 5000 + b"]" * 5000) + ".e30.AAAA",
        credentials.b64url(b"\xff\xfe") + ".e30.AAAA",
    ],
)
def test_malformed_credentials_are_reported_not_raised(client, token):
    report = credentials.verify_credential(token)
    response = client.post("/en/credentials/check/", {"token": token or " "})

    assert not report.ok and report.errors
    assert response.status_code == 200


# --- Compromised issuer keys -----------------------------------------------------------------


@pytest.fixture
def key_admin():
    return make_user(is_staff=True, is_superuser=True, mfa=True)


def _active_key() -> IssuerKey:
    kid, _private = credentials.signing_key()
    return IssuerKey.objects.get(kid=kid)


def test_a_compromised_key_fails_its_credentials_and_leaves_the_published_keys(
    certificate, key_admin, monkeypatch
):
    monkeypatch.setenv("CREDENTIAL_SIGNING_KEY", _pem(Ed25519PrivateKey.generate()))
    token = credentials.issue_credential(certificate)
    key = _active_key()

    mark_issuer_key_compromised(key=key, actor=key_admin, reason="Private key leaked")
    report = credentials.verify_credential(token)

    assert report.key_compromised and not report.ok
    assert key.kid not in {published["kid"] for published in credentials.jwks()["keys"]}
    assert key.kid not in credentials.did_document()["assertionMethod"]


def test_nothing_is_signed_with_a_compromised_key_until_a_new_one_is_configured(
    client, certificate, key_admin, monkeypatch
):
    monkeypatch.setenv("CREDENTIAL_SIGNING_KEY", _pem(Ed25519PrivateKey.generate()))
    mark_issuer_key_compromised(key=_active_key(), actor=key_admin, reason="Leaked")

    refused = client.get(f"/credentials/{certificate.code}.jwt")
    status_list = client.get("/credentials/status/revocation")
    keys = client.get("/.well-known/jwks.json")
    monkeypatch.setenv("CREDENTIAL_SIGNING_KEY", _pem(Ed25519PrivateKey.generate()))
    renewed = credentials.verify_credential(credentials.issue_credential(certificate))

    assert refused.status_code == 409
    assert status_list.status_code == 503
    assert keys.status_code == 200
    assert renewed.ok, renewed.errors


def test_marking_a_key_compromised_needs_its_own_permission(client, key_admin):
    from django.core.exceptions import PermissionDenied

    key = _active_key()
    officer = make_certification_officer()

    with pytest.raises(PermissionDenied):
        mark_issuer_key_compromised(key=key, actor=officer, reason="Not mine to decide")
    client.force_login(officer)
    officer_page = client.get("/admin/certificates/keys/")
    officer_post = client.post(f"/admin/certificates/keys/{key.pk}/compromised/", {"reason": "x"})
    key.refresh_from_db()
    assert (officer_page.status_code, officer_post.status_code) == (403, 403)
    assert not key.compromised

    client.force_login(key_admin)
    listed = client.get("/admin/certificates/keys/")
    client.post(f"/admin/certificates/keys/{key.pk}/compromised/", {"reason": "Leaked"})
    key.refresh_from_db()
    assert listed.status_code == 200 and key.kid in listed.content.decode()
    assert key.compromised and key.compromised_by == key_admin
