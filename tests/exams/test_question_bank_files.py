# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""The question bank as YAML files: load_question_bank and export_question_bank."""

from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exams.exporters import export_question_bank, question_bank_text
from exams.forms import build_content
from exams.importers import (
    QUESTION_BANK_DIR,
    load_question_bank,
    question_bank_files,
    read_question_bank_file,
)
from exams.models import Question, QuestionVersion
from tests.exams.test_question_bank import draw
from tests.strategies import mutated_lines, upload_bytes

pytestmark = pytest.mark.django_db

LAW_FILE = """\
bank: auditor
topic: law
questions:
- code: QBF-001
  type: single
  difficulty: 1
  points: 1
  prompt_zh: |-
    谁负责？
  prompt_en: |-
    Who is responsible?
  options:
  - zh: 企业
    en: The enterprise
    correct: true
  - zh: 咨询机构
    en: The consultancy
    correct: false
  explanation_zh: |-
    企业是责任主体。
  explanation_en: |-
    The enterprise remains responsible.
- code: QBF-002
  type: true_false
  difficulty: 2
  points: 1
  prompt_zh: |-
    达标企业不需要审核。
  prompt_en: |-
    A compliant enterprise never needs an audit.
  correct: false
  explanation_zh: ''
  explanation_en: ''
- code: QBF-003
  type: numeric
  difficulty: 3
  points: 2
  prompt_zh: |-
    回收期是多少年？
  prompt_en: |-
    What is the payback period in years?
  numeric_answer: 0.1
  tolerance: 0.05
  tolerance_type: absolute
  unit: year
  explanation_zh: |-
    84÷28＝3.0
  explanation_en: |-
    84 ÷ 28 = 3.0
"""

DISCLOSURE_FILE = """\
bank: officer
topic: disclosure
questions:
- code: QBF-101
  type: short_text
  difficulty: 2
  points: 1
  prompt_zh: |-
    披露报告的截止日期？
  prompt_en: |-
    When is the disclosure report due?
  accepted_zh:
  - 3月15日
  accepted_en:
  - 15 March
  - March 15
  explanation_zh: ''
  explanation_en: ''
- code: QBF-102
  type: multiple
  difficulty: 2
  points: 1
  prompt_zh: |-
    哪些需要披露？
  prompt_en: |-
    What must be disclosed?
  options:
  - zh: 审核原因
    en: 'Why: the reason for the audit'
    correct: true
  - zh: 实施情况
    en: The implementation
    correct: true
  - zh: 员工生日
    en: Staff birthdays
    correct: false
  partial_credit: proportional
  explanation_zh: ''
  explanation_en: ''
- code: QBF-103
  type: essay
  difficulty: 3
  points: 10
  prompt_zh: |-
    案例分析。
  prompt_en: |-
    Case study.
  rubric_zh: |-
    评分要点：
    1. 原因（5分）
  rubric_en: |-
    Marking scheme:
    1. Reason (5 points)
  explanation_zh: ''
  explanation_en: ''
"""

CODES = ["QBF-001", "QBF-002", "QBF-003", "QBF-101", "QBF-102", "QBF-103"]


def write_bank(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


@pytest.fixture
def bank(tmp_path) -> Path:
    return write_bank(
        tmp_path / "bank",
        {"auditor/law.yaml": LAW_FILE, "officer/disclosure.yaml": DISCLOSURE_FILE},
    )


def line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if fragment in line)


def versions() -> dict[str, int]:
    return dict(
        QuestionVersion.objects.filter(question__code__in=CODES).values_list(
            "question__code", "number"
        )
    )


# --- Loading ----------------------------------------------------------------------------------


def test_loading_creates_every_question_with_its_bank_topic_and_key(bank):
    result = load_question_bank(bank)

    assert result.ok, result.errors
    assert result.created == 6
    numeric = Question.objects.get(code="QBF-003")
    assert (numeric.bank, numeric.topic, numeric.difficulty) == ("auditor", "law", 3)
    assert numeric.current_version.numeric_answer == Decimal("0.1")
    assert numeric.current_version.unit == "year"
    choice = Question.objects.get(code="QBF-102").current_version
    assert [option["correct"] for option in choice.options] == [True, True, False]
    assert choice.options[0]["en"] == "Why: the reason for the audit"
    assert choice.partial_credit == "proportional"
    short = Question.objects.get(code="QBF-101").current_version
    assert short.accepted_answers == {"zh": ["3月15日"], "en": ["15 March", "March 15"]}
    assert Question.objects.get(code="QBF-103").current_version.rubric_en == (
        "Marking scheme:\n1. Reason (5 points)"
    )
    assert Question.objects.get(code="QBF-002").current_version.true_false_answer is False


