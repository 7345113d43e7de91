"""load_curriculum and export_curriculum against a small fixture curriculum."""

import shutil
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from courses.curriculum_files import read_curriculum, write_files
from courses.curriculum_sync import export_curriculum, load_curriculum
from courses.models import CourseIndexPage, CoursePage, CurriculumLoadRecord, LessonPage
from tests.strategies import mutated_lines

FIXTURE = Path(__file__).parent / "curriculum_fixture"
LESSON = "01-test-course/01-day-1/01-first-lesson"

pytestmark = pytest.mark.django_db


@pytest.fixture
def curriculum(tmp_path) -> Path:
    root = tmp_path / "curriculum"
    shutil.copytree(FIXTURE, root)
    return root


def _lesson(language: str, slug: str = "first-lesson") -> LessonPage:
    return LessonPage.objects.get(slug=slug, locale__language_code=language)


def _test_pages():
    catalogue = Page.objects.filter(slug="test-courses")
    return Page.objects.filter(
        pk__in=[page.pk for root in catalogue for page in root.get_descendants(inclusive=True)]
    )


def test_load_creates_every_page_in_chinese_and_english(curriculum):
    result = load_curriculum(root=curriculum, publish=True)

    assert result.problems == []
    assert result.count("create") == 10  # catalogue, course, unit, two lessons; twice
    zh, en = _lesson("zh-hans"), _lesson("en")
    assert (zh.title, en.title) == ("第一课", "First lesson")
    assert zh.translation_key == en.translation_key
    assert zh.live and en.live
    assert [block.block_type for block in zh.body] == [
        "heading",
        "paragraph",
        "callout",
        "glossary",
    ]
    assert (
        zh.body[1].value.source
        == "<p>清洁生产是<b>“预防为主”</b>的策略。</p><ul><li>源头削减</li><li>过程控制</li></ul>"
    )
    course = CoursePage.objects.get(slug="test-course", locale__language_code="en")
    assert course.outcome_list() == ["Explain what CP is", "Run an audit"]
    assert course.prerequisites == "<p>No <b>previous</b> course is needed.</p>"


def test_pages_are_drafts_unless_publishing_is_asked_for(curriculum):
    load_curriculum(root=curriculum)

    lesson = _lesson("en")
    assert not lesson.live
    assert lesson.get_latest_revision() is not None


def test_a_second_load_changes_nothing_and_adds_no_revision(curriculum):
    load_curriculum(root=curriculum, publish=True)
    revisions = Revision.objects.count()

    result = load_curriculum(root=curriculum, publish=True)

    assert result.problems == []
    assert result.changes == []
    assert Revision.objects.count() == revisions


def test_one_changed_line_makes_one_revision_of_one_page(curriculum):
    load_curriculum(root=curriculum, publish=True)
    before = set(Revision.objects.values_list("pk", flat=True))
    text_file = curriculum / LESSON / "en.md"
    text_file.write_text(
        text_file.read_text().replace("1. Source reduction", "1. Reducing waste at source")
    )

    result = load_curriculum(root=curriculum, publish=True)

    new_revisions = Revision.objects.exclude(pk__in=before)
    assert [change.action for change in result.changes] == ["update"]
    assert [int(revision.object_id) for revision in new_revisions] == [_lesson("en").pk]
    assert "<li>Reducing waste at source</li>" in _lesson("en").body[1].value.source
    assert "源头削减" in _lesson("zh-hans").body[1].value.source


def test_an_admin_edit_is_reported_as_drift_and_kept(curriculum):
    load_curriculum(root=curriculum, publish=True)
    edited = _lesson("en")
    edited.title = "First lesson, as the editor wants it"
    edited.save_revision().publish()
    text_file = curriculum / LESSON / "en.md"
    text_file.write_text(text_file.read_text().replace("title: First lesson", "title: Lesson 1"))

    result = load_curriculum(root=curriculum, publish=True)

    assert [(change.action, change.language) for change in result.changes] == [("drift", "en")]
    assert _lesson("en").title == "First lesson, as the editor wants it"


