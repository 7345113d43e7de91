"""Enterprises, members and reports built for one test."""

import itertools
from decimal import Decimal

from accounts.roles import Role
from disclosure import credit_codes, services
from disclosure.models import (
    Enterprise,
    EnterpriseMembership,
    Method,
    Pollutant,
    Sector,
    Standard,
    StandardLimit,
)
from tests.factories import make_user

_numbers = itertools.count(1)


def new_credit_code(region: str = "320583") -> str:
    return credit_codes.build(region=region, organisation=f"T{next(_numbers):07d}X")


def sector(code: str = "C2611", name_zh: str = "无机酸制造", name_en: str = "Inorganic acids"):
    return Sector.objects.get_or_create(
        code=code, defaults={"name_zh": name_zh, "name_en": name_en}
    )[0]


def pollutant(code: str = "so2") -> Pollutant:
    """A reference pollutant (the reference data's when loaded, else a minimal one)."""
    defaults = {
        "so2": ("二氧化硫", "Sulphur dioxide", "SO₂", "air", "mg_m3"),
        "nox": ("氮氧化物", "Nitrogen oxides", "NOx", "air", "mg_m3"),
        "cod": ("化学需氧量", "Chemical oxygen demand", "COD", "water", "mg_l"),
        "nh3n": ("氨氮", "Ammonia nitrogen", "NH₃-N", "water", "mg_l"),
    }[code]
    name_zh, name_en, formula, medium, unit = defaults
    return Pollutant.objects.get_or_create(
        code=code,
        defaults={
            "name_zh": name_zh,
            "name_en": name_en,
            "formula": formula,
            "medium": medium,
            "concentration_unit": unit,
            "explanation_zh": f"{name_zh}的说明。",
            "explanation_en": f"About {name_en}.",
        },
    )[0]


def standard_with_limit(*, number: str, pollutant_code: str, limit: str) -> Standard:
    standard = Standard.objects.get_or_create(
        number=number, defaults={"title_zh": f"{number} 标准", "title_en": f"Standard {number}"}
    )[0]
    StandardLimit.objects.update_or_create(
        standard=standard, pollutant=pollutant(pollutant_code), defaults={"limit": Decimal(limit)}
    )
    return standard


def make_enterprise(**fields) -> Enterprise:
    region = fields.pop("region_code", "320583")
    defaults = {
        "credit_code": new_credit_code(region),
        "name": f"测试化工有限公司{next(_numbers)}",
        "name_en": "Test Chemicals Co., Ltd.",
        "sector": sector(),
        "region_code": region,
        "address": "江苏省昆山市测试路1号",
    }
    defaults.update(fields)
    return Enterprise.objects.create(**defaults)


def make_reviewer():
    return make_user(role=Role.REVIEWER, mfa=True)


def make_member(enterprise: Enterprise, **fields):
    """A discloser with MFA who acts for ``enterprise``."""
    user = make_user(role=Role.DISCLOSER, mfa=True, **fields)
    EnterpriseMembership.objects.create(user=user, enterprise=enterprise)
    return user


def list_enterprise(enterprise: Enterprise, year: int, **fields):
    values = {
        "must_disclose": True,
        "compulsory_audit": False,
        "basis_key_discharger": True,
        "source_document": "测试名录 2024 号",
    }
    values.update(fields)
    return services.save_list_entry(
        enterprise=enterprise, year=year, actor=make_reviewer(), **values
    )


def publish_annual_report(enterprise: Enterprise, year: int, *, user=None, discharges=()):
    """Open, fill and submit an annual report. ``discharges`` are build_discharge keyword
    dicts (``pollutant`` may be a code)."""
    user = user or make_member(enterprise)
    draft = services.open_annual_report(enterprise=enterprise, year=year, user=user)
    services.update_basic_information(
        version=draft, user=user, products="硫酸 20 万吨/年", permit_number="91320583TEST001P"
    )
    records = []
    for fields in discharges:
        fields = dict(fields)
        if isinstance(fields.get("pollutant"), str):
            fields["pollutant"] = pollutant(fields["pollutant"])
        fields.setdefault("outlet_code", "DA001")
        fields.setdefault("method", Method.MONITORING)
        records.append(services.build_discharge(version=draft, **fields))
    services.replace_discharges(version=draft, user=user, records=records)
    return services.submit_version(version=draft, user=user, signed_name="张三")


def reference_data() -> None:
    """The sectors, pollutants, standards with their limits and holidays every site loads
    (``load_disclosure_reference``)."""
    from disclosure.reference_data import ensure_reference_data

    ensure_reference_data()
