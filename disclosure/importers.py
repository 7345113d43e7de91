# ruff: noqa: RUF001, RUF002 (Chinese text and separators use full-width characters on purpose)
"""Import and export of the key-enterprise list (重点企业名单) as CSV or XLSX.

One row is one enterprise on one year's list. Line 1 names the columns (any order; the
columns marked * are required):

=================  =======================================================================
credit_code *      the 18-character unified social credit code; its check character is
                   verified. Spaces and hyphens are ignored, lower case is accepted.
name *             the registered Chinese name (at most 200 characters)
name_en            the English name (at most 250 characters)
sector_code *      the national industry classification code (GB/T 4754), e.g. C2611; it
                   must be one of the sectors in the reference data
region_code *      the 6-digit administrative region code (GB/T 2260), e.g. 320583
address            the address (at most 300 characters)
latitude           WGS 84 decimal degrees, e.g. 31.385; give both coordinates or neither
longitude          WGS 84 decimal degrees, e.g. 120.981
year *             the list year, e.g. 2024
must_disclose *    yes or no (also true/false, 1/0, 是/否): must it disclose its information
compulsory_audit * yes or no: must it do a compulsory cleaner production audit
bases *            why the enterprise is listed, one or more separated by ``|``:
                   exceeds_standards (双超), toxic_hazardous (双有), energy_limits (高耗能),
                   key_discharger (重点排污单位); the English labels are accepted too
source_document *  the list document, e.g. 苏环办〔2024〕12号 (at most 300 characters)
source_url         a link to the document (http or https)
=================  =======================================================================

A listed enterprise must disclose, do a compulsory audit, or both. The same credit code may
appear once per year; when it appears for several years, the enterprise details must be the
same on each line. An enterprise already known is updated with the file's details; an
optional column left out of the file keeps what is stored. Entries of the list not in the
file are left alone.

The whole file is checked first and every problem is reported with its line. Only a file
without a single problem is saved, in one transaction: a file with any bad row imports
nothing. Cells that a spreadsheet would run as a formula are exported with a leading
apostrophe, which the importer removes again.
"""

import csv
import datetime
import functools
import io
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import tables
from core.numbers import format_number
from core.tables import MAX_BYTES, RowError, TableRejected, unescape_cell
from disclosure import credit_codes
from disclosure.models import (
    Enterprise,
    EnterpriseYear,
    ListBasis,
    ListEntry,
    Sector,
    validate_region_code,
)
from disclosure.services import refresh_enterprise_years, require_reviewer

MAX_ROWS = 20_000
# The Cleaner Production Promotion Law took effect in 2003.
MIN_YEAR = 2003

COLUMNS = (
    "credit_code",
    "name",
    "name_en",
    "sector_code",
    "region_code",
    "address",
    "latitude",
    "longitude",
    "year",
    "must_disclose",
    "compulsory_audit",
    "bases",
    "source_document",
    "source_url",
)
REQUIRED_COLUMNS = (
    "credit_code",
    "name",
    "sector_code",
    "region_code",
    "year",
    "must_disclose",
    "compulsory_audit",
    "bases",
    "source_document",
)
NUMBER_COLUMNS = frozenset({"latitude", "longitude", "year"})
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Enterprise details a row may set, with their longest length for text.
ENTERPRISE_TEXT = {"name": 200, "name_en": 250, "address": 300}
ENTRY_FIELDS = (
    "must_disclose",
    "compulsory_audit",
    "basis_exceeds_standards",
    "basis_toxic_hazardous",
    "basis_energy_limits",
    "basis_key_discharger",
    "source_document",
    "source_url",
)

# Mainland China and its islands, generously: coordinates outside are a typing mistake (or
# latitude and longitude swapped).
LATITUDE_RANGE = (Decimal(3), Decimal(54))
LONGITUDE_RANGE = (Decimal(73), Decimal(136))
COORDINATE_PLACES = Decimal("0.000001")

TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "是", "√", "✓"})
FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "否", "×", "✗"})

