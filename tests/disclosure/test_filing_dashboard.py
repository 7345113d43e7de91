"""The filing dashboard (/disclosure/manage/) runs a fixed number of queries whatever the
number of enterprises and reports, keeps each enterprise's part until the disclosure data
changes, and its forms still carry the request's own CSRF token."""

import datetime
import re

import pytest
from allauth.mfa.models import Authenticator
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from core import page_cache
from disclosure import services
from disclosure.models import EnterpriseMembership, Report
from disclosure.selectors.filing import annual_public_id
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    publish_annual_report,
)

pytestmark = pytest.mark.django_db

LAST_YEAR = timezone.localdate().year - 1
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _chinese_by_default():
    translation.activate("zh-hans")
    yield
    translation.activate("zh-hans")


def dashboard() -> str:
    return reverse("disclosure_manage:home")


def queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(dashboard())
    assert response.status_code == 200
    return len(captured), response.content.decode()


def with_reports(enterprise, *, years: int) -> None:
    for year in range(LAST_YEAR, LAST_YEAR - years, -1):
        list_enterprise(enterprise, year)
    publish_annual_report(enterprise, LAST_YEAR - 1)


def test_the_dashboard_runs_the_same_queries_for_one_or_many_enterprises_and_reports(client):
    first = make_enterprise(name="仪表盘一号化工有限公司")
    user = make_member(first)
    with_reports(first, years=1)
    client.force_login(user)
    client.get(dashboard())  # the session's first request does more
    # Fresh: nothing kept, the signed-in user included (writing other users' rows below
    # renews the accounts scope too).
    page_cache.bump(page_cache.DISCLOSURE, page_cache.ACCOUNTS)
    few_fresh, _ = queries(client)
    few_kept, _ = queries(client)

    for index in range(3):
        enterprise = make_enterprise(name=f"仪表盘化工有限公司{index}")
        with_reports(enterprise, years=3)
        EnterpriseMembership.objects.create(user=user, enterprise=enterprise)
        services.open_annual_report(enterprise=enterprise, year=LAST_YEAR, user=user)
    with_reports(make_enterprise(name="别家仪表盘化工有限公司"), years=3)  # not the user's
    page_cache.bump(page_cache.DISCLOSURE, page_cache.ACCOUNTS)
    many_fresh, body = queries(client)
    many_kept, _ = queries(client)

    assert body.count('class="filing-enterprise"') == 4
    assert many_fresh == few_fresh
    assert many_kept == few_kept
    assert many_kept < many_fresh


def test_the_dashboard_shows_a_report_opened_after_it_was_kept(client):
    enterprise = make_enterprise()
    user = make_member(enterprise)
    client.force_login(user)
    list_enterprise(enterprise, LAST_YEAR)
    public_id = annual_public_id(enterprise.credit_code, LAST_YEAR)
    report_url = reverse("disclosure_manage:report", args=[public_id])
    assert report_url not in client.get(dashboard()).content.decode()

    services.open_annual_report(enterprise=enterprise, year=LAST_YEAR, user=user)

    assert report_url in client.get(dashboard()).content.decode()


def test_the_forms_of_a_kept_dashboard_carry_each_requests_own_csrf_token():
    enterprise = make_enterprise()
    list_enterprise(enterprise, LAST_YEAR)
    members = [make_member(enterprise), make_member(enterprise)]
    bodies = []
    for member in members:
        client = Client(enforce_csrf_checks=True)
        client.force_login(member)
        body = client.get(dashboard()).content.decode()
        bodies.append(body)
        section = body[body.index('class="filing-enterprise"') :]
        tokens = set(CSRF_FIELD.findall(section))
        assert len(tokens) == 1
        assert "csrf-placeholder" not in body

        response = client.post(
            reverse("disclosure_manage:start_annual", args=[enterprise.credit_code]),
            {f"annual-{enterprise.pk}-year": LAST_YEAR, "csrfmiddlewaretoken": tokens.pop()},
        )
        assert response.status_code == 302  # a refused CSRF token answers 403
    assert Report.objects.filter(enterprise=enterprise, year=LAST_YEAR).exists()
    assert CSRF_FIELD.findall(bodies[0])[-1] != CSRF_FIELD.findall(bodies[1])[-1]


def test_an_enterprise_joined_after_the_dashboard_was_kept_shows_on_the_next_request(client):
    first = make_enterprise(name="先加入的化工有限公司")
    user = make_member(first)
    client.force_login(user)
    assert "后加入的化工有限公司" not in client.get(dashboard()).content.decode()

    EnterpriseMembership.objects.create(
        user=user, enterprise=make_enterprise(name="后加入的化工有限公司")
    )

    body = client.get(dashboard()).content.decode()
    assert "后加入的化工有限公司" in body and "先加入的化工有限公司" in body


def test_an_enterprise_left_after_the_dashboard_was_kept_is_gone_on_the_next_request(client):
    kept = make_enterprise(name="仍在的化工有限公司")
    user = make_member(kept)
    left = make_enterprise(name="已离开的化工有限公司")
    EnterpriseMembership.objects.create(user=user, enterprise=left)
    client.force_login(user)
    assert "已离开的化工有限公司" in client.get(dashboard()).content.decode()

    EnterpriseMembership.objects.filter(user=user, enterprise=left).delete()

    body = client.get(dashboard()).content.decode()
    assert "已离开的化工有限公司" not in body and "仍在的化工有限公司" in body


def test_a_member_who_loses_two_factor_authentication_no_longer_sees_the_kept_dashboard(client):
    enterprise = make_enterprise(name="双因素化工有限公司")
    user = make_member(enterprise)
    client.force_login(user)
    assert "双因素化工有限公司" in client.get(dashboard()).content.decode()

    Authenticator.objects.filter(user=user).delete()

    response = client.get(dashboard())
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_members_of_the_same_enterprise_each_get_their_own_kept_dashboard(client):
    enterprise = make_enterprise(name="共用化工有限公司")
    own = make_enterprise(name="只属于第二位的化工有限公司")
    first, second = make_member(enterprise), make_member(enterprise)
    EnterpriseMembership.objects.create(user=second, enterprise=own)

    client.force_login(first)
    first_body = client.get(dashboard()).content.decode()
    client.force_login(second)
    second_body = client.get(dashboard()).content.decode()

    assert "共用化工有限公司" in first_body and "共用化工有限公司" in second_body
    assert "只属于第二位的化工有限公司" not in first_body
    assert "只属于第二位的化工有限公司" in second_body


def test_old_ad_hoc_reports_still_unfiled_are_listed_and_filed_ones_are_not(client):
    enterprise = make_enterprise()
    user = make_member(enterprise)
    old_year = LAST_YEAR - services.STARTABLE_YEARS - 1
    unfiled = [
        services.open_adhoc_report(
            enterprise=enterprise,
            trigger=Report.Trigger.PENALTY,
            trigger_date=datetime.date(old_year, month, 10),
            description="旧事件",
            user=user,
        )
        for month in (3, 5)
    ]
    filed = services.open_adhoc_report(
        enterprise=enterprise,
        trigger=Report.Trigger.PENALTY,
        trigger_date=datetime.date(old_year, 7, 10),
        description="已报告的旧事件",
        user=user,
    )
    Report.objects.filter(pk=filed.pk).update(first_submitted_at=timezone.now())
    client.force_login(user)

    body = client.get(dashboard()).content.decode()

    first, second = (body.index(f">{report.public_id}<") for report in unfiled)
    assert first < second  # in the order they were opened
    assert f">{filed.public_id}<" not in body
