# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Generated disclosure data: the demo's few hundred enterprises and the benchmarks' tens of
thousands come from the same functions here.

Each enterprise gets a plan (sector, place, size, discharge outlets and permit) and then, year
by year, what the services would have produced for it: the key-enterprise list entry, the
annual report with its versions (amendments say what they correct), ad-hoc reports after
penalties and permit renewals, CP audits with certified auditors and options, the authority's
assessment and acceptance, and the search summary (``EnterpriseYear``). Rows are written with
``bulk_create`` one batch of enterprises and one year at a time, so memory stays flat whatever
the size. Discharge rows are built by ``services.build_discharge`` (units and exceedance flags
exactly as for a filed report) and the summaries by ``summaries.summary_fields``, the rule
``services.refresh_enterprise_year`` applies; tests compare both.

Everything is drawn from ``random.Random`` seeded by (seed, enterprise number, year), so a seed
gives the same data whatever the batch size. Credit codes carry a namespace in their
organisation part ("MAD" for the demo, "MAG" for generated data) so the two never collide.
"""

import datetime
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from accounts.models import User
from core.regions import PROVINCES
from disclosure import credit_codes, deadlines, services
from disclosure.models import (
    AuditPhase,
    AuditRecord,
    AuditResult,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    Enterprise,
    EnterpriseYear,
    Holiday,
    ListBasis,
    ListEntry,
    Method,
    PenaltyRecord,
    Pollutant,
    Report,
    ReportVersion,
    Sector,
    Standard,
    StandardLimit,
    WasteRecord,
)
from disclosure.reference_data import INTEGRATED_AIR_STANDARD, INTEGRATED_WATER_STANDARD
from disclosure.summaries import summary_fields

DEMO_NAMESPACE = "MAD"
GENERATED_NAMESPACE = "MAG"

# --- places ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    code: str  # county-level administrative region code (GB/T 2260)
    county: str
    city: str  # the prefecture (its environment bureau decides penalties and permits)
    city_en: str
    latitude: float
    longitude: float
    # Sectors the place is known for: chosen four times as often there.
    specialties: tuple[str, ...] = ()

    @property
    def province(self) -> str:
        return self.code[:2]

    @property
    def city_short(self) -> str:
        return self.city.removesuffix("市")


REGIONS: tuple[Region, ...] = (
    Region("320583", "昆山市", "苏州市", "Suzhou", 31.385, 120.981, ("C3982", "C3360")),
    Region("320582", "张家港市", "苏州市", "Suzhou", 31.875, 120.556, ("C3120", "C2614")),
    Region("320281", "江阴市", "无锡市", "Wuxi", 31.921, 120.285, ("C3120", "C1713")),
    Region("320412", "武进区", "常州市", "Changzhou", 31.701, 119.942, ("C3360",)),
    Region("320681", "启东市", "南通市", "Nantong", 31.808, 121.657, ("C2710",)),
    Region("320921", "响水县", "盐城市", "Yancheng", 34.199, 119.578, ("C2614",)),
    Region("320116", "六合区", "南京市", "Nanjing", 32.322, 118.841, ("C2614", "C2511")),
    Region("321283", "泰兴市", "泰州市", "Taizhou", 32.172, 120.052, ("C2614",)),
    Region("320322", "沛县", "徐州市", "Xuzhou", 34.721, 116.937, ("C2521", "D4411")),
    Region("370303", "张店区", "淄博市", "Zibo", 36.807, 118.018, ("C2710",)),
    Region("370305", "临淄区", "淄博市", "Zibo", 36.826, 118.309, ("C2511", "C2614")),
    Region("370523", "广饶县", "东营市", "Dongying", 37.053, 118.407, ("C2511",)),
    Region("370783", "寿光市", "潍坊市", "Weifang", 36.855, 118.791, ("C2221", "C2211")),
    Region("371311", "罗庄区", "临沂市", "Linyi", 34.997, 118.284, ("C3110", "C2521")),
    Region("370211", "黄岛区", "青岛市", "Qingdao", 35.961, 120.198, ("C2511",)),
    Region("371502", "东昌府区", "聊城市", "Liaocheng", 36.444, 115.988, ("C3216",)),
    Region("370812", "兖州区", "济宁市", "Jining", 35.552, 116.783, ("C2221",)),
    Region("371681", "邹平市", "滨州市", "Binzhou", 36.863, 117.743, ("C3216", "C1713")),
    Region("130283", "迁安市", "唐山市", "Tangshan", 40.000, 118.701, ("C3110", "C3120")),
    Region("130207", "丰南区", "唐山市", "Tangshan", 39.576, 118.085, ("C3110", "C3120")),
    Region("130481", "武安市", "邯郸市", "Handan", 36.697, 114.204, ("C3110", "C3120")),
    Region("130109", "藁城区", "石家庄市", "Shijiazhuang", 38.022, 114.847, ("C2710",)),
    Region("130902", "新华区", "沧州市", "Cangzhou", 38.314, 116.866, ("C2511",)),
    Region("130681", "涿州市", "保定市", "Baoding", 39.486, 115.974, ()),
    Region("330282", "慈溪市", "宁波市", "Ningbo", 30.170, 121.266, ("C3360",)),
    Region("330211", "镇海区", "宁波市", "Ningbo", 29.949, 121.716, ("C2511", "C2614")),
    Region("330624", "新昌县", "绍兴市", "Shaoxing", 29.500, 120.904, ("C2710",)),
    Region("330603", "柯桥区", "绍兴市", "Shaoxing", 30.082, 120.495, ("C1713",)),
    Region("330481", "海宁市", "嘉兴市", "Jiaxing", 30.511, 120.681, ("C1910", "C1713")),
    Region("331082", "临海市", "台州市", "Taizhou", 28.858, 121.145, ("C2710",)),
    Region("330681", "诸暨市", "绍兴市", "Shaoxing", 29.713, 120.246, ("C1713",)),
    Region("440606", "顺德区", "佛山市", "Foshan", 22.805, 113.293, ("C3360",)),
    Region("441900", "东莞市", "东莞市", "Dongguan", 23.021, 113.752, ("C3982", "C3360")),
    Region("440306", "宝安区", "深圳市", "Shenzhen", 22.555, 113.884, ("C3982", "C3360")),
    Region("440902", "茂南区", "茂名市", "Maoming", 21.641, 110.919, ("C2511",)),
    Region("441303", "惠阳区", "惠州市", "Huizhou", 22.789, 114.456, ("C2614", "C3982")),
    Region("440514", "潮南区", "汕头市", "Shantou", 23.250, 116.433, ("C1713",)),
    Region("440783", "开平市", "江门市", "Jiangmen", 22.376, 112.698, ("C3360",)),
    Region("419001", "济源市", "济源市", "Jiyuan", 35.067, 112.602, ("C3212", "C3843")),
    Region("410305", "涧西区", "洛阳市", "Luoyang", 34.658, 112.396, ("C2511",)),
    Region("410402", "新华区", "平顶山市", "Pingdingshan", 33.737, 113.293, ("C2521",)),
    Region("410522", "安阳县", "安阳市", "Anyang", 36.098, 114.349, ("C3110", "C2521")),
    Region("410823", "武陟县", "焦作市", "Jiaozuo", 35.099, 113.401, ("C2221",)),
    Region("411081", "禹州市", "许昌市", "Xuchang", 34.140, 113.488, ("C3011",)),
    Region("140105", "小店区", "太原市", "Taiyuan", 37.736, 112.565, ("C3120",)),
    Region("140702", "榆次区", "晋中市", "Jinzhong", 37.698, 112.708, ("C2521",)),
    Region("141081", "侯马市", "临汾市", "Linfen", 35.619, 111.372, ("C2521", "C3110")),
    Region("141182", "汾阳市", "吕梁市", "Lüliang", 37.266, 111.788, ("C1512", "C2521")),
    Region("140581", "高平市", "晋城市", "Jincheng", 35.798, 112.924, ("C2521", "C2621")),
    Region("150207", "九原区", "包头市", "Baotou", 40.605, 109.965, ("C3110", "C3216")),
    Region("150602", "东胜区", "鄂尔多斯市", "Ordos", 39.822, 109.963, ("D4411", "C2614")),
    Region("150302", "海勃湾区", "乌海市", "Wuhai", 39.692, 106.822, ("C2521", "C2612")),
    Region("210303", "铁西区", "鞍山市", "Anshan", 41.120, 122.969, ("C3110", "C3120")),
    Region("211103", "兴隆台区", "盘锦市", "Panjin", 41.119, 122.070, ("C2511",)),
    Region("210211", "甘井子区", "大连市", "Dalian", 38.953, 121.525, ("C2511", "C2614")),
    Region("210502", "平山区", "本溪市", "Benxi", 41.300, 123.769, ("C3110", "C3120")),
    Region("340504", "雨山区", "马鞍山市", "Ma'anshan", 31.682, 118.499, ("C3110", "C3120")),
    Region("340705", "铜官区", "铜陵市", "Tongling", 30.928, 117.816, ("C3211", "C2611")),
    Region("341125", "定远县", "滁州市", "Chuzhou", 32.530, 117.698, ("C2612",)),
    Region("340202", "镜湖区", "芜湖市", "Wuhu", 31.340, 118.385, ("C3011",)),
    Region("420281", "大冶市", "黄石市", "Huangshi", 30.096, 114.980, ("C3211",)),
    Region("420502", "西陵区", "宜昌市", "Yichang", 30.710, 111.285, ("C2611", "C2621")),
    Region("420111", "洪山区", "武汉市", "Wuhan", 30.500, 114.344, ("C3120",)),
    Region("420902", "孝南区", "孝感市", "Xiaogan", 30.917, 113.911, ("C1713",)),
    Region("421381", "广水市", "随州市", "Suizhou", 31.617, 113.826, ("C3011",)),
    Region("430211", "天元区", "株洲市", "Zhuzhou", 27.827, 113.082, ("C3212",)),
    Region("431081", "资兴市", "郴州市", "Chenzhou", 25.976, 113.236, ("C3212",)),
    Region("430602", "岳阳楼区", "岳阳市", "Yueyang", 29.372, 113.129, ("C2511", "C2221")),
    Region("430104", "岳麓区", "长沙市", "Changsha", 28.235, 112.931, ("C2710",)),
    Region("430381", "湘乡市", "湘潭市", "Xiangtan", 27.734, 112.535, ("C1910",)),
    Region("510402", "东区", "攀枝花市", "Panzhihua", 26.547, 101.704, ("C3110",)),
    Region("511102", "市中区", "乐山市", "Leshan", 29.588, 103.761, ("C2612", "C2614")),
    Region("510681", "广汉市", "德阳市", "Deyang", 30.977, 104.282, ("C2710",)),
    Region("511011", "东兴区", "内江市", "Neijiang", 29.592, 105.076, ("C3011",)),
    Region("510106", "金牛区", "成都市", "Chengdu", 30.692, 104.052, ("C3982",)),
    Region("350582", "晋江市", "泉州市", "Quanzhou", 24.781, 118.552, ("C1910", "C1713")),
    Region("350505", "泉港区", "泉州市", "Quanzhou", 25.120, 118.916, ("C2511", "C2614")),
    Region("350121", "闽侯县", "福州市", "Fuzhou", 26.150, 119.131, ("C3843",)),
    Region("350602", "芗城区", "漳州市", "Zhangzhou", 24.510, 117.654, ("C2221",)),
    Region("360681", "贵溪市", "鹰潭市", "Yingtan", 28.292, 117.245, ("C3211",)),
    Region("360402", "濂溪区", "九江市", "Jiujiang", 29.672, 115.989, ("C2511",)),
    Region("360981", "丰城市", "宜春市", "Yichun", 28.159, 115.771, ("D4411",)),
    Region("450204", "柳南区", "柳州市", "Liuzhou", 24.336, 109.385, ("C3120",)),
    Region("450702", "钦南区", "钦州市", "Qinzhou", 21.939, 108.657, ("C2511",)),
    Region("451002", "右江区", "百色市", "Baise", 23.901, 106.618, ("C3216",)),
    Region("450802", "港北区", "贵港市", "Guigang", 23.111, 109.572, ("C1340",)),
    Region("451402", "江州区", "崇左市", "Chongzuo", 22.405, 107.353, ("C1340",)),
    Region("500104", "大渡口区", "重庆市", "Chongqing", 29.484, 106.482, ("C3120",)),
    Region("500115", "长寿区", "重庆市", "Chongqing", 29.857, 107.081, ("C2614", "C2612")),
    Region("500110", "綦江区", "重庆市", "Chongqing", 29.028, 106.651, ("C3011",)),
    Region("530111", "官渡区", "昆明市", "Kunming", 25.015, 102.744, ("C2611",)),
    Region("532501", "个旧市", "红河州", "Honghe", 23.359, 103.160, ("C3212",)),
    Region("530402", "红塔区", "玉溪市", "Yuxi", 24.354, 102.545, ("C3110",)),
    Region("620302", "金川区", "金昌市", "Jinchang", 38.521, 102.194, ("C3211",)),
    Region("620104", "西固区", "兰州市", "Lanzhou", 36.088, 103.628, ("C2511",)),
    Region("620200", "嘉峪关市", "嘉峪关市", "Jiayuguan", 39.772, 98.289, ("C3110",)),
    Region("640205", "惠农区", "石嘴山市", "Shizuishan", 39.239, 106.781, ("C2521",)),
    Region("640181", "灵武市", "银川市", "Yinchuan", 38.103, 106.340, ("C2614", "D4411")),
    Region("650104", "新市区", "乌鲁木齐市", "Ürümqi", 43.843, 87.573, ()),
    Region("650202", "独山子区", "克拉玛依市", "Karamay", 44.328, 84.887, ("C2511",)),
    Region("652302", "阜康市", "昌吉州", "Changji", 44.164, 87.953, ("C2521", "C2612")),
    Region("610802", "榆阳区", "榆林市", "Yulin", 38.277, 109.735, ("C2614", "D4411")),
    Region("610502", "临渭区", "渭南市", "Weinan", 34.498, 109.510, ("C2621",)),
    Region("610303", "金台区", "宝鸡市", "Baoji", 34.376, 107.147, ()),
    Region("120116", "滨海新区", "天津市", "Tianjin", 39.003, 117.710, ("C2511", "C2614")),
    Region("120114", "武清区", "天津市", "Tianjin", 39.384, 117.044, ()),
    Region("110111", "房山区", "北京市", "Beijing", 39.748, 116.143, ("C2511",)),
    Region("310116", "金山区", "上海市", "Shanghai", 30.741, 121.342, ("C2511", "C2614")),
    Region("310113", "宝山区", "上海市", "Shanghai", 31.405, 121.490, ("C3120",)),
    Region("520102", "南明区", "贵阳市", "Guiyang", 26.568, 106.715, ()),
    Region("522702", "福泉市", "黔南州", "Qiannan", 26.686, 107.520, ("C2611",)),
    Region("220203", "龙潭区", "吉林市", "Jilin", 43.910, 126.562, ("C2614",)),
    Region("220104", "朝阳区", "长春市", "Changchun", 43.834, 125.288, ()),
    Region("230602", "萨尔图区", "大庆市", "Daqing", 46.596, 125.114, ("C2511",)),
    Region("230203", "建华区", "齐齐哈尔市", "Qiqihar", 47.354, 123.955, ()),
)

# How many enterprises each province gets, roughly in proportion to its heavy industry.
PROVINCE_WEIGHTS = {
    "32": 12, "37": 12, "13": 9, "33": 9, "44": 9, "41": 7, "14": 5, "15": 4, "21": 5,
    "34": 5, "42": 5, "43": 4, "51": 5, "35": 4, "36": 3, "45": 3, "50": 3, "53": 2,
    "62": 2, "64": 2, "65": 2, "61": 3, "12": 3, "11": 1, "31": 3, "52": 2, "22": 2, "23": 2,
}  # fmt: skip

# One-character abbreviations, as in licence numbers.
PROVINCE_ABBREVIATIONS = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉",
    "23": "黑", "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣",
    "37": "鲁", "41": "豫", "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "50": "渝",
    "51": "川", "52": "黔", "53": "滇", "61": "陕", "62": "甘", "64": "宁", "65": "新",
}  # fmt: skip

MUNICIPALITIES = {"11", "12", "31", "50"}


def province_short(code: str) -> str:
    """江苏省 -> 江苏, 内蒙古自治区 -> 内蒙古, 北京市 -> 北京."""
    name = PROVINCES[code][0]
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def provincial_authority(code: str) -> str:
    """The provincial environment department (a bureau in the four municipalities)."""
    return PROVINCES[code][0] + ("生态环境局" if code in MUNICIPALITIES else "生态环境厅")


def local_authority(region: Region) -> str:
    """The environment bureau that issues permits and penalties where the plant is."""
    if region.province in MUNICIPALITIES:
        return f"{region.city}{region.county}生态环境局"
    return f"{region.city}生态环境局"


# --- sectors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutletSpec:
    code: str
    name: str
    medium: str
    flow: tuple[float, float]  # m³/h for a plant of size 1
    hours: int  # operating hours a year
    # (pollutant, usual share of its limit, probability that the outlet reports it)
    pollutants: tuple[tuple[str, float, float], ...]
    share: float = 1.0  # probability that a plant has this outlet


@dataclass(frozen=True)
class WasteSpec:
    category: str
    code: str  # an 8-character code of the National Hazardous Waste List, a category, or ""
    name: str
    tonnes: tuple[float, float]  # a year, for a plant of size 1
    utilised: tuple[float, float]  # share of what is generated
    needs_outlet: str = ""  # only plants with this outlet (fly ash needs an incinerator)


@dataclass(frozen=True)
class Profile:
    sector: str
    weight: float
    words: tuple[tuple[str, str], ...]  # industry words for names: (Chinese, English)
    product: tuple[str, float, float, str]  # (product, capacity range at size 1, unit)
    standards: tuple[str, ...]  # sector standards, in the order they are looked up
    outlets: tuple[OutletSpec, ...]
    wastes: tuple[WasteSpec, ...]
    carbon: tuple[float, float]  # t CO2e a year at size 1
    toxic: float  # probability of the toxic/hazardous basis
    energy: float  # probability of the energy-consumption basis
    options: tuple[str, ...]


AIR, WATER = "air", "water"
HW, GW = WasteRecord.Category.HAZARDOUS, WasteRecord.Category.INDUSTRIAL_SOLID
WASTE_OIL = WasteSpec(HW, "900-249-08", "废矿物油", (2, 30), (0, 0))
PACKAGING = WasteSpec(HW, "900-041-49", "沾染危险化学品的废包装物", (2, 20), (0, 0))
SPENT_CARBON = WasteSpec(HW, "900-039-49", "废气治理产生的废活性炭", (5, 60), (0, 0))
DENOX_CATALYST = WasteSpec(HW, "772-007-50", "废烟气脱硝催化剂", (10, 80), (0, 0.3))
GENERIC_OPTIONS = (
    "energy_metering",
    "leak_patrol",
    "led",
    "air_compressor",
    "cooling_water",
    "training",
    "hazardous_sorting",
    "motor_vfd",
    "waste_heat",
    "reclaimed_water",
)


def _outlet(code, name, medium, flow, hours, pollutants, share=1.0) -> OutletSpec:
    return OutletSpec(
        code,
        name,
        medium,
        flow,
        hours,
        tuple((p[0], p[1], p[2] if len(p) > 2 else 1.0) for p in pollutants),
        share,
    )


PROFILES: dict[str, Profile] = {
    profile.sector: profile
    for profile in (
        Profile(
            "D4411",
            7,
            (("热电", "Thermal Power"), ("发电", "Power Generation"), ("能源", "Energy")),
            ("燃煤发电机组装机容量", 60, 200, "万千瓦"),
            ("GB 13223-2011",),
            (
                _outlet("DA001", "1号机组烟囱", AIR, (1.2e6, 2.2e6), 5200,
                        (("so2", 0.3), ("nox", 0.4), ("pm", 0.2))),
                _outlet("DA002", "2号机组烟囱", AIR, (1.2e6, 2.2e6), 5000,
                        (("so2", 0.3), ("nox", 0.4), ("pm", 0.2)), 0.6),
                _outlet("DW001", "厂区废水总排口", WATER, (40, 150), 8000,
                        (("cod", 0.35), ("nh3n", 0.25))),
            ),
            (
                WasteSpec(GW, "", "粉煤灰", (2e5, 6e5), (0.7, 1.0)),
                WasteSpec(GW, "", "炉渣", (3e4, 8e4), (0.8, 1.0)),
                WasteSpec(GW, "", "脱硫石膏", (5e4, 1.5e5), (0.6, 1.0)),
                DENOX_CATALYST,
                WASTE_OIL,
            ),
            (3e6, 8e6),
            0.05,
            0.15,
            ("low_nox_burner", "fgd_upgrade", "turbine_retrofit", "esp_power", "coal_blending"),
        ),
        Profile(
            "C3110",
            4,
            (("钢铁", "Iron and Steel"), ("特钢", "Special Steel"), ("冶金", "Metallurgy")),
            ("生铁", 200, 600, "万吨/年"),
            ("GB 28662-2012", "GB 13456-2012"),
            (
                _outlet("DA001", "烧结机机头烟囱", AIR, (8e5, 1.6e6), 7800,
                        (("so2", 0.18), ("nox", 0.2), ("pm", 0.12), ("dioxins", 0.2))),
                _outlet("DA002", "球团焙烧烟囱", AIR, (3e5, 6e5), 7800,
                        (("so2", 0.2), ("nox", 0.25), ("pm", 0.15)), 0.5),
                _outlet("DW001", "废水总排口", WATER, (100, 400), 8000,
                        (("cod", 0.5), ("nh3n", 0.3))),
            ),
            (
                WasteSpec(GW, "", "高炉渣", (8e5, 2e6), (0.95, 1.0)),
                WasteSpec(GW, "", "含铁尘泥", (3e4, 8e4), (0.9, 1.0)),
                WASTE_OIL,
                PACKAGING,
            ),
            (4e6, 1e7),
            0.1,
            0.25,
            ("sinter_desulf", "trt", "sinter_leak", "slag_recycling"),
        ),
        Profile(
            "C3120",
            4,
            (("钢铁", "Iron and Steel"), ("钢业", "Steel"), ("特钢", "Special Steel")),
            ("粗钢", 200, 600, "万吨/年"),
            ("GB 28664-2012", "GB 13456-2012"),
            (
                _outlet("DA001", "转炉二次除尘排气筒", AIR, (6e5, 1.2e6), 7500, (("pm", 0.3),)),
                _outlet("DA002", "电炉烟气排气筒", AIR, (4e5, 9e5), 7000,
                        (("pm", 0.3), ("dioxins", 0.2)), 0.35),
                _outlet("DW001", "废水总排口", WATER, (100, 400), 8000,
                        (("cod", 0.5), ("nh3n", 0.3))),
            ),
            (
                WasteSpec(GW, "", "钢渣", (3e5, 8e5), (0.8, 1.0)),
                WasteSpec(GW, "", "氧化铁皮", (2e4, 5e4), (1.0, 1.0)),
                WasteSpec(GW, "", "废耐火材料", (2e3, 8e3), (0.5, 0.9)),
                WASTE_OIL,
            ),
            (2e6, 6e6),
            0.1,
            0.2,
            ("converter_gas", "slag_recycling", "trt"),
        ),
        Profile(
            "C3011",
            6,
            (("水泥", "Cement"), ("建材", "Building Materials")),
            ("水泥熟料", 120, 300, "万吨/年"),
            ("GB 4915-2013", "GB 30485-2013"),
            (
                _outlet("DA001", "窑尾排气筒", AIR, (4e5, 8e5), 7200,
                        (("pm", 0.3), ("so2", 0.15), ("nox", 0.45), ("dioxins", 0.15, 0.25))),
                _outlet("DA002", "窑头排气筒", AIR, (3e5, 6e5), 7200, (("pm", 0.3),)),
            ),
            (WasteSpec(GW, "", "废耐火砖", (200, 800), (0.3, 0.8)), WASTE_OIL),
            (9e5, 2.5e6),
            0.03,
            0.3,
            ("kiln_whr", "sncr", "roller_press", "kiln_seal"),
        ),
        Profile(
            "C3041",
            2,
            (("玻璃", "Glass"), ("玻璃制品", "Glass Products")),
            ("浮法玻璃日熔化量", 600, 1200, "吨"),
            ("GB 26453-2011",),
            (
                _outlet("DA001", "玻璃熔窑烟囱", AIR, (1.2e5, 2.5e5), 8600,
                        (("pm", 0.3), ("so2", 0.25), ("nox", 0.45))),
            ),
            (
                WasteSpec(GW, "", "碎玻璃", (2e3, 8e3), (1.0, 1.0)),
                WasteSpec(GW, "", "废耐火材料", (300, 1000), (0.3, 0.8)),
                DENOX_CATALYST,
                WASTE_OIL,
            ),
            (1.5e5, 4e5),
            0.02,
            0.3,
            ("oxyfuel", "cullet"),
        ),
        Profile(
            "C2221",
            4,
            (("纸业", "Paper"), ("造纸", "Paper Making")),
            ("机制纸及纸板", 20, 100, "万吨/年"),
            ("GB 3544-2008", "GB 13271-2014"),
            (
                _outlet("DW001", "废水总排口", WATER, (300, 1200), 8000,
                        (("cod", 0.55), ("nh3n", 0.3), ("tn", 0.5), ("tp", 0.4))),
                _outlet("DA001", "自备锅炉烟囱", AIR, (1e5, 2.5e5), 7800,
                        (("so2", 0.2), ("nox", 0.35), ("pm", 0.2)), 0.7),
            ),
            (
                WasteSpec(GW, "", "造纸污泥", (2e4, 6e4), (0.6, 0.9)),
                WasteSpec(GW, "", "浆渣", (5e3, 2e4), (0.5, 0.9)),
                WASTE_OIL,
            ),
            (2e5, 8e5),
            0.05,
            0.15,
            ("white_water", "felt_cleaning", "black_liquor"),
        ),
        Profile(
            "C2211",
            1.5,
            (("浆纸", "Pulp and Paper"), ("林纸", "Forest and Paper")),
            ("漂白化学木浆", 20, 80, "万吨/年"),
            ("GB 3544-2008", "GB 13271-2014"),
            (
                _outlet("DW001", "废水总排口", WATER, (500, 2000), 8000,
                        (("cod", 0.65), ("nh3n", 0.3), ("tn", 0.5), ("tp", 0.4))),
                _outlet("DA001", "碱回收炉烟囱", AIR, (2e5, 4e5), 8000,
                        (("so2", 0.2), ("nox", 0.4), ("pm", 0.3)), 0.9),
            ),
            (
                WasteSpec(GW, "", "白泥", (2e4, 6e4), (0.3, 0.8)),
                WasteSpec(GW, "", "绿泥", (5e3, 1.5e4), (0.2, 0.6)),
                WASTE_OIL,
            ),
            (3e5, 1e6),
            0.1,
            0.2,
            ("black_liquor", "white_water", "felt_cleaning"),
        ),
        Profile(
            "C2521",
            3,
            (("焦化", "Coking"), ("煤化工", "Coal Chemical")),
            ("焦炭", 80, 300, "万吨/年"),
            ("GB 16171-2012",),
            (
                _outlet("DA001", "焦炉烟囱", AIR, (2e5, 4.5e5), 8700,
                        (("so2", 0.4), ("nox", 0.3), ("pm", 0.3))),
                _outlet("DW001", "焦化废水处理站排放口", WATER, (40, 150), 8700,
                        (("cod", 0.6), ("nh3n", 0.4))),
            ),
            (WasteSpec(HW, "HW11", "焦油渣", (500, 2000), (0.6, 1.0)), WASTE_OIL),
            (1e6, 3e6),
            0.7,
            0.3,
            ("cdq", "desulfurisation_salt", "ammonia_stripping"),
        ),
        Profile(
            "C2511",
            2.5,
            (("石化", "Petrochemical"), ("炼化", "Refining and Chemicals")),
            ("原油加工能力", 300, 1200, "万吨/年"),
            ("GB 31570-2015",),
            (
                _outlet("DA001", "常减压装置加热炉烟囱", AIR, (1e5, 3e5), 8400,
                        (("so2", 0.25), ("nox", 0.4), ("pm", 0.25))),
                _outlet("DA002", "催化裂化再生烟气排气筒", AIR, (2e5, 4e5), 8400,
                        (("so2", 0.3), ("nox", 0.45), ("pm", 0.3)), 0.7),
                _outlet("DA003", "污水处理场废气处理设施排气筒", AIR, (2e4, 6e4), 8400,
                        (("vocs", 0.3),)),
                _outlet("DW001", "污水处理场排放口", WATER, (200, 800), 8400,
                        (("cod", 0.5), ("nh3n", 0.3), ("tn", 0.4), ("tp", 0.3))),
            ),
            (
                WasteSpec(HW, "HW50", "废催化剂", (200, 1500), (0.3, 0.7)),
                WasteSpec(HW, "HW08", "含油污泥", (500, 3000), (0.2, 0.6)),
                SPENT_CARBON,
                WASTE_OIL,
            ),
            (2e6, 8e6),
            0.6,
            0.2,
            ("ldar", "flare_gas", "heater_preheater", "tank_vapour"),
        ),
        Profile(
            "C2611",
            2.5,
            (("化工", "Chemical"), ("磷化工", "Phosphorus Chemical")),
            ("硫酸", 20, 80, "万吨/年"),
            (),
            (
                _outlet("DA001", "硫酸尾气吸收塔排气筒", AIR, (5e4, 1.5e5), 8000, (("so2", 0.2),)),
                _outlet("DW001", "污酸处理站车间排放口", WATER, (5, 20), 8000,
                        (("as", 0.25), ("pb", 0.2, 0.5)), 0.6),
                _outlet("DW002", "废水总排口", WATER, (20, 100), 8000,
                        (("cod", 0.3), ("nh3n", 0.3), ("tp", 0.4))),
            ),
            (
                WasteSpec(HW, "HW50", "废钒催化剂", (5, 30), (0.8, 1.0)),
                WasteSpec(GW, "", "硫铁矿烧渣", (3e4, 1e5), (0.9, 1.0)),
                PACKAGING,
            ),
            (2e4, 8e4),
            0.8,
            0.05,
            ("double_absorption", "acid_heat"),
        ),
        Profile(
            "C2612",
            1.5,
            (("氯碱", "Chlor-Alkali"), ("化工", "Chemical")),
            ("烧碱", 20, 60, "万吨/年"),
            ("GB 13271-2014",),
            (
                _outlet("DA001", "动力锅炉烟囱", AIR, (1e5, 2e5), 7800,
                        (("so2", 0.25), ("nox", 0.35), ("pm", 0.2))),
                _outlet("DW001", "聚氯乙烯含汞废水车间排放口", WATER, (2, 10), 8000,
                        (("hg", 0.2),), 0.2),
                _outlet("DW002", "废水总排口", WATER, (50, 200), 8000,
                        (("cod", 0.3), ("nh3n", 0.2))),
            ),
            (
                WasteSpec(GW, "", "盐泥", (3e3, 1e4), (0.2, 0.6)),
                WasteSpec(HW, "HW34", "废硫酸", (500, 2000), (0.9, 1.0)),
                WASTE_OIL,
            ),
            (2e5, 6e5),
            0.7,
            0.25,
            ("ion_membrane", "ldar"),
        ),
        Profile(
            "C2614",
            7,
            (("化工", "Chemical"), ("化学", "Chemical"), ("新材料", "New Materials"),
             ("精细化工", "Fine Chemical")),
            ("有机化学原料", 5, 50, "万吨/年"),
            ("GB 31571-2015",),
            (
                _outlet("DA001", "工艺加热炉烟囱", AIR, (3e4, 1e5), 8000,
                        (("so2", 0.2), ("nox", 0.4), ("pm", 0.2)), 0.7),
                _outlet("DA002", "有机废气焚烧装置排气筒", AIR, (2e4, 8e4), 8000,
                        (("vocs", 0.35),)),
                _outlet("DW001", "污水处理站排放口", WATER, (30, 200), 8000,
                        (("cod", 0.5), ("nh3n", 0.3), ("tn", 0.45), ("tp", 0.3))),
            ),
            (
                WasteSpec(HW, "900-013-11", "精馏残渣", (100, 800), (0.0, 0.2)),
                SPENT_CARBON,
                PACKAGING,
                WasteSpec(GW, "", "污水处理污泥", (500, 3000), (0.0, 0.4)),
            ),
            (5e4, 4e5),
            0.8,
            0.1,
            ("ldar", "heat_pump_distillation", "solvent_recovery", "tank_vapour"),
        ),
        Profile(
            "C2621",
            2,
            (("化肥", "Fertiliser"), ("煤化工", "Coal Chemical")),
            ("合成氨", 20, 60, "万吨/年"),
            ("GB 13271-2014",),
            (
                _outlet("DA001", "造气吹风气余热回收锅炉烟囱", AIR, (1e5, 3e5), 8000,
                        (("so2", 0.3), ("nox", 0.35), ("pm", 0.25))),
                _outlet("DW001", "废水总排口", WATER, (50, 200), 8000,
                        (("cod", 0.35), ("nh3n", 0.45))),
            ),
            (
                WasteSpec(GW, "", "造气炉渣", (2e4, 8e4), (0.8, 1.0)),
                WasteSpec(HW, "HW50", "废催化剂", (10, 60), (0.5, 1.0)),
                WASTE_OIL,
            ),
            (5e5, 1.5e6),
            0.5,
            0.3,
            ("blow_gas", "ammonia_recovery"),
        ),
        Profile(
            "C2710",
            4,
            (("制药", "Pharmaceutical"), ("药业", "Pharmaceutical"),
             ("生物医药", "Biopharmaceutical")),
            ("化学原料药", 500, 5000, "吨/年"),
            (),
            (
                _outlet("DA001", "合成车间有机废气排气筒", AIR, (2e4, 6e4), 7200, (("vocs", 0.3),)),
                _outlet("DW001", "污水处理站排放口", WATER, (20, 120), 7200,
                        (("cod", 0.55), ("nh3n", 0.35), ("tp", 0.3))),
            ),
            (
                WasteSpec(HW, "271-001-02", "蒸馏及反应残余物", (100, 600), (0.0, 0.1)),
                SPENT_CARBON,
                PACKAGING,
            ),
            (2e4, 1e5),
            0.8,
            0.05,
            ("solvent_recovery", "mother_liquor", "wastewater_segregation"),
        ),
        Profile(
            "C3360",
            5,
            (("电镀", "Electroplating"), ("表面处理", "Surface Treatment"),
             ("金属制品", "Metal Products")),
            ("电镀加工面积", 20, 150, "万平方米/年"),
            ("GB 21900-2008",),
            (
                _outlet("DW001", "含铬废水车间排放口", WATER, (2, 10), 6000, (("cr6", 0.3),)),
                _outlet("DW002", "重金属废水车间排放口", WATER, (3, 15), 6000,
                        (("pb", 0.3, 0.4), ("cd", 0.3, 0.3), ("hg", 0.2, 0.1)), 0.7),
                _outlet("DW003", "废水总排口", WATER, (10, 60), 6000,
                        (("cod", 0.45), ("nh3n", 0.3), ("tn", 0.45), ("tp", 0.35))),
            ),
            (WasteSpec(HW, "336-064-17", "表面处理废物（电镀污泥）", (50, 400), (0.0, 0.3)),
             PACKAGING),
            (2e3, 2e4),
            0.95,
            0.0,
            ("counterflow_rinse", "plating_recovery", "trivalent_chromium"),
        ),
        Profile(
            "C1910",
            2,
            (("皮革", "Leather"), ("制革", "Tannery")),
            ("成品革", 50, 300, "万张/年"),
            ("GB 30486-2013",),
            (
                _outlet("DW001", "含铬废水车间排放口", WATER, (3, 15), 7000, (("cr6", 0.3),)),
                _outlet("DW002", "废水总排口", WATER, (30, 150), 7000,
                        (("cod", 0.55), ("nh3n", 0.4), ("tn", 0.5), ("tp", 0.3))),
            ),
            (
                WasteSpec(HW, "193-001-21", "含铬废水处理污泥", (200, 1500), (0.0, 0.1)),
                WasteSpec(HW, "193-002-21", "含铬皮革废碎料", (100, 600), (0.3, 0.6)),
                WASTE_OIL,
            ),
            (5e3, 3e4),
            0.9,
            0.0,
            ("low_chrome", "lime_liquor"),
        ),
        Profile(
            "C1713",
            4,
            (("印染", "Dyeing and Finishing"), ("纺织", "Textile"), ("染整", "Dyeing")),
            ("印染布", 3000, 20000, "万米/年"),
            ("GB 4287-2012", "GB 13271-2014"),
            (
                _outlet("DW001", "废水总排口", WATER, (100, 500), 7200,
                        (("cod", 0.55), ("nh3n", 0.3), ("tn", 0.45), ("tp", 0.35))),
                _outlet("DA001", "定型机废气处理设施排气筒", AIR, (3e4, 8e4), 7200,
                        (("vocs", 0.2),)),
                _outlet("DA002", "导热油炉烟囱", AIR, (2e4, 5e4), 7200,
                        (("so2", 0.2), ("nox", 0.3), ("pm", 0.2)), 0.5),
            ),
            (
                WasteSpec(GW, "", "印染污泥", (3e3, 1.5e4), (0.3, 0.7)),
                WasteSpec(HW, "900-041-49", "废染料及助剂包装物", (5, 30), (0, 0)),
                WASTE_OIL,
            ),
            (2e4, 1.2e5),
            0.3,
            0.05,
            ("cold_pad_batch", "stenter_heat", "alkali_recovery"),
        ),
        Profile(
            "C3211",
            1.5,
            (("铜业", "Copper"), ("有色金属", "Nonferrous Metals")),
            ("阴极铜", 10, 50, "万吨/年"),
            (),
            (
                _outlet("DA001", "制酸尾气排气筒", AIR, (1e5, 3e5), 8000, (("so2", 0.3),)),
                _outlet("DA002", "环境集烟排气筒", AIR, (3e5, 8e5), 8000,
                        (("pm", 0.15), ("so2", 0.15))),
                _outlet("DW001", "污酸处理站车间排放口", WATER, (5, 30), 8000,
                        (("pb", 0.3), ("as", 0.3), ("cd", 0.3), ("hg", 0.2))),
                _outlet("DW002", "废水总排口", WATER, (30, 150), 8000,
                        (("cod", 0.3), ("nh3n", 0.2))),
            ),
            (
                WasteSpec(GW, "", "水淬渣", (1e5, 4e5), (0.8, 1.0)),
                WasteSpec(HW, "HW48", "白烟尘", (500, 3000), (0.8, 1.0)),
                WasteSpec(HW, "HW24", "砷滤饼", (100, 800), (0.0, 0.0)),
            ),
            (2e5, 6e5),
            0.95,
            0.1,
            ("double_absorption", "dust_return", "metal_wastewater_reuse"),
        ),
        Profile(
            "C3212",
            2,
            (("冶炼", "Smelting"), ("有色金属", "Nonferrous Metals"), ("锌业", "Zinc")),
            ("电解锌", 5, 30, "万吨/年"),
            ("GB 25466-2010",),
            (
                _outlet("DA001", "冶炼烟气制酸尾气排气筒", AIR, (8e4, 2.5e5), 8000,
                        (("so2", 0.35), ("pm", 0.2))),
                _outlet("DW001", "重金属废水车间排放口", WATER, (5, 25), 8000,
                        (("pb", 0.35), ("cd", 0.35), ("as", 0.25), ("hg", 0.2))),
                _outlet("DW002", "废水总排口", WATER, (20, 100), 8000,
                        (("cod", 0.3), ("nh3n", 0.3))),
            ),
            (WasteSpec(HW, "HW48", "浸出渣", (2e4, 8e4), (0.5, 0.9)), WASTE_OIL),
            (1e5, 4e5),
            0.95,
            0.1,
            ("double_absorption", "dust_return", "metal_wastewater_reuse"),
        ),
        Profile(
            "C3216",
            1.5,
            (("铝业", "Aluminium"), ("铝材", "Aluminium Products")),
            ("电解铝", 20, 60, "万吨/年"),
            ("GB 25465-2010",),
            (
                _outlet("DA001", "电解烟气净化系统排气筒", AIR, (1e6, 2.5e6), 8700,
                        (("pm", 0.3), ("so2", 0.3))),
                _outlet("DW001", "废水总排口", WATER, (10, 60), 8000, (("cod", 0.3),)),
            ),
            (
                WasteSpec(HW, "HW48", "铝灰渣", (2e3, 8e3), (0.6, 0.9)),
                WasteSpec(HW, "HW48", "废阴极炭块（大修渣）", (1e3, 4e3), (0.2, 0.6)),
            ),
            (2e6, 7e6),
            0.5,
            0.4,
            ("cathode", "dust_return"),
        ),
        Profile(
            "C3843",
            1.5,
            (("电源", "Power Sources"), ("蓄电池", "Storage Battery"), ("电池", "Battery")),
            ("铅蓄电池", 100, 800, "万千伏安时/年"),
            (),
            (
                _outlet("DW001", "含铅废水车间排放口", WATER, (5, 25), 7200, (("pb", 0.35),)),
                _outlet("DW002", "废水总排口", WATER, (10, 60), 7200,
                        (("cod", 0.3), ("nh3n", 0.2))),
            ),
            (WasteSpec(HW, "HW31", "含铅废渣及除尘灰", (100, 600), (0.8, 1.0)), PACKAGING),
            (1e4, 6e4),
            0.95,
            0.0,
            ("lead_powder_enclosure", "internal_formation"),
        ),
        Profile(
            "C3982",
            3,
            (("电子", "Electronics"), ("电路", "Circuits"), ("科技", "Technology")),
            ("印制电路板", 30, 200, "万平方米/年"),
            ("GB 21900-2008",),
            (
                _outlet("DW001", "重金属废水车间排放口", WATER, (5, 20), 7800,
                        (("pb", 0.25, 0.5), ("cd", 0.2, 0.2)), 0.6),
                _outlet("DW002", "废水总排口", WATER, (50, 300), 7800,
                        (("cod", 0.45), ("nh3n", 0.35), ("tn", 0.4), ("tp", 0.3))),
                _outlet("DA001", "有机废气处理设施排气筒", AIR, (2e4, 8e4), 7800,
                        (("vocs", 0.25),)),
            ),
            (
                WasteSpec(HW, "HW22", "含铜废蚀刻液", (300, 2000), (0.9, 1.0)),
                WasteSpec(HW, "336-064-17", "电镀污泥", (100, 800), (0.0, 0.3)),
                WasteSpec(HW, "900-045-49", "废电路板边角料", (50, 300), (0.8, 1.0)),
            ),
            (2e4, 1.5e5),
            0.9,
            0.0,
            ("etchant_regeneration", "counterflow_rinse", "plating_recovery"),
        ),
        Profile(
            "C1512",
            2,
            (("酒业", "Distillery"), ("酿酒", "Distillery")),
            ("白酒（折65度）", 0.5, 5, "万千升/年"),
            ("GB 13271-2014",),
            (
                _outlet("DW001", "废水总排口", WATER, (20, 120), 7200,
                        (("cod", 0.5), ("nh3n", 0.3), ("tp", 0.3))),
                _outlet("DA001", "生物质锅炉烟囱", AIR, (3e4, 8e4), 7200,
                        (("pm", 0.25), ("so2", 0.15), ("nox", 0.35)), 0.6),
            ),
            (
                WasteSpec(GW, "", "酒糟", (2e4, 1e5), (0.95, 1.0)),
                WasteSpec(GW, "", "废水处理污泥", (500, 2000), (0.3, 0.8)),
            ),
            (1e4, 6e4),
            0.02,
            0.05,
            ("distillers_grains", "condensate"),
        ),
        Profile(
            "C1340",
            1.5,
            (("糖业", "Sugar"), ("制糖", "Sugar")),
            ("食糖", 5, 30, "万吨/年"),
            ("GB 13271-2014",),
            (
                _outlet("DW001", "废水总排口", WATER, (50, 200), 4000,
                        (("cod", 0.45), ("nh3n", 0.3), ("tp", 0.35))),
                _outlet("DA001", "蔗渣锅炉烟囱", AIR, (1e5, 2.5e5), 4000,
                        (("pm", 0.3), ("so2", 0.1), ("nox", 0.35))),
            ),
            (WasteSpec(GW, "", "滤泥", (1e4, 4e4), (0.9, 1.0)), WASTE_OIL),
            (3e4, 1.5e5),
            0.02,
            0.1,
            ("bagasse_boiler", "filter_mud", "condensate"),
        ),
        Profile(
            "N7820",
            3,
            (("环保能源", "Environmental Energy"), ("环境服务", "Environmental Services"),
             ("固废处置", "Solid Waste Treatment")),
            ("生活垃圾处理能力", 600, 3000, "吨/日"),
            ("GB 18485-2014", "GB 16889-2008"),
            (
                _outlet("DA001", "1号焚烧线烟囱", AIR, (8e4, 2e5), 8000,
                        (("pm", 0.3), ("nox", 0.55), ("so2", 0.3), ("dioxins", 0.2)), 0.6),
                _outlet("DW001", "渗滤液处理站排放口", WATER, (5, 30), 8000,
                        (("cod", 0.45), ("nh3n", 0.3), ("tn", 0.4), ("tp", 0.2),
                         ("hg", 0.1, 0.3), ("pb", 0.2, 0.3))),
            ),
            (
                WasteSpec(HW, "772-002-18", "焚烧飞灰", (5e3, 2e4), (0, 0), "DA001"),
                WASTE_OIL,
            ),
            (5e4, 3e5),
            0.3,
            0.0,
            ("leachate_mvr", "landfill_gas", "combustion_control"),
        ),
    )
}  # fmt: skip


# --- CP options ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptionSpec:
    title: str
    cost: str
    orientation: str
    investment: tuple[float, float]  # 10,000 yuan
    savings: dict  # CPOption field -> (low, high) a year for a plant of size 1


NO_LOW, MID_HIGH = CPOption.CostClass.NO_LOW, CPOption.CostClass.MID_HIGH
TECH, MGMT = CPOption.Orientation.TECHNOLOGY, CPOption.Orientation.MANAGEMENT

OPTIONS: dict[str, OptionSpec] = {
    "energy_metering": OptionSpec(
        "完善能源计量器具，实行车间能耗定额考核", NO_LOW, MGMT, (2, 15),
        {"electricity_kwh": (2e5, 8e5), "energy_tce": (50, 300)}),
    "leak_patrol": OptionSpec(
        "加强跑冒滴漏巡检，建立设备泄漏台账", NO_LOW, MGMT, (0.5, 5),
        {"water_m3": (5e3, 3e4), "materials_t": (20, 200)}),
    "led": OptionSpec(
        "厂区照明更换为 LED 灯具", NO_LOW, TECH, (5, 30), {"electricity_kwh": (5e4, 3e5)}),
    "air_compressor": OptionSpec(
        "空压机系统管网改造并加装变频控制", NO_LOW, TECH, (10, 45),
        {"electricity_kwh": (2e5, 1e6)}),
    "cooling_water": OptionSpec(
        "冷却水循环利用改造，减少新鲜水取用", NO_LOW, TECH, (5, 40), {"water_m3": (3e4, 2e5)}),
    "training": OptionSpec(
        "开展清洁生产全员培训，完善岗位操作规程", NO_LOW, MGMT, (1, 5),
        {"materials_t": (10, 100)}),
    "hazardous_sorting": OptionSpec(
        "危险废物分类收集和源头减量管理", NO_LOW, MGMT, (1, 10),
        {"hazardous_waste_t": (5, 60)}),
    "motor_vfd": OptionSpec(
        "淘汰高耗能电机，更换高效电机并变频改造", MID_HIGH, TECH, (80, 400),
        {"electricity_kwh": (5e5, 3e6)}),
    "waste_heat": OptionSpec(
        "工艺余热回收利用", MID_HIGH, TECH, (200, 2000), {"energy_tce": (1e3, 8e3)}),
    "reclaimed_water": OptionSpec(
        "建设中水回用系统", MID_HIGH, TECH, (300, 1500),
        {"water_m3": (2e5, 1.2e6), "cod_t": (5, 40)}),
    "low_nox_burner": OptionSpec(
        "锅炉低氮燃烧器改造及燃烧优化", MID_HIGH, TECH, (800, 3000),
        {"nox_t": (200, 800), "energy_tce": (500, 3000)}),
    "fgd_upgrade": OptionSpec(
        "脱硫系统增效改造（增加喷淋层）", MID_HIGH, TECH, (1000, 4000), {"so2_t": (100, 500)}),
    "turbine_retrofit": OptionSpec(
        "汽轮机通流部分改造", MID_HIGH, TECH, (3000, 9000), {"energy_tce": (1e4, 4e4)}),
    "esp_power": OptionSpec(
        "电除尘器高频电源改造", MID_HIGH, TECH, (60, 200), {"electricity_kwh": (1e6, 4e6)}),
    "coal_blending": OptionSpec(
        "优化配煤掺烧和锅炉吹灰管理", NO_LOW, MGMT, (2, 20),
        {"energy_tce": (500, 3000), "so2_t": (10, 80)}),
    "sinter_desulf": OptionSpec(
        "烧结机头烟气活性炭脱硫脱硝改造", MID_HIGH, TECH, (8000, 20000),
        {"so2_t": (500, 2000), "nox_t": (300, 1200)}),
    "trt": OptionSpec(
        "高炉煤气余压透平发电（TRT）改造", MID_HIGH, TECH, (3000, 8000),
        {"electricity_kwh": (2e7, 6e7)}),
    "sinter_leak": OptionSpec(
        "烧结机台车及风箱漏风治理", NO_LOW, TECH, (20, 48), {"electricity_kwh": (1e6, 5e6)}),
    "converter_gas": OptionSpec(
        "转炉煤气回收提效改造", MID_HIGH, TECH, (500, 2000), {"energy_tce": (5e3, 2e4)}),
    "slag_recycling": OptionSpec(
        "钢渣热闷处理及尾渣综合利用", MID_HIGH, TECH, (1000, 4000),
        {"materials_t": (5e4, 2e5)}),
    "kiln_whr": OptionSpec(
        "窑头窑尾余热发电", MID_HIGH, TECH, (5000, 9000), {"electricity_kwh": (3e7, 6e7)}),
    "sncr": OptionSpec(
        "SNCR 脱硝精准喷氨改造", MID_HIGH, TECH, (100, 400),
        {"nox_t": (100, 500), "materials_t": (100, 500)}),
    "roller_press": OptionSpec(
        "生料辊压机终粉磨改造", MID_HIGH, TECH, (1500, 4000),
        {"electricity_kwh": (5e6, 1.5e7)}),
    "kiln_seal": OptionSpec(
        "窑头窑尾密封改造，减少漏风", NO_LOW, TECH, (10, 40), {"energy_tce": (500, 2000)}),
    "oxyfuel": OptionSpec(
        "玻璃熔窑全氧燃烧改造", MID_HIGH, TECH, (2000, 5000),
        {"energy_tce": (5e3, 1.5e4), "nox_t": (200, 600)}),
    "cullet": OptionSpec(
        "提高碎玻璃回用比例，配合料粒化", NO_LOW, TECH, (10, 45),
        {"materials_t": (1e3, 5e3), "energy_tce": (300, 1500)}),
    "white_water": OptionSpec(
        "白水回收及多盘过滤机改造", MID_HIGH, TECH, (300, 1200),
        {"water_m3": (3e5, 1e6), "materials_t": (500, 3000), "cod_t": (50, 300)}),
    "black_liquor": OptionSpec(
        "碱回收炉提效改造", MID_HIGH, TECH, (2000, 6000),
        {"energy_tce": (5e3, 2e4), "cod_t": (200, 800)}),
    "felt_cleaning": OptionSpec(
        "优化毛布清洗和喷淋水管理", NO_LOW, MGMT, (2, 20), {"water_m3": (5e4, 2e5)}),
    "cdq": OptionSpec(
        "干熄焦改造", MID_HIGH, TECH, (10000, 25000),
        {"energy_tce": (2e4, 6e4), "water_m3": (1e5, 4e5), "electricity_kwh": (3e7, 8e7)}),
    "desulfurisation_salt": OptionSpec(
        "焦炉煤气脱硫废液提盐", MID_HIGH, TECH, (800, 2500),
        {"hazardous_waste_t": (500, 2000), "materials_t": (300, 1000)}),
    "ammonia_stripping": OptionSpec(
        "蒸氨系统优化，降低废水氨氮", NO_LOW, TECH, (10, 40), {"nh3n_t": (5, 40)}),
    "ldar": OptionSpec(
        "开展泄漏检测与修复（LDAR）", NO_LOW, MGMT, (10, 45),
        {"vocs_t": (20, 200), "materials_t": (50, 400)}),
    "flare_gas": OptionSpec(
        "火炬气回收利用", MID_HIGH, TECH, (500, 2000),
        {"vocs_t": (50, 300), "energy_tce": (2e3, 1e4)}),
    "heater_preheater": OptionSpec(
        "加热炉空气预热器改造", MID_HIGH, TECH, (300, 1200),
        {"energy_tce": (2e3, 8e3), "nox_t": (10, 60)}),
    "heat_pump_distillation": OptionSpec(
        "精馏塔热泵节能改造", MID_HIGH, TECH, (500, 2500), {"energy_tce": (1e3, 6e3)}),
    "solvent_recovery": OptionSpec(
        "溶剂回收系统改造（多效精馏）", MID_HIGH, TECH, (300, 1500),
        {"vocs_t": (20, 150), "materials_t": (100, 800), "hazardous_waste_t": (50, 300)}),
    "tank_vapour": OptionSpec(
        "储罐呼吸气收集处理", MID_HIGH, TECH, (80, 300), {"vocs_t": (10, 80)}),
    "double_absorption": OptionSpec(
        "制酸系统两转两吸改造", MID_HIGH, TECH, (2000, 6000),
        {"so2_t": (200, 1000), "materials_t": (1e4, 4e4)}),
    "acid_heat": OptionSpec(
        "硫酸装置低温位余热回收", MID_HIGH, TECH, (800, 2500), {"energy_tce": (3e3, 1e4)}),
    "ion_membrane": OptionSpec(
        "电解槽更换新型离子膜", MID_HIGH, TECH, (1000, 3000),
        {"electricity_kwh": (5e6, 2e7)}),
    "blow_gas": OptionSpec(
        "造气吹风气余热回收", MID_HIGH, TECH, (800, 2500), {"energy_tce": (1e4, 3e4)}),
    "ammonia_recovery": OptionSpec(
        "含氨废水汽提回收氨", MID_HIGH, TECH, (200, 800),
        {"nh3n_t": (30, 150), "materials_t": (100, 500)}),
    "mother_liquor": OptionSpec(
        "母液套用，提高产品收率", NO_LOW, TECH, (2, 30),
        {"materials_t": (5, 50), "hazardous_waste_t": (10, 80), "cod_t": (5, 30)}),
    "wastewater_segregation": OptionSpec(
        "高浓度废水分质分流预处理", MID_HIGH, TECH, (300, 1200), {"cod_t": (50, 300)}),
    "counterflow_rinse": OptionSpec(
        "多级逆流漂洗改造，减少漂洗水", NO_LOW, TECH, (10, 45),
        {"water_m3": (5e3, 3e4), "materials_t": (1, 10)}),
    "plating_recovery": OptionSpec(
        "镀液回收（离子交换、蒸发浓缩）", MID_HIGH, TECH, (80, 400),
        {"hazardous_waste_t": (20, 150), "materials_t": (5, 40)}),
    "trivalent_chromium": OptionSpec(
        "三价铬钝化替代六价铬钝化", MID_HIGH, TECH, (60, 300),
        {"hazardous_waste_t": (10, 80)}),
    "etchant_regeneration": OptionSpec(
        "酸性蚀刻液在线再生及铜回收", MID_HIGH, TECH, (200, 800),
        {"hazardous_waste_t": (200, 1200), "materials_t": (20, 150)}),
    "low_chrome": OptionSpec(
        "少铬鞣制及铬鞣废液循环利用", MID_HIGH, TECH, (200, 800),
        {"hazardous_waste_t": (100, 500), "materials_t": (50, 200)}),
    "lime_liquor": OptionSpec(
        "浸灰废液循环利用", NO_LOW, TECH, (10, 45), {"water_m3": (1e4, 5e4), "cod_t": (20, 100)}),
    "cold_pad_batch": OptionSpec(
        "冷轧堆染色工艺替代传统染色", MID_HIGH, TECH, (300, 1200),
        {"water_m3": (1e5, 4e5), "energy_tce": (1e3, 5e3), "cod_t": (50, 300)}),
    "stenter_heat": OptionSpec(
        "定型机废气余热回收及油烟净化", MID_HIGH, TECH, (60, 200),
        {"energy_tce": (500, 2000), "vocs_t": (5, 30)}),
    "alkali_recovery": OptionSpec(
        "碱减量废水碱回收", MID_HIGH, TECH, (200, 600),
        {"materials_t": (500, 2000), "cod_t": (50, 200)}),
    "dust_return": OptionSpec(
        "烟尘返回配料，回收有价金属", NO_LOW, TECH, (10, 45),
        {"materials_t": (100, 800), "hazardous_waste_t": (100, 800)}),
    "metal_wastewater_reuse": OptionSpec(
        "重金属废水深度处理回用", MID_HIGH, TECH, (500, 2000), {"water_m3": (5e4, 2e5)}),
    "cathode": OptionSpec(
        "电解槽阴极结构优化改造", MID_HIGH, TECH, (3000, 10000),
        {"electricity_kwh": (5e7, 2e8)}),
    "lead_powder_enclosure": OptionSpec(
        "铅粉制造及和膏工序密闭化改造", MID_HIGH, TECH, (300, 1000),
        {"hazardous_waste_t": (20, 100), "materials_t": (20, 100)}),
    "internal_formation": OptionSpec(
        "内化成工艺替代外化成", MID_HIGH, TECH, (500, 1500),
        {"water_m3": (2e4, 8e4), "electricity_kwh": (5e5, 2e6)}),
    "distillers_grains": OptionSpec(
        "酒糟综合利用生产有机肥和饲料", MID_HIGH, TECH, (500, 2000),
        {"materials_t": (1e4, 5e4), "cod_t": (50, 300)}),
    "condensate": OptionSpec(
        "蒸汽冷凝水回收利用", NO_LOW, TECH, (10, 45),
        {"water_m3": (2e4, 1e5), "energy_tce": (300, 1500)}),
    "bagasse_boiler": OptionSpec(
        "蔗渣锅炉燃烧效率提升改造", MID_HIGH, TECH, (300, 1000), {"energy_tce": (3e3, 1e4)}),
    "filter_mud": OptionSpec(
        "滤泥生产有机肥", MID_HIGH, TECH, (100, 400), {"materials_t": (5e3, 2e4)}),
    "leachate_mvr": OptionSpec(
        "渗滤液 MVR 蒸发浓缩改造", MID_HIGH, TECH, (1000, 3000),
        {"cod_t": (50, 300), "nh3n_t": (10, 60)}),
    "landfill_gas": OptionSpec(
        "填埋气收集发电", MID_HIGH, TECH, (1500, 4000), {"electricity_kwh": (5e6, 2e7)}),
    "combustion_control": OptionSpec(
        "焚烧炉燃烧自动控制优化", NO_LOW, TECH, (10, 40), {"nox_t": (10, 60)}),
}  # fmt: skip

# Yuan per unit saved, for the economic benefit of an option. Emission cuts save
# environmental protection tax (a few yuan per pollution equivalent: about a kilogram).
PRICES = {
    "electricity_kwh": 0.6,
    "water_m3": 5,
    "energy_tce": 1000,
    "materials_t": 1500,
    "hazardous_waste_t": 3000,
    "so2_t": 2500,
    "nox_t": 2500,
    "vocs_t": 2000,
    "cod_t": 2800,
    "nh3n_t": 3500,
}

# --- names -----------------------------------------------------------------------------------

BRANDS = (
    ("恒盛", "Hengsheng"), ("华鑫", "Huaxin"), ("永泰", "Yongtai"), ("宏达", "Hongda"),
    ("金海", "Jinhai"), ("瑞丰", "Ruifeng"), ("鑫源", "Xinyuan"), ("天成", "Tiancheng"),
    ("东方", "Dongfang"), ("新华", "Xinhua"), ("宝丰", "Baofeng"), ("中泰", "Zhongtai"),
    ("德昌", "Dechang"), ("广源", "Guangyuan"), ("兴达", "Xingda"), ("福瑞", "Furui"),
    ("嘉禾", "Jiahe"), ("恒通", "Hengtong"), ("润泽", "Runze"), ("信诚", "Xincheng"),
    ("昌盛", "Changsheng"), ("金鼎", "Jinding"), ("华阳", "Huayang"), ("光明", "Guangming"),
    ("万通", "Wantong"), ("永盛", "Yongsheng"), ("长江", "Changjiang"), ("鼎盛", "Dingsheng"),
    ("华茂", "Huamao"), ("盛达", "Shengda"), ("金桥", "Jinqiao"), ("天宇", "Tianyu"),
    ("鸿运", "Hongyun"), ("华诚", "Huacheng"), ("三友", "Sanyou"), ("明德", "Mingde"),
    ("瑞祥", "Ruixiang"), ("嘉诚", "Jiacheng"), ("金源", "Jinyuan"), ("惠民", "Huimin"),
    ("新宇", "Xinyu"), ("宏图", "Hongtu"), ("泰和", "Taihe"), ("华源", "Huayuan"),
    ("天润", "Tianrun"), ("金达", "Jinda"), ("安泰", "Antai"), ("汇通", "Huitong"),
    ("福源", "Fuyuan"), ("金石", "Jinshi"), ("荣华", "Ronghua"), ("众诚", "Zhongcheng"),
    ("利民", "Limin"), ("丰源", "Fengyuan"), ("永兴", "Yongxing"), ("宏信", "Hongxin"),
    ("华昌", "Huachang"), ("凯达", "Kaida"), ("远航", "Yuanhang"), ("星火", "Xinghuo"),
)  # fmt: skip
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN_NAMES = (
    "建国", "丽华", "志强", "秀英", "海涛", "静", "伟", "敏", "晓东", "红梅", "俊杰", "雪",
    "磊", "婷", "国华", "明", "文博", "玉兰", "永刚", "春燕", "立新", "桂芳", "军", "芳",
)  # fmt: skip
PARKS = (
    "经济技术开发区", "高新技术产业开发区", "化工园区", "工业园区", "临港产业园", "循环经济产业园",
)  # fmt: skip
ROADS = ("长江路", "黄河路", "工业大道", "纬三路", "创业路", "滨江路", "新华路", "兴业大道")
EXTRA_CONSULTANCIES = (
    "华清环境咨询有限公司",
    "绿源清洁生产技术服务中心",
    "中环节能环保科技有限公司",
    "蓝天环境工程设计院",
    "恒信环保咨询有限公司",
)
VOLUNTARY_REASONS = (
    "申报省级清洁生产示范企业",
    "落实集团公司节能降耗工作要求",
    "配合排污许可证延续，系统梳理节能减排潜力",
)
PENALTY_REASONS = (
    ("未按规定开展自行监测并公开监测数据", "已委托有资质的检测机构补测，完善自行监测方案"),
    ("危险废物贮存场所未按规范设置识别标志和防渗措施", "已完成贮存库防渗改造并设置识别标志"),
    ("自动监测设备未正常运行，数据缺失", "已修复自动监测设备并与监控平台联网"),
    ("原料堆场未采取密闭或覆盖措施，颗粒物无组织排放", "已建成封闭料棚，增设喷雾抑尘设施"),
    ("未按排污许可证规定提交执行报告", "已补交执行报告，指定专人负责排污许可管理"),
)


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


# --- numbers ---------------------------------------------------------------------------------


def significant(value: float, digits: int = 3, places: int = 6) -> Decimal:
    """``value`` rounded to ``digits`` significant figures, with at most ``places``
    decimals and never zero (the smallest step instead)."""
    if value <= 0:
        return Decimal(0)
    exponent = math.floor(math.log10(value))
    decimals = max(0, min(places, digits - 1 - exponent))
    rounded = Decimal(f"{value:.{decimals}f}")
    return rounded if rounded > 0 else Decimal(1).scaleb(-places)


SUBMITTED_HOURS, OPENED_HOURS = (9, 17), (8, 8)


def aware_at(day: datetime.date, rng: random.Random, hours=SUBMITTED_HOURS):
    """A moment on ``day`` within ``hours`` (office hours by default)."""
    return timezone.make_aware(
        datetime.datetime.combine(
            day, datetime.time(rng.randint(*hours), rng.randint(0, 59), rng.randint(0, 59))
        )
    )


# --- reference data and the people named -----------------------------------------------------


@dataclass(frozen=True)
class Auditor:
    """A certified auditor (a CPA certificate) who can be named on an audit team."""

    certificate_id: int
    number: str
    name: str
    organisation: str
    issued_on: datetime.date
    valid_until: datetime.date | None
    ended_on: datetime.date | None  # revoked or suspended on


@dataclass
class Reference:
    """What generation needs from the database, loaded once."""

    today: datetime.date
    sectors: dict[str, Sector]
    pollutants: dict[str, Pollutant]
    standards: dict[str, Standard]
    limits: dict[tuple[str, str], Decimal]
    holidays: set
    working_days: set
    auditors: list[Auditor]
    actor: User

    @classmethod
    def load(cls, *, today: datetime.date | None = None, actor: User | None = None):
        from certificates.models import Certificate

        holidays, working_days = set(), set()
        for day, kind in Holiday.objects.values_list("date", "kind"):
            (working_days if kind == Holiday.Kind.WORKING_DAY else holidays).add(day)
        auditors = [
            Auditor(
                certificate_id=row["pk"],
                number=row["number"],
                name=row["holder_name"],
                organisation=row["holder__organisation"] or "",
                issued_on=timezone.localdate(row["issued_at"]),
                valid_until=row["valid_until"],
                ended_on=timezone.localdate(row["state_changed_at"])
                if row["state"] != Certificate.State.ACTIVE and row["state_changed_at"]
                else None,
            )
            for row in Certificate.objects.filter(certificate_type__prefix="CPA")
            .order_by("pk")
            .values(
                "pk",
                "number",
                "holder_name",
                "holder__organisation",
                "issued_at",
                "valid_until",
                "state",
                "state_changed_at",
            )
        ]
        return cls(
            today=today or timezone.localdate(),
            sectors={sector.code: sector for sector in Sector.objects.all()},
            pollutants={pollutant.code: pollutant for pollutant in Pollutant.objects.all()},
            standards={standard.number: standard for standard in Standard.objects.all()},
            limits={
                (number, code): limit
                for number, code, limit in StandardLimit.objects.values_list(
                    "standard__number", "pollutant__code", "limit"
                )
            },
            holidays=holidays,
            working_days=working_days,
            auditors=auditors,
            actor=actor or default_actor(),
        )

    def standard_for(self, profile: Profile, pollutant: str, medium: str):
        """The standard (and its limit) a plant of ``profile`` is held to for ``pollutant``:
        its sector standards first, then the integrated standard for the medium."""
        integrated = INTEGRATED_AIR_STANDARD if medium == AIR else INTEGRATED_WATER_STANDARD
        for number in (*profile.standards, integrated):
            limit = self.limits.get((number, pollutant))
            if limit is not None and number in self.standards:
                return self.standards[number], limit
        return None, None

    def adhoc_due_on(self, event: datetime.date) -> datetime.date:
        """As ``deadlines.adhoc_due_on``, with the holidays loaded once."""
        day, counted = event, 0
        while counted < deadlines.ADHOC_WORKING_DAYS:
            day += datetime.timedelta(days=1)
            if deadlines.is_working_day(
                day, holidays=self.holidays, working_days=self.working_days
            ):
                counted += 1
        return day


def default_actor() -> User:
    """The authority reviewer named on list entries and audit results: the demo reviewer if
    there is one, else a superuser, else an account made for generated data."""
    user = (
        User.objects.filter(email="reviewer@cphub.example").first()
        or User.objects.filter(is_superuser=True).order_by("pk").first()
    )
    if user is None:
        user, created = User.objects.get_or_create(
            email="generated.reviewer@cphub.example",
            defaults={"full_name": "数据生成", "latin_name": "GENERATED DATA"},
        )
        if created:
            user.set_unusable_password()
            user.save()
    return user


# --- plans -----------------------------------------------------------------------------------


@dataclass
class PlannedDischarge:
    outlet: OutletSpec
    pollutant: Pollutant
    standard: Standard
    limit: Decimal
    ratio: float  # usual concentration as a share of the limit
    flow: float  # m³/h
    permitted: Decimal | None  # t a year
    method: str


@dataclass
class Plan:
    """One enterprise's lasting traits, and its state while its years are generated."""

    index: int
    enterprise: Enterprise
    profile: Profile
    region: Region
    size: float
    growth: float
    problem: float  # chance that a discharge row exceeds its limit in a year
    discharges: list[PlannedDischarge]
    wastes: list[WasteSpec]
    first_year: int
    last_year: int
    toxic: bool
    energy: bool
    audit_offset: int
    contact: str
    disposer: tuple[str, str]  # licensed hazardous waste company and its licence
    permit_number: str
    permit_until: datetime.date
    # What the demo fixes for its showcase enterprises.
    user: User | None = None
    draft_years: frozenset = frozenset()
    amendment_years: dict = field(default_factory=dict)  # year -> error kinds
    compulsory_years: frozenset = frozenset()
    extra_team: tuple = ()
    on_time: bool = False
    capacity: Decimal = Decimal(0)
    recycler: str = ""
    # State carried from year to year.
    exceeded_last_year: bool = False
    audit_round: int = 0
    last_compulsory_year: int = 0
    adhoc_sequence: dict = field(default_factory=dict)


