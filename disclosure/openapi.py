"""The OpenAPI 3.1 document of every /api/v1/ endpoint, served at /api/v1/openapi.json.

Built by hand so that it says exactly what the views do: the open-data API (disclosure.api)
and the certificate API (certificates.api). tests/disclosure/test_api.py checks that every
/api/v1/ URL pattern is documented (and nothing else is), and that the examples and real
answers match the schemas.
"""

from django.conf import settings

from certificates.models import Certificate
from disclosure import dumps
from disclosure.models import (
    AuditResult,
    CPOption,
    ListBasis,
    Medium,
    Method,
    Report,
    WasteRecord,
)
from disclosure.selectors import Filing

API_VERSION = "1.0.0"
MAX_LIMIT = 500
DEFAULT_LIMIT = 100
CACHE_SECONDS = 300
CERTIFICATE_CACHE_SECONDS = 60


# --- schema helpers --------------------------------------------------------------------------


def _nullable(schema: dict) -> dict:
    kind = schema["type"]
    return {**schema, "type": [kind, "null"] if isinstance(kind, str) else [*kind, "null"]}


def string(description: str = "", *, nullable: bool = False, **extra) -> dict:
    schema = {"type": "string", **extra}
    if description:
        schema["description"] = description
    return _nullable(schema) if nullable else schema


def integer(description: str = "", *, nullable: bool = False, **extra) -> dict:
    schema = {"type": "integer", **extra}
    if description:
        schema["description"] = description
    return _nullable(schema) if nullable else schema


def number(description: str = "", *, nullable: bool = True) -> dict:
    schema = {"type": "number"}
    if description:
        schema["description"] = description
    return _nullable(schema) if nullable else schema


def boolean(description: str = "") -> dict:
    schema = {"type": "boolean"}
    if description:
        schema["description"] = description
    return schema


def date(description: str = "", *, nullable: bool = False) -> dict:
    return string(description, nullable=nullable, format="date")


def timestamp(description: str = "", *, nullable: bool = False) -> dict:
    return string(description, nullable=nullable, format="date-time")


def url(description: str = "", *, nullable: bool = False) -> dict:
    return string(description, nullable=nullable, format="uri")


def obj(properties: dict, *, description: str = "", nullable: bool = False) -> dict:
    """An object whose every listed property is always present."""
    schema = {"type": "object", "required": list(properties), "properties": properties}
    if description:
        schema["description"] = description
    return _nullable(schema) if nullable else schema


def array(items: dict, description: str = "") -> dict:
    schema = {"type": "array", "items": items}
    if description:
        schema["description"] = description
    return schema


def ref(name: str, *, nullable: bool = False) -> dict:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {"anyOf": [schema, {"type": "null"}]} if nullable else schema


def enum(values, description: str = "", *, nullable: bool = False) -> dict:
    values = list(values)
    schema = string(description, nullable=nullable)
    schema["enum"] = [*values, None] if nullable else values
    return schema


CREDIT_CODE = string(
    "Unified social credit code (18 characters, GB 32100-2015): the enterprise's stable id.",
    pattern="^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
)
PUBLIC_ID = string(
    "Stable report id: <credit code>-<year>-AR (annual) or -AH<nn> (ad-hoc, numbered per year).",
    pattern="^[0-9A-Z]{18}-[0-9]{4}-(AR|AH[0-9]{2,3})$",
)
UNIT_CODE = (
    "Unit codes: mg_m3, ug_m3, g_m3, ngteq_m3, mg_l, ug_l, g_l, t, kg, g, tCO2e (content.units)."
)


# --- schemas ---------------------------------------------------------------------------------