# How people write each basis besides its value and its label in either language: the short
# Chinese names of the CP Promotion Law's triggers (双超, 双有, 高耗能) and of key dischargers.
BASIS_WORDS = {
    ListBasis.EXCEEDS_STANDARDS: ("双超", "超标", "超总量", "超标排放"),
    ListBasis.TOXIC_HAZARDOUS: ("双有", "有毒有害"),
    ListBasis.ENERGY_LIMITS: ("高耗能", "超能耗"),
    ListBasis.KEY_DISCHARGER: ("重点排污单位", "重点排污"),
}
BASIS_LABELS_ZH = {
    ListBasis.EXCEEDS_STANDARDS: "双超",
    ListBasis.TOXIC_HAZARDOUS: "双有",
    ListBasis.ENERGY_LIMITS: "高耗能",
    ListBasis.KEY_DISCHARGER: "重点排污单位",
}
BASIS_VALUES = tuple(ListBasis.values)


@functools.cache
def basis_spellings() -> dict[str, str]:
    """Lower-cased spellings of each basis -> its value."""
    spellings = {}
    for basis, words in BASIS_WORDS.items():
        labels = []
        for language in ("en", "zh-hans"):
            with translation.override(language):
                labels.append(str(basis.label))
        for word in (basis.value, *labels, *words):
            spellings[word.lower()] = basis.value
    return spellings


# Only the bar: labels may contain commas (and their translations enumeration commas).
BASIS_SEPARATORS = re.compile(r"[|｜]")
URL_CHECK = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class Change:
    """What importing one line does, for the preview."""

    line: int
    credit_code: str
    name: str
    year: int
    enterprise_is_new: bool
    entry_is_new: bool


@dataclass
class ImportResult:
    created: int = 0  # list entries added
    updated: int = 0  # list entries changed
    unchanged: int = 0  # rows that change nothing
    enterprises_created: int = 0
    enterprises_updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Row:
    """One line of the file, checked."""

    line: int
    credit_code: str
    year: int
    # Only the columns the file has: a column left out keeps the stored value.
    enterprise: dict
    entry: dict


# --- Entry points -----------------------------------------------------------------------------


def import_list(upload, *, actor, filename: str | None = None, dry_run: bool = False):
    """Import an uploaded CSV or XLSX file (chosen by its extension)."""
    require_reviewer(actor)
    name = filename or getattr(upload, "name", "") or ""
    kind = FORMATS.get(Path(name).suffix.lower())
    if kind is None:
        return ImportResult(errors=[RowError(0, _("Upload a .csv or .xlsx file."))])
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        return ImportResult(errors=[tables.too_big()])
    data = upload.read(MAX_BYTES + 1) if hasattr(upload, "read") else bytes(upload)
    importer = import_csv if kind == "csv" else import_xlsx
    return importer(data, actor=actor, dry_run=dry_run)


def import_csv(data: bytes, *, actor, dry_run: bool = False) -> ImportResult:
    return _run(tables.read_csv, data, actor=actor, dry_run=dry_run)


def import_xlsx(data: bytes, *, actor, dry_run: bool = False) -> ImportResult:
    return _run(tables.read_xlsx, data, actor=actor, dry_run=dry_run)


def _run(reader, data: bytes, *, actor, dry_run: bool) -> ImportResult:
    require_reviewer(actor)
    if len(data) > MAX_BYTES:
        return ImportResult(errors=[tables.too_big()])
    try:
        names, body = _table(reader(data, max_rows=MAX_ROWS, too_many=_too_many))
    except TableRejected as rejected:
        return ImportResult(errors=rejected.errors)
    rows, errors = _read_rows(names, body)
    if not rows and not errors:
        errors.append(RowError(0, _("The file contains no enterprises.")))
    errors.extend(_cross_check(rows))
    if errors:
        return ImportResult(errors=sorted(errors, key=lambda error: error.line))
    return _plan_and_save(rows, actor=actor, dry_run=dry_run)


def _too_many(line: int) -> TableRejected:
    return TableRejected(
        RowError(line, _("The file has more than %(rows)s rows; split it.") % {"rows": MAX_ROWS})
    )


