"""Finding 1 of issue 10: only certification officers change certificates, never their own,
and a certificate issued by hand needs a second officer's approval before it exists."""

import datetime
import threading

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from accounts.roles import Role
from certificates import services
from certificates.models import (
    Certificate,
    CertificateEvent,
    IssuerKey,
    ManualIssueRequest,
)
from tests.certificates.builders import (
    make_certificate,
    make_certificate_type,
    make_certification_officer,
    make_valid_certificate,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db

OFFICER_PERMISSIONS = {
    "view_certificate_records",
    "request_manual_issue",
    "approve_manual_issue",
    "suspend_certificate",
    "reinstate_certificate",
    "revoke_certificate",
    "reissue_certificate",
}
STAFF_ROLES = [Role.EDITOR, Role.INSTRUCTOR, Role.REVIEWER]


@pytest.fixture
def auditor_type():
    return make_certificate_type("CPA")


@pytest.fixture
def requester():
    return make_certification_officer()


@pytest.fixture
def approver():
    return make_certification_officer()


def _request(requester, holder=None, **fields) -> ManualIssueRequest:
    return services.request_manual_issue(
        certificate_type=fields.pop("certificate_type", make_certificate_type("CPA")),
        holder=holder or make_user(),
        completed_on=fields.pop("completed_on", timezone.localdate()),
        reason=fields.pop("reason", "Passed the paper exam"),
        requested_by=requester,
    )


# --- The role --------------------------------------------------------------------------------


def test_certification_officers_hold_one_permission_per_action_and_no_one_else_does():
    group = Group.objects.get(name="Certification officers")
    held = set(
        group.permissions.filter(content_type__app_label="certificates").values_list(
            "codename", flat=True
        )
    )
    others = Permission.objects.filter(
        content_type__app_label="certificates",
        codename__in=OFFICER_PERMISSIONS | {"mark_issuer_key_compromised"},
        group__isnull=False,
    ).exclude(group=group)

    assert held == OFFICER_PERMISSIONS
    assert list(others.values_list("codename", flat=True)) == []


def test_a_certification_officer_works_in_the_admin_with_mfa():
    officer = make_certification_officer()

    assert officer.is_staff
    assert officer.has_perm("wagtailadmin.access_admin")


# --- Staff roles are refused -----------------------------------------------------------------


@pytest.mark.parametrize("role", STAFF_ROLES)
@pytest.mark.parametrize("action", ["suspend", "reinstate", "revoke", "reissue"])
def test_staff_roles_cannot_change_a_certificate_through_the_services(role, action):
    certificate = make_certificate()
    if action == "reinstate":
        services.suspend(certificate=certificate, actor=make_certification_officer(), reason="x")
    service = {
        "suspend": services.suspend,
        "reinstate": services.reinstate,
        "revoke": services.revoke,
        "reissue": services.reissue_after_correction,
    }[action]
    before = Certificate.objects.get(pk=certificate.pk).state

    with pytest.raises(PermissionDenied):
        service(certificate=certificate, actor=make_user(role=role, mfa=True), reason="Mine now")

    certificate.refresh_from_db()
    assert certificate.state == before
    assert not hasattr(certificate, "replaced_by")


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_roles_cannot_request_or_approve_a_certificate_by_hand(role, requester):
    staff = make_user(role=role, mfa=True)
    pending = _request(requester)

    with pytest.raises(PermissionDenied):
        _request(staff, holder=staff)
    with pytest.raises(PermissionDenied):
        _request(staff)
    with pytest.raises(PermissionDenied):
        services.approve_manual_issue(issue_request=pending, approver=staff)
    with pytest.raises(PermissionDenied):
        services.reject_manual_issue(issue_request=pending, approver=staff, reason="No")

    pending.refresh_from_db()
    assert pending.decision == ManualIssueRequest.Decision.PENDING
    assert not Certificate.objects.filter(holder=staff).exists()


def _admin_urls(certificate, issue_request, key) -> list[tuple[str, str]]:
    base = "/admin/certificates"
    return [
        ("get", f"{base}/"),
        ("get", f"{base}/{certificate.number}/"),
        ("get", f"{base}/issue/"),
        ("post", f"{base}/issue/"),
        ("get", f"{base}/requests/"),
        ("post", f"{base}/requests/{issue_request.pk}/approve/"),
        ("post", f"{base}/requests/{issue_request.pk}/reject/"),
        ("get", f"{base}/keys/"),
        ("post", f"{base}/keys/{key.pk}/compromised/"),
        *[
            ("post", f"{base}/{certificate.number}/{action}/")
            for action in ("suspend", "reinstate", "revoke", "reissue")
        ],
    ]


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_roles_get_403_on_every_certificate_admin_url(client, role, requester):
    from certificates import credentials

    staff = make_user(role=role, mfa=True)
    certificate = make_certificate(holder=staff)
    issue_request = _request(requester)
    credentials.signing_key()
    key = IssuerKey.objects.first()
    client.force_login(staff)

    for method, url in _admin_urls(certificate, issue_request, key):
        data = {
            "reason": "Give it to me",
            "certificate_type": issue_request.certificate_type_id,
            "holder_email": staff.email,
            "completed_on": "2026-01-05",
        }
        response = getattr(client, method)(url, data if method == "post" else None)
        assert response.status_code == 403, (method, url, response.status_code)

    certificate.refresh_from_db()
    issue_request.refresh_from_db()
    key.refresh_from_db()
    assert certificate.status() == Certificate.Status.VALID
    assert issue_request.decision == ManualIssueRequest.Decision.PENDING
    assert not ManualIssueRequest.objects.filter(holder=staff).exists()
    assert not key.compromised


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_the_certificates_menu_is_shown_to_certification_officers_only(client, role):
    client.force_login(make_user(role=role, mfa=True))
    staff_menu = client.get("/admin/").content.decode()
    client.force_login(make_certification_officer())
    officer_menu = client.get("/admin/").content.decode()

    assert "/admin/certificates/" not in staff_menu
    assert "/admin/certificates/" in officer_menu
    assert "/admin/certificates/requests/" in officer_menu


# --- No one acts on their own certificate ----------------------------------------------------


def test_an_officer_cannot_request_a_certificate_for_themselves(requester):
    with pytest.raises(PermissionDenied, match="themselves"):
        _request(requester, holder=requester)

    assert not ManualIssueRequest.objects.filter(holder=requester).exists()


@pytest.mark.parametrize("action", ["suspend", "revoke", "reissue"])
def test_an_officer_cannot_change_their_own_certificate(action):
    officer = make_certification_officer()
    certificate = make_certificate(holder=officer)
    service = {
        "suspend": services.suspend,
        "revoke": services.revoke,
        "reissue": services.reissue_after_correction,
    }[action]

    with pytest.raises(PermissionDenied, match="own certificate"):
        service(certificate=certificate, actor=officer, reason="My own")

    certificate.refresh_from_db()
    assert certificate.status() == Certificate.Status.VALID


def test_an_officer_cannot_reinstate_their_own_suspended_certificate():
    officer = make_certification_officer()
    certificate = make_certificate(holder=officer)
    services.suspend(certificate=certificate, actor=make_certification_officer(), reason="Review")

    with pytest.raises(PermissionDenied, match="own certificate"):
        services.reinstate(certificate=certificate, actor=officer, reason="All fine")

    certificate.refresh_from_db()
    assert certificate.status() == Certificate.Status.SUSPENDED


def test_the_admin_refuses_an_officer_acting_on_their_own_certificate(client):
    officer = make_certification_officer()
    certificate = make_certificate(holder=officer)
    services.suspend(certificate=certificate, actor=make_certification_officer(), reason="Review")
    client.force_login(officer)

    detail = client.get(f"/admin/certificates/{certificate.number}/")
    response = client.post(
        f"/admin/certificates/{certificate.number}/reinstate/", {"reason": "All fine"}
    )

    certificate.refresh_from_db()
    assert "/reinstate/" not in detail.content.decode()
    assert response.status_code == 302
    assert certificate.status() == Certificate.Status.SUSPENDED


def test_the_requester_cannot_approve_their_own_request(requester):
    issue_request = _request(requester)

    with pytest.raises(PermissionDenied, match="another certification officer"):
        services.approve_manual_issue(issue_request=issue_request, approver=requester)

    issue_request.refresh_from_db()
    assert issue_request.decision == ManualIssueRequest.Decision.PENDING
    assert not Certificate.objects.filter(holder=issue_request.holder).exists()


def test_no_officer_approves_a_request_that_names_them_as_holder(requester, approver):
    issue_request = _request(requester, holder=approver)

    with pytest.raises(PermissionDenied, match="themselves"):
        services.approve_manual_issue(issue_request=issue_request, approver=approver)

    certificate = services.approve_manual_issue(
        issue_request=issue_request, approver=make_certification_officer()
    )
    assert certificate.holder == approver


def test_an_officer_without_mfa_is_refused(requester):
    officer_without_mfa = make_certification_officer(mfa=False)
    issue_request = _request(requester)

    with pytest.raises(PermissionDenied, match="two-factor"):
        services.approve_manual_issue(issue_request=issue_request, approver=officer_without_mfa)
    with pytest.raises(PermissionDenied, match="two-factor"):
        services.revoke(certificate=make_certificate(), actor=officer_without_mfa, reason="x")


# --- Two officers for a certificate by hand --------------------------------------------------


def test_a_request_issues_nothing_until_a_second_officer_approves(requester, approver):
    holder = make_user()

    issue_request = _request(requester, holder=holder, reason="Paper exam, Jinan 2026")

    assert issue_request.decision == ManualIssueRequest.Decision.PENDING
    assert not Certificate.objects.filter(holder=holder).exists()

    certificate = services.approve_manual_issue(issue_request=issue_request, approver=approver)

    issue_request.refresh_from_db()
    assert certificate.holder == holder
    assert certificate.issue_reason == Certificate.Reason.MANUAL
    assert certificate.issued_by == approver
    assert (issue_request.decision, issue_request.decided_by, issue_request.certificate) == (
        ManualIssueRequest.Decision.APPROVED,
        approver,
        certificate,
    )


def test_the_certificates_history_names_requester_and_approver(requester, approver):
    issue_request = _request(requester, reason="Paper exam, Jinan 2026")

    certificate = services.approve_manual_issue(
        issue_request=issue_request, approver=approver, note="Checked the exam record"
    )

    assert list(certificate.events.values_list("kind", "actor", "reason")) == [
        (CertificateEvent.Kind.REQUESTED, requester.pk, "Paper exam, Jinan 2026"),
        (CertificateEvent.Kind.ISSUED, approver.pk, "Checked the exam record"),
    ]


def test_approving_twice_issues_one_certificate(requester, approver):
    issue_request = _request(requester)

    first = services.approve_manual_issue(issue_request=issue_request, approver=approver)
    again = services.approve_manual_issue(
        issue_request=issue_request, approver=make_certification_officer()
    )

    assert first.pk == again.pk
    assert Certificate.objects.filter(holder=issue_request.holder).count() == 1


# serialized_rollback: an earlier transactional test may have emptied the database, the bare
# site included, under which the builders put the certificate type's course.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_officers_approving_at_once_issue_one_certificate():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the row lock is exercised on PostgreSQL")
    issue_request = _request(make_certification_officer())
    approvers = [make_certification_officer(), make_certification_officer()]
    barrier = threading.Barrier(2)
    issued, errors = [], []

    def approve(approver):
        try:
            barrier.wait()
            issued.append(
                services.approve_manual_issue(issue_request=issue_request, approver=approver).pk
            )
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(approver,)) for approver in approvers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(set(issued)) == 1
    assert Certificate.objects.filter(holder=issue_request.holder).count() == 1