def _schemas() -> dict:
    bases = enum(ListBasis.values)
    links_profile_api = obj(
        {"profile": url("Public profile page."), "api": url("This enterprise in the API.")}
    )
    report_links = obj(
        {
            "api": url("The report in the API.", nullable=True),
            "page": url("The report's public page.", nullable=True),
        }
    )
    return {
        "Error": obj(
            {
                "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": string(
                            "Machine-readable: invalid_parameter, not_found, dump_not_found, "
                            "method_not_allowed, rate_limited."
                        ),
                        "message": string("What went wrong, in the request's language."),
                        "parameter": string("The query parameter at fault (400 only)."),
                        "retry_after": integer("Seconds to wait (429 only)."),
                    },
                }
            },
            description="Every error of the open-data API.",
        ),
        "CertificateError": {
            "type": "object",
            "description": "Errors of the certificate API (its own, older format).",
            "required": ["error", "detail"],
            "properties": {
                "error": string(
                    "malformed_code, not_found, invalid_json, invalid_input, invalid_csv, "
                    "missing_file, file_too_large, too_many_rows, unsupported_media_type, "
                    "method_not_allowed, rate_limited."
                ),
                "detail": string("What went wrong, in the request's language."),
                "retry_after": integer("Seconds to wait (429 only)."),
                "max_rows": integer("The row limit (too_many_rows only)."),
            },
        },
        "Sector": obj(
            {
                "code": string("Industry class of GB/T 4754, e.g. C2611."),
                "name_zh": string(),
                "name_en": string(),
            }
        ),
        "Province": obj(
            {
                "code": string("First two digits of the region code.", pattern="^[0-9]{2}$"),
                "name_zh": string(),
                "name_en": string(),
            }
        ),
        "Coordinates": obj(
            {
                "latitude": number("WGS 84 degrees.", nullable=False),
                "longitude": number("WGS 84 degrees.", nullable=False),
            }
        ),
        "ListEntry": obj(
            {
                "year": integer(),
                "bases": array(bases, "Why the enterprise is listed."),
                "must_disclose": boolean(),
                "compulsory_audit": boolean("Must carry out a compulsory CP audit."),
                "source_document": string("The authority's document that lists it."),
                "source_url": url(nullable=True),
            },
            description="The enterprise's entry on one year's key-enterprise list.",
        ),
        "AnnualReportStatus": obj(
            {
                "id": {**PUBLIC_ID, "type": ["string", "null"]},
                "status": enum(
                    Filing.values,
                    "on_time: submitted by the due date; late: submitted after it; missing: "
                    "due date passed and nothing submitted; not_yet_due: due date still ahead; "
                    "not_required: no annual report is due for the year.",
                ),
                "due_on": date("15 March of the next year.", nullable=True),
                "filed_on": date("First submitted.", nullable=True),
                "links": report_links,
            },
            description="The annual report for the year (id and links once published).",
        ),
        "EnterpriseListItem": obj(
            {
                "id": CREDIT_CODE,
                "credit_code": CREDIT_CODE,
                "name": string("Registered name (Chinese)."),
                "name_en": string("Name in English (may be empty)."),
                "sector": ref("Sector"),
                "region_code": string("6-digit administrative region code (GB/T 2260)."),
                "province": ref("Province"),
                "address": string(),
                "coordinates": ref("Coordinates", nullable=True),
                "year": integer("The year this row describes."),
                "listed": boolean("On the key-enterprise list for the year."),
                "list_entry": ref("ListEntry", nullable=True),
                "annual_report": ref("AnnualReportStatus"),
                "has_exceedance": boolean("A published report of the year exceeds a limit."),
                "overdue": boolean("An annual or ad-hoc report of the year is late or missing."),
                "links": links_profile_api,
            }
        ),
        "EnterprisePage": obj(
            {
                "year": integer("The year searched (the latest by default)."),
                "count": integer("Rows matching the filters, on all pages."),
                "limit": integer(),
                "next": url("The next page, or null on the last.", nullable=True),
                "results": array(ref("EnterpriseListItem")),
            }
        ),
        "ReportSummary": obj(
            {
                "id": PUBLIC_ID,
                "kind": enum(Report.Kind.values),
                "year": integer(),
                "event": ref("Event", nullable=True),
                "due_on": date(),
                "filed_on": date(nullable=True),
                "filed_late": boolean(),
                "current_version": integer("The version the public sees."),
                "published_at": timestamp("When the current version was published."),
                "links": report_links,
            }
        ),
        "YearSummary": obj(
            {
                "year": integer(),
                "listed": boolean(),
                "annual_report": ref("AnnualReportStatus"),
                "has_exceedance": boolean(),
                "overdue": boolean(),
            }
        ),
        "EnterpriseDetail": obj(
            {
                "id": CREDIT_CODE,
                "credit_code": CREDIT_CODE,
                "name": string(),
                "name_en": string(),
                "sector": ref("Sector"),
                "region_code": string(),
                "province": ref("Province"),
                "address": string(),
                "coordinates": ref("Coordinates", nullable=True),
                "list_entries": array(ref("ListEntry"), "Every year it was listed, newest first."),
                "years": array(ref("YearSummary"), "Newest first."),
                "reports": array(ref("ReportSummary"), "Published reports, newest year first."),
                "links": obj(
                    {
                        "profile": url(),
                        "disclosures": url("Its disclosures in the API (latest year)."),
                    }
                ),
            }
        ),
        "Event": obj(
            {
                "trigger": enum(Report.Trigger.values),
                "date": date(nullable=True),
                "description": string(),
            },
            description="What made an ad-hoc report due (null for annual reports).",
        ),
        "Pollutant": obj(
            {
                "code": string("e.g. so2, nox, cod, nh3n."),
                "name_zh": string(),
                "name_en": string(),
                "formula": string(),
            }
        ),
        "Discharge": obj(
            {
                "outlet_code": string("Outlet code as in the discharge permit."),
                "outlet_name": string(),
                "medium": enum(Medium.values),
                "pollutant": ref("Pollutant"),
                "concentration": number("Annual mean, in concentration_unit."),
                "concentration_unit": string("Canonical unit of the pollutant. " + UNIT_CODE),
                "concentration_reported": number("As the enterprise reported it."),
                "concentration_reported_unit": string(nullable=True),
                "standard": {
                    "anyOf": [
                        obj({"number": string(), "title_zh": string(), "title_en": string()}),
                        {"type": "null"},
                    ]
                },
                "limit": number("Limit applied, in concentration_unit."),
                "exceeds_limit": boolean("Computed by the system, never typed in."),
                "quantity_t": number("Annual quantity, tonnes."),
                "quantity_reported": number(),
                "quantity_reported_unit": string(nullable=True),
                "permitted_t": number("Permitted annual quantity, tonnes."),
                "permitted_reported": number(),
                "permitted_reported_unit": string(nullable=True),
                "exceeds_permit": boolean("Computed by the system."),
                "method": enum(Method.values, "How the values were obtained."),
            }
        ),
        "Waste": obj(
            {
                "category": enum(WasteRecord.Category.values),
                "waste_code": string("e.g. HW08 for hazardous waste."),
                "name": string(),
                "generated_t": number(nullable=False),
                "utilised_t": number(nullable=False),
                "disposed_t": number(nullable=False),
                "stored_t": number(nullable=False),
                "reported_unit": string("The unit the enterprise used (values are tonnes)."),
                "receiver": string(),
                "receiver_licence": string(),
            }
        ),
        "Penalty": obj(
            {
                "decided_on": date(),
                "authority": string(),
                "document_number": string(),
                "violation": string(),
                "fine_yuan": number(nullable=False),
                "rectification": string(),
                "rectified_on": date(nullable=True),
            }
        ),
        "TeamMember": obj(
            {
                "name": string(),
                "role": string(),
                "certificate_number": string("Auditor certificate number.", nullable=True),
                "certificate": {
                    "description": "The certificate when number and name match one issued by "
                    "the academy; null otherwise.",
                    "anyOf": [
                        obj(
                            {
                                "code": string(),
                                "status": enum(Certificate.Status.values),
                                "verification_url": url(),
                            }
                        ),
                        {"type": "null"},
                    ],
                },
            }
        ),
        "CPOption": obj(
            {
                "title": string(),
                "cost_class": enum(CPOption.CostClass.values),
                "orientation": enum(CPOption.Orientation.values),
                "status": enum(CPOption.Status.values),
                "investment_10k_yuan": number(nullable=False),
                "annual_savings": obj(
                    {
                        "water_m3": number(nullable=False),
                        "electricity_kwh": number(nullable=False),
                        "energy_tce": number(nullable=False),
                        "materials_t": number(nullable=False),
                    }
                ),
                "annual_reductions": obj(
                    {
                        "cod_t": number(nullable=False),
                        "nh3n_t": number(nullable=False),
                        "so2_t": number(nullable=False),
                        "nox_t": number(nullable=False),
                        "vocs_t": number(nullable=False),
                        "hazardous_waste_t": number(nullable=False),
                    }
                ),
                "benefit_10k_yuan": number("Economic benefit a year.", nullable=False),
            }
        ),
        "Audit": obj(
            {
                "round": integer(),
                "compulsory": boolean(),
                "bases": array(bases),
                "voluntary_reason": string(),
                "consultancy": string(),
                "phases": array(
                    obj(
                        {
                            "phase": integer(
                                "1 planning and organisation, 2 pre-assessment, 3 assessment, "
                                "4 option generation and screening, 5 feasibility analysis, "
                                "6 option implementation, 7 sustaining CP.",
                                minimum=1,
                                maximum=7,
                            ),
                            "start": date(nullable=True),
                            "end": date(nullable=True),
                        }
                    )
                ),
                "team": array(ref("TeamMember")),
                "options": array(ref("CPOption")),
                "authority_results": array(
                    obj(
                        {
                            "stage": enum(AuditResult.Stage.values),
                            "outcome": enum(AuditResult.Outcome.values),
                            "decided_on": date(),
                            "authority": string(),
                        }
                    ),
                    "The authority's assessment and acceptance of this round.",
                ),
            }
        ),
        "ChangelogEntry": obj(
            {
                "version": integer(),
                "published_at": timestamp(),
                "change_summary": string("What changed and why (amendments).", nullable=True),
                "links": report_links,
            }
        ),
        "Disclosure": obj(
            {
                "id": PUBLIC_ID,
                "version": integer("This version's number."),
                "current_version": integer("The version the public sees now."),
                "is_current": boolean(),
                "kind": enum(Report.Kind.values),
                "year": integer(),
                "event": ref("Event", nullable=True),
                "due_on": date(),
                "filed_on": date(nullable=True),
                "filed_late": boolean(),
                "published_at": timestamp(),
                "change_summary": string(nullable=True),
                "enterprise": obj(
                    {
                        "id": CREDIT_CODE,
                        "name": string(),
                        "name_en": string(),
                        "sector": ref("Sector"),
                        "region_code": string(),
                        "province": ref("Province"),
                    }
                ),
                "basic_information": obj(
                    {
                        "products": string("Main products and capacity."),
                        "permit_number": string("Discharge permit number."),
                        "permit_valid_until": date(nullable=True),
                        "permit_authority": string(),
                    }
                ),
                "carbon": obj(
                    {
                        "emissions_t_co2e": number(),
                        "reported_value": number(),
                        "reported_unit": string(nullable=True),
                    }
                ),
                "has_exceedance": boolean(),
                "discharges": array(ref("Discharge")),
                "wastes": array(ref("Waste")),
                "penalties": array(ref("Penalty")),
                "audits": array(ref("Audit")),
                "changelog": array(ref("ChangelogEntry"), "Every published version, oldest first."),
                "links": obj({"api": url(), "page": url(), "enterprise": url(), "profile": url()}),
            }
        ),
        "DisclosurePage": obj(
            {
                "year": integer(),
                "count": integer(),
                "limit": integer(),
                "next": url(nullable=True),
                "results": array(ref("Disclosure")),
            }
        ),
        "CsvColumn": obj({"name": string(), "description": string()}),
        "DumpIndex": obj(
            {
                "generated_at": timestamp(nullable=True),
                "how_built": string(),
                "columns": array(ref("CsvColumn")),
                "files": array(
                    obj(
                        {
                            "name": string(pattern=dumps.DUMP_NAME.pattern),
                            "year": integer(),
                            "rows": integer(),
                            "bytes": integer(),
                            "sha256": string(pattern="^[0-9a-f]{64}$"),
                            "generated_at": timestamp(),
                            "url": url(),
                        }
                    )
                ),
            }
        ),
        "CertificateRecord": obj(
            {
                "code": string(
                    "Verification code; null when the certificate was found by number and name.",
                    nullable=True,
                ),
                "number": string("Certificate number."),
                "status": enum(Certificate.Status.values),
                "holder": obj({"name": string(), "latin_name": string()}),
                "certificate_type": obj(
                    {"prefix": string(), "name_zh": string(), "name_en": string()}
                ),
                "course": obj({"title_zh": string(), "title_en": string()}),
                "hours": integer(),
                "completed_on": date(),
                "issued_on": date(),
                "valid_until": date(nullable=True),
                "issuer": obj({"name_zh": string(), "name_en": string()}),
                "state_changed_on": date(nullable=True),
                "state_reason": string(nullable=True),
                "replaces": string(
                    "Verification code of the certificate this one replaces (null when found "
                    "by number and name).",
                    nullable=True,
                ),
                "replaced_by": string(
                    "Verification code of the replacement (null when found by number and name).",
                    nullable=True,
                ),
                "replaces_number": string(
                    "Number of the certificate this one replaces.", nullable=True
                ),
                "replaced_by_number": string("Number of the replacement.", nullable=True),
                "verification_url": url(
                    "The certificate's verification page; null when found by number and name.",
                    nullable=True,
                ),
                "checked_at": timestamp(),
            }
        ),
        "BulkVerifyRequest": {
            "description": 'Up to 1,000 rows: {"codes": [...]}, or a list of codes, or a list '
            'of {"code": ...} / {"number": ..., "name": ...} objects.',
            "anyOf": [
                obj({"codes": array(string())}),
                array(
                    {
                        "anyOf": [
                            string(),
                            {
                                "type": "object",
                                "properties": {
                                    "code": string(),
                                    "number": string(),
                                    "name": string(),
                                },
                            },
                        ]
                    }
                ),
            ],
        },
        "BulkVerifyResponse": obj(
            {
                "results": array(
                    obj(
                        {
                            "row": integer(),
                            "input": {
                                "type": "object",
                                "properties": {
                                    "code": string(),
                                    "number": string(),
                                    "name": string(),
                                },
                            },
                            "found": boolean(),
                            "status": enum(Certificate.Status.values, nullable=True),
                            "certificate": ref("CertificateRecord", nullable=True),
                            "error": enum(
                                [
                                    "invalid_row",
                                    "missing_code",
                                    "missing_name",
                                    "malformed_code",
                                    "not_found",
                                    "rate_limited",
                                ],
                                nullable=True,
                            ),
                        }
                    )
                ),
                "summary": obj(
                    {
                        "total": integer(),
                        "found": integer(),
                        "by_status": {
                            "type": "object",
                            "additionalProperties": {"type": "integer"},
                        },
                        "by_error": {
                            "type": "object",
                            "additionalProperties": {"type": "integer"},
                        },
                    }
                ),
            }
        ),
        "OpenAPIDocument": {
            "type": "object",
            "required": ["openapi", "info", "paths"],
            "properties": {"openapi": string(), "info": {"type": "object"}},
        },
    }


