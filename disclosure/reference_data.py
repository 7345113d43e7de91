# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Reference data every disclosure portal needs: industry sectors, pollutants with
plain-language explanations, national discharge standards with their limits, and the public
holidays that move ad-hoc deadlines.

``ensure_reference_data()`` adds what is missing and leaves rows staff have edited alone
(``update=True`` rewrites them from the values here). It runs for the demo site and, through
``manage.py load_disclosure_reference``, on a real one.

Sector codes are classes of GB/T 4754-2017 (Industrial classification for national economic
activities). Standard limits are the national values for the case named in ``applies_to``;
local standards and permits are often stricter, and a report may state the limit it applies.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from disclosure.models import Holiday, Medium, Pollutant, Sector, Standard, StandardLimit

# --- sectors ---------------------------------------------------------------------------------

SECTORS: tuple[tuple[str, str, str], ...] = (
    ("C1340", "制糖业", "Sugar manufacturing"),
    ("C1512", "白酒制造", "Baijiu (Chinese liquor) distilling"),
    ("C1713", "棉印染精加工", "Cotton printing, dyeing and finishing"),
    ("C1910", "皮革鞣制加工", "Leather tanning"),
    ("C2211", "木竹浆制造", "Wood and bamboo pulp manufacturing"),
    ("C2221", "机制纸及纸板制造", "Paper and paperboard manufacturing"),
    (
        "C2511",
        "原油加工及石油制品制造",
        "Crude oil refining and petroleum products manufacturing",
    ),
    ("C2521", "炼焦", "Coking"),
    ("C2611", "无机酸制造", "Inorganic acid manufacturing"),
    ("C2612", "无机碱制造", "Inorganic alkali manufacturing"),
    ("C2614", "有机化学原料制造", "Organic chemical raw material manufacturing"),
    ("C2621", "氮肥制造", "Nitrogen fertiliser manufacturing"),
    ("C2710", "化学药品原料药制造", "Active pharmaceutical ingredient manufacturing"),
    ("C3011", "水泥制造", "Cement manufacturing"),
    ("C3041", "平板玻璃制造", "Flat glass manufacturing"),
    ("C3110", "炼铁", "Iron smelting"),
    ("C3120", "炼钢", "Steelmaking"),
    ("C3211", "铜冶炼", "Copper smelting"),
    ("C3212", "铅锌冶炼", "Lead and zinc smelting"),
    ("C3216", "铝冶炼", "Aluminium smelting"),
    (
        "C3360",
        "金属表面处理及热处理加工",
        "Metal surface treatment (electroplating) and heat treatment",
    ),
    ("C3843", "铅蓄电池制造", "Lead-acid battery manufacturing"),
    ("C3982", "电子电路制造", "Printed circuit board manufacturing"),
    ("D4411", "火力发电", "Thermal power generation"),
    (
        "N7820",
        "环境卫生管理",
        "Environmental sanitation (municipal waste landfill and incineration)",
    ),
)


# --- pollutants ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PollutantData:
    code: str
    name_zh: str
    name_en: str
    formula: str
    medium: str
    concentration_unit: str
    explanation_zh: str
    explanation_en: str