def test_rejecting_needs_a_reason_and_issues_nothing(requester, approver):
    issue_request = _request(requester)

    with pytest.raises(ValidationError):
        services.reject_manual_issue(issue_request=issue_request, approver=approver, reason=" ")
    rejected = services.reject_manual_issue(
        issue_request=issue_request, approver=approver, reason="No exam record"
    )
    with pytest.raises(ValidationError):
        services.approve_manual_issue(issue_request=issue_request, approver=approver)

    assert (rejected.decision, rejected.decision_reason) == ("rejected", "No exam record")
    assert not Certificate.objects.filter(holder=issue_request.holder).exists()


def test_a_second_request_for_the_same_holder_and_type_waits_for_the_first(requester):
    holder = make_user()
    _request(requester, holder=holder)

    with pytest.raises(ValidationError, match="already waiting"):
        _request(make_certification_officer(), holder=holder)


def test_no_request_for_a_holder_who_already_has_a_valid_certificate(requester):
    certificate = make_valid_certificate()

    with pytest.raises(ValidationError, match=certificate.number):
        _request(requester, holder=certificate.holder)


def test_a_request_needs_a_reason_and_a_past_completion_date(requester):
    with pytest.raises(ValidationError):
        _request(requester, reason="  ")
    with pytest.raises(ValidationError):
        _request(requester, completed_on=timezone.localdate() + datetime.timedelta(days=1))


