"""A new trainee signs up, enrols, studies a module and sees the final exam unlock."""

import pytest

from tests.browser.journeys import (
    complete_every_lesson,
    enrol,
    progress_value,
    sign_up_and_confirm,
)

pytestmark = pytest.mark.browser

MODULE_URL = "/en/courses/introduction-to-cleaner-production/"


def test_new_trainee_signs_up_enrols_completes_lessons_and_unlocks_the_exam(
    page, server_url, mail_dir
):
    sign_up_and_confirm(page, server_url, mail_dir)
    course_id = enrol(page, server_url, MODULE_URL)
    exam_url = f"{server_url}/en/learning/courses/{course_id}/final-exam/"
    assert progress_value(page) == 0
    assert page.request.get(exam_url).status == 403

    seen = complete_every_lesson(page, server_url, MODULE_URL)

    page.goto(server_url + MODULE_URL)
    assert progress_value(page) == 100
    assert seen == sorted(seen)
    assert seen[-1] > seen[0] == 0
    page.locator("a[href*='/final-exam/']").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url == exam_url
    assert page.locator("h1").count() == 1
    assert page.request.get(exam_url).status == 200
