"""Import questions into the bank from CSV, XLSX or Moodle XML.

Every importer works in two passes. First the whole file is read into drafts and every row is
checked, collecting all problems as ``RowError(line, message)``. Only a file without a single
problem is then saved, through ``exams.services.save_question`` and inside one transaction: a
file with any bad row imports nothing.

CSV and XLSX share the columns in ``COLUMNS``; line 1 is the header. Lists inside a cell
(options, correct option numbers, accepted answers) are separated by ``|``; write ``\\|`` for
a ``|`` inside an item and ``\\\\`` for a backslash. Cells that a spreadsheet would run as a
formula are exported with a leading apostrophe, which the importer removes again.
"""

import html
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml
from defusedxml import DefusedXmlException
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import tables
from core.tables import (
    MAX_BYTES,
    RowError,
    TableRejected,
    parse_decimal,
    unescape_cell,
)
from core.units import UNITS, unit_for_spelling
from exams.forms import (
    CODE_MAX_LENGTH,
    build_content,
    content_errors,
    validate_code,
    version_model_errors,
)
from exams.models import Bank, Question, QuestionType, QuestionVersion, Topic
from exams.services import VERSION_FIELDS, save_question

MAX_ROWS = 5000
DEFAULT_DIFFICULTY = Question.Difficulty.MEDIUM.value

COLUMNS = (
    "code",
    "bank",
    "topic",
    "difficulty",
    "type",
    "points",
    "prompt_zh",
    "prompt_en",
    "explanation_zh",
    "explanation_en",
    "options_zh",
    "options_en",
    "correct",
    "partial_credit",
    "numeric_answer",
    "tolerance",
    "tolerance_type",
    "unit",
    "accepted_zh",
    "accepted_en",
    "rubric_zh",
    "rubric_en",
)
REQUIRED_COLUMNS = ("code", "topic", "type", "prompt_zh", "prompt_en")
NUMBER_COLUMNS = frozenset({"difficulty", "points", "numeric_answer", "tolerance"})
FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".xml": "moodle"}

# Which column a content problem is reported against.
COLUMN_FOR_KEY = {
    "options": "options_zh",
    "correct": "correct",
    "true_false_answer": "correct",
    "numeric_tolerance": "tolerance",
    "accepted_answers": "accepted_zh",
}


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    # Which questions were (or, in a dry run, would be) created and changed.
    # Detail for reports, left out of comparisons: two results with the same counts are equal.
    created_codes: list[str] = field(default_factory=list, compare=False)
    updated_codes: list[str] = field(default_factory=list, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Draft:
    """One question read from a file, before it is saved."""

    line: int
    code: str
    question_type: str
    content: dict
    # None: keep the existing question's value, or use the default for a new one.
    bank: str | None = None
    topic: str | None = None
    difficulty: int | None = None
    # Moodle XML: the same text fills both languages.
    one_language: bool = False
    # The file it came from, when one load reads several (the question bank's YAML files).
    source: str = ""


@dataclass(frozen=True)
class SourcedRowError(RowError):
    """A problem on one line of one of several files."""

    source: str = ""

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def draft_error(draft: Draft, message: str) -> RowError:
    """A problem with ``draft``, reported where it was read."""
    if draft.source:
        return SourcedRowError(draft.line, message, source=draft.source)
    return RowError(draft.line, message)


def _error_order(error: RowError) -> tuple[str, int]:
    return (getattr(error, "source", ""), error.line)


# --- Cells ------------------------------------------------------------------------------------


def join_items(items: list[str]) -> str:
    return "|".join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)


def split_items(value: str) -> list[str]:
    """``a|b\\|c`` -> ["a", "b|c"]; an empty cell is an empty list."""
    if not value.strip():
        return []
    items: list[str] = []
    current: list[str] = []
    characters = iter(value)
    for character in characters:
        if character == "\\":
            following = next(characters, "")
            if following in ("|", "\\"):
                current.append(following)
            else:
                current.append(character + following)
        elif character == "|":
            items.append("".join(current).strip())
            current = []
        else:
            current.append(character)
    items.append("".join(current).strip())
    return items


# --- Entry points -----------------------------------------------------------------------------


def import_questions(
    upload,
    *,
    filename: str | None = None,
    author=None,
    default_topic: str | None = None,
    dry_run: bool = False,
    allow_updates: bool = True,
) -> ImportResult:
    """Import an uploaded file, choosing the format by its extension."""
    name = filename or getattr(upload, "name", "") or ""
    kind = FORMATS.get(Path(name).suffix.lower())
    if kind is None:
        return ImportResult(errors=[RowError(0, _("Upload a .csv, .xlsx or Moodle .xml file."))])
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        return ImportResult(errors=[tables.too_big()])
    data = upload.read(MAX_BYTES + 1) if hasattr(upload, "read") else bytes(upload)
    options = {"author": author, "dry_run": dry_run, "allow_updates": allow_updates}
    if kind == "csv":
        return import_csv(data, **options)
    if kind == "xlsx":
        return import_xlsx(data, **options)
    return import_moodle_xml(data, default_topic=default_topic, **options)


