"""Examples of the open-data API answers, shown in the generated OpenAPI document (a test
checks each against its schema)."""

from disclosure import dumps

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