POLLUTANTS: tuple[PollutantData, ...] = (
    PollutantData(
        "so2",
        "二氧化硫",
        "Sulphur dioxide",
        "SO₂",
        Medium.AIR,
        "mg_m3",
        "二氧化硫是一种有刺激性气味的无色气体，主要来自电厂和工业锅炉燃烧含硫的煤和油，以及有色金属"
        "冶炼、硫酸生产等工序。它刺激呼吸道，会加重哮喘等呼吸系统疾病；在大气中会转化为硫酸盐细颗粒"
        "物并形成酸雨，损害森林、农作物和建筑物。",
        "Sulphur dioxide is a colourless gas with a sharp smell. Industry releases it mainly by "
        "burning coal and oil that contain sulphur (power plants, boilers) and by smelting metal "
        "ores and making sulphuric acid. It irritates the airways and worsens asthma; in the air "
        "it turns into fine sulphate particles and acid rain that harm forests, crops and "
        "buildings.",
    ),
    PollutantData(
        "nox",
        "氮氧化物",
        "Nitrogen oxides",
        "NOx",
        Medium.AIR,
        "mg_m3",
        "氮氧化物主要指一氧化氮和二氧化氮，是燃料高温燃烧时空气中的氮与氧结合生成的，火电、水泥窑、"
        "玻璃熔窑、钢铁烧结和各类锅炉是主要工业来源。二氧化氮刺激肺部，降低对呼吸道感染的抵抗力；"
        "氮氧化物还是形成臭氧和细颗粒物（PM2.5）的重要前体物，并导致酸雨和水体富营养化。",
        "Nitrogen oxides (mainly nitric oxide and nitrogen dioxide) form when nitrogen and oxygen "
        "in the air combine in hot flames, so power plants, cement kilns, glass furnaces, steel "
        "sintering and boilers are the main industrial sources. Nitrogen dioxide inflames the "
        "lungs and lowers resistance to respiratory infections. NOx also help form ground-level "
        "ozone and fine particles (PM2.5), and add to acid rain and to over-fertilised waters.",
    ),
    PollutantData(
        "pm",
        "颗粒物",
        "Particulate matter",
        "PM",
        Medium.AIR,
        "mg_m3",
        "颗粒物是废气中悬浮的固体或液体微粒，俗称烟尘、粉尘，来自燃料燃烧、矿石破碎研磨、水泥和钢铁"
        "生产以及物料装卸等过程。细小颗粒可深入肺部甚至进入血液，长期暴露会增加心脏病、肺病和肺癌的"
        "风险；颗粒物还会形成雾霾、降低能见度，并可能携带重金属等有毒物质。",
        "Particulate matter is the dust, soot and tiny droplets carried in waste gas, from "
        "burning fuel, crushing and grinding ore, making cement and steel, and handling bulk "
        "materials. The finest particles reach deep into the lungs and even the bloodstream; long "
        "exposure raises the risk of heart and lung disease and lung cancer. Particles also cause "
        "haze and can carry heavy metals and other toxic substances.",
    ),
    PollutantData(
        "vocs",
        "挥发性有机物",
        "Volatile organic compounds",
        "VOCs",
        Medium.AIR,
        "mg_m3",
        "挥发性有机物是容易挥发进入空气的有机化合物的总称，如苯、甲苯、二甲苯和各种溶剂，主要来自"
        "石油炼制、化工、制药、涂装、印刷和印染定型等工序，排放口通常以“非甲烷总烃”计量。其中一些"
        "（如苯）有毒或致癌，许多有刺激性气味；它们在阳光下与氮氧化物反应生成臭氧和细颗粒物，是夏季"
        "臭氧污染的主要成因之一。",
        "Volatile organic compounds are organic chemicals that evaporate easily, such as "
        "benzene, toluene, xylene and many solvents. They come from oil refining, chemical and "
        "pharmaceutical plants, coating, printing and textile finishing; at a stack they are "
        "usually measured together as non-methane hydrocarbons (NMHC). Some, like benzene, are "
        "toxic or cause cancer, and many smell. In sunlight they react with nitrogen oxides to "
        "form ozone and fine particles, a main cause of summer smog.",
    ),
    PollutantData(
        "dioxins",
        "二噁英类",
        "Dioxins",
        "PCDD/Fs",
        Medium.AIR,
        "ngteq_m3",
        "二噁英类是一组含氯的持久性有机污染物，在垃圾和危险废物焚烧、铁矿石烧结、电炉炼钢、再生金属"
        "冶炼等高温过程中，当有机物和氯同时存在时生成。它们毒性极强，可致癌，并损害免疫、生殖和内分泌"
        "系统；难以分解，会在土壤和食物链（尤其是肉、蛋、奶和鱼）中累积，因此限值以极小的“纳克毒性"
        "当量每立方米”（ng TEQ/m³）计。",
        "Dioxins are a family of chlorinated persistent organic pollutants. They form in hot "
        "processes where organic matter and chlorine meet: waste and hazardous-waste "
        "incineration, iron ore sintering, electric arc steelmaking and secondary metal smelting. "
        "They are extremely toxic, can cause cancer and harm the immune, reproductive and hormone "
        "systems. Because they hardly break down and build up in soil and in the food chain "
        "(meat, eggs, milk, fish), their limits are set in billionths of a gram of toxic "
        "equivalent per cubic metre (ng TEQ/m³).",
    ),
    PollutantData(
        "cod",
        "化学需氧量",
        "Chemical oxygen demand",
        "COD",
        Medium.WATER,
        "mg_l",
        "化学需氧量（COD）表示水中能被强氧化剂氧化的有机物等还原性物质的多少，是衡量废水有机污染程度"
        "最常用的综合指标。造纸、印染、酿酒、制糖、制药和化工等企业的废水化学需氧量通常较高。有机物"
        "排入河流湖泊后在分解过程中大量消耗水中的溶解氧，会导致鱼类死亡、水体发黑发臭。",
        "Chemical oxygen demand (COD) measures how much oxygen it takes to break down chemically "
        "the organic matter in water, which makes it the most common overall measure of organic "
        "pollution in wastewater. Paper, dyeing, brewing, sugar, pharmaceutical and chemical "
        "plants typically discharge water with a high COD. In rivers and lakes this organic "
        "matter uses up dissolved oxygen as it decays, which can kill fish and turn water black "
        "and foul-smelling.",
    ),
    PollutantData(
        "nh3n",
        "氨氮",
        "Ammonia nitrogen",
        "NH₃-N",
        Medium.WATER,
        "mg_l",
        "氨氮是水中以游离氨和铵离子形式存在的氮，主要来自化肥、焦化、制药、制革、食品加工企业的废水，"
        "以及生活污水和垃圾填埋场渗滤液。氨对鱼类有直接毒性；氨氮在水中转化时消耗溶解氧，又是藻类的"
        "营养物质，会引发水华和富营养化，并增加自来水处理的难度。",
        "Ammonia nitrogen is the nitrogen present in water as ammonia and ammonium. It comes from "
        "fertiliser, coking, pharmaceutical, leather and food plants, from sewage and from "
        "landfill leachate. Ammonia is directly toxic to fish; turning it into nitrate uses up "
        "oxygen in the water, and as a nutrient it feeds algal blooms, which also make drinking "
        "water harder to treat.",
    ),
    PollutantData(
        "tn",
        "总氮",
        "Total nitrogen",
        "TN",
        Medium.WATER,
        "mg_l",
        "总氮是水中各种形态氮（氨氮、硝酸盐、亚硝酸盐和有机氮）的总和，主要来自化肥、化工、印染、"
        "制革和食品企业的废水以及生活污水。氮是藻类生长的营养元素，排放过多会使湖泊、水库和近岸海域"
        "富营养化，引发水华、赤潮和水体缺氧；饮用水中硝酸盐过高对婴儿健康有害。",
        "Total nitrogen adds up every form of nitrogen in water: ammonia, nitrate, nitrite and "
        "organic nitrogen. It comes from fertiliser, chemical, dyeing, leather and food plants and "
        "from sewage. Nitrogen feeds algae, so too much of it over-fertilises lakes, reservoirs "
        "and coastal waters, causing algal blooms, red tides and loss of oxygen; high nitrate in "
        "drinking water is also harmful to babies.",
    ),
    PollutantData(
        "tp",
        "总磷",
        "Total phosphorus",
        "TP",
        Medium.WATER,
        "mg_l",
        "总磷是水中各种形态磷的总和，来源包括磷化工、化肥、制糖、酿酒、食品发酵和金属表面处理（磷化）"
        "废水，以及生活污水中的洗涤剂。磷通常是淡水中限制藻类生长的关键营养元素，少量的磷就可能引发"
        "湖泊和水库的蓝藻水华，破坏水生态并威胁饮用水安全。",
        "Total phosphorus covers all forms of phosphorus in water. Sources include phosphate "
        "chemical and fertiliser plants, sugar, brewing and food factories, metal phosphating "
        "lines, and detergents in sewage. Phosphorus is usually the nutrient that limits algae in "
        "fresh water, so even small amounts can trigger blue-green algal blooms in lakes and "
        "reservoirs that damage aquatic life and threaten drinking water.",
    ),
    PollutantData(
        "pb",
        "总铅",
        "Lead",
        "Pb",
        Medium.WATER,
        "mg_l",
        "铅是一种有毒重金属，工业废水中的铅主要来自铅锌冶炼、铅蓄电池制造、电镀和电子电路生产。铅在"
        "人体内蓄积，损害神经系统、肾脏和造血功能，对儿童智力发育的危害尤其严重，目前没有公认的安全"
        "暴露水平；铅在水和土壤中不会降解，可经饮水和农作物进入人体。",
        "Lead is a toxic heavy metal. In industrial wastewater it comes mainly from lead and zinc "
        "smelting, lead-acid battery plants, electroplating and circuit board making. Lead builds "
        "up in the body and damages the nervous system, kidneys and blood; it is especially "
        "harmful to children's brain development, and no level of exposure is known to be safe. "
        "It never breaks down in water or soil and reaches people through drinking water and "
        "crops.",
    ),
    PollutantData(
        "hg",
        "总汞",
        "Mercury",
        "Hg",
        Medium.WATER,
        "mg_l",
        "汞（水银）是毒性很强的重金属，工业来源包括有色金属冶炼、使用汞催化剂的电石法聚氯乙烯生产、"
        "燃煤以及部分化工和电池生产。汞在水中可被微生物转化为毒性更强的甲基汞，在鱼类体内富集，损害"
        "人的神经系统和肾脏，对胎儿和儿童尤其危险；日本的“水俣病”就是这样造成的。",
        "Mercury is a highly toxic heavy metal. Industrial sources include non-ferrous metal "
        "smelting, PVC made from calcium carbide with mercury catalysts, coal burning, and some "
        "chemical and battery plants. In water, microbes turn it into methylmercury, which builds "
        "up in fish and damages the human nervous system and kidneys; unborn babies and children "
        "are most at risk. Minamata disease in Japan was caused this way.",
    ),
    PollutantData(
        "cd",
        "总镉",
        "Cadmium",
        "Cd",
        Medium.WATER,
        "mg_l",
        "镉是一种有毒重金属，主要来自铅锌和铜冶炼（镉常与锌矿伴生）、电镀、电池和颜料生产。镉在人体内"
        "可存留数十年，主要损害肾脏和骨骼，是日本“痛痛病”的病因，并被列为人类致癌物；含镉废水污染"
        "农田后，会通过稻米等农作物进入食物链。",
        "Cadmium is a toxic heavy metal that comes mainly from zinc, lead and copper smelting (it "
        "occurs together with zinc ores), electroplating, batteries and pigments. It stays in the "
        "body for decades and damages the kidneys and bones (the cause of itai-itai disease in "
        "Japan); it is also a known human carcinogen. When cadmium-laden water reaches farmland, "
        "it enters the food chain through crops such as rice.",
    ),
    PollutantData(
        "cr6",
        "六价铬",
        "Hexavalent chromium",
        "Cr(VI)",
        Medium.WATER,
        "mg_l",
        "六价铬是铬的一种高毒性形态，主要来自电镀（镀铬、钝化）、铬盐生产、制革和部分金属表面处理工序。"
        "六价铬是公认的人类致癌物，可引起皮肤溃疡、过敏和肺癌，易溶于水，在地下水中迁移性强。三价铬的"
        "毒性低得多，因此电镀和制革行业常以三价铬工艺替代。",
        "Hexavalent chromium is a highly toxic form of chromium. It comes mainly from chrome "
        "plating and passivation, chromium chemical production, tanning and some metal surface "
        "treatments. It is a known human carcinogen that can cause skin ulcers, allergies and lung "
        "cancer; it dissolves easily and travels far in groundwater. Trivalent chromium is much "
        "less toxic, which is why platers and tanneries switch to trivalent processes.",
    ),
    PollutantData(
        "as",
        "总砷",
        "Arsenic",
        "As",
        Medium.WATER,
        "mg_l",
        "砷是一种有毒的类金属（砒霜的主要成分就是三氧化二砷），工业废水中的砷主要来自铜、铅锌和金等"
        "有色金属冶炼、含砷矿石焙烧制硫酸以及部分农药和化工生产。长期饮用含砷的水会导致皮肤病变、"
        "心血管疾病和多种癌症；砷进入土壤后难以去除，并会被稻米等作物吸收。",
        "Arsenic is a toxic metalloid (arsenic trioxide is the classic poison). In industrial "
        "wastewater it comes mainly from smelting copper, lead, zinc and gold, from roasting "
        "arsenic-bearing ores to make sulphuric acid, and from some pesticide and chemical plants. "
        "Drinking water with arsenic over years causes skin lesions, heart disease and several "
        "cancers; in soil it is hard to remove and is taken up by crops such as rice.",
    ),
)


