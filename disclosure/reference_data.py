"""Reference data every disclosure portal needs: industry sectors, pollutants with
plain-language explanations, national discharge standards with their limits, and the public
holidays that move ad-hoc deadlines.

The data lives in reviewable YAML files in ``disclosure/reference/`` (``sectors.yaml``,
``pollutants.yaml``, ``standards.yaml``, ``holidays.yaml``), Chinese and English side by side
in every entry; each file's header says where its values come from. Sector codes are classes
of GB/T 4754-2017 (Industrial classification for national economic activities). Standard limits
are the national values for the case named in ``applies_to``; local standards and permits are
often stricter, and a report may state the limit it applies.

``ensure_reference_data()`` reads and checks every file (a malformed entry raises
``ReferenceFileError`` naming the file, the entry and its line, before anything is written),
adds what is missing and leaves rows staff have edited alone (``update=True`` rewrites them
from the files). It runs for the demo site and, through
``manage.py load_disclosure_reference``, on a real one.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from django.db import transaction

from core.units import UNITS
from disclosure.models import Holiday, Medium, Pollutant, Sector, Standard, StandardLimit

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

# The integrated standards apply where an industry has no standard of its own in
# standards.yaml (the demo data generator uses both numbers; the file must list them).
INTEGRATED_AIR_STANDARD = "GB 16297-1996"
INTEGRATED_WATER_STANDARD = "GB 8978-1996"


class ReferenceFileError(ValueError):
    """A reference file that cannot be read or has a malformed entry."""

    def __init__(self, path: Path, message: str, *, entry: str = "", line: int | None = None):
        self.path = path
        self.entry = entry
        self.line = line
        self.message = message
        where = _display(path)
        if entry:
            where += f", {entry}"
        if line:
            where += f" (line {line})"
        super().__init__(f"{where}: {message}")


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REFERENCE_DIR.parents[1]))
    except ValueError:
        return str(path)


# --- YAML ------------------------------------------------------------------------------------


class _Mapping(dict):
    """A mapping that remembers the line (1-based) it starts on."""

    line: int


class _Loader(yaml.SafeLoader):
    """Safe YAML where numbers with a decimal point stay text (turned into exact Decimals
    later, never floats), mappings know their line, and a key written twice is an error."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:float"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key_node.value!r} is written twice", key_node.start_mark
                )
            seen.add(key_node.value)
        mapping = _Mapping(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_mapping)


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ReferenceFileError(path, f"cannot be read ({error})") from error
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 (_Loader is a SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise ReferenceFileError(path, f"invalid YAML: {error.problem}", line=line) from error
    except yaml.YAMLError as error:
        raise ReferenceFileError(path, f"invalid YAML: {error}") from error


# --- checking entries ------------------------------------------------------------------------

Check = Callable[[Any], Any]  # returns the value to store, raises ValueError with a message


def _text(model, field: str) -> Check:
    """Text that fits ``model.field`` (and is not empty unless the field may be blank)."""
    model_field = model._meta.get_field(field)

    def check(value):
        if not isinstance(value, str):
            raise ValueError(f"must be text, not {value!r} (put it in quotes)")
        if not value.strip() and not model_field.blank:
            raise ValueError("must not be empty")
        if model_field.max_length and len(value) > model_field.max_length:
            raise ValueError(f"is longer than {model_field.max_length} characters")
        return value

    return check


def _matching(pattern: str, description: str) -> Check:
    def check(value):
        if not isinstance(value, str) or not re.fullmatch(pattern, value):
            raise ValueError(f"{value!r} is not {description}")
        return value

    return check


def _one_of(choices) -> Check:
    def check(value):
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(sorted(choices))}")
        return str(value)

    return check


