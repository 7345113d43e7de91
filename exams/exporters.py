"""Export the current version of each question as CSV, XLSX or Moodle XML.

CSV and XLSX use the importer's columns, so an exported file imports again unchanged. Moodle XML
holds one language, chosen by ``language``.
"""

import csv
import html
import io
import re
from decimal import ROUND_UP, Decimal
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, indent, tostring

import yaml
from django.db.models import QuerySet

from core.numbers import format_number
from core.tables import escape_cell
from core.units import UNITS
from exams.importers import COLUMNS, NUMBER_COLUMNS, QUESTION_KEYS, YAML_TAG_PREFIX, join_items
from exams.models import Question, QuestionType, QuestionVersion

LANGUAGES = ("zh", "en")


def questions_for_export(questions: QuerySet | None = None) -> QuerySet:
    queryset = questions if questions is not None else Question.objects.all()
    return queryset.filter(current_version__isnull=False).select_related("current_version")


def question_row(question: Question) -> dict[str, str]:
    """A question as the importer's columns (unescaped text)."""
    version = question.current_version
    kind = question.question_type
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        code=question.code,
        bank=question.bank,
        topic=question.topic,
        difficulty=str(question.difficulty),
        type=kind,
        points=format_number(version.points),
        prompt_zh=version.prompt_zh,
        prompt_en=version.prompt_en,
        explanation_zh=version.explanation_zh,
        explanation_en=version.explanation_en,
    )
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        options = version.options or []
        row["options_zh"] = join_items([option.get("zh", "") for option in options])
        row["options_en"] = join_items([option.get("en", "") for option in options])
        row["correct"] = "|".join(
            str(number) for number, option in enumerate(options, start=1) if option.get("correct")
        )
        if kind == QuestionType.MULTIPLE:
            row["partial_credit"] = version.partial_credit
    elif kind == QuestionType.TRUE_FALSE:
        if version.true_false_answer is not None:
            row["correct"] = "true" if version.true_false_answer else "false"
    elif kind == QuestionType.NUMERIC:
        if version.numeric_answer is not None:
            row["numeric_answer"] = format_number(version.numeric_answer)
        row["tolerance"] = format_number(version.numeric_tolerance)
        row["tolerance_type"] = version.tolerance_type
        row["unit"] = version.unit
    elif kind == QuestionType.SHORT_TEXT:
        accepted = version.accepted_answers or {}
        row["accepted_zh"] = join_items(accepted.get("zh", []))
        row["accepted_en"] = join_items(accepted.get("en", []))
    elif kind == QuestionType.ESSAY:
        row["rubric_zh"], row["rubric_en"] = version.rubric_zh, version.rubric_en
    return row


def _cells(row: dict[str, str]) -> list[str]:
    return [row[name] if name in NUMBER_COLUMNS else escape_cell(row[name]) for name in COLUMNS]