# --- discharge standards ---------------------------------------------------------------------


@dataclass(frozen=True)
class LimitData:
    pollutant: str
    limit: str  # in the pollutant's concentration unit
    applies_to_zh: str
    applies_to_en: str


@dataclass(frozen=True)
class StandardData:
    number: str
    title_zh: str
    title_en: str
    summary_zh: str
    summary_en: str
    limits: tuple[LimitData, ...]


def _limits(pollutants: str, values: str, zh: str, en: str) -> tuple[LimitData, ...]:
    """Limits for several pollutants that apply to the same case."""
    return tuple(
        LimitData(code, value, zh, en)
        for code, value in zip(pollutants.split(), values.split(), strict=True)
    )


# The integrated standards apply where an industry has no standard of its own here.
INTEGRATED_AIR_STANDARD = "GB 16297-1996"
INTEGRATED_WATER_STANDARD = "GB 8978-1996"

STANDARDS: tuple[StandardData, ...] = (
    StandardData(
        "GB 13223-2011",
        "火电厂大气污染物排放标准",
        "Emission standard of air pollutants for thermal power plants",
        "规定燃煤、燃油和燃气发电锅炉及燃气轮机组烟气中颗粒物、二氧化硫、氮氧化物和汞的最高允许排放"
        "浓度。新建燃煤锅炉二氧化硫限值为 100 mg/m³（现有锅炉 200 mg/m³）；氮氧化物一般为 100 mg/m³"
        "（W 型火焰锅炉、循环流化床锅炉和 2003 年前投运的锅炉为 200 mg/m³）。许多电厂已按更严的"
        "“超低排放”水平运行：颗粒物 10、二氧化硫 35、氮氧化物 50 mg/m³。",
        "Sets the highest concentrations of particulate matter, sulphur dioxide, nitrogen oxides "
        "and mercury allowed in flue gas from coal-, oil- and gas-fired power boilers and gas "
        "turbines. New coal-fired boilers may emit at most 100 mg/m³ of SO₂ (existing ones 200); "
        "the NOx limit is generally 100 mg/m³ (200 for W-flame and circulating fluidised bed "
        "boilers and for units in service before 2003). Many plants now run at the stricter "
        "'ultra-low emission' levels of 10, 35 and 50 mg/m³ for particulates, SO₂ and NOx.",
        (
            LimitData("so2", "100", "新建燃煤锅炉（表 1）", "New coal-fired boilers (Table 1)"),
            *_limits("nox pm", "100 30", "燃煤锅炉（表 1）", "Coal-fired boilers (Table 1)"),
        ),
    ),
    StandardData(
        "GB 13271-2014",
        "锅炉大气污染物排放标准",
        "Emission standard of air pollutants for boilers",
        "适用于单台出力 65 t/h 及以下的燃煤、燃油和燃气工业锅炉（发电锅炉除外），规定颗粒物、"
        "二氧化硫、氮氧化物和汞的排放限值以及烟气黑度。工厂自备的蒸汽锅炉通常执行本标准，不少省份另有更严的"
        "地方锅炉标准。",
        "Covers coal-, oil- and gas-fired industrial boilers of up to 65 t/h of steam "
        "(power-station boilers excluded) and limits particulates, SO₂, NOx and mercury. "
        "Factories' own steam boilers usually fall under it; many provinces have stricter local "
        "boiler standards.",
        _limits(
            "pm so2 nox", "50 300 300", "新建燃煤锅炉（表 2）", "New coal-fired boilers (Table 2)"
        ),
    ),
    StandardData(
        "GB 4915-2013",
        "水泥工业大气污染物排放标准",
        "Emission standard of air pollutants for cement industry",
        "规定水泥窑及窑尾余热利用系统、烘干机、破碎机和磨机等设备的颗粒物、二氧化硫、氮氧化物、氟化物、"
        "汞和氨的排放限值。水泥窑是氮氧化物排放大户，一般限值为 400 mg/m³，重点地区执行"
        " 320 mg/m³ 的特别排放限值。",
        "Limits particulates, SO₂, NOx, fluoride, mercury and ammonia from cement kilns (with "
        "their waste-heat systems), dryers, crushers and mills. Kilns are large NOx sources: the "
        "general limit is 400 mg/m³, and 320 mg/m³ in key regions with special limits.",
        _limits(
            "pm so2 nox",
            "30 200 400",
            "水泥窑及窑尾余热利用系统（表 1）",
            "Cement kilns and kiln-end waste-heat systems (Table 1)",
        ),
    ),
    StandardData(
        "GB 30485-2013",
        "水泥窑协同处置固体废物污染控制标准",
        "Standard for pollution control on co-processing of solid wastes in cement kiln",
        "水泥窑焚烧处置生活垃圾、污泥或危险废物时执行本标准，在 GB 4915 的基础上增加氯化氢、"
        "氟化氢、重金属和二噁英类等限值，其中二噁英类为 0.1 ng TEQ/m³。",
        "Applies when a cement kiln burns municipal waste, sewage sludge or hazardous waste. On "
        "top of GB 4915 it limits hydrogen chloride, hydrogen fluoride, heavy metals and dioxins "
        "(0.1 ng TEQ/m³).",
        (
            LimitData(
                "dioxins",
                "0.1",
                "协同处置固体废物的水泥窑",
                "Cement kilns co-processing solid waste",
            ),
        ),
    ),
    StandardData(
        "GB 28662-2012",
        "钢铁烧结、球团工业大气污染物排放标准",
        "Emission standard of air pollutants for sintering and pelletizing of iron and steel "
        "industry",
        "规定铁矿石烧结机和球团焙烧设备等的颗粒物、二氧化硫、氮氧化物、氟化物和二噁英类排放限值。烧结"
        "机头烟气是钢铁厂二氧化硫和二噁英的主要来源。2019 年起钢铁行业推行超低排放改造，烧结机头"
        "烟气颗粒物、二氧化硫、氮氧化物分别不高于 10、35、50 mg/m³。",
        "Limits particulates, SO₂, NOx, fluoride and dioxins from iron ore sintering machines and "
        "pellet induration. The sinter-strand flue gas is a steelworks' main source of SO₂ and "
        "dioxins. Since 2019 the industry has been retrofitting to 'ultra-low' levels of 10, 35 "
        "and 50 mg/m³ of particulates, SO₂ and NOx at the sinter stack.",
        _limits(
            "pm so2 nox dioxins",
            "50 200 300 0.5",
            "烧结机机头、球团焙烧设备（新建企业，表 2）",
            "Sinter strands and pellet induration (new plants, Table 2)",
        ),
    ),
    StandardData(
        "GB 28664-2012",
        "炼钢工业大气污染物排放标准",
        "Emission standard of air pollutants for steel smelt industry",
        "规定转炉、电炉、精炼炉、连铸和钢渣处理等炼钢工序的颗粒物、二噁英类和氟化物排放限值。电炉以"
        "废钢为原料，废钢上的油漆和塑料在高温下可能生成二噁英，因此电炉另设二噁英类限值。",
        "Limits particulates, dioxins and fluoride from basic oxygen and electric arc furnaces, "
        "ladle refining, continuous casting and slag handling. Electric arc furnaces melt scrap "
        "whose paint and plastics can form dioxins, so they also have a dioxin limit.",
        (
            LimitData(
                "pm",
                "20",
                "转炉二次烟气、电炉、精炼炉（新建企业，表 2）",
                "Converter secondary fumes, electric arc and ladle furnaces (new plants, Table 2)",
            ),
            LimitData(
                "dioxins",
                "0.5",
                "电炉（新建企业，表 2）",
                "Electric arc furnaces (new plants, Table 2)",
            ),
        ),
    ),
    StandardData(
        "GB 13456-2012",
        "钢铁工业水污染物排放标准",
        "Discharge standard of water pollutants for iron and steel industry",
        "规定钢铁联合企业和烧结、炼铁、炼钢、轧钢等工序废水中化学需氧量、氨氮、总氮、总磷、石油类、"
        "挥发酚、氰化物和重金属等的排放限值，分直接排入水体和排入城镇污水处理厂两种情形。",
        "Limits COD, ammonia nitrogen, total nitrogen and phosphorus, oil, phenols, cyanide and "
        "heavy metals in wastewater from integrated steelworks, sintering, ironmaking, "
        "steelmaking and rolling, with separate values for discharge to rivers and to a "
        "municipal sewage works.",
        _limits(
            "cod nh3n tn tp",
            "50 5 15 0.5",
            "直接排放（新建企业，表 2）",
            "Direct discharge (new plants, Table 2)",
        ),
    ),
    StandardData(
        "GB 26453-2011",
        "平板玻璃工业大气污染物排放标准",
        "Emission standard of air pollutants for flat glass industry",
        "规定平板玻璃熔窑和配料、碎玻璃等工序的颗粒物、二氧化硫、氮氧化物、氯化氢、氟化物排放限值和"
        "烟气黑度。玻璃熔窑温度在 1500 ℃ 以上，是玻璃厂氮氧化物的主要来源。",
        "Limits particulates, SO₂, NOx, hydrogen chloride and fluoride from flat glass furnaces "
        "and from batch and cullet handling. Glass furnaces run above 1,500 °C and are a glass "
        "plant's main source of NOx.",
        _limits(
            "pm so2 nox",
            "50 400 700",
            "玻璃熔窑（新建企业）",
            "Glass melting furnaces (new plants)",
        ),
    ),
    StandardData(
        "GB 16171-2012",
        "炼焦化学工业污染物排放标准",
        "Emission standard of pollutants for coking chemical industry",
        "同时规定炼焦企业的大气和水污染物排放限值：焦炉烟囱、装煤、推焦和干熄焦的废气，以及焦化废水"
        "中的化学需氧量、氨氮、苯并[a]芘、氰化物和挥发酚等。焦化废水含大量难降解有机物和氨氮，处理"
        "难度大。",
        "Sets both air and water limits for coke plants: gas from coke oven stacks, charging, "
        "pushing and dry quenching, and COD, ammonia nitrogen, benzo[a]pyrene, cyanide and "
        "phenols in coking wastewater, which is rich in hard-to-degrade organics and ammonia.",
        (
            *_limits(
                "so2 nox pm", "50 500 30", "焦炉烟囱（新建企业）", "Coke oven stacks (new plants)"
            ),
            *_limits("cod nh3n", "80 10", "直接排放（新建企业）", "Direct discharge (new plants)"),
        ),
    ),
    StandardData(
        "GB 31570-2015",
        "石油炼制工业污染物排放标准",
        "Emission standard of pollutants for petroleum refining industry",
        "规定炼油企业工艺加热炉、催化裂化再生烟气、硫磺回收和有机废气处理设施的大气污染物限值，废水中"
        "化学需氧量、氨氮、总氮、总磷、石油类、硫化物和苯系物等的限值，并对设备泄漏、储罐和装卸等"
        "无组织排放提出管控要求。",
        "Limits air pollutants from refinery process heaters, catalytic cracker regenerators, "
        "sulphur recovery and organic waste-gas treatment, and COD, ammonia, nitrogen, phosphorus, "
        "oil, sulphide and aromatics in wastewater. It also sets rules for leaks from equipment, "
        "storage tanks and loading (fugitive emissions).",
        (
            *_limits("so2 nox pm", "100 150 20", "工艺加热炉", "Process heaters"),
            LimitData(
                "vocs",
                "120",
                "有机废气排放口（以非甲烷总烃计）",
                "Organic waste-gas outlets (as NMHC)",
            ),
            *_limits("cod nh3n tn tp", "60 8 40 1.0", "直接排放", "Direct discharge"),
        ),
    ),
    StandardData(
        "GB 31571-2015",
        "石油化学工业污染物排放标准",
        "Emission standard of pollutants for petroleum chemistry industry",
        "适用于以石油馏分和天然气为原料生产有机化学品、合成树脂等的石油化学企业，规定工艺加热炉、有机"
        "废气和废水的排放限值，并列出苯、氯乙烯等数十种特征有机污染物的限值。",
        "Covers petrochemical plants making organic chemicals and synthetic resins from oil "
        "fractions and natural gas: limits for process heaters, organic waste gas and wastewater, "
        "and for dozens of specific organic pollutants such as benzene and vinyl chloride.",
        (
            *_limits("so2 nox pm", "100 150 20", "工艺加热炉", "Process heaters"),
            LimitData(
                "vocs",
                "120",
                "有机废气排放口（以非甲烷总烃计）",
                "Organic waste-gas outlets (as NMHC)",
            ),
            *_limits("cod nh3n tn tp", "60 8 40 1.0", "直接排放", "Direct discharge"),
        ),
    ),
    StandardData(
        "GB 3544-2008",
        "制浆造纸工业水污染物排放标准",
        "Discharge standard of water pollutants for pulp and paper industry",
        "分制浆企业、制浆和造纸联合生产企业、造纸企业三类，规定废水中化学需氧量、生化需氧量、悬浮物、"
        "色度、氨氮、总氮、总磷、可吸附有机卤素（AOX）和二噁英的限值，并规定单位产品基准排水量，防止"
        "以稀释代替治理。",
        "Sets wastewater limits for pulp mills, integrated pulp and paper mills and paper mills: "
        "COD, BOD, suspended solids, colour, ammonia, total nitrogen and phosphorus, AOX and "
        "dioxins, plus a benchmark volume of water per tonne of product so that dilution cannot "
        "replace treatment.",
        _limits(
            "cod nh3n tn tp",
            "90 8 12 0.8",
            "制浆和造纸联合生产企业（表 2）",
            "Integrated pulp and paper mills (Table 2)",
        ),
    ),
    StandardData(
        "GB 4287-2012",
        "纺织染整工业水污染物排放标准",
        "Discharge standards of water pollutants for dyeing and finishing of textile industry",
        "规定印染、印花和整理企业废水中化学需氧量、生化需氧量、色度、氨氮、总氮、总磷、苯胺类、硫化物"
        "和六价铬等的排放限值，以及单位产品基准排水量。印染废水水量大、色度高，是纺织业的主要污染源。",
        "Limits COD, BOD, colour, ammonia, total nitrogen and phosphorus, aniline compounds, "
        "sulphide and hexavalent chromium in wastewater from dyeing, printing and finishing mills, "
        "plus a benchmark water volume per unit of product. Dyeing effluent is large in volume and "
        "strongly coloured: the textile industry's main source of pollution.",
        _limits("cod nh3n tn tp", "80 10 15 0.5", "直接排放（表 2）", "Direct discharge (Table 2)"),
    ),
    StandardData(
        "GB 30486-2013",
        "制革及毛皮加工工业水污染物排放标准",
        "Discharge standard of water pollutants for leather and fur making industry",
        "规定制革和毛皮加工企业废水中化学需氧量、氨氮、总氮、总磷、硫化物、氯离子、总铬和六价铬等的"
        "排放限值。铬鞣工序产生含铬废水，总铬和六价铬须在车间或生产设施的废水排放口达标。",
        "Limits COD, ammonia, total nitrogen and phosphorus, sulphide, chloride, total chromium "
        "and hexavalent chromium in tannery and fur-dressing wastewater. Chrome tanning produces "
        "chromium-bearing effluent, which must meet the chromium limits where it leaves the "
        "workshop.",
        (
            *_limits("cod nh3n tn tp", "100 25 50 1", "直接排放", "Direct discharge"),
            LimitData(
                "cr6",
                "0.1",
                "车间或生产设施废水排放口",
                "Workshop or process wastewater outlet",
            ),
        ),
    ),
    StandardData(
        "GB 21900-2008",
        "电镀污染物排放标准",
        "Emission standard of pollutants for electroplating",
        "规定电镀企业和有电镀工序企业的水和大气污染物排放限值。总铬、六价铬、镍、镉、铅、汞等毒性大的"
        "重金属在车间或生产设施废水排放口监控；化学需氧量、氨氮、总氮、总磷等在企业废水总排放口监控。",
        "Sets water and air limits for electroplating shops and for plants with plating lines. "
        "The most toxic metals (total and hexavalent chromium, nickel, cadmium, lead, mercury) are "
        "checked where wastewater leaves the plating workshop; COD, ammonia, nitrogen and "
        "phosphorus at the plant's final outlet.",
        (
            *_limits(
                "cr6 pb cd hg",
                "0.2 0.2 0.05 0.01",
                "车间或生产设施废水排放口（新建企业，表 2）",
                "Workshop wastewater outlet (new plants, Table 2)",
            ),
            *_limits(
                "cod nh3n tn tp",
                "80 15 20 1.0",
                "企业废水总排放口（新建企业，表 2）",
                "Plant's final wastewater outlet (new plants, Table 2)",
            ),
        ),
    ),
    StandardData(
        "GB 25466-2010",
        "铅、锌工业污染物排放标准",
        "Emission standard of pollutants for lead and zinc industry",
        "规定铅锌采选和冶炼企业的水和大气污染物排放限值，重点控制废水中的铅、镉、汞、砷等重金属和"
        "冶炼烟气中的二氧化硫。",
        "Sets water and air limits for lead and zinc mining, dressing and smelting, focusing on "
        "lead, cadmium, mercury and arsenic in wastewater and on sulphur dioxide in smelting gas.",
        (
            *_limits(
                "pb cd hg as",
                "0.5 0.05 0.03 0.3",
                "废水（新建企业）",
                "Wastewater (new plants)",
            ),
            *_limits("cod nh3n", "60 8", "直接排放（新建企业）", "Direct discharge (new plants)"),
            *_limits("so2 pm", "400 80", "冶炼烟气（新建企业）", "Smelting flue gas (new plants)"),
        ),
    ),
    StandardData(
        "GB 25465-2010",
        "铝工业污染物排放标准",
        "Emission standard of pollutants for aluminum industry",
        "规定铝土矿开采、氧化铝生产和电解铝企业的水和大气污染物排放限值；电解槽烟气重点控制颗粒物、"
        "二氧化硫和氟化物。",
        "Sets water and air limits for bauxite mining, alumina refining and aluminium smelting; "
        "for the gas from electrolysis pots it focuses on particulates, SO₂ and fluoride.",
        _limits(
            "pm so2",
            "20 200",
            "电解槽烟气净化系统（新建企业）",
            "Electrolysis pot gas treatment (new plants)",
        ),
    ),
    StandardData(
        "GB 16889-2008",
        "生活垃圾填埋场污染控制标准",
        "Standard for pollution control on the landfill site of municipal solid waste",
        "规定生活垃圾填埋场选址、建设、运行和封场的要求，以及渗滤液处理后排放的化学需氧量、氨氮、总氮、"
        "总磷和重金属等限值。渗滤液是垃圾在填埋过程中渗出的高浓度污水，处理不当会污染地下水。",
        "Sets requirements for siting, building, running and closing municipal landfills, and "
        "limits COD, ammonia, nitrogen, phosphorus and heavy metals in treated leachate, the "
        "strong wastewater that seeps from waste and can pollute groundwater if poorly handled.",
        _limits(
            "cod nh3n tn tp hg cd cr6 as pb",
            "100 25 40 3 0.001 0.01 0.05 0.1 0.1",
            "现有和新建填埋场（表 2）",
            "Existing and new landfills (Table 2)",
        ),
    ),
    StandardData(
        "GB 18485-2014",
        "生活垃圾焚烧污染控制标准",
        "Standard for pollution control on the municipal solid waste incineration",
        "规定生活垃圾焚烧炉烟气中颗粒物、氮氧化物、二氧化硫、氯化氢、汞、镉、铅等重金属和二噁英类的"
        "限值，以及炉膛温度（850 ℃ 以上）和烟气停留时间等运行要求。二噁英类限值为 0.1 ng TEQ/m³，"
        "与欧盟相同。",
        "Limits particulates, NOx, SO₂, hydrogen chloride, mercury, cadmium, lead and dioxins in "
        "flue gas from municipal waste incinerators, and sets operating rules such as a furnace "
        "temperature above 850 °C with enough gas residence time. The dioxin limit of "
        "0.1 ng TEQ/m³ equals the EU's.",
        (
            *_limits("pm nox so2", "20 250 80", "24 小时均值", "24-hour mean"),
            LimitData("dioxins", "0.1", "测定均值", "Mean of the measurements"),
        ),
    ),
    StandardData(
        INTEGRATED_WATER_STANDARD,
        "污水综合排放标准",
        "Integrated wastewater discharge standard",
        "没有专门行业标准的企业执行本标准。它把污染物分为两类：毒性大、能在环境中累积的第一类污染物"
        "（汞、镉、铬、砷、铅等）一律在车间或车间处理设施排放口监控；化学需氧量、氨氮等第二类污染物"
        "在单位排放口监控，并按受纳水体的功能分一、二、三级标准。",
        "Applies to plants without a standard for their own industry. It sorts pollutants into "
        "two classes: 'class one' pollutants that are very toxic and accumulate in the "
        "environment (mercury, cadmium, chromium, arsenic, lead…) are checked where water leaves "
        "the workshop; 'class two' pollutants such as COD and ammonia are checked at the plant's "
        "outlet, with grade 1, 2 or 3 limits depending on the receiving water.",
        (
            *_limits(
                "pb hg cd cr6 as",
                "1.0 0.05 0.1 0.5 0.5",
                "第一类污染物，车间或车间处理设施排放口（表 1）",
                "Class-one pollutants, workshop outlet (Table 1)",
            ),
            *_limits(
                "cod nh3n",
                "100 15",
                "一级标准，1998 年 1 月 1 日后建设的单位（表 4）",
                "Grade 1, plants built after 1 January 1998 (Table 4)",
            ),
            LimitData(
                "tp",
                "0.5",
                "磷酸盐（以 P 计）一级标准（表 4）",
                "Phosphate as P, grade 1 (Table 4)",
            ),
        ),
    ),
    StandardData(
        INTEGRATED_AIR_STANDARD,
        "大气污染物综合排放标准",
        "Integrated emission standard of air pollutants",
        "没有专门行业标准的排放源执行本标准。它对 33 种大气污染物规定了最高允许排放浓度、按排气筒"
        "高度确定的最高允许排放速率，以及在厂界监控的无组织排放浓度限值。",
        "Applies to sources without an industry standard of their own. For 33 air pollutants it "
        "sets the highest allowed concentration, the highest emission rate for each stack height, "
        "and limits for fugitive emissions measured at the site boundary.",
        (
            LimitData(
                "so2",
                "550",
                "使用含硫物质的工艺（新污染源，表 2）",
                "Processes using sulphur compounds (new sources, Table 2)",
            ),
            LimitData(
                "nox",
                "240",
                "硝酸使用和其他（新污染源，表 2）",
                "Nitric acid use and other sources (new sources, Table 2)",
            ),
            LimitData(
                "pm",
                "120",
                "其他颗粒物（新污染源，表 2）",
                "Other particulates (new sources, Table 2)",
            ),
            LimitData(
                "vocs",
                "120",
                "非甲烷总烃，使用溶剂汽油或其他混合烃类（新污染源，表 2）",
                "NMHC from solvents and mixed hydrocarbons (new sources, Table 2)",
            ),
        ),
    ),
)


