"""Fill a section of a draft report from a CSV or XLSX file, and the files to start from.

Sections: discharges, wastes, penalties, and per CP audit round its options and team. Each
has a downloadable template (the header line and one example row; the columns are explained
on the page) and the same columns for downloading the rows already entered.

Importing works in two passes. Every row is read and checked first, collecting every problem
as ``RowError(line, message)`` with the file's own line numbers. Only a file without a single
problem then replaces the section's rows, through the services (``replace_discharges``,
``replace_wastes``, ``replace_penalties``, ``save_audit``), inside one transaction: a file
with any bad row changes nothing.

The row checks (``discharge_row``, ``waste_row``…) take typed values and also serve the
forms in the browser (``disclosure/forms.py``), so a row means the same however it is typed.
Quantities may be given in any unit of the right kind (kg, g, µg/m³…); they are stored in the
canonical unit next to the value and unit as reported.
"""

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import tables
from core.numbers import format_number
from core.tables import (
    MAX_BYTES,
    RowError,
    TableRejected,
    escape_cell,
    parse_decimal,
    unescape_cell,
)
from core.units import UNITS, Unit, convert
from disclosure import services
from disclosure.models import (
    AuditRecord,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    Method,
    PenaltyRecord,
    Pollutant,
    ReportVersion,
    Standard,
    StandardLimit,
    WasteRecord,
)

MAX_ROWS = 2000
TONNE = UNITS["t"]
FORMATS = (".csv", ".xlsx")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A problem found by a row check: the column (or form field) it concerns, or None for the
# row as a whole, and the message.
Problem = tuple[str | None, str]


@dataclass
class ImportResult:
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    # Problems that do not stop the import (a certificate number that matches no holder).
    warnings: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class Column:
    name: str
    help: object
    required: bool = False
    example: str = ""
    numeric: bool = False


# --- Typed checks shared by files and forms ---------------------------------------------------