def _table(rows: tables.Rows):
    _header_line, names, body = tables.split_header(
        rows, columns=COLUMNS, required=REQUIRED_COLUMNS
    )
    return names, body


# --- Reading and checking rows ----------------------------------------------------------------


def _read_rows(names: list[str], body: tables.Rows) -> tuple[list[Row], list[RowError]]:
    rows, errors = [], []
    present = frozenset(name for name in names if name)
    sectors = {sector.code: sector for sector in Sector.objects.all()}
    for line, cells in body:
        if len(cells) > len(names) and any(cell.strip() for cell in cells[len(names) :]):
            errors.append(RowError(line, _("This row has more cells than the header has columns.")))
            continue
        values = {
            name: unescape_cell(cell).strip()
            for name, cell in zip(names, cells, strict=False)
            if name
        }
        row, problems = _row_from_cells(line, values, present, sectors)
        errors.extend(RowError(line, problem) for problem in problems)
        if row is not None:
            rows.append(row)
    return rows, errors


def _row_from_cells(
    line: int, cells: dict[str, str], present: frozenset, sectors: dict[str, Sector]
) -> tuple[Row | None, list[str]]:
    """The checked row, or None and the problems found (each starts with its column)."""
    problems: list[str] = []

    def problem(column: str, message: str) -> None:
        problems.append(f"{column}: {message}")

    def cell(name: str) -> str:
        return cells.get(name, "")

    for name, value in cells.items():
        if "\x00" in value:
            problem(name, _("contains a NUL character."))
    if problems:
        return None, problems

    credit_code = credit_codes.normalise(cell("credit_code"))
    if not credit_code:
        problem("credit_code", _("required."))
    elif message := credit_codes.problem(credit_code):
        problem("credit_code", message)

    enterprise: dict = {}
    for name, longest in ENTERPRISE_TEXT.items():
        if name not in present:
            continue
        value = cell(name)
        if name == "name" and not value:
            problem(name, _("required."))
        elif len(value) > longest:
            problem(name, _("at most %(count)d characters.") % {"count": longest})
        enterprise[name] = value

    sector_code = cell("sector_code").upper()
    if not sector_code:
        problem("sector_code", _("required."))
    elif sector_code not in sectors:
        problem(
            "sector_code",
            _("unknown sector “%(code)s”; add it to the reference data first.")
            % {"code": sector_code[:20]},
        )
    else:
        enterprise["sector"] = sectors[sector_code]

    region_code = cell("region_code")
    try:
        validate_region_code(region_code)
    except ValidationError as error:
        problem("region_code", " ".join(error.messages))
    enterprise["region_code"] = region_code

    if "latitude" in present or "longitude" in present:
        coordinates = _coordinates(cell("latitude"), cell("longitude"), problem)
        if coordinates is not None:
            enterprise["latitude"], enterprise["longitude"] = coordinates

    year = _year(cell("year"), problem)

    entry: dict = {
        "must_disclose": _boolean(cell("must_disclose"), "must_disclose", problem),
        "compulsory_audit": _boolean(cell("compulsory_audit"), "compulsory_audit", problem),
    }
    if entry["must_disclose"] is False and entry["compulsory_audit"] is False:
        problem(
            "compulsory_audit",
            _("a listed enterprise must disclose, do a compulsory audit, or both."),
        )
    entry.update(_bases(cell("bases"), problem))

    source_document = cell("source_document")
    if not source_document:
        problem("source_document", _("required."))
    elif len(source_document) > 300:
        problem("source_document", _("at most %(count)d characters.") % {"count": 300})
    entry["source_document"] = source_document
    if "source_url" in present:
        source_url = cell("source_url")
        if source_url and not _is_web_address(source_url):
            problem(
                "source_url",
                _("not a web address; write it in full, starting with https:// or http://."),
            )
        entry["source_url"] = source_url

    if problems or year is None:
        return None, problems
    row = Row(line=line, credit_code=credit_code, year=year, enterprise=enterprise, entry=entry)
    return row, []


def _is_web_address(text: str) -> bool:
    if len(text) > 200:
        return False
    try:
        URL_CHECK(text)
    except ValidationError:
        return False
    return True