def import_csv(data: bytes, **options) -> ImportResult:
    return _run(_read_csv, data, **options)


def import_xlsx(data: bytes, **options) -> ImportResult:
    return _run(_read_xlsx, data, **options)


def import_moodle_xml(data: bytes, *, default_topic: str | None = None, **options) -> ImportResult:
    if default_topic and default_topic not in Topic.values:
        return ImportResult(
            errors=[RowError(0, _("Unknown default topic “%(topic)s”.") % {"topic": default_topic})]
        )
    return _run(_read_moodle, data, default_topic=default_topic or None, **options)


def _run(reader, data: bytes, *, default_topic=None, **options) -> ImportResult:
    if len(data) > MAX_BYTES:
        return ImportResult(errors=[tables.too_big()])
    try:
        drafts, errors, warnings = reader(data)
    except TableRejected as rejected:
        return ImportResult(errors=rejected.errors)
    return check_and_save(drafts, errors, warnings, default_topic=default_topic, **options)


def _too_many(line: int) -> TableRejected:
    return TableRejected(
        RowError(
            line, _("The file has more than %(rows)s questions; split it.") % {"rows": MAX_ROWS}
        )
    )


# --- Checking and saving ----------------------------------------------------------------------


def check_and_save(
    drafts: list[Draft],
    errors: list[RowError],
    warnings: list[str],
    *,
    author=None,
    dry_run: bool = False,
    allow_updates: bool = True,
    default_topic: str | None = None,
) -> ImportResult:
    """Check drafts against each other and the bank, then save them all or nothing."""
    if not drafts and not errors:
        errors.append(RowError(0, _("The file contains no questions.")))
    first: dict[str, Draft] = {}
    unique: list[Draft] = []
    for draft in drafts:
        earlier = first.get(draft.code)
        if earlier is None:
            first[draft.code] = draft
            unique.append(draft)
        elif earlier.source == draft.source:
            errors.append(
                draft_error(
                    draft,
                    _("The code “%(code)s” is already used on line %(line)d.")
                    % {"code": draft.code, "line": earlier.line},
                )
            )
        else:
            errors.append(
                draft_error(
                    draft,
                    _("The code “%(code)s” is already used in %(file)s, line %(line)d.")
                    % {"code": draft.code, "file": earlier.source, "line": earlier.line},
                )
            )
    existing = _existing_questions([draft.code for draft in unique])
    for draft in unique:
        errors.extend(_resolve_against_bank(draft, existing.get(draft.code), default_topic))
        if draft.code in existing and not allow_updates:
            errors.append(
                draft_error(
                    draft,
                    _("“%(code)s” is already in the bank and you may not change questions.")
                    % {"code": draft.code},
                )
            )
    if errors:
        return ImportResult(errors=sorted(errors, key=_error_order), warnings=warnings)

    result = ImportResult(warnings=warnings, dry_run=dry_run)
    changes = []
    for draft in unique:
        question = existing.get(draft.code)
        if question is None:
            result.created += 1
            result.created_codes.append(draft.code)
        elif _unchanged(question, draft):
            result.unchanged += 1
            continue
        else:
            result.updated += 1
            result.updated_codes.append(draft.code)
        changes.append(draft)
    overwritten = sum(1 for draft in changes if draft.one_language and draft.code in existing)
    if overwritten:
        result.warnings.append(
            ngettext(
                "%(count)d question already in the bank was changed: its Chinese and English "
                "text is now the same.",
                "%(count)d questions already in the bank were changed: their Chinese and English "
                "text is now the same.",
                overwritten,
            )
            % {"count": overwritten}
        )
    if dry_run:
        return result
    draft = None
    try:
        with transaction.atomic():
            for draft in changes:
                save_question(
                    code=draft.code,
                    bank=draft.bank,
                    topic=draft.topic,
                    difficulty=draft.difficulty,
                    question_type=draft.question_type,
                    content=draft.content,
                    author=author,
                )
    except ValidationError as error:
        return ImportResult(
            errors=[draft_error(draft, " ".join(error.messages))], warnings=warnings
        )
    except DatabaseError as error:
        return ImportResult(
            errors=[
                draft_error(draft, _("The database refused this row: %(error)s") % {"error": error})
            ],
            warnings=warnings,
        )
    return result


def _existing_questions(codes: list[str]) -> dict[str, Question]:
    found: dict[str, Question] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        for question in Question.objects.filter(code__in=chunk).select_related("current_version"):
            found[question.code] = question
    return found


