"""The headers a CDN or browser sees on kept pages: Cache-Control, ETag and 304s, Vary, and
a Content-Security-Policy nonce of each response's own."""

import re

import pytest
from django.core.cache import cache

from tests.certificates.builders import make_valid_certificate
from tests.content.builders import build_standard_page

pytestmark = pytest.mark.django_db

NONCE = re.compile(r"'nonce-([^']+)'")


def test_a_verification_page_makes_shared_caches_ask_again_each_time(client):
    certificate = make_valid_certificate()

    response = client.get(f"/verify/{certificate.code}/")

    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate"}
    assert response["ETag"].startswith('W/"')


def test_the_certificate_api_makes_shared_caches_ask_again_each_time(client):
    certificate = make_valid_certificate()

    response = client.get(f"/api/v1/certificates/{certificate.code}")

    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate"}
    assert response["ETag"].startswith('W/"')


def test_a_wagtail_page_is_public_with_an_etag(client):
    pages = build_standard_page()

    response = client.get(pages["en"].url)

    assert "public" in response["Cache-Control"]
    assert response["ETag"].startswith('W/"')


def test_an_unchanged_page_answers_a_revalidation_with_304(client):
    certificate = make_valid_certificate()
    url = f"/en/verify/{certificate.code}/"
    etag = client.get(url)["ETag"]

    response = client.get(url, headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "must-revalidate" in response["Cache-Control"]


def test_a_304_carries_no_new_content_security_policy(client):
    # A CDN updates its stored headers from a 304: a policy with a new nonce would no longer
    # match the nonce in the body it keeps.
    pages = build_standard_page()
    etag = client.get(pages["en"].url)["ETag"]

    response = client.get(pages["en"].url, headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert "Content-Security-Policy" not in response


def test_a_page_rendered_afresh_answers_the_earlier_etag_with_304(client):
    # The nonce differs between renders; the ETag is of the page without it.
    pages = build_standard_page()
    etag = client.get(pages["en"].url)["ETag"]
    cache.clear()

    response = client.get(pages["en"].url, headers={"If-None-Match": etag})

    assert response.status_code == 304


def test_public_pages_vary_by_language_and_cookie(client):
    certificate = make_valid_certificate()
    pages = build_standard_page()

    for url in (f"/verify/{certificate.code}/", pages["en"].url):
        vary = {part.strip() for part in client.get(url)["Vary"].split(",")}
        assert {"Accept-Language", "Cookie"} <= vary, url


def test_the_certificate_api_varies_by_language(client):
    certificate = make_valid_certificate()

    response = client.get(f"/api/v1/certificates/{certificate.code}")

    assert "Accept-Language" in response["Vary"]


def test_each_response_from_the_cache_has_a_nonce_of_its_own_in_header_and_body(client):
    pages = build_standard_page()
    first = client.get(pages["en"].url)
    second = client.get(pages["en"].url)  # from the cache

    nonces = []
    for response in (first, second):
        nonce = NONCE.search(response["Content-Security-Policy"]).group(1)
        assert f'nonce="{nonce}"' in response.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]