def test_overwrite_replaces_an_admin_edit_with_the_files(curriculum):
    load_curriculum(root=curriculum, publish=True)
    edited = _lesson("en")
    edited.title = "Edited in the admin"
    edited.save_revision().publish()

    result = load_curriculum(root=curriculum, publish=True, overwrite=True)

    assert [change.action for change in result.changes] == ["overwrite"]
    assert _lesson("en").title == "First lesson"


def test_an_unchanged_page_with_an_admin_edit_is_still_drift_on_the_next_change(curriculum):
    load_curriculum(root=curriculum, publish=True)
    edited = _lesson("zh-hans")
    edited.summary = "编辑修改的摘要"
    edited.save_revision()  # a draft counts too

    result = load_curriculum(root=curriculum, publish=True)

    assert [change.action for change in result.changes] == ["drift"]
    assert _lesson("zh-hans").get_latest_revision_as_object().summary == "编辑修改的摘要"


def test_a_dry_run_reports_the_changes_and_makes_none(curriculum):
    counts = (Page.objects.count(), Revision.objects.count(), CurriculumLoadRecord.objects.count())

    result = load_curriculum(root=curriculum, publish=True, dry_run=True)

    assert result.count("create") == 10
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        CurriculumLoadRecord.objects.count(),
    ) == counts


def test_the_dry_run_command_prints_what_would_change(curriculum):
    out = StringIO()

    call_command("load_curriculum", str(curriculum), "--dry-run", stdout=out)

    assert "create" in out.getvalue()
    assert "Dry run, nothing changed" in out.getvalue()
    assert not Page.objects.filter(slug="test-courses").exists()


def test_a_moved_lesson_folder_reorders_the_pages(curriculum):
    load_curriculum(root=curriculum, publish=True)
    unit = curriculum / "01-test-course/01-day-1"
    (unit / "01-first-lesson").rename(unit / "03-first-lesson")

    load_curriculum(root=curriculum, publish=True)

    day = _lesson("en").get_parent()
    assert [page.slug for page in day.get_children()] == ["second-lesson", "first-lesson"]


def test_export_then_load_then_export_is_lossless(curriculum, tmp_path):
    load_curriculum(root=curriculum, publish=True)
    first, problems = export_curriculum(root=tmp_path / "first", catalogue_slug="test-courses")
    assert problems == []
    assert first
    for path, text in first.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    result = load_curriculum(root=tmp_path / "first", publish=True)
    second, _ = export_curriculum(root=tmp_path / "first", catalogue_slug="test-courses")

    assert result.changes == []
    assert second == first
    loaded, _ = read_curriculum(curriculum)
    exported, _ = read_curriculum(tmp_path / "first")
    assert [node.fields for node in exported.walk()] == [node.fields for node in loaded.walk()]