@dataclass
class Overrides:
    """Fixed traits for a showcase enterprise (the demo discloser's)."""

    name: str
    name_en: str
    sector: str
    region: str
    user: User | None = None
    draft_years: frozenset = frozenset()
    amendment_years: dict = field(default_factory=dict)
    compulsory_years: frozenset = frozenset()
    extra_team: tuple = ()
    toxic: bool = False
    energy: bool = False


# --- one year's rows -------------------------------------------------------------------------


@dataclass
class AuditContent:
    fields: dict
    team: list[dict]
    options: list[dict]


@dataclass
class Content:
    """What one report version holds, before it is turned into rows."""

    products: str = ""
    permit_number: str = ""
    permit_valid_until: datetime.date | None = None
    permit_authority: str = ""
    carbon: Decimal | None = None
    discharges: list[dict] = field(default_factory=list)  # build_discharge keywords
    wastes: list[dict] = field(default_factory=list)
    penalties: list[dict] = field(default_factory=list)
    audits: list[AuditContent] = field(default_factory=list)


@dataclass
class YearRecord:
    plan: Plan
    year: int
    entry: ListEntry | None
    annual: Report | None = None
    adhoc: list[Report] = field(default_factory=list)
    # The version that is (or will be) current for each report, by report identity.
    current: dict = field(default_factory=dict)  # id(report) -> (version, pollutant codes)


