"""Reading and writing curriculum files: every problem is reported with its file and line."""

import shutil
import tempfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from courses.curriculum_blocks import parse_body, render_body
from courses.curriculum_files import MAX_FILE_BYTES, read_curriculum
from courses.curriculum_markdown import html_to_markdown, markdown_to_html
from courses.curriculum_sync import load_curriculum
from tests.strategies import mutated_lines, upload_bytes

FIXTURE = Path(__file__).parent / "curriculum_fixture"
LESSON = "01-test-course/01-day-1/01-first-lesson"


@pytest.fixture
def curriculum(tmp_path) -> Path:
    root = tmp_path / "curriculum"
    shutil.copytree(FIXTURE, root)
    return root


def _problems(root: Path) -> list[str]:
    return [str(problem) for problem in read_curriculum(root)[1]]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_the_fixture_has_no_problems(curriculum):
    catalogue, problems = read_curriculum(curriculum)

    assert problems == []
    assert [node.kind for node in catalogue.walk()] == [
        "catalogue",
        "course",
        "unit",
        "lesson",
        "lesson",
    ]


def test_bad_yaml_is_reported_with_file_and_line(curriculum):
    (curriculum / LESSON / "lesson.yaml").write_text("slug: first-lesson\nrequired: [yes\n")

    assert _problems(curriculum) == [
        "curriculum/01-test-course/01-day-1/01-first-lesson/lesson.yaml:3: "
        "invalid YAML: expected ',' or ']', but got '<stream end>'"
    ]


def test_a_wrong_field_value_names_the_line_of_the_field(curriculum):
    _replace(curriculum / LESSON / "lesson.yaml", "estimated_minutes: 30", "estimated_minutes: -5")

    (problem,) = _problems(curriculum)
    assert problem.startswith("curriculum/01-test-course/01-day-1/01-first-lesson/lesson.yaml:2:")
    assert "estimated_minutes" in problem


def test_an_unknown_fence_names_the_markdown_line(curriculum):
    _replace(curriculum / LESSON / "en.md", "```glossary", "```quiz")

    (problem,) = _problems(curriculum)
    assert problem.startswith("curriculum/01-test-course/01-day-1/01-first-lesson/en.md:20: ")
    assert "unknown block 'quiz'" in problem


def test_an_unknown_field_inside_a_fence_names_its_line(curriculum):
    _replace(curriculum / LESSON / "zh.md", "title: 要点\n", "title: 要点\ncolour: red\n")

    assert _problems(curriculum) == [
        "curriculum/01-test-course/01-day-1/01-first-lesson/zh.md:16: "
        "unknown field 'colour' in callout"
    ]


def test_a_missing_translation_is_reported(curriculum):
    (curriculum / LESSON / "en.md").unlink()

    assert _problems(curriculum) == [
        "curriculum/01-test-course/01-day-1/01-first-lesson/en.md: file is missing"
    ]


def test_a_badly_named_folder_is_reported(curriculum):
    (curriculum / "01-test-course/01-day-1/lesson three").mkdir()

    assert _problems(curriculum) == [
        "curriculum/01-test-course/01-day-1/lesson three: "
        "folder names are NN-slug (e.g. 01-introduction)"
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"---\ntitle: x\n---\n\nText\x00more\n", "en.md:5: file contains a NUL byte"),
        (b"---\ntitle: x\n---\n\n\xff\xfe\n", "en.md:5: file is not UTF-8 text"),
        (b"x" * (MAX_FILE_BYTES + 1), "en.md: file is larger than 512 KB"),
        (b"---\ntitle: x\n", "en.md:1: front matter is not closed with a --- line"),
        (
            b"---\ntitle: x\n---\n\n\x1bText\n",
            "en.md:5: file contains the control character '\\x1b'",
        ),
    ],
)
def test_hostile_files_are_reported_not_raised(curriculum, content, expected):
    (curriculum / LESSON / "en.md").write_bytes(content)

    (problem,) = _problems(curriculum)
    assert problem.endswith(expected)


def test_deeply_nested_yaml_is_refused(curriculum):
    (curriculum / LESSON / "lesson.yaml").write_text("slug: " + "[" * 100_000)

    assert _problems(curriculum) == [
        "curriculum/01-test-course/01-day-1/01-first-lesson/lesson.yaml:1: "
        "invalid YAML: nested too deeply"
    ]


def test_yaml_aliases_are_refused(curriculum):
    (curriculum / LESSON / "lesson.yaml").write_text(
        "a: &a [1, 2]\nb: [*a, *a, *a]\nslug: first-lesson\n"
    )

    problems = _problems(curriculum)
    assert problems[0] == (
        "curriculum/01-test-course/01-day-1/01-first-lesson/lesson.yaml:2: "
        "invalid YAML: aliases (*name) are not allowed"
    )


