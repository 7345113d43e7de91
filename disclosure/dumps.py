"""Open data in bulk: the discharge CSV (streamed by the API, and written to yearly dumps).

One CSV row is one discharge record (one pollutant at one outlet) of a published report
version. Rows are read in batches of versions with keyset pagination and each batch's
discharges through ``.iterator()``, so memory stays flat however many rows there are.

The yearly dumps are gzip'd CSV files in ``MEDIA_ROOT/open-data/`` (``disclosures-<year>.csv.gz``)
listed in ``index.json`` with their row count, size and SHA-256. The task
``disclosure.tasks.build_open_data_dumps`` rewrites them nightly (background/schedule.py);
``manage.py build_open_data_dumps`` does the same at once, by hand.
"""

import csv
import datetime
import gzip
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from core.csv import csv_safe
from core.numbers import format_number
from disclosure.models import DischargeRecord, Report, ReportVersion

# The stable order of report versions everywhere in the open data: by public id
# (credit code, year, "adhoc" before "annual" as "AH01" sorts before "AR"), then version.
VERSION_ORDER = (
    "report__enterprise__credit_code",
    "report__year",
    "report__kind",
    "report__sequence",
    "number",
)
VERSION_BATCH = 500
# The first batch is small so that the first rows go out at once; batches double from there.
FIRST_VERSION_BATCH = 25
DISCHARGE_CHUNK = 2000

DUMP_DIRECTORY = "open-data"
INDEX_NAME = "index.json"
DUMP_NAME = re.compile(r"^disclosures-[0-9]{4}\.csv\.gz$")
BUILD_COMMAND = "python manage.py build_open_data_dumps"


# --- reading ---------------------------------------------------------------------------------


def published_versions(*, all_versions: bool = False) -> QuerySet[ReportVersion]:
    """Published report versions: the current one of each report, or every published one.
    Drafts and submissions awaiting review are never included."""
    versions = ReportVersion.objects.filter(status=ReportVersion.Status.PUBLISHED)
    if not all_versions:
        versions = versions.filter(current_of__isnull=False)
    return versions.select_related("report__enterprise__sector").order_by(*VERSION_ORDER)


def after(fields: Sequence[str], values: Sequence) -> Q:
    """Rows that come after ``values`` in the order of ``fields`` (keyset pagination): a > x,
    or a = x and b > y, and so on. Works on every database, unlike row comparisons."""
    condition = Q()
    for index, field in enumerate(fields):
        step = Q(**{f"{field}__gt": values[index]})
        for earlier, value in zip(fields[:index], values[:index], strict=True):
            step &= Q(**{earlier: value})
        condition = step if index == 0 else condition | step
    return condition


def order_key(version: ReportVersion) -> list:
    """The values of ``VERSION_ORDER`` for one version (what a cursor stores)."""
    report = version.report
    return [
        report.enterprise.credit_code,
        report.year,
        report.kind,
        report.sequence,
        version.number,
    ]


def local_time(value: datetime.datetime | None) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


# Every column of the discharge CSV, with what it holds (shown in docs/api.md and OpenAPI).
CSV_COLUMNS: list[tuple[str, str]] = [
    ("report_id", "Stable public id of the report, e.g. 91320583MAD000001P-2024-AR"),
    ("version", "Version number of the report (1 = first filing; higher = amendments)"),
    ("published_at", "When this version was published (ISO 8601, China Standard Time)"),
    ("kind", "annual or adhoc"),
    ("year", "Year reported on (annual) or year of the event (ad-hoc)"),
    ("credit_code", "Unified social credit code of the enterprise (18 characters)"),
    ("enterprise_name", "Registered name (Chinese)"),
    ("enterprise_name_en", "Name in English, if given"),
    ("sector_code", "Industry class (GB/T 4754), e.g. C2611"),
    ("region_code", "6-digit administrative region code (GB/T 2260)"),
    ("province_code", "First two digits of the region code"),
    ("outlet_code", "Discharge outlet code as in the discharge permit"),
    ("outlet_name", "Discharge outlet name"),
    ("medium", "air or water"),
    ("pollutant_code", "Pollutant code, e.g. so2, nox, cod, nh3n"),
    ("pollutant_name_zh", "Pollutant name (Chinese)"),
    ("pollutant_name_en", "Pollutant name (English)"),
    ("concentration", "Annual mean concentration in the pollutant's unit (concentration_unit)"),
    ("concentration_unit", "Unit code of concentration and limit, e.g. mg_m3, mg_l"),
    ("concentration_reported", "Concentration as the enterprise reported it"),
    ("concentration_reported_unit", "Unit code the enterprise reported the concentration in"),
    ("standard_number", "Discharge standard the concentration is compared with"),
    ("limit", "Concentration limit applied, in concentration_unit"),
    ("exceeds_limit", "true if the concentration is above the limit (computed by the system)"),
    ("quantity_t", "Annual quantity discharged, tonnes"),
    ("quantity_reported", "Annual quantity as the enterprise reported it"),
    ("quantity_reported_unit", "Unit code of quantity_reported, e.g. t, kg"),
    ("permitted_t", "Permitted annual quantity, tonnes"),
    ("permitted_reported", "Permitted quantity as the enterprise reported it"),
    ("permitted_reported_unit", "Unit code of permitted_reported"),
    ("exceeds_permit", "true if the annual quantity is above the permitted quantity"),
    ("method", "How the values were obtained: monitoring, calculation or estimate"),
]
CSV_HEADER = [name for name, _description in CSV_COLUMNS]