# --- examples --------------------------------------------------------------------------------

EXAMPLE_CODE = "91320583MAD000001P"
EXAMPLE_ID = f"{EXAMPLE_CODE}-2024-AR"
EXAMPLE_HOST = "https://cphub.example"

SECTOR_EXAMPLE = {"code": "C2611", "name_zh": "无机酸制造", "name_en": "Inorganic acids"}
PROVINCE_EXAMPLE = {"code": "32", "name_zh": "江苏省", "name_en": "Jiangsu"}
ANNUAL_EXAMPLE = {
    "id": EXAMPLE_ID,
    "status": "on_time",
    "due_on": "2025-03-15",
    "filed_on": "2025-03-10",
    "links": {
        "api": f"{EXAMPLE_HOST}/api/v1/disclosures/{EXAMPLE_ID}",
        "page": f"{EXAMPLE_HOST}/disclosure/reports/{EXAMPLE_ID}/",
    },
}
ENTERPRISE_BASICS_EXAMPLE = {
    "id": EXAMPLE_CODE,
    "credit_code": EXAMPLE_CODE,
    "name": "昆山示例化工有限公司",
    "name_en": "Kunshan Example Chemicals Co., Ltd.",
    "sector": SECTOR_EXAMPLE,
    "region_code": "320583",
    "province": PROVINCE_EXAMPLE,
    "address": "江苏省昆山市示例路1号",
    "coordinates": {"latitude": 31.3856, "longitude": 120.9807},
}
LIST_ENTRY_EXAMPLE = {
    "year": 2024,
    "bases": ["exceeds_standards", "key_discharger"],
    "must_disclose": True,
    "compulsory_audit": True,
    "source_document": "苏州市2024年重点排污单位名录",
    "source_url": None,
}
ENTERPRISE_PAGE_EXAMPLE = {
    "year": 2024,
    "count": 1,
    "limit": 100,
    "next": None,
    "results": [
        {
            **ENTERPRISE_BASICS_EXAMPLE,
            "year": 2024,
            "listed": True,
            "list_entry": LIST_ENTRY_EXAMPLE,
            "annual_report": ANNUAL_EXAMPLE,
            "has_exceedance": False,
            "overdue": False,
            "links": {
                "profile": f"{EXAMPLE_HOST}/disclosure/enterprises/{EXAMPLE_CODE}/",
                "api": f"{EXAMPLE_HOST}/api/v1/enterprises/{EXAMPLE_CODE}",
            },
        }
    ],
}
ENTERPRISE_DETAIL_EXAMPLE = {
    **ENTERPRISE_BASICS_EXAMPLE,
    "list_entries": [LIST_ENTRY_EXAMPLE],
    "years": [
        {
            "year": 2024,
            "listed": True,
            "annual_report": ANNUAL_EXAMPLE,
            "has_exceedance": False,
            "overdue": False,
        }
    ],
    "reports": [
        {
            "id": EXAMPLE_ID,
            "kind": "annual",
            "year": 2024,
            "event": None,
            "due_on": "2025-03-15",
            "filed_on": "2025-03-10",
            "filed_late": False,
            "current_version": 2,
            "published_at": "2025-04-02T09:30:00+08:00",
            "links": ANNUAL_EXAMPLE["links"],
        }
    ],
    "links": {
        "profile": f"{EXAMPLE_HOST}/disclosure/enterprises/{EXAMPLE_CODE}/",
        "disclosures": f"{EXAMPLE_HOST}/api/v1/disclosures?q={EXAMPLE_CODE}",
    },
}
DISCLOSURE_EXAMPLE = {
    "id": EXAMPLE_ID,
    "version": 2,
    "current_version": 2,
    "is_current": True,
    "kind": "annual",
    "year": 2024,
    "event": None,
    "due_on": "2025-03-15",
    "filed_on": "2025-03-10",
    "filed_late": False,
    "published_at": "2025-04-02T09:30:00+08:00",
    "change_summary": "更正 DA001 排放口二氧化硫年排放量, 原数据单位填错。",
    "enterprise": {
        "id": EXAMPLE_CODE,
        "name": ENTERPRISE_BASICS_EXAMPLE["name"],
        "name_en": ENTERPRISE_BASICS_EXAMPLE["name_en"],
        "sector": SECTOR_EXAMPLE,
        "region_code": "320583",
        "province": PROVINCE_EXAMPLE,
    },
    "basic_information": {
        "products": "硫酸 20 万吨/年",
        "permit_number": "91320583MAD000001P001P",
        "permit_valid_until": "2027-12-31",
        "permit_authority": "苏州市生态环境局",
    },
    "carbon": {"emissions_t_co2e": 18250.5, "reported_value": 18250.5, "reported_unit": "tCO2e"},
    "has_exceedance": False,
    "discharges": [
        {
            "outlet_code": "DA001",
            "outlet_name": "硫酸尾气排放口",
            "medium": "air",
            "pollutant": {
                "code": "so2",
                "name_zh": "二氧化硫",
                "name_en": "Sulphur dioxide",
                "formula": "SO₂",
            },
            "concentration": 85.2,
            "concentration_unit": "mg_m3",
            "concentration_reported": 85.2,
            "concentration_reported_unit": "mg_m3",
            "standard": {
                "number": "GB 26132-2010",
                "title_zh": "硫酸工业污染物排放标准",
                "title_en": "Emission standard of pollutants for sulfuric acid industry",
            },
            "limit": 400,
            "exceeds_limit": False,
            "quantity_t": 12.4,
            "quantity_reported": 12400,
            "quantity_reported_unit": "kg",
            "permitted_t": 30,
            "permitted_reported": 30,
            "permitted_reported_unit": "t",
            "exceeds_permit": False,
            "method": "monitoring",
        }
    ],
    "wastes": [
        {
            "category": "hazardous",
            "waste_code": "HW08",
            "name": "废矿物油",
            "generated_t": 3.2,
            "utilised_t": 0,
            "disposed_t": 3.2,
            "stored_t": 0,
            "reported_unit": "t",
            "receiver": "苏州示例固废处置有限公司",
            "receiver_licence": "JS0583OOI001-1",
        }
    ],
    "penalties": [],
    "audits": [
        {
            "round": 1,
            "compulsory": True,
            "bases": ["exceeds_standards"],
            "voluntary_reason": "",
            "consultancy": "江苏示例清洁生产咨询有限公司",
            "phases": [{"phase": 1, "start": "2024-03-01", "end": "2024-03-20"}],
            "team": [
                {
                    "name": "李明",
                    "role": "组长",
                    "certificate_number": "CPA-2024-00012",
                    "certificate": {
                        "code": "7K3MQ9TX2C4R5",
                        "status": "valid",
                        "verification_url": f"{EXAMPLE_HOST}/verify/7K3MQ9TX2C4R5/",
                    },
                }
            ],
            "options": [
                {
                    "title": "冷却水循环利用改造",
                    "cost_class": "mid_high",
                    "orientation": "technology",
                    "status": "implemented",
                    "investment_10k_yuan": 120,
                    "annual_savings": {
                        "water_m3": 36000,
                        "electricity_kwh": 0,
                        "energy_tce": 0,
                        "materials_t": 0,
                    },
                    "annual_reductions": {
                        "cod_t": 1.2,
                        "nh3n_t": 0.1,
                        "so2_t": 0,
                        "nox_t": 0,
                        "vocs_t": 0,
                        "hazardous_waste_t": 0,
                    },
                    "benefit_10k_yuan": 45.5,
                }
            ],
            "authority_results": [
                {
                    "stage": "assessment",
                    "outcome": "passed",
                    "decided_on": "2024-11-05",
                    "authority": "苏州市生态环境局",
                }
            ],
        }
    ],
    "changelog": [
        {
            "version": 1,
            "published_at": "2025-03-10T16:12:00+08:00",
            "change_summary": None,
            "links": {
                "api": f"{EXAMPLE_HOST}/api/v1/disclosures/{EXAMPLE_ID}?version=1",
                "page": f"{EXAMPLE_HOST}/disclosure/reports/{EXAMPLE_ID}/?version=1",
            },
        },
        {
            "version": 2,
            "published_at": "2025-04-02T09:30:00+08:00",
            "change_summary": "更正 DA001 排放口二氧化硫年排放量, 原数据单位填错。",
            "links": {
                "api": f"{EXAMPLE_HOST}/api/v1/disclosures/{EXAMPLE_ID}?version=2",
                "page": f"{EXAMPLE_HOST}/disclosure/reports/{EXAMPLE_ID}/?version=2",
            },
        },
    ],
    "links": {
        "api": f"{EXAMPLE_HOST}/api/v1/disclosures/{EXAMPLE_ID}",
        "page": f"{EXAMPLE_HOST}/disclosure/reports/{EXAMPLE_ID}/",
        "enterprise": f"{EXAMPLE_HOST}/api/v1/enterprises/{EXAMPLE_CODE}",
        "profile": f"{EXAMPLE_HOST}/disclosure/enterprises/{EXAMPLE_CODE}/",
    },
}
DISCLOSURE_PAGE_EXAMPLE = {
    "year": 2024,
    "count": 230,
    "limit": 1,
    "next": f"{EXAMPLE_HOST}/api/v1/disclosures?year=2024&limit=1&cursor="
    "WyJkIiwiOTEzMjA1ODNNQTFYWFhYWDBZIiwyMDI0LCJhbm51YWwiLDAsMl0",
    "results": [DISCLOSURE_EXAMPLE],
}
DUMP_INDEX_EXAMPLE = {
    "generated_at": "2025-04-03T02:10:00+08:00",
    "how_built": f"Dumps are rebuilt every day by the site's scheduler ({dumps.BUILD_COMMAND}).",
    "columns": [{"name": "report_id", "description": dumps.CSV_COLUMNS[0][1]}],
    "files": [
        {
            "name": "disclosures-2024.csv.gz",
            "year": 2024,
            "rows": 5120,
            "bytes": 301544,
            "sha256": "3b1f0c5e9d2a7b8c4e6f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3",
            "generated_at": "2025-04-03T02:10:00+08:00",
            "url": f"{EXAMPLE_HOST}/api/v1/dumps/disclosures-2024.csv.gz",
        }
    ],
}
CERTIFICATE_EXAMPLE = {
    "code": "7K3MQ9TX2C4R5",
    "number": "CPA-2024-00012",
    "status": "valid",
    "holder": {"name": "李明", "latin_name": "LI Ming"},
    "certificate_type": {
        "prefix": "CPA",
        "name_zh": "清洁生产审核师",
        "name_en": "Cleaner Production Auditor",
    },
    "course": {"title_zh": "清洁生产审核师培训班", "title_en": "Training Course for CP Auditors"},
    "hours": 40,
    "completed_on": "2024-05-17",
    "issued_on": "2024-05-20",
    "valid_until": "2027-05-19",
    "issuer": {"name_zh": "清洁生产中心", "name_en": "Cleaner Production Centre"},
    "state_changed_on": None,
    "state_reason": None,
    "replaces": None,
    "replaced_by": None,
    "replaces_number": None,
    "replaced_by_number": None,
    "verification_url": f"{EXAMPLE_HOST}/verify/7K3MQ9TX2C4R5/",
    "checked_at": "2025-04-03T10:00:00+08:00",
}
BULK_EXAMPLE = {
    "results": [
        {
            "row": 1,
            "input": {"code": "7K3MQ9TX2C4R5"},
            "found": True,
            "status": "valid",
            "certificate": CERTIFICATE_EXAMPLE,
            "error": None,
        },
        {
            "row": 2,
            "input": {"code": "7K3M-Q9TX-2C4R-6"},
            "found": False,
            "status": None,
            "certificate": None,
            "error": "malformed_code",
        },
    ],
    "summary": {
        "total": 2,
        "found": 1,
        "by_status": {"valid": 1, "expired": 0, "suspended": 0, "revoked": 0, "replaced": 0},
        "by_error": {"malformed_code": 1},
    },
}