@dataclass
class Chunk:
    """Rows for one batch of enterprises and one year, written together."""

    entries: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    versions: list = field(default_factory=list)
    discharges: list = field(default_factory=list)
    wastes: list = field(default_factory=list)
    penalties: list = field(default_factory=list)
    audits: list = field(default_factory=list)
    team: list = field(default_factory=list)
    options: list = field(default_factory=list)
    results: list = field(default_factory=list)
    years: list = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(
            len(rows)
            for rows in (
                self.entries,
                self.reports,
                self.versions,
                self.discharges,
                self.wastes,
                self.penalties,
                self.audits,
                self.team,
                self.options,
                self.results,
                self.years,
            )
        )

    def save(self) -> int:
        """Write every row; returns how many."""
        with transaction.atomic():
            for model, rows in (
                (ListEntry, self.entries),
                (Report, self.reports),
                (ReportVersion, self.versions),
                (DischargeRecord, self.discharges),
                (WasteRecord, self.wastes),
                (PenaltyRecord, self.penalties),
                (AuditRecord, self.audits),
                (AuditTeamMember, self.team),
                (CPOption, self.options),
                (AuditResult, self.results),
            ):
                model.objects.bulk_create(rows, batch_size=1000)
            # Reports with a published version point at the latest one, as _publish leaves them.
            published = sorted(
                {
                    version.report_id
                    for version in self.versions
                    if version.status == ReportVersion.Status.PUBLISHED
                }
            )
            latest = (
                ReportVersion.objects.filter(
                    report=OuterRef("pk"), status=ReportVersion.Status.PUBLISHED
                )
                .order_by("-number")
                .values("pk")[:1]
            )
            for start in range(0, len(published), 500):
                Report.objects.filter(pk__in=published[start : start + 500]).update(
                    current_version=Subquery(latest)
                )
            EnterpriseYear.objects.bulk_create(
                [summary(record) for record in self.years], batch_size=1000
            )
        return self.size


