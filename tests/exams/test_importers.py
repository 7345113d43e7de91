import csv
import io
import re
from decimal import Decimal
from xml.sax.saxutils import escape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from accounts.roles import Role
from exams.exporters import export_csv, export_moodle_xml, export_xlsx
from exams.importers import (
    COLUMNS,
    MAX_BYTES,
    MAX_ROWS,
    ImportResult,
    RowError,
    import_csv,
    import_moodle_xml,
    import_questions,
    import_xlsx,
    load_question_bank,
)
from exams.models import Question, QuestionType, QuestionVersion
from exams.services import VERSION_FIELDS
from tests.factories import make_user, use_english_admin
from tests.strategies import mutated_grid, upload_bytes, with_text_inserted

pytestmark = pytest.mark.django_db


def row(code: str, kind: str, **cells) -> dict:
    return {
        "code": code,
        "topic": "law",
        "type": kind,
        "prompt_zh": f"{code} 的题目",
        "prompt_en": f"Question {code}",
        **cells,
    }


def valid_rows(prefix: str = "IMP") -> list[dict]:
    return [
        row(f"{prefix}-1", "single", options_zh="甲|乙|丙", options_en="A|B|C", correct="2"),
        row(
            f"{prefix}-2",
            "multiple",
            topic="phase_1",
            difficulty="3",
            points="2.5",
            options_zh="甲|乙|丙",
            options_en="A|B|C",
            correct="1|3",
            partial_credit="proportional",
        ),
        row(f"{prefix}-3", "true_false", correct="TRUE", explanation_en="It is."),
        row(f"{prefix}-4", "numeric", numeric_answer="12.5", tolerance="0.5", unit="t"),
        row(
            f"{prefix}-5",
            "short_text",
            accepted_zh="清洁生产|清洁化生产",
            accepted_en="cleaner production",
        ),
        row(f"{prefix}-6", "essay", rubric_zh="三个要点", rubric_en="Three key points"),
    ]


def csv_bytes(rows: list[dict], columns=COLUMNS) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for cells in rows:
        writer.writerow([cells.get(column, "") for column in columns])
    return buffer.getvalue().encode("utf-8")


def contents(question: Question) -> dict:
    version = question.current_version
    return {
        "topic": question.topic,
        "difficulty": question.difficulty,
        "type": question.question_type,
        **{name: getattr(version, name) for name in VERSION_FIELDS},
    }


def renamed(data: bytes, old: str, new: str) -> bytes:
    return data.decode("utf-8").replace(old, new).encode("utf-8")


def recoded(data: bytes, prefix: str) -> bytes:
    """The CSV with ``prefix`` put before every code (codes start the records)."""
    text = data.decode("utf-8")
    return re.sub(r"(?m)^(IMP|RT)-", rf"{prefix}\1-", text).encode("utf-8")


# --- CSV --------------------------------------------------------------------------------------


def test_valid_csv_creates_every_question():
    result = import_csv(csv_bytes(valid_rows()))

    assert result == ImportResult(created=6)
    assert Question.objects.filter(code__startswith="IMP-").count() == 6


def test_csv_values_land_in_version_1():
    import_csv(csv_bytes(valid_rows()))

    multiple = Question.objects.get(code="IMP-2")
    numeric = Question.objects.get(code="IMP-4").current_version
    assert (multiple.topic, multiple.difficulty) == ("phase_1", 3)
    assert multiple.current_version.number == 1
    assert multiple.current_version.points == Decimal("2.5")
    assert [option["correct"] for option in multiple.current_version.options] == [True, False, True]
    assert (numeric.numeric_answer, numeric.numeric_tolerance, numeric.unit) == (
        Decimal("12.5"),
        Decimal("0.5"),
        "t",
    )
    assert Question.objects.get(code="IMP-3").current_version.true_false_answer is True
    assert Question.objects.get(code="IMP-5").current_version.accepted_answers == {
        "zh": ["清洁生产", "清洁化生产"],
        "en": ["cleaner production"],
    }