def _resolve_against_bank(
    draft: Draft, question: Question | None, default_topic: str | None
) -> list[RowError]:
    errors = []
    if question is not None and question.question_type != draft.question_type:
        errors.append(
            draft_error(
                draft,
                _(
                    "“%(code)s” is a %(type)s question in the bank; a question's type cannot "
                    "change, so give this one a new code."
                )
                % {"code": draft.code, "type": QuestionType(question.question_type).label},
            )
        )
    if draft.topic is None:
        draft.topic = question.topic if question is not None else default_topic
        if draft.topic is None:
            errors.append(
                draft_error(
                    draft,
                    _("“%(code)s” has no topic: its category names none; choose a default topic.")
                    % {"code": draft.code},
                )
            )
    if draft.difficulty is None:
        draft.difficulty = question.difficulty if question is not None else DEFAULT_DIFFICULTY
    return errors


def _unchanged(question: Question, draft: Draft) -> bool:
    version = question.current_version
    return (
        version is not None
        and draft.bank in (None, question.bank)
        and question.topic == draft.topic
        and question.difficulty == draft.difficulty
        and all(getattr(version, name) == draft.content[name] for name in VERSION_FIELDS)
    )


def _content_problems(kind: str, content: dict) -> list[tuple[str, str]]:
    return content_errors(kind, content) or version_model_errors(content)


# --- CSV and XLSX -----------------------------------------------------------------------------


def _read_csv(data: bytes):
    return _rows_to_drafts(tables.read_csv(data, max_rows=MAX_ROWS, too_many=_too_many))


def _read_xlsx(data: bytes):
    return _rows_to_drafts(tables.read_xlsx(data, max_rows=MAX_ROWS, too_many=_too_many))


def _rows_to_drafts(rows: tables.Rows):
    _header_line, names, body = tables.split_header(
        rows, columns=COLUMNS, required=REQUIRED_COLUMNS
    )
    drafts, errors = [], []
    for line, cells in body:
        if len(cells) > len(names) and any(cell.strip() for cell in cells[len(names) :]):
            errors.append(RowError(line, _("This row has more cells than the header has columns.")))
            continue
        values = {}
        for name, cell in zip(names, cells, strict=False):
            if name:
                values[name] = (
                    cell.strip() if name in NUMBER_COLUMNS else unescape_cell(cell).strip()
                )
        draft, problems = draft_from_values(line, values)
        errors.extend(RowError(line, f"{column}: {message}") for column, message in problems)
        if draft is not None and not problems:
            drafts.append(draft)
    return drafts, errors, []


def draft_from_values(
    line: int,
    cells: dict[str, str],
    *,
    options: list[dict] | None = None,
    accepted: dict[str, list[str]] | None = None,
) -> tuple[Draft | None, list[tuple[str, str]]]:
    """One question from the importer's columns, checked: the draft and (column, message)
    pairs. Text cells arrive as written. Formats with lists of their own (the question bank's
    YAML) pass ``options`` ({"zh", "en", "correct"} each) instead of the options_zh,
    options_en and correct cells, and ``accepted`` ({"zh": [...], "en": [...]}) instead of
    accepted_zh and accepted_en."""

    def cell(name: str) -> str:
        return cells.get(name, "")

    def problem(column: str, message: str) -> None:
        problems.append((column, message))

    problems: list[tuple[str, str]] = []
    for name, value in cells.items():
        if "\x00" in value:
            problem(name, _("contains a NUL character."))
    if problems:
        return None, problems

    code = cell("code")
    try:
        validate_code(code)
    except ValidationError as error:
        problem("code", " ".join(error.messages))
    bank = cell("bank") or None
    if bank is not None and bank not in Bank.values:
        problem(
            "bank",
            _("unknown bank “%(value)s”; use one of %(choices)s.")
            % {"value": bank, "choices": ", ".join(Bank.values)},
        )
    topic = cell("topic")
    if not topic:
        problem("topic", _("required."))
    elif topic not in Topic.values:
        problem(
            "topic",
            _("unknown topic “%(value)s”; use one of %(choices)s.")
            % {"value": topic, "choices": ", ".join(Topic.values)},
        )
    difficulty = None
    if cell("difficulty"):
        if cell("difficulty") in ("1", "2", "3"):
            difficulty = int(cell("difficulty"))
        else:
            problem("difficulty", _("write 1 (easy), 2 (medium) or 3 (hard)."))
    kind = cell("type")
    if not kind:
        problem("type", _("required."))
    elif kind not in QuestionType.values:
        problem(
            "type",
            _("unknown question type “%(value)s”; use one of %(choices)s.")
            % {"value": kind, "choices": ", ".join(QuestionType.values)},
        )
    points = _number(cell("points"), "points", problem)

    fields: dict = {}
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        fields["options"] = _options_from_cells(cell, problem) if options is None else options
        if kind == QuestionType.MULTIPLE and cell("partial_credit"):
            if cell("partial_credit") in QuestionVersion.PartialCredit.values:
                fields["partial_credit"] = cell("partial_credit")
            else:
                problem(
                    "partial_credit",
                    _("use %(choices)s.")
                    % {"choices": ", ".join(QuestionVersion.PartialCredit.values)},
                )
    elif kind == QuestionType.TRUE_FALSE:
        answer = cell("correct").lower()
        if answer in ("true", "false"):
            fields["true_false_answer"] = answer == "true"
        elif answer:
            problem("correct", _("write true or false."))
    elif kind == QuestionType.NUMERIC:
        fields["numeric_answer"] = _number(cell("numeric_answer"), "numeric_answer", problem)
        fields["numeric_tolerance"] = _number(cell("tolerance"), "tolerance", problem)
        tolerance_type = cell("tolerance_type")
        if tolerance_type and tolerance_type not in QuestionVersion.Tolerance.values:
            problem(
                "tolerance_type",
                _("use %(choices)s.") % {"choices": ", ".join(QuestionVersion.Tolerance.values)},
            )
        fields["tolerance_type"] = tolerance_type
        fields["unit"] = _unit_code(cell("unit"), problem)
    elif kind == QuestionType.SHORT_TEXT:
        for language in ("zh", "en"):
            items = (
                split_items(cell(f"accepted_{language}"))
                if accepted is None
                else accepted.get(language, [])
            )
            fields[f"accepted_{language}"] = [item for item in items if item]
    elif kind == QuestionType.ESSAY:
        fields["rubric_zh"], fields["rubric_en"] = cell("rubric_zh"), cell("rubric_en")
    if problems:
        return None, problems

    content = build_content(
        kind,
        prompt_zh=cell("prompt_zh"),
        prompt_en=cell("prompt_en"),
        explanation_zh=cell("explanation_zh"),
        explanation_en=cell("explanation_en"),
        points=points,
        **fields,
    )
    for key, message in _content_problems(kind, content):
        problem(COLUMN_FOR_KEY.get(key, key), message)
    draft = Draft(
        line=line,
        code=code,
        question_type=kind,
        content=content,
        bank=bank,
        topic=topic,
        difficulty=difficulty,
    )
    return draft, problems


