"""Figures as people read them (a number with its unit), and the CP benefit metrics."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from core import numbers as core_numbers
from core.units import UNITS


def format_number(value) -> str:
    """A stored figure without the trailing zeros of its column (35.000000 -> 35), grouped in
    thousands; empty for a missing figure."""
    return core_numbers.format_number(value, grouped=True)


def unit_label(code: str) -> str:
    """The label of a unit code (``mg_m3`` -> mg/m³); unknown codes are shown as stored."""
    unit = UNITS.get(code or "")
    return str(unit.label) if unit else (code or "")


@dataclass(frozen=True)
class Amount:
    """A figure with its unit; renders as "1,234.5 t", or "—" when there is no figure."""

    value: Decimal | None
    unit: str = ""  # a core.units code, or a label

    def __str__(self) -> str:
        if self.value is None:
            return "—"
        label = unit_label(self.unit)
        return f"{format_number(self.value)} {label}".strip()

    def __bool__(self) -> bool:
        return self.value is not None

    @property
    def number(self) -> str:
        """The figure without its unit (for tables that name the unit in the heading)."""
        return "—" if self.value is None else format_number(self.value)


def reported_amount(canonical: Amount, value: Decimal | None, unit: str) -> Amount | None:
    """What the enterprise typed, when it differs from the canonical figure shown (another
    unit); None when the canonical figure is what they reported."""
    if value is None or not unit or unit == canonical.unit:
        return None
    return Amount(value, unit)


@dataclass(frozen=True)
class Metric:
    field: str
    label: object
    unit: str  # a core.units code or a label

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit)


BENEFIT_METRICS = (
    Metric("water_m3", _("Water saved"), "m3"),
    Metric("electricity_kwh", _("Electricity saved"), "kWh"),
    Metric("energy_tce", _("Energy saved"), "tce"),
    Metric("materials_t", _("Materials saved"), "t"),
    Metric("cod_t", _("COD reduced"), "t"),
    Metric("nh3n_t", _("NH₃-N reduced"), "t"),
    Metric("so2_t", _("SO₂ reduced"), "t"),
    Metric("nox_t", _("NOx reduced"), "t"),
    Metric("vocs_t", _("VOCs reduced"), "t"),
    Metric("hazardous_waste_t", _("Hazardous waste reduced"), "t"),
    Metric("benefit_10k_yuan", _("Economic benefit a year"), "wan_yuan"),
    Metric("investment_10k_yuan", _("Investment"), "wan_yuan"),
)
METRIC_FIELDS = tuple(metric.field for metric in BENEFIT_METRICS)