def test_a_second_run_changes_nothing(bank):
    load_question_bank(bank)
    before = list(QuestionVersion.objects.filter(question__code__in=CODES).values())

    result = load_question_bank(bank)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 6)
    assert list(QuestionVersion.objects.filter(question__code__in=CODES).values()) == before


def test_one_changed_line_makes_one_new_version_of_one_drawn_question(bank):
    load_question_bank(bank)
    questions = list(Question.objects.filter(code__in=CODES))
    assert len(questions) == len(CODES)
    for question in questions:
        draw(question.current_version)
    law = bank / "auditor" / "law.yaml"
    law.write_text(LAW_FILE.replace("Who is responsible?", "Who is accountable?"), "utf-8")

    result = load_question_bank(bank)

    assert (result.updated, result.updated_codes) == (1, ["QBF-001"])
    assert versions() == {code: 2 if code == "QBF-001" else 1 for code in CODES}
    changed = Question.objects.get(code="QBF-001")
    assert changed.current_version.prompt_en == "Who is accountable?"
    assert changed.versions.get(number=1).prompt_en == "Who is responsible?"


def test_a_change_to_an_undrawn_question_edits_its_version_in_place(bank):
    load_question_bank(bank)
    law = bank / "auditor" / "law.yaml"
    law.write_text(LAW_FILE.replace("difficulty: 1", "difficulty: 2"), "utf-8")

    result = load_question_bank(bank)

    assert result.updated_codes == ["QBF-001"]
    assert Question.objects.get(code="QBF-001").difficulty == 2
    assert versions()["QBF-001"] == 1


def test_a_single_file_can_be_loaded(bank):
    result = load_question_bank(bank / "officer" / "disclosure.yaml")

    assert result.created_codes == ["QBF-101", "QBF-102", "QBF-103"]


def test_a_problem_is_reported_with_its_file_and_line_and_nothing_is_saved(bank):
    broken = LAW_FILE.replace("    correct: true\n", "    correct: maybe\n", 1)
    law = write_bank(bank, {"auditor/law.yaml": broken}) / "auditor" / "law.yaml"

    result = load_question_bank(bank)

    assert [str(error) for error in result.errors] == [
        f"{law}:{line_of(broken, 'correct: maybe')}: “correct”: write true or false."
    ]
    assert not Question.objects.filter(code__in=CODES).exists()


def test_a_rule_of_the_importer_is_reported_against_the_key_that_breaks_it(bank):
    broken = LAW_FILE.replace("    correct: true\n", "    correct: false\n", 1)
    law = write_bank(bank, {"auditor/law.yaml": broken}) / "auditor" / "law.yaml"

    result = load_question_bank(bank)

    assert [str(error) for error in result.errors] == [
        f"{law}:{line_of(broken, 'options:')}: QBF-001: options: "
        "Mark exactly one option as correct (0 marked)."
    ]


def test_every_problem_in_every_file_is_reported(bank):
    write_bank(
        bank,
        {
            "auditor/law.yaml": LAW_FILE.replace("unit: year", "unit: parsec"),
            "officer/disclosure.yaml": DISCLOSURE_FILE.replace("difficulty: 3", "difficulty: 7"),
        },
    )

    result = load_question_bank(bank)

    messages = [str(error) for error in result.errors]
    assert len(messages) == 2
    assert messages[0].startswith(f"{bank / 'auditor' / 'law.yaml'}:")
    assert "QBF-003: unit: unknown unit “parsec”" in messages[0]
    assert messages[1].startswith(f"{bank / 'officer' / 'disclosure.yaml'}:")
    assert "QBF-103: difficulty:" in messages[1]
    assert not Question.objects.filter(code__in=CODES).exists()


def test_a_code_used_in_two_files_names_both(bank):
    copy = DISCLOSURE_FILE.replace("QBF-101", "QBF-001")
    disclosure = write_bank(bank, {"officer/disclosure.yaml": copy}) / "officer/disclosure.yaml"

    result = load_question_bank(bank)

    law = bank / "auditor" / "law.yaml"
    assert [str(error) for error in result.errors] == [
        f"{disclosure}:4: The code “QBF-001” is already used in {law}, line 4."
    ]


def test_an_unknown_topic_is_reported_once_on_the_topic_line(bank):
    write_bank(bank, {"auditor/law.yaml": LAW_FILE.replace("topic: law", "topic: astrology")})

    result = load_question_bank(bank)

    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith(f"{bank / 'auditor' / 'law.yaml'}:2: topic: unknown")