def _error_example(code: str, message: str, **extra) -> dict:
    return {"error": {"code": code, "message": message, **extra}}


# --- parameters, headers, responses ----------------------------------------------------------


def _query(name: str, description: str, schema: dict, **extra) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema, **extra}  # fmt: skip


def _path_parameter(name: str, description: str, schema: dict) -> dict:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": schema}  # fmt: skip


FLAG = {"type": "string", "enum": ["true", "false", "1", "0", "yes", "no", "on"]}


def _parameters() -> dict:
    return {
        "q": _query(
            "q", "Name (Chinese or English, any part) or the start of a credit code (4+ chars).",
            string(maxLength=100),
        ),
        "year": _query(
            "year", "Reporting year; the latest year with data when left out.",
            integer(minimum=1990, maximum=2100),
        ),
        "province": _query("province", "2-digit province code, e.g. 32 (Jiangsu).",
                           string(pattern="^[0-9]{2}$")),
        "region": _query("region", "Administrative region code or its prefix (2-6 digits).",
                         string(pattern="^[0-9]{2,6}$")),
        "sector": _query("sector", "GB/T 4754 industry code or prefix, e.g. C26 (chemicals).",
                         string(pattern="^[A-Za-z][0-9]{0,4}$")),
        "basis": _query("basis", "Why the enterprise is listed.", enum(ListBasis.values)),
        "pollutant": _query("pollutant", "Pollutant code the enterprise reported, e.g. so2.",
                            string(pattern="^[A-Za-z0-9_-]{1,20}$")),
        "exceedance": _query("exceedance", "A published report of the year exceeds a limit.",
                             FLAG),
        "overdue": _query("overdue", "An annual or ad-hoc report of the year is late or missing.",
                          FLAG),
        "listed": _query("listed", "On the key-enterprise list for the year.", FLAG),
        "limit": _query("limit", f"Rows per page, 1-{MAX_LIMIT} (default {DEFAULT_LIMIT}).",
                        integer(minimum=1, maximum=MAX_LIMIT, default=DEFAULT_LIMIT)),
        "cursor": _query("cursor", "Opaque: copy it from the previous page's next link.",
                         string()),
        "kind": _query("kind", "Only annual or only ad-hoc reports.", enum(Report.Kind.values)),
        "include": _query("include", "all_versions: every published version, not only the "
                          "current one.", enum(["all_versions"])),
        "version": _query("version", "A published version number (default: the current one).",
                          integer(minimum=1)),
        "credit_code": _path_parameter("credit_code", "Unified social credit code.", CREDIT_CODE),
        "public_id": _path_parameter("public_id", "Report id.", PUBLIC_ID),
        "dump_name": _path_parameter("name", "A file named in the index.",
                                     string(pattern=dumps.DUMP_NAME.pattern)),
        "certificate_code": _path_parameter(
            "code", "Verification code (spaces and hyphens are ignored).", string()
        ),
    }  # fmt: skip


