"""Issue 10's certification chain in a browser: an editor cannot issue themselves a certificate;
one certification officer requests a certificate for a trainee, a second approves it, and the
trainee's verification page shows it.

Staff sign in with password and TOTP (the secrets are read from the server's database file, as
the demo loader prints them for `make run`)."""

import datetime
import json
import re
import sqlite3
import time

import pytest

from tests.browser.journeys import sign_up_and_confirm
from tests.browser.test_certificate_journey import _totp

pytestmark = pytest.mark.browser

PASSWORD = "cphub-demo-2026"  # the demo data's published password
EDITOR = "editor@cphub.example"
REQUESTER = "certifier@cphub.example"
APPROVER = "certifier2@cphub.example"
REASON = "Journey: passed the paper exam in a classroom course"


def _totp_secret(database, email: str) -> str:
    with sqlite3.connect(database) as connection:
        (data,) = connection.execute(
            "SELECT a.data FROM mfa_authenticator a JOIN accounts_user u ON u.id = a.user_id"
            " WHERE u.email = ? AND a.type = 'totp'",
            (email,),
        ).fetchone()
    return json.loads(data)["secret"]


def _auditor_type_id(database) -> int:
    with sqlite3.connect(database) as connection:
        (pk,) = connection.execute(
            "SELECT id FROM certificates_certificatetype WHERE prefix = 'CPA'"
        ).fetchone()
    return pk


def _sign_in(page, server_url, database, email: str) -> None:
    page.goto(server_url + "/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    assert "/2fa/authenticate/" in page.url, page.url
    # A code at the very end of its 30 s window may expire in flight: wait for a fresh one.
    if time.time() % 30 > 25:
        time.sleep(30 - time.time() % 30 + 0.5)
    page.fill("input[name=code]", _totp(_totp_secret(database, email), time.time()))
    page.locator("form:has(input[name=code]) button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    assert "/2fa/authenticate/" not in page.url, page.url


def _staff_page(browser, server_url, database, email: str):
    context = browser.new_context()
    page = context.new_page()
    _sign_in(page, server_url, database, email)
    return context, page


def test_an_editor_is_refused_and_two_officers_issue_a_certificate_the_trainee_can_verify(
    page, browser, server_url, server_database, mail_dir
):
    # 1. An editor (staff, with MFA) tries to issue themselves a certificate: refused.
    context, editor = _staff_page(browser, server_url, server_database, EDITOR)
    try:
        editor.goto(server_url + "/admin/")
        assert editor.locator("a[href='/admin/certificates/']").count() == 0
        refused = editor.goto(server_url + "/admin/certificates/issue/")
        assert refused.status == 403
        assert editor.locator("input[name=holder_email]").count() == 0
    finally:
        context.close()

    # 2. A trainee signs up (they have no certificate yet).
    trainee_email = sign_up_and_confirm(page, server_url, mail_dir)

    # 3. The first certification officer requests a certificate for them.
    context, requester = _staff_page(browser, server_url, server_database, REQUESTER)
    try:
        requester.goto(server_url + "/admin/certificates/issue/")
        requester.select_option(
            "select[name=certificate_type]", str(_auditor_type_id(server_database))
        )
        requester.fill("input[name=holder_email]", trainee_email)
        yesterday = datetime.date.today() - datetime.timedelta(days=1)
        requester.fill("input[name=completed_on]", yesterday.isoformat())
        requester.fill("input[name=reason]", REASON)
        requester.locator("main form button[type=submit]").last.click()
        requester.wait_for_load_state("networkidle")
        assert requester.url.endswith("/admin/certificates/requests/"), requester.url
        row = requester.locator(f"tr[data-request]:has-text('{trainee_email}')")
        assert row.count() == 1
        # The requester cannot decide their own request.
        assert row.locator("form[action$='/approve/']").count() == 0
    finally:
        context.close()

    # 4. A second certification officer approves it; the certificate exists from now on.
    context, approver = _staff_page(browser, server_url, server_database, APPROVER)
    try:
        approver.goto(server_url + "/admin/certificates/requests/")
        row = approver.locator(f"tr[data-request]:has-text('{trainee_email}')")
        assert REASON in row.inner_text()
        row.locator("form[action$='/approve/'] button[type=submit]").click()
        approver.wait_for_load_state("networkidle")
        match = re.search(r"/admin/certificates/([A-Z0-9-]+)/$", approver.url)
        assert match, approver.url
        number = match.group(1)
        history = approver.locator("table.listing").last.inner_text()
        assert "郑认证" in history and "冯审定" in history  # requester and approver
        assert REASON in history
    finally:
        context.close()

    # 5. The trainee finds it under "My certificates" and its verification page says Valid.
    page.goto(server_url + "/en/account/certificates/")
    assert number in page.locator("main").inner_text()
    page.locator(f"main tr:has-text('{number}') a[href*='/verify/']").first.click()
    page.wait_for_load_state("networkidle")
    verification = page.locator("main").inner_text()
    assert "/verify/" in page.url
    assert number in verification
    assert "Valid" in verification and "genuine and valid" in verification