def test_a_key_of_another_question_type_is_refused(bank):
    write_bank(bank, {"auditor/law.yaml": LAW_FILE.replace("  unit: year\n", "  rubric_zh: x\n")})

    result = load_question_bank(bank)

    assert [error.message for error in result.errors] == [
        "“rubric_zh” does not belong to a numeric question."
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("bank: auditor\ntopic: law\nquestions: [\n", 4, "not valid YAML"),
        ("bank: auditor\ntopic: law\x00\n", 2, "(U+0000)"),
        ('bank: auditor\ntopic: law\nquestions:\n- code: "A\\0B"\n', 4, "NUL"),
        ("bank: auditor\ntopic: law\nquestions:\n- code: X\n  points: 1e999999\n", 5, "points"),
        ("bank: auditor\ntopic: law\nquestions:\n- code: X\n  difficulty: 99999999999\n", 5, "1"),
        ("bank: auditor\ntopic: law\nquestions:\n- &q {code: X}\n- *q\n", 5, "aliases"),
        ("bank: !!python/object:os.system x\n", 1, "tags"),
        ("bank: auditor\nbank: officer\n", 2, "repeated"),
        ("- just\n- a list\n", 1, "mapping"),
        ("bank: auditor\ntopic: law\nquestions: []\n", 3, "list of questions"),
        ("[" * 5000, 1, "nest"),
        ("bank: auditor\ntopic: law\nquestions:\n- prompt_zh: [[[[[[[[1]]]]]]]]\n", 4, "deeply"),
        ("中文中文: 1\n中文中文: 2\nx: \x00\n", 3, "(U+0000)"),
        ("", 1, "mapping"),
    ],
)
def test_hostile_files_are_reported_not_crashed(tmp_path, text, line, fragment):
    path = tmp_path / "bad.yaml"
    path.write_text(text, "utf-8")

    result = load_question_bank(tmp_path)

    assert result.errors
    assert all(error.source == str(path) for error in result.errors)
    assert any(error.line == line and fragment in error.message for error in result.errors), [
        str(error) for error in result.errors
    ]
    assert not Question.objects.filter(code="X").exists()


def test_a_file_that_is_not_utf8_is_reported_with_its_line(tmp_path):
    (tmp_path / "bad.yaml").write_bytes(b"bank: auditor\ntopic: \xff\n")

    result = load_question_bank(tmp_path)

    assert [(error.line, error.message) for error in result.errors] == [
        (2, "The file is not UTF-8 text at this line.")
    ]


def test_an_unreadable_file_is_reported(bank, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)

    result = load_question_bank(bank)

    assert [str(error) for error in result.errors] == [
        f"{bank / 'auditor/law.yaml'}:0: The file cannot be read: Permission denied",
        f"{bank / 'officer/disclosure.yaml'}:0: The file cannot be read: Permission denied",
    ]


def test_an_oversize_file_is_reported_without_reading_it(bank, monkeypatch):
    monkeypatch.setattr("exams.importers.MAX_BYTES", 100)

    result = load_question_bank(bank)

    assert [(error.source, error.line) for error in result.errors] == [
        (str(bank / "auditor/law.yaml"), 0),
        (str(bank / "officer/disclosure.yaml"), 0),
    ]


def test_a_folder_without_bank_files_is_reported(tmp_path):
    result = load_question_bank(tmp_path)

    assert [error.line for error in result.errors] == [0]


# --- The commands -----------------------------------------------------------------------------


def test_dry_run_prints_what_would_change_and_saves_nothing(bank):
    output = StringIO()

    call_command("load_question_bank", str(bank), "--dry-run", stdout=output)

    assert f"Would create: {', '.join(CODES)}" in output.getvalue()
    assert "dry run: nothing saved" in output.getvalue()
    assert not Question.objects.filter(code__in=CODES).exists()


def test_dry_run_names_the_questions_that_would_change(bank):
    load_question_bank(bank)
    (bank / "auditor" / "law.yaml").write_text(LAW_FILE.replace("0.1", "0.2"), "utf-8")
    output = StringIO()

    call_command("load_question_bank", str(bank), "--dry-run", stdout=output)

    assert "Would update: QBF-003" in output.getvalue()
    assert Question.objects.get(code="QBF-003").current_version.numeric_answer == Decimal("0.1")


def test_the_command_fails_listing_each_problem(bank):
    write_bank(bank, {"auditor/law.yaml": LAW_FILE.replace("type: numeric", "type: poem")})
    errors = StringIO()

    with pytest.raises(CommandError, match="1 problem"):
        call_command("load_question_bank", str(bank), stderr=errors)

    assert f"{bank / 'auditor' / 'law.yaml'}:" in errors.getvalue()
    assert "unknown question type “poem”" in errors.getvalue()


