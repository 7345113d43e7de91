"""The demo courses: loaded from the shipped curriculum files, one on every track."""

import pytest

from courses.curriculum_sync import export_curriculum, load_curriculum
from courses.models import CoursePage, CourseUnitPage, LessonPage
from demo.loaders.courses import CURRICULUM_ROOT

pytestmark = pytest.mark.django_db


def test_demo_auditor_course_has_five_days_and_at_least_twenty_lessons():
    course = CoursePage.objects.get(locale__language_code="en", slug="cp-auditor-course")

    units = CourseUnitPage.objects.child_of(course)
    lessons = LessonPage.objects.descendant_of(course)

    assert units.count() == 5
    assert lessons.count() >= 20
    assert course.duration_days == 5


def test_every_track_has_a_demo_course_in_both_languages():
    assert CoursePage.Track.values
    for track in CoursePage.Track.values:
        for language_code in ("zh-hans", "en"):
            assert (
                CoursePage.objects.live()
                .filter(track=track, locale__language_code=language_code)
                .exists()
            ), (track, language_code)


def test_the_demo_site_holds_exactly_the_curriculum_files(tmp_path):
    files, problems = export_curriculum(root=tmp_path, catalogue_slug="courses")

    assert problems == []
    expected = {
        path.relative_to(CURRICULUM_ROOT): path.read_text()
        for path in CURRICULUM_ROOT.rglob("*")
        if path.is_file()
    }
    assert len(expected) > 100
    assert {path.relative_to(tmp_path): text for path, text in files.items()} == expected


def test_loading_the_curriculum_files_into_the_demo_again_would_change_nothing():
    result = load_curriculum(root=CURRICULUM_ROOT, publish=True, dry_run=True)

    assert result.problems == []
    assert result.changes == []
