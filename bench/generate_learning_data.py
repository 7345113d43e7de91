"""Data for `make bench` (bench/dataset.py, bench/run.py): a trainee with 20 courses and a
logged-in session.

Run by bench/dataset.py when it builds the bench database and by bench/run.py before each run
(it is idempotent; the session is new each time), never by hand against a database you care
about. It adds the bench trainee bench.trainee@cphub.example and, through
courses.services (enrol, complete_lesson, withdraw):

- open enrolments in 20 courses: the demo courses (4, cp-auditor-course among them) and as many
  small courses as needed (16 with the demo data), each small course with 2 units x 3 lessons,
  published in the Chinese catalogue;
- an earlier enrolment in cp-auditor-course, withdrawn, kept as history: 21 enrolments in all;
- 1 to 5 completed lessons in every course;
- a session that logs the trainee in, as django.contrib.auth.login would.

It needs the environment of the benchmark's server (DJANGO_SETTINGS_MODULE, DATABASE_URL and the
SECRET_KEY the server will use, because the session's auth hash is signed with it), and prints
one line of JSON: the session cookie, the lesson URL to measure and the course titles that
/learning/ and /en/learning/ must list. A second run on the same database adds nothing.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import urllib.parse
from importlib import import_module
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

BENCH_EMAIL = "bench.trainee@cphub.example"
AUDITOR_SLUG = "cp-auditor-course"
COURSES = 20  # open enrolments, the demo course included
UNITS_PER_COURSE = 2
LESSONS_PER_UNIT = 3


def refuse_unsafe_database() -> None:
    """This script writes test data: never into the repository's own db.sqlite3."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        sys.exit("DATABASE_URL must point at the bench database (bench/dataset.py)")
    if url.startswith("sqlite:"):
        path = urllib.parse.urlsplit(url).path
        path = path[1:] if path.startswith("//") else path.lstrip("/")
        if Path(path).resolve() == (REPO_ROOT / "db.sqlite3").resolve():
            sys.exit("refusing to add bench data to the repository's db.sqlite3; use a copy")