def _headers(rate: str) -> dict:
    return {
        "X-RateLimit-Limit": {
            "description": f"Requests allowed per window for this client ({rate}).",
            "schema": integer(),
        },
        "X-RateLimit-Remaining": {
            "description": "Requests left in the current window.",
            "schema": integer(),
        },
        "Retry-After": {"description": "Seconds until the window resets.", "schema": integer()},
        "Access-Control-Allow-Origin": {
            "description": "Always *: any web page may read the open data.",
            "schema": string(),
        },
        "Cache-Control": {
            "description": f"public, max-age={CACHE_SECONDS} (no-store on 429).",
            "schema": string(),
        },
    }


def _open_headers() -> dict:
    return {
        name: {"$ref": f"#/components/headers/{name}"}
        for name in (
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "Access-Control-Allow-Origin",
            "Cache-Control",
        )
    }


def _json_content(schema_name: str, example) -> dict:
    return {
        "application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema_name}"},
            "example": example,
        }
    }


def _responses(rate: str) -> dict:
    return {
        "BadRequest": {
            "description": "A query parameter has an invalid value (or the cursor was altered).",
            "headers": _open_headers(),
            "content": _json_content(
                "Error",
                _error_example(
                    "invalid_parameter",
                    "This cursor is not valid. Use the next link of the previous page, unchanged.",
                    parameter="cursor",
                ),
            ),
        },
        "NotFound": {
            "description": "Nothing has this id (or it has no published version).",
            "headers": _open_headers(),
            "content": _json_content(
                "Error", _error_example("not_found", "No published report has this id.")
            ),
        },
        "RateLimited": {
            "description": f"Over the rate limit ({rate} per client address). Wait Retry-After "
            "seconds.",
            "headers": {
                **_open_headers(),
                "Retry-After": {"$ref": "#/components/headers/Retry-After"},
            },
            "content": _json_content(
                "Error",
                _error_example(
                    "rate_limited",
                    "Too many requests from your address. Wait 42 seconds and try again.",
                    retry_after=42,
                ),
            ),
        },
        "MethodNotAllowed": {
            "description": "Only GET, HEAD and OPTIONS are answered.",
            "content": _json_content(
                "Error", _error_example("method_not_allowed", "Use GET for this address.")
            ),
        },
    }