def key(text: str) -> str:
    """How names, codes and choices are compared: full-width forms, case and spaces ignored."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def standard_key(number: str) -> str:
    """GB13223-2011, gb 13223—2011 and GB 13223-2011 are the same standard."""
    text = unicodedata.normalize("NFKC", number or "").upper()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return "".join(text.split())


class Lookups:
    """Reference data loaded once per import or form, so rows cost no queries."""

    def __init__(self):
        self.pollutants: dict[str, list[Pollutant]] = {}
        for pollutant in Pollutant.objects.all():
            for name in {
                pollutant.code,
                pollutant.name_zh,
                pollutant.name_en,
                pollutant.formula,
            }:
                if name:
                    found = self.pollutants.setdefault(key(name), [])
                    if pollutant not in found:
                        found.append(pollutant)
        self.standards = {standard_key(s.number): s for s in Standard.objects.all()}
        self.limits = {
            (standard_id, pollutant_id): limit
            for standard_id, pollutant_id, limit in StandardLimit.objects.values_list(
                "standard_id", "pollutant_id", "limit"
            )
        }

    def pollutant(self, text: str) -> tuple[Pollutant | None, str | None]:
        found = self.pollutants.get(key(text), [])
        if len(found) == 1:
            return found[0], None
        if found:
            return None, _("“%(text)s” names several pollutants: use the pollutant code.") % {
                "text": text
            }
        return None, _(
            "Unknown pollutant “%(text)s”: use a pollutant code (such as so2, nox, cod) or its "
            "name; the list is on the page."
        ) % {"text": text}

    def standard(self, text: str) -> Standard | None:
        return self.standards.get(standard_key(text))

    def limit(self, standard: Standard, pollutant: Pollutant) -> Decimal | None:
        return self.limits.get((standard.pk, pollutant.pk))


def _field(model, name: str):
    return model._meta.get_field(name)


def _too_large(value: Decimal, model, name: str) -> bool:
    model_field = _field(model, name)
    return abs(value) >= Decimal(10) ** (model_field.max_digits - model_field.decimal_places)


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def check_reported(value: Decimal | None, model, name: str, column: str) -> list[Problem]:
    """A number as the enterprise typed it must fit its column exactly."""
    if value is None:
        return []
    if value < 0:
        return [(column, _("The number must not be negative."))]
    places = _field(model, name).decimal_places
    if _too_large(value, model, name):
        return [(column, _("The number is too large."))]
    if _places(value.normalize()) > places:
        return [(column, _("Use at most %(places)d decimal places.") % {"places": places})]
    return []


def fit(value: Decimal | None, model, name: str) -> Decimal | None:
    """A converted value rounded to the decimal places its column keeps."""
    if value is None:
        return None
    places = _field(model, name).decimal_places
    return value.quantize(Decimal(1).scaleb(-places))


def _convertible(unit_code: str, canonical: Unit) -> bool:
    unit = UNITS.get(unit_code)
    return unit is not None and convert(Decimal(1), from_unit=unit, to_unit=canonical) is not None


def _units_like(canonical: Unit) -> str:
    return ", ".join(
        str(unit.label) for unit in UNITS.values() if _convertible(unit.code, canonical)
    )


def _model_problems(error: ValidationError, columns: dict[str, str]) -> list[Problem]:
    problems: list[Problem] = []
    for name, messages in error.message_dict.items():
        column = columns.get(name, name if name != "__all__" else None)
        problems.extend((column, message) for message in messages)
    return problems


def discharge_row(
    *,
    version: ReportVersion,
    lookups: Lookups,
    outlet_code: str,
    outlet_name: str,
    pollutant: Pollutant,
    method: str,
    concentration: Decimal | None = None,
    concentration_unit: str = "",
    standard: Standard | None = None,
    limit: Decimal | None = None,
    annual_quantity: Decimal | None = None,
    quantity_unit: str = "",
    permitted_quantity: Decimal | None = None,
    permitted_unit: str = "",
) -> tuple[DischargeRecord | None, list[Problem]]:
    """A discharge row (not saved) with the exceedance computed, or its problems. Units are
    codes of ``core.units``; the limit is in the concentration unit of the row."""
    problems: list[Problem] = []
    canonical = UNITS.get(pollutant.concentration_unit)
    if canonical is None:
        return None, [("pollutant", _("This pollutant has no known concentration unit."))]
    concentration_unit = concentration_unit or canonical.code
    quantity_unit = quantity_unit or TONNE.code
    permitted_unit = permitted_unit or TONNE.code
    if not _convertible(concentration_unit, canonical):
        problems.append(
            (
                "concentration_unit",
                _("%(pollutant)s is measured in %(units)s.")
                % {"pollutant": pollutant.name, "units": _units_like(canonical)},
            )
        )
    for column, unit in (("quantity_unit", quantity_unit), ("permitted_unit", permitted_unit)):
        if not _convertible(unit, TONNE):
            problems.append(
                (column, _("Use a unit of mass: %(units)s.") % {"units": _units_like(TONNE)})
            )
    problems += check_reported(
        concentration, DischargeRecord, "concentration_reported", "concentration"
    )
    problems += check_reported(limit, DischargeRecord, "concentration_reported", "limit")
    problems += check_reported(
        annual_quantity, DischargeRecord, "quantity_reported", "annual_quantity"
    )
    problems += check_reported(
        permitted_quantity, DischargeRecord, "permitted_reported", "permitted_quantity"
    )
    if problems:
        return None, problems
    limit_canonical = None
    if limit is not None:
        limit_canonical = convert(limit, from_unit=UNITS[concentration_unit], to_unit=canonical)
    elif standard is not None:
        limit_canonical = lookups.limit(standard, pollutant)
        if limit_canonical is None:
            return None, [
                (
                    "limit",
                    _("%(standard)s sets no limit for %(pollutant)s: give the limit applied.")
                    % {"standard": standard.number, "pollutant": pollutant.name},
                )
            ]
    record = services.build_discharge(
        version=version,
        outlet_code=outlet_code,
        outlet_name=outlet_name,
        pollutant=pollutant,
        method=method,
        concentration=concentration,
        concentration_unit=concentration_unit,
        standard=standard,
        limit=limit_canonical,
        quantity=annual_quantity,
        quantity_unit=quantity_unit,
        permitted=permitted_quantity,
        permitted_unit=permitted_unit,
    )
    for name, column in (
        ("concentration", "concentration"),
        ("limit", "limit"),
        ("quantity_t", "annual_quantity"),
        ("permitted_t", "permitted_quantity"),
    ):
        value = getattr(record, name)
        if value is not None and _too_large(value, DischargeRecord, name):
            problems.append((column, _("The number is too large.")))
        else:
            setattr(record, name, fit(value, DischargeRecord, name))
    if problems:
        return None, problems
    try:
        record.clean_fields(exclude=["version", "pollutant", "standard"])
    except ValidationError as error:
        return None, _model_problems(
            error,
            {
                "concentration_reported": "concentration",
                "quantity_reported": "annual_quantity",
                "permitted_reported": "permitted_quantity",
            },
        )
    return record, []


HW_CLASS = re.compile(r"HW(\d{2})")
HW_CODE = re.compile(r"\d{3}-\d{3}-(\d{2})")
WASTE_AMOUNTS = ("generated", "utilised", "disposed", "stored")


def waste_row(
    *,
    version: ReportVersion,
    category: str,
    name: str,
    generated: Decimal,
    waste_code: str = "",
    utilised: Decimal | None = None,
    disposed: Decimal | None = None,
    stored: Decimal | None = None,
    unit: str = "",
    receiver: str = "",
    receiver_licence: str = "",
) -> tuple[WasteRecord | None, list[Problem]]:
    """A waste row in tonnes (not saved), or its problems."""
    problems: list[Problem] = []
    unit = unit or TONNE.code
    parts = re.split(r"[ /]+", waste_code.strip().upper()) if waste_code.strip() else []
    waste_code = " ".join(parts)
    if category == WasteRecord.Category.HAZARDOUS:
        classes = [m[1] for part in parts if (m := HW_CLASS.fullmatch(part))]
        codes = [m for part in parts if (m := HW_CODE.fullmatch(part))]
        if (
            not parts
            or len(classes) > 1
            or len(codes) > 1
            or len(classes) + len(codes) < len(parts)
        ):
            problems.append(
                (
                    "waste_code",
                    _(
                        "Give the code of the National Hazardous Waste List, e.g. HW08 or "
                        "900-249-08."
                    ),
                )
            )
        elif classes and codes and classes[0] != codes[0][1]:
            problems.append(
                (
                    "waste_code",
                    _("%(code)s does not belong to class HW%(class)s.")
                    % {"code": codes[0][0], "class": classes[0]},
                )
            )
    if not _convertible(unit, TONNE):
        problems.append(
            ("unit", _("Use a unit of mass: %(units)s.") % {"units": _units_like(TONNE)})
        )
    amounts = dict(zip(WASTE_AMOUNTS, (generated, utilised, disposed, stored), strict=True))
    for column, value in amounts.items():
        problems += check_reported(value, WasteRecord, f"{column}_t", column)
    if problems:
        return None, problems
    tonnes = {}
    for column, value in amounts.items():
        converted = convert(value or Decimal(0), from_unit=UNITS[unit], to_unit=TONNE)
        if _too_large(converted, WasteRecord, f"{column}_t"):
            problems.append((column, _("The number is too large.")))
        tonnes[f"{column}_t"] = fit(converted, WasteRecord, f"{column}_t")
    if problems:
        return None, problems
    record = WasteRecord(
        version=version,
        category=category,
        waste_code=waste_code,
        name=name.strip(),
        reported_unit=unit,
        receiver=receiver.strip(),
        receiver_licence=receiver_licence.strip(),
        **tonnes,
    )
    try:
        record.clean_fields(exclude=["version"])
    except ValidationError as error:
        return None, _model_problems(error, {f"{c}_t": c for c in WASTE_AMOUNTS})
    return record, []


def penalty_row(
    *,
    version: ReportVersion,
    decided_on: datetime.date,
    authority: str,
    document_number: str,
    violation: str,
    fine_yuan: Decimal | None = None,
    rectification: str = "",
    rectified_on: datetime.date | None = None,
) -> tuple[PenaltyRecord | None, list[Problem]]:
    problems: list[Problem] = []
    today = timezone.localdate()
    if decided_on > today:
        problems.append(("decided_on", _("The date cannot be in the future.")))
    if rectified_on is not None:
        if rectified_on > today:
            problems.append(("rectified_on", _("The date cannot be in the future.")))
        elif rectified_on < decided_on:
            problems.append(
                ("rectified_on", _("Rectification cannot come before the penalty decision."))
            )
    problems += check_reported(fine_yuan, PenaltyRecord, "fine_yuan", "fine_yuan")
    if problems:
        return None, problems
    record = PenaltyRecord(
        version=version,
        decided_on=decided_on,
        authority=authority.strip(),
        document_number=document_number.strip(),
        violation=violation.strip(),
        fine_yuan=fine_yuan or Decimal(0),
        rectification=rectification.strip(),
        rectified_on=rectified_on,
    )
    try:
        record.clean_fields(exclude=["version"])
    except ValidationError as error:
        return None, _model_problems(error, {})
    return record, []


OPTION_AMOUNTS = (
    "investment_10k_yuan",
    "water_m3",
    "electricity_kwh",
    "energy_tce",
    "materials_t",
    "cod_t",
    "nh3n_t",
    "so2_t",
    "nox_t",
    "vocs_t",
    "hazardous_waste_t",
    "benefit_10k_yuan",
)
OPTION_FIELDS = ("title", "cost_class", "orientation", "status", *OPTION_AMOUNTS)


def option_row(
    *, title: str, cost_class: str, status: str, orientation: str = "", **amounts
) -> tuple[dict | None, list[Problem]]:
    """A CP option as ``services.save_audit`` takes it, or its problems."""
    problems: list[Problem] = []
    values = {
        "title": title.strip(),
        "cost_class": cost_class,
        "orientation": orientation or CPOption.Orientation.TECHNOLOGY,
        "status": status,
    }
    for name in OPTION_AMOUNTS:
        value = amounts.get(name)
        problems += check_reported(value, CPOption, name, name)
        values[name] = value if value is not None else Decimal(0)
    if problems:
        return None, problems
    try:
        CPOption(**values).clean_fields(exclude=["audit"])
    except ValidationError as error:
        return None, _model_problems(error, {})
    return values, []


CERTIFICATE_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9-]{0,39}")


def team_row(
    *, name: str, role: str = "", certificate_number: str = ""
) -> tuple[dict | None, list[Problem]]:
    """An audit team member as ``services.save_audit`` takes it, or its problems."""
    problems: list[Problem] = []
    number = "".join(certificate_number.split()).upper()
    values = {"name": " ".join(name.split()), "role": role.strip(), "certificate_number": number}
    if not values["name"]:
        problems.append(("name", _("Give the member's name.")))
    elif len(values["name"]) > 150:
        problems.append(("name", _("Use at most %(count)d characters.") % {"count": 150}))
    if len(values["role"]) > 100:
        problems.append(("role", _("Use at most %(count)d characters.") % {"count": 100}))
    if number and not CERTIFICATE_NUMBER.fullmatch(number):
        problems.append(
            (
                "certificate_number",
                _("A certificate number has letters, digits and hyphens, e.g. CPA-2024-000123."),
            )
        )
    return (None, problems) if problems else (values, [])


def certificate_warning(member: AuditTeamMember) -> str | None:
    """Why a saved team member's certificate is not linked, if it is not. Read from what
    ``services.save_audit`` matched: looking the pair up again would be an uncounted look-up."""
    if member.certificate_number and member.certificate_id is None:
        return _(
            "No certificate %(number)s in the name of %(name)s was found: the member is shown "
            "without a link to a certificate. Check the number and the name as printed on it."
        ) % {"number": member.certificate_number, "name": member.name}
    return None


# --- Reading cells ----------------------------------------------------------------------------


def _aliases(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {key(alias): value for value, aliases in table.items() for alias in (value, *aliases)}


METHOD_ALIASES = _aliases(
    {
        Method.MONITORING: ("monitored", "监测", "自动监测", "手工监测", "在线监测"),
        Method.CALCULATION: ("calculated", "计算", "核算", "物料衡算"),
        Method.ESTIMATE: ("estimated", "估算", "估计"),
    }
)
CATEGORY_ALIASES = _aliases(
    {
        WasteRecord.Category.HAZARDOUS: ("hazardous waste", "危险废物", "危废", "hw"),
        WasteRecord.Category.INDUSTRIAL_SOLID: (
            "industrial solid",
            "general industrial solid waste",
            "一般工业固体废物",
            "一般工业固废",
            "一般固废",
        ),
    }
)
COST_CLASS_ALIASES = _aliases(
    {
        CPOption.CostClass.NO_LOW: ("no/low", "no or low cost", "无低费", "无/低费", "无低费方案"),
        CPOption.CostClass.MID_HIGH: (
            "mid/high",
            "medium or high cost",
            "中高费",
            "中/高费",
            "中高费方案",
        ),
    }
)
ORIENTATION_ALIASES = _aliases(
    {
        CPOption.Orientation.TECHNOLOGY: ("技术", "技术类"),
        CPOption.Orientation.MANAGEMENT: ("管理", "管理类"),
    }
)
STATUS_ALIASES = _aliases(
    {
        CPOption.Status.PLANNED: ("计划", "计划实施", "未实施"),
        CPOption.Status.IMPLEMENTING: ("being implemented", "实施中", "正在实施"),
        CPOption.Status.IMPLEMENTED: ("已实施", "已完成", "完成"),
    }
)
DATE_PATTERN = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]00:00(?::00)?)?")


class _Row:
    """One line of the file: reads its cells and collects its problems."""

    def __init__(self, line: int, values: dict[str, str]):
        self.line = line
        self.values = values
        self.errors: list[RowError] = []

    def add(self, column: str | None, message: str) -> None:
        if column:
            message = _("%(column)s: %(problem)s") % {"column": column, "problem": message}
        self.errors.append(RowError(self.line, message))

    def add_all(self, problems: list[Problem]) -> None:
        for column, message in problems:
            self.add(column, message)

    def text(self, column: str, *, required: bool = False, max_length: int = 500) -> str:
        value = self.values.get(column, "")
        if required and not value:
            self.add(column, _("This column must be filled in."))
        elif any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in value):
            self.add(column, _("The text contains control characters; remove them."))
            return ""
        elif len(value) > max_length:
            self.add(column, _("Use at most %(count)d characters.") % {"count": max_length})
        return value

    def number(self, column: str, *, required: bool = False) -> Decimal | None:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.add(column, _("This column must be filled in."))
            return None
        try:
            return parse_decimal(value.replace(",", "") if _grouped(value) else value)
        except ValueError:
            self.add(
                column,
                _("“%(value)s” is not a number (write it like 12.5, without units).")
                % {"value": value[:40]},
            )
            return None

    def unit(self, column: str) -> str:
        value = self.values.get(column, "")
        if not value:
            return ""
        code = services.unit_code(value)
        if code is None:
            self.add(column, _("Unknown unit “%(unit)s”.") % {"unit": value[:40]})
            return ""
        return code

    def date(self, column: str, *, required: bool = False) -> datetime.date | None:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.add(column, _("This column must be filled in."))
            return None
        match = DATE_PATTERN.fullmatch(value)
        try:
            if not match:
                raise ValueError(value)
            return datetime.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            self.add(
                column,
                _("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2024-03-15.")
                % {"value": value[:40]},
            )
            return None

    def choice(self, column: str, aliases: dict[str, str], *, required: bool = True) -> str:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.add(column, _("This column must be filled in."))
            return ""
        choice = aliases.get(key(value))
        if choice is None:
            allowed = sorted(set(aliases.values()))
            self.add(
                column,
                _("“%(value)s” is not one of: %(allowed)s.")
                % {"value": value[:40], "allowed": ", ".join(allowed)},
            )
            return ""
        return choice


def _grouped(value: str) -> bool:
    """12,345.6 (thousands separators, as spreadsheets often show numbers)."""
    return bool(re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", value))


# --- Sections ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    name: str
    title: object
    columns: tuple[Column, ...]
    parse: Callable
    per_audit: bool = False

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def required_columns(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns if column.required)


def _parse_discharge(row: _Row, context: dict):
    lookups: Lookups = context["lookups"]
    outlet_code = row.text("outlet_code", required=True, max_length=40)
    outlet_name = row.text("outlet_name", max_length=200)
    pollutant = None
    pollutant_text = row.text("pollutant", required=True, max_length=100)
    if pollutant_text:
        pollutant, problem = lookups.pollutant(pollutant_text)
        if problem:
            row.add("pollutant", problem)
    concentration = row.number("concentration")
    concentration_unit = row.unit("concentration_unit")
    standard = None
    standard_text = row.text("standard", max_length=40)
    if standard_text:
        standard = lookups.standard(standard_text)
        if standard is None:
            row.add(
                "standard",
                _("Unknown standard “%(number)s”: use the number as on the page's list.")
                % {"number": standard_text},
            )
    limit = row.number("limit")
    annual_quantity = row.number("annual_quantity")
    quantity_unit = row.unit("quantity_unit")
    permitted_quantity = row.number("permitted_quantity")
    permitted_unit = row.unit("permitted_unit")
    method = row.choice("method", METHOD_ALIASES)
    if row.errors:
        return None
    record, problems = discharge_row(
        version=context["version"],
        lookups=lookups,
        outlet_code=outlet_code,
        outlet_name=outlet_name,
        pollutant=pollutant,
        method=method,
        concentration=concentration,
        concentration_unit=concentration_unit,
        standard=standard,
        limit=limit,
        annual_quantity=annual_quantity,
        quantity_unit=quantity_unit,
        permitted_quantity=permitted_quantity,
        permitted_unit=permitted_unit,
    )
    row.add_all(problems)
    if record is not None:
        seen = context.setdefault("seen", {})
        pair = (record.outlet_code, record.pollutant_id)
        if pair in seen:
            row.add(
                None,
                _("Outlet %(outlet)s already has a row for %(pollutant)s on line %(line)d.")
                % {"outlet": record.outlet_code, "pollutant": pollutant.name, "line": seen[pair]},
            )
            return None
        seen[pair] = row.line
    return record


def _parse_waste(row: _Row, context: dict):
    category = row.choice("category", CATEGORY_ALIASES)
    waste_code = row.text("waste_code", max_length=20)
    name = row.text("name", required=True, max_length=200)
    generated = row.number("generated", required=True)
    utilised = row.number("utilised")
    disposed = row.number("disposed")
    stored = row.number("stored")
    unit = row.unit("unit")
    receiver = row.text("receiver", max_length=200)
    receiver_licence = row.text("receiver_licence", max_length=60)
    if row.errors:
        return None
    record, problems = waste_row(
        version=context["version"],
        category=category,
        waste_code=waste_code,
        name=name,
        generated=generated,
        utilised=utilised,
        disposed=disposed,
        stored=stored,
        unit=unit,
        receiver=receiver,
        receiver_licence=receiver_licence,
    )
    row.add_all(problems)
    return record


def _parse_penalty(row: _Row, context: dict):
    decided_on = row.date("decided_on", required=True)
    authority = row.text("authority", required=True, max_length=200)
    document_number = row.text("document_number", required=True, max_length=100)
    violation = row.text("violation", required=True, max_length=5000)
    fine_yuan = row.number("fine_yuan")
    rectification = row.text("rectification", max_length=5000)
    rectified_on = row.date("rectified_on")
    if row.errors:
        return None
    record, problems = penalty_row(
        version=context["version"],
        decided_on=decided_on,
        authority=authority,
        document_number=document_number,
        violation=violation,
        fine_yuan=fine_yuan,
        rectification=rectification,
        rectified_on=rectified_on,
    )
    row.add_all(problems)
    return record


def _parse_option(row: _Row, context: dict):
    title = row.text("title", required=True, max_length=300)
    cost_class = row.choice("cost_class", COST_CLASS_ALIASES)
    orientation = row.choice("orientation", ORIENTATION_ALIASES, required=False)
    status = row.choice("status", STATUS_ALIASES)
    amounts = {name: row.number(name) for name in OPTION_AMOUNTS}
    if row.errors:
        return None
    values, problems = option_row(
        title=title, cost_class=cost_class, orientation=orientation, status=status, **amounts
    )
    row.add_all(problems)
    return values


def _parse_member(row: _Row, context: dict):
    values, problems = team_row(
        name=row.text("name", max_length=1000),
        role=row.text("role", max_length=1000),
        certificate_number=row.text("certificate_number", max_length=1000),
    )
    if row.errors:
        return None
    row.add_all(problems)
    if values is not None:
        context["lines"].append(row.line)
    return values


_amount_help = {
    "investment_10k_yuan": gettext_lazy("Investment, in 10,000 yuan."),
    "water_m3": gettext_lazy("Water saved each year, m³."),
    "electricity_kwh": gettext_lazy("Electricity saved each year, kWh."),
    "energy_tce": gettext_lazy("Energy saved each year, tonnes of coal equivalent."),
    "materials_t": gettext_lazy("Raw materials saved each year, t."),
    "cod_t": gettext_lazy("COD reduced each year, t."),
    "nh3n_t": gettext_lazy("Ammonia nitrogen reduced each year, t."),
    "so2_t": gettext_lazy("SO₂ reduced each year, t."),
    "nox_t": gettext_lazy("NOx reduced each year, t."),
    "vocs_t": gettext_lazy("VOCs reduced each year, t."),
    "hazardous_waste_t": gettext_lazy("Hazardous waste reduced each year, t."),
    "benefit_10k_yuan": gettext_lazy("Economic benefit each year, in 10,000 yuan."),
}
_amount_examples = {
    "investment_10k_yuan": "12",
    "water_m3": "8000",
    "electricity_kwh": "150000",
    "energy_tce": "18.4",
    "materials_t": "0",
    "cod_t": "1.2",
    "nh3n_t": "0.1",
    "so2_t": "0",
    "nox_t": "0",
    "vocs_t": "0",
    "hazardous_waste_t": "0",
    "benefit_10k_yuan": "9.5",
}

SECTIONS: dict[str, Section] = {
    section.name: section
    for section in (
        Section(
            "discharges",
            gettext_lazy("Discharges"),
            (
                Column(
                    "outlet_code",
                    gettext_lazy("The outlet's code in the discharge permit, e.g. DA001."),
                    True,
                    "DA001",
                ),
                Column("outlet_name", gettext_lazy("The outlet's name."), False, "1号锅炉排气筒"),
                Column(
                    "pollutant",
                    gettext_lazy("A pollutant code (see the list below) or its name."),
                    True,
                    "so2",
                ),
                Column(
                    "concentration",
                    gettext_lazy("Annual mean concentration."),
                    False,
                    "35",
                    True,
                ),
                Column(
                    "concentration_unit",
                    gettext_lazy(
                        "Unit of the concentration and of the limit, e.g. mg/m3, ug/m3, mg/L. "
                        "Empty: the pollutant's usual unit."
                    ),
                    False,
                    "mg/m3",
                ),
                Column(
                    "standard",
                    gettext_lazy("Number of the discharge standard applied, e.g. GB 13223-2011."),
                    False,
                    "GB 13223-2011",
                ),
                Column(
                    "limit",
                    gettext_lazy(
                        "The limit applied, in the concentration unit. Empty: the standard's "
                        "limit for the pollutant."
                    ),
                    False,
                    "",
                    True,
                ),
                Column(
                    "annual_quantity",
                    gettext_lazy("Quantity discharged in the year."),
                    False,
                    "12.5",
                    True,
                ),
                Column(
                    "quantity_unit",
                    gettext_lazy("t, kg or g. Empty: t."),
                    False,
                    "t",
                ),
                Column(
                    "permitted_quantity",
                    gettext_lazy("Quantity the discharge permit allows for the year."),
                    False,
                    "40",
                    True,
                ),
                Column("permitted_unit", gettext_lazy("t, kg or g. Empty: t."), False, "t"),
                Column(
                    "method",
                    gettext_lazy(
                        "How the figures were obtained: monitoring, calculation or estimate."
                    ),
                    True,
                    "monitoring",
                ),
            ),
            _parse_discharge,
        ),
        Section(
            "wastes",
            gettext_lazy("Solid and hazardous waste"),
            (
                Column(
                    "category",
                    gettext_lazy("hazardous or industrial_solid (general industrial solid waste)."),
                    True,
                    "hazardous",
                ),
                Column(
                    "waste_code",
                    gettext_lazy(
                        "For hazardous waste its code in the National Hazardous Waste List, "
                        "e.g. HW08 or 900-249-08."
                    ),
                    False,
                    "900-249-08",
                ),
                Column("name", gettext_lazy("What the waste is."), True, "废矿物油"),
                Column("generated", gettext_lazy("Generated in the year."), True, "12.6", True),
                Column("utilised", gettext_lazy("Reused or recycled."), False, "0", True),
                Column("disposed", gettext_lazy("Treated or disposed of."), False, "12.1", True),
                Column(
                    "stored", gettext_lazy("In storage at the end of the year."), False, "0.5", True
                ),
                Column(
                    "unit",
                    gettext_lazy("Unit of the four amounts: t, kg or g. Empty: t."),
                    False,
                    "t",
                ),
                Column(
                    "receiver", gettext_lazy("Who took the waste."), False, "某某环保科技有限公司"
                ),
                Column(
                    "receiver_licence",
                    gettext_lazy("The receiver's hazardous waste business licence number."),
                    False,
                    "JS0500OOD123-4",
                ),
            ),
            _parse_waste,
        ),
        Section(
            "penalties",
            gettext_lazy("Penalties and rectification"),
            (
                Column(
                    "decided_on",
                    gettext_lazy("Date of the decision, YYYY-MM-DD."),
                    True,
                    "2024-05-20",
                ),
                Column(
                    "authority",
                    gettext_lazy("The authority that decided."),
                    True,
                    "苏州市生态环境局",
                ),
                Column(
                    "document_number",
                    gettext_lazy("Number of the penalty decision."),
                    True,
                    "苏环行罚〔2024〕83号",  # noqa: RUF001
                ),
                Column(
                    "violation", gettext_lazy("What was wrong."), True, "废气排放口二氧化硫超标排放"
                ),
                Column("fine_yuan", gettext_lazy("The fine in yuan."), False, "100000", True),
                Column(
                    "rectification", gettext_lazy("What was done about it."), False, "更换脱硫设施"
                ),
                Column(
                    "rectified_on",
                    gettext_lazy("When it was put right, YYYY-MM-DD."),
                    False,
                    "2024-07-01",
                ),
            ),
            _parse_penalty,
        ),
        Section(
            "options",
            gettext_lazy("CP options"),
            (
                Column("title", gettext_lazy("The option."), True, "冷却水循环利用"),
                Column(
                    "cost_class",
                    gettext_lazy("no_low (no or low cost) or mid_high (medium or high cost)."),
                    True,
                    "no_low",
                ),
                Column(
                    "orientation",
                    gettext_lazy("technology or management. Empty: technology."),
                    False,
                    "technology",
                ),
                Column(
                    "status",
                    gettext_lazy("planned, implementing or implemented."),
                    True,
                    "implemented",
                ),
                *(
                    Column(name, _amount_help[name], False, _amount_examples[name], True)
                    for name in OPTION_AMOUNTS
                ),
            ),
            _parse_option,
            per_audit=True,
        ),
        Section(
            "team",
            gettext_lazy("Audit team"),
            (
                Column("name", gettext_lazy("Name as printed on the certificate."), True, "王芳"),
                Column("role", gettext_lazy("Role in the team."), False, "审核组长"),
                Column(
                    "certificate_number",
                    gettext_lazy("CP auditor certificate number, e.g. CPA-2024-000123."),
                    False,
                    "CPA-2024-000123",
                ),
            ),
            _parse_member,
            per_audit=True,
        ),
    )
}


# --- Importing --------------------------------------------------------------------------------


def _too_many(line: int) -> TableRejected:
    return TableRejected(
        RowError(line, _("The file has more than %(rows)d rows; split it.") % {"rows": MAX_ROWS})
    )


def _read(data: bytes, filename: str) -> tuple[list, list[RowError]]:
    suffix = Path(filename or "").suffix.lower()
    if suffix not in FORMATS:
        return [], [RowError(0, _("Upload a .csv or .xlsx file, as the templates are."))]
    if len(data) > MAX_BYTES:
        return [], [tables.too_big()]
    reader = tables.read_csv if suffix == ".csv" else tables.read_xlsx
    try:
        return reader(data, max_rows=MAX_ROWS, too_many=_too_many), []
    except TableRejected as rejected:
        return [], rejected.errors


def _rows(section: Section, rows) -> tuple[list[_Row], list[RowError]]:
    try:
        header_line, names, body = tables.split_header(
            rows, columns=section.column_names, required=section.required_columns
        )
    except TableRejected as rejected:
        return [], rejected.errors
    if not body:
        return [], [
            RowError(header_line, _("The file has no rows under the line naming the columns."))
        ]
    result, errors = [], []
    for line, cells in body:
        values = {}
        for index, cell in enumerate(cells):
            text = unescape_cell(cell.strip()).strip()
            if index < len(names) and names[index]:
                values[names[index]] = text
            elif text:
                errors.append(
                    RowError(line, _("This line has a value in a column without a name."))
                )
                break
        result.append(_Row(line, values))
    return result, errors


def _audit_of(version: ReportVersion, round: int | None) -> AuditRecord | None:
    if round is None:
        return None
    return version.audits.filter(round=round).prefetch_related("team", "options").first()


def existing_team(audit: AuditRecord) -> list[dict]:
    return [
        {"name": m.name, "role": m.role, "certificate_number": m.certificate_number}
        for m in audit.team.all()
    ]


def existing_options(audit: AuditRecord) -> list[dict]:
    return [
        {name: getattr(option, name) for name in OPTION_FIELDS} for option in audit.options.all()
    ]


def audit_fields(audit: AuditRecord) -> dict:
    return {
        "compulsory": audit.compulsory,
        "bases": audit.bases,
        "voluntary_reason": audit.voluntary_reason,
        "consultancy": audit.consultancy,
        "phases": audit.phases,
    }


def import_section(
    *,
    version: ReportVersion,
    user,
    section: str,
    data: bytes,
    filename: str,
    round: int | None = None,
) -> ImportResult:
    """Replace one section of a draft with the rows of a CSV or XLSX file, or change nothing
    and report every problem. ``round`` names the audit for the options and team sections.
    PermissionDenied if ``user`` does not act for the report's enterprise."""
    spec = SECTIONS[section]
    services.require_member(user, version.report.enterprise)
    if not version.is_draft:
        return ImportResult(
            errors=[RowError(0, _("A submitted report version cannot be changed."))]
        )
    audit = _audit_of(version, round) if spec.per_audit else None
    if spec.per_audit and audit is None:
        return ImportResult(
            errors=[RowError(0, _("This report has no such audit round: add the audit first."))]
        )
    table, errors = _read(data, filename)
    if errors:
        return ImportResult(errors=errors)
    rows, errors = _rows(spec, table)
    context: dict = {"version": version, "warnings": [], "lines": []}
    if spec.name == "discharges" and rows:
        context["lookups"] = Lookups()
    items = []
    for row in rows:
        item = spec.parse(row, context)
        errors.extend(row.errors)
        items.append(item)
    if errors or not items:
        return ImportResult(errors=sorted(errors, key=lambda error: error.line))
    try:
        saved = _save(spec, version=version, user=user, audit=audit, items=items)
    except ValidationError as error:
        return ImportResult(errors=[RowError(0, message) for message in error.messages])
    if spec.name == "team":
        for line, member in zip(context["lines"], saved.team.all(), strict=True):
            warning = certificate_warning(member)
            if warning:
                context["warnings"].append(RowError(line, warning))
    return ImportResult(rows=len(items), warnings=context["warnings"])


