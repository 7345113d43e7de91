"""China's provincial-level administrative divisions, keyed by the first two digits of the
6-digit administrative region code (GB/T 2260). Shared by every app that records where a
person or an enterprise is."""

from core.i18n import pick

# code: (Chinese name, English name)
PROVINCES: dict[str, tuple[str, str]] = {
    "11": ("北京市", "Beijing"),
    "12": ("天津市", "Tianjin"),
    "13": ("河北省", "Hebei"),
    "14": ("山西省", "Shanxi"),
    "15": ("内蒙古自治区", "Inner Mongolia"),
    "21": ("辽宁省", "Liaoning"),
    "22": ("吉林省", "Jilin"),
    "23": ("黑龙江省", "Heilongjiang"),
    "31": ("上海市", "Shanghai"),
    "32": ("江苏省", "Jiangsu"),
    "33": ("浙江省", "Zhejiang"),
    "34": ("安徽省", "Anhui"),
    "35": ("福建省", "Fujian"),
    "36": ("江西省", "Jiangxi"),
    "37": ("山东省", "Shandong"),
    "41": ("河南省", "Henan"),
    "42": ("湖北省", "Hubei"),
    "43": ("湖南省", "Hunan"),
    "44": ("广东省", "Guangdong"),
    "45": ("广西壮族自治区", "Guangxi"),
    "46": ("海南省", "Hainan"),
    "50": ("重庆市", "Chongqing"),
    "51": ("四川省", "Sichuan"),
    "52": ("贵州省", "Guizhou"),
    "53": ("云南省", "Yunnan"),
    "54": ("西藏自治区", "Tibet"),
    "61": ("陕西省", "Shaanxi"),
    "62": ("甘肃省", "Gansu"),
    "63": ("青海省", "Qinghai"),
    "64": ("宁夏回族自治区", "Ningxia"),
    "65": ("新疆维吾尔自治区", "Xinjiang"),
    "71": ("台湾省", "Taiwan"),
    "81": ("香港特别行政区", "Hong Kong"),
    "82": ("澳门特别行政区", "Macao"),
}


def province_name(code: str | None) -> str:
    """The province's name in the active language; empty for an unknown code."""
    names = PROVINCES.get((code or "")[:2])
    if names is None:
        return ""
    return pick(zh=names[0], en=names[1])


class _ProvinceChoices:
    """Choices that follow the active language each time a form or template reads them."""

    def __iter__(self):
        return iter((code, province_name(code)) for code in PROVINCES)


def province_choices():
    return _ProvinceChoices()


def province_of(region_code: str | None) -> str | None:
    """The province code of a 6-digit region code, or None if it names no province."""
    prefix = (region_code or "")[:2]
    return prefix if prefix in PROVINCES else None