def test_export_writes_files_that_read_back_byte_for_byte(bank, tmp_path):
    load_question_bank(bank)

    export_question_bank(tmp_path / "out", Question.objects.filter(code__in=CODES))

    assert (tmp_path / "out/auditor/law.yaml").read_text("utf-8") == LAW_FILE
    assert (tmp_path / "out/officer/disclosure.yaml").read_text("utf-8") == DISCLOSURE_FILE


def _load_the_shipped_bank() -> int:
    """Load exams/question_bank/ into the test database; returns how many questions it holds."""
    result = load_question_bank(QUESTION_BANK_DIR)
    assert result.ok, result.errors[:5]
    assert result.created > 0
    return result.created


def test_export_command_then_load_changes_nothing(tmp_path):
    _load_the_shipped_bank()
    call_command("export_question_bank", str(tmp_path), stdout=StringIO())

    result = load_question_bank(tmp_path)

    assert result.ok, result.errors[:5]
    assert result.unchanged == Question.objects.count() > 0
    assert (result.created, result.updated) == (0, 0)


def test_the_shipped_bank_exports_back_to_its_own_files(tmp_path):
    shipped = question_bank_files(QUESTION_BANK_DIR)
    assert _load_the_shipped_bank() == Question.objects.count()

    export_question_bank(tmp_path, Question.objects.all())

    assert len(shipped) == 24
    assert sorted(path.relative_to(tmp_path) for path in question_bank_files(tmp_path)) == [
        path.relative_to(QUESTION_BANK_DIR) for path in shipped
    ]
    for path in shipped:
        assert (tmp_path / path.relative_to(QUESTION_BANK_DIR)).read_text("utf-8") == (
            path.read_text("utf-8")
        ), path


# That the demo site holds exactly the shipped bank: tests/demo/test_demo_exams.py.


# --- Anything at all --------------------------------------------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
line_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", "  correct: true", "  - zh: x", "  type: essay", "- code: QBF-001", ": ", "  ", "\t"]
    ),
)


def assert_clean(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "fuzz.yaml").write_bytes(data)
    before = Question.objects.count()

    result = load_question_bank(tmp_path / "fuzz.yaml")

    for error in result.errors:
        assert error.source == str(tmp_path / "fuzz.yaml")
        assert error.line >= 0
        assert error.message
    assert Question.objects.count() == before + (0 if result.errors else result.created)


@FUZZ
@given(data=upload_bytes())
def test_any_bytes_give_a_clean_result(tmp_path, data):
    assert_clean(tmp_path, data)


@FUZZ
@given(text=mutated_lines(LAW_FILE, line_text))
def test_damaged_bank_files_load_all_or_nothing(tmp_path, text):
    assert_clean(tmp_path, text.encode("utf-8"))


# Lone surrogates cannot be written as UTF-8, so no database or file holds them.
any_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
some_text = any_text.filter(str.strip)


@FUZZ
@given(
    prompt=some_text,
    explanation=any_text,
    options=st.lists(st.tuples(some_text, some_text), min_size=2, max_size=4),
    numbers=st.tuples(
        st.decimals(min_value=-(10**12), max_value=10**12, places=6),
        st.decimals(min_value=0, max_value=10**6, places=6),
    ),
)
@example(  # YAML reads a NEL inside a literal block as a line break
    prompt="a\x85b",
    explanation="x\x85",
    options=[("\x85a", "b"), ("c", "d\r\n")],
    numbers=(Decimal("0.1"), Decimal(0)),
)
def test_any_text_and_numbers_survive_export_and_load(prompt, explanation, options, numbers):
    def read_back(kind: str, **fields) -> dict:
        question = Question(code="RT-1", bank="auditor", topic="law", question_type=kind)
        content = build_content(
            kind, prompt_zh=prompt, prompt_en=prompt, explanation_en=explanation, **fields
        )
        question.current_version = QuestionVersion(number=1, **content)
        text = question_bank_text(bank="auditor", topic="law", questions=[question])
        drafts, errors = read_question_bank_file(text.encode("utf-8"), source="rt.yaml")
        assert errors == []
        assert drafts[0].content == content
        return drafts[0].content

    choices = [{"zh": zh, "en": en, "correct": not index} for index, (zh, en) in enumerate(options)]
    read_back("single", options=choices)
    answer, tolerance = numbers
    read_back("numeric", numeric_answer=answer, numeric_tolerance=tolerance, unit="kg")