def _ok(description: str, schema_name: str, example) -> dict:
    return {
        "description": description,
        "headers": _open_headers(),
        "content": _json_content(schema_name, example),
    }


def _errors(*statuses: str) -> dict:
    names = {"400": "BadRequest", "404": "NotFound", "405": "MethodNotAllowed",
             "429": "RateLimited"}  # fmt: skip
    return {status: {"$ref": f"#/components/responses/{names[status]}"} for status in statuses}


def _params(*names: str) -> list[dict]:
    return [{"$ref": f"#/components/parameters/{name}"} for name in names]


FILTERS = ("q", "year", "province", "region", "sector", "basis", "pollutant", "exceedance",
           "overdue", "listed")  # fmt: skip


def _certificate_error(description: str, code: str, detail: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/CertificateError"},
                "example": {"error": code, "detail": detail},
            }
        },
    }


def _paths() -> dict:
    csv_columns = "\n".join(f"- `{name}`: {text}" for name, text in dumps.CSV_COLUMNS)
    return {
        "/api/v1/enterprises": {
            "get": {
                "operationId": "listEnterprises",
                "tags": ["open data"],
                "summary": "Enterprises of a year matching the portal's filters",
                "description": "One row per enterprise for the year searched, ordered by "
                "credit code. Follow `next` until it is null to read every row exactly once.",
                "parameters": _params(*FILTERS, "limit", "cursor"),
                "responses": {
                    "200": _ok("A page of enterprises.", "EnterprisePage", ENTERPRISE_PAGE_EXAMPLE),
                    **_errors("400", "405", "429"),
                },
            }
        },
        "/api/v1/enterprises/{credit_code}": {
            "get": {
                "operationId": "getEnterprise",
                "tags": ["open data"],
                "summary": "One enterprise with every list year and its published reports",
                "parameters": _params("credit_code"),
                "responses": {
                    "200": _ok("The enterprise.", "EnterpriseDetail", ENTERPRISE_DETAIL_EXAMPLE),
                    **_errors("404", "405", "429"),
                },
            }
        },
        "/api/v1/disclosures": {
            "get": {
                "operationId": "listDisclosures",
                "tags": ["open data"],
                "summary": "Published reports of the enterprises matching the filters",
                "description": "The current version of each published report of the year "
                "(every published version with include=all_versions), with its content, in "
                "the order of report id and version. Drafts and submissions awaiting review "
                "never appear.",
                "parameters": _params(*FILTERS, "kind", "include", "limit", "cursor"),
                "responses": {
                    "200": _ok("A page of disclosures.", "DisclosurePage", DISCLOSURE_PAGE_EXAMPLE),
                    **_errors("400", "405", "429"),
                },
            }
        },
        "/api/v1/disclosures/{public_id}": {
            "get": {
                "operationId": "getDisclosure",
                "tags": ["open data"],
                "summary": "One report: its current version, or an earlier published one",
                "parameters": _params("public_id", "version"),
                "responses": {
                    "200": _ok("The report version.", "Disclosure", DISCLOSURE_EXAMPLE),
                    **_errors("400", "404", "405", "429"),
                },
            }
        },
        "/api/v1/disclosures.csv": {
            "get": {
                "operationId": "downloadDisclosuresCsv",
                "tags": ["open data"],
                "summary": "Discharge records as CSV, streamed, for any filter",
                "description": "One row per discharge record (a pollutant at an outlet) of the "
                "current published version of each matching report, in report-id order. "
                "UTF-8 with a byte-order mark; text cells that a spreadsheet would read as a "
                "formula (starting with = + - @, tab or carriage return) are prefixed with an "
                "apostrophe. Numbers are plain decimals; empty means not reported. Columns:\n\n"
                + csv_columns,
                "parameters": _params(*FILTERS, "kind", "include"),
                "responses": {
                    "200": {
                        "description": "The CSV file.",
                        "headers": _open_headers(),
                        "content": {
                            "text/csv": {
                                "schema": string(),
                                "example": ",".join(dumps.CSV_HEADER) + "\r\n",
                            }
                        },
                    },
                    **_errors("400", "405", "429"),
                },
            }
        },
        "/api/v1/dumps": {
            "get": {
                "operationId": "listDumps",
                "tags": ["open data"],
                "summary": "Yearly full dumps: the index",
                "description": "Each file is the whole year's discharge CSV (as "
                "/api/v1/disclosures.csv?year=Y without filters, all report kinds), gzip'd, "
                "with its row count, size and SHA-256. Rebuilt daily.",
                "responses": {
                    "200": _ok("The index.", "DumpIndex", DUMP_INDEX_EXAMPLE),
                    **_errors("405", "429"),
                },
            }
        },
        "/api/v1/dumps/{name}": {
            "get": {
                "operationId": "downloadDump",
                "tags": ["open data"],
                "summary": "One yearly dump (gzip'd CSV)",
                "parameters": _params("dump_name"),
                "responses": {
                    "200": {
                        "description": "The file; its ETag is the SHA-256 in the index.",
                        "headers": _open_headers(),
                        "content": {
                            "application/gzip": {"schema": string(contentEncoding="binary")}
                        },
                    },
                    "404": {
                        "description": "No such dump yet; the message says how dumps are built.",
                        "content": _json_content(
                            "Error",
                            _error_example(
                                "dump_not_found",
                                "There is no dump called disclosures-2031.csv.gz yet. Dumps "
                                "are rebuilt every day by the site's scheduler "
                                f"({dumps.BUILD_COMMAND}).",
                            ),
                        ),
                    },
                    **_errors("405", "429"),
                },
            }
        },
        "/api/v1/openapi.json": {
            "get": {
                "operationId": "getOpenApiDocument",
                "tags": ["meta"],
                "summary": "This document",
                "responses": {
                    "200": {
                        "description": "The OpenAPI 3.1 document.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/OpenAPIDocument"}
                            }
                        },
                    },
                    **_errors("405", "429"),
                },
            }
        },
        "/api/v1/certificates/{code}": {
            "get": {
                "operationId": "getCertificate",
                "tags": ["certificates"],
                "summary": "Verify one certificate by its verification code",
                "description": "Rate-limited by CERTIFICATE_LOOKUP_RATE "
                f"({_rate('CERTIFICATE_LOOKUP_RATE', '60/m')}) per client address, shared with "
                f"the /verify/ pages; cacheable for {CERTIFICATE_CACHE_SECONDS} seconds. Errors "
                "use the certificate API's format.",
                "parameters": _params("certificate_code"),
                "responses": {
                    "200": {
                        "description": "The certificate and its status now.",
                        "content": _json_content("CertificateRecord", CERTIFICATE_EXAMPLE),
                    },
                    "400": _certificate_error(
                        "The check character does not match (a typing mistake).",
                        "malformed_code",
                        "This code has a typing mistake (the check character does not match).",
                    ),
                    "404": _certificate_error(
                        "No certificate has this code.",
                        "not_found",
                        "No certificate has this verification code.",
                    ),
                    "405": _certificate_error(
                        "Only GET.", "method_not_allowed", "Use GET for this address."
                    ),
                    "429": {
                        **_certificate_error(
                            "Over the rate limit.",
                            "rate_limited",
                            "Too many lookups from your address.",
                        ),
                        "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
                    },
                },
            }
        },
        "/api/v1/certificates/verify": {
            "post": {
                "operationId": "verifyCertificates",
                "tags": ["certificates"],
                "summary": "Bulk check for employers: up to 1,000 codes or number + name pairs",
                "description": "Send JSON, or upload a CSV file in the multipart field `file` "
                "(header `code`, or `number` and `name`). Add ?format=csv or Accept: text/csv "
                "for a CSV answer. Rate-limited by CERTIFICATE_BULK_LOOKUP_RATE "
                f"({_rate('CERTIFICATE_BULK_LOOKUP_RATE', '10/m')}) per client address. A "
                "wrong name reveals nothing about the certificate number. Each number + name "
                "row counts against CERTIFICATE_NUMBER_NAME_LOOKUP_RATE "
                f"({_rate('CERTIFICATE_NUMBER_NAME_LOOKUP_RATE', '10/h')}) per client address, "
                "shared with the /verify/ form: rows beyond it answer error rate_limited and "
                "the response carries Retry-After. A certificate found by number and name comes "
                "without its verification code and verification URL.",
                "parameters": [_query("format", "csv for a CSV answer.", enum(["csv", "json"]))],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/BulkVerifyRequest"},
                            "example": {"codes": ["7K3MQ9TX2C4R5"]},
                        },
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {"file": string(contentEncoding="binary")},
                            }
                        },
                    },
                },
                "responses": {
                    "200": {
                        "description": "One result per row, in order, and a summary.",
                        "content": {
                            **_json_content("BulkVerifyResponse", BULK_EXAMPLE),
                            "text/csv": {"schema": string()},
                        },
                    },
                    "400": _certificate_error(
                        "The body could not be read, or has too many rows.",
                        "invalid_json",
                        "The request body is not valid JSON.",
                    ),
                    "405": _certificate_error(
                        "Only POST.", "method_not_allowed", "Use POST for this address."
                    ),
                    "429": {
                        **_certificate_error(
                            "Over the rate limit.",
                            "rate_limited",
                            "Too many lookups from your address.",
                        ),
                        "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
                    },
                },
            }
        },
    }