def _number(text: str, column: str, problem) -> Decimal | None:
    try:
        return tables.parse_decimal(text)
    except ValueError:
        problem(column, _("“%(value)s” is not a number.") % {"value": text[:30]})
        return None


def _coordinates(latitude: str, longitude: str, problem) -> tuple | None:
    """(latitude, longitude) rounded to 6 places, (None, None) for neither, None if wrong."""
    if not latitude and not longitude:
        return (None, None)
    if not (latitude and longitude):
        problem(
            "latitude" if not latitude else "longitude",
            _("give both latitude and longitude, or neither."),
        )
        return None
    values = []
    for column, text, (low, high) in (
        ("latitude", latitude, LATITUDE_RANGE),
        ("longitude", longitude, LONGITUDE_RANGE),
    ):
        value = _number(text, column, problem)
        if value is None:
            continue
        if not low <= value <= high:
            problem(
                column,
                _(
                    "%(value)s is outside China (%(low)s to %(high)s); check that latitude and "
                    "longitude are not swapped."
                )
                % {"value": text[:30], "low": low, "high": high},
            )
            continue
        values.append(value.quantize(COORDINATE_PLACES, rounding=ROUND_HALF_UP))
    return tuple(values) if len(values) == 2 else None


def _year(text: str, problem) -> int | None:
    last = timezone.localdate().year + 1
    if not text:
        problem("year", _("required."))
        return None
    if not (text.isascii() and text.isdigit() and MIN_YEAR <= int(text) <= last):
        problem(
            "year",
            _("write a year from %(first)d to %(last)d.") % {"first": MIN_YEAR, "last": last},
        )
        return None
    return int(text)


def _boolean(text: str, column: str, problem) -> bool | None:
    value = text.lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    problem(column, _("write yes or no."))
    return None


def _bases(text: str, problem) -> dict[str, bool]:
    chosen: set[str] = set()
    unknown = False
    for item in filter(None, (part.strip() for part in BASIS_SEPARATORS.split(text))):
        value = basis_spellings().get(item.lower())
        if value is not None:
            chosen.add(value)
            continue
        unknown = True
        problem(
            "bases",
            _("unknown basis “%(value)s”; use %(choices)s.")
            % {
                "value": item[:40],
                "choices": ", ".join(
                    f"{value} ({BASIS_LABELS_ZH[value]})" for value in BASIS_VALUES
                ),
            },
        )
    if not chosen and not unknown:
        problem("bases", _("give at least one basis for listing the enterprise."))
    return {f"basis_{value}": value in chosen for value in BASIS_VALUES}


def _cross_check(rows: list[Row]) -> list[RowError]:
    """Repeated enterprise-years, and enterprises described differently on two lines."""
    errors = []
    first_line: dict[tuple[str, int], int] = {}
    details: dict[str, Row] = {}
    for row in rows:
        key = (row.credit_code, row.year)
        if key in first_line:
            errors.append(
                RowError(
                    row.line,
                    _("%(code)s is already listed for %(year)d on line %(line)d.")
                    % {"code": row.credit_code, "year": row.year, "line": first_line[key]},
                )
            )
            continue
        first_line[key] = row.line
        earlier = details.setdefault(row.credit_code, row)
        if earlier is not row and earlier.enterprise != row.enterprise:
            errors.append(
                RowError(
                    row.line,
                    _(
                        "%(code)s has different name, sector, region, address or coordinates on "
                        "line %(line)d; give the same details on every line."
                    )
                    % {"code": row.credit_code, "line": earlier.line},
                )
            )
    return errors


# --- Comparing with what is stored, and saving ------------------------------------------------


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stored(rows: list[Row]):
    codes = sorted({row.credit_code for row in rows})
    enterprises: dict[str, Enterprise] = {}
    for chunk in _chunks(codes):
        for enterprise in Enterprise.objects.filter(credit_code__in=chunk).select_related("sector"):
            enterprises[enterprise.credit_code] = enterprise
    entries: dict[tuple[int, int], ListEntry] = {}
    years = sorted({row.year for row in rows})
    for chunk in _chunks([enterprise.pk for enterprise in enterprises.values()]):
        for entry in ListEntry.objects.filter(enterprise_id__in=chunk, year__in=years):
            entries[(entry.enterprise_id, entry.year)] = entry
    return enterprises, entries


