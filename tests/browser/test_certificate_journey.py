"""From a passed final exam to a certificate that anyone can verify, and that staff can revoke.

The browser cannot know the answer key, so the journey reads it from the server's database file
(as an examiner would know it) and answers every question correctly.
"""

import base64
import hashlib
import hmac
import io
import json
import re
import sqlite3
import struct
import time
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tests.browser.journeys import complete_every_lesson, enrol, sign_up_and_confirm

pytestmark = pytest.mark.browser

MODULE_URL = "/en/courses/introduction-to-cleaner-production/"
SAVED = "All answers saved"
ADMIN_EMAIL = "admin@cphub.example"
ADMIN_PASSWORD = "cphub-demo-2026"  # the demo data's published password
REASON = "Journey test: issued in error"


def _start_final_exam(page, server_url, mail_dir) -> int:
    sign_up_and_confirm(page, server_url, mail_dir)
    course_id = enrol(page, server_url, MODULE_URL)
    complete_every_lesson(page, server_url, MODULE_URL)
    page.goto(f"{server_url}/en/learning/courses/{course_id}/final-exam/")
    page.locator("main a[href*='/exams/']").first.click()
    page.wait_for_load_state("networkidle")
    page.locator("form[action*='/start/'] button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    match = re.search(r"/exams/attempts/(\d+)/", page.url)
    assert match, page.url
    return int(match.group(1))


def _answer_key(database, attempt_id: int) -> list[dict]:
    """Each drawn question with the correct answer in the order the trainee sees it."""
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT aq.position, aq.option_order, q.question_type, v.options,"
            " v.true_false_answer, v.numeric_answer, v.accepted_answers"
            " FROM exams_attemptquestion aq"
            " JOIN exams_questionversion v ON v.id = aq.version_id"
            " JOIN exams_question q ON q.id = v.question_id"
            " WHERE aq.attempt_id = ? ORDER BY aq.position",
            (attempt_id,),
        ).fetchall()
    key = []
    for position, order, kind, options, true_false, numeric, accepted in rows:
        options = json.loads(options or "[]")
        order = json.loads(order or "[]")
        correct = [shown for shown, stored in enumerate(order) if options[stored].get("correct")]
        accepted_texts = [text for texts in json.loads(accepted or "{}").values() for text in texts]
        answer = {
            "single": correct[:1],
            "multiple": correct,
            "true_false": "true" if true_false else "false",
            "numeric": format(Decimal(str(numeric)).normalize(), "f")
            if numeric is not None
            else None,
            "short_text": next(iter(accepted_texts), None),
        }.get(kind)
        key.append({"position": position, "kind": kind, "answer": answer})
    return key


def _answer_correctly(page, item: dict) -> None:
    position, kind, answer = item["position"], item["kind"], item["answer"]
    question = page.locator(f"[data-question='{position}']")
    assert question.get_attribute("data-kind") == kind
    assert answer not in (None, []), f"no key for question {position} ({kind})"
    if kind in ("single", "multiple"):
        for index in answer:
            page.locator(f"#q{position}-{index}").check()
    elif kind == "true_false":
        page.locator(f"#q{position}-{answer}").check()
    elif kind == "numeric":
        page.locator(f"#q{position}-value").fill(answer)
    elif kind == "short_text":
        page.locator(f"#q{position}-text").fill(answer)
    else:
        pytest.fail(f"question {position} is an {kind}: it would need an examiner")


def _wait_until_saved(page) -> None:
    page.wait_for_function(
        "text => document.querySelector('[data-exam-save-status]').textContent.includes(text)",
        arg=SAVED,
        timeout=15000,
    )


def _totp(secret: str, at: float) -> str:
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def _admin_totp_secret(database) -> str:
    with sqlite3.connect(database) as connection:
        (data,) = connection.execute(
            "SELECT a.data FROM mfa_authenticator a JOIN accounts_user u ON u.id = a.user_id"
            " WHERE u.email = ? AND a.type = 'totp'",
            (ADMIN_EMAIL,),
        ).fetchone()
    return json.loads(data)["secret"]


