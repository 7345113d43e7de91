# ruff: noqa: RUF001 (Chinese document numbers use full-width brackets on purpose)
"""Importing and exporting the key-enterprise list (disclosure.importers)."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone, translation
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from accounts.roles import Role
from core.tables import RowError
from disclosure import credit_codes, importers, services
from disclosure.importers import COLUMNS, ImportResult, import_csv, import_list, import_xlsx
from disclosure.models import Enterprise, EnterpriseYear, ListEntry
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_reviewer,
    new_credit_code,
    publish_annual_report,
    sector,
)
from tests.factories import make_user
from tests.strategies import mutated_grid, upload_bytes, with_text_inserted

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_and_a_sector():
    sector("C2611")
    sector("C2614", "有机化学原料制造", "Organic chemicals")
    with translation.override("en"):
        yield


@pytest.fixture
def reviewer():
    return make_reviewer()


def good_row(**cells) -> dict[str, str]:
    row = {
        "credit_code": new_credit_code(),
        "name": "昆山示范化工有限公司",
        "name_en": "Kunshan Demo Chemicals Co., Ltd.",
        "sector_code": "C2611",
        "region_code": "320583",
        "address": "江苏省昆山市化工路8号",
        "latitude": "31.385",
        "longitude": "120.981",
        "year": "2024",
        "must_disclose": "yes",
        "compulsory_audit": "no",
        "bases": "key_discharger",
        "source_document": "苏环办〔2024〕12号",
        "source_url": "https://sthjt.example.gov.cn/list-2024.pdf",
    }
    row.update(cells)
    return row


def csv_bytes(rows: list[dict], columns=COLUMNS) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(grid: list[list]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for values in grid:
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def counts() -> tuple[int, int, int]:
    return Enterprise.objects.count(), ListEntry.objects.count(), EnterpriseYear.objects.count()


def snapshot(codes: list[str] | None = None) -> list:
    """Everything an import may change (for the enterprises with ``codes``, or all)."""
    enterprises = Enterprise.objects.order_by("pk")
    entries = ListEntry.objects.order_by("pk")
    summaries = EnterpriseYear.objects.order_by("pk")
    if codes is not None:
        enterprises = enterprises.filter(credit_code__in=codes)
        entries = entries.filter(enterprise__credit_code__in=codes)
        summaries = summaries.filter(enterprise__credit_code__in=codes)
    return [
        list(
            enterprises.values_list(
                "credit_code",
                "name",
                "name_en",
                "sector__code",
                "region_code",
                "address",
                "latitude",
                "longitude",
            )
        ),
        list(entries.values()),
        list(summaries.values()),
    ]


def error_lines(result: ImportResult) -> set[int]:
    return {error.line for error in result.errors}


# --- Good files -------------------------------------------------------------------------------


def test_a_good_csv_lists_new_enterprises(reviewer):
    rows = [good_row(), good_row(name="苏州第二化工有限公司", bases="exceeds_standards")]

    result = import_csv(csv_bytes(rows), actor=reviewer)

    assert result.ok, result.errors
    assert (result.created, result.updated, result.enterprises_created) == (2, 0, 2)
    enterprise = Enterprise.objects.get(credit_code=rows[0]["credit_code"])
    assert (enterprise.name, enterprise.sector.code, enterprise.province_code) == (
        "昆山示范化工有限公司",
        "C2611",
        "32",
    )
    assert enterprise.latitude == Decimal("31.385")
    entry = ListEntry.objects.get(enterprise=enterprise, year=2024)
    assert entry.bases == ["key_discharger"]
    assert entry.added_by == reviewer
    assert entry.source_url == "https://sthjt.example.gov.cn/list-2024.pdf"


def test_an_import_fills_the_portal_search_summary(reviewer):
    row = good_row(compulsory_audit="yes", bases="exceeds_standards|key_discharger")

    import_csv(csv_bytes([row]), actor=reviewer)

    summary = EnterpriseYear.objects.get(enterprise__credit_code=row["credit_code"], year=2024)
    assert summary.listed and summary.must_disclose and summary.compulsory_audit
    assert summary.bases == " exceeds_standards key_discharger "
    assert summary.region_code == "320583"


def test_a_good_xlsx_with_numbers_typed_as_numbers_imports(reviewer):
    code = new_credit_code()
    grid = [
        list(COLUMNS),
        [
            code,
            "示范企业",
            "",
            "C2611",
            320583,
            "",
            31.385,
            120.981,
            2023,
            "是",
            "否",
            "双超",
            "文件",
        ],
    ]

    result = import_xlsx(xlsx_bytes(grid), actor=reviewer)

    assert result.ok, result.errors
    entry = ListEntry.objects.get(enterprise__credit_code=code)
    assert (entry.year, entry.must_disclose, entry.compulsory_audit) == (2023, True, False)
    assert entry.bases == ["exceeds_standards"]
    assert entry.enterprise.region_code == "320583"
    assert entry.enterprise.longitude == Decimal("120.981")


def test_chinese_and_english_basis_labels_are_understood(reviewer):
    row = good_row(bases="双超 | 双有｜高耗能|Key pollutant discharger")

    result = import_csv(csv_bytes([row]), actor=reviewer)

    assert result.ok, result.errors
    entry = ListEntry.objects.get(enterprise__credit_code=row["credit_code"])
    assert entry.bases == [
        "exceeds_standards",
        "toxic_hazardous",
        "energy_limits",
        "key_discharger",
    ]


def test_credit_codes_are_read_as_people_copy_them(reviewer):
    code = new_credit_code()
    row = good_row(credit_code=f" {code[:6].lower()} {code[6:12]}-{code[12:]} ")

    result = import_csv(csv_bytes([row]), actor=reviewer)

    assert result.ok, result.errors
    assert Enterprise.objects.filter(credit_code=code).exists()


def test_a_file_may_list_an_enterprise_for_several_years(reviewer):
    code = new_credit_code()
    rows = [good_row(credit_code=code, year="2023"), good_row(credit_code=code, year="2024")]

    result = import_csv(csv_bytes(rows), actor=reviewer)

    assert (result.created, result.enterprises_created) == (2, 1)
    assert EnterpriseYear.objects.filter(enterprise__credit_code=code).count() == 2


def test_reimporting_updates_the_enterprise_and_every_years_summary(reviewer):
    enterprise = make_enterprise(region_code="320583")
    list_enterprise(enterprise, 2022)
    row = good_row(credit_code=enterprise.credit_code, region_code="320506", sector_code="C2614")

    result = import_csv(csv_bytes([row]), actor=reviewer)

    assert (result.created, result.enterprises_updated) == (1, 1)
    enterprise.refresh_from_db()
    assert (enterprise.region_code, enterprise.sector.code) == ("320506", "C2614")
    summaries = EnterpriseYear.objects.filter(enterprise=enterprise).order_by("year")
    assert [(s.year, s.region_code, s.sector_code) for s in summaries] == [
        (2022, "320506", "C2614"),
        (2024, "320506", "C2614"),
    ]


def test_the_batch_written_summaries_equal_a_full_rebuild(reviewer):
    rows = [
        good_row(),
        good_row(must_disclose="no", compulsory_audit="yes", bases="双有"),
        good_row(year="2021", bases="高耗能|双超"),
    ]
    import_csv(csv_bytes(rows), actor=reviewer)
    codes = [row["credit_code"] for row in rows]
    written = snapshot(codes)

    summaries = list(EnterpriseYear.objects.filter(enterprise__credit_code__in=codes))
    assert summaries
    for summary in summaries:
        services.refresh_enterprise_year(enterprise=summary.enterprise, year=summary.year)

    assert snapshot(codes) == written


def test_listing_a_year_with_a_filed_report_keeps_the_report_in_the_summary(reviewer):
    year = timezone.localdate().year - 1
    enterprise = make_enterprise()
    publish_annual_report(enterprise, year)
    row = good_row(credit_code=enterprise.credit_code, name=enterprise.name, year=str(year))

    result = import_csv(csv_bytes([row]), actor=reviewer)

    assert result.created == 1
    summary = EnterpriseYear.objects.get(enterprise=enterprise, year=year)
    assert summary.listed
    assert summary.annual_report is not None
    assert summary.annual_filed_on is not None


def test_an_optional_column_left_out_keeps_what_is_stored(reviewer):
    enterprise = make_enterprise(address="江苏省昆山市老地址1号", latitude=Decimal("31.1"))
    columns = [c for c in COLUMNS if c not in ("address", "latitude", "longitude", "name_en")]
    row = good_row(credit_code=enterprise.credit_code, name=enterprise.name)

    result = import_csv(csv_bytes([row], columns=columns), actor=reviewer)

    assert result.ok, result.errors
    enterprise.refresh_from_db()
    assert enterprise.address == "江苏省昆山市老地址1号"
    assert enterprise.latitude == Decimal("31.1")
    assert result.enterprises_updated == 0


def test_a_dry_run_counts_changes_and_saves_nothing(reviewer):
    before = snapshot()

    result = import_csv(csv_bytes([good_row(), good_row()]), actor=reviewer, dry_run=True)

    assert result.ok and result.dry_run
    assert (result.created, len(result.changes)) == (2, 2)
    assert snapshot() == before


# --- Bad files --------------------------------------------------------------------------------


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported(reviewer):
    code = new_credit_code()
    rows = [
        good_row(),  # line 2: fine
        good_row(credit_code=code[:17] + ("0" if code[17] != "0" else "1")),  # 3
        good_row(region_code="990000"),  # 4: no such province
        good_row(sector_code="Z9999"),  # 5
        good_row(latitude="121.5", longitude="31.2"),  # 6: swapped
        good_row(must_disclose="maybe"),  # 7
        good_row(year="1999"),  # 8
        good_row(bases=""),  # 9
        good_row(credit_code=code),  # 10: fine
        good_row(credit_code=code),  # 11: repeats line 10
        good_row(must_disclose="no", compulsory_audit="no"),  # 12
        good_row(source_url="javascript:alert(1)"),  # 13
        good_row(bases="超级"),  # 14
        good_row(latitude="31.2", longitude=""),  # 15
    ]
    before = snapshot()

    result = import_csv(csv_bytes(rows), actor=reviewer)

    assert not result.ok
    assert error_lines(result) == set(range(3, 16)) - {10}
    assert snapshot() == before
    messages = {error.line: error.message for error in result.errors}
    assert messages[4].startswith("region_code:")
    assert "Z9999" in messages[5]
    assert "swapped" in messages[6]
    assert "line 10" in messages[11]
    assert "exceeds_standards (双超)" in messages[14]


def test_a_wrong_check_character_gets_its_specific_message(reviewer):
    code = new_credit_code()
    wrong = code[:17] + ("A" if code[17] != "A" else "B")

    result = import_csv(csv_bytes([good_row(credit_code=wrong)]), actor=reviewer)

    assert result.errors == [RowError(2, f"credit_code: {credit_codes.problem(wrong)}")]
    assert "check character" in result.errors[0].message


def test_one_row_can_report_several_problems(reviewer):
    row = good_row(name="", year="20x4", bases="nonsense")

    result = import_csv(csv_bytes([row]), actor=reviewer)

    columns = sorted(error.message.split(":")[0] for error in result.errors)
    assert columns == ["bases", "name", "year"]


def test_an_enterprise_described_differently_on_two_lines_is_refused(reviewer):
    code = new_credit_code()
    rows = [good_row(credit_code=code, year="2023"), good_row(credit_code=code, name="另一个名字")]

    result = import_csv(csv_bytes(rows), actor=reviewer)

    assert error_lines(result) == {3}
    assert not Enterprise.objects.filter(credit_code=code).exists()


@pytest.mark.parametrize(
    ("data", "line", "fragment"),
    [
        (b"", 1, "empty"),
        ("credit_code,名字\n".encode(), 1, "Unknown column"),
        (b"credit_code,name\n", 1, "Missing required columns"),
        (b"\xff\xfe\x00bad", 1, "UTF-8"),
        (csv_bytes([]), 0, "no enterprises"),
    ],
)
def test_a_bad_file_is_refused_as_a_whole(reviewer, data, line, fragment):
    result = import_csv(data, actor=reviewer)

    assert result.errors[0].line == line
    assert fragment in result.errors[0].message


def test_a_file_with_too_many_rows_is_refused(reviewer, monkeypatch):
    monkeypatch.setattr(importers, "MAX_ROWS", 2)

    result = import_csv(csv_bytes([good_row(), good_row(), good_row()]), actor=reviewer)

    assert "more than 2 rows" in result.errors[0].message
    assert not Enterprise.objects.filter(name="昆山示范化工有限公司").exists()


def test_an_upload_must_be_csv_or_xlsx(reviewer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("list.txt", csv_bytes([good_row()]))

    result = import_list(upload, actor=reviewer)

    assert result.errors[0].line == 0
    assert ".xlsx" in result.errors[0].message


@pytest.mark.parametrize(
    "make_actor",
    [
        lambda: make_user(role=Role.DISCLOSER, mfa=True),
        lambda: make_user(role=Role.REVIEWER, mfa=False),
        lambda: make_user(is_staff=True, mfa=True),
    ],
)
def test_only_reviewers_with_mfa_may_import(make_actor):
    actor = make_actor()

    with pytest.raises(PermissionDenied):
        import_csv(csv_bytes([good_row()]), actor=actor)
    with pytest.raises(PermissionDenied):
        import_csv(csv_bytes([good_row()]), actor=actor, dry_run=True)


# --- Formulas, export and templates -----------------------------------------------------------


FORMULAS = {
    "name": '=HYPERLINK("http://evil.example","点我")',
    "name_en": "+cmd|' /C calc'!A0",
    "address": "@SUM(1+1)",
    "source_document": "-2+3",
}


def test_formula_looking_cells_are_stored_as_text_and_escaped_on_export(reviewer):
    row = good_row(**FORMULAS)
    import_csv(csv_bytes([row]), actor=reviewer)
    enterprise = Enterprise.objects.get(credit_code=row["credit_code"])
    assert enterprise.name == FORMULAS["name"]

    exported = list(csv.reader(io.StringIO(importers.export_csv(2024).decode("utf-8-sig"))))

    line = next(cells for cells in exported if cells[0] == row["credit_code"])
    by_column = dict(zip(COLUMNS, line, strict=True))
    for column, value in FORMULAS.items():
        assert by_column[column] == "'" + value


def test_the_xlsx_export_holds_formulas_as_text(reviewer):
    from openpyxl import load_workbook

    row = good_row(**FORMULAS)
    import_csv(csv_bytes([row]), actor=reviewer)

    sheet = load_workbook(io.BytesIO(importers.export_xlsx(2024))).active
    cells = next(cells for cells in sheet.iter_rows() if cells[0].value == row["credit_code"])

    name = cells[COLUMNS.index("name")]
    assert name.data_type == "s"
    assert name.value == "'" + FORMULAS["name"]


def test_apostrophe_escaped_cells_are_imported_without_the_apostrophe(reviewer):
    row = good_row(name="'" + FORMULAS["name"])

    import_csv(csv_bytes([row]), actor=reviewer)

    assert Enterprise.objects.get(credit_code=row["credit_code"]).name == FORMULAS["name"]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_changes_nothing(reviewer, file_format):
    year = timezone.localdate().year + 1  # a list year of its own
    rows = [
        good_row(**FORMULAS),
        good_row(latitude="", longitude="", name_en="", address="", source_url=""),
        good_row(
            compulsory_audit="yes", bases="双超|双有|高耗能|重点排污单位", latitude="22.123456"
        ),
    ]
    assert import_csv(csv_bytes([{**row, "year": str(year)} for row in rows]), actor=reviewer).ok
    list_enterprise(make_enterprise(name="'单引号'开头的企业"), year)
    before = snapshot()
    exported = importers.export_csv(year) if file_format == "csv" else importers.export_xlsx(year)

    result = (import_csv if file_format == "csv" else import_xlsx)(exported, actor=reviewer)

    assert result.ok, result.errors
    assert (result.created, result.updated, result.enterprises_updated) == (0, 0, 0)
    assert result.unchanged == 4
    assert snapshot() == before


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_template_has_the_header_and_an_example_row_that_imports(reviewer, file_format):
    template = importers.template_csv() if file_format == "csv" else importers.template_xlsx()

    result = (import_csv if file_format == "csv" else import_xlsx)(
        template, actor=reviewer, dry_run=True
    )

    assert result.ok, result.errors
    assert (result.created, result.enterprises_created) == (1, 1)
    if file_format == "csv":
        assert template.decode("utf-8-sig").splitlines()[0] == ",".join(COLUMNS)


# --- Fuzzing ----------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_clean(result, before: tuple[int, int, int], snapshot_before=None) -> None:
    assert isinstance(result, ImportResult)
    event("refused" if result.errors else "imported")
    for error in result.errors:
        assert isinstance(error, RowError)
        assert isinstance(error.line, int) and error.line >= 0
        assert isinstance(error.message, str) and error.message
    if result.errors:
        assert counts() == before
        if snapshot_before is not None:
            assert snapshot(FUZZ_CODES) == snapshot_before
    else:
        assert counts()[1] == before[1] + result.created


@FUZZ
@given(data=upload_bytes(max_size=2000))
def test_any_bytes_give_a_clean_result(data):
    actor = make_reviewer()
    for importer in (import_csv, import_xlsx):
        before = counts()
        assert_clean(importer(data, actor=actor), before)


FUZZ_CODES = [credit_codes.build(region="320583", organisation=f"FX{n:07d}") for n in range(4)]

cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "yes",
            "no",
            "是",
            "2024",
            "1e400",
            "NaN",
            "-0",
            "31.2",
            "181",
            "320583",
            "990000",
            "C2611",
            "双超|",
            "|",
            "'=1+1",
            "\x00",
            FUZZ_CODES[0],
            FUZZ_CODES[0].lower(),
            FUZZ_CODES[1][:17] + "0",
        ]
    ),
    st.sampled_from(COLUMNS),
)


def fuzz_grid():
    grid = [list(COLUMNS)] + [
        [good_row(credit_code=code, year=str(2020 + n % 2)).get(c, "") for c in COLUMNS]
        for n, code in enumerate(FUZZ_CODES)
    ]
    return mutated_grid(grid, cell_text, max_cut=14, min_edits=0)


@st.composite
def mutated_csv(draw) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(draw(fuzz_grid()))
    return draw(with_text_inserted(buffer.getvalue(), max_size=8)).encode("utf-8")


@FUZZ
@given(data=mutated_csv())
def test_mutated_files_import_all_or_nothing(data):
    actor = make_reviewer()
    before, snapshot_before = counts(), snapshot(FUZZ_CODES)

    assert_clean(import_csv(data, actor=actor), before, snapshot_before)


@FUZZ
@given(grid=fuzz_grid())
def test_mutated_xlsx_files_import_all_or_nothing(grid):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    actor = make_reviewer()
    workbook = xlsx_bytes([[ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row] for row in grid])
    before, snapshot_before = counts(), snapshot(FUZZ_CODES)

    assert_clean(import_xlsx(workbook, actor=actor), before, snapshot_before)
