"""While the database is unreachable, requests are answered 503 with Retry-After, not 500
(ops.middleware.DatabaseUnavailableMiddleware)."""

import pytest
from django.core.handlers.exception import convert_exception_to_response
from django.db import OperationalError, connection
from django.test import Client, RequestFactory

from ops.middleware import DatabaseUnavailableMiddleware
from tests.factories import make_user


def _refuse_connections(*args, **kwargs):
    raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: refused')


@pytest.fixture
def database_down(monkeypatch):
    monkeypatch.setattr(connection, "ensure_connection", _refuse_connections)


@pytest.fixture
def client_seeing_responses():
    # The test client re-raises a view's exception by default; a browser sees the response.
    return Client(raise_request_exception=False)


@pytest.mark.django_db
def test_a_page_is_answered_503_with_retry_after_while_the_database_is_down(
    database_down, client_seeing_responses
):
    response = client_seeing_responses.get("/en/verify/")

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
    assert b"Service unavailable" in response.content
    assert "Content-Security-Policy" in response


@pytest.mark.django_db
def test_an_exam_answer_save_gets_a_json_503_while_the_database_is_down(
    client_seeing_responses, monkeypatch
):
    client_seeing_responses.force_login(make_user())
    monkeypatch.setattr(connection, "ensure_connection", _refuse_connections)

    response = client_seeing_responses.post(
        "/en/exams/attempts/1/answers/",
        data={"position": 1, "response": 0},
        content_type="application/json",
    )

    assert response.status_code == 503
    assert response.json()["retry_after"] == 5


def test_any_other_error_stays_a_500():
    def broken_view(request):
        raise ValueError("a bug")

    middleware = DatabaseUnavailableMiddleware(convert_exception_to_response(broken_view))

    response = middleware(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "Retry-After" not in response