def summary(record: YearRecord) -> EnterpriseYear:
    """The search summary of one enterprise-year, from the rows about to be written (the
    services compute it from the database with the same ``summary_fields``)."""
    annual = record.annual
    reports = ([annual] if annual else []) + record.adhoc
    current = [record.current[id(report)] for report in reports if id(report) in record.current]
    return EnterpriseYear(
        enterprise=record.plan.enterprise,
        year=record.year,
        **summary_fields(
            enterprise=record.plan.enterprise,
            sector_code=record.plan.profile.sector,
            year=record.year,
            entry=record.entry,
            annual=annual,
            adhoc=record.adhoc,
            current_versions=[version for version, _codes in current],
            pollutant_codes=[code for _version, codes in current for code in codes],
        ),
    )


# --- the generator ---------------------------------------------------------------------------

PERMIT_POLLUTANTS = {"so2", "nox", "pm", "vocs", "cod", "nh3n"}
HEAVY_METALS = {"pb", "hg", "cd", "cr6", "as"}
# Days each audit phase usually takes (squeezed when an audit starts late in the year).
PHASE_DAYS = ((15, 30), (20, 40), (30, 60), (20, 40), (20, 45), (60, 150), (20, 40))
ERROR_KINDS = ("unit", "decimal", "waste", "carbon", "permit", "method")


