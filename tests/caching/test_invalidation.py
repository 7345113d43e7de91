"""Every change a visitor must see shows on the very next anonymous request, although the
page before it was served from the server's page cache (core.page_cache)."""

import pytest
from django.db import connection, connections
from django.utils import translation
from wagtail.models import Page

from certificates.models import Certificate
from certificates.services import reinstate, reissue_after_correction, revoke, suspend
from core import page_cache
from disclosure import services as disclosure_services
from disclosure.models import ListEntry
from tests.caching.helpers import get_counting_queries, kept
from tests.certificates.builders import (
    make_certificate_type,
    make_certification_officer,
    make_valid_certificate,
)
from tests.content.builders import build_standard_page
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    make_reviewer,
    publish_annual_report,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db

YEAR = 2012


def _text(response) -> str:
    return response.content.decode()


def _officer():
    return make_certification_officer()


# --- Pages: publish, unpublish, translation ------------------------------------------------------


def test_publishing_a_new_revision_shows_on_the_next_request(client):
    pages = build_standard_page(title_zh="旧标题", title_en="Old title")
    assert kept(client, pages["zh-hans"].url)

    page = Page.objects.get(pk=pages["zh-hans"].pk).specific
    page.title = "新标题"
    page.save_revision().publish()

    assert "新标题" in _text(client.get(pages["zh-hans"].url))


def test_a_published_page_shows_in_the_menu_of_a_kept_page_at_once(client):
    assert kept(client, "/en/")

    build_standard_page(title_en="Brand new section", show_in_menus=True)

    assert "Brand new section" in _text(client.get("/en/"))


def test_unpublishing_a_page_makes_it_404_on_the_next_request(client):
    pages = build_standard_page(title_en="Soon gone")
    assert kept(client, pages["en"].url)

    Page.objects.get(pk=pages["en"].pk).unpublish()

    assert client.get(pages["en"].url).status_code == 404


def test_unpublishing_a_page_takes_it_out_of_the_menu_of_a_kept_page(client):
    pages = build_standard_page(title_en="Menu entry to go", show_in_menus=True)
    assert "Menu entry to go" in _text(client.get("/en/"))
    assert kept(client, "/en/")

    Page.objects.get(pk=pages["en"].pk).unpublish()

    assert "Menu entry to go" not in _text(client.get("/en/"))


def test_a_changed_translation_shows_in_its_language_on_the_next_request(client):
    pages = build_standard_page(title_zh="中文标题", title_en="English title")
    assert kept(client, pages["en"].url)
    assert kept(client, pages["zh-hans"].url)

    english = Page.objects.get(pk=pages["en"].pk).specific
    english.title = "Corrected English title"
    english.save_revision().publish()

    assert "Corrected English title" in _text(client.get(pages["en"].url))
    assert "中文标题" in _text(client.get(pages["zh-hans"].url))


def test_a_newly_published_translation_replaces_the_fallback_on_the_next_request(client):
    pages = build_standard_page(title_zh="只有中文", title_en="Translated at last")
    english = Page.objects.get(pk=pages["en"].pk).specific
    english.unpublish()
    assert client.get(pages["en"].url).status_code == 404
    assert kept(client, "/en/")

    english.save_revision().publish()

    assert client.get(pages["en"].url).status_code == 200
    assert "Translated at last" in _text(client.get(pages["en"].url))


# --- Certificates: every state change, in both languages and through the headers ------------


def test_a_revoked_certificate_shows_revoked_on_the_next_request_in_chinese(client):
    certificate = make_valid_certificate()
    url = f"/verify/{certificate.code}/"
    assert kept(client, url)

    revoke(certificate=certificate, actor=_officer(), reason="审核报告造假")

    assert "已撤销" in _text(client.get(url))