def test_one_bad_row_imports_nothing_and_names_its_line():
    rows = valid_rows()
    rows[2]["topic"] = "astrology"
    before = Question.objects.count()

    result = import_csv(csv_bytes(rows))

    assert Question.objects.count() == before
    assert (result.created, result.updated) == (0, 0)
    assert [error.line for error in result.errors] == [4]
    assert "topic" in result.errors[0].message
    assert "astrology" in result.errors[0].message


def test_every_bad_row_is_reported_not_just_the_first():
    rows = valid_rows()
    rows[0]["correct"] = "1|2"
    rows[3]["numeric_answer"] = "twelve"
    rows[4]["accepted_en"] = ""
    rows[5]["type"] = "riddle"

    result = import_csv(csv_bytes(rows))

    assert [error.line for error in result.errors] == [2, 5, 6, 7]
    messages = " ".join(error.message for error in result.errors)
    assert "exactly one option" in messages
    assert "“twelve” is not a number" in messages
    assert "accepted answer in English" in messages
    assert "riddle" in messages


def test_several_problems_in_one_row_are_all_reported():
    result = import_csv(csv_bytes([row("BAD CODE", "single", topic="", difficulty="9")]))

    columns = sorted(error.message.split(":")[0] for error in result.errors)
    assert columns == ["code", "difficulty", "topic"]
    assert {error.line for error in result.errors} == {2}


@pytest.mark.parametrize(
    ("cells", "fragment"),
    [
        ({"options_zh": "甲|乙", "options_en": "A|B|C", "correct": "1"}, "2 Chinese options"),
        ({"options_zh": "甲", "options_en": "A", "correct": "1"}, "at least two options"),
        ({"options_zh": "甲|乙", "options_en": "A|B", "correct": "3"}, "between 1 and 2"),
        ({"options_zh": "甲|", "options_en": "A|B", "correct": "1"}, "Chinese and English"),
        ({"options_zh": "甲|乙", "options_en": "A|B", "points": "lots"}, "not a number"),
    ],
)
def test_choice_rows_with_wrong_options_are_refused(cells, fragment):
    result = import_csv(csv_bytes([row("OPT-1", "single", **cells)]))

    assert not result.ok
    assert fragment in " ".join(error.message for error in result.errors)


def test_correct_options_may_be_separated_by_commas():
    cells = {"options_zh": "甲|乙|丙", "options_en": "A|B|C", "correct": "1, 3"}

    import_csv(csv_bytes([row("COMMA-1", "multiple", **cells)]))

    options = Question.objects.get(code="COMMA-1").current_version.options
    assert [option["correct"] for option in options] == [True, False, True]


def test_unknown_unit_is_reported():
    result = import_csv(csv_bytes([row("U-1", "numeric", numeric_answer="1", unit="furlong")]))

    assert "unknown unit “furlong”" in result.errors[0].message


def test_unit_may_be_written_as_the_trainee_would():
    import_csv(csv_bytes([row("U-2", "numeric", numeric_answer="1", unit="万元")]))

    assert Question.objects.get(code="U-2").current_version.unit == "wan_yuan"


def test_duplicate_codes_in_a_file_are_refused():
    rows = valid_rows()
    rows[4]["code"] = "IMP-2"

    result = import_csv(csv_bytes(rows))

    assert result.errors == [RowError(6, "The code “IMP-2” is already used on line 3.")]
    assert not Question.objects.filter(code__startswith="IMP-").exists()


def test_a_code_cannot_change_its_type_on_import():
    import_csv(csv_bytes(valid_rows()))
    rows = [row("IMP-1", "true_false", correct="false")]

    result = import_csv(csv_bytes(rows))

    assert "type cannot change" in result.errors[0].message
    assert Question.objects.get(code="IMP-1").question_type == QuestionType.SINGLE