def _save(spec: Section, *, version, user, audit, items) -> AuditRecord | None:
    if spec.name == "discharges":
        services.replace_discharges(version=version, user=user, records=items)
    elif spec.name == "wastes":
        services.replace_wastes(version=version, user=user, records=items)
    elif spec.name == "penalties":
        services.replace_penalties(version=version, user=user, records=items)
    else:
        team = items if spec.name == "team" else existing_team(audit)
        options = items if spec.name == "options" else existing_options(audit)
        return services.save_audit(
            version=version,
            user=user,
            round=audit.round,
            team=team,
            options=options,
            **audit_fields(audit),
        )


def import_discharges(**kwargs) -> ImportResult:
    return import_section(section="discharges", **kwargs)


def import_wastes(**kwargs) -> ImportResult:
    return import_section(section="wastes", **kwargs)


def import_penalties(**kwargs) -> ImportResult:
    return import_section(section="penalties", **kwargs)


def import_options(**kwargs) -> ImportResult:
    return import_section(section="options", **kwargs)


def import_team(**kwargs) -> ImportResult:
    return import_section(section="team", **kwargs)


# --- Templates and downloads ------------------------------------------------------------------


def _number(value: Decimal | None) -> str:
    return format_number(value)


def _in_unit(value: Decimal | None, canonical: Unit, unit_code: str) -> str:
    unit = UNITS.get(unit_code)
    if value is None:
        return ""
    converted = convert(value, from_unit=canonical, to_unit=unit) if unit else None
    return format_number(converted if converted is not None else value)