def _apply(instance, values: dict) -> set[str]:
    """Set ``values`` on the model instance; the names of the fields that changed."""
    changed = set()
    for name, value in values.items():
        if name == "sector":
            if instance.sector_id != value.pk:
                instance.sector = value
                changed.add(name)
        elif getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.add(name)
    return changed


@dataclass
class _EnterprisePlan:
    enterprise: Enterprise
    is_new: bool
    # The fields the file changes (all of them for a new enterprise).
    changed: set[str]


def _plan_and_save(rows: list[Row], *, actor, dry_run: bool) -> ImportResult:
    enterprises, entries = _stored(rows)
    result = ImportResult(dry_run=dry_run)
    plans: dict[str, _EnterprisePlan] = {}
    entry_changes: list[tuple[_EnterprisePlan, ListEntry]] = []
    for row in rows:
        plan = plans.get(row.credit_code)
        if plan is None:
            stored = enterprises.get(row.credit_code)
            enterprise = stored or Enterprise(credit_code=row.credit_code)
            plan = plans[row.credit_code] = _EnterprisePlan(
                enterprise=enterprise,
                is_new=stored is None,
                changed=_apply(enterprise, row.enterprise),
            )
            if plan.is_new:
                result.enterprises_created += 1
            elif plan.changed:
                result.enterprises_updated += 1
        stored_entry = None if plan.is_new else entries.get((plan.enterprise.pk, row.year))
        entry = stored_entry or ListEntry(year=row.year, added_by=actor)
        if _apply(entry, row.entry) or stored_entry is None:
            if stored_entry is None:
                result.created += 1
            else:
                result.updated += 1
            entry_changes.append((plan, entry))
            result.changes.append(
                Change(
                    line=row.line,
                    credit_code=row.credit_code,
                    name=plan.enterprise.name,
                    year=row.year,
                    enterprise_is_new=plan.is_new,
                    entry_is_new=stored_entry is None,
                )
            )
        else:
            result.unchanged += 1
    if dry_run:
        return result
    try:
        with transaction.atomic():
            _save(plans, entry_changes)
    except (ValidationError, DatabaseError) as error:
        # Someone changed the list while the file was checked, or the database refused a
        # value the checks let through: nothing is saved.
        message = " ".join(getattr(error, "messages", [])) or str(error)
        return ImportResult(
            errors=[
                RowError(0, _("The database refused the import: %(error)s") % {"error": message})
            ]
        )
    return result


ENTERPRISE_SAVED_FIELDS = [
    "name",
    "name_en",
    "sector",
    "region_code",
    "province_code",
    "address",
    "latitude",
    "longitude",
    "updated_at",
]
ENTRY_SAVED_FIELDS = list(ENTRY_FIELDS)
BATCH = 500


def _save(plans: dict[str, _EnterprisePlan], entry_changes) -> None:
    """Save the new and changed enterprises and entries and rebuild the search summaries
    they touch. Runs inside the caller's transaction."""
    new, changed = [], []
    refresh: dict[tuple[int, int], Enterprise] = {}
    for plan in plans.values():
        enterprise = plan.enterprise
        if plan.is_new:
            # What Enterprise.save() does, for the batch insert below.
            enterprise.province_code = enterprise.region_code[:2]
            new.append(enterprise)
        elif plan.changed:
            changed.append(enterprise)
    Enterprise.objects.bulk_create(new, batch_size=BATCH)
    # One UPDATE each: Django's bulk_update is far slower for thousands of rows.
    for enterprise in changed:
        enterprise.save(update_fields=ENTERPRISE_SAVED_FIELDS)
    moved = [
        plan.enterprise
        for plan in plans.values()
        if not plan.is_new and plan.changed & {"sector", "region_code"}
    ]
    by_pk = {enterprise.pk: enterprise for enterprise in moved}
    for chunk in _chunks(list(by_pk)):
        # Every year's search summary copies the region and sector.
        for pk, year in EnterpriseYear.objects.filter(enterprise_id__in=chunk).values_list(
            "enterprise_id", "year"
        ):
            refresh[(pk, year)] = by_pk[pk]
    new_entries, changed_entries = [], []
    for plan, entry in entry_changes:
        entry.enterprise = plan.enterprise
        (changed_entries if entry.pk else new_entries).append(entry)
        refresh[(plan.enterprise.pk, entry.year)] = plan.enterprise
    ListEntry.objects.bulk_create(new_entries, batch_size=BATCH)
    for entry in changed_entries:
        entry.save(update_fields=ENTRY_SAVED_FIELDS)
    refresh_enterprise_years(
        pairs=[(enterprise, year) for (_pk, year), enterprise in refresh.items()]
    )