def _number(text: str, column: str, problem) -> Decimal | None:
    if not text:
        return None
    try:
        return parse_decimal(text)
    except ValueError:
        problem(column, _("“%(value)s” is not a number.") % {"value": text[:50]})
        return None


def _unit_code(text: str, problem) -> str:
    if not text or text in UNITS:
        return text or "none"
    unit = unit_for_spelling(text)
    if unit is None:
        problem(
            "unit",
            _("unknown unit “%(value)s”; use one of %(choices)s.")
            % {"value": text[:50], "choices": ", ".join(UNITS)},
        )
        return "none"
    return unit.code


def _options_from_cells(cell, problem) -> list[dict]:
    zh, en = split_items(cell("options_zh")), split_items(cell("options_en"))
    if len(zh) != len(en):
        problem(
            "options_en",
            _("there are %(zh)d Chinese options but %(en)d English ones.")
            % {"zh": len(zh), "en": len(en)},
        )
        return []
    correct: set[int] = set()
    for item in filter(None, re.split(r"[|,;\s]+", cell("correct"))):
        if not item.isdigit() or not 1 <= int(item) <= len(zh):
            problem(
                "correct",
                _("“%(value)s” is not an option number between 1 and %(count)d.")
                % {"value": item[:20], "count": len(zh)},
            )
        elif int(item) in correct:
            problem("correct", _("option %(number)s is listed twice.") % {"number": item})
        else:
            correct.add(int(item))
    return [
        {"zh": text_zh, "en": text_en, "correct": number in correct}
        for number, (text_zh, text_en) in enumerate(zip(zh, en, strict=True), start=1)
    ]


# --- Moodle XML -------------------------------------------------------------------------------

MOODLE_TYPES = {"multichoice", "truefalse", "numerical", "shortanswer", "essay"}


def _line_numbering_parser():
    """defusedxml's parser (no DTDs, no entities), noting the line each element starts on."""
    from xml.etree.ElementTree import TreeBuilder

    from defusedxml.ElementTree import DefusedXMLParser

    class LineNumberingParser(DefusedXMLParser):
        def __init__(self):
            super().__init__(target=TreeBuilder(), forbid_dtd=True)
            self.lines: dict = {}

        def _start(self, *args, **kwargs):
            element = super()._start(*args, **kwargs)
            self.lines[element] = self.parser.CurrentLineNumber
            return element

    return LineNumberingParser()