def setup_django() -> None:
    refuse_unsafe_database()
    sys.path.insert(0, str(REPO_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def publish(page):
    page.save_revision().publish()
    return page


def ensure_course(index, number: int):
    """A live course of 2 units x 3 lessons under the Chinese catalogue (reused if present)."""
    from courses.models import CoursePage, CourseUnitPage, LessonPage

    slug = f"bench-course-{number:02d}"
    existing = CoursePage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        return existing
    tracks = CoursePage.Track.values
    course = CoursePage(
        title=f"基准测试课程 {number:02d}",
        slug=slug,
        summary="性能基准测试用的小课程。",
        audience="基准测试学员",
        learning_outcomes="说明清洁生产的概念\n完成一轮审核的准备工作",
        duration_hours=8,
        track=tracks[number % len(tracks)],
        instruction_language=CoursePage.InstructionLanguage.CHINESE,
        completion_rule=CoursePage.CompletionRule.REQUIRED_LESSONS,
        self_paced=True,
    )
    index.add_child(instance=course)
    publish(course)
    for unit_number in range(1, UNITS_PER_COURSE + 1):
        unit = CourseUnitPage(
            title=f"第{unit_number}单元",
            slug=f"unit-{unit_number}",
            number=unit_number,
            summary="本单元的课时。",
        )
        course.add_child(instance=unit)
        publish(unit)
        for lesson_number in range(1, LESSONS_PER_UNIT + 1):
            lesson = LessonPage(
                title=f"课时 {unit_number}.{lesson_number}",
                slug=f"lesson-{unit_number}-{lesson_number}",
                summary="基准测试课时。",
                estimated_minutes=20 + 5 * lesson_number,
                required=lesson_number != LESSONS_PER_UNIT,
                body=[("paragraph", f"<p>基准测试课时 {unit_number}.{lesson_number} 的正文。</p>")],
            )
            unit.add_child(instance=lesson)
            publish(lesson)
    return course


def ensure_trainee():
    from allauth.account.models import EmailAddress

    from accounts.models import User

    user, created = User.objects.get_or_create(
        email=BENCH_EMAIL,
        defaults={
            "full_name": "基准学员",
            "latin_name": "BENCH Trainee",
            "organisation": "CP Hub bench",
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=BENCH_EMAIL, verified=True, primary=True)
    return user


def lessons_of(course):
    from courses.models import LessonPage

    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def open_cohort(course):
    """A cohort of ``course`` taking enrolments now (for courses that are not self-paced)."""
    from django.utils import timezone

    from courses.models import Cohort

    now = timezone.now()
    return (
        Cohort.objects.filter(
            course__translation_key=course.translation_key,
            enrolment_opens__lte=now,
            enrolment_closes__gte=now,
        )
        .order_by("starts_on", "pk")
        .first()
    )


def enrol_and_progress(user, course, completed: int):
    """An open enrolment in ``course`` (self-paced, or else in a cohort taking enrolments) and
    its first ``completed`` lessons done; None if the course takes no enrolments now."""
    from courses import services
    from courses.models import Enrolment

    enrolment = Enrolment.objects.filter(
        user=user, course=course, status__in=Enrolment.OPEN_STATUSES
    ).first()
    if enrolment is None:
        cohort = None if course.self_paced else open_cohort(course)
        if not course.self_paced and cohort is None:
            return None
        enrolment = services.enrol(user=user, course=course, cohort=cohort)
    if enrolment.status == Enrolment.Status.ACTIVE:
        for lesson in lessons_of(course)[:completed]:
            services.complete_lesson(user=user, lesson=lesson)
    return enrolment


def withdrawn_earlier(user, course) -> None:
    """A withdrawn enrolment kept as history, as when a trainee left and came back."""
    from courses import services
    from courses.models import Enrolment

    if user.enrolments.filter(course=course, status=Enrolment.Status.WITHDRAWN).exists():
        return
    enrolment = enrol_and_progress(user, course, completed=2)
    services.withdraw(enrolment=enrolment, user=user)


def login_session(user) -> str:
    """A session as django.contrib.auth.login leaves it, stored by the configured engine."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = "accounts.backends.AuthenticationBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def path_of(page) -> str:
    return urllib.parse.urlsplit(page.get_url()).path


def main() -> None:
    setup_django()
    from django.conf import settings
    from django.db import transaction
    from wagtail.models import Locale

    from courses.models import CourseIndexPage, CoursePage, Enrolment

    chinese = Locale.objects.get(language_code="zh-hans")
    english = Locale.objects.filter(language_code="en").first()
    with transaction.atomic():
        index = CourseIndexPage.objects.get(locale=chinese)
        auditor = CoursePage.objects.get(locale=chinese, slug=AUDITOR_SLUG)
        user = ensure_trainee()
        withdrawn_earlier(user, auditor)
        enrolled = []
        # The other demo courses first (4 in all with the auditor course), then small courses
        # until there are 19; a course that takes no enrolments now is skipped.
        candidates = itertools.chain(
            CoursePage.objects.live().child_of(index).exclude(pk=auditor.pk).order_by("path"),
            (ensure_course(index, number) for number in itertools.count(1)),
        )
        for course in candidates:
            if len(enrolled) == COURSES - 1:
                break
            if enrol_and_progress(user, course, completed=1 + len(enrolled) % 5) is not None:
                enrolled.append(course)
        # The demo course last, so its enrolment is the most recent (top of /learning/).
        enrol_and_progress(user, auditor, completed=5)
        enrolled.append(auditor)
        session_key = login_session(user)

    # Not a public preview, so a 200 proves the enrolment.
    lesson = next(lesson for lesson in lessons_of(auditor) if not lesson.preview)
    auditor_en = auditor.get_translation_or_none(english) if english else None
    if auditor_en is not None and not auditor_en.live:
        auditor_en = None

    def localised(course, locale):
        """The course as /learning/ shows it in ``locale``: translated where live."""
        translated = course.get_translation_or_none(locale) if locale else None
        return translated if translated is not None and translated.live else course

    languages = {"zh-hans": chinese, "en": english}
    titles = {
        code: [localised(course, locale).title for course in enrolled]
        for code, locale in languages.items()
    }
    # One link to its course per enrolment, the withdrawn one included.
    links = {
        code: [
            path_of(localised(enrolment.course, locale))
            for enrolment in user.enrolments.select_related("course")
        ]
        for code, locale in languages.items()
    }
    report = {
        "user": user.email,
        "enrolments": user.enrolments.count(),
        "open_enrolments": user.enrolments.filter(status__in=Enrolment.OPEN_STATUSES).count(),
        "courses": len(enrolled),
        "cookie": f"{settings.SESSION_COOKIE_NAME}={session_key}",
        # The demo course in Chinese and, where translated, in English.
        "course_urls": [path_of(page) for page in (auditor, auditor_en) if page is not None],
        "lesson_url": path_of(lesson),
        "titles": titles,
        "links": links,
    }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
