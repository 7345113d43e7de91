import datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates.models import Certificate, RegisterEntry
from certificates.selectors import register_statistics
from certificates.services import issue_certificate, join_register, revoke
from tests.certificates.builders import make_certificate_type, make_certification_officer
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def auditor_type():
    return make_certificate_type("CPA")


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
    revoke(certificate=certificate, actor=make_certification_officer(), reason="Fraud")

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
    """Three new auditors in a province that had none (fewer would be pooled, see below); one
    of them renewed, which does not make a new auditor."""
    before = register_statistics()
    holders = [_certified(auditor_type, province="65") for _ in range(3)]
    holder, first = holders[0]
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

    assert after.certified_ever == before.certified_ever + 3
    assert dict(after.by_year)[year] == dict(before.by_year).get(year, 0) + 3
    assert dict(after.by_province)["65"] == dict(before.by_province).get("65", 0) + 3
    assert dict(after.by_province_and_year)["65"] == {year: 3}


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


def test_the_register_page_shows_the_figures_as_chart_and_table(client, auditor_type):
    for _ in range(3):  # three, so that the province is shown on its own
        _certified(auditor_type, province="44")

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
        # What rendering costs: the page cache (core.page_cache) would answer a repeat.
        with (
            override_settings(PAGE_CACHE_ENABLED=False),
            CaptureQueriesContext(connection) as queries,
        ):
            client.get("/en/auditors/", {"province": "37"})
        return len(queries)

    holder, _ = _certified(auditor_type, full_name="山东审核员")
    join_register(holder=holder, show_organisation=True, province="37")
    count_queries()  # the first request fills per-process caches (site, locales)
    baseline = count_queries()
    for index in range(6):
        holder, _ = _certified(auditor_type, full_name=f"山东审核员{index}")
        join_register(holder=holder, show_organisation=True, province="37")

    assert count_queries() == baseline


# --- Finding 8 of issue 10: printed names, and no small counts per province -------------------


def test_the_register_shows_and_finds_the_name_printed_on_the_certificate(client, auditor_type):
    holder, certificate = _certified(
        auditor_type, full_name="欧阳明月", latin_name="OUYANG Mingyue"
    )
    join_register(holder=holder, show_organisation=True, province="44")
    holder.full_name, holder.latin_name = "冒名顶替者", "IMPOSTOR Name"
    holder.save(update_fields=["full_name", "latin_name"])

    by_printed = client.get("/en/auditors/", {"name": "欧阳明月"}).content.decode()
    by_latin = client.get("/en/auditors/", {"name": "ouyang"}).content.decode()
    by_profile = client.get("/en/auditors/", {"name": "冒名顶替者"}).content.decode()

    assert "欧阳明月" in by_printed and "OUYANG Mingyue" in by_printed
    assert certificate.number in by_latin
    assert "冒名顶替者" not in by_printed and "IMPOSTOR" not in by_printed
    assert "0 listed auditors found." in by_profile


def test_a_province_with_fewer_than_three_auditors_is_never_shown_alone(client, auditor_type):
    _certified(auditor_type, province="54")

    statistics = register_statistics()
    page = client.get("/en/auditors/").content.decode()

    assert "54" not in dict(statistics.by_province)
    assert "54" not in dict(statistics.by_province_and_year)
    assert '<th scope="row">Tibet</th>' not in page
    assert '<th scope="row">Other provinces, counted together</th>' in page
    assert "Other provinces, counted together" in page
    assert "fewer than 3 auditors in any figure" in page


def test_published_province_figures_add_up_to_the_totals_without_small_cells(auditor_type):
    # A lone small row is pooled with the smallest other one: Guangdong's row stays shown.
    for province, count in (("44", 4), ("65", 3), ("54", 1)):
        for _ in range(count):
            _certified(auditor_type, province=province)
    statistics = register_statistics()

    rows = [counts for _code, counts in statistics.by_province_and_year]
    assert rows
    for counts in rows:
        assert not any(0 < count < 3 for count in counts.values())
    others = statistics.by_province_and_year_others or {}
    assert statistics.by_year
    for year, total in statistics.by_year:
        assert sum(counts.get(year, 0) for counts in rows) + others.get(year, 0) == total
    assert not any(0 < count < 3 for _code, count in statistics.by_province)
    assert (
        sum(count for _code, count in statistics.by_province) + statistics.by_province_others
        == statistics.certified_now
    )


def test_small_rows_are_pooled_and_big_rows_stay():
    from certificates.selectors import pool_small_rows

    shown, others = pool_small_rows(
        {"11": {2024: 5, 2025: 0}, "12": {2024: 1}, "13": {2025: 2}, "14": {2024: 3}}
    )

    assert shown == {"11": {2024: 5, 2025: 0}, "14": {2024: 3}}
    assert others == {2024: 1, 2025: 2}


def test_a_lone_small_row_is_pooled_with_the_smallest_other_row():
    """Alone, the pool would be that row again: the totals minus the shown rows."""
    from certificates.selectors import pool_small_rows

    shown, others = pool_small_rows({"11": {2024: 9}, "12": {2024: 1}, "13": {2024: 4}})

    assert shown == {"11": {2024: 9}}
    assert others == {2024: 5}


def test_nothing_is_pooled_without_small_counts():
    from certificates.selectors import pool_small_rows

    assert pool_small_rows({"11": {2024: 3, 2025: 0}}) == ({"11": {2024: 3, 2025: 0}}, None)


def test_no_province_can_be_worked_out_from_the_published_figures():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from certificates.selectors import pool_small_rows

    tables = st.dictionaries(
        st.sampled_from(["11", "12", "13", "31", "44", "54", "65", ""]),
        st.dictionaries(st.integers(2020, 2025), st.integers(0, 8), min_size=1),
        min_size=1,
    )

    @settings(max_examples=300, deadline=None)
    @given(tables)
    def check(rows):
        shown, others = pool_small_rows(rows)
        for cells in shown.values():
            assert not any(0 < count < 3 for count in cells.values())
        pooled = set(rows) - set(shown)
        # A pool is never a single province when other rows exist (it would be that row).
        assert not (len(pooled) == 1 and len(rows) > 1)
        for column in {column for cells in rows.values() for column in cells}:
            total = sum(cells.get(column, 0) for cells in rows.values())
            published = sum(cells.get(column, 0) for cells in shown.values())
            assert published + (others or {}).get(column, 0) == total

    check()