def _read_moodle(data: bytes):
    if not data.strip():
        raise TableRejected(RowError(1, _("The file is empty.")))
    parser = _line_numbering_parser()
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as error:
        raise TableRejected(
            RowError(0, _("The file declares a DTD or entities, which are not accepted."))
        ) from error
    except Exception as error:  # expat reports bad XML (and bad encodings) several ways.
        position = getattr(error, "position", None)
        line = position[0] if isinstance(position, tuple) else 0
        raise TableRejected(
            RowError(
                line,
                _("The file is not valid XML: %(error)s") % {"error": str(error)[:200]},
            )
        ) from error
    if root.tag != "quiz":
        raise TableRejected(
            RowError(
                parser.lines.get(root, 1),
                _("This is not a Moodle XML file: it must start with <quiz>."),
            )
        )
    drafts, errors, warnings = [], [], []
    used_codes: set[str] = set()
    category_topic = None
    count = 0
    for element in root.iter("question"):
        line = parser.lines.get(element, 0)
        kind = element.get("type", "")
        if kind == "category":
            category_topic = _topic_from_category(_text(element, "category"))
            continue
        count += 1
        if count > MAX_ROWS:
            raise _too_many(line)
        name = _text(element, "name").strip()
        code = _moodle_code(name, used_codes, count)
        if kind not in MOODLE_TYPES:
            errors.append(
                RowError(
                    line,
                    _("“%(name)s”: the Moodle question type “%(type)s” is not supported.")
                    % {"name": name[:60] or code, "type": kind[:40]},
                )
            )
            continue
        problems: list[str] = []
        draft = _moodle_draft(element, kind, code, line, problems, warnings)
        if draft is not None:
            draft.topic = category_topic
        errors.extend(RowError(line, f"{code}: {problem}") for problem in dict.fromkeys(problems))
        if draft is not None and not problems:
            drafts.append(draft)
    if count:
        warnings.insert(
            0,
            _(
                "Moodle XML holds one language, so each question's text was copied into both "
                "Chinese and English. Translate the other language in the question bank."
            ),
        )
    return drafts, errors, warnings


def _text(element, path: str) -> str:
    """The text of ``path/text`` (Moodle wraps every text in a <text> element)."""
    node = element.find(path)
    if node is None:
        return ""
    inner = node.find("text")
    return "".join((inner if inner is not None else node).itertext())


def _formatted_text(element, path: str) -> str:
    node = element.find(path)
    if node is None:
        return ""
    return _plain_text(_text(element, path), node.get("format", ""))


def _plain_text(text: str, text_format: str) -> str:
    """Moodle's HTML as the plain text the bank stores."""
    if text_format == "html" or (not text_format and re.search(r"<[a-zA-Z/]", text)):
        text = " ".join(line.strip() for line in text.splitlines())
        text = re.sub(r"(?i)<br\s*/?>", "\n", text)
        text = re.sub(r"(?i)</(?:p|div|li|h[1-6]|tr)\s*>", "\n\n", text)
        text = html.unescape(re.sub(r"<[^<>]*>", "", text))
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _topic_from_category(path: str) -> str | None:
    last = path.strip().rstrip("/").rsplit("/", 1)[-1].strip().lower()
    return last if last in Topic.values else None


def _moodle_code(name: str, used: set[str], number: int) -> str:
    base = slugify(name, allow_unicode=True).upper()[:CODE_MAX_LENGTH] or f"MOODLE-{number}"
    code, suffix = base, 1
    while code in used:
        suffix += 1
        ending = f"-{suffix}"
        code = base[: CODE_MAX_LENGTH - len(ending)] + ending
    used.add(code)
    return code


def _fraction(answer, problems: list[str]) -> Decimal:
    text = answer.get("fraction", "0")
    try:
        return parse_decimal(text)
    except ValueError:
        problems.append(
            _("the answer fraction “%(value)s” is not a number.") % {"value": text[:20]}
        )
        return Decimal(0)


def _moodle_points(element, problems: list[str]) -> Decimal | None:
    text = _text(element, "defaultgrade").strip()
    if not text:
        return None
    try:
        points = parse_decimal(text)
    except ValueError:
        problems.append(_("the default grade “%(value)s” is not a number.") % {"value": text[:20]})
        return None
    if not Decimal(0) < points < Decimal(10000):
        problems.append(_("the default grade must be between 0 and 10000."))
        return None
    return points.quantize(Decimal("0.01"))


