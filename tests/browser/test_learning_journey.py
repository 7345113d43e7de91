"""A new trainee signs up, enrols, studies a module and sees the final exam unlock."""

import re
import uuid

import pytest

pytestmark = pytest.mark.browser

MODULE_URL = "/en/courses/introduction-to-cleaner-production/"
FIRST_LESSON_HREF = (
    "Array.from(document.querySelectorAll('main a'))"
    ".map(a => a.getAttribute('href'))"
    ".find(href => /\\/module-\\d+\\/[^/]+\\/$/.test(href || ''))"
)


def _confirmation_path(mail_dir, address: str) -> str:
    for message in sorted(mail_dir.iterdir()):
        text = message.read_text(encoding="utf-8")
        if address in text:
            match = re.search(r"https?://[^/\s]+(/\S*accounts/confirm-email/\S+/)", text)
            if match:
                return match.group(1)
    raise AssertionError(f"no confirmation email for {address}")


def _progress_value(page) -> int:
    bar = page.locator("main [role=progressbar], main progress").first
    value = bar.get_attribute("aria-valuenow") or bar.get_attribute("value")
    return round(float(value))


def _sign_up_and_confirm(page, server_url, mail_dir) -> None:
    address = f"journey-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(server_url + "/en/accounts/signup/")
    page.fill("input[name=email]", address)
    page.fill("input[name=full_name]", "Journey Trainee")
    page.fill("input[name=password1]", "a-Long-journey-passw0rd")
    page.fill("input[name=password2]", "a-Long-journey-passw0rd")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    page.goto(server_url + _confirmation_path(mail_dir, address))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")


def test_new_trainee_signs_up_enrols_completes_lessons_and_unlocks_the_exam(
    page, server_url, mail_dir
):
    _sign_up_and_confirm(page, server_url, mail_dir)

    page.goto(server_url + MODULE_URL)
    course_id = re.search(r"/learning/enrol/(\d+)/", page.content()).group(1)
    exam_url = f"{server_url}/en/learning/courses/{course_id}/final-exam/"
    page.locator("form[action*='/learning/enrol/'] button").first.click()
    page.wait_for_load_state("networkidle")
    assert _progress_value(page) == 0
    assert page.request.get(exam_url).status == 403

    page.goto(server_url + page.evaluate(FIRST_LESSON_HREF))
    seen = []
    for _ in range(20):  # bounded: the module has a handful of lessons
        seen.append(_progress_value(page))
        complete_and_continue = page.locator(
            "form[action*='/complete/']:has(input[name=next]) button"
        )
        if not complete_and_continue.count():
            page.locator("form[action*='/complete/'] button").first.click()
            page.wait_for_load_state("networkidle")
            break
        complete_and_continue.first.click()
        page.wait_for_load_state("networkidle")

    page.goto(server_url + MODULE_URL)
    assert _progress_value(page) == 100
    assert seen == sorted(seen)
    assert seen[-1] > seen[0] == 0
    page.locator("a[href*='/final-exam/']").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url == exam_url
    assert page.locator("h1").count() == 1
    assert page.request.get(exam_url).status == 200
