"""Failed tasks are visible to staff holding the permission to see them, and retried only by
staff holding the permission to retry (the access matrix tries every other actor)."""

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.factories import make_user, use_english_admin

pytestmark = pytest.mark.django_db


def staff_with(*codenames: str):
    """Staff with admin access and ``codenames`` of background, reading the admin in English."""
    from wagtail.users.models import UserProfile

    user = make_user(is_staff=True, mfa=True, preferred_language="en")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
        *Permission.objects.filter(codename__in=codenames, content_type__app_label="background"),
    )
    return user


@pytest.fixture
def failed_task():
    return DBTaskResult.objects.create(
        status=TaskResultStatus.FAILED,
        args_kwargs={"args": [], "kwargs": {"certificate_id": 41}},
        task_path="certificates.tasks.send_issued_email",
        backend_name="default",
        exception_class_path="smtplib.SMTPServerDisconnected",
        traceback="Traceback (most recent call last):\nsmtplib.SMTPServerDisconnected: gone",
        worker_ids=["w1", "w2", "w3", "w4", "w5"],
    )


def test_staff_with_the_permission_see_failed_tasks_with_their_error_and_attempts(
    client, failed_task
):
    client.force_login(staff_with("view_task_results"))

    listing = client.get("/admin/tasks/?status=FAILED").content.decode()
    detail = client.get(f"/admin/tasks/{failed_task.pk}/").content.decode()

    assert "certificates.tasks.send_issued_email" in listing
    assert "smtplib.SMTPServerDisconnected" in listing
    assert "SMTPServerDisconnected: gone" in detail
    assert "&quot;certificate_id&quot;: 41" in detail
    assert "5 of at most 5 automatic attempts" in detail
    assert "Retry now" not in detail


def test_the_report_is_in_the_reports_menu_only_for_staff_with_the_permission(client):
    client.force_login(staff_with("view_task_results"))
    shown = client.get("/admin/").content.decode()
    client.force_login(staff_with())
    hidden = client.get("/admin/").content.decode()

    assert "/admin/tasks/" in shown
    assert "/admin/tasks/" not in hidden


def test_staff_without_the_permission_are_refused(client, failed_task):
    client.force_login(staff_with())

    assert client.get("/admin/tasks/").status_code == 403
    assert client.get(f"/admin/tasks/{failed_task.pk}/").status_code == 403


def test_retrying_needs_its_own_permission(client, failed_task):
    client.force_login(staff_with("view_task_results"))

    response = client.post(f"/admin/tasks/{failed_task.pk}/retry/")

    assert response.status_code == 403
    failed_task.refresh_from_db()
    assert failed_task.status == TaskResultStatus.FAILED


def test_a_retried_task_runs_again_and_its_result_is_recorded(
    client, failed_task, run_worker, monkeypatch
):
    from certificates import notifications

    delivered = []
    monkeypatch.setattr(notifications, "deliver_issued", lambda **kw: delivered.append(kw))
    client.force_login(staff_with("view_task_results", "retry_task_results"))
    certificate_id = _issued_certificate_id()
    DBTaskResult.objects.filter(pk=failed_task.pk).update(
        args_kwargs={"args": [], "kwargs": {"certificate_id": certificate_id}}
    )

    response = client.post(f"/admin/tasks/{failed_task.pk}/retry/")
    queued = DBTaskResult.objects.get(pk=failed_task.pk).status
    run_worker()

    assert response.status_code == 302
    assert queued == TaskResultStatus.READY
    failed_task.refresh_from_db()
    assert failed_task.status == TaskResultStatus.SUCCESSFUL
    assert [kw["certificate"].pk for kw in delivered] == [certificate_id]


def test_a_task_that_is_not_failed_is_not_retried(client, failed_task):
    DBTaskResult.objects.filter(pk=failed_task.pk).update(status=TaskResultStatus.SUCCESSFUL)
    client.force_login(staff_with("view_task_results", "retry_task_results"))

    client.post(f"/admin/tasks/{failed_task.pk}/retry/")

    failed_task.refresh_from_db()
    assert failed_task.status == TaskResultStatus.SUCCESSFUL


@pytest.mark.parametrize("query", ["status=NOPE", "page=-1", "page=abc&status=", "status=%00"])
def test_odd_filters_show_the_report_anyway(client, failed_task, query):
    client.force_login(staff_with("view_task_results"))

    response = client.get(f"/admin/tasks/?{query}")

    assert response.status_code in (200, 400)


def _issued_certificate_id() -> int:
    from django.utils import timezone

    from certificates.models import Certificate
    from certificates.services import issue_certificate
    from tests.certificates.builders import make_certificate_type

    return issue_certificate(
        certificate_type=make_certificate_type("CPA"),
        holder=make_user(),
        achievement_key="retry",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate(),
    ).pk


def test_the_report_shows_the_schedule_and_pages_through_many_results(client):
    DBTaskResult.objects.bulk_create(
        DBTaskResult(
            status=TaskResultStatus.SUCCESSFUL,
            args_kwargs={"args": [], "kwargs": {}},
            task_path="background.tasks.prune_task_results",
            backend_name="default",
            run_after=timezone.now(),
        )
        for _ in range(60)
    )
    client.force_login(staff_with("view_task_results"))

    first = client.get("/admin/tasks/").content.decode()
    second = client.get("/admin/tasks/?page=2").content.decode()

    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert "open-data-dumps" in first and "every day at 02:00" in first
    assert "every minute" in first


def test_the_bodies_of_rendered_emails_are_not_shown(client):
    email = DBTaskResult.objects.create(
        status=TaskResultStatus.FAILED,
        args_kwargs={
            "args": [],
            "kwargs": {
                "subject": "[CP Hub] Password reset",
                "to": ["forgetful@example.org"],
                "text": "Reset it: https://cphub.example/accounts/password/reset/key/secret-key/",
                "html": None,
            },
        },
        task_path="core.tasks.send_email",
        backend_name="default",
        run_after=timezone.now(),
    )
    client.force_login(staff_with("view_task_results"))

    detail = client.get(f"/admin/tasks/{email.pk}/").content.decode()

    assert "[CP Hub] Password reset" in detail and "forgetful@example.org" in detail
    assert "secret-key" not in detail
    assert "characters, not shown" in detail


def test_administrators_can_grant_the_permissions_to_a_group(client):
    client.force_login(use_english_admin(make_user(is_staff=True, is_superuser=True, mfa=True)))

    page = client.get("/admin/groups/new/").content.decode()

    assert "Can see background task results" in page
    assert "Can retry failed background tasks" in page


def test_the_permissions_are_offered_in_chinese_too(client):
    client.force_login(make_user(is_staff=True, is_superuser=True, mfa=True))

    page = client.get("/admin/groups/new/").content.decode()

    assert "查看后台任务结果" in page