@pytest.mark.django_db
def test_a_self_check_without_a_correct_answer_fails_the_whole_load(curriculum):
    _replace(
        curriculum / "01-test-course/01-day-1/02-second-lesson/en.md",
        "correct: true",
        "correct: false",
    )

    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("load_curriculum", str(curriculum), "--publish")
    assert not Page.objects.filter(slug="test-courses").exists()


@pytest.mark.django_db
def test_block_rule_errors_name_the_file_and_line(curriculum, capsys):
    _replace(curriculum / LESSON / "zh.md", "kind: key_point", "kind: joke")

    with pytest.raises(CommandError):
        call_command("load_curriculum", str(curriculum))
    errors = capsys.readouterr().err
    assert (
        "curriculum/01-test-course/01-day-1/01-first-lesson/zh.md:14: kind: Select a valid choice."
        in errors
    )


def test_raw_html_in_markdown_stays_text():
    assert markdown_to_html("<script>alert(1)</script>") == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )


def test_links_must_be_web_or_mail_links():
    problems: list = []

    parse_body("See [x](/admin/).\n", file_name="f.md", line_offset=0, problems=problems)

    assert [str(problem) for problem in problems] == [
        "f.md:1: links must start with http://, https:// or mailto: ('/admin/')"
    ]


def test_a_script_link_stays_text():
    assert markdown_to_html("[x](javascript:alert(1))") == "<p>[x](javascript:alert(1))</p>"


def test_bold_chinese_text_starting_with_punctuation_is_bold():
    assert markdown_to_html("是**“预防为主”**的") == "<p>是<b>“预防为主”</b>的</p>"


def test_two_paragraph_blocks_in_a_row_survive_a_round_trip():
    body = [
        {"type": "paragraph", "value": "<p>One</p>"},
        {"type": "paragraph", "value": "<p>Two</p>"},
    ]
    problems: list = []

    parsed, _ = parse_body(render_body(body), file_name="f.md", line_offset=0, problems=problems)

    assert problems == []
    assert parsed == body


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 清洁*_`[]<>&#-+1.!\\()|~=:;"), min_size=1))
def test_any_text_in_paragraphs_lists_and_bold_round_trips(text):
    text = " ".join(text.split())
    assume(text)
    source = f"<p><b>{_escape(text)}</b> and {_escape(text)}</p><ul><li>{_escape(text)}</li></ul>"

    assert markdown_to_html(html_to_markdown(source)) == source


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _read_with(relative: str, content: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "curriculum"
        shutil.copytree(FIXTURE, root)
        (root / relative).write_bytes(content)
        catalogue, problems = read_curriculum(root)
        assert catalogue is not None or problems
        return [str(problem) for problem in problems]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([f"{LESSON}/en.md", f"{LESSON}/lesson.yaml", "catalogue.yaml"]),
    upload_bytes(),
)
def test_any_bytes_in_any_file_are_read_or_reported(relative, content):
    _read_with(relative, content)


@settings(max_examples=150, deadline=None)
@given(
    mutated_lines(
        (FIXTURE / "01-test-course/01-day-1/02-second-lesson/en.md").read_text(),
        st.sampled_from(["```", "```table", "- - a", "rows: 1", "  x", "---", "#", ": :", "*"]),
    )
)
def test_a_damaged_lesson_file_is_read_or_reported(text):
    _read_with("01-test-course/01-day-1/02-second-lesson/en.md", text.encode())


@pytest.mark.django_db
@settings(max_examples=40, deadline=None)
@given(
    mutated_lines(
        (FIXTURE / "01-test-course/01-day-1/02-second-lesson/en.md").read_text(),
        st.sampled_from(
            ["  - null", "  correct: yes", "- text: 1", "options: 3", "rows: [[1]]", "kind: x"]
        ),
    )
)
def test_a_damaged_lesson_is_reported_by_the_loader_not_raised(text):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "curriculum"
        shutil.copytree(FIXTURE, root)
        (root / "01-test-course/01-day-1/02-second-lesson/en.md").write_text(text)

        result = load_curriculum(root=root, dry_run=True)

    assert result.problems or result.count("create") == 10


def test_a_self_check_whose_options_are_not_a_list_is_a_problem(curriculum):
    _replace(
        curriculum / "01-test-course/01-day-1/02-second-lesson/en.md",
        "explanation: Because.",
        "options: 3",
    )

    assert _problems(curriculum) == [
        "curriculum/01-test-course/01-day-1/02-second-lesson/en.md:27: 'options' must be a list"
    ]