def test_officers_request_and_approve_in_the_admin(client, requester, approver):
    holder = make_user(full_name="手工颁发")
    client.force_login(requester)

    requested = client.post(
        "/admin/certificates/issue/",
        {
            "certificate_type": make_certificate_type("CPA").pk,
            "holder_email": holder.email,
            "completed_on": "2026-06-01",
            "reason": "Passed the paper exam in 2026",
        },
    )
    issue_request = ManualIssueRequest.objects.get(holder=holder)
    own_list = client.get("/admin/certificates/requests/").content.decode()
    client.force_login(approver)
    approver_list = client.get("/admin/certificates/requests/").content.decode()
    approved = client.post(f"/admin/certificates/requests/{issue_request.pk}/approve/")

    certificate = Certificate.objects.get(holder=holder)
    assert requested.status_code == 302 and requested["Location"].endswith("/requests/")
    assert f"/requests/{issue_request.pk}/approve/" not in own_list
    assert f"/requests/{issue_request.pk}/approve/" in approver_list
    assert approved.status_code == 302
    assert approved["Location"].endswith(f"/admin/certificates/{certificate.number}/")
    assert list(certificate.events.values_list("actor", flat=True)) == [requester.pk, approver.pk]


def test_the_requester_posting_approve_in_the_admin_issues_nothing(client, requester):
    issue_request = _request(requester)
    client.force_login(requester)

    response = client.post(f"/admin/certificates/requests/{issue_request.pk}/approve/")

    assert response.status_code == 302
    assert not Certificate.objects.filter(holder=issue_request.holder).exists()