def _moodle_draft(element, kind, code, line, problems, warnings) -> Draft | None:
    prompt = _formatted_text(element, "questiontext")
    explanation = _formatted_text(element, "generalfeedback")
    points = _moodle_points(element, problems)
    answers = [
        (_fraction(answer, problems), _formatted_text(answer, "."))
        for answer in element.findall("answer")
    ]
    fields: dict = {}
    if kind == "multichoice":
        single = _text(element, "single").strip().lower() not in ("false", "0")
        question_type = QuestionType.SINGLE if single else QuestionType.MULTIPLE
        fields["options"] = [
            {"zh": text, "en": text, "correct": fraction > 0} for fraction, text in answers
        ]
        if not single:
            fields["partial_credit"] = QuestionVersion.PartialCredit.PROPORTIONAL
    elif kind == "truefalse":
        question_type = QuestionType.TRUE_FALSE
        right = [text.strip().lower() for fraction, text in answers if fraction > 0]
        if len(right) == 1 and right[0] in ("true", "false"):
            fields["true_false_answer"] = right[0] == "true"
        else:
            problems.append(_("one answer, “true” or “false”, must carry the marks."))
    elif kind == "numerical":
        question_type = QuestionType.NUMERIC
        fields.update(_moodle_numeric(element, problems))
    elif kind == "shortanswer":
        question_type = QuestionType.SHORT_TEXT
        accepted = [text for fraction, text in answers if fraction >= 100 and text]
        if any(0 < fraction < 100 for fraction, _answer in answers):
            warnings.append(
                _(
                    "Line %(line)d, %(code)s: answers worth part of the marks were left out; "
                    "only fully correct answers are accepted."
                )
                % {"line": line, "code": code}
            )
        fields["accepted_zh"] = fields["accepted_en"] = accepted
    else:
        question_type = QuestionType.ESSAY
        rubric = _formatted_text(element, "graderinfo")
        fields["rubric_zh"] = fields["rubric_en"] = rubric
    if problems:
        return None
    content = build_content(
        question_type,
        prompt_zh=prompt,
        prompt_en=prompt,
        explanation_zh=explanation,
        explanation_en=explanation,
        points=points,
        **fields,
    )
    # One text fills both languages, so report each problem once, in Moodle's terms.
    moodle_terms = {
        "prompt": _("the question text is empty."),
        "rubric": _("an essay needs grader information (the marking rubric)."),
        "accepted": _("give at least one answer worth 100%."),
    }
    for key, message in _content_problems(question_type, content):
        message = moodle_terms.get(key.rsplit("_", 1)[0], message)
        if message not in problems:
            problems.append(message)
    return Draft(
        line=line, code=code, question_type=question_type, content=content, one_language=True
    )


def _moodle_numeric(element, problems: list[str]) -> dict:
    best = None
    for answer in element.findall("answer"):
        fraction = _fraction(answer, problems)
        text = _text(answer, ".").strip()
        if fraction <= 0 or text == "*":
            continue
        if best is None or fraction > best[0]:
            best = (fraction, answer, text)
    if best is None:
        return {}
    _fraction_value, answer, text = best
    fields: dict = {"numeric_answer": None}
    try:
        fields["numeric_answer"] = parse_decimal(text)
    except ValueError:
        problems.append(_("the answer “%(value)s” is not a number.") % {"value": text[:20]})
    tolerance = _text(answer, "tolerance").strip()
    if tolerance:
        try:
            fields["numeric_tolerance"] = abs(parse_decimal(tolerance))
        except ValueError:
            problems.append(
                _("the tolerance “%(value)s” is not a number.") % {"value": tolerance[:20]}
            )
    for unit in element.findall("units/unit"):
        multiplier = _text(unit, "multiplier").strip() or "1"
        try:
            is_base = parse_decimal(multiplier) == 1
        except ValueError:
            is_base = False
        if is_base:
            name = _text(unit, "unit_name").strip()
            found = unit_for_spelling(name) if name else None
            if name and found is None:
                problems.append(_("unknown unit “%(value)s”.") % {"value": name[:20]})
            elif found is not None:
                fields["unit"] = found.code
            break
    return fields


# --- Question bank files (YAML) ---------------------------------------------------------------
#
# One file per bank and topic (``question_bank/<bank>/<topic>.yaml``), described in
# docs/question-bank.md. The file is read as YAML nodes, never constructed into Python objects:
# every value keeps the text it was written with (so "0.1" stays a decimal) and the line it
# was written on, and each question then goes through ``draft_from_values`` and
# ``check_and_save`` like a CSV row.

QUESTION_BANK_DIR = Path(__file__).resolve().parent / "question_bank"
BANK_FILE_KEYS = ("bank", "topic", "questions")
# A question's keys, in the order the exporter writes them.
QUESTION_KEYS = (
    "code",
    "type",
    "difficulty",
    "points",
    "prompt_zh",
    "prompt_en",
    "options",
    "correct",
    "partial_credit",
    "numeric_answer",
    "tolerance",
    "tolerance_type",
    "unit",
    "accepted_zh",
    "accepted_en",
    "rubric_zh",
    "rubric_en",
    "explanation_zh",
    "explanation_en",
)
OPTION_KEYS = ("zh", "en", "correct")
COMMON_QUESTION_KEYS = frozenset(
    {"code", "type", "difficulty", "points", "prompt_zh", "prompt_en"}
    | {"explanation_zh", "explanation_en"}
)
KEYS_FOR_TYPE = {
    QuestionType.SINGLE: {"options"},
    QuestionType.MULTIPLE: {"options", "partial_credit"},
    QuestionType.TRUE_FALSE: {"correct"},
    QuestionType.NUMERIC: {"numeric_answer", "tolerance", "tolerance_type", "unit"},
    QuestionType.SHORT_TEXT: {"accepted_zh", "accepted_en"},
    QuestionType.ESSAY: {"rubric_zh", "rubric_en"},
}
LIST_KEYS = frozenset({"options", "accepted_zh", "accepted_en"})
# Where a problem with an importer column is found in a bank file.
BANK_KEY_FOR_COLUMN = {"options_zh": "options", "options_en": "options"}
YAML_TAG_PREFIX = "tag:yaml.org,2002:"
YAML_NULL = YAML_TAG_PREFIX + "null"
# Plain values only: other tags (!!python/object, !!binary, custom ones) mean nothing here.
YAML_TEXT_TAGS = frozenset(
    YAML_TAG_PREFIX + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)