def test_a_revoked_certificate_shows_revoked_on_the_next_request_in_english(client):
    certificate = make_valid_certificate()
    url = f"/en/verify/{certificate.code}/"
    assert kept(client, url)

    revoke(certificate=certificate, actor=_officer(), reason="Falsified audit report")

    assert "Revoked" in _text(client.get(url))


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_cdn_revalidating_a_revoked_certificate_gets_the_new_page_not_304(client, prefix):
    certificate = make_valid_certificate()
    url = f"{prefix}/verify/{certificate.code}/"
    old_etag = client.get(url)["ETag"]
    assert client.get(url, headers={"If-None-Match": old_etag}).status_code == 304

    revoke(certificate=certificate, actor=_officer(), reason="Falsified audit report")
    response = client.get(url, headers={"If-None-Match": old_etag})

    assert response.status_code == 200
    assert response["ETag"] != old_etag
    assert ("已撤销" if not prefix else "Revoked") in _text(response)


def test_the_certificate_api_shows_a_revocation_on_the_next_request(client):
    certificate = make_valid_certificate()
    url = f"/api/v1/certificates/{certificate.code}"
    old_etag = client.get(url)["ETag"]
    assert kept(client, url)

    revoke(certificate=certificate, actor=_officer(), reason="Falsified audit report")
    response = client.get(url, headers={"If-None-Match": old_etag})

    assert response.status_code == 200
    assert response.json()["status"] == "revoked"


def test_a_suspension_shows_on_the_next_request(client):
    certificate = make_valid_certificate()
    url = f"/en/verify/{certificate.code}/"
    assert kept(client, url)

    suspend(certificate=certificate, actor=_officer(), reason="Under review")

    assert "Suspended" in _text(client.get(url))


def test_a_reinstatement_shows_on_the_next_request(client):
    certificate = make_valid_certificate()
    officer = _officer()
    suspend(certificate=certificate, actor=officer, reason="Under review")
    url = f"/en/verify/{certificate.code}/"
    assert kept(client, url)

    reinstate(certificate=certificate, actor=officer, reason="Review found nothing")

    response = client.get(url)
    assert "Valid" in _text(response) and "Suspended" not in _text(response)


def test_a_reissue_shows_the_old_certificate_replaced_on_the_next_request(client):
    certificate = make_valid_certificate()
    url = f"/en/verify/{certificate.code}/"
    assert kept(client, url)

    reissue_after_correction(certificate=certificate, actor=_officer(), reason="Name corrected")

    assert "Replaced" in _text(client.get(url))


def test_a_renewal_shows_the_old_certificate_replaced_on_the_next_request(client):
    import datetime
    from decimal import Decimal

    from django.utils import timezone

    from certificates.services import issue_certificate, issue_for_passed_exam
    from exams.models import Attempt
    from tests.courses.builders import build_course
    from tests.exams.builders import make_exam

    certificate_type = make_certificate_type("CPA")
    certificate_type.refresher_course = build_course()
    certificate_type.save(update_fields=["refresher_course"])
    holder = make_user(full_name="钱七")
    today = timezone.localdate()
    old = issue_certificate(
        certificate_type=certificate_type,
        holder=holder,
        achievement_key=f"first-{holder.pk}",
        reason=Certificate.Reason.MANUAL,
        completed_on=today.replace(year=today.year - 3) + datetime.timedelta(days=20),
    )
    url = f"/en/verify/{old.code}/"
    assert "Valid" in _text(client.get(url))
    assert kept(client, url)

    moment = timezone.now()
    attempt = Attempt.objects.create(
        exam=make_exam(course=certificate_type.refresher_course, is_final=True),
        user=holder,
        number=1,
        status=Attempt.Status.RELEASED,
        started_at=moment - datetime.timedelta(minutes=40),
        deadline=moment,
        submitted_at=moment,
        graded_at=moment,
        released_at=moment,
        score=Decimal(18),
        max_score=Decimal(20),
        passed=True,
    )
    assert issue_for_passed_exam(
        attempt=attempt, course=certificate_type.refresher_course, user=holder
    )

    assert "Replaced" in _text(client.get(url))