# --- public holidays -------------------------------------------------------------------------
# The State Council's yearly notices: (name_zh, name_en, first day off, last day off, the
# weekend days worked instead). 2021-2026 follow the published notices. 2027 is estimated
# from the usual pattern and the lunar calendar; check it against the State Council's notice
# for 2027 (published each November) and correct it before relying on 2027 deadlines.

FESTIVALS = {
    "new_year": ("元旦", "New Year's Day"),
    "spring": ("春节", "Spring Festival"),
    "qingming": ("清明节", "Qingming Festival"),
    "labour": ("劳动节", "Labour Day"),
    "dragon_boat": ("端午节", "Dragon Boat Festival"),
    "mid_autumn": ("中秋节", "Mid-Autumn Festival"),
    "national": ("国庆节", "National Day"),
    "national_mid_autumn": ("国庆节、中秋节", "National Day and Mid-Autumn Festival"),
}

HOLIDAY_SCHEDULE: dict[int, tuple[tuple[str, str, str, tuple[str, ...]], ...]] = {
    2021: (
        ("new_year", "2021-01-01", "2021-01-03", ()),
        ("spring", "2021-02-11", "2021-02-17", ("2021-02-07", "2021-02-20")),
        ("qingming", "2021-04-03", "2021-04-05", ()),
        ("labour", "2021-05-01", "2021-05-05", ("2021-04-25", "2021-05-08")),
        ("dragon_boat", "2021-06-12", "2021-06-14", ()),
        ("mid_autumn", "2021-09-19", "2021-09-21", ("2021-09-18",)),
        ("national", "2021-10-01", "2021-10-07", ("2021-09-26", "2021-10-09")),
    ),
    2022: (
        ("new_year", "2022-01-01", "2022-01-03", ()),
        ("spring", "2022-01-31", "2022-02-06", ("2022-01-29", "2022-01-30")),
        ("qingming", "2022-04-03", "2022-04-05", ("2022-04-02",)),
        ("labour", "2022-04-30", "2022-05-04", ("2022-04-24", "2022-05-07")),
        ("dragon_boat", "2022-06-03", "2022-06-05", ()),
        ("mid_autumn", "2022-09-10", "2022-09-12", ()),
        ("national", "2022-10-01", "2022-10-07", ("2022-10-08", "2022-10-09")),
    ),
    2023: (
        ("new_year", "2022-12-31", "2023-01-02", ()),
        ("spring", "2023-01-21", "2023-01-27", ("2023-01-28", "2023-01-29")),
        ("qingming", "2023-04-05", "2023-04-05", ()),
        ("labour", "2023-04-29", "2023-05-03", ("2023-04-23", "2023-05-06")),
        ("dragon_boat", "2023-06-22", "2023-06-24", ("2023-06-25",)),
        ("national_mid_autumn", "2023-09-29", "2023-10-06", ("2023-10-07", "2023-10-08")),
    ),
    2024: (
        ("new_year", "2023-12-30", "2024-01-01", ()),
        ("spring", "2024-02-10", "2024-02-17", ("2024-02-04", "2024-02-18")),
        ("qingming", "2024-04-04", "2024-04-06", ("2024-04-07",)),
        ("labour", "2024-05-01", "2024-05-05", ("2024-04-28", "2024-05-11")),
        ("dragon_boat", "2024-06-08", "2024-06-10", ()),
        ("mid_autumn", "2024-09-15", "2024-09-17", ("2024-09-14",)),
        ("national", "2024-10-01", "2024-10-07", ("2024-09-29", "2024-10-12")),
    ),
    2025: (
        ("new_year", "2025-01-01", "2025-01-01", ()),
        ("spring", "2025-01-28", "2025-02-04", ("2025-01-26", "2025-02-08")),
        ("qingming", "2025-04-04", "2025-04-06", ()),
        ("labour", "2025-05-01", "2025-05-05", ("2025-04-27",)),
        ("dragon_boat", "2025-05-31", "2025-06-02", ()),
        ("national_mid_autumn", "2025-10-01", "2025-10-08", ("2025-09-28", "2025-10-11")),
    ),
    2026: (
        ("new_year", "2026-01-01", "2026-01-03", ("2026-01-04",)),
        ("spring", "2026-02-15", "2026-02-23", ("2026-02-14", "2026-02-28")),
        ("qingming", "2026-04-04", "2026-04-06", ()),
        ("labour", "2026-05-01", "2026-05-05", ("2026-05-09",)),
        ("dragon_boat", "2026-06-19", "2026-06-21", ()),
        ("mid_autumn", "2026-09-25", "2026-09-27", ()),
        ("national", "2026-10-01", "2026-10-07", ("2026-09-20", "2026-10-10")),
    ),
    # Estimated (see above): Spring Festival eve falls on Friday 5 February 2027, the Dragon
    # Boat Festival on Wednesday 9 June and the Mid-Autumn Festival on Wednesday 15 September.
    2027: (
        ("new_year", "2027-01-01", "2027-01-03", ()),
        ("spring", "2027-02-05", "2027-02-12", ("2027-01-31", "2027-02-20")),
        ("qingming", "2027-04-03", "2027-04-05", ()),
        ("labour", "2027-05-01", "2027-05-05", ("2027-05-08",)),
        ("dragon_boat", "2027-06-09", "2027-06-09", ()),
        ("mid_autumn", "2027-09-15", "2027-09-15", ()),
        ("national", "2027-10-01", "2027-10-07", ("2027-09-26", "2027-10-09")),
    ),
}