def test_reimporting_changes_updates_and_skips_the_rest():
    import_csv(csv_bytes(valid_rows()))
    rows = valid_rows()
    rows[0]["prompt_en"] = "Reworded"

    result = import_csv(csv_bytes(rows))

    assert (result.created, result.updated, result.unchanged) == (0, 1, 5)
    assert Question.objects.get(code="IMP-1").current_version.prompt_en == "Reworded"


def test_non_utf8_csv_is_refused_with_the_line_of_the_bad_bytes():
    data = csv_bytes(valid_rows()).decode("utf-8").encode("gb18030")

    result = import_csv(data)

    assert len(result.errors) == 1
    assert result.errors[0].line == 2
    assert "UTF-8" in result.errors[0].message


def test_missing_and_unknown_columns_are_reported_on_line_1():
    columns = [column for column in COLUMNS if column not in ("topic", "prompt_en")] + ["colour"]

    result = import_csv(csv_bytes(valid_rows(), columns=columns))

    assert {error.line for error in result.errors} == {1}
    messages = " ".join(error.message for error in result.errors)
    assert "Unknown column “colour”" in messages
    assert "Missing required columns: topic, prompt_en" in messages


def test_empty_file_is_refused():
    assert import_csv(b"").errors[0].line == 1
    assert import_csv("\ufeff\n".encode()).errors[0].line == 1
    assert "no questions" in import_csv(csv_bytes([])).errors[0].message


def test_oversize_file_is_refused():
    result = import_csv(b"x" * (MAX_BYTES + 1))

    assert result.errors == [RowError(0, "The file is larger than 5 MB; split it.")]


def test_file_with_too_many_rows_is_refused():
    rows = [row(f"MANY-{number}", "true_false", correct="true") for number in range(MAX_ROWS + 1)]

    result = import_csv(csv_bytes(rows))

    assert result.errors == [
        RowError(MAX_ROWS + 2, "The file has more than 5000 questions; split it.")
    ]


def test_wrong_file_type_is_refused():
    upload = SimpleUploadedFile("questions.pdf", b"%PDF-1.4")

    result = import_questions(upload)

    assert result.errors == [RowError(0, "Upload a .csv, .xlsx or Moodle .xml file.")]


def test_xlsx_renamed_to_csv_is_refused():
    import_csv(csv_bytes(valid_rows()))

    result = import_csv(export_xlsx(Question.objects.filter(code__startswith="IMP-")))

    assert "not CSV" in result.errors[0].message


def test_dry_run_reports_without_importing():
    result = import_csv(csv_bytes(valid_rows()), dry_run=True)

    assert (result.ok, result.created, result.dry_run) == (True, 6, True)
    assert not Question.objects.filter(code__startswith="IMP-").exists()


def test_importer_without_change_permission_cannot_update():
    import_csv(csv_bytes(valid_rows()))

    result = import_csv(csv_bytes(valid_rows()), allow_updates=False)

    assert len(result.errors) == 6


# --- Export and round trips -------------------------------------------------------------------


AWKWARD = [
    row(
        "RT-1",
        "single",
        prompt_zh="=SUM(A1:A2) 不是公式\n第二行",
        prompt_en='-1 is negative, "quoted", a|b, c\\d',
        options_zh=r"有\|竖线|反斜杠\\|+加号",
        options_en=r"has \| bar|back\\slash|@at",
        correct="3",
    ),
    row("RT-2", "numeric", numeric_answer="-0.000125", tolerance="5", tolerance_type="percent"),
]


def test_exported_csv_reimports_unchanged():
    import_csv(csv_bytes(valid_rows() + AWKWARD))
    exported = export_csv(Question.objects.filter(code__regex=r"^(IMP|RT)-"))

    result = import_csv(exported)

    assert result == ImportResult(unchanged=8)