def test_a_queryset_update_that_bypasses_signals_still_shows_on_the_next_request(client):
    certificate = make_valid_certificate()
    url = f"/en/verify/{certificate.code}/"
    assert kept(client, url)

    Certificate.objects.filter(pk=certificate.pk).update(state=Certificate.State.REVOKED)

    assert "Revoked" in _text(client.get(url))


# --- Disclosure: amendment and the key-enterprise list ---------------------------------------


def _amend(version, *, products: str):
    user = make_member(version.report.enterprise)
    draft = disclosure_services.start_amendment(report=version.report, user=user)
    disclosure_services.update_basic_information(
        version=draft, user=user, change_summary="Products corrected", products=products
    )
    return disclosure_services.submit_version(version=draft, user=user, signed_name="李四")


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_an_amendment_shows_on_the_report_page_on_the_next_request(client, prefix):
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    first = publish_annual_report(enterprise, YEAR)
    url = f"{prefix}/disclosure/reports/{first.report.public_id}/"
    assert "硫酸 20 万吨/年" in _text(client.get(url))
    assert kept(client, url)

    _amend(first, products="硫酸 25 万吨/年")

    assert "硫酸 25 万吨/年" in _text(client.get(url))


def test_an_amendment_shows_in_the_open_data_api_on_the_next_request(client):
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    first = publish_annual_report(enterprise, YEAR)
    url = f"/api/v1/disclosures/{first.report.public_id}"
    assert client.get(url).json()["version"] == 1
    assert kept(client, url)

    _amend(first, products="硫酸 25 万吨/年")

    assert client.get(url).json()["version"] == 2


def test_listing_an_enterprise_shows_on_its_profile_on_the_next_request(client):
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    url = f"/en/disclosure/enterprises/{enterprise.credit_code}/"
    assert kept(client, url)

    list_enterprise(enterprise, YEAR + 1)

    assert str(YEAR + 1) in _text(client.get(url))


def test_delisting_an_enterprise_shows_in_the_open_data_api_on_the_next_request(client):
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    url = f"/api/v1/enterprises/{enterprise.credit_code}"
    assert client.get(url).status_code == 200
    before = client.get(url).json()
    assert kept(client, url)

    disclosure_services.remove_list_entry(
        entry=ListEntry.objects.get(enterprise=enterprise, year=YEAR), actor=make_reviewer()
    )

    assert client.get(url).json() != before


# --- How the generations are renewed ------------------------------------------------------------


def test_a_write_renews_the_generation_again_after_the_commit(django_capture_on_commit_callbacks):
    # Between the write and the commit another request may read the old rows and keep them
    # under the generation renewed at the write; the renewal after the commit retires them.
    with django_capture_on_commit_callbacks() as callbacks:
        certificate = make_valid_certificate()
        revoke(certificate=certificate, actor=_officer(), reason="Falsified audit report")
    at_write = page_cache.current_generations()[page_cache.CERTIFICATES]

    for callback in callbacks:
        callback()

    assert page_cache.current_generations()[page_cache.CERTIFICATES] != at_write


def test_a_transaction_renews_each_scope_once_after_its_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        for number in range(3):
            make_enterprise(name=f"批量企业{number}")

    renewals = [c for c in callbacks if getattr(c, "func", None) is page_cache._bump_logged]
    assert [c.args for c in renewals] == [(page_cache.DISCLOSURE,)]


def test_writes_elsewhere_leave_kept_pages_alone(client):
    certificate = make_valid_certificate()
    url = f"/en/verify/{certificate.code}/"
    assert kept(client, url)

    make_user(full_name="Somebody signing up")  # accounts: not shown on public pages

    assert get_counting_queries(client, url)[1] == 0


def test_a_certificate_change_leaves_kept_content_pages_alone(client):
    certificate = make_valid_certificate()
    officer = _officer()
    pages = build_standard_page()
    assert kept(client, pages["en"].url)

    revoke(certificate=certificate, actor=officer, reason="Falsified")

    assert get_counting_queries(client, pages["en"].url)[1] == 0


