"""The work that moved to tasks besides emails: certificate PDFs drawn ahead of the first
download, the nightly open-data dumps, and closing attempts whose time is up although nobody
opens them again."""

import datetime
import json
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus

from background.services import enqueue_due_jobs
from certificates import pdf
from certificates.models import Certificate
from certificates.services import issue_certificate
from exams.models import Attempt, AttemptEvent, QuestionType
from exams.services import save_answer, start_or_resume_attempt
from tests.certificates.builders import make_certificate_type
from tests.exams.builders import make_exam, make_question
from tests.factories import make_user
from tests.tasks.conftest import enqueued

pytestmark = pytest.mark.django_db


def _issue(key: str) -> Certificate:
    return issue_certificate(
        certificate_type=make_certificate_type("CPA"),
        holder=make_user(full_name="赵六", latin_name="ZHAO Liu"),
        achievement_key=key,
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate(),
    )


def test_an_issued_certificates_pdf_is_drawn_into_the_cache_by_a_task(
    queued, settings, django_capture_on_commit_callbacks
):
    settings.CERTIFICATE_PDF_PRERENDER = True

    with django_capture_on_commit_callbacks(execute=True):
        certificate = _issue("prerender")

    (result,) = enqueued(queued, "certificates.tasks.prerender_certificate_pdf")
    assert result.kwargs == {"certificate_id": certificate.pk}
    assert cache.get(pdf.cache_key(certificate)) is None
    result.task.call(**result.kwargs)
    drawn = cache.get(pdf.cache_key(certificate))
    assert drawn.startswith(b"%PDF")
    assert pdf.render_certificate_pdf(certificate) == drawn


def test_without_a_worker_nothing_is_pre_rendered(queued, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _issue("no-prerender")

    assert enqueued(queued, "certificates.tasks.prerender_certificate_pdf") == []


def test_the_nightly_dump_task_writes_the_index(settings, tmp_path):
    from disclosure.tasks import build_open_data_dumps

    settings.MEDIA_ROOT = str(tmp_path)

    result = build_open_data_dumps.enqueue()

    assert result.status == TaskResultStatus.SUCCESSFUL
    index = json.loads((tmp_path / "open-data" / "index.json").read_text(encoding="utf-8"))
    assert result.return_value == {"files": len(index["files"]), "rows": 0}


def test_an_attempt_whose_time_is_up_is_closed_and_graded_once_by_the_schedule():
    for _ in range(3):
        make_question(QuestionType.SINGLE, topic="law")
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    save_answer(attempt=attempt, user=trainee, position=1, response=0)
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=5)
    )

    call_command("run_scheduled_tasks", stdout=StringIO())
    enqueue_due_jobs(now=timezone.now() + datetime.timedelta(minutes=1))
    enqueue_due_jobs(now=timezone.now() + datetime.timedelta(minutes=2))

    attempt.refresh_from_db()
    assert attempt.status in (Attempt.Status.GRADED, Attempt.Status.RELEASED)
    assert attempt.auto_submitted
    assert attempt.questions.get(position=1).response is not None
    kinds = list(attempt.events.values_list("kind", flat=True))
    assert kinds.count(AttemptEvent.Kind.AUTO_SUBMITTED) == 1
    assert kinds.count(AttemptEvent.Kind.GRADED) == 1


def test_the_schedule_closes_attempts_through_a_task(queued):
    enqueue_due_jobs()

    assert len(enqueued(queued, "exams.tasks.close_expired_attempts_and_release_results")) == 1