def test_rejecting_in_the_admin_without_a_reason_changes_nothing(client, requester, approver):
    issue_request = _request(requester)
    client.force_login(approver)

    client.post(f"/admin/certificates/requests/{issue_request.pk}/reject/", {"reason": ""})

    issue_request.refresh_from_db()
    assert issue_request.decision == ManualIssueRequest.Decision.PENDING


def test_deciding_needs_post(client, requester, approver):
    issue_request = _request(requester)
    client.force_login(approver)

    response = client.get(f"/admin/certificates/requests/{issue_request.pk}/approve/")

    assert response.status_code == 405
    assert not Certificate.objects.filter(holder=issue_request.holder).exists()


def test_an_unknown_action_or_request_is_not_found(client, approver):
    certificate = make_certificate()
    client.force_login(approver)

    assert client.post(f"/admin/certificates/{certificate.number}/delete/").status_code == 404
    assert client.post("/admin/certificates/requests/999999/approve/").status_code == 404


@pytest.mark.parametrize("reason", ["nul \x00 byte", "x" * 501])
def test_a_reason_that_cannot_be_stored_is_refused_by_the_service(approver, reason):
    certificate = make_certificate()

    with pytest.raises(ValidationError):
        services.revoke(certificate=certificate, actor=approver, reason=reason)

    certificate.refresh_from_db()
    assert certificate.status() == Certificate.Status.VALID


def test_a_reason_too_long_to_store_is_refused_with_a_message(client, approver):
    certificate = make_certificate()
    client.force_login(approver)

    response = client.post(
        f"/admin/certificates/{certificate.number}/revoke/", {"reason": "x" * 501}
    )

    certificate.refresh_from_db()
    assert response.status_code == 302
    assert certificate.status() == Certificate.Status.VALID


def test_a_reason_with_a_nul_character_is_a_bad_request(client, approver):
    certificate = make_certificate()
    client.force_login(approver)

    response = client.post(
        f"/admin/certificates/{certificate.number}/revoke/", {"reason": "nul \x00 byte"}
    )

    certificate.refresh_from_db()
    assert response.status_code == 400
    assert certificate.status() == Certificate.Status.VALID