def _rate(setting: str, default: str) -> str:
    return getattr(settings, setting, default)


def document(*, server: str = "") -> dict:
    """The OpenAPI document; ``server`` is the site's base URL (e.g. https://cphub.example)."""
    rate = _rate("DISCLOSURE_API_RATE", "120/m")
    base = server or settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": "CP Hub open data and certificate API",
            "version": API_VERSION,
            "description": "Open data of the disclosure portal (key-enterprise list, published "
            "annual and ad-hoc reports, discharge CSV, yearly dumps) and the public "
            "certificate verification API. No key is needed.\n\n"
            "Ids are stable: enterprises by unified social credit code, reports by "
            "<credit code>-<year>-AR or -AH<nn>, with version numbers. Published versions "
            "never change; an amendment is a new version listed in the changelog.\n\n"
            f"Rate limits per client address: open data {rate} (X-RateLimit-Limit and "
            "X-RateLimit-Remaining on every answer, 429 with Retry-After above it). Open-data "
            f"answers carry Access-Control-Allow-Origin: * and Cache-Control: public, "
            f"max-age={CACHE_SECONDS}. Errors: "
            '{"error": {"code": "...", "message": "..."}} (the certificate API keeps its own '
            '{"error": "...", "detail": "..."}).\n\n'
            "Lists are paginated with an opaque cursor: follow `next` until it is null. "
            "Numbers are JSON numbers in the canonical unit named next to them; the values "
            "as reported are kept beside them.",
            "license": {"name": "Open data: free to reuse with attribution"},
        },
        "servers": [{"url": base}],
        "externalDocs": {
            "description": "Data dictionary: every field and unit, in plain language",
            "url": f"{base}/disclosure/data-dictionary/",
        },
        "tags": [
            {"name": "open data", "description": "The disclosure portal's data."},
            {"name": "certificates", "description": "Certificate verification."},
            {"name": "meta"},
        ],
        "paths": _paths(),
        "components": {
            "schemas": _schemas(),
            "parameters": _parameters(),
            "headers": _headers(rate),
            "responses": _responses(rate),
        },
    }
