"""Filling report sections from CSV and XLSX files (disclosure.section_import)."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from core.tables import RowError
from disclosure import section_import, services
from disclosure.models import DischargeRecord, Method, PenaltyRecord, WasteRecord
from disclosure.section_import import SECTIONS, ImportResult, import_section
from tests.disclosure.builders import (
    make_enterprise,
    make_member,
    pollutant,
    publish_annual_report,
    standard_with_limit,
)
from tests.strategies import mutated_grid, upload_bytes

pytestmark = pytest.mark.django_db

DISCHARGE_COLUMNS = list(SECTIONS["discharges"].column_names)


def csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def discharge(**cells) -> list[str]:
    values = {
        "outlet_code": "DA001",
        "outlet_name": "1号锅炉排气筒",
        "pollutant": "so2",
        "concentration": "35",
        "concentration_unit": "mg/m3",
        "standard": "GB 13223-2011",
        "limit": "",
        "annual_quantity": "12.5",
        "quantity_unit": "t",
        "permitted_quantity": "40",
        "permitted_unit": "t",
        "method": "monitoring",
    }
    values.update(cells)
    return [values[column] for column in DISCHARGE_COLUMNS]


@pytest.fixture
def draft():
    standard_with_limit(number="GB 13223-2011", pollutant_code="so2", limit="50")
    standard_with_limit(number="GB 13223-2011", pollutant_code="nox", limit="100")
    pollutant("cod")
    enterprise = make_enterprise()
    user = make_member(enterprise)
    version = services.open_annual_report(enterprise=enterprise, year=2024, user=user)
    version.test_user = user
    return version


def run(version, section: str, data: bytes, filename: str = "rows.csv", **kwargs) -> ImportResult:
    return import_section(
        version=version,
        user=version.test_user,
        section=section,
        data=data,
        filename=filename,
        **kwargs,
    )


def existing_discharge(version) -> None:
    record = services.build_discharge(
        version=version,
        outlet_code="OLD1",
        pollutant=pollutant("so2"),
        method=Method.ESTIMATE,
        concentration=Decimal("1"),
    )
    services.replace_discharges(version=version, user=version.test_user, records=[record])


# --- Good files -------------------------------------------------------------------------------


def test_a_good_file_replaces_the_discharges(draft):
    existing_discharge(draft)
    data = csv_bytes(
        [
            DISCHARGE_COLUMNS,
            discharge(),
            discharge(pollutant="氮氧化物", concentration="120", method="计算"),
            discharge(
                outlet_code="DW001",
                outlet_name="",
                pollutant="COD",
                concentration="48",
                concentration_unit="mg/L",
                standard="",
                limit="50",
                method="estimate",
            ),
        ]
    )

    result = run(draft, "discharges", data)

    assert result.ok, result.errors
    assert result.rows == 3
    rows = {(r.outlet_code, r.pollutant.code): r for r in draft.discharges.all()}
    assert set(rows) == {("DA001", "so2"), ("DA001", "nox"), ("DW001", "cod")}
    assert rows["DA001", "nox"].exceeds_limit is True
    assert rows["DA001", "nox"].method == Method.CALCULATION
    assert rows["DA001", "so2"].exceeds_limit is False
    assert rows["DA001", "so2"].limit == Decimal("50")
    assert rows["DW001", "cod"].medium == "water"


def test_the_xlsx_template_imports_as_it_is(draft):
    rows = section_import.example_rows("discharges")
    data = section_import.write_xlsx(rows, section="discharges", title="discharges")

    result = run(draft, "discharges", data, filename="template.xlsx")

    assert result.ok, result.errors
    record = draft.discharges.get()
    assert record.outlet_code == "DA001"
    assert record.quantity_t == Decimal("12.5")


def test_the_csv_template_has_the_header_and_one_example_row():
    rows = list(
        csv.reader(
            io.StringIO(
                section_import.write_csv(section_import.example_rows("wastes")).decode("utf-8-sig")
            )
        )
    )

    assert rows[0] == list(SECTIONS["wastes"].column_names)
    assert len(rows) == 2


def test_downloaded_rows_import_back_unchanged(draft):
    data = csv_bytes(
        [
            DISCHARGE_COLUMNS,
            discharge(concentration="35000", concentration_unit="ug/m3", limit="50000"),
            discharge(outlet_code="DA002", annual_quantity="1500", quantity_unit="kg"),
        ]
    )
    assert run(draft, "discharges", data).ok
    before = sorted(
        draft.discharges.values_list(
            "outlet_code", "concentration", "limit", "quantity_t", "concentration_unit"
        )
    )

    exported = section_import.write_csv(section_import.current_rows(draft, "discharges"))
    result = run(draft, "discharges", exported)

    assert result.ok, result.errors
    after = sorted(
        draft.discharges.values_list(
            "outlet_code", "concentration", "limit", "quantity_t", "concentration_unit"
        )
    )
    assert after == before


# --- Unit conversions -------------------------------------------------------------------------


def test_a_concentration_in_micrograms_is_stored_in_milligrams_and_keeps_its_unit(draft):
    data = csv_bytes(
        [DISCHARGE_COLUMNS, discharge(concentration="60000", concentration_unit="µg/m³")]
    )

    assert run(draft, "discharges", data).ok
    record = draft.discharges.get()

    assert record.concentration == Decimal("60")
    assert record.concentration_reported == Decimal("60000")
    assert record.concentration_unit == "ug_m3"
    assert record.exceeds_limit is True  # 60 mg/m³ against the standard's 50


def test_a_limit_is_read_in_the_unit_of_the_concentration(draft):
    data = csv_bytes(
        [DISCHARGE_COLUMNS, discharge(concentration="30", concentration_unit="g/m3", limit="40")]
    )

    assert run(draft, "discharges", data).ok
    record = draft.discharges.get()

    assert record.limit == Decimal("40000")
    assert record.concentration == Decimal("30000")
    assert record.exceeds_limit is False


def test_quantities_in_kilograms_are_compared_with_the_permit_in_tonnes(draft):
    data = csv_bytes(
        [
            DISCHARGE_COLUMNS,
            discharge(annual_quantity="41000", quantity_unit="千克", permitted_quantity="40"),
        ]
    )

    assert run(draft, "discharges", data).ok
    record = draft.discharges.get()

    assert record.quantity_t == Decimal("41")
    assert (record.quantity_reported, record.quantity_unit) == (Decimal("41000"), "kg")
    assert record.exceeds_permit is True


def test_a_unit_of_the_wrong_kind_is_refused(draft):
    data = csv_bytes([DISCHARGE_COLUMNS, discharge(concentration_unit="mg/L")])

    result = run(draft, "discharges", data)

    assert [error.line for error in result.errors] == [2]
    assert "concentration_unit" in result.errors[0].message


def test_waste_in_kilograms_is_stored_in_tonnes(draft):
    columns = list(SECTIONS["wastes"].column_names)
    row = dict.fromkeys(columns, "")
    row.update(
        category="危险废物",
        waste_code="HW08 900-249-08",
        name="废矿物油",
        generated="2500",
        disposed="2000",
        unit="kg",
    )

    result = run(draft, "wastes", csv_bytes([columns, [row[c] for c in columns]]))

    assert result.ok, result.errors
    waste = draft.wastes.get()
    assert (waste.generated_t, waste.disposed_t, waste.reported_unit) == (
        Decimal("2.5"),
        Decimal("2"),
        "kg",
    )
    assert waste.category == WasteRecord.Category.HAZARDOUS


# --- Bad files --------------------------------------------------------------------------------


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_replaced(draft):
    existing_discharge(draft)
    data = csv_bytes(
        [
            DISCHARGE_COLUMNS,
            discharge(),  # line 2: good
            discharge(pollutant="unobtainium"),  # line 3
            discharge(outlet_code="DA002", concentration="abc"),  # line 4
            discharge(outlet_code="DA003", standard="GB 0000-1999"),  # line 5
            discharge(outlet_code="DA004", method="guesswork"),  # line 6
            discharge(outlet_code="DA005", annual_quantity="-3"),  # line 7
            discharge(),  # line 8: repeats line 2
            discharge(outlet_code="DA006", pollutant="cod", standard="GB 13223-2011"),  # line 9
        ]
    )

    result = run(draft, "discharges", data)

    assert [error.line for error in result.errors] == [3, 4, 5, 6, 7, 8, 9]
    assert "unobtainium" in result.errors[0].message
    assert "line 2" in result.errors[5].message
    assert list(draft.discharges.values_list("outlet_code", flat=True)) == ["OLD1"]


def test_unknown_and_missing_columns_reject_the_file(draft):
    result = run(draft, "discharges", csv_bytes([["outlet_code", "colour"], ["DA001", "red"]]))

    messages = " ".join(error.message for error in result.errors)
    assert "colour" in messages
    assert "pollutant" in messages and "method" in messages
    assert all(error.line == 1 for error in result.errors)


def test_a_file_with_only_the_header_changes_nothing(draft):
    existing_discharge(draft)

    result = run(draft, "discharges", csv_bytes([DISCHARGE_COLUMNS]))

    assert not result.ok
    assert draft.discharges.count() == 1


def test_other_file_types_are_refused(draft):
    result = run(draft, "discharges", b"<html></html>", filename="rows.html")

    assert result.errors[0].line == 0


def test_a_hazardous_waste_needs_a_code_of_the_national_list(draft):
    columns = list(SECTIONS["wastes"].column_names)
    rows = [columns]
    for code in ("", "HW08 900-249-09", "ABC"):
        row = dict.fromkeys(columns, "")
        row.update(category="hazardous", waste_code=code, name="废矿物油", generated="1")
        rows.append([row[c] for c in columns])

    result = run(draft, "wastes", csv_bytes(rows))

    assert [error.line for error in result.errors] == [2, 3, 4]
    assert "HW08" in result.errors[1].message


def test_penalty_dates_are_checked(draft):
    columns = list(SECTIONS["penalties"].column_names)
    row = {
        "decided_on": "2024/5/20",
        "authority": "苏州市生态环境局",
        "document_number": "苏环罚2024-83",
        "violation": "超标排放",
        "fine_yuan": "100,000",
        "rectification": "",
        "rectified_on": "2024-05-01",
    }
    bad = [row[c] for c in columns]
    good = [row[c] if c != "rectified_on" else "" for c in columns]

    refused = run(draft, "penalties", csv_bytes([columns, bad]))
    accepted = run(draft, "penalties", csv_bytes([columns, good]))

    assert refused.errors[0].line == 2 and "rectified_on" in refused.errors[0].message
    assert accepted.ok, accepted.errors
    penalty = PenaltyRecord.objects.get(version=draft)
    assert penalty.fine_yuan == Decimal("100000")
    assert penalty.decided_on.isoformat() == "2024-05-20"


# --- Formula-looking cells --------------------------------------------------------------------


def test_escaped_formula_text_is_restored_and_a_formula_is_not_a_number(draft):
    data = csv_bytes(
        [
            DISCHARGE_COLUMNS,
            discharge(outlet_name='\'=HYPERLINK("http://x")'),
            discharge(outlet_code="DA002", concentration="=1+1"),
        ]
    )

    result = run(draft, "discharges", data)

    assert [error.line for error in result.errors] == [3]
    assert "=1+1" in result.errors[0].message


def test_formula_looking_text_is_escaped_in_the_downloads(draft):
    data = csv_bytes([DISCHARGE_COLUMNS, discharge(outlet_name="'=SUM(A1:A9)")])
    assert run(draft, "discharges", data).ok
    assert draft.discharges.get().outlet_name == "=SUM(A1:A9)"

    rows = section_import.current_rows(draft, "discharges")
    text = section_import.write_csv(rows).decode("utf-8-sig")
    workbook = load_workbook(
        io.BytesIO(section_import.write_xlsx(rows, section="discharges", title="d"))
    )
    sheet = workbook.worksheets[0]

    assert "'=SUM(A1:A9)" in text
    assert sheet.cell(row=2, column=2).value == "'=SUM(A1:A9)"
    assert sheet.cell(row=2, column=2).data_type == "s"


# --- Audit options and team -------------------------------------------------------------------


def test_options_from_a_file_keep_the_audit_and_its_team(draft):
    services.save_audit(
        version=draft,
        user=draft.test_user,
        round=1,
        team=[{"name": "王芳", "role": "组长", "certificate_number": ""}],
        options=[],
        compulsory=True,
        bases=["key_discharger"],
        consultancy="某咨询公司",
        phases={"1": {"start": "2024-01-05", "end": "2024-01-20"}},
    )
    columns = list(SECTIONS["options"].column_names)
    row = dict.fromkeys(columns, "")
    row.update(title="冷却水循环利用", cost_class="无/低费", status="已实施", water_m3="8000")

    result = run(draft, "options", csv_bytes([columns, [row[c] for c in columns]]), round=1)

    assert result.ok, result.errors
    audit = draft.audits.get()
    assert audit.consultancy == "某咨询公司"
    assert audit.phases["1"]["start"] == "2024-01-05"
    assert list(audit.team.values_list("name", flat=True)) == ["王芳"]
    option = audit.options.get()
    assert (option.cost_class, option.status, option.water_m3) == ("no_low", "implemented", 8000)


def test_team_from_a_file_warns_about_certificates_that_match_nobody(draft):
    services.save_audit(
        version=draft,
        user=draft.test_user,
        round=1,
        team=[],
        options=[],
        compulsory=False,
        voluntary_reason="自愿",
    )
    data = csv_bytes([["name", "role", "certificate_number"], ["李雷", "成员", "CPA-2020-999999"]])

    result = run(draft, "team", data, round=1)

    assert result.ok
    assert result.warnings and result.warnings[0].line == 2
    assert draft.audits.get().team.get().certificate is None


def test_options_need_an_existing_audit_round(draft):
    result = run(draft, "options", csv_bytes([["title"], ["x"]]), round=3)

    assert result.errors[0].line == 0


# --- Who may import ---------------------------------------------------------------------------


def test_a_member_of_another_enterprise_cannot_import(draft):
    outsider = make_member(make_enterprise())

    with pytest.raises(PermissionDenied):
        import_section(
            version=draft,
            user=outsider,
            section="discharges",
            data=csv_bytes([DISCHARGE_COLUMNS, discharge()]),
            filename="rows.csv",
        )
    assert not draft.discharges.exists()


def test_a_submitted_version_cannot_be_filled_from_a_file():
    enterprise = make_enterprise()
    user = make_member(enterprise)
    published = publish_annual_report(enterprise, 2023, user=user)
    published.test_user = user

    result = run(published, "discharges", csv_bytes([DISCHARGE_COLUMNS, discharge()]))

    assert not result.ok
    assert not DischargeRecord.objects.filter(version=published).exists()


# --- Fuzzing ----------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def snapshot(version) -> list:
    return sorted(
        version.discharges.values_list("outlet_code", "pollutant_id", "concentration", "quantity_t")
    )


def assert_clean(result, version, before) -> None:
    assert isinstance(result, ImportResult)
    for error in result.errors:
        assert isinstance(error, RowError)
        assert isinstance(error.line, int) and error.line >= 0
        assert isinstance(error.message, str) and error.message
    if result.errors:
        assert snapshot(version) == before
    else:
        assert version.discharges.count() == result.rows


@FUZZ
@given(
    data=upload_bytes(),
    filename=st.sampled_from(["rows.csv", "rows.xlsx"]),
)
def test_any_bytes_give_a_clean_result(draft, data, filename):
    existing_discharge(draft)
    before = snapshot(draft)

    assert_clean(run(draft, "discharges", data, filename=filename), draft, before)


cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "-1",
            "1e400",
            "1e-9",
            "NaN",
            "99999999999999",
            "=1+1",
            "'=A1",
            "µg/m³",
            "kg",
            "mg/L",
            "so2",
            "nox",
            "GB 13223-2011",
            "monitoring",
            "DA001",
            "\x00",
        ]
    ),
    st.sampled_from(DISCHARGE_COLUMNS),
)


@st.composite
def mutated_discharges(draw) -> bytes:
    grid = [
        list(DISCHARGE_COLUMNS),
        discharge(),
        discharge(outlet_code="DA002", pollutant="nox", concentration="120"),
        discharge(
            outlet_code="DW001", pollutant="cod", concentration_unit="mg/L", standard="", limit="50"
        ),
    ]
    return csv_bytes(draw(mutated_grid(grid, cell_text, max_cut=12)))


@FUZZ
@given(data=mutated_discharges())
def test_mutated_rows_import_all_or_nothing(draft, data):
    existing_discharge(draft)
    before = snapshot(draft)

    assert_clean(run(draft, "discharges", data), draft, before)