def export_csv(questions: QuerySet | None = None) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for question in questions_for_export(questions).order_by("code"):
        writer.writerow(_cells(question_row(question)))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_xlsx(questions: QuerySet | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="questions")
    sheet.append(list(COLUMNS))
    for question in questions_for_export(questions).order_by("code"):
        cells = _cells(question_row(question))
        sheet.append(
            [
                int(cell) if name == "difficulty" else ILLEGAL_CHARACTERS_RE.sub("", cell)
                for name, cell in zip(COLUMNS, cells, strict=True)
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- Moodle XML -------------------------------------------------------------------------------

# Characters XML 1.0 cannot hold.
XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return XML_ILLEGAL.sub("", text or "")


def _html(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        return ""
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def _text_element(parent: Element, tag: str, text: str, text_format: str | None = None):
    element = SubElement(parent, tag, {"format": text_format} if text_format else {})
    SubElement(element, "text").text = _xml_text(text)
    return element


def _value(parent: Element, tag: str, text: str) -> None:
    SubElement(parent, tag).text = text


def _fraction(value: Decimal) -> str:
    return format_number(value.quantize(Decimal("0.00001")))


def _unit_name(code: str, language: str) -> str:
    spellings = [spelling for spelling in UNITS[code].spellings if spelling]
    if language == "zh":
        chinese = [spelling for spelling in spellings if not spelling.isascii()]
        spellings = chinese or spellings
    return spellings[0] if spellings else ""


def _answer(parent: Element, fraction: Decimal | str, text: str, text_format: str = "html"):
    answer = _text_element(parent, "answer", text, text_format)
    answer.set("fraction", fraction if isinstance(fraction, str) else _fraction(fraction))
    _text_element(answer, "feedback", "", "html")
    return answer


def _moodle_question(question: Question, language: str) -> Element:
    version = question.current_version
    kind = question.question_type

    def local(name: str) -> str:
        return getattr(version, f"{name}_{language}")

    moodle_type = {
        QuestionType.SINGLE: "multichoice",
        QuestionType.MULTIPLE: "multichoice",
        QuestionType.TRUE_FALSE: "truefalse",
        QuestionType.NUMERIC: "numerical",
        QuestionType.SHORT_TEXT: "shortanswer",
        QuestionType.ESSAY: "essay",
    }[kind]
    element = Element("question", {"type": moodle_type})
    _text_element(element, "name", question.code)
    _text_element(element, "questiontext", _html(local("prompt")), "html")
    _text_element(element, "generalfeedback", _html(local("explanation")), "html")
    _value(element, "defaultgrade", format_number(version.points))
    _value(element, "penalty", "0")
    _value(element, "hidden", "1" if question.retired else "0")
    _value(element, "idnumber", _xml_text(question.code))

    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        options = version.options or []
        right = sum(1 for option in options if option.get("correct")) or 1
        single = kind == QuestionType.SINGLE
        _value(element, "single", "true" if single else "false")
        _value(element, "shuffleanswers", "true")
        _value(element, "answernumbering", "abc")
        proportional = version.partial_credit == QuestionVersion.PartialCredit.PROPORTIONAL
        for option in options:
            if option.get("correct"):
                fraction = Decimal(100) if single else Decimal(100) / right
            elif single:
                fraction = Decimal(0)
            else:
                fraction = -Decimal(100) / right if proportional else Decimal(-100)
            _answer(element, max(fraction, Decimal(-100)), _html(option.get(language, "")))
    elif kind == QuestionType.TRUE_FALSE:
        answer = version.true_false_answer
        _answer(element, "100" if answer else "0", "true", "moodle_auto_format")
        _answer(element, "0" if answer else "100", "false", "moodle_auto_format")
    elif kind == QuestionType.NUMERIC:
        value = version.numeric_answer or Decimal(0)
        tolerance = version.numeric_tolerance
        if version.tolerance_type == QuestionVersion.Tolerance.PERCENT:
            # Moodle only knows absolute tolerances; round up so no right answer turns wrong.
            tolerance = (abs(value) * tolerance / 100).quantize(
                Decimal("0.000001"), rounding=ROUND_UP
            )
        answer = _answer(element, "100", format_number(value), "moodle_auto_format")
        _value(answer, "tolerance", format_number(tolerance))
        if version.unit != "none":
            units = SubElement(element, "units")
            unit = SubElement(units, "unit")
            _value(unit, "multiplier", "1")
            _value(unit, "unit_name", _unit_name(version.unit, language))
            _value(element, "unitgradingtype", "0")
            _value(element, "unitpenalty", "0.1")
            _value(element, "showunits", "3")
            _value(element, "unitsleft", "0")
    elif kind == QuestionType.SHORT_TEXT:
        _value(element, "usecase", "0")
        for accepted in (version.accepted_answers or {}).get(language, []):
            _answer(element, "100", accepted, "moodle_auto_format")
    else:
        _value(element, "responseformat", "editor")
        _value(element, "responserequired", "1")
        _value(element, "responsefieldlines", "15")
        _value(element, "attachments", "0")
        _value(element, "attachmentsrequired", "0")
        _text_element(element, "graderinfo", _html(local("rubric")), "html")
        _text_element(element, "responsetemplate", "", "html")
    return element


def export_moodle_xml(questions: QuerySet | None = None, *, language: str = "zh") -> bytes:
    """Moodle XML in one language; a category per topic (``$course$/top/<topic>``)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    quiz = Element("quiz")
    topic = None
    for question in questions_for_export(questions).order_by("topic", "code"):
        if question.topic != topic:
            topic = question.topic
            category = SubElement(quiz, "question", {"type": "category"})
            _text_element(category, "category", f"$course$/top/{topic}")
            _text_element(category, "info", "", "moodle_auto_format")
        quiz.append(_moodle_question(question, language))
    indent(quiz)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(quiz, encoding="unicode").encode(
        "utf-8"
    )


# --- Question bank files (YAML) ---------------------------------------------------------------


class _Number(str):
    """A number written plainly (``points: 1``), as the loader reads it back."""


UNICODE_BREAKS = ("\x85", "\u2028", "\u2029")


class _Prose(str):
    """A prompt, explanation or rubric: always a literal block."""


class _BankFileDumper(yaml.SafeDumper):
    pass


def _represent_text(dumper: yaml.SafeDumper, text: str):
    # Prose and multi-line text as literal blocks, one paragraph a line and never folded, so a
    # change to one sentence is a one-line diff. PyYAML quotes what a block cannot hold exactly.
    if any(character in text for character in UNICODE_BREAKS):
        # PyYAML would write these unescaped, then read them back as a line break or a space.
        style = '"'
    elif text and (isinstance(text, _Prose) or "\n" in text):
        style = "|"
    else:
        style = None
    return dumper.represent_scalar(YAML_TAG_PREFIX + "str", str(text), style=style)


def _represent_number(dumper: yaml.SafeDumper, number: _Number):
    tag = dumper.resolve(yaml.ScalarNode, str(number), (True, False))
    return dumper.represent_scalar(tag, str(number))


_BankFileDumper.add_representer(str, _represent_text)
_BankFileDumper.add_representer(_Prose, _represent_text)
_BankFileDumper.add_representer(_Number, _represent_number)


PROSE_KEYS = frozenset(
    {"prompt_zh", "prompt_en", "explanation_zh", "explanation_en", "rubric_zh", "rubric_en"}
)


def question_bank_entry(question: Question) -> dict:
    """A question as one list item of a bank file, keys in ``QUESTION_KEYS`` order."""
    version = question.current_version
    kind = question.question_type
    entry: dict = {
        "code": question.code,
        # Plain str and int: the dumper refuses the choices' enum types.
        "type": str(kind),
        "difficulty": int(question.difficulty),
        "points": _Number(format_number(version.points)),
        "prompt_zh": version.prompt_zh,
        "prompt_en": version.prompt_en,
    }
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        entry["options"] = [
            {
                "zh": option.get("zh", ""),
                "en": option.get("en", ""),
                "correct": bool(option.get("correct")),
            }
            for option in version.options or []
        ]
        if kind == QuestionType.MULTIPLE:
            entry["partial_credit"] = str(version.partial_credit)
    elif kind == QuestionType.TRUE_FALSE:
        entry["correct"] = version.true_false_answer
    elif kind == QuestionType.NUMERIC:
        if version.numeric_answer is not None:
            entry["numeric_answer"] = _Number(format_number(version.numeric_answer))
        entry["tolerance"] = _Number(format_number(version.numeric_tolerance))
        entry["tolerance_type"] = str(version.tolerance_type)
        entry["unit"] = str(version.unit)
    elif kind == QuestionType.SHORT_TEXT:
        accepted = version.accepted_answers or {}
        entry["accepted_zh"] = list(accepted.get("zh", []))
        entry["accepted_en"] = list(accepted.get("en", []))
    elif kind == QuestionType.ESSAY:
        entry["rubric_zh"], entry["rubric_en"] = version.rubric_zh, version.rubric_en
    entry["explanation_zh"] = version.explanation_zh
    entry["explanation_en"] = version.explanation_en
    return {
        key: _Prose(entry[key]) if key in PROSE_KEYS else entry[key]
        for key in QUESTION_KEYS
        if key in entry
    }


def question_bank_text(*, bank: str, topic: str, questions: list[Question]) -> str:
    """One bank file: the questions of one bank and topic, by code."""
    document = {
        "bank": str(bank),
        "topic": str(topic),
        "questions": [question_bank_entry(question) for question in questions],
    }
    return yaml.dump(
        document,
        Dumper=_BankFileDumper,
        allow_unicode=True,
        sort_keys=False,
        width=4096,
        indent=2,
    )


def export_question_bank(directory: Path, questions: QuerySet | None = None) -> list[Path]:
    """Write ``<directory>/<bank>/<topic>.yaml`` for every bank and topic that has questions;
    returns the files written. Files of other banks and topics are left alone."""
    groups: dict[tuple[str, str], list[Question]] = {}
    for question in questions_for_export(questions).order_by("bank", "topic", "code"):
        groups.setdefault((question.bank, question.topic), []).append(question)
    written = []
    for (bank, topic), members in groups.items():
        path = Path(directory) / bank / f"{topic}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(question_bank_text(bank=bank, topic=topic, questions=members), "utf-8")
        written.append(path)
    return written