def test_exported_csv_recreates_identical_questions_under_new_codes():
    import_csv(csv_bytes(valid_rows() + AWKWARD))
    originals = Question.objects.filter(code__regex=r"^(IMP|RT)-")
    exported = export_csv(originals)
    assert exported.startswith("\ufeff".encode())
    assert b"'=SUM" in exported

    result = import_csv(recoded(exported, "COPY-"))

    assert result.created == 8
    assert originals
    for original in originals:
        copy = Question.objects.get(code=f"COPY-{original.code}")
        assert contents(copy) == contents(original)


def test_the_whole_bank_exports_and_reimports_unchanged():
    assert load_question_bank().ok  # the shipped bank, exams/question_bank/
    import_csv(csv_bytes(valid_rows() + AWKWARD))
    count = Question.objects.exclude(current_version=None).count()
    assert count > len(valid_rows() + AWKWARD)

    result = import_csv(export_csv(), dry_run=True)

    assert result == ImportResult(unchanged=count, dry_run=True)


def test_xlsx_round_trip_recreates_identical_questions():
    import_csv(csv_bytes(valid_rows() + AWKWARD))
    originals = Question.objects.filter(code__regex=r"^(IMP|RT)-")
    workbook = load_workbook(io.BytesIO(export_xlsx(originals)))
    rows = list(workbook.active.iter_rows(min_row=2, max_col=1))
    assert len(rows) == 8
    for (cell,) in rows:
        cell.value = f"X-{cell.value}"
    buffer = io.BytesIO()
    workbook.save(buffer)

    result = import_xlsx(buffer.getvalue())

    assert result.created == 8, result.errors
    assert originals
    for original in originals:
        assert contents(Question.objects.get(code=f"X-{original.code}")) == contents(original)


def test_damaged_xlsx_is_reported():
    result = import_xlsx(b"PK\x03\x04 not really a zip")

    assert result.errors == [RowError(0, "The file could not be read as an XLSX spreadsheet.")]


def test_exported_moodle_xml_reimports_without_errors():
    import_csv(csv_bytes(valid_rows() + AWKWARD))
    exported = export_moodle_xml(Question.objects.filter(code__regex=r"^(IMP|RT)-"), language="en")

    result = import_moodle_xml(renamed(exported, "<text>IMP-", "<text>MX-"), dry_run=True)

    assert result.ok, result.errors
    assert result.created == 6


def test_moodle_export_round_trip_keeps_the_key():
    import_csv(csv_bytes(valid_rows()))
    exported = export_moodle_xml(Question.objects.filter(code__startswith="IMP-"), language="zh")

    import_moodle_xml(renamed(exported, "<text>IMP-", "<text>MX-"))

    copy = Question.objects.get(code="MX-2").current_version
    assert copy.prompt_zh == copy.prompt_en == "IMP-2 的题目"
    assert [option["correct"] for option in copy.options] == [True, False, True]
    numeric = Question.objects.get(code="MX-4")
    assert (numeric.topic, numeric.current_version.unit) == ("law", "t")
    assert numeric.current_version.numeric_answer == Decimal("12.5")


# --- Moodle XML -------------------------------------------------------------------------------


def moodle(*questions: str, category: str = "$course$/top/law") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
        f'<question type="category"><category><text>{category}</text></category></question>\n'
        + "\n".join(questions)
        + "\n</quiz>\n"
    ).encode("utf-8")


def moodle_question(kind: str, name: str, body: str, text: str = "What?") -> str:
    return (
        f'<question type="{kind}">\n'
        f"<name><text>{name}</text></name>\n"
        f'<questiontext format="html"><text><![CDATA[<p>{text}</p>]]></text></questiontext>\n'
        f"<defaultgrade>2.0000000</defaultgrade>\n{body}\n</question>"
    )


MOODLE_SINGLE = moodle_question(
    "multichoice",
    "Which law",
    '<single>true</single><answer fraction="100" format="html"><text>CP law</text></answer>'
    '<answer fraction="0" format="html"><text>Tax law</text></answer>',
    text="Which law <b>requires</b> audits?",
)