# --- Export and templates ---------------------------------------------------------------------


def entry_cells(entry: ListEntry) -> dict[str, str]:
    """A list entry in the file's columns (as text, before escaping)."""
    enterprise = entry.enterprise
    return {
        "credit_code": enterprise.credit_code,
        "name": enterprise.name,
        "name_en": enterprise.name_en,
        "sector_code": enterprise.sector.code,
        "region_code": enterprise.region_code,
        "address": enterprise.address,
        "latitude": format_number(enterprise.latitude),
        "longitude": format_number(enterprise.longitude),
        "year": str(entry.year),
        "must_disclose": "yes" if entry.must_disclose else "no",
        "compulsory_audit": "yes" if entry.compulsory_audit else "no",
        "bases": "|".join(entry.bases),
        "source_document": entry.source_document,
        "source_url": entry.source_url,
    }


def example_cells() -> dict[str, str]:
    """The example row of the template: a made-up enterprise with a valid credit code."""
    sector = Sector.objects.order_by("code").values_list("code", flat=True).first()
    return {
        "credit_code": credit_codes.build(region="320583", organisation="MAEXAMPLE"),
        "name": "示例化工有限公司",
        "name_en": "Example Chemicals Co., Ltd.",
        "sector_code": sector or "C2611",
        "region_code": "320583",
        "address": "江苏省昆山市示例路1号",
        "latitude": "31.385",
        "longitude": "120.981",
        "year": str(timezone.localdate().year),
        "must_disclose": "yes",
        "compulsory_audit": "yes",
        "bases": "exceeds_standards|key_discharger",
        "source_document": "示例：苏环办〔2024〕12号",
        "source_url": "https://example.org/list-2024.pdf",
    }


def entries_for_export(year: int):
    return (
        ListEntry.objects.filter(year=year)
        .select_related("enterprise__sector")
        .order_by("enterprise__credit_code")
    )


def _safe_cells(cells: dict[str, str]) -> list[str]:
    return [
        cells[name] if name in NUMBER_COLUMNS else tables.escape_cell(cells[name])
        for name in COLUMNS
    ]


def _csv(rows) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for cells in rows:
        writer.writerow(_safe_cells(cells))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _xlsx(rows, *, title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    sheet.append(list(COLUMNS))
    for cells in rows:
        values = []
        for name, cell in zip(COLUMNS, _safe_cells(cells), strict=True):
            if name == "year":
                values.append(int(cell))
            elif name in NUMBER_COLUMNS and cell:
                values.append(float(cell))
            else:
                values.append(ILLEGAL_CHARACTERS_RE.sub("", cell))
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_csv(year: int) -> bytes:
    return _csv(entry_cells(entry) for entry in entries_for_export(year).iterator(2000))


def export_xlsx(year: int) -> bytes:
    rows = (entry_cells(entry) for entry in entries_for_export(year).iterator(2000))
    return _xlsx(rows, title=f"list-{year}")


def template_csv() -> bytes:
    return _csv([example_cells()])


def template_xlsx() -> bytes:
    return _xlsx([example_cells()], title="list")


def export_filename(year: int | None, extension: str) -> str:
    stem = f"key-enterprise-list-{year}" if year else "key-enterprise-list-template"
    return f"{stem}-{datetime.date.today():%Y%m%d}.{extension}"
