"""What the server's page cache keeps for anonymous visitors, and what it never keeps."""

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from core import page_cache
from core.http_cache import cache_publicly, never_store
from tests.caching.helpers import get_counting_queries, kept
from tests.certificates.builders import make_valid_certificate
from tests.content.builders import build_standard_page
from tests.factories import make_user

pytestmark = pytest.mark.django_db


class CountingView:
    """A view that counts how often it really ran."""

    def __init__(self, respond):
        self.respond = respond
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        return self.respond(request)


def public(request):
    return cache_publicly(HttpResponse(f"public {request.GET.urlencode()}"), max_age=60)


def through_cache(view, request):
    return page_cache.AnonymousPageCacheMiddleware(view)(request)


def test_a_wagtail_page_is_served_from_the_cache_the_second_time(client):
    pages = build_standard_page(title_en="Cached page")

    assert kept(client, pages["en"].url)


def test_the_home_pages_are_served_from_the_cache(client):
    assert kept(client, "/")
    assert kept(client, "/en/")


def test_a_course_page_and_the_course_index_are_served_from_the_cache(client):
    from tests.courses.builders import build_course

    course = build_course(units=())

    assert kept(client, course.url)
    assert kept(client, course.get_parent().url)


def test_the_disclosure_portal_and_open_data_api_are_served_from_the_cache(client):
    assert kept(client, "/disclosure/")
    assert kept(client, "/en/disclosure/statistics/")
    assert kept(client, "/api/v1/disclosures")


def test_a_verification_page_is_served_from_the_cache(client):
    certificate = make_valid_certificate()

    assert kept(client, f"/verify/{certificate.code}/")


def test_the_certificate_api_is_served_from_the_cache(client):
    certificate = make_valid_certificate()

    assert kept(client, f"/api/v1/certificates/{certificate.code}")


def test_a_public_view_runs_once_for_two_anonymous_gets(rf):
    view = CountingView(public)

    first = through_cache(view, rf.get("/anything/"))
    second = through_cache(view, rf.get("/anything/"))

    assert view.calls == 1
    assert second.content == first.content == b"public "


def test_another_query_string_is_another_page(rf):
    view = CountingView(public)

    through_cache(view, rf.get("/anything/", {"page": "1"}))
    second = through_cache(view, rf.get("/anything/", {"page": "2"}))

    assert view.calls == 2
    assert second.content == b"public page=2"


def test_post_is_never_answered_from_the_cache(rf):
    view = CountingView(public)
    through_cache(view, rf.get("/anything/"))

    through_cache(view, rf.post("/anything/"))

    assert view.calls == 2


def test_a_response_that_sets_a_cookie_is_not_kept(rf):
    def sets_cookie(request):
        response = public(request)
        response.set_cookie("csrftoken", "secret-token-of-one-visitor")
        return response

    view = CountingView(sets_cookie)
    through_cache(view, rf.get("/form/"))
    second = through_cache(view, rf.get("/form/"))

    assert view.calls == 2
    assert second.cookies["csrftoken"].value == "secret-token-of-one-visitor"


def test_a_page_with_a_form_that_sets_the_csrf_cookie_is_not_kept(client):
    first = client.get("/en/verify/")
    assert "csrftoken" in first.cookies  # the look-up form sets it
    client.cookies.clear()

    second = client.get("/en/verify/")

    assert "csrftoken" in second.cookies


def test_a_page_holding_a_csrf_token_is_not_kept_even_when_the_visitor_has_the_cookie(rf):
    # The CSRF middleware would send the cookie again; without it, another visitor would get
    # this visitor's token.
    def form(request):
        return cache_publicly(HttpResponse(f"token {get_token(request)}"), max_age=60)

    view = CountingView(form)
    request = rf.get("/form/")
    request.COOKIES["csrftoken"] = "a" * 32
    request.META["CSRF_COOKIE"] = "a" * 32
    through_cache(view, request)
    through_cache(view, rf.get("/form/"))

    assert view.calls == 2


