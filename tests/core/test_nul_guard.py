"""A NUL character in the address, the query string or a form post is a 400, never a 500.

PostgreSQL refuses U+0000 in text, so each of these was a database error there."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/disclosure/enterprises/9132%000583/",
        "/verify/AB%00CD/",
        "/disclosure/?q=a%00b",
        "/search/?query=%00",
    ],
)
def test_a_nul_character_in_the_address_or_query_is_a_bad_request(client, url):
    response = client.get(url)

    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_nul_character_in_a_form_post_is_a_bad_request(client):
    response = client.post("/verify/", {"number": "CPA-2026-000001", "name": "a\x00b"})

    assert response.status_code == 400


@pytest.mark.parametrize("url", ["/api/v1/enterprises?q=a%00b", "/api/v1/certificates/AB%00CD"])
def test_the_api_answers_a_nul_character_with_its_json_error(client, url):
    response = client.get(url)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_request"
    assert "NUL" in response.json()["error"]["message"]


def test_the_answer_says_what_is_wrong(client):
    response = client.get("/en/disclosure/?q=%00")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "NUL character" in response.content.decode()


def test_ordinary_requests_pass(client):
    assert client.get("/disclosure/?q=化工").status_code == 200