def _flag(value: bool) -> str:
    return "true" if value else "false"


def discharge_row(record: DischargeRecord, version: ReportVersion) -> list[str]:
    """One CSV row; every text cell is made safe for spreadsheets (no formulas)."""
    report = version.report
    enterprise = report.enterprise
    pollutant = record.pollutant
    text = {
        "report_id": report.public_id,
        "kind": report.kind,
        "credit_code": enterprise.credit_code,
        "enterprise_name": enterprise.name,
        "enterprise_name_en": enterprise.name_en,
        "sector_code": enterprise.sector.code,
        "region_code": enterprise.region_code,
        "province_code": enterprise.province_code,
        "outlet_code": record.outlet_code,
        "outlet_name": record.outlet_name,
        "medium": record.medium,
        "pollutant_code": pollutant.code,
        "pollutant_name_zh": pollutant.name_zh,
        "pollutant_name_en": pollutant.name_en,
        "concentration_unit": pollutant.concentration_unit,
        "concentration_reported_unit": record.concentration_unit,
        "standard_number": record.standard.number if record.standard else "",
        "quantity_reported_unit": record.quantity_unit
        if record.quantity_reported is not None
        else "",
        "permitted_reported_unit": record.permitted_unit
        if record.permitted_reported is not None
        else "",
        "method": record.method,
    }
    values = {
        "version": str(version.number),
        "published_at": local_time(version.published_at) or "",
        "year": str(report.year),
        "concentration": format_number(record.concentration),
        "concentration_reported": format_number(record.concentration_reported),
        "limit": format_number(record.limit),
        "exceeds_limit": _flag(record.exceeds_limit),
        "quantity_t": format_number(record.quantity_t),
        "quantity_reported": format_number(record.quantity_reported),
        "permitted_t": format_number(record.permitted_t),
        "permitted_reported": format_number(record.permitted_reported),
        "exceeds_permit": _flag(record.exceeds_permit),
    }
    values.update({name: csv_safe(value or "") for name, value in text.items()})
    return [values[name] for name in CSV_HEADER]


def discharge_rows(
    versions: QuerySet[ReportVersion],
    *,
    batch_size: int = VERSION_BATCH,
    chunk_size: int = DISCHARGE_CHUNK,
) -> Iterator[list[str]]:
    """CSV rows for the discharges of ``versions`` (a ``published_versions()`` queryset,
    possibly filtered), in the stable order. Two queries per batch of versions."""
    versions = versions.order_by(*VERSION_ORDER)
    last: list | None = None
    size = min(FIRST_VERSION_BATCH, batch_size)
    while True:
        page = versions.filter(after(VERSION_ORDER, last)) if last else versions
        # The batch's ids and sort keys first: sorting narrow rows is cheaper than sorting
        # every matching version with all its columns, so the first row goes out sooner.
        keys = list(page.values_list("pk", *VERSION_ORDER)[:size])
        if not keys:
            return
        records = (
            DischargeRecord.objects.filter(version_id__in=[key[0] for key in keys])
            .select_related("version__report__enterprise__sector", "pollutant", "standard")
            .order_by(
                *(f"version__{field}" for field in VERSION_ORDER),
                "medium",
                "outlet_code",
                "pollutant__order",
                "pollutant__code",
                "pk",
            )
        )
        for record in records.iterator(chunk_size=chunk_size):
            yield discharge_row(record, record.version)
        if len(keys) < size:
            return
        last = list(keys[-1][1:])
        size = min(2 * size, batch_size)