def holiday_rows() -> list[dict]:
    """Every day of the schedule as Holiday field values, in date order."""
    rows = []
    for festivals in HOLIDAY_SCHEDULE.values():
        for key, first, last, make_up in festivals:
            name_zh, name_en = FESTIVALS[key]
            day = datetime.date.fromisoformat(first)
            while day <= datetime.date.fromisoformat(last):
                rows.append(
                    {
                        "date": day,
                        "kind": Holiday.Kind.HOLIDAY,
                        "name_zh": name_zh,
                        "name_en": name_en,
                    }
                )
                day += datetime.timedelta(days=1)
            for worked in make_up:
                rows.append(
                    {
                        "date": datetime.date.fromisoformat(worked),
                        "kind": Holiday.Kind.WORKING_DAY,
                        "name_zh": f"{name_zh}调休上班",
                        "name_en": f"Working day for the {name_en} holiday",
                    }
                )
    return sorted(rows, key=lambda row: row["date"])


# --- loading ---------------------------------------------------------------------------------


def _ensure(model, key, rows: list[dict], *, update: bool) -> int:
    """Create the rows whose ``key`` (a field name, or a function of a row) is missing; with
    ``update``, rewrite the others' fields. Returns the number of rows created."""
    key_of = key if callable(key) else (lambda values: values[key])
    existing = {key_of(vars(obj)): obj for obj in model.objects.all()}
    missing = [model(**row) for row in rows if key_of(row) not in existing]
    model.objects.bulk_create(missing)
    if update:
        for row in rows:
            obj = existing.get(key_of(row))
            if obj is not None and any(getattr(obj, name) != value for name, value in row.items()):
                for name, value in row.items():
                    setattr(obj, name, value)
                obj.save()
    return len(missing)