def question_bank_files(path: Path) -> list[Path]:
    """The bank files at ``path``: the file itself, or every ``*.yaml`` below a folder."""
    if path.is_dir():
        return sorted(file for file in path.rglob("*.yaml") if file.is_file())
    return [path] if path.is_file() else []


def load_question_bank(
    path: Path | None = None, *, dry_run: bool = False, author=None
) -> ImportResult:
    """Check every bank file under ``path`` and, only if none has a problem, create or update
    their questions (a version that attempts have drawn is never changed: see save_question)."""
    root = Path(path) if path is not None else QUESTION_BANK_DIR
    files = question_bank_files(root)
    if not files:
        return ImportResult(
            errors=[RowError(0, _("No question bank files (*.yaml) at %(path)s.") % {"path": root})]
        )
    drafts: list[Draft] = []
    errors: list[RowError] = []
    for file in files:
        source = str(file)
        try:
            data = file.read_bytes() if file.stat().st_size <= MAX_BYTES else None
        except OSError as error:
            message = _("The file cannot be read: %(error)s") % {"error": error.strerror}
            errors.append(SourcedRowError(0, message, source=source))
            continue
        if data is None:
            errors.append(SourcedRowError(0, tables.too_big().message, source=source))
            continue
        file_drafts, file_errors = read_question_bank_file(data, source=source)
        drafts.extend(file_drafts)
        errors.extend(file_errors)
    # Created in code order whatever the files' layout, so every site numbers them alike.
    drafts.sort(key=lambda draft: draft.code)
    return check_and_save(drafts, errors, [], dry_run=dry_run, author=author)


# libyaml when installed (ten times faster than PyYAML's own parser); marks carry lines either way.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# file > questions > question > options > option is five deep; more is a mistake or an attack.
MAX_NESTING = 8


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _line(node) -> int:
    return node.start_mark.line + 1