def test_a_request_with_a_session_cookie_is_never_answered_from_the_cache(rf):
    view = CountingView(public)
    through_cache(view, rf.get("/anything/"))
    request = rf.get("/anything/")
    request.COOKIES["sessionid"] = "someone"

    through_cache(view, request)

    assert view.calls == 2


def test_an_error_is_not_kept(rf):
    view = CountingView(lambda request: public(request) if view.calls > 1 else _not_found())

    through_cache(view, rf.get("/flaky/"))
    second = through_cache(view, rf.get("/flaky/"))
    third = through_cache(view, rf.get("/flaky/"))

    assert (second.status_code, third.status_code) == (200, 200)
    assert view.calls == 2


def _not_found():
    response = cache_publicly(HttpResponse("gone", status=404), max_age=60)
    return response


def test_a_response_its_view_did_not_mark_public_is_not_kept(rf):
    view = CountingView(lambda request: HttpResponse("mine"))

    through_cache(view, rf.get("/unmarked/"))
    through_cache(view, rf.get("/unmarked/"))

    assert view.calls == 2


def test_a_response_that_must_not_be_stored_is_not_kept(rf):
    view = CountingView(lambda request: never_store(HttpResponse("secret")))

    through_cache(view, rf.get("/secret/"))
    through_cache(view, rf.get("/secret/"))

    assert view.calls == 2


def test_head_is_answered_from_the_entry_a_get_made(rf):
    view = CountingView(public)
    through_cache(view, rf.get("/anything/"))

    head = through_cache(view, rf.head("/anything/"))

    assert view.calls == 1 and head.status_code == 200


def test_a_signed_in_visitor_never_gets_the_anonymous_copy(client):
    pages = build_standard_page(title_en="Shared page")
    client.get(pages["en"].url)  # kept for anonymous visitors
    client.force_login(make_user(full_name="Wang Wu"))

    response, queries = get_counting_queries(client, pages["en"].url)

    assert queries > 0
    assert "Sign out" in response.content.decode()


def test_a_signed_in_visitors_page_is_never_kept_for_others(client):
    pages = build_standard_page(title_en="Shared page")
    client.force_login(make_user(full_name="Wang Wu"))
    client.get(pages["en"].url)
    client.logout()
    client.cookies.clear()

    response = client.get(pages["en"].url)

    assert "Sign out" not in response.content.decode()
    assert "Sign in" in response.content.decode()


def test_a_page_with_view_restrictions_is_never_kept_for_anonymous_visitors(client):
    from django.test import Client
    from wagtail.models import PageViewRestriction

    pages = build_standard_page(title_en="Members only")
    PageViewRestriction.objects.create(page=pages["en"], restriction_type=PageViewRestriction.LOGIN)
    member = Client()
    member.force_login(make_user())
    assert "Members only" in member.get(pages["en"].url).content.decode()

    first = client.get(pages["en"].url)
    again = client.get(pages["en"].url)

    assert first.status_code == again.status_code == 302
    assert "/accounts/login/" in again["Location"]
    assert "Members only" not in again.content.decode()


def test_a_page_is_kept_per_language(client):
    pages = build_standard_page(title_zh="缓存页面", title_en="Cached page")
    client.get(pages["zh-hans"].url)

    english = client.get(pages["en"].url)

    assert "Cached page" in english.content.decode()
    assert "缓存页面" in client.get(pages["zh-hans"].url).content.decode()


@pytest.fixture
def rf():
    return RequestFactory()


def test_the_process_keeps_the_bodies_it_served_last_within_its_budget():
    bodies = page_cache._LocalCopies(max_bytes=10)
    bodies.put("a", b"12345")
    bodies.put("b", b"12345")
    bodies.get("a")  # used: "b" is now the oldest
    bodies.put("c", b"123")
    bodies.put("huge", b"x" * 11)

    assert (bodies.get("a"), bodies.get("b"), bodies.get("c")) == (b"12345", None, b"123")
    assert bodies.get("huge") is None and bodies.size == 8