def _limit(value) -> Decimal:
    field = StandardLimit._meta.get_field("limit")
    try:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise InvalidOperation
        number = Decimal(value if isinstance(value, int) else value.strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite() or number <= 0:
        raise ValueError(f"{value!r} is not a positive number")
    places = max(0, -number.as_tuple().exponent)
    if places > field.decimal_places or number >= 10 ** (field.max_digits - field.decimal_places):
        raise ValueError(
            f"{value!r} does not fit: at most {field.decimal_places} decimal places and "
            f"{field.max_digits - field.decimal_places} digits before the point"
        )
    return number


def _date(value) -> datetime.date:
    if type(value) is not datetime.date:
        raise ValueError(f"{value!r} is not a date written as YYYY-MM-DD")
    return value


def _dates(value) -> list[datetime.date]:
    if not isinstance(value, list):
        raise ValueError(f"must be a list of dates such as [2025-09-28], not {value!r}")
    return [_date(item) for item in value]


def _map(value) -> dict:
    if not isinstance(value, dict):
        raise ValueError(f"must be a mapping, not {value!r}")
    return value


def _list(value) -> list:
    if not isinstance(value, list):
        raise ValueError(f"must be a list, not {value!r}")
    return value


class _Entries:
    """Checks the entries of one reference file and reports problems with file, entry, line."""

    def __init__(self, directory: Path, name: str):
        self.path = Path(directory) / name
        self.data = _read(self.path)

    def error(self, message: str, entry: str = "", line: int | None = None) -> ReferenceFileError:
        return ReferenceFileError(self.path, message, entry=entry, line=line)

    def top(self, expected: type, what: str):
        if not isinstance(self.data, expected):
            raise self.error(f"must be {what}")
        return self.data

    def fields(self, value: Any, entry: str, checks: dict[str, Check], line: int | None = None):
        """The checked values of the mapping ``value`` with exactly the keys of ``checks``."""
        if not isinstance(value, dict):
            raise self.error(f"must be a mapping of {', '.join(checks)}", entry, line)
        line = getattr(value, "line", line)
        if isinstance(value.get(next(iter(checks))), str | int):
            entry = f"{entry} ({value[next(iter(checks))]})"
        unknown = [key for key in value if key not in checks]
        if unknown:
            raise self.error(f"unknown field {unknown[0]!r}", entry, line)
        missing = [key for key in checks if key not in value]
        if missing:
            raise self.error(f"missing field {missing[0]!r}", entry, line)
        checked = {}
        for key, check in checks.items():
            try:
                checked[key] = check(value[key])
            except ValueError as error:
                raise self.error(f"{key}: {error}", entry, line) from None
        return checked

    def unique(self, seen: set, key, what: str, entry: str, line: int | None) -> None:
        if key in seen:
            raise self.error(f"{what} {key} appears twice", entry, line)
        seen.add(key)


# --- the files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LimitData:
    pollutant: str
    limit: Decimal  # in the pollutant's concentration unit
    applies_to_zh: str
    applies_to_en: str


@dataclass(frozen=True)
class StandardData:
    number: str
    title_zh: str
    title_en: str
    summary_zh: str
    summary_en: str
    limits: tuple[LimitData, ...]


@dataclass(frozen=True)
class ReferenceData:
    """The checked contents of the reference files, as field values of the models."""

    sectors: list[dict]
    pollutants: list[dict]
    standards: list[StandardData]
    holidays: list[dict]


def load_sectors(directory: Path = REFERENCE_DIR) -> list[dict]:
    """``sectors.yaml`` as Sector field values."""
    file = _Entries(directory, "sectors.yaml")
    checks = {
        "code": _matching(r"[A-T]\d{4}", "a GB/T 4754 class such as C2611"),
        "name_zh": _text(Sector, "name_zh"),
        "name_en": _text(Sector, "name_en"),
    }
    rows, seen = [], set()
    for number, entry in enumerate(file.top(list, "a list of sectors"), start=1):
        row = file.fields(entry, f"sector {number}", checks)
        name = f"sector {number} ({row['code']})"
        file.unique(seen, row["code"], "code", name, getattr(entry, "line", None))
        rows.append(row)
    return rows


def load_pollutants(directory: Path = REFERENCE_DIR) -> list[dict]:
    """``pollutants.yaml`` as Pollutant field values, ordered as in the file."""
    file = _Entries(directory, "pollutants.yaml")
    checks = {
        "code": _matching(r"[a-z0-9_]{1,20}", "a code of lower-case letters and digits"),
        "name_zh": _text(Pollutant, "name_zh"),
        "name_en": _text(Pollutant, "name_en"),
        "formula": _text(Pollutant, "formula"),
        "medium": _one_of(Medium.values),
        "concentration_unit": _one_of(UNITS),
        "explanation_zh": _text(Pollutant, "explanation_zh"),
        "explanation_en": _text(Pollutant, "explanation_en"),
    }
    rows, seen = [], set()
    for order, entry in enumerate(file.top(list, "a list of pollutants"), start=1):
        row = file.fields(entry, f"pollutant {order}", checks)
        name = f"pollutant {order} ({row['code']})"
        file.unique(seen, row["code"], "code", name, getattr(entry, "line", None))
        rows.append({**row, "order": order})
    return rows


def load_standards(
    directory: Path = REFERENCE_DIR, *, pollutant_codes: set[str] | None = None
) -> list[StandardData]:
    """``standards.yaml`` with each standard's limits; every limit's pollutant must be one of
    ``pollutant_codes`` (by default the codes of ``pollutants.yaml``)."""
    if pollutant_codes is None:
        pollutant_codes = {row["code"] for row in load_pollutants(directory)}
    file = _Entries(directory, "standards.yaml")
    checks = {
        "number": _text(Standard, "number"),
        "title_zh": _text(Standard, "title_zh"),
        "title_en": _text(Standard, "title_en"),
        "summary_zh": _text(Standard, "summary_zh"),
        "summary_en": _text(Standard, "summary_en"),
        "limits": _list,
    }
    limit_checks = {
        "pollutant": _one_of(pollutant_codes),
        "limit": _limit,
        "applies_to_zh": _text(StandardLimit, "applies_to_zh"),
        "applies_to_en": _text(StandardLimit, "applies_to_en"),
    }
    standards, numbers = [], set()
    for index, entry in enumerate(file.top(list, "a list of standards"), start=1):
        line = getattr(entry, "line", None)
        values = file.fields(entry, f"standard {index}", checks)
        entry_name = f"standard {index} ({values['number']})"
        file.unique(numbers, values["number"], "number", entry_name, line)
        limits, codes = [], set()
        for number, limit in enumerate(values.pop("limits"), start=1):
            limit_entry = f"{entry_name}, limit {number}"
            limit_values = file.fields(limit, limit_entry, limit_checks, line)
            limit_line = getattr(limit, "line", line)
            limit_entry += f" ({limit_values['pollutant']})"
            file.unique(codes, limit_values["pollutant"], "pollutant", limit_entry, limit_line)
            limits.append(LimitData(**limit_values))
        standards.append(StandardData(**values, limits=tuple(limits)))
    return standards


def holiday_rows(directory: Path = REFERENCE_DIR) -> list[dict]:
    """Every day of ``holidays.yaml`` as Holiday field values, in date order."""
    file = _Entries(directory, "holidays.yaml")
    sections = file.fields(file.top(dict, "a mapping"), "", {"festivals": _map, "years": _map})
    festivals = {}
    for key, names in sections["festivals"].items():
        festivals[key] = file.fields(
            names,
            f"festival {key}",
            {"name_zh": _text(Holiday, "name_zh"), "name_en": _text(Holiday, "name_en")},
            getattr(sections["festivals"], "line", None),
        )
    checks = {
        "festival": _one_of(festivals),
        "first_day_off": _date,
        "last_day_off": _date,
        "working_days": _dates,
    }
    rows, days = [], set()
    years_line = getattr(sections["years"], "line", None)
    for year, holidays in sections["years"].items():
        if not isinstance(year, int) or not isinstance(holidays, list):
            raise file.error("must be a year followed by a list of holidays", f"year {year}")
        for number, entry in enumerate(holidays, start=1):
            name = f"year {year}, holiday {number}"
            line = getattr(entry, "line", years_line)
            values = file.fields(entry, name, checks, line)
            name += f" ({values['festival']})"
            first, last = values["first_day_off"], values["last_day_off"]
            if last < first or last.year != year:
                message = f"the days off {first} to {last} are not a span ending in {year}"
                raise file.error(message, name, line)
            names = festivals[values["festival"]]
            entry_rows = [
                {
                    "date": first + datetime.timedelta(days=offset),
                    "kind": Holiday.Kind.HOLIDAY,
                    "name_zh": names["name_zh"],
                    "name_en": names["name_en"],
                }
                for offset in range((last - first).days + 1)
            ] + [
                {
                    "date": worked,
                    "kind": Holiday.Kind.WORKING_DAY,
                    "name_zh": f"{names['name_zh']}调休上班",
                    "name_en": f"Working day for the {names['name_en']} holiday",
                }
                for worked in values["working_days"]
            ]
            for row in entry_rows:
                file.unique(days, row["date"], "the date", name, line)
                for field in ("name_zh", "name_en"):
                    try:
                        _text(Holiday, field)(row[field])
                    except ValueError as error:
                        raise file.error(f"{field} {row[field]!r} {error}", name, line) from None
            rows.extend(entry_rows)
    return sorted(rows, key=lambda row: row["date"])


def load_reference_files(directory: Path = REFERENCE_DIR) -> ReferenceData:
    """Every reference file, checked (``ReferenceFileError`` on the first problem)."""
    pollutants = load_pollutants(directory)
    standards = load_standards(directory, pollutant_codes={row["code"] for row in pollutants})
    numbers = {standard.number for standard in standards}
    for integrated in (INTEGRATED_AIR_STANDARD, INTEGRATED_WATER_STANDARD):
        if integrated not in numbers:
            message = f"the integrated standard {integrated} is missing"
            raise ReferenceFileError(Path(directory) / "standards.yaml", message)
    return ReferenceData(
        sectors=load_sectors(directory),
        pollutants=pollutants,
        standards=standards,
        holidays=holiday_rows(directory),
    )


# --- loading ---------------------------------------------------------------------------------


def _ensure(model, key, rows: list[dict], *, update: bool) -> int:
    """Create the rows whose ``key`` (a field name, or a function of a row) is missing; with
    ``update``, rewrite the others' fields. Returns the number of rows created."""
    key_of = key if callable(key) else (lambda values: values[key])
    existing = {key_of(vars(obj)): obj for obj in model.objects.all()}
    missing = [model(**row) for row in rows if key_of(row) not in existing]
    model.objects.bulk_create(missing)
    if update:
        for row in rows:
            obj = existing.get(key_of(row))
            if obj is not None and any(getattr(obj, name) != value for name, value in row.items()):
                for name, value in row.items():
                    setattr(obj, name, value)
                obj.save()
    return len(missing)


@transaction.atomic
def ensure_reference_data(
    *, update: bool = False, directory: Path = REFERENCE_DIR
) -> dict[str, int]:
    """Add the sectors, pollutants, standards with their limits, and holidays of the reference
    files (``directory``) that are missing. Rows already there are kept as they are unless
    ``update`` is true. Every file is checked before anything is written. Returns how many
    rows of each kind were created."""
    data = load_reference_files(directory)
    created = {
        "sectors": _ensure(Sector, "code", data.sectors, update=update),
        "pollutants": _ensure(Pollutant, "code", data.pollutants, update=update),
        "standards": _ensure(
            Standard,
            "number",
            [
                {
                    "number": s.number,
                    "title_zh": s.title_zh,
                    "title_en": s.title_en,
                    "summary_zh": s.summary_zh,
                    "summary_en": s.summary_en,
                }
                for s in data.standards
            ],
            update=update,
        ),
    }
    standards = dict(Standard.objects.values_list("number", "pk"))
    pollutants = dict(Pollutant.objects.values_list("code", "pk"))
    created["limits"] = _ensure(
        StandardLimit,
        lambda values: (values["standard_id"], values["pollutant_id"]),
        [
            {
                "standard_id": standards[s.number],
                "pollutant_id": pollutants[limit.pollutant],
                "limit": limit.limit,
                "applies_to_zh": limit.applies_to_zh,
                "applies_to_en": limit.applies_to_en,
            }
            for s in data.standards
            for limit in s.limits
        ],
        update=update,
    )
    created["holidays"] = _ensure(Holiday, "date", data.holidays, update=update)
    return created