def _compose(text: str):
    """The document's nodes. Aliases are refused (a few bytes of them can stand for billions
    of nodes, and a question bank never needs to repeat itself), and so is deep nesting (the
    composer recurses), both found in a first pass over the parser's events."""
    depth = 0
    for event in yaml.parse(text, Loader=_YAML_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                event.start_mark.line + 1,
                _("aliases (*name) are not accepted; write the value out."),
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_NESTING:
                raise _Refused(
                    event.start_mark.line + 1, _("The file nests lists or mappings too deeply.")
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return yaml.compose(text, Loader=_YAML_LOADER)


def _yaml_problem(text: str, error: Exception) -> RowError:
    if isinstance(error, yaml.reader.ReaderError):
        if _YAML_LOADER is yaml.SafeLoader:
            line = text[: error.position].count("\n") + 1
        else:  # libyaml counts bytes
            line = text.encode()[: error.position].count(b"\n") + 1
        return RowError(
            line,
            _("The file contains a character YAML does not accept (U+%(code)04X).")
            % {"code": error.character if isinstance(error.character, int) else 0},
        )
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 0
    problem = getattr(error, "problem", None) or str(error)
    return RowError(line, _("This is not valid YAML: %(error)s") % {"error": str(problem)[:200]})


class _FileProblems:
    """Problems found in one bank file, each with its line; each reported once."""

    def __init__(self, source: str):
        self.source = source
        self.errors: dict[tuple[int, str], None] = {}

    def add(self, line: int, message: str) -> None:
        self.errors[(line, message)] = None

    def as_errors(self) -> list[RowError]:
        return [SourcedRowError(line, message, source=self.source) for line, message in self.errors]


def read_question_bank_file(data: bytes, *, source: str) -> tuple[list[Draft], list[RowError]]:
    """The questions of one bank file as drafts, and every problem found in it."""
    problems = _FileProblems(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.add(
            data[: error.start].count(b"\n") + 1, _("The file is not UTF-8 text at this line.")
        )
        return [], problems.as_errors()
    try:
        root = _compose(text)
    except yaml.YAMLError as error:
        problem = _yaml_problem(text, error)
        problems.add(problem.line, problem.message)
        return [], problems.as_errors()
    except _Refused as refused:
        problems.add(refused.line, refused.message)
        return [], problems.as_errors()
    if not isinstance(root, yaml.MappingNode):
        problems.add(
            _line(root) if root is not None else 1,
            _("A question bank file is a mapping with the keys %(keys)s.")
            % {"keys": ", ".join(BANK_FILE_KEYS)},
        )
        return [], problems.as_errors()
    top = _mapping(root, BANK_FILE_KEYS, problems)
    shared = {name: _text_value(top, name, problems) for name in ("bank", "topic")}
    # Problems with the bank or topic are reported once, where the file sets them.
    shared_lines = {name: _line(top.get(name, root)) for name in ("bank", "topic")}
    questions = top.get("questions")
    if not isinstance(questions, yaml.SequenceNode) or not questions.value:
        problems.add(
            _line(questions) if questions is not None else _line(root),
            _("“questions” must be a list of questions."),
        )
        return [], problems.as_errors()
    if len(questions.value) > MAX_ROWS:
        problems.add(_line(questions), _too_many(0).errors[0].message)
        return [], problems.as_errors()
    drafts = []
    for node in questions.value:
        draft = _question_draft(node, shared, shared_lines, problems)
        if draft is not None:
            draft.source = source
            drafts.append(draft)
    return drafts, problems.as_errors()


def _mapping(node, allowed: tuple[str, ...], problems: _FileProblems) -> dict:
    """A mapping node's values by key; unknown, repeated and non-text keys are problems."""
    values: dict = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in allowed:
            problems.add(
                _line(key_node),
                _("Unknown key “%(key)s”; use %(keys)s.")
                % {"key": str(key)[:40], "keys": ", ".join(allowed)},
            )
        elif key in values:
            problems.add(_line(key_node), _("The key “%(key)s” is repeated.") % {"key": key})
        else:
            values[key] = value_node
    return values


def _scalar_text(node, name: str, problems: _FileProblems) -> str:
    """A scalar's text as written (an empty or null value is ""), or "" and a problem."""
    if not isinstance(node, yaml.ScalarNode):
        problems.add(_line(node), _("“%(key)s” must be a single value.") % {"key": name})
        return ""
    if node.tag not in YAML_TEXT_TAGS:
        problems.add(_line(node), _("“%(key)s”: YAML tags are not accepted.") % {"key": name})
        return ""
    if node.tag == YAML_NULL:
        return ""
    if "\x00" in node.value:
        problems.add(_line(node), _("“%(key)s” contains a NUL character.") % {"key": name})
        return ""
    return node.value


def _text_value(values: dict, name: str, problems: _FileProblems) -> str:
    node = values.get(name)
    return "" if node is None else _scalar_text(node, name, problems)


def _text_list(node, name: str, problems: _FileProblems) -> list[str]:
    if not isinstance(node, yaml.SequenceNode):
        problems.add(_line(node), _("“%(key)s” must be a list.") % {"key": name})
        return []
    return [_scalar_text(item, name, problems) for item in node.value]


def _bank_options(node, problems: _FileProblems) -> list[dict]:
    if not isinstance(node, yaml.SequenceNode):
        problems.add(_line(node), _("“options” must be a list."))
        return []
    options = []
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            problems.add(
                _line(item),
                _("Each option is a mapping with the keys %(keys)s.")
                % {"keys": ", ".join(OPTION_KEYS)},
            )
            continue
        values = _mapping(item, OPTION_KEYS, problems)
        correct = _text_value(values, "correct", problems).lower()
        if correct not in ("", "true", "false"):
            problems.add(_line(values["correct"]), _("“correct”: write true or false."))
        options.append(
            {
                "zh": _text_value(values, "zh", problems),
                "en": _text_value(values, "en", problems),
                "correct": correct == "true",
            }
        )
    return options


def _question_draft(node, shared: dict, shared_lines: dict, problems: _FileProblems):
    if not isinstance(node, yaml.MappingNode):
        problems.add(_line(node), _("Each question is a mapping of keys such as code and type."))
        return None
    known_problems = len(problems.errors)
    values = _mapping(node, QUESTION_KEYS, problems)
    line = _line(node)
    cells = dict(shared)
    # Problems are reported on the line of their key (a list's items start below it).
    lines = dict(shared_lines)
    lines.update(
        (key_node.value, _line(key_node))
        for key_node, _value in node.value
        if isinstance(key_node, yaml.ScalarNode) and key_node.value in values
    )
    for name, value_node in values.items():
        if name not in LIST_KEYS:
            cells[name] = _scalar_text(value_node, name, problems)
    kind = cells.get("type", "")
    allowed = COMMON_QUESTION_KEYS | KEYS_FOR_TYPE.get(kind, set(values))
    for name in values:
        if name not in allowed:
            problems.add(
                lines[name],
                _("“%(key)s” does not belong to a %(type)s question.")
                % {"key": name, "type": kind},
            )
    options = _bank_options(values["options"], problems) if "options" in values else []
    accepted = {
        language: _text_list(values[f"accepted_{language}"], f"accepted_{language}", problems)
        if f"accepted_{language}" in values
        else []
        for language in ("zh", "en")
    }
    if len(problems.errors) > known_problems:
        # A question whose keys are wrong is not checked further: the rules would only
        # repeat the same mistake in other words.
        return None
    draft, found = draft_from_values(line, cells, options=options, accepted=accepted)
    code = cells.get("code", "")
    for column, message in found:
        key = BANK_KEY_FOR_COLUMN.get(column, column)
        if key == "correct" and kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            key = "options"
        where = f"{key}: " if key in shared or not code else f"{code}: {key}: "
        problems.add(lines.get(key, line), where + message)
    return draft if not found else None