def test_the_export_command_refuses_to_overwrite_a_folder_that_is_not_a_curriculum(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")

    with pytest.raises(CommandError, match="not empty"):
        call_command("export_curriculum", str(tmp_path))
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_the_catalogue_keeps_one_translation_key_per_page(curriculum):
    load_curriculum(root=curriculum, publish=True)

    catalogues = CourseIndexPage.objects.filter(slug="test-courses")
    assert {page.locale.language_code for page in catalogues} == {"zh-hans", "en"}
    assert len({page.translation_key for page in catalogues}) == 1
    assert _test_pages().count() == 10


# The shipped curriculum (courses/curriculum/) against the demo site that loads it:
# tests/demo/test_demo_courses.py.


def _add_to_lesson(curriculum: Path, language: str, markdown: str) -> None:
    text_file = curriculum / LESSON / f"{language}.md"
    text_file.write_text(text_file.read_text() + "\n" + markdown)


def test_a_document_block_names_an_uploaded_document_by_title(curriculum, tmp_path):
    document = get_document_model().objects.create(
        title="Audit guide", file=ContentFile(b"%PDF-1.4", name="audit-guide.pdf")
    )
    fence = "```document\ndocument: Audit guide\ntitle: Download the guide\n```\n"
    for language in ("zh", "en"):
        _add_to_lesson(curriculum, language, fence)

    result = load_curriculum(root=curriculum, publish=True)
    files, problems = export_curriculum(root=tmp_path, catalogue_slug="test-courses")

    assert result.problems == []
    block = _lesson("en").body[-1]
    assert (block.block_type, block.value["document"]) == ("document", document)
    assert problems == []
    assert files[tmp_path / LESSON / "en.md"].endswith(fence)


def test_an_unknown_document_title_is_a_problem_with_its_line(curriculum):
    _add_to_lesson(curriculum, "en", "```document\ndocument: No such file\n```\n")

    result = load_curriculum(root=curriculum, publish=True)

    assert [str(problem) for problem in result.problems] == [
        f"curriculum/{LESSON}/en.md:25: no document titled 'No such file': "
        "upload it in the admin first"
    ]
    assert not Page.objects.filter(slug="test-courses").exists()


def test_a_course_description_is_loaded_from_the_course_folder(curriculum):
    for language in ("zh", "en"):
        (curriculum / "01-test-course" / f"{language}.md").write_text(
            "## About\n\nWhy this course.\n"
        )

    load_curriculum(root=curriculum, publish=True)

    course = CoursePage.objects.get(slug="test-course", locale__language_code="en")
    assert [(block.block_type, str(block.value)) for block in course.body] == [
        ("heading", "About"),
        ("paragraph", "<p>Why this course.</p>"),
    ]


def test_a_lesson_only_block_in_a_course_description_is_a_problem(curriculum):
    (curriculum / "01-test-course" / "en.md").write_text(
        "```glossary\nterm: CP\ndefinition: Cleaner production.\n```\n"
    )

    result = load_curriculum(root=curriculum)

    assert [str(problem) for problem in result.problems] == [
        "curriculum/01-test-course/en.md:1: glossary blocks are only for lessons"
    ]


def test_a_page_unpublished_in_the_admin_stays_offline(curriculum):
    load_curriculum(root=curriculum, publish=True)
    _lesson("en").unpublish()
    _replace_in(curriculum / LESSON / "en.md", "title: First lesson", "title: Lesson one")

    result = load_curriculum(root=curriculum, publish=True)

    assert [change.action for change in result.changes] == ["update", "kept-draft"]
    lesson = _lesson("en")
    assert not lesson.live
    assert lesson.get_latest_revision_as_object().title == "Lesson one"


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


# Lines an author might write in a lesson's text (the file checks have their own tests).
EDITED_LINES = [
    "- - nested",
    "- item",
    "1. x",
    "> quote",
    "### Sub-heading",
    "**bold** and *italic*",
    "<b>raw</b> & [link](https://example.org/a_(b))",
    "---",
    "## Heading #",
    "A line with a break\\",
    "`code` *a **b** c*",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    mutated_lines(
        (FIXTURE / LESSON / "en.md").read_text(),
        st.sampled_from(EDITED_LINES),
    )
)
def test_whatever_loads_exports_to_the_same_content(text):
    with tempfile.TemporaryDirectory() as folder:
        root, out = Path(folder) / "curriculum", Path(folder) / "out"
        shutil.copytree(FIXTURE, root)
        (root / LESSON / "en.md").write_text(text)
        result = load_curriculum(root=root, publish=True)
        assume(not result.problems)
        files, problems = export_curriculum(root=out, catalogue_slug="test-courses")
        write_files(files, out)

        assert problems == []
        loaded, exported = read_curriculum(root)[0], read_curriculum(out)[0]
        assert [node.fields for node in exported.walk()] == [node.fields for node in loaded.walk()]