@pytest.mark.parametrize(
    ("question", "expected_type", "field", "expected"),
    [
        (
            MOODLE_SINGLE,
            QuestionType.SINGLE,
            "options",
            [
                {"zh": "CP law", "en": "CP law", "correct": True},
                {"zh": "Tax law", "en": "Tax law", "correct": False},
            ],
        ),
        (
            moodle_question(
                "multichoice",
                "Which two",
                '<single>false</single><answer fraction="50"><text>A</text></answer>'
                '<answer fraction="50"><text>B</text></answer>'
                '<answer fraction="-100"><text>C</text></answer>',
            ),
            QuestionType.MULTIPLE,
            "partial_credit",
            QuestionVersion.PartialCredit.PROPORTIONAL,
        ),
        (
            moodle_question(
                "truefalse",
                "Is it",
                '<answer fraction="0"><text>true</text></answer>'
                '<answer fraction="100"><text>false</text></answer>',
            ),
            QuestionType.TRUE_FALSE,
            "true_false_answer",
            False,
        ),
        (
            moodle_question(
                "numerical",
                "How much",
                '<answer fraction="100"><text>3.2</text><tolerance>0.1</tolerance></answer>'
                "<units><unit><multiplier>1</multiplier><unit_name>年</unit_name></unit></units>",
            ),
            QuestionType.NUMERIC,
            "unit",
            "year",
        ),
        (
            moodle_question(
                "shortanswer",
                "Name it",
                '<answer fraction="100"><text>cleaner production</text></answer>'
                '<answer fraction="100"><text>CP</text></answer>',
            ),
            QuestionType.SHORT_TEXT,
            "accepted_answers",
            {"zh": ["cleaner production", "CP"], "en": ["cleaner production", "CP"]},
        ),
        (
            moodle_question(
                "essay",
                "Discuss",
                '<graderinfo format="html"><text>&lt;p&gt;Three points&lt;/p&gt;</text>'
                "</graderinfo>",
            ),
            QuestionType.ESSAY,
            "rubric_en",
            "Three points",
        ),
    ],
)
def test_moodle_xml_imports_each_supported_type(question, expected_type, field, expected):
    result = import_moodle_xml(moodle(question))

    assert result.created == 1, result.errors
    imported = Question.objects.order_by("-pk").first()
    assert imported.question_type == expected_type
    assert getattr(imported.current_version, field) == expected
    assert imported.current_version.points == Decimal(2)


def test_moodle_html_becomes_plain_text_in_both_languages():
    result = import_moodle_xml(moodle(MOODLE_SINGLE))

    version = Question.objects.get(code="WHICH-LAW").current_version
    assert version.prompt_zh == version.prompt_en == "Which law requires audits?"
    assert "copied into both" in result.warnings[0]


def test_moodle_category_sets_the_topic_and_difficulty_defaults_to_2():
    import_moodle_xml(moodle(MOODLE_SINGLE, category="$course$/top/phase_3"))

    question = Question.objects.get(code="WHICH-LAW")
    assert (question.topic, question.difficulty) == ("phase_3", 2)


def test_moodle_unknown_category_uses_the_default_topic():
    import_moodle_xml(moodle(MOODLE_SINGLE, category="$course$/top/Misc"), default_topic="sector")

    assert Question.objects.get(code="WHICH-LAW").topic == "sector"


def test_moodle_update_warns_that_both_languages_now_match():
    import_moodle_xml(moodle(MOODLE_SINGLE))
    reworded = MOODLE_SINGLE.replace("requires", "demands")

    result = import_moodle_xml(moodle(reworded))

    assert result.updated == 1
    assert "1 question already in the bank was changed" in result.warnings[-1]


def test_moodle_without_a_topic_is_refused():
    result = import_moodle_xml(moodle(MOODLE_SINGLE, category="$course$/top/Misc"))

    assert "no topic" in result.errors[0].message


