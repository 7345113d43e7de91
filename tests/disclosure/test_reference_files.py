"""The disclosure reference data files (disclosure/reference/*.yaml) and how they are loaded."""

import datetime
import shutil
from decimal import Decimal

import pytest
import yaml

from disclosure.models import Holiday, Pollutant, Sector, Standard, StandardLimit
from disclosure.reference_data import (
    INTEGRATED_AIR_STANDARD,
    INTEGRATED_WATER_STANDARD,
    REFERENCE_DIR,
    ReferenceFileError,
    ensure_reference_data,
    load_reference_files,
)

MODELS = (Sector, Pollutant, Standard, StandardLimit, Holiday)


@pytest.fixture
def reference_dir(tmp_path):
    """A copy of the shipped reference files that a test may edit."""
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    return directory


def edit(directory, name: str, change) -> None:
    """Rewrite one file after ``change(data)`` (plain YAML: limits written as text)."""
    path = directory / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def replace_once(directory, name: str, old: str, new: str) -> int:
    """Replace the first ``old`` in a file's text; returns the line (1-based) it was on."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def entry_line(directory, name: str, line: int, marker: str) -> int:
    """The line, at or above ``line``, where the list entry starting with ``marker`` begins."""
    lines = (directory / name).read_text(encoding="utf-8").splitlines()
    return max(n for n in range(1, line + 1) if lines[n - 1].startswith(marker))


def snapshot() -> dict:
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}


# --- the files -------------------------------------------------------------------------------


def test_every_shipped_reference_file_loads():
    data = load_reference_files()

    assert data.sectors and data.pollutants and data.standards and data.holidays
    numbers = {standard.number for standard in data.standards}
    assert {INTEGRATED_AIR_STANDARD, INTEGRATED_WATER_STANDARD} <= numbers


def test_limits_load_as_exact_decimals_and_holidays_as_dates():
    data = load_reference_files()

    limits = [limit.limit for standard in data.standards for limit in standard.limits]
    assert limits
    assert all(type(limit) is Decimal for limit in limits)
    # written "1.0" in the file: kept as written, never passed through a float
    assert Decimal("1.0").as_tuple() in {limit.as_tuple() for limit in limits}
    assert all(type(row["date"]) is datetime.date for row in data.holidays)


# --- loading into the database ---------------------------------------------------------------


@pytest.mark.django_db
def test_loading_creates_a_row_for_every_entry_of_the_files():
    data = load_reference_files()

    created = ensure_reference_data()

    assert created == {
        "sectors": len(data.sectors),
        "pollutants": len(data.pollutants),
        "standards": len(data.standards),
        "limits": sum(len(standard.limits) for standard in data.standards),
        "holidays": len(data.holidays),
    }
    first = data.standards[0]
    stored = StandardLimit.objects.get(
        standard__number=first.number, pollutant__code=first.limits[0].pollutant
    )
    assert stored.limit == first.limits[0].limit
    assert stored.applies_to_en == first.limits[0].applies_to_en


@pytest.mark.django_db
def test_a_second_load_changes_nothing():
    ensure_reference_data()
    before = snapshot()

    created = ensure_reference_data()

    assert set(created.values()) == {0}
    assert snapshot() == before


@pytest.mark.django_db
def test_without_update_an_edited_file_does_not_overwrite_staff_edits(reference_dir):
    ensure_reference_data(directory=reference_dir)
    number = load_reference_files(reference_dir).standards[0].number
    Standard.objects.filter(number=number).update(title_en="Edited by staff")
    edit(reference_dir, "standards.yaml", lambda data: data[0].update(title_en="From the file"))

    created = ensure_reference_data(directory=reference_dir)

    assert set(created.values()) == {0}
    assert Standard.objects.get(number=number).title_en == "Edited by staff"


@pytest.mark.django_db
def test_update_rewrites_rows_from_the_edited_file(reference_dir):
    ensure_reference_data(directory=reference_dir)
    data = load_reference_files(reference_dir)
    code, standard = data.sectors[0]["code"], data.standards[0]
    Sector.objects.filter(code=code).update(name_en="Edited by staff")

    def change_limit(standards):
        standards[0]["limits"][0]["limit"] = "12.5"

    edit(reference_dir, "sectors.yaml", lambda sectors: sectors[0].update(name_en="From the file"))
    edit(reference_dir, "standards.yaml", change_limit)

    ensure_reference_data(update=True, directory=reference_dir)

    assert Sector.objects.get(code=code).name_en == "From the file"
    limit = StandardLimit.objects.get(
        standard__number=standard.number, pollutant__code=standard.limits[0].pollutant
    )
    assert limit.limit == Decimal("12.5")


# --- malformed files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "marker", "entry", "message"),
    [
        ("sectors.yaml", "  name_en:", "  name_eng:", "- ", "sector 1", "unknown field 'name_eng'"),
        ("pollutants.yaml", "  medium: air", "  medium: soil", "- ", "pollutant 1", "'soil' is"),
        ("standards.yaml", "    limit: 100", "    limit: lots", "  - ", "limit 1", "'lots' is not"),
        ("holidays.yaml", "- festival: spring", "- festival: eid", "  - ", "holiday 2", "'eid'"),
    ],
)
def test_a_malformed_entry_is_reported_with_its_file_entry_and_line(
    reference_dir, name, old, new, marker, entry, message
):
    line = replace_once(reference_dir, name, old, new)

    with pytest.raises(ReferenceFileError) as raised:
        load_reference_files(reference_dir)

    text = str(raised.value)
    assert name in text and entry in text and message in text
    assert raised.value.line == entry_line(reference_dir, name, line, marker)


def test_a_file_that_is_not_yaml_is_reported_with_its_name_and_line(reference_dir):
    line = replace_once(reference_dir, "pollutants.yaml", "  medium: air", "  medium: [air")

    with pytest.raises(ReferenceFileError) as raised:
        load_reference_files(reference_dir)

    assert "pollutants.yaml" in str(raised.value) and "invalid YAML" in str(raised.value)
    assert raised.value.line is not None and raised.value.line >= line


@pytest.mark.django_db
def test_a_malformed_file_writes_nothing(reference_dir):
    replace_once(reference_dir, "holidays.yaml", "first_day_off: 2021", "first_day_off: 2O21")

    with pytest.raises(ReferenceFileError, match=r"holidays\.yaml"):
        ensure_reference_data(directory=reference_dir)

    assert not any(model.objects.exists() for model in MODELS)
