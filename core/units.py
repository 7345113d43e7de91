"""Units of measure shared by the project: labels in both languages, what people may type, and
conversions within a family (exam answers, disclosed emissions, CP savings).

Codes are stored in data (exam questions, disclosure rows): never rename one."""

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
        Unit("g", _("g"), ("g", "gram", "grams", "克"), "mass", Decimal("0.000001")),
        Unit("kWh", _("kWh"), ("kwh", "千瓦时", "度"), "energy", Decimal(1)),
        Unit("MWh", _("MWh"), ("mwh", "兆瓦时"), "energy", Decimal(1000)),
        Unit("GWh", _("GWh"), ("gwh", "吉瓦时", "百万千瓦时"), "energy", Decimal(1000000)),
        Unit("tce", _("tce"), ("tce", "吨标准煤", "吨标煤"), "coal_equivalent", Decimal(1)),
        Unit(
            "tCO2e", _("t CO₂e"), ("tco2e", "tco2", "t co2e", "吨二氧化碳当量"), "co2", Decimal(1)
        ),
        Unit(
            "kgCO2e",
            _("kg CO₂e"),
            ("kgco2e", "kg co2e", "千克二氧化碳当量"),
            "co2",
            Decimal("0.001"),
        ),
        Unit(
            "wan_tCO2e",
            _("10,000 t CO₂e"),
            ("万吨二氧化碳当量", "万tco2e", "10k tco2e"),
            "co2",
            Decimal(10000),
        ),
        Unit(
            "mg_m3", _("mg/m³"), ("mg/m3", "mg/m³", "mg/nm3", "毫克/立方米"), "air_conc", Decimal(1)
        ),
        Unit(
            "ug_m3",
            _("µg/m³"),
            ("ug/m3", "µg/m3", "μg/m3", "µg/m³", "μg/m³", "微克/立方米"),
            "air_conc",
            Decimal("0.001"),
        ),
        Unit("g_m3", _("g/m³"), ("g/m3", "g/m³", "克/立方米"), "air_conc", Decimal(1000)),
        Unit(
            "ngteq_m3",
            _("ng TEQ/m³"),
            ("ngteq/m3", "ng-teq/m3", "ng teq/m3", "ng teq/m³"),
            "air_conc_teq",
            Decimal(1),
        ),
        Unit("mg_l", _("mg/L"), ("mg/l", "毫克/升"), "water_conc", Decimal(1)),
        Unit(
            "ug_l", _("µg/L"), ("ug/l", "µg/l", "μg/l", "微克/升"), "water_conc", Decimal("0.001")
        ),
        Unit("g_l", _("g/L"), ("g/l", "克/升"), "water_conc", Decimal(1000)),
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