@transaction.atomic
def ensure_reference_data(*, update: bool = False) -> dict[str, int]:
    """Add the sectors, pollutants, standards with their limits, and holidays that are
    missing. Rows already there are kept as they are unless ``update`` is true. Returns how
    many rows of each kind were created."""
    created = {
        "sectors": _ensure(
            Sector,
            "code",
            [{"code": c, "name_zh": zh, "name_en": en} for c, zh, en in SECTORS],
            update=update,
        ),
        "pollutants": _ensure(
            Pollutant,
            "code",
            [
                {
                    "code": p.code,
                    "name_zh": p.name_zh,
                    "name_en": p.name_en,
                    "formula": p.formula,
                    "medium": str(p.medium),
                    "concentration_unit": p.concentration_unit,
                    "explanation_zh": p.explanation_zh,
                    "explanation_en": p.explanation_en,
                    "order": order,
                }
                for order, p in enumerate(POLLUTANTS, start=1)
            ],
            update=update,
        ),
        "standards": _ensure(
            Standard,
            "number",
            [
                {
                    "number": s.number,
                    "title_zh": s.title_zh,
                    "title_en": s.title_en,
                    "summary_zh": s.summary_zh,
                    "summary_en": s.summary_en,
                }
                for s in STANDARDS
            ],
            update=update,
        ),
    }
    standards = dict(Standard.objects.values_list("number", "pk"))
    pollutants = dict(Pollutant.objects.values_list("code", "pk"))
    created["limits"] = _ensure(
        StandardLimit,
        lambda values: (values["standard_id"], values["pollutant_id"]),
        [
            {
                "standard_id": standards[s.number],
                "pollutant_id": pollutants[limit.pollutant],
                "limit": Decimal(limit.limit),
                "applies_to_zh": limit.applies_to_zh,
                "applies_to_en": limit.applies_to_en,
            }
            for s in STANDARDS
            for limit in s.limits
        ],
        update=update,
    )
    created["holidays"] = _ensure(Holiday, "date", holiday_rows(), update=update)
    return created