def test_moodle_names_become_unique_codes():
    result = import_moodle_xml(moodle(MOODLE_SINGLE, MOODLE_SINGLE, MOODLE_SINGLE))

    assert result.created == 3
    codes = ["WHICH-LAW", "WHICH-LAW-2", "WHICH-LAW-3"]
    assert Question.objects.filter(code__in=codes).count() == 3


def test_moodle_errors_name_the_line_of_the_question():
    bad = moodle_question("multichoice", "Two right", "<single>true</single>")
    data = moodle(MOODLE_SINGLE, bad, moodle_question("matching", "Pairs", ""))

    result = import_moodle_xml(data)

    lines = data.decode().splitlines()
    assert [lines[error.line - 1] for error in result.errors] == [
        '<question type="multichoice">',
        '<question type="matching">',
    ]
    assert "at least two options" in result.errors[0].message
    assert "“matching” is not supported" in result.errors[1].message
    assert not Question.objects.filter(code="WHICH-LAW").exists()


def test_moodle_entities_are_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>&a;</quiz>'

    result = import_moodle_xml(bomb)

    assert result.errors == [
        RowError(0, "The file declares a DTD or entities, which are not accepted.")
    ]


def test_moodle_file_that_is_not_xml_is_reported_with_its_line():
    result = import_moodle_xml(b"<quiz>\n<question>\n</quiz>")

    assert result.errors[0].line == 3
    assert "not valid XML" in result.errors[0].message


# --- Fuzzing ----------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_clean(result, before: int) -> None:
    assert isinstance(result, ImportResult)
    for error in result.errors:
        assert isinstance(error, RowError)
        assert isinstance(error.line, int)
        assert error.line >= 0
        assert isinstance(error.message, str)
        assert error.message
    if result.errors:
        assert Question.objects.count() == before
    else:
        assert Question.objects.count() == before + result.created


@FUZZ
@given(data=upload_bytes())
def test_any_bytes_give_a_clean_result(data):
    for importer in (import_csv, import_xlsx, import_moodle_xml):
        before = Question.objects.count()
        assert_clean(importer(data), before)


cell_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "1", "2|3", "true", "-1", "1e400", "NaN", "law", "single", "|", "\\"]),
    st.sampled_from(COLUMNS),
)


@st.composite
def mutated_csv(draw) -> bytes:
    header_and_rows = [list(COLUMNS)] + [
        [cells.get(column, "") for column in COLUMNS] for cells in valid_rows("FZ")
    ]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(draw(mutated_grid(header_and_rows, cell_text)))
    return draw(with_text_inserted(buffer.getvalue())).encode("utf-8")


@FUZZ
@given(data=mutated_csv())
def test_mutated_csv_imports_all_or_nothing(data):
    before = Question.objects.count()

    assert_clean(import_csv(data), before)


def xml_value(valid: str):
    fuzzed = st.one_of(st.text(max_size=30), st.sampled_from(["", "-1", "1e9", "NaN", "0.0001"]))
    return st.one_of(st.just(valid), fuzzed.map(escape), fuzzed)


@st.composite
def mutated_moodle(draw) -> bytes:
    kind = draw(st.sampled_from(["multichoice", "truefalse", "numerical", "shortanswer", "essay"]))
    answers = "".join(
        f'<answer fraction="{draw(xml_value(fraction))}" format="{draw(xml_value("html"))}">'
        f"<text>{draw(xml_value(text))}</text>"
        f"<tolerance>{draw(xml_value('0.5'))}</tolerance></answer>"
        for fraction, text in (("100", "true"), ("0", "12"), ("50", "B"))
    )
    question = (
        f'<question type="{draw(xml_value(kind))}">'
        f"<name><text>{draw(xml_value('Fuzz question'))}</text></name>"
        f'<questiontext format="html"><text>{draw(xml_value("&lt;p&gt;Q&lt;/p&gt;"))}</text>'
        f"</questiontext><defaultgrade>{draw(xml_value('1.0000000'))}</defaultgrade>"
        f"<single>{draw(xml_value('false'))}</single>{answers}"
        f"<graderinfo><text>{draw(xml_value('rubric'))}</text></graderinfo>"
        f"<units><unit><multiplier>{draw(xml_value('1'))}</multiplier>"
        f"<unit_name>{draw(xml_value('kg'))}</unit_name></unit></units></question>"
    )
    category = draw(xml_value("$course$/top/law"))
    return moodle(*[question] * draw(st.integers(min_value=1, max_value=3)), category=category)


