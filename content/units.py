"""Units for numeric answers: labels in both languages and conversions to a canonical unit."""

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Unit:
    code: str
    label: object
    # What a trainee may type for this unit (any case; full-width forms are normalised).
    spellings: tuple[str, ...]
    # Units of the same dimension and how many of this unit one of them is worth.
    family: str = ""
    factor: Decimal = Decimal(1)


UNITS: dict[str, Unit] = {
    unit.code: unit
    for unit in (
        Unit("none", _("no unit"), ("",)),
        Unit("year", _("years"), ("year", "years", "yr", "a", "年"), "time", Decimal(1)),
        Unit("month", _("months"), ("month", "months", "月", "个月"), "time", Decimal(1) / 12),
        Unit("percent", _("%"), ("%", "percent", "百分比"), "ratio", Decimal(1)),
        Unit("t", _("t"), ("t", "tonne", "tonnes", "吨"), "mass", Decimal(1)),
        Unit("kg", _("kg"), ("kg", "千克", "公斤"), "mass", Decimal("0.001")),
        Unit("kWh", _("kWh"), ("kwh", "千瓦时", "度"), "energy", Decimal(1)),
        Unit("MWh", _("MWh"), ("mwh", "兆瓦时"), "energy", Decimal(1000)),
        Unit("m3", _("m³"), ("m3", "m³", "立方米", "方"), "volume", Decimal(1)),
        Unit("m3_per_t", _("m³/t"), ("m3/t", "m³/t", "立方米/吨"), "", Decimal(1)),
        Unit("t_per_day", _("t/d"), ("t/d", "t/day", "吨/天", "吨/日"), "", Decimal(1)),
        Unit("yuan", _("yuan"), ("yuan", "rmb", "元"), "money", Decimal(1)),
        Unit("wan_yuan", _("10,000 yuan"), ("万元", "wan", "10k yuan"), "money", Decimal(10000)),
    )
}


def unit_for_spelling(text: str) -> Unit | None:
    cleaned = unicodedata.normalize("NFKC", text).strip().casefold()
    for unit in UNITS.values():
        if cleaned in unit.spellings:
            return unit
    return None


def convert(value: Decimal, *, from_unit: Unit, to_unit: Unit) -> Decimal | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``, or None if they do not convert."""
    if from_unit.code == to_unit.code:
        return value
    if not from_unit.family or from_unit.family != to_unit.family:
        return None
    return value * from_unit.factor / to_unit.factor
