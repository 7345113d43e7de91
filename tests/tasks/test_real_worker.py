"""The real worker: a request enqueues an email into the database, `manage.py db_worker` (a
separate process, as in production) picks it up and sends it.

The worker must see the test's data, so this test commits (transaction=True). On PostgreSQL the
worker connects to the test database; SQLite's test database lives in this process's memory,
so it is copied to a file the worker opens. The worker's mail goes to files (Django's file
backend), which the test reads."""

import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.factories import make_user
from tests.tasks.conftest import DATABASE_BACKEND

ROOT = Path(django_settings.BASE_DIR)


def _database_for_the_worker(tmp_path: Path) -> str:
    """A DATABASE_URL under which another process sees what this test committed."""
    if connection.vendor == "sqlite":
        copy = tmp_path / "worker.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(copy)
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{copy}"
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{credentials}@{host}{port}/{db['NAME']}"


def _status_after_the_worker(database_url: str, result_id: str) -> str:
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as copy:
            (status,) = copy.execute(
                "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = ?",
                (result_id.replace("-", ""),),
            ).fetchone()
        return status
    return DBTaskResult.objects.get(pk=result_id).status


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_real_worker_process_sends_an_email_a_request_enqueued(client, settings, tmp_path):
    settings.TASKS = DATABASE_BACKEND
    make_user(email="forgetful@example.org")

    response = client.post("/en/accounts/password/reset/", {"email": "forgetful@example.org"})
    (stored,) = DBTaskResult.objects.filter(task_path="core.tasks.send_email")
    database_url = _database_for_the_worker(tmp_path)
    outbox = tmp_path / "mail"
    worker = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url,
            "TEST_TASKS_BACKEND": "database",
            "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "TEST_EMAIL_FILE_PATH": str(outbox),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert response.status_code == 302
    assert stored.status == TaskResultStatus.READY
    assert worker.returncode == 0, worker.stderr[-3000:]
    assert _status_after_the_worker(database_url, str(stored.pk)) == TaskResultStatus.SUCCESSFUL
    sent = "".join(path.read_text(encoding="utf-8") for path in outbox.glob("*.log"))
    assert "To: forgetful@example.org" in sent
    assert "/en/accounts/password/reset/key/" in sent
