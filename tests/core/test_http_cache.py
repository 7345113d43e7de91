from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from core.http_cache import cache_page, cache_publicly, never_store


class _SignedIn:
    is_authenticated = True


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_a_public_answer_may_be_kept_by_shared_caches_per_language():
    response = cache_publicly(HttpResponse(), max_age=60)
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Accept-Language" in response["Vary"]


def test_an_anonymous_visitor_gets_a_public_page():
    response = cache_page(_request(AnonymousUser()), HttpResponse(), max_age=300)
    assert response["Cache-Control"] == "public, max-age=300"
    assert "Accept-Language" in response["Vary"]


def test_a_signed_in_visitor_gets_a_private_page():
    response = cache_page(_request(_SignedIn()), HttpResponse(), max_age=300)
    assert response["Cache-Control"] == "private, max-age=300"
    assert "Accept-Language" in response["Vary"]


def test_a_signed_in_visitor_can_be_made_to_revalidate_every_time():
    response = cache_page(
        _request(_SignedIn()), HttpResponse(), max_age=300, signed_in_revalidates=True
    )
    assert response["Cache-Control"] == "private, no-cache"


def test_never_store_forbids_every_cache():
    assert never_store(HttpResponse())["Cache-Control"] == "no-store"
