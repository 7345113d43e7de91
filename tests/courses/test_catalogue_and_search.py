import datetime

import pytest
from django.utils import timezone

from courses.models import CourseIndexPage, CoursePage, CourseUnitPage, LessonPage
from tests.courses.builders import build_cohort, build_course

pytestmark = pytest.mark.django_db

PAGE_TYPES = [CourseIndexPage, CoursePage, CourseUnitPage, LessonPage]


@pytest.mark.parametrize("page_class", PAGE_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language_code", ["zh-hans", "en"])
def test_every_course_page_type_renders_in_both_languages(client, page_class, language_code):
    pages = page_class.objects.live().filter(locale__language_code=language_code)
    if page_class is LessonPage:
        pages = pages.filter(preview=True)
    page = pages.first()
    assert page is not None

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_demo_auditor_course_has_five_days_and_at_least_twenty_lessons():
    course = CoursePage.objects.get(locale__language_code="en", slug="cp-auditor-course")

    units = CourseUnitPage.objects.child_of(course)
    lessons = LessonPage.objects.descendant_of(course)

    assert units.count() == 5
    assert lessons.count() >= 20
    assert course.duration_days == 5


def test_every_track_has_a_demo_course_in_both_languages():
    for track in CoursePage.Track.values:
        for language_code in ("zh-hans", "en"):
            assert (
                CoursePage.objects.live()
                .filter(track=track, locale__language_code=language_code)
                .exists()
            ), (track, language_code)


def _catalogue(client, query: str = "") -> list[str]:
    response = client.get("/courses/" + query)
    assert response.status_code == 200
    return [course.slug for course in response.context["courses"]]


def test_catalogue_filters_by_track(client):
    slugs = _catalogue(client, "?track=university")

    assert slugs
    assert "cp-auditor-course" not in slugs
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
    later = timezone.localdate() + datetime.timedelta(days=200)

    none_that_late = _catalogue(client, f"?starts_after={later.isoformat()}")
    from_today = _catalogue(client, f"?starts_after={timezone.localdate().isoformat()}")

    assert none_that_late == []
    assert "cp-auditor-course" in from_today


def test_catalogue_ignores_malformed_filters(client):
    assert _catalogue(client, "?track=nope&starts_after=not-a-date") == _catalogue(client)


def test_search_finds_a_lesson_by_a_chinese_term(client):
    response = client.get("/search/", {"query": "物料平衡"})

    results = list(response.context["search_results"])
    assert any(isinstance(page, LessonPage) for page in results)


def test_search_finds_a_lesson_by_an_english_term(client):
    response = client.get("/en/search/", {"query": "payback period"})

    results = list(response.context["search_results"])
    assert any(isinstance(page, LessonPage) for page in results)
