"""An enterprise files its annual report from the CSV template; the public finds it, opens the
chart, and later sees the enterprise's amendment in the report's changelog."""

import csv
import io
import sqlite3
import time

from tests.browser.test_certificate_journey import _totp

DISCLOSER_EMAIL = "discloser@cphub.example"
PASSWORD = "cphub-demo-2026"
ENTERPRISE = "示范化工有限公司"


def _draft_report_id(database) -> str:
    """The demo discloser's open draft: the annual report of its first enterprise."""
    with sqlite3.connect(database) as connection:
        code, year = connection.execute(
            "SELECT e.credit_code, r.year FROM disclosure_report r"
            " JOIN disclosure_enterprise e ON e.id = r.enterprise_id"
            " WHERE e.name = ? AND r.kind = 'annual' AND r.current_version_id IS NULL",
            (ENTERPRISE,),
        ).fetchone()
    return f"{code}-{year}-AR"


def _totp_secret(database) -> str:
    import json

    with sqlite3.connect(database) as connection:
        (data,) = connection.execute(
            "SELECT a.data FROM mfa_authenticator a JOIN accounts_user u ON u.id = a.user_id"
            " WHERE u.email = ? AND a.type = 'totp'",
            (DISCLOSER_EMAIL,),
        ).fetchone()
    return json.loads(data)["secret"]


def _sign_in(page, server_url, database) -> None:
    page.goto(server_url + "/en/accounts/login/")
    page.fill("input[name=login]", DISCLOSER_EMAIL)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    if time.time() % 30 > 25:
        time.sleep(30 - time.time() % 30 + 0.5)
    page.fill("input[name=code]", _totp(_totp_secret(database), time.time()))
    page.locator("form:has(input[name=code]) button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    assert "/2fa/authenticate/" not in page.url


def _discharges_csv(page, server_url, quantity: str) -> bytes:
    """The downloaded template's header with one row of our own."""
    template = page.request.get(server_url + "/en/disclosure/manage/templates/discharges.csv")
    assert template.ok
    header = next(csv.reader(io.StringIO(template.text().lstrip("\ufeff"))))
    values = {
        "outlet_code": "DA001",
        "outlet_name": "Boiler stack",
        "pollutant": "so2",
        "concentration": "36.5",
        "concentration_unit": "mg/m3",
        "standard": "GB 13223-2011",
        "limit": "",
        "annual_quantity": quantity,
        "quantity_unit": "t",
        "permitted_quantity": "40",
        "permitted_unit": "t",
        "method": "monitoring",
    }
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerow([values.get(column, "") for column in header])
    return out.getvalue().encode("utf-8")


def _upload_discharges(page, server_url, report_id: str, quantity: str) -> None:
    page.goto(f"{server_url}/en/disclosure/manage/reports/{report_id}/sections/discharges/")
    page.set_input_files(
        "input[type=file][name=file]",
        {
            "name": "discharges.csv",
            "mimeType": "text/csv",
            "buffer": _discharges_csv(page, server_url, quantity),
        },
    )
    page.get_by_role("button", name="Upload and check the file").click()
    page.wait_for_load_state("networkidle")
    assert "DA001" in page.locator("main").inner_text()


def _sign_and_submit(page, server_url, report_id: str) -> None:
    page.goto(f"{server_url}/en/disclosure/manage/reports/{report_id}/review/")
    page.fill("input[name=signed_name]", "张示范")
    page.get_by_role("button", name="Sign and submit").click()
    page.wait_for_load_state("networkidle")


def test_an_annual_report_filed_from_the_template_is_found_charted_and_amended(
    browser, server_url, server_database
):
    report_id = _draft_report_id(server_database)
    enterprise_context = browser.new_context()
    filer = enterprise_context.new_page()
    _sign_in(filer, server_url, server_database)

    # 1. The enterprise fills the discharges from the CSV template, signs and submits.
    _upload_discharges(filer, server_url, report_id, quantity="12.5")
    _sign_and_submit(filer, server_url, report_id)

    # 2. The public finds the enterprise by search and opens its profile with the chart.
    public = browser.new_context().new_page()
    public.goto(server_url + "/en/disclosure/?q=" + ENTERPRISE)
    results = public.locator("main a[href*='/disclosure/enterprises/']")
    assert results.count() == 1, public.locator("main").inner_text()
    results.first.click()
    public.wait_for_load_state("networkidle")
    assert report_id.split("-")[0] in public.locator("main").inner_text()
    assert public.locator("main svg.chart").count() >= 1
    public.goto(f"{server_url}/en/disclosure/reports/{report_id}/")
    report_text = public.locator("main").inner_text()
    assert "DA001" in report_text and "12.5" in report_text

    # 3. The enterprise amends the report, saying what changed and why.
    filer.goto(f"{server_url}/en/disclosure/manage/reports/{report_id}/")
    filer.get_by_role("button", name="Amend").click()
    filer.wait_for_load_state("networkidle")
    filer.goto(f"{server_url}/en/disclosure/manage/reports/{report_id}/basic/")
    filer.fill(
        "textarea[name=change_summary]", "Corrected the SO2 quantity at DA001 (a typing error)."
    )
    filer.get_by_role("button", name="Save").click()
    filer.wait_for_load_state("networkidle")
    _upload_discharges(filer, server_url, report_id, quantity="15.5")
    _sign_and_submit(filer, server_url, report_id)
    enterprise_context.close()

    # 4. The public report shows the amendment in its changelog, and the new figure. (A new
    # visitor: the first one's browser may keep the page for its max-age.)
    public = browser.new_context().new_page()
    public.goto(f"{server_url}/en/disclosure/reports/{report_id}/")
    amended = public.locator("main").inner_text()
    assert "Corrected the SO2 quantity at DA001" in amended
    assert "15.5" in amended