def years_later(day: datetime.date, years: int) -> datetime.date:
    """The same day ``years`` later (28 February for 29 February)."""
    if day.month == 2 and day.day == 29:
        day = day.replace(day=28)
    return day.replace(year=day.year + years)


def typo(number: str) -> str:
    """The certificate number with its last digit mistyped."""
    last = number[-1]
    return number[:-1] + (str((int(last) + 1) % 10) if last.isdigit() else "0")


class Generator:
    """Writes enterprises and their years; see the module's docstring."""

    def __init__(
        self,
        *,
        reference: Reference,
        seed: int,
        years: int,
        end_year: int | None = None,
        namespace: str = GENERATED_NAMESPACE,
    ):
        self.ref = reference
        self.seed = seed
        self.end_year = end_year or reference.today.year - 1
        if self.end_year >= reference.today.year:
            raise ValueError("Annual reports exist only for years that are over.")
        self.start_year = self.end_year - years + 1
        self.namespace = namespace
        self.last_day = reference.today - datetime.timedelta(days=1)
        self.used_names: set[str] = set()
        self.profiles = [p for p in PROFILES.values() if p.sector in reference.sectors]
        self.provinces = [code for code in PROVINCE_WEIGHTS if code in PROVINCES]
        self.regions = {code: [r for r in REGIONS if r.province == code] for code in self.provinces}
        self.regions_by_code = {region.code: region for region in REGIONS}
        from certificates.selectors import name_key

        self.name_key = name_key
        self.certificates = {
            auditor.number: (auditor.certificate_id, name_key(auditor.name))
            for auditor in reference.auditors
        }

    def credit_code(self, index: int, region: str) -> str:
        return credit_codes.build(region=region, organisation=f"{self.namespace}{index:06d}")

    # -- running --

    def run(
        self,
        *,
        count: int,
        start: int = 1,
        batch: int = 2000,
        overrides: dict | None = None,
        progress: Callable[[int, int, int], None] | None = None,
    ) -> int:
        """Generate ``count`` enterprises numbered from ``start``; returns the rows written."""
        overrides = overrides or {}
        rows = done = 0
        for first in range(start, start + count, batch):
            indexes = range(first, min(first + batch, start + count))
            plans = [self.plan(index, overrides.get(index)) for index in indexes]
            with transaction.atomic():
                Enterprise.objects.bulk_create([plan.enterprise for plan in plans], batch_size=1000)
            rows += len(plans)
            for year in range(self.start_year, self.end_year + 1):
                chunk = Chunk()
                for plan in plans:
                    self.year(plan, year, chunk)
                rows += chunk.save()
            done += len(plans)
            if progress:
                progress(done, count, rows)
        return rows

    # -- enterprises --

    def plan(self, index: int, overrides: Overrides | None = None) -> Plan:
        # Not for security: reproducible data from a seed.
        rng = random.Random(f"{self.seed}:{index}")  # noqa: S311
        if overrides:
            region = self.regions_by_code[overrides.region]
            profile = PROFILES[overrides.sector]
        else:
            province = rng.choices(
                self.provinces, weights=[PROVINCE_WEIGHTS[code] for code in self.provinces]
            )[0]
            region = rng.choice(self.regions[province])
            profile = rng.choices(
                self.profiles,
                weights=[
                    p.weight * (4 if p.sector in region.specialties else 1) for p in self.profiles
                ],
            )[0]
        size = min(4.0, max(0.25, math.exp(rng.gauss(0, 0.6))))
        name, name_en = (
            (overrides.name, overrides.name_en)
            if overrides
            else self.company_name(rng, region, profile)
        )
        self.used_names.add(name)
        code = self.credit_code(index, region.code)
        first_year = (
            self.start_year
            if overrides or rng.random() < 0.85
            else rng.randint(self.start_year, self.end_year)
        )
        last_year = (
            self.end_year
            if overrides or rng.random() < 0.95
            else rng.randint(first_year, self.end_year)
        )
        issued = datetime.date(rng.randint(2017, 2021), rng.randint(1, 12), rng.randint(1, 28))
        enterprise = Enterprise(
            credit_code=code,
            name=name,
            name_en=name_en,
            sector=self.ref.sectors[profile.sector],
            region_code=region.code,
            province_code=region.province,
            address=self.address(rng, region),
            latitude=Decimal(f"{region.latitude + rng.uniform(-0.08, 0.08):.6f}"),
            longitude=Decimal(f"{region.longitude + rng.uniform(-0.08, 0.08):.6f}"),
            legal_representative=person_name(rng),
            created_at=aware_at(datetime.date(first_year, 1, rng.randint(2, 20)), rng),
        )
        discharges = self.planned_discharges(rng, profile, size)
        outlets = {d.outlet.code for d in discharges}
        plan = Plan(
            index=index,
            enterprise=enterprise,
            profile=profile,
            region=region,
            size=size,
            growth=rng.uniform(-0.03, 0.05),
            problem=0.0 if overrides or rng.random() < 0.85 else rng.uniform(0.05, 0.25),
            discharges=discharges,
            wastes=[w for w in profile.wastes if not w.needs_outlet or w.needs_outlet in outlets],
            first_year=first_year,
            last_year=last_year,
            toxic=rng.random() < profile.toxic,
            energy=rng.random() < profile.energy,
            audit_offset=rng.randint(0, 4),
            contact=person_name(rng),
            disposer=(
                f"{province_short(region.province)}{rng.choice(BRANDS)[0]}环保科技有限公司",
                f"{PROVINCE_ABBREVIATIONS.get(region.province, '')}危废经营许可证第"
                f"{rng.randint(1, 999):04d}号",
            ),
            permit_number=f"{code}001P",
            permit_until=years_later(issued, 5) - datetime.timedelta(days=1),
        )
        plan.capacity = significant(rng.uniform(*profile.product[1:3]) * size, 2, 1)
        plan.recycler = f"{region.city_short}{rng.choice(BRANDS)[0]}建材有限公司"
        if overrides:
            plan.user = overrides.user
            plan.draft_years = overrides.draft_years
            plan.amendment_years = overrides.amendment_years
            plan.compulsory_years = overrides.compulsory_years
            plan.extra_team = overrides.extra_team
            plan.toxic, plan.energy = overrides.toxic, overrides.energy
            plan.on_time = True
        return plan

    def company_name(self, rng: random.Random, region: Region, profile: Profile):
        for _attempt in range(12):
            brand, brand_en = rng.choice(BRANDS)
            word, word_en = rng.choice(profile.words)
            if rng.random() < 0.5:
                place, place_en = province_short(region.province), PROVINCES[region.province][1]
            else:
                place, place_en = region.city_short, region.city_en
            form, form_en = rng.choices(
                (
                    ("有限公司", "Co., Ltd."),
                    ("股份有限公司", "Co., Ltd."),
                    ("集团有限公司", "Group Co., Ltd."),
                ),
                weights=(80, 15, 5),
            )[0]
            name = f"{place}{brand}{word}{form}"
            if name not in self.used_names:
                break
        return name, f"{place_en} {brand_en} {word_en} {form_en}"

    def address(self, rng: random.Random, region: Region) -> str:
        parts = [PROVINCES[region.province][0]]
        if region.province not in MUNICIPALITIES and region.city != region.county:
            parts.append(region.city)
        parts.append(region.county)
        return "".join(parts) + rng.choice(PARKS) + rng.choice(ROADS) + f"{rng.randint(1, 999)}号"

    def planned_discharges(self, rng, profile: Profile, size: float) -> list[PlannedDischarge]:
        planned = []
        for outlet in profile.outlets:
            if rng.random() > outlet.share:
                continue
            flow = rng.uniform(*outlet.flow) * size
            for code, ratio, probability in outlet.pollutants:
                if rng.random() > probability or code not in self.ref.pollutants:
                    continue
                standard, limit = self.ref.standard_for(profile, code, outlet.medium)
                if standard is None:
                    continue
                ratio = ratio * rng.uniform(0.7, 1.3)
                permitted = None
                if code in PERMIT_POLLUTANTS or (code in HEAVY_METALS and rng.random() < 0.5):
                    permitted = significant(
                        float(limit)
                        * ratio
                        * flow
                        * outlet.hours
                        / self.per_tonne(outlet)
                        * rng.uniform(1.3, 2.2),
                        3,
                        3,
                    )
                automatic = outlet.medium == AIR and code in PERMIT_POLLUTANTS
                method = (
                    Method.MONITORING
                    if automatic or rng.random() < 0.8
                    else rng.choice((Method.CALCULATION, Method.ESTIMATE))
                )
                planned.append(
                    PlannedDischarge(
                        outlet=outlet,
                        pollutant=self.ref.pollutants[code],
                        standard=standard,
                        limit=limit,
                        ratio=ratio,
                        flow=flow,
                        permitted=permitted,
                        method=method,
                    )
                )
        return planned

    @staticmethod
    def per_tonne(outlet: OutletSpec) -> float:
        """Concentration times volume in the outlet's units that make a tonne."""
        return 1e9 if outlet.medium == AIR else 1e6

    # -- years --

    def list_entry(self, plan: Plan, year: int, rng: random.Random) -> ListEntry | None:
        if not plan.first_year <= year <= plan.last_year:
            return None
        exceeds = plan.exceeded_last_year
        if plan.compulsory_years:
            compulsory = year in plan.compulsory_years
        else:
            cycle = (plan.toxic or plan.energy) and (year - plan.audit_offset) % 5 == 0
            compulsory = cycle or (exceeds and year - plan.last_compulsory_year >= 3)
        key = rng.random() < 0.9 or not (plan.toxic or plan.energy or exceeds)
        list_name = "重点排污单位名录" if year <= 2022 else "环境监管重点单位名录"
        document = f"{provincial_authority(plan.region.province)} {year} 年{list_name}"
        if compulsory:
            document += f"；{year} 年度实施强制性清洁生产审核企业名单"
        return ListEntry(
            enterprise=plan.enterprise,
            year=year,
            must_disclose=not compulsory or plan.on_time or rng.random() > 0.03,
            compulsory_audit=compulsory,
            basis_exceeds_standards=exceeds,
            basis_toxic_hazardous=plan.toxic,
            basis_energy_limits=plan.energy,
            basis_key_discharger=key,
            source_document=document,
            added_by=self.ref.actor,
            added_at=aware_at(datetime.date(year, rng.randint(1, 3), rng.randint(1, 28)), rng),
        )

    def year(self, plan: Plan, year: int, chunk: Chunk) -> None:
        rng = random.Random(f"{self.seed}:{plan.index}:{year}")  # noqa: S311
        entry = self.list_entry(plan, year, rng)
        if entry is None:
            return
        chunk.entries.append(entry)
        record = YearRecord(plan=plan, year=year, entry=entry)
        chunk.years.append(record)
        content, exceedances = self.annual_content(plan, year, rng)
        events = []
        if plan.permit_until.year == year:
            renewed_on = plan.permit_until - datetime.timedelta(days=rng.randint(10, 40))
            plan.permit_until = years_later(plan.permit_until, 5)
            if renewed_on <= self.last_day:
                events.append(
                    (
                        renewed_on,
                        Report.Trigger.PERMIT,
                        f"排污许可证延续，新证有效期至 {plan.permit_until.isoformat()}",
                        [],
                    )
                )
        content.permit_valid_until = plan.permit_until
        content.penalties = self.penalties(plan, year, rng, exceedances)
        for penalty in content.penalties:
            events.append(
                (
                    penalty["decided_on"],
                    Report.Trigger.PENALTY,
                    f"收到{penalty['authority']}行政处罚决定书（{penalty['document_number']}）",
                    [penalty],
                )
            )
        if rng.random() < 0.01:
            stopped = datetime.date(year, rng.randint(4, 10), rng.randint(1, 28))
            events.append(
                (stopped, Report.Trigger.PRODUCTION, "主要生产线停产检修，预计停产三个月", [])
            )
        audit = self.audit(plan, year, rng, entry, chunk)
        if audit is not None:
            content.audits.append(audit)
        if entry.must_disclose or rng.random() < 0.5:
            self.annual_report(plan, year, rng, content, record, chunk)
        for event in sorted(events, key=lambda event: event[0]):
            self.adhoc_report(plan, rng, event, content, record, chunk)
        plan.exceeded_last_year = bool(exceedances)

    def annual_content(self, plan: Plan, year: int, rng: random.Random):
        """The true content of the year's annual report, and the rows over a limit or
        permit."""
        elapsed = year - self.start_year
        production = (1 + plan.growth) ** elapsed * rng.uniform(0.88, 1.08)
        trend = 0.96**elapsed
        rows, exceedances = [], []
        for planned in plan.discharges:
            limit = float(planned.limit)
            if rng.random() < plan.problem:
                ratio = rng.uniform(1.03, 1.6)
            else:
                ratio = min(0.95, planned.ratio * trend * math.exp(rng.gauss(0, 0.15)))
            concentration = significant(limit * ratio)
            kwargs = {
                "outlet_code": planned.outlet.code,
                "outlet_name": planned.outlet.name,
                "pollutant": planned.pollutant,
                "method": planned.method,
                "standard": planned.standard,
                "limit": planned.limit,
                "concentration": concentration,
                "concentration_unit": planned.pollutant.concentration_unit,
            }
            if planned.pollutant.code in HEAVY_METALS and rng.random() < 0.2:
                kwargs["concentration"] = concentration * 1000
                kwargs["concentration_unit"] = "ug_l"
            quantity_t = None
            if planned.pollutant.code != "dioxins":
                tonnes = (
                    float(concentration)
                    * planned.flow
                    * planned.outlet.hours
                    * production
                    / self.per_tonne(planned.outlet)
                )
                kwargs["quantity"], kwargs["quantity_unit"], quantity_t = self.mass(tonnes)
            if planned.permitted is not None:
                kwargs["permitted"], kwargs["permitted_unit"], permitted_t = self.mass(
                    float(planned.permitted)
                )
            else:
                permitted_t = None
            rows.append(kwargs)
            if concentration > planned.limit or (
                quantity_t is not None and permitted_t is not None and quantity_t > permitted_t
            ):
                exceedances.append(kwargs)
        wastes = [self.waste(plan, spec, production, rng) for spec in plan.wastes]
        carbon_low, carbon_high = plan.profile.carbon
        content = Content(
            products=f"{plan.profile.product[0]} {plan.capacity} {plan.profile.product[3]}",
            permit_number=plan.permit_number,
            permit_authority=local_authority(plan.region),
            carbon=Decimal(f"{rng.uniform(carbon_low, carbon_high) * plan.size * production:.1f}"),
            discharges=rows,
            wastes=wastes,
        )
        return content, exceedances

    @staticmethod
    def mass(tonnes: float) -> tuple[Decimal, str, Decimal]:
        """(value, unit, tonnes) as an enterprise would report a mass: kilograms under a
        tonne."""
        if tonnes < 1:
            kilograms = max(Decimal("0.01"), Decimal(f"{tonnes * 1000:.2f}"))
            return kilograms, "kg", kilograms / 1000
        value = significant(tonnes, 4, 3)
        return value, "t", value

    def waste(self, plan: Plan, spec: WasteSpec, production: float, rng) -> dict:
        generated = significant(rng.uniform(*spec.tonnes) * plan.size * production, 4, 2)
        utilised = (generated * Decimal(f"{rng.uniform(*spec.utilised):.3f}")).quantize(
            Decimal("0.01")
        )
        stored = (generated * Decimal(f"{rng.uniform(0, 0.04):.3f}")).quantize(Decimal("0.01"))
        stored = min(stored, generated - utilised)
        hazardous = spec.category == HW
        if hazardous:
            receiver, licence = plan.disposer
        elif utilised == generated and rng.random() < 0.3:
            receiver, licence = "厂内综合利用", ""
        else:
            receiver, licence = plan.recycler, ""
        return {
            "category": spec.category,
            "waste_code": spec.code,
            "name": spec.name,
            "generated_t": generated,
            "utilised_t": utilised,
            "disposed_t": generated - utilised - stored,
            "stored_t": stored,
            "receiver": receiver,
            "receiver_licence": licence,
        }

    def penalties(self, plan: Plan, year: int, rng, exceedances: list[dict]) -> list[dict]:
        if rng.random() >= (0.5 if exceedances else 0.04):
            return []
        decided = datetime.date(year, rng.randint(3, 11), rng.randint(1, 28))
        if decided > self.last_day:
            return []
        if exceedances:
            row = exceedances[0]
            standard = row["standard"]
            violation = (
                f"{row['outlet_code']} 排放口{row['pollutant'].name_zh}排放浓度超过"
                f"《{standard.title_zh}》（{standard.number}）规定的限值"
            )
            rectification = "已对污染治理设施进行检修改造，经监测已稳定达标排放"
        else:
            violation, rectification = rng.choice(PENALTY_REASONS)
        rectified = decided + datetime.timedelta(days=rng.randint(20, 90))
        if rectified > self.last_day:
            rectified, rectification = None, "正在整改"
        return [
            {
                "decided_on": decided,
                "authority": local_authority(plan.region),
                "document_number": f"{plan.region.city_short}环罚〔{year}〕{rng.randint(1, 300)}号",
                "violation": violation,
                "fine_yuan": Decimal(rng.choice((2, 3, 5, 8, 10, 15, 20, 30, 50, 80, 100)) * 10000),
                "rectification": rectification,
                "rectified_on": rectified,
            }
        ]

    # -- CP audits --

    def audit(self, plan: Plan, year: int, rng, entry: ListEntry, chunk: Chunk):
        compulsory = entry.compulsory_audit
        if not compulsory and rng.random() >= 0.03:
            return None
        plan.audit_round += 1
        if compulsory:
            plan.last_compulsory_year = year
        start = datetime.date(year, rng.randint(2, 4), rng.randint(1, 28))
        durations = [rng.randint(*days) for days in PHASE_DAYS]
        scale = min(1.0, (datetime.date(year, 12, 20) - start).days / sum(durations))
        phases, day = {}, start
        for phase, days in zip(AuditPhase.values, durations, strict=True):
            end = day + datetime.timedelta(days=max(5, int(days * scale)))
            phases[str(phase)] = {"start": day.isoformat(), "end": end.isoformat()}
            day = end + datetime.timedelta(days=1)
        team = self.team(plan, rng, start, end)
        options = self.options(plan, rng)
        bases = [basis for basis in entry.bases if basis != ListBasis.KEY_DISCHARGER]
        fields = {
            "round": plan.audit_round,
            "compulsory": compulsory,
            "bases": bases if compulsory else [],
            "voluntary_reason": "" if compulsory else rng.choice(VOLUNTARY_REASONS),
            "consultancy": self.consultancy(rng, team),
            "phases": phases,
        }
        if compulsory:
            self.results(plan, rng, end, options, chunk)
        return AuditContent(fields=fields, team=team, options=options)

    def consultancy(self, rng, team: list[dict]) -> str:
        organisations = [member.get("organisation") for member in team]
        return next((o for o in organisations if o), rng.choice(EXTRA_CONSULTANCIES))

    def team_member(self, *, name: str, number: str, role: str) -> dict:
        """A team row with its certificate matched as ``services.save_audit`` does: the
        number and the holder's name must both match."""
        certificate = self.certificates.get(number)
        matched = certificate is not None and certificate[1] == self.name_key(name)
        return {
            "name": name,
            "role": role,
            "certificate_number": number,
            "certificate_id": certificate[0] if matched else None,
        }

    def team(self, plan: Plan, rng, start: datetime.date, end: datetime.date) -> list[dict]:
        size = rng.randint(3, 5)
        auditors = self.ref.auditors
        pool = [
            a
            for a in auditors
            if a.issued_on <= start
            and (a.valid_until is None or a.valid_until >= start)
            and (a.ended_on is None or a.ended_on > end)
        ]
        if len(pool) < size:
            pool = [a for a in auditors if a.issued_on <= end] or list(auditors)
        chosen, names = [], set()
        for auditor in rng.sample(pool, len(pool)):
            if auditor.name not in names:
                chosen.append(auditor)
                names.add(auditor.name)
            if len(chosen) == size:
                break
        team = []
        for position, auditor in enumerate(chosen):
            number = typo(auditor.number) if rng.random() < 0.02 else auditor.number
            member = self.team_member(
                name=auditor.name,
                number=number,
                role="审核小组组长" if position == 0 else "审核员",
            )
            team.append({**member, "organisation": auditor.organisation})
        if not team:  # no certified auditors in this database
            team = [
                {"name": person_name(rng), "role": "审核员", "certificate_number": ""}
                for _member in range(size)
            ]
        if plan.extra_team:  # the showcase members join the first audit only
            team.extend(plan.extra_team)
            plan.extra_team = ()
        return team

    def options(self, plan: Plan, rng) -> list[dict]:
        keys = list(dict.fromkeys((*plan.profile.options, *GENERIC_OPTIONS)))
        chosen = rng.sample(keys, min(len(keys), rng.randint(4, 8)))
        options = []
        for key in chosen:
            spec = OPTIONS[key]
            scale = plan.size * rng.uniform(0.6, 1.4)
            values = {
                name: significant(rng.uniform(low, high) * scale, 3, 2)
                for name, (low, high) in spec.savings.items()
            }
            benefit = sum(float(values.get(name, 0)) * price for name, price in PRICES.items())
            if spec.cost == NO_LOW:
                status = (
                    CPOption.Status.IMPLEMENTED
                    if rng.random() < 0.9
                    else CPOption.Status.IMPLEMENTING
                )
                investment = rng.uniform(*spec.investment)
            else:
                status = rng.choices(
                    (
                        CPOption.Status.IMPLEMENTED,
                        CPOption.Status.IMPLEMENTING,
                        CPOption.Status.PLANNED,
                    ),
                    weights=(40, 40, 20),
                )[0]
                investment = rng.uniform(*spec.investment) * max(0.5, scale)
            options.append(
                {
                    "title": spec.title,
                    "cost_class": spec.cost,
                    "orientation": spec.orientation,
                    "status": status,
                    "investment_10k_yuan": significant(investment, 3, 2),
                    "benefit_10k_yuan": significant(benefit / 10000 * rng.uniform(0.8, 1.2), 3, 2),
                    **values,
                }
            )
        return options

    def results(self, plan: Plan, rng, finished: datetime.date, options, chunk: Chunk) -> None:
        """The authority's assessment and, after the mid/high-cost options, acceptance."""
        assessed = finished + datetime.timedelta(days=rng.randint(30, 150))
        if assessed > self.last_day:
            return
        passed = rng.random() > 0.06
        chunk.results.append(
            self.result(
                plan,
                rng,
                AuditResult.Stage.ASSESSMENT,
                passed,
                assessed,
                "审核过程规范，物料平衡等数据真实，中/高费方案预期效益测算可信，同意通过评估。"
                if passed
                else "审核报告物料平衡数据不完整，方案效益测算依据不足，需补充完善后重新申请评估。",
            )
        )
        if not passed or not any(o["cost_class"] == MID_HIGH for o in options):
            return
        accepted = assessed + datetime.timedelta(days=rng.randint(180, 420))
        if accepted > self.last_day:
            return
        passed = rng.random() > 0.04
        chunk.results.append(
            self.result(
                plan,
                rng,
                AuditResult.Stage.ACCEPTANCE,
                passed,
                accepted,
                "中/高费方案已按计划实施，经现场核查实际效果达到审核报告预期，同意通过验收。"
                if passed
                else "部分中/高费方案尚未完成，减排效果未达到审核报告提出的目标，暂不予通过验收。",
            )
        )

    def result(self, plan, rng, stage, passed, decided, notes) -> AuditResult:
        recorded = min(decided + datetime.timedelta(days=rng.randint(0, 5)), self.last_day)
        return AuditResult(
            enterprise=plan.enterprise,
            round=plan.audit_round,
            stage=stage,
            outcome=AuditResult.Outcome.PASSED if passed else AuditResult.Outcome.FAILED,
            decided_on=decided,
            authority=local_authority(plan.region),
            notes=notes,
            recorded_by=self.ref.actor,
            recorded_at=aware_at(recorded, rng),
        )

    # -- reports --

    def annual_report(self, plan, year, rng, content: Content, record, chunk) -> None:
        due = deadlines.annual_due_on(year)
        draft_only = year in plan.draft_years
        chance = rng.random()
        if plan.on_time or chance >= 0.07:
            filed = due - datetime.timedelta(days=rng.randint(1, 70))
        elif chance < 0.02:
            filed = None  # never filed
        else:
            filed = due + datetime.timedelta(days=rng.randint(5, 120))
        if filed is not None and filed > self.last_day:
            filed = None
        if draft_only:
            filed = None
        elif filed is None:
            if rng.random() < 0.5:
                return  # not even started
            draft_only = True  # started and never submitted
        opened = min(filed or due, self.last_day) - datetime.timedelta(days=rng.randint(3, 30))
        report = Report(
            enterprise=plan.enterprise,
            kind=Report.Kind.ANNUAL,
            year=year,
            sequence=0,
            due_on=due,
            created_by=plan.user,
            created_at=aware_at(opened, rng, OPENED_HOURS),
        )
        record.annual = report
        chunk.reports.append(report)
        if draft_only:
            self.version(chunk, plan, report, 1, content, rng, opened=opened)
            return
        dates = [filed]
        errors = list(plan.amendment_years.get(year, ()))
        if not errors and rng.random() < 0.05:
            errors = [rng.choice(ERROR_KINDS)]
            if rng.random() < 0.25:
                errors.append(rng.choice([kind for kind in ERROR_KINDS if kind != errors[0]]))
        for _error in errors:
            amended = dates[-1] + datetime.timedelta(days=rng.randint(20, 200))
            if amended > self.last_day:
                break
            dates.append(amended)
        # Version 1 has every error; each amendment corrects one of them.
        chain, summaries = [content], []
        for kind in reversed(errors[: len(dates) - 1]):
            wrong, summary_text = self.with_error(kind, chain[0], rng)
            if wrong is not None:
                chain.insert(0, wrong)
                summaries.insert(0, summary_text)
        versions = []
        for number, version_content in enumerate(chain, start=1):
            submitted = dates[number - 1]
            versions.append(
                self.version(
                    chunk,
                    plan,
                    report,
                    number,
                    version_content,
                    rng,
                    opened=submitted - datetime.timedelta(days=rng.randint(1, 10)),
                    submitted=submitted,
                    change_summary=summaries[number - 2] if number > 1 else "",
                )
            )
        report.first_submitted_at = versions[0][0].submitted_at
        record.current[id(report)] = versions[-1]

    def adhoc_report(self, plan, rng, event, content: Content, record, chunk) -> None:
        day, trigger, description, penalties = event
        sequence = plan.adhoc_sequence.get(day.year, 0) + 1
        plan.adhoc_sequence[day.year] = sequence
        due = self.ref.adhoc_due_on(day)
        chance = rng.random()
        if plan.on_time or chance >= 0.11:
            filed = min(due, day + datetime.timedelta(days=rng.randint(1, 5)))
        elif chance < 0.03:
            filed = None
        else:
            filed = due + datetime.timedelta(days=rng.randint(2, 40))
        if filed is not None and filed > self.last_day:
            filed = None
        report = Report(
            enterprise=plan.enterprise,
            kind=Report.Kind.ADHOC,
            year=day.year,
            sequence=sequence,
            trigger=trigger,
            trigger_date=day,
            trigger_description=description,
            due_on=due,
            # The authority registers the penalties it decides; enterprises open the rest.
            created_by=self.ref.actor if trigger == Report.Trigger.PENALTY else plan.user,
            created_at=aware_at(day, rng, OPENED_HOURS),
        )
        record.adhoc.append(report)
        chunk.reports.append(report)
        if filed is None:
            return
        version = self.version(
            chunk,
            plan,
            report,
            1,
            Content(
                products=content.products,
                permit_number=content.permit_number,
                permit_valid_until=content.permit_valid_until,
                permit_authority=content.permit_authority,
                penalties=penalties,
            ),
            rng,
            opened=day,
            submitted=filed,
        )
        report.first_submitted_at = version[0].submitted_at
        record.current[id(report)] = version

    def version(
        self,
        chunk: Chunk,
        plan: Plan,
        report: Report,
        number: int,
        content: Content,
        rng,
        *,
        opened: datetime.date,
        submitted: datetime.date | None = None,
        change_summary: str = "",
    ) -> tuple[ReportVersion, set]:
        """A version and its rows, as the enterprise filed them; returns it with the codes
        of the pollutants it reports."""
        version = ReportVersion(
            report=report,
            number=number,
            status=ReportVersion.Status.PUBLISHED if submitted else ReportVersion.Status.DRAFT,
            change_summary=change_summary,
            products=content.products,
            permit_number=content.permit_number,
            permit_valid_until=content.permit_valid_until,
            permit_authority=content.permit_authority,
            carbon_t=content.carbon,
            carbon_reported=content.carbon,
            carbon_unit="tCO2e" if content.carbon is not None else "",
            created_by=plan.user,
            created_at=aware_at(opened, rng, OPENED_HOURS),
        )
        rows = [
            services.build_discharge(version=version, **kwargs) for kwargs in content.discharges
        ]
        if submitted:
            version.submitted_at = version.published_at = aware_at(submitted, rng)
            version.statement_signed_by = plan.user
            version.statement_signed_name = plan.user.full_name if plan.user else plan.contact
            version.has_exceedance = any(row.exceeds_limit or row.exceeds_permit for row in rows)
        chunk.versions.append(version)
        chunk.discharges.extend(rows)
        chunk.wastes.extend(WasteRecord(version=version, **row) for row in content.wastes)
        chunk.penalties.extend(PenaltyRecord(version=version, **row) for row in content.penalties)
        for audit in content.audits:
            record = AuditRecord(version=version, **audit.fields)
            chunk.audits.append(record)
            chunk.team.extend(
                AuditTeamMember(
                    audit=record,
                    name=member["name"],
                    role=member["role"],
                    certificate_number=member["certificate_number"],
                    certificate_id=member.get("certificate_id"),
                )
                for member in audit.team
            )
            chunk.options.extend(CPOption(audit=record, **option) for option in audit.options)
        return version, {row.pollutant.code for row in rows}

    # -- amendments --

    def with_error(self, kind: str, content: Content, rng) -> tuple[Content | None, str]:
        """``content`` as it was first filed with one mistake, and the change summary of the
        amendment that corrects it (None when the mistake cannot occur in this content)."""
        rows = content.discharges

        def pick(candidates):
            air = [row for row in candidates if row["pollutant"].medium == AIR]
            return (air or candidates)[0] if candidates else None

        def replaced(old: dict, new: dict) -> list[dict]:
            return [new if row is old else row for row in rows]

        if kind == "unit":
            row = pick([r for r in rows if r.get("quantity_unit") == "t"])
            if row is None:
                return None, ""
            wrong = replace(
                content, discharges=replaced(row, {**row, "quantity": row["quantity"] * 1000})
            )
            p = row["pollutant"]
            return wrong, (
                f"更正 {row['outlet_code']} 排放口{p.name_zh}年排放量（原填报时将千克数误填为吨）。"
                f"Corrected the annual {p.formula} quantity at outlet {row['outlet_code']} "
                "(a figure in kilograms had been entered as tonnes)."
            )
        if kind == "decimal":
            water = [r for r in rows if r["pollutant"].medium == WATER]
            row = water[0] if water else pick(rows)
            if row is None:
                return None, ""
            wrong = replace(
                content,
                discharges=replaced(row, {**row, "concentration": row["concentration"] * 10}),
            )
            p = row["pollutant"]
            return wrong, (
                f"更正 {row['outlet_code']} 排放口{p.name_zh}年均浓度（原录入时小数点错位）。"
                f"Corrected the annual mean {p.formula} concentration at outlet "
                f"{row['outlet_code']} (misplaced decimal point)."
            )
        if kind == "waste":
            hazardous = [w for w in content.wastes if w["category"] == HW]
            if not hazardous or len(content.wastes) < 2:
                return None, ""
            left_out = hazardous[-1]
            wrong = replace(content, wastes=[w for w in content.wastes if w is not left_out])
            return wrong, (
                f"补充填报危险废物“{left_out['name']}”（{left_out['waste_code']}）的产生和处置"
                f"情况（原报告漏报）。Added the hazardous waste row {left_out['waste_code']} "
                "that the first filing left out."
            )
        if kind == "carbon":
            if content.carbon is None:
                return None, ""
            wrong = replace(
                content, carbon=(content.carbon * Decimal("0.85")).quantize(Decimal("0.1"))
            )
            return wrong, (
                "更正碳排放量：补充计入外购电力对应的间接排放。"
                "Corrected carbon emissions to include indirect emissions from purchased "
                "electricity."
            )
        if kind == "permit":
            number = content.permit_number
            wrong_number = number[:-5] + number[-4] + number[-5] + number[-3:]
            if wrong_number == number:
                wrong_number = number[:-4] + "002P"
            wrong = replace(content, permit_number=wrong_number)
            return wrong, (
                "更正排污许可证编号（原填报时录入错误）。"
                "Corrected the discharge permit number (typing error)."
            )
        row = pick([r for r in rows if r["method"] == Method.MONITORING])
        if row is None:
            return None, ""
        wrong = replace(content, discharges=replaced(row, {**row, "method": Method.ESTIMATE}))
        p = row["pollutant"]
        return wrong, (
            f"更正 {row['outlet_code']} 排放口{p.name_zh}数据的获取方式为自动监测（原误选为估算）。"
            f"Corrected how the {p.formula} figures at outlet {row['outlet_code']} were "
            "obtained: automatic monitoring, not an estimate."
        )
