"""Taking a final exam in the browser: answers survive a reload and a lost connection."""

import pytest

from tests.browser.journeys import complete_every_lesson, enrol, sign_up_and_confirm

pytestmark = pytest.mark.browser

MODULE_URL = "/en/courses/introduction-to-cleaner-production/"
SAVED = "All answers saved"


def _start_final_exam(page, server_url, mail_dir) -> None:
    sign_up_and_confirm(page, server_url, mail_dir)
    course_id = enrol(page, server_url, MODULE_URL)
    complete_every_lesson(page, server_url, MODULE_URL)
    page.goto(f"{server_url}/en/learning/courses/{course_id}/final-exam/")
    page.locator("main a[href*='/exams/']").first.click()
    page.wait_for_load_state("networkidle")
    page.locator("form[action*='/start/'] button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert "/exams/attempts/" in page.url


def _answer(page, position: int) -> None:
    question = page.locator(f"[data-question='{position}']")
    kind = question.get_attribute("data-kind")
    if kind in ("single", "true_false"):
        question.locator("input[type=radio]").first.check()
    elif kind == "multiple":
        question.locator("input[type=checkbox]").first.check()
    elif kind == "numeric":
        question.locator(f"#q{position}-value").fill("1")
    elif kind in ("short_text", "essay"):
        question.locator("input[type=text], textarea").first.fill("预评估")


def _is_answered(page, position: int) -> bool:
    question = page.locator(f"[data-question='{position}']")
    kind = question.get_attribute("data-kind")
    if kind in ("single", "true_false", "multiple"):
        return question.locator("input:checked").count() > 0
    return bool(question.locator("input[type=text], textarea").first.input_value())


def _wait_until_saved(page) -> None:
    page.wait_for_function(
        "text => document.querySelector('[data-exam-save-status]').textContent.includes(text)",
        arg=SAVED,
        timeout=15000,
    )


def _question_count(page) -> int:
    return page.locator("[data-question]").count()


def _submit_and_read_result(page) -> str:
    page.locator("button[name=submit]").click()
    page.wait_for_load_state("networkidle")
    assert "/result/" in page.url
    return page.locator("main").inner_text()


def test_answers_survive_a_reload_and_the_result_follows_submission(page, server_url, mail_dir):
    _start_final_exam(page, server_url, mail_dir)

    _answer(page, 1)
    _wait_until_saved(page)
    page.reload()
    page.wait_for_load_state("networkidle")

    assert _is_answered(page, 1)
    for position in range(2, _question_count(page) + 1):
        _answer(page, position)
    _wait_until_saved(page)
    result = _submit_and_read_result(page)
    assert "%" in result


def test_answers_given_offline_reach_the_server_when_the_connection_returns(
    page, server_url, mail_dir
):
    _start_final_exam(page, server_url, mail_dir)
    attempt_id = page.url.rstrip("/").split("/")[-1]

    page.context.set_offline(True)
    _answer(page, 2)
    page.wait_for_function(
        "() => document.querySelector('[data-exam-save-status]').textContent.includes('Offline')",
        timeout=15000,
    )
    queued = page.evaluate(f"() => localStorage.getItem('cphub-attempt-{attempt_id}')")
    page.context.set_offline(False)
    _wait_until_saved(page)
    page.reload()
    page.wait_for_load_state("networkidle")

    assert queued
    assert _is_answered(page, 2)
    assert "%" in _submit_and_read_result(page)