@FUZZ
@given(data=mutated_moodle())
def test_mutated_moodle_xml_imports_all_or_nothing(data):
    before = Question.objects.count()

    assert_clean(import_moodle_xml(data), before)


# --- The admin pages --------------------------------------------------------------------------


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_bad_upload_lists_the_errors_and_creates_nothing(client):
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))
    rows = valid_rows("VIEW")
    rows[1]["correct"] = "7"
    before = Question.objects.count()

    response = client.post(
        "/admin/exams/questions/import/", {"file": upload("bank.csv", csv_bytes(rows))}
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="import-errors"' in page
    assert "<td>3</td>" in "".join(page.split())
    assert Question.objects.count() == before


def test_good_upload_imports_the_questions(client):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.post(
        "/admin/exams/questions/import/", {"file": upload("bank.csv", csv_bytes(valid_rows()))}
    )

    assert response.status_code == 200
    assert response.context["result"].created == 6
    assert Question.objects.get(code="IMP-1").current_version.created_by is not None


def test_trainee_cannot_import(client):
    client.force_login(make_user())

    response = client.post(
        "/admin/exams/questions/import/", {"file": upload("bank.csv", csv_bytes(valid_rows()))}
    )

    assert response.status_code in (302, 403)
    assert not Question.objects.filter(code="IMP-1").exists()


def test_admin_user_without_question_permissions_gets_403(client):
    client.force_login(make_user(role=Role.REVIEWER, mfa=True))

    assert client.get("/admin/exams/questions/import/").status_code == 403
    assert client.get("/admin/exams/questions/export/csv/").status_code == 403


@pytest.mark.parametrize(
    ("export_format", "content_type", "start"),
    [
        ("csv", "text/csv; charset=utf-8", "\ufeffcode,".encode()),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK"),
        ("moodle", "application/xml; charset=utf-8", b"<?xml"),
    ],
)
def test_examiner_downloads_the_bank(client, export_format, content_type, start):
    import_csv(csv_bytes(valid_rows()))
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))

    response = client.get(f"/admin/exams/questions/export/{export_format}/", {"language": "en"})

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.content.startswith(start)
    assert "attachment" in response["Content-Disposition"]


def test_export_can_be_limited_to_one_topic(client):
    import_csv(csv_bytes(valid_rows()))
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.get("/admin/exams/questions/export/csv/", {"topic": "phase_1"})

    codes = [line.split(",")[0] for line in response.content.decode("utf-8-sig").splitlines()[1:]]
    assert "IMP-2" in codes
    assert "IMP-1" not in codes
    assert {Question.objects.get(code=code).topic for code in codes} == {"phase_1"}


@pytest.mark.parametrize("topic", ["phase_1\r\nSet-Cookie: x=1", "主题" * 20_000])
def test_an_unknown_topic_exports_the_whole_bank_under_a_plain_name(client, topic):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.get("/admin/exams/questions/export/csv/", {"topic": topic})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="question-bank-2')


def test_export_page_and_import_page_render(client):
    client.force_login(use_english_admin(make_user(role=Role.EDITOR, mfa=True)))

    assert client.get("/admin/exams/questions/export/").status_code == 200
    page = client.get("/admin/exams/questions/import/")
    assert page.status_code == 200
    assert "write \\| for a |" in page.content.decode()
