import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates.models import Certificate, CertificateType, RegisterEntry
from certificates.selectors import register_statistics
from certificates.services import issue_certificate, join_register, revoke
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def auditor_type():
    return CertificateType.objects.get(prefix="CPA")


def _certified(auditor_type, **user_fields):
    holder = make_user(**user_fields)
    certificate = issue_certificate(
        certificate_type=auditor_type,
        holder=holder,
        achievement_key=f"register-{holder.pk}",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate(),
    )
    return holder, certificate


def test_a_holder_who_opts_in_is_found_by_name(client, auditor_type):
    holder, certificate = _certified(
        auditor_type, full_name="欧阳明月", latin_name="OUYANG Mingyue"
    )
    join_register(holder=holder, show_organisation=True, province="44")

    response = client.get("/en/auditors/", {"name": "ouyang"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "欧阳明月" in page
    assert certificate.number in page
    assert f"/verify/{certificate.code}/" in page
    assert "Guangdong" in page


def test_a_holder_who_has_not_opted_in_is_not_listed(client, auditor_type):
    _certified(auditor_type, full_name="司马未列")

    page = client.get("/en/auditors/", {"name": "司马未列"}).content.decode()

    assert "0 listed auditors found." in page


def test_a_listed_holder_whose_certificate_is_revoked_disappears(client, auditor_type):
    holder, certificate = _certified(auditor_type, full_name="上官吊销")
    join_register(holder=holder, show_organisation=True, province="")
    revoke(certificate=certificate, actor=make_user(is_staff=True, mfa=True), reason="Fraud")

    page = client.get("/en/auditors/", {"name": "上官吊销"}).content.decode()

    assert "0 listed auditors found." in page


def test_the_register_filters_by_province_and_organisation(client, auditor_type):
    north, _ = _certified(auditor_type, full_name="北方审核员", organisation="北方咨询公司")
    south, _ = _certified(auditor_type, full_name="南方审核员", organisation="南方咨询公司")
    join_register(holder=north, show_organisation=True, province="11")
    join_register(holder=south, show_organisation=True, province="44")

    by_province = client.get("/en/auditors/", {"province": "11"}).content.decode()
    by_organisation = client.get("/en/auditors/", {"organisation": "南方咨询"}).content.decode()

    assert "北方审核员" in by_province and "南方审核员" not in by_province
    assert "南方审核员" in by_organisation and "北方审核员" not in by_organisation


def test_a_hidden_organisation_is_neither_shown_nor_searchable(client, auditor_type):
    holder, _ = _certified(auditor_type, full_name="隐去单位", organisation="保密咨询公司")
    join_register(holder=holder, show_organisation=False, province="32")

    listed = client.get("/en/auditors/", {"name": "隐去单位"}).content.decode()
    searched = client.get("/en/auditors/", {"organisation": "保密咨询"}).content.decode()

    assert "隐去单位" in listed and "保密咨询公司" not in listed
    assert "0 listed auditors found." in searched


def test_only_holders_of_a_valid_auditor_certificate_can_join(auditor_type):
    from django.core.exceptions import ValidationError

    holder = make_user()

    with pytest.raises(ValidationError):
        join_register(holder=holder, show_organisation=True, province="11")
    assert not RegisterEntry.objects.filter(holder=holder).exists()


def test_a_holder_joins_and_leaves_from_my_certificates(client, auditor_type):
    holder, _ = _certified(auditor_type, full_name="自主选择")
    client.force_login(holder)

    client.post(
        "/en/account/certificates/register/",
        {"action": "join", "province": "51", "show_organisation": "on"},
    )
    joined = RegisterEntry.objects.filter(holder=holder).exists()
    holder.refresh_from_db()
    client.post("/en/account/certificates/register/", {"action": "leave"})

    assert joined
    assert holder.province == "51"
    assert not RegisterEntry.objects.filter(holder=holder).exists()


def test_joining_needs_a_signed_in_holder_and_csrf(auditor_type):
    from django.test import Client

    response = Client().post("/en/account/certificates/register/", {"action": "join"})
    strict = Client(enforce_csrf_checks=True)
    holder, _ = _certified(auditor_type)
    strict.force_login(holder)

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert strict.post("/en/account/certificates/register/", {"action": "join"}).status_code == 403
    assert not RegisterEntry.objects.filter(holder=holder).exists()


def test_figures_count_every_holder_once_per_first_year_and_province(auditor_type):
    before = register_statistics()
    holder, first = _certified(auditor_type, province="65")
    issue_certificate(
        certificate_type=auditor_type,
        holder=holder,
        achievement_key="second-of-same-holder",
        reason=Certificate.Reason.RENEWAL,
        completed_on=timezone.localdate(),
        replaces=first,
    )

    after = register_statistics()
    year = timezone.localdate().year

    assert after.certified_ever == before.certified_ever + 1
    assert dict(after.by_year)[year] == dict(before.by_year).get(year, 0) + 1
    assert dict(after.by_province)["65"] == dict(before.by_province).get("65", 0) + 1


def test_an_expired_certificate_counts_as_certified_ever_but_not_now(auditor_type):
    before = register_statistics()
    issue_certificate(
        certificate_type=auditor_type,
        holder=make_user(),
        achievement_key="long-ago",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate() - datetime.timedelta(days=5 * 365),
    )

    after = register_statistics()

    assert after.certified_ever == before.certified_ever + 1
    assert after.certified_now == before.certified_now


def test_the_register_page_shows_the_figures_as_chart_and_table(client):
    page = client.get("/en/auditors/").content.decode()

    assert '<svg class="chart"' in page
    assert "Auditors certified for the first time, per province and year" in page
    assert "<tfoot>" in page


def test_register_search_is_rate_limited(client, settings):
    settings.CERTIFICATE_LOOKUP_RATE = "2/m"

    statuses = [client.get("/en/auditors/", {"name": "王"}).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


def test_register_page_queries_do_not_grow_with_listed_auditors(client, auditor_type):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/auditors/", {"province": "37"})
        return len(queries)

    count_queries()  # the first request fills per-process caches (site, locales)
    baseline = count_queries()
    for index in range(6):
        holder, _ = _certified(auditor_type, full_name=f"山东审核员{index}")
        join_register(holder=holder, show_organisation=True, province="37")

    assert count_queries() == baseline