def example_rows(section: str) -> list[list[str]]:
    """The template: the header line and one example row."""
    spec = SECTIONS[section]
    example = [column.example for column in spec.columns]
    if section == "discharges":
        # Use a standard and pollutant the site knows, so the example imports as it is.
        known = (
            StandardLimit.objects.select_related("standard", "pollutant")
            .order_by("standard__number", "pollutant__order")
            .first()
        )
        if known is not None:
            names = list(spec.column_names)
            example[names.index("pollutant")] = known.pollutant.code
            example[names.index("standard")] = known.standard.number
            example[names.index("concentration_unit")] = ""
    return [list(spec.column_names), example]


def current_rows(
    version: ReportVersion, section: str, *, round: int | None = None
) -> list[list[str]]:
    """The rows already in a version, in the template's columns (to correct and upload)."""
    spec = SECTIONS[section]
    rows = [list(spec.column_names)]
    if section == "discharges":
        for record in version.discharges.select_related("pollutant", "standard"):
            canonical = UNITS.get(record.pollutant.concentration_unit)
            unit = record.concentration_unit or record.pollutant.concentration_unit
            rows.append(
                [
                    record.outlet_code,
                    record.outlet_name,
                    record.pollutant.code,
                    _number(record.concentration_reported),
                    record.concentration_unit,
                    record.standard.number if record.standard else "",
                    _in_unit(record.limit, canonical, unit) if canonical else _number(record.limit),
                    _number(record.quantity_reported),
                    record.quantity_unit if record.quantity_reported is not None else "",
                    _number(record.permitted_reported),
                    record.permitted_unit if record.permitted_reported is not None else "",
                    record.method,
                ]
            )
    elif section == "wastes":
        for record in version.wastes.all():
            rows.append(
                [
                    record.category,
                    record.waste_code,
                    record.name,
                    *(
                        _in_unit(getattr(record, f"{c}_t"), TONNE, record.reported_unit)
                        for c in WASTE_AMOUNTS
                    ),
                    record.reported_unit,
                    record.receiver,
                    record.receiver_licence,
                ]
            )
    elif section == "penalties":
        for record in version.penalties.all():
            rows.append(
                [
                    record.decided_on.isoformat(),
                    record.authority,
                    record.document_number,
                    record.violation,
                    _number(record.fine_yuan),
                    record.rectification,
                    record.rectified_on.isoformat() if record.rectified_on else "",
                ]
            )
    else:
        audit = _audit_of(version, round)
        if audit is not None and section == "options":
            for option in existing_options(audit):
                rows.append(
                    [
                        _number(option[name]) if name in OPTION_AMOUNTS else option[name]
                        for name in spec.column_names
                    ]
                )
        elif audit is not None:
            for member in existing_team(audit):
                rows.append([member[name] for name in spec.column_names])
    return rows


def write_csv(rows: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheet programs then read Chinese correctly);
    cells a spreadsheet would run as formulas are escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(rows: list[list[str]], *, section: str, title: str) -> bytes:
    """One worksheet; number columns hold numbers, text cells are escaped like the CSV."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    numeric = {index for index, column in enumerate(SECTIONS[section].columns) if column.numeric}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    for line, row in enumerate(rows):
        cells = []
        for index, cell in enumerate(row):
            if line and index in numeric and cell:
                number = Decimal(cell)
                as_float = float(number)
                cells.append(as_float if Decimal(repr(as_float)) == number else cell)
            else:
                cells.append(ILLEGAL_CHARACTERS_RE.sub("", escape_cell(cell)))
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