def _sign_in_as_admin(page, server_url, database) -> None:
    page.goto(server_url + "/en/accounts/login/")
    page.fill("input[name=login]", ADMIN_EMAIL)
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    assert "/2fa/authenticate/" in page.url, page.url
    # A code at the very end of its 30 s window may expire in flight: wait for a fresh one.
    if time.time() % 30 > 25:
        time.sleep(30 - time.time() % 30 + 0.5)
    page.fill("input[name=code]", _totp(_admin_totp_secret(database), time.time()))
    page.locator("form:has(input[name=code]) button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    assert "/2fa/authenticate/" not in page.url


def test_a_passed_exam_gives_a_certificate_that_verifies_until_staff_revoke_it(
    page, browser, server_url, server_database, mail_dir
):
    # 1-2. The trainee passes the final exam, every answer right.
    attempt_id = _start_final_exam(page, server_url, mail_dir)
    key = _answer_key(server_database, attempt_id)
    assert key and len(key) == page.locator("[data-question]").count()
    for item in key:
        _answer_correctly(page, item)
    _wait_until_saved(page)
    page.locator("button[name=submit]").click()
    page.wait_for_load_state("networkidle")
    assert f"/exams/attempts/{attempt_id}/result/" in page.url
    result = page.locator("main").inner_text()
    assert "100" in result and re.search(r"\bpass", result, re.IGNORECASE), result

    # 3. The certificate is listed; its PDF names the verification page, which says Valid.
    page.goto(server_url + "/en/account/certificates/")
    pdf_href = page.locator("main a[href$='.pdf']").first.get_attribute("href")
    number = re.search(r"/([^/]+)\.pdf$", pdf_href).group(1)
    assert number in page.locator("main").inner_text()
    with page.expect_download() as download_info:
        page.locator(f"main a[href$='{number}.pdf']").first.click()
    pdf = PdfReader(io.BytesIO(download_info.value.path().read_bytes()))
    pdf_text = "".join(page_.extract_text() for page_ in pdf.pages)
    assert number in pdf_text
    # Text extraction may break the printed URL across lines: read it without white space.
    verify_path = re.search(
        # Codes end in a check symbol that may also be one of * ~ $ = (Crockford's base 32).
        r"https?://[^/]+(/verify/[0-9A-Z*~$=]+/)",
        re.sub(r"\s+", "", pdf_text),
    ).group(1)
    # The printed URL has no language prefix (Chinese, the site's default); /en/ is the same
    # page in English.
    assert page.goto(server_url + verify_path).ok
    assert number in page.locator("main").inner_text()
    page.goto(server_url + "/en" + verify_path)
    verification = page.locator("main").inner_text()
    assert "Valid" in verification and "genuine and valid" in verification
    assert number in verification

    # 4. Staff, signed in with password and TOTP in their own browser, revoke it with a reason.
    staff_context = browser.new_context()
    try:
        staff = staff_context.new_page()
        _sign_in_as_admin(staff, server_url, server_database)
        staff.goto(f"{server_url}/admin/certificates/{number}/")
        assert staff.url.endswith(f"/admin/certificates/{number}/"), (
            staff.url + staff.locator("body").inner_text()[:1500]
        )
        staff.fill("#reason", REASON)
        # The "Revoke" button (the admin shows it in the staff member's own language).
        staff.locator("button[formaction$='/revoke/']").click()
        staff.wait_for_load_state("networkidle")
        assert staff.url.endswith(f"/admin/certificates/{number}/")
        assert REASON in staff.locator("body").inner_text()
    finally:
        staff_context.close()

    # 5. The public page now says so, with the reason (reloaded: it may be cached for a minute).
    assert page.url == server_url + "/en" + verify_path
    page.reload()
    verification = page.locator("main").inner_text()
    assert "Revoked" in verification and REASON in verification
    assert "genuine and valid" not in verification
