"""Reading uploaded CSV and XLSX tables, for every importer in the project.

Readers return ``(line, cells)`` pairs with the file's own line numbers, so importers can
report each problem where the user will find it. A problem with the file as a whole raises
``TableRejected``. Cells that a spreadsheet would run as a formula are written with a leading
apostrophe on export (``escape_cell``) and restored on import (``unescape_cell``).
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from core.csv import FORMULA_STARTS

MAX_BYTES = 5 * 1024 * 1024
# An XLSX file is a zip archive: refuse archives that unpack to more than this.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RowError:
    """A problem on one line of the file; line 0 means the file as a whole."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}: {self.message}"


class TableRejected(Exception):
    """A problem with the file as a whole: nothing further is read."""

    def __init__(self, *errors: RowError):
        super().__init__(errors)
        self.errors = list(errors)


Rows = list[tuple[int, list[str]]]


def too_big() -> RowError:
    return RowError(
        0, _("The file is larger than %(size)d MB; split it.") % {"size": MAX_BYTES // 2**20}
    )


def _looks_like_formula(value: str) -> bool:
    rest = value.lstrip("'")
    return bool(rest) and rest.startswith(FORMULA_STARTS)


def escape_cell(value: str) -> str:
    """Stop spreadsheets running a text cell as a formula; ``unescape_cell`` undoes it."""
    return "'" + value if _looks_like_formula(value) else value


def unescape_cell(value: str) -> str:
    if value.startswith("'") and _looks_like_formula(value[1:]):
        return value[1:]
    return value


# Written so that no input makes the regular expression backtrack.
NUMBER_PATTERN = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,4})?")


def parse_decimal(text: str) -> Decimal:
    """A finite decimal written plainly ("12.5", "-3", "1e-3"); ValueError otherwise."""
    cleaned = text.strip()
    if len(cleaned) > 60 or not NUMBER_PATTERN.fullmatch(cleaned):
        raise ValueError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if abs(value) < Decimal("1e20"):
        # "23.0000000" and "23" are the same number.
        integral = value.to_integral_value()
        value = integral.quantize(Decimal(1)) if value == integral else value.normalize()
    return value


def read_csv(data: bytes, *, max_rows: int, too_many) -> Rows:
    """The rows of a UTF-8 CSV file. ``too_many(line)`` builds the TableRejected raised when
    the file has more than ``max_rows`` filled rows after the header."""
    if data.startswith(b"PK\x03\x04"):
        raise TableRejected(
            RowError(0, _("This is a spreadsheet file, not CSV: upload it with the .xlsx name."))
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise TableRejected(
            RowError(
                line,
                _("The file is not UTF-8 text. In the spreadsheet program save it as “CSV UTF-8”."),
            )
        ) from error
    if not text.strip():
        raise TableRejected(RowError(1, _("The file is empty: line 1 must name the columns.")))
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    rows: Rows = []
    read_up_to = filled = 0
    try:
        for record in reader:
            start, read_up_to = read_up_to + 1, reader.line_num
            rows.append((start, record))
            filled += any(cell.strip() for cell in record)
            if filled > max_rows + 1:
                raise too_many(start)
    except csv.Error as error:
        raise TableRejected(
            RowError(
                read_up_to + 1,
                _("This line could not be read as CSV: %(error)s") % {"error": error},
            )
        ) from error
    return rows


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def read_xlsx(data: bytes, *, max_rows: int, too_many) -> Rows:
    """The rows of the first worksheet of an XLSX file, as text."""
    from openpyxl import load_workbook

    unreadable = TableRejected(RowError(0, _("The file could not be read as an XLSX spreadsheet.")))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise unreadable from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise TableRejected(
            RowError(
                0,
                _("The spreadsheet unpacks to more than %(size)d MB; split it.")
                % {"size": MAX_UNPACKED_BYTES // 2**20},
            )
        )
    rows: Rows = []
    filled = 0
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [cell_text(value) for value in values]
                rows.append((line, cells))
                filled += any(cell.strip() for cell in cells)
                if filled > max_rows + 1:
                    raise too_many(line)
        finally:
            workbook.close()
    except TableRejected:
        raise
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged file.
        raise unreadable from error
    if not any(any(cell.strip() for cell in cells) for _line, cells in rows):
        raise TableRejected(RowError(1, _("The file is empty: line 1 must name the columns.")))
    return rows


def split_header(rows: Rows, *, columns, required) -> tuple[int, list[str], Rows]:
    """The header line, the lower-cased column names, and the filled rows after it. Unknown,
    repeated or missing columns reject the file."""
    while rows and not any(cell.strip() for cell in rows[0][1]):
        rows = rows[1:]
    if not rows:
        raise TableRejected(RowError(1, _("The file is empty: line 1 must name the columns.")))
    header_line, header = rows[0]
    names = [cell.strip().lower().lstrip("\ufeff") for cell in header]
    errors = []
    for name in sorted({name for name in names if name and name not in columns}):
        errors.append(RowError(header_line, _("Unknown column “%(column)s”.") % {"column": name}))
    for name in sorted({name for name in names if name and names.count(name) > 1}):
        errors.append(
            RowError(header_line, _("The column “%(column)s” appears twice.") % {"column": name})
        )
    missing = [name for name in required if name not in names]
    if missing:
        errors.append(
            RowError(
                header_line,
                _("Missing required columns: %(columns)s.") % {"columns": ", ".join(missing)},
            )
        )
    if errors:
        raise TableRejected(*errors)
    body = [(line, cells) for line, cells in rows[1:] if any(cell.strip() for cell in cells)]
    return header_line, names, body
