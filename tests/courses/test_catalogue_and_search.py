import datetime

import pytest
from django.utils import timezone

from courses.models import CourseIndexPage, CoursePage, CourseUnitPage, LessonPage
from tests.courses.builders import build_cohort, build_course, edit_lesson, lessons_of

pytestmark = pytest.mark.django_db

PAGE_TYPES = [CourseIndexPage, CoursePage, CourseUnitPage, LessonPage]


@pytest.mark.parametrize("page_class", PAGE_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language_code", ["zh-hans", "en"])
def test_every_course_page_type_renders_in_both_languages(client, page_class, language_code):
    course = build_course(with_english=True)
    edit_lesson(lessons_of(course)[0], preview=True)
    pages = page_class.objects.live().filter(locale__language_code=language_code)
    if page_class is LessonPage:
        pages = pages.filter(preview=True)
    page = pages.first()
    assert page is not None

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.title in response.content.decode()


def _catalogue(client, query: str = "") -> list[str]:
    response = client.get("/courses/" + query)
    assert response.status_code == 200
    return [course.slug for course in response.context["courses"]]


def test_catalogue_filters_by_track(client):
    auditor = build_course(track=CoursePage.Track.AUDITOR)
    build_course(track=CoursePage.Track.UNIVERSITY)
    build_course(track=CoursePage.Track.UNIVERSITY)

    slugs = _catalogue(client, "?track=university")

    assert len(slugs) == 2
    assert auditor.slug not in slugs
    assert all(
        CoursePage.objects.get(slug=slug, locale__language_code="zh-hans").track == "university"
        for slug in slugs
    )


def test_catalogue_filters_by_language_of_instruction(client):
    english_only = build_course(instruction_language=CoursePage.InstructionLanguage.ENGLISH)

    slugs = _catalogue(client, "?language=en")

    assert slugs == [english_only.slug]


def test_catalogue_filters_by_format(client):
    cohort_only = build_course(self_paced=False)
    build_cohort(course=cohort_only, delivery="online")

    online = _catalogue(client, "?format=online")
    self_paced = _catalogue(client, "?format=self_paced")

    assert cohort_only.slug in online
    assert cohort_only.slug not in self_paced


def test_catalogue_filters_by_upcoming_cohort_dates(client):
    course = build_course(self_paced=False)
    cohort = build_cohort(course=course)
    cohort.starts_on = timezone.localdate() + datetime.timedelta(days=30)
    cohort.ends_on = cohort.starts_on + datetime.timedelta(days=4)
    cohort.save(update_fields=["starts_on", "ends_on"])
    started = build_course(self_paced=False)
    build_cohort(course=started)  # began yesterday
    later = timezone.localdate() + datetime.timedelta(days=200)

    none_that_late = _catalogue(client, f"?starts_after={later.isoformat()}")
    from_today = _catalogue(client, f"?starts_after={timezone.localdate().isoformat()}")

    assert none_that_late == []
    assert from_today == [course.slug]


def test_catalogue_ignores_malformed_filters(client):
    assert _catalogue(client, "?track=nope&starts_after=not-a-date") == _catalogue(client)


def _lesson_on_material_balances() -> None:
    lesson = lessons_of(build_course(with_english=True))[0]
    edit_lesson(
        lesson,
        body=[("paragraph", "<p>审核阶段要做物料平衡并找出损失的去向。</p>")],
        body_en="Work out the simple payback period of each option.",
    )


def test_search_finds_a_lesson_by_a_chinese_term(client):
    _lesson_on_material_balances()

    response = client.get("/search/", {"query": "物料平衡"})

    results = list(response.context["search_results"])
    assert any(isinstance(page, LessonPage) for page in results)


def test_search_finds_a_lesson_by_an_english_term(client):
    _lesson_on_material_balances()

    response = client.get("/en/search/", {"query": "payback period"})

    results = list(response.context["search_results"])
    assert any(isinstance(page, LessonPage) for page in results)