def test_each_scope_has_tables_watched():
    watched = set(page_cache._TABLE_SCOPES.values())

    assert watched == set(page_cache.SCOPES)
    assert page_cache._TABLE_SCOPES[Certificate._meta.db_table] == page_cache.CERTIFICATES
    assert page_cache._TABLE_SCOPES[ListEntry._meta.db_table] == page_cache.DISCLOSURE
    assert page_cache._TABLE_SCOPES[Page._meta.db_table] == page_cache.CONTENT
    assert connection.execute_wrappers.count(page_cache._watch_writes) == 1


def test_the_language_of_a_request_never_leaks_into_another(client):
    certificate = make_valid_certificate()
    with translation.override("en"):
        client.get(f"/en/verify/{certificate.code}/")

    chinese = client.get(f"/verify/{certificate.code}/")

    assert "有效" in _text(chinese)


def test_watching_survives_a_temporary_wrapper_of_a_connection_opened_inside_it():
    fresh = connections.create_connection("default")

    def passing(execute, sql, params, many, context):
        return execute(sql, params, many, context)

    try:
        with fresh.execute_wrapper(passing):
            fresh.ensure_connection()
        assert fresh.execute_wrappers == [page_cache._watch_writes]
    finally:
        fresh.close()


def test_a_bulk_write_renews_a_scope_once_until_someone_reads_it(monkeypatch):
    renewed = []
    monkeypatch.setattr(page_cache, "bump", lambda *scopes: renewed.extend(scopes))
    page_cache.current_generations()  # a request read the generations

    for number in range(5):
        make_enterprise(name=f"批量企业{number}")

    assert renewed.count(page_cache.DISCLOSURE) == 1


def test_a_write_after_a_read_renews_the_scope_again(client):
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    url = f"/en/disclosure/enterprises/{enterprise.credit_code}/"
    assert kept(client, url)
    enterprise.name_en = "Renamed Chemicals Co., Ltd."
    enterprise.save()
    assert "Renamed Chemicals" in _text(client.get(url))

    enterprise.name_en = "Renamed Again Co., Ltd."
    enterprise.save()

    assert "Renamed Again" in _text(client.get(url))


# --- Courses: places left, and a learner's own progress ----------------------------------------


def test_an_enrolment_in_a_cohort_shows_its_place_taken_on_the_next_request(client):
    from courses.services import enrol
    from tests.courses.builders import build_cohort, build_course

    course = build_course(units=((True,),), self_paced=False)
    cohort = build_cohort(course=course, capacity=3)
    assert kept(client, course.url)

    enrol(user=make_user(), course=course, cohort=cohort)

    assert "剩余 2 个" in _text(client.get(course.url))


def test_a_learner_opening_a_new_lesson_leaves_kept_public_pages_kept(client):
    from courses.models import Enrolment
    from courses.services import record_lesson_visit
    from tests.courses.builders import build_course, lessons_of

    course = build_course(units=((True, True),))
    enrolment = Enrolment.objects.create(
        user=make_user(), course=course, status=Enrolment.Status.ACTIVE
    )
    assert kept(client, course.url)

    record_lesson_visit(enrolment=enrolment, lesson=lessons_of(course)[1])

    assert Enrolment.objects.get(pk=enrolment.pk).last_lesson_id == lessons_of(course)[1].pk
    assert get_counting_queries(client, course.url)[1] == 0


def test_a_self_paced_completion_leaves_kept_public_pages_kept(client):
    from courses.models import Enrolment
    from courses.services import complete_enrolment
    from tests.courses.builders import build_course

    course = build_course(units=((True,),))
    learner = make_user()
    Enrolment.objects.create(user=learner, course=course, status=Enrolment.Status.ACTIVE)
    assert kept(client, course.url)

    complete_enrolment(user=learner, course=course)

    assert Enrolment.objects.get(user=learner).status == Enrolment.Status.COMPLETED
    assert get_counting_queries(client, course.url)[1] == 0
