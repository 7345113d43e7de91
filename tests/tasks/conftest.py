"""Fixtures of the background-task tests: the backend a test enqueues into, and django-tasks-db's
worker run in this process (its loop, without the signal handlers and connection closing a
real process needs; the subprocess test runs the real command)."""

import pytest
from django_tasks import task_backends

DUMMY_BACKEND = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    # The scheduled open-data dumps write under MEDIA_ROOT.
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def queued(settings):
    """Tasks are enqueued and kept, not run: the backend, whose ``results`` lists them."""
    settings.TASKS = DUMMY_BACKEND
    backend = task_backends["default"]
    backend.clear()
    yield backend
    backend.clear()


@pytest.fixture
def stored(settings):
    """Tasks are stored in the database, as in production, until a worker runs them."""
    settings.TASKS = DATABASE_BACKEND


@pytest.fixture
def run_worker(stored, monkeypatch):
    """Run every stored task that is due, as ``manage.py db_worker --batch`` does."""
    from django_tasks_db.management.commands import db_worker

    # Inside the test's transaction the connection must stay open.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run() -> None:
        db_worker.Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        ).run()

    return run


def enqueued(backend, task_path: str) -> list:
    """The results of the task at ``task_path`` the backend holds."""
    return [result for result in backend.results if result.task.module_path == task_path]