class _Echo:
    """A file-like object whose write() returns what it was given (for csv.writer)."""

    def write(self, value: str) -> str:
        return value


def csv_text(rows: Iterable[list[str]], *, rows_per_chunk: int = 200) -> Iterator[str]:
    """The CSV as text chunks: a UTF-8 byte-order mark (so spreadsheets read Chinese
    correctly), the header, then the rows a few hundred at a time."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_HEADER)
    chunk: list[str] = []
    for row in rows:
        chunk.append(writer.writerow(row))
        if len(chunk) >= rows_per_chunk:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


# --- yearly dumps ----------------------------------------------------------------------------


def dump_directory() -> Path:
    return Path(settings.MEDIA_ROOT) / DUMP_DIRECTORY


def dump_name(year: int) -> str:
    return f"disclosures-{year}.csv.gz"


def listed_dump(name: str) -> tuple[Path, dict] | None:
    """The file and index entry of a dump listed in the index, or None (names that are not
    in the index never reach the disk)."""
    if not DUMP_NAME.fullmatch(name or ""):
        return None
    entry = next((e for e in read_index().get("files", []) if e.get("name") == name), None)
    path = dump_directory() / name
    return (path, entry) if entry is not None and path.is_file() else None


def read_index() -> dict:
    try:
        return json.loads((dump_directory() / INDEX_NAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def dump_years() -> list[int]:
    """Years with at least one published report, each once (the model's default ordering
    would otherwise make DISTINCT return a year per enterprise)."""
    return list(
        Report.objects.filter(current_version__isnull=False)
        .order_by("year")
        .values_list("year", flat=True)
        .distinct()
    )


def _atomic_write(path: Path, write) -> None:
    """Write through a temporary file in the same directory, then rename over ``path``:
    readers see the old file or the new one, never half of one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as raw:
            write(raw)
        os.chmod(temporary, 0o644)  # public open data, readable by the web server
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build_dump(year: int) -> dict:
    """Write ``disclosures-<year>.csv.gz`` with every current published version of the
    year's reports; return its index entry."""
    directory = dump_directory()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / dump_name(year)
    rows = 0

    def write(raw) -> None:
        nonlocal rows
        # mtime=0: the same data gives the same bytes (and SHA-256) on every run.
        with (
            gzip.GzipFile(filename=path.name[:-3], mode="wb", fileobj=raw, mtime=0) as compressed,
            io.TextIOWrapper(compressed, encoding="utf-8", newline="") as text,
        ):
            counted = _Counter(discharge_rows(published_versions().filter(report__year=year)))
            for chunk in csv_text(counted):
                text.write(chunk)
            rows = counted.count

    _atomic_write(path, write)
    digest = hashlib.sha256()
    with path.open("rb") as stored:
        for block in iter(lambda: stored.read(1 << 20), b""):
            digest.update(block)
    return {
        "name": path.name,
        "year": year,
        "rows": rows,
        "bytes": path.stat().st_size,
        "sha256": digest.hexdigest(),
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
    }


class _Counter:
    """Passes rows through and counts them."""

    def __init__(self, rows: Iterable) -> None:
        self.rows, self.count = rows, 0

    def __iter__(self):
        for row in self.rows:
            self.count += 1
            yield row


def build_dumps(*, year: int | None = None) -> dict:
    """Build the dump of ``year`` (or of every year with published reports) and rewrite
    the index. Building one year keeps the other years' entries."""
    if year is None:
        entries = {}
        years = dump_years()
    else:
        entries = {entry["year"]: entry for entry in read_index().get("files", [])}
        years = [year]
    for each in years:
        entries[each] = build_dump(each)
    index = {
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "columns": [
            {"name": name, "description": description} for name, description in CSV_COLUMNS
        ],
        "files": [entries[each] for each in sorted(entries)],
    }
    directory = dump_directory()
    directory.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(index, ensure_ascii=False, indent=2).encode("utf-8")
    _atomic_write(directory / INDEX_NAME, lambda raw: raw.write(payload))
    return index
