# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Course content: auditor course days 4 and 5, the officer course and two university modules.

Pure data (no Django imports), loaded into Wagtail by the demo-data loader. Facts come from the
China National Cleaner Production Center paper "CP Promoting System in China", the project's
reference notes on disclosure and CP indicator scoring, and general CP knowledge; the wording is
our own. Every worked example and case is illustrative: the enterprises, figures and prices are
invented for teaching.

``AUDITOR_UNITS`` holds units "day-4" and "day-5" of the 5-day National Training Course for CP
Auditors. ``OFFICER_COURSE`` is the government-officer course and ``UNIVERSITY_MODULES`` the two
university modules. Lesson bodies are lists of ``(block_type, value)`` tuples using the block
types of ``courses.blocks.LessonBodyBlock``: "heading", "paragraph", "callout", "table",
"glossary" and "self_check".
"""


# Auditor course, day 4 and day 5

_AUDITOR_SECTOR_CP_AUDIT_GUIDELINES: dict = {
    "slug": "sector-cp-audit-guidelines",
    "estimated_minutes": 40,
    "required": True,
    "preview": False,
    "zh": {
        "title": "行业清洁生产审核指南",
        "summary": (
            "了解行业审核指南包含哪些内容、我国指南的编制历程，"
            "以及在七个审核阶段中如何正确使用指南。"
        ),
        "body": [
            ("heading", "行业审核指南是什么"),
            (
                "paragraph",
                (
                    "<p>七阶段审核方法适用于所有行业，但各行业的工艺路线、原辅材料、"
                    "主要污染物和节能节水潜力差别很大。同样是做物料平衡，电镀企业要追踪镍、铬、"
                    "铜等重金属的去向，啤酒企业关注的是麦汁、酵母和洗瓶用水，"
                    "水泥企业则更关心熟料烧成的热耗和粉尘。审核人员如果不熟悉行业，"
                    "就很难在有限的审核周期内抓住要害。"
                    "行业清洁生产审核指南就是为解决这个问题而编写的：它针对某一具体行业，"
                    "把通用的审核方法和该行业的技术特点结合起来，"
                    "为企业和审核人员提供一张“行业地图”。</p><p>"
                    "一份完整的行业审核指南通常包括以下几部分内容：</p><ul><li><b>行业概况</b>："
                    "产品结构、企业规模分布、主流工艺和装备水平，"
                    "以及全行业的资源能源消耗和污染排放状况；</li><li><b>关键工序分析</b>："
                    "逐一剖析主要生产环节，说明废物和污染物在哪里产生、为什么产生、大致产生多少；"
                    "</li><li><b>清洁生产潜力和审核重点提示</b>：指出该行业最值得关注的工段、"
                    "设备和指标；</li><li><b>备选方案清单</b>：分别列出管理类方案和技术类方案，"
                    "说明适用条件、投资规模和预期效果；</li><li><b>行业特殊要求</b>："
                    "需要重点实测的物流、常用的计量和监测方法，以及适用的排放标准和清洁生产标准等。"
                    "</li></ul><p>指南的价值在于帮助企业迅速、全面地了解本行业的整体状况和发展方向，"
                    "使审核工作有明确、具体的技术依托，而不是从零开始摸索。</p>"
                ),
            ),
            ("heading", "我国行业审核指南的发展历程"),
            (
                "paragraph",
                (
                    "<p>我国的行业审核指南是伴随审核实践逐步积累起来的。20世纪90年代，"
                    "在国际合作项目和国内试点审核的基础上，首批指南覆盖了<b>化工原料、丝绸印染、"
                    "电镀和酿造</b>4个行业。这几个行业企业数量多、污染问题突出，"
                    "是最早开展试点审核的领域，积累的经验也比较系统。</p><p>此后，<b>水泥、饭店、"
                    "化肥、钢铁、炼油</b>等行业相继编制了审核指南，覆盖面从传统制造业延伸到服务业。"
                    "强制性审核全面推开以后，环境保护主管部门又组织编制近100个行业的审核指南，"
                    "以满足不同行业审核工作的需要。</p><p>饭店指南的出现说明，"
                    "清洁生产并不局限于工厂车间。宾馆饭店的用水、用能、洗涤剂和一次性用品消耗，"
                    "同样可以通过审核找到改进的机会。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "指南不能代替现场工作",
                    "text": (
                        "<p>指南反映的是行业的共性问题和常见方案，不是某一家企业的审核结论。"
                        "审核人员应当把指南当作“检查清单”和“方案库”：</p><ul><li>"
                        "用它提示该看什么、该测什么、可以考虑哪些方案；</li><li>"
                        "每一个结论都要建立在本企业的实测数据和现场考察之上；</li><li>"
                        "不要把指南中的方案和效益数据原样抄进审核报告，"
                        "这是评估时最常见的扣分原因之一。</li></ul>"
                    ),
                },
            ),
            ("heading", "在七个审核阶段中使用指南"),
            (
                "table",
                {
                    "data": [
                        ["审核阶段", "指南能提供的帮助", "需要注意的问题"],
                        [
                            "筹划和组织",
                            "了解行业关键工艺，判断审核小组需要哪些专业人员",
                            "小组中要有熟悉本企业工艺的技术骨干",
                        ],
                        [
                            "预评估",
                            "对照行业概况和典型指标，判断企业所处水平，初步锁定审核重点",
                            "比较时注意产品结构和规模是否可比",
                        ],
                        [
                            "评估",
                            "提示需要实测的关键物流和常见的废物产生原因",
                            "物料平衡数据必须来自本企业实测",
                        ],
                        [
                            "方案产生和筛选",
                            "提供管理类和技术类备选方案清单",
                            "结合企业实际补充、调整，不照搬",
                        ],
                        [
                            "可行性分析",
                            "提供投资规模和效益的参考范围",
                            "以供应商报价和本企业数据为准",
                        ],
                        [
                            "方案实施",
                            "提供同类企业的实施经验和常见问题",
                            "关注施工期间的安全和环保要求",
                        ],
                        [
                            "持续清洁生产",
                            "提示行业技术发展方向，为下一轮审核做准备",
                            "指南会过时，要跟踪新技术和新标准",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "行业审核指南在七个审核阶段中的作用",
                },
            ),
            (
                "paragraph",
                (
                    "<p>在实际工作中，经验丰富的审核人员往往在进厂之前就通读指南，"
                    "列出一份针对本企业的“问题清单”，例如："
                    "电镀线是否采用多级逆流漂洗？镀液是否定期过滤、"
                    "延长使用寿命？加热槽是否保温？带着这些问题去现场考察，效率会高得多。"
                    "现场考察之后，再把指南中的备选方案逐条与企业现状对照，标出“已实施”“可实施”"
                    "“不适用”，作为方案产生阶段的起点。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "审核重点",
                    "definition": (
                        "在预评估阶段选定、在评估阶段集中开展实测和物料平衡分析的某一车间、工段、"
                        "生产线或设备。行业审核指南通常会提示本行业最常被选为审核重点的环节。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "关于行业清洁生产审核指南，下列哪一种说法是正确的？",
                    "options": [
                        {
                            "text": "指南中的方案效益数据可以直接写入本企业的审核报告。",
                            "correct": False,
                            "feedback": (
                                "不正确。指南数据反映的是行业一般情况，"
                                "企业的效益测算必须以本企业的实测数据和实际报价为基础。"
                            ),
                        },
                        {
                            "text": (
                                "指南帮助审核人员快速掌握行业全貌、关键工序和常见方案，"
                                "但不能代替对本企业的实测和分析。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。指南是检查清单和方案库，结论仍要建立在企业自己的数据之上。"
                            ),
                        },
                        {
                            "text": "审核指南只适用于工业企业，服务业无法开展清洁生产审核。",
                            "correct": False,
                            "feedback": (
                                "不正确。饭店行业也编制了审核指南，服务业同样可以开展审核。"
                            ),
                        },
                        {
                            "text": "首批行业审核指南是在2003年清洁生产促进法施行之后才编制的。",
                            "correct": False,
                            "feedback": (
                                "不正确。首批指南在20世纪90年代就已编制，早于清洁生产促进法。"
                            ),
                        },
                    ],
                    "explanation": (
                        "行业审核指南的作用是提供行业背景、问题线索和备选方案，帮助审核少走弯路；"
                        "审核报告中的数据和结论必须来自企业自身。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Sector guidelines for CP audits",
        "summary": (
            "What a sector CP audit guideline contains, how China's guidelines developed, and how "
            "to use one correctly in each of the seven audit phases."
        ),
        "body": [
            ("heading", "What a sector audit guideline is"),
            (
                "paragraph",
                (
                    "<p>The seven-phase audit method works in every sector, but sectors differ "
                    "greatly in their process routes, raw materials, main pollutants and potential "
                    "for saving energy and water. A material balance in an electroplating shop "
                    "follows nickel, chromium and copper; in a brewery it follows wort, yeast and "
                    "bottle-washing water; in a cement plant the main questions are the fuel used "
                    "to burn clinker and the dust. An auditor who does not know the sector will "
                    "struggle to find the important problems within the limited time of an audit. "
                    "Sector CP audit guidelines were written to close this gap. Each one takes the "
                    "general audit method and combines it with the technical features of one "
                    "sector, giving enterprises and auditors a map of that sector.</p><p>A "
                    "complete sector guideline usually covers:</p><ul><li><b>An overview of the "
                    "sector</b>: its products, the size of its enterprises, the usual processes "
                    "and equipment, and how much resource and energy the sector uses and how much "
                    "it pollutes;</li><li><b>An analysis of the key processes</b>: each main "
                    "production step in turn, where waste and pollutants arise, why, and roughly "
                    "how much;</li><li><b>CP potential and hints for the audit focus</b>: the "
                    "sections, equipment and indicators that usually deserve most attention;</li>"
                    "<li><b>A list of candidate options</b>: management-oriented and "
                    "technology-oriented options, each with the conditions under which it applies, "
                    "its likely investment and its expected effect;</li><li><b>Sector-specific "
                    "requirements</b>: which flows to measure, common metering and monitoring "
                    "methods, and the discharge standards and CP standards that apply.</li></ul><p>"
                    "The value of a guideline is that it lets an enterprise quickly see the whole "
                    "picture of its sector and where the sector is heading, so the audit starts "
                    "from solid technical ground instead of from nothing.</p>"
                ),
            ),
            ("heading", "How China's sector guidelines developed"),
            (
                "paragraph",
                (
                    "<p>China's sector guidelines grew out of audit practice. In the 1990s, "
                    "building on international cooperation projects and domestic pilot audits, the "
                    "first batch covered four sectors: <b>chemical raw materials, silk dyeing, "
                    "electroplating and brewing</b>. These sectors had many enterprises and "
                    "serious pollution, so they were audited first and produced the most "
                    "systematic experience.</p><p>Guidelines for <b>cement, hotels, fertiliser, "
                    "steel and petroleum refining</b> followed, extending the coverage from "
                    "traditional manufacturing to services. Once compulsory audits were rolled "
                    "out, the environmental authority organised the preparation of guidelines for "
                    "close to 100 sectors to meet the needs of audits across industry.</p><p>The "
                    "hotel guideline is a reminder that CP is not only for factories. The water, "
                    "energy, detergents and disposable items that a hotel consumes can be reduced "
                    "through an audit just as a factory's can.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "A guideline does not replace work on site",
                    "text": (
                        "<p>A guideline describes problems and options that are common in a "
                        "sector. It is not the conclusion of an audit of any particular "
                        "enterprise. Treat it as a checklist and a library of options:</p><ul><li>"
                        "use it to decide what to look at, what to measure and which options to "
                        "consider;</li><li>base every conclusion on the enterprise's own "
                        "measurements and site observations;</li><li>never copy a guideline's "
                        "options and benefit figures straight into the audit report. Assessors "
                        "mark this down more often than almost anything else.</li></ul>"
                    ),
                },
            ),
            ("heading", "Using a guideline in the seven audit phases"),
            (
                "table",
                {
                    "data": [
                        ["Audit phase", "How the guideline helps", "What to watch"],
                        [
                            "Planning and organisation",
                            (
                                "Shows the key processes, so you know which specialists the audit "
                                "team needs"
                            ),
                            (
                                "The team must include engineers who know this enterprise's own "
                                "process"
                            ),
                        ],
                        [
                            "Pre-assessment",
                            (
                                "Sector overview and typical indicator values show where the "
                                "enterprise stands and suggest an audit focus"
                            ),
                            "Check that product mix and scale are comparable",
                        ],
                        [
                            "Assessment",
                            "Points to the key flows to measure and the usual causes of waste",
                            "Material balance data must come from measurements at this enterprise",
                        ],
                        [
                            "Option generation and screening",
                            "Provides a list of management and technology options",
                            "Adapt and add to it; do not copy it",
                        ],
                        [
                            "Feasibility analysis",
                            "Gives a reference range for investment and benefits",
                            "Rely on supplier quotations and the enterprise's own data",
                        ],
                        [
                            "Option implementation",
                            "Shares the experience of similar enterprises and common pitfalls",
                            "Mind safety and environmental rules during construction",
                        ],
                        [
                            "Sustaining CP",
                            (
                                "Shows where the sector's technology is going, to prepare the next "
                                "audit round"
                            ),
                            "Guidelines age; follow new technologies and standards",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "The role of a sector guideline in the seven audit phases",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Experienced auditors often read the guideline before their first visit and "
                    "turn it into a list of questions for this enterprise. For an electroplating "
                    "shop, for example: Does the line use multi-stage counter-current rinsing? Are "
                    "the plating baths filtered regularly to extend their life? Are the heated "
                    "tanks insulated? Walking the site with these questions in hand is far more "
                    "productive. After the site visit, go through the guideline's list of options "
                    "line by line against what you saw, and mark each one as already in place, "
                    "possible here, or not applicable. That marked-up list is a good starting "
                    "point for option generation.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Audit focus",
                    "definition": (
                        "The workshop, section, production line or piece of equipment chosen "
                        "during pre-assessment for detailed measurement and material-balance "
                        "analysis during assessment. Sector guidelines usually say which parts of "
                        "the process are most often chosen as the audit focus in that sector."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "Which statement about sector CP audit guidelines is correct?",
                    "options": [
                        {
                            "text": (
                                "The benefit figures given for an option in the guideline can be "
                                "written directly into the enterprise's audit report."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. A guideline's figures describe the sector in general. "
                                "The enterprise's benefits must be estimated from its own "
                                "measurements and real quotations."
                            ),
                        },
                        {
                            "text": (
                                "A guideline helps auditors quickly understand the sector, its key "
                                "processes and common options, but it does not replace measurement "
                                "and analysis at the enterprise."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The guideline is a checklist and a library of options; "
                                "the conclusions must still rest on the enterprise's own data."
                            ),
                        },
                        {
                            "text": (
                                "Audit guidelines apply only to industrial enterprises; service "
                                "businesses cannot carry out a CP audit."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. There is a guideline for hotels, and service "
                                "businesses can be audited too."
                            ),
                        },
                        {
                            "text": (
                                "The first sector audit guidelines were written after the CP "
                                "Promotion Law took effect in 2003."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The first batch dates from the 1990s, well before the "
                                "law."
                            ),
                        },
                    ],
                    "explanation": (
                        "A sector guideline supplies background, leads and candidate options so "
                        "that the audit does not go down blind alleys. The data and conclusions in "
                        "the audit report must come from the enterprise itself."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_SECTOR_CP_STANDARDS: dict = {
    "slug": "sector-cp-standards",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "行业清洁生产标准：三个等级与六类指标",
        "summary": (
            "掌握行业清洁生产标准的框架（三个等级、六类指标），学会用标准对企业逐项对标、"
            "判断差距并设定审核目标。"
        ),
        "body": [
            ("heading", "标准的由来和框架"),
            (
                "paragraph",
                (
                    "<p>要判断一家企业的清洁生产水平“好不好”，需要一把统一的尺子。2000年，"
                    "原国家环境保护总局从<b>电镀、酿造、制浆造纸</b>3个行业入手，"
                    "启动行业清洁生产标准的编制工作。在总结这3项标准经验的基础上，形成了“三个等级、"
                    "六类指标”的标准框架，并以环境保护行业标准（HJ/T编号）的形式陆续发布。"
                    "截至2008年底，已发布42个行业的清洁生产标准。</p><p>"
                    "标准把行业内企业的清洁生产水平划分为三个等级：</p><ul><li><b>一级</b>："
                    "国际清洁生产先进水平；</li><li><b>二级</b>：国内清洁生产先进水平；</li><li><b>"
                    "三级</b>：国内清洁生产基本水平，是标准对企业的基本要求。</li></ul><p>"
                    "每个等级都针对同一组指标给出基准值。指标分为六类，既有可以计量的定量指标，"
                    "也有以“是否做到”来判断的定性要求。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["指标类别", "反映的内容", "示例（以电镀行业为例，仅作说明）"],
                        [
                            "生产工艺与装备要求",
                            "工艺路线和设备是否先进、合理",
                            "是否采用低毒或无毒镀种、多级逆流漂洗、自动或半自动生产线",
                        ],
                        [
                            "资源能源利用指标",
                            "单位产品消耗多少水、能源和原材料",
                            "单位镀件面积取水量、单位产品综合能耗、金属利用率",
                        ],
                        [
                            "产品指标",
                            "产品本身的质量和环境属性",
                            "产品合格率、镀层中有害物质的控制",
                        ],
                        [
                            "污染物产生指标",
                            "末端治理之前污染物的产生量",
                            "单位镀件面积的废水产生量、重金属产生量",
                        ],
                        [
                            "废物回收利用指标",
                            "废水、废液、废渣和余热的回收利用程度",
                            "水重复利用率、镀液和金属回收情况",
                        ],
                        [
                            "环境管理要求",
                            "法规执行和管理体系是否到位",
                            "排放达标和总量控制、清洁生产审核、危险废物管理、相关方管理",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "清洁生产标准的六类指标",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "“产生”不等于“排放”",
                    "text": (
                        "<p>污染物产生指标衡量的是<b>进入末端治理设施之前</b>的污染物数量，"
                        "反映的是工艺和管理水平，而不是污水处理站的处理效果。一家企业即使排放达标，"
                        "如果产生量很大，在这类指标上仍然可能达不到三级。审核人员在采集数据时，"
                        "要在治理设施的进口而不是出口取样和计量，否则对标结论会出现方向性错误。</p>"
                    ),
                },
            ),
            ("heading", "用标准对企业逐项对标"),
            (
                "paragraph",
                (
                    "<p>清洁生产标准只给出每项指标的分级基准，不计算综合得分。在审核中，"
                    "通常的做法是在预评估阶段把企业的实际数据逐项与三个等级的基准值比较，"
                    "判断每项指标达到哪一级，再看企业整体上处于什么水平、差距主要在哪里。"
                    "对标的数据一般取最近一个完整年度的统计和计量数据，统计口径要与标准的定义一致，"
                    "例如“单位产品”指的是哪一种产品、用的是产量还是合格品量。</p><p>"
                    "下面是一个示例：某示例企业四项指标的对标情况。"
                    "表中的基准值是为教学编写的示例数值，不是任何一项标准的原文。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["指标（示例）", "企业实际值", "一级", "二级", "三级", "对标结论"],
                        ["单位产品取水量（立方米/吨）", "6.5", "≤4.0", "≤6.0", "≤8.0", "三级"],
                        [
                            "单位产品综合能耗（千克标准煤/吨）",
                            "105",
                            "≤90",
                            "≤110",
                            "≤130",
                            "二级",
                        ],
                        ["水重复利用率（%）", "85", "≥90", "≥80", "≥70", "二级"],
                        ["单位产品COD产生量（千克/吨）", "13", "≤5", "≤8", "≤12", "未达三级"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：逐项对标（数值仅用于教学）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>从这张表可以读出几条结论：第一，COD产生量连三级基准都没有达到，"
                    "说明产生COD的工序存在明显问题，应当作为确定审核重点时优先考虑的方向；第二，"
                    "取水量只达到三级，与二级差距不大，有通过管理和简单改造提升的空间；第三，"
                    "能耗和水重复利用率已达二级，可以作为中期目标冲击一级。据此，"
                    "审核小组可以提出分层次的清洁生产目标，例如近期使所有指标至少达到三级、"
                    "COD产生量降到每吨12千克以下，中期使取水量达到二级。</p>"
                ),
            ),
            ("heading", "标准的局限和后续发展"),
            (
                "paragraph",
                (
                    "<p>清洁生产标准为审核提供了客观的参照，但使用时要注意三点：一是标准有发布年份，"
                    "行业技术进步后，原来的“一级”可能已经成为普遍水平；"
                    "二是同一行业内产品和工艺差别很大时，要确认企业属于标准适用的范围；"
                    "三是定性要求也要逐条核实，不能只比较数字。</p><p>2013年以后，"
                    "国家开始把行业清洁生产标准和行业清洁生产评价指标体系整合为由多个部门联合发布"
                    "的统一评价指标体系，采用加权计分和限定性指标的方法定级（见下一课）。"
                    "开展审核时，应先查明本行业现行有效的是哪一份文件，再开展对标。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "国内清洁生产基本水平",
                    "definition": (
                        "清洁生产标准中的三级水平，是标准对行业内企业的基本要求。达不到三级的指标，"
                        "通常就是审核中需要优先解决的问题。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业污水处理站出口的COD浓度稳定达标，"
                        "但按工艺环节计算的单位产品COD产生量高于三级基准。下列判断哪一项正确？"
                    ),
                    "options": [
                        {
                            "text": "既然排放达标，这项指标就可以视为达到三级。",
                            "correct": False,
                            "feedback": (
                                "不正确。产生指标看的是末端治理之前的数量，"
                                "排放达标不能替代产生量的对标。"
                            ),
                        },
                        {
                            "text": (
                                "该企业这项指标未达三级，说明相关工序的工艺或管理有改进空间，"
                                "应作为选择审核重点的重要依据。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。产生量大反映的是源头问题，正是清洁生产审核要解决的。"
                            ),
                        },
                        {
                            "text": "应改用污水处理站出口的数据重新计算，以出口数据为准。",
                            "correct": False,
                            "feedback": "不正确。用出口数据计算产生指标是常见的口径错误。",
                        },
                    ],
                    "explanation": (
                        "清洁生产强调源头削减。污染物产生指标衡量治理前的产生量，"
                        "与排放是否达标是两件不同的事。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Sector CP standards: three levels and six indicator categories",
        "summary": (
            "The framework of sector CP standards (three levels, six indicator categories), and "
            "how to benchmark an enterprise indicator by indicator to find gaps and set audit "
            "targets."
        ),
        "body": [
            ("heading", "Where the standards came from and how they are built"),
            (
                "paragraph",
                (
                    "<p>To say whether an enterprise's CP performance is good or poor, you need a "
                    "common yardstick. In 2000 the former State Environmental Protection "
                    "Administration began writing sector CP standards, starting with three "
                    "sectors: <b>electroplating, brewing, and pulp and paper</b>. The experience "
                    "of these first three produced a framework of <b>three levels and six "
                    "indicator categories</b>, and the standards were then issued one by one as "
                    "environmental protection sector standards (numbered HJ/T). By the end of "
                    "2008, CP standards had been published for 42 sectors.</p><p>A standard places "
                    "the enterprises of its sector on three levels:</p><ul><li><b>Level I</b>: "
                    "international advanced CP level;</li><li><b>Level II</b>: domestic advanced "
                    "CP level;</li><li><b>Level III</b>: domestic general CP level, the basic "
                    "requirement that every enterprise is expected to meet.</li></ul><p>Each level "
                    "sets a benchmark for the same set of indicators. The indicators fall into six "
                    "categories and include both quantitative indicators, which are measured, and "
                    "qualitative requirements, which are either met or not.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Indicator category",
                            "What it shows",
                            "Examples (electroplating, for illustration only)",
                        ],
                        [
                            "Production process and equipment",
                            "Whether the process route and equipment are advanced and sound",
                            (
                                "Low-toxicity or non-toxic plating processes, multi-stage "
                                "counter-current rinsing, automatic or semi-automatic lines"
                            ),
                        ],
                        [
                            "Resource and energy utilisation",
                            "How much water, energy and material each unit of product uses",
                            (
                                "Fresh water per square metre plated, energy per unit of product, "
                                "metal utilisation rate"
                            ),
                        ],
                        [
                            "Product",
                            "Quality and environmental properties of the product itself",
                            (
                                "Share of products passing inspection, control of hazardous "
                                "substances in the coating"
                            ),
                        ],
                        [
                            "Pollutant generation",
                            "Pollutants generated before end-of-pipe treatment",
                            "Wastewater and heavy metals generated per square metre plated",
                        ],
                        [
                            "Waste recycling and reuse",
                            (
                                "How far wastewater, spent solutions, residues and waste heat are "
                                "recovered"
                            ),
                            "Water reuse rate, recovery of plating solutions and metals",
                        ],
                        [
                            "Environmental management",
                            "Whether legal compliance and management systems are in place",
                            (
                                "Meeting discharge standards and total-load limits, CP audit, "
                                "hazardous waste management, management of contractors and "
                                "suppliers"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "The six indicator categories of a CP standard",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Generated is not the same as discharged",
                    "text": (
                        "<p>Pollutant generation indicators measure pollutants <b>before they "
                        "enter end-of-pipe treatment</b>. They reflect the process and its "
                        "management, not how well the wastewater plant works. An enterprise can "
                        "meet its discharge standards and still fall short of level III on "
                        "generation because it creates too much pollution in the first place. When "
                        "you collect data, sample and meter at the inlet of the treatment plant, "
                        "not the outlet; otherwise your benchmarking will point the wrong way.</p>"
                    ),
                },
            ),
            ("heading", "Benchmarking an enterprise indicator by indicator"),
            (
                "paragraph",
                (
                    "<p>A CP standard gives benchmarks for each indicator; it does not calculate "
                    "an overall score. In an audit, the usual practice is to compare the "
                    "enterprise's actual data with the three benchmarks one indicator at a time "
                    "during pre-assessment, decide which level each indicator reaches, and then "
                    "judge where the enterprise stands overall and where its main gaps are. Use "
                    "the statistics and meter records of the latest full year, and make sure the "
                    "data follow the standard's definitions: for example, which product the "
                    "per-unit figures refer to, and whether total output or output passing "
                    "inspection is used.</p><p>Below is an example for a fictional enterprise and "
                    "four indicators. The benchmark values were made up for teaching and are not "
                    "taken from any real standard.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Indicator (illustrative)",
                            "Enterprise value",
                            "Level I",
                            "Level II",
                            "Level III",
                            "Level reached",
                        ],
                        [
                            "Fresh water per tonne of product (m³/t)",
                            "6.5",
                            "≤4.0",
                            "≤6.0",
                            "≤8.0",
                            "III",
                        ],
                        [
                            "Energy per tonne of product (kgce/t)",
                            "105",
                            "≤90",
                            "≤110",
                            "≤130",
                            "II",
                        ],
                        ["Water reuse rate (%)", "85", "≥90", "≥80", "≥70", "II"],
                        [
                            "COD generated per tonne of product (kg/t)",
                            "13",
                            "≤5",
                            "≤8",
                            "≤12",
                            "Below III",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative benchmarking (values for teaching only)",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The table tells the audit team several things. First, COD generation does "
                    "not even reach level III, so the steps that generate COD have a clear problem "
                    "and should be a leading candidate for the audit focus. Second, fresh water "
                    "use only reaches level III but is close to level II, so management measures "
                    "and simple changes could lift it. Third, energy use and water reuse already "
                    "reach level II and could aim for level I in the medium term. The team can "
                    "therefore set targets in stages: in the near term, every indicator at least "
                    "at level III and COD generation below 12 kg per tonne; in the medium term, "
                    "fresh water use at level II.</p>"
                ),
            ),
            ("heading", "Limits of the standards and what came next"),
            (
                "paragraph",
                (
                    "<p>CP standards give the audit an objective reference, but keep three things "
                    "in mind. A standard has a publication year: as the sector's technology "
                    "improves, yesterday's level I may become common practice. Where products and "
                    "processes vary widely within a sector, confirm that the enterprise falls "
                    "within the standard's scope. And check the qualitative requirements one by "
                    "one; do not compare numbers only.</p><p>From 2013 the state began merging "
                    "sector CP standards and sector CP evaluation indicator systems into single "
                    "evaluation indicator systems issued jointly by several ministries, which "
                    "grade enterprises with weighted scores and limiting indicators (see the next "
                    "lesson). Before benchmarking, find out which document is currently valid for "
                    "the enterprise's sector.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Domestic general CP level",
                    "definition": (
                        "Level III of a CP standard: the basic requirement for enterprises in the "
                        "sector. Indicators that do not reach level III are usually the first "
                        "problems an audit should tackle."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise's wastewater plant reliably meets the COD discharge limit, "
                        "but the COD generated per unit of product, calculated from the process, "
                        "is above the level III benchmark. Which conclusion is correct?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Because discharges meet the standard, the indicator can be "
                                "treated as reaching level III."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Generation indicators measure pollution before "
                                "treatment; meeting the discharge limit does not change that."
                            ),
                        },
                        {
                            "text": (
                                "The indicator is below level III, which shows room to improve the "
                                "process or its management, and is a strong reason to consider "
                                "that area as the audit focus."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. High generation points to a problem at the source, which "
                                "is exactly what a CP audit is for."
                            ),
                        },
                        {
                            "text": (
                                "The indicator should be recalculated with data from the "
                                "wastewater plant outlet, which take precedence."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Using outlet data for a generation indicator is a "
                                "common and serious mistake."
                            ),
                        },
                    ],
                    "explanation": (
                        "CP is about reducing pollution at the source. Generation indicators "
                        "measure what is produced before treatment, which is a separate question "
                        "from whether discharges meet the standard."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_EVALUATION_INDICATOR_SYSTEM_SCORING: dict = {
    "slug": "evaluation-indicator-system-scoring",
    "estimated_minutes": 60,
    "required": True,
    "preview": False,
    "zh": {
        "title": "清洁生产评价指标体系的计分与定级",
        "summary": (
            "学习加权一级、二级指标的计分公式、不适用指标的权重调整和限定性指标的定级规则，"
            "并完整演算一个示例。"
        ),
        "body": [
            ("heading", "指标体系的结构"),
            (
                "paragraph",
                (
                    "<p>清洁生产评价指标体系用来对一个行业内的企业打分定级。"
                    "按照2013年以后采用的编制通则，行业指标体系由若干<b>一级指标</b>组成，"
                    "例如生产工艺及装备、资源能源消耗、资源综合利用、污染物产生、"
                    "产品特征和清洁生产管理；每个一级指标下设若干<b>二级指标</b>。两级指标都有权重："
                    "一级指标权重之和为1，同一个一级指标下的二级指标权重之和也为1。</p><p>"
                    "每项二级指标都设有三个等级的基准值：Ⅰ级代表国际清洁生产领先水平，"
                    "Ⅱ级代表国内清洁生产先进水平，Ⅲ级代表国内清洁生产一般水平。"
                    "其中一部分指标被规定为<b>限定性指标</b>，"
                    "通常是对环境影响最大或最能反映行业水平的指标，例如单位产品能耗、"
                    "关键污染物的产生量或排放达标情况。限定性指标不达标，"
                    "总分再高也不能评为相应等级。</p>"
                ),
            ),
            ("heading", "计分公式和定级规则"),
            (
                "paragraph",
                (
                    "<p>对每个等级g（g为Ⅰ、Ⅱ或Ⅲ）分别计算一个得分：</p><p><b>Y_g = Σ_i w_i × "
                    "Σ_j w_ij × Y_g(x_ij)</b></p><ul><li>w_i：第i个一级指标的权重；</li><li>w_ij："
                    "第i个一级指标下第j个二级指标的权重；</li><li>Y_g(x_ij)："
                    "二级指标x_ij达到g级基准值时取100，否则取0。</li></ul><p>等级是逐级包含的："
                    "达到Ⅰ级的指标，同时也达到Ⅱ级和Ⅲ级。因此同一家企业一定有Y_Ⅰ ≤ Y_Ⅱ ≤ "
                    "Y_Ⅲ。</p><p>如果某项二级指标对该企业<b>不适用</b>（例如企业没有相应的工序），"
                    "就把它剔除，同组其余指标的权重按比例放大，使之重新合计为1：调整后权重 = "
                    "原权重 ÷ 同组适用指标原权重之和。</p><p>算出三个得分后，"
                    "按从高到低的顺序判定等级：</p><ol><li>Y_Ⅰ ≥ 85，且全部限定性指标达到Ⅰ级："
                    "评为<b>Ⅰ级</b>（国际清洁生产领先水平）；</li><li>否则，Y_Ⅱ ≥ 85，"
                    "且全部限定性指标达到Ⅱ级及以上：评为<b>Ⅱ级</b>（国内清洁生产先进水平）；</li>"
                    "<li>否则，Y_Ⅲ = 100，即全部适用指标都达到Ⅲ级：评为<b>Ⅲ级</b>"
                    "（国内清洁生产一般水平）；</li><li>以上都不满足：评为<b>Ⅲ级以下</b>。</li>"
                    "</ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "以本行业的现行文件为准",
                    "text": (
                        "<p>上述方法是通用规则。个别行业的指标体系会附加条件，"
                        "例如评为Ⅰ级时还要求非限定性指标全部达到Ⅱ级，"
                        "或者多产品企业按产量对各产品的得分加权。"
                        "计算前务必通读本行业现行指标体系的计分和定级条款。</p>"
                    ),
                },
            ),
            ("heading", "完整示例：一家电镀企业的定级"),
            (
                "paragraph",
                (
                    "<p>以下是为教学编写的<b>示例</b>，指标名称参照电镀行业的常见指标，"
                    "权重和达标情况均为假设。该企业没有外协加工环节，因此“相关方环境管理”"
                    "一项不适用，其权重0.25被剔除，同组其余三项的权重各调整为0.25 ÷ 0.75 = 1/3。"
                    "</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["一级指标（权重）", "二级指标", "二级权重", "限定性", "达到的等级"],
                        ["A 生产工艺及装备（0.20）", "A1 清洁生产工艺采用情况", "0.5", "否", "Ⅰ"],
                        ["A 生产工艺及装备（0.20）", "A2 生产线自动化程度", "0.5", "否", "Ⅱ"],
                        ["B 资源能源消耗（0.25）", "B1 单位镀件面积取水量", "0.6", "是", "Ⅰ"],
                        ["B 资源能源消耗（0.25）", "B2 单位产品综合能耗", "0.4", "否", "Ⅱ"],
                        ["C 资源综合利用（0.15）", "C1 金属回收利用率", "0.5", "否", "Ⅰ"],
                        ["C 资源综合利用（0.15）", "C2 水重复利用率", "0.5", "否", "Ⅲ"],
                        ["D 污染物产生（0.25）", "D1 单位镀件面积总铬产生量", "0.5", "是", "Ⅱ"],
                        ["D 污染物产生（0.25）", "D2 单位镀件面积废水产生量", "0.5", "否", "Ⅰ"],
                        [
                            "E 清洁生产管理（0.15）",
                            "E1 环境法律法规标准执行",
                            "1/3（原0.25）",
                            "否",
                            "Ⅰ",
                        ],
                        [
                            "E 清洁生产管理（0.15）",
                            "E2 清洁生产审核制度",
                            "1/3（原0.25）",
                            "否",
                            "Ⅰ",
                        ],
                        ["E 清洁生产管理（0.15）", "E3 危险废物管理", "1/3（原0.25）", "否", "Ⅱ"],
                        [
                            "E 清洁生产管理（0.15）",
                            "E4 相关方环境管理",
                            "不适用（原0.25）",
                            "否",
                            "不参与计分",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：指标、权重和各指标达到的等级",
                },
            ),
            (
                "paragraph",
                (
                    "<p>先在每个一级指标内部求组内得分。以B组为例：B1达到Ⅰ级，B2只达到Ⅱ级，"
                    "所以Ⅰ级组内得分为0.6 × 100 = 60，Ⅱ级和Ⅲ级组内得分都是0.6 × 100 + 0.4 × "
                    "100 = 100。E组剔除E4后三项各占1/3，Ⅰ级组内得分为2 × 1/3 × 100 ≈ 66.7。"
                    "再用一级权重加权求和：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "一级指标",
                            "权重w_i",
                            "组内Ⅰ级得分",
                            "组内Ⅱ级得分",
                            "组内Ⅲ级得分",
                            "对Y_Ⅰ的贡献",
                            "对Y_Ⅱ的贡献",
                            "对Y_Ⅲ的贡献",
                        ],
                        ["A", "0.20", "50", "100", "100", "10.0", "20.0", "20.0"],
                        ["B", "0.25", "60", "100", "100", "15.0", "25.0", "25.0"],
                        ["C", "0.15", "50", "50", "100", "7.5", "7.5", "15.0"],
                        ["D", "0.25", "50", "100", "100", "12.5", "25.0", "25.0"],
                        ["E", "0.15", "66.7", "100", "100", "10.0", "15.0", "15.0"],
                        [
                            "合计",
                            "1.00",
                            "—",
                            "—",
                            "—",
                            "Y_Ⅰ = 55.0",
                            "Y_Ⅱ = 92.5",
                            "Y_Ⅲ = 100.0",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：组内得分和加权得分",
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "定级结论（示例）",
                    "text": (
                        "<ul><li>Y_Ⅰ = 55.0，低于85，不能评为Ⅰ级；而且限定性指标D1只达到Ⅱ级，"
                        "即使总分够了也不行。</li><li>Y_Ⅱ = 92.5 ≥ 85，两项限定性指标B1（Ⅰ级）"
                        "和D1（Ⅱ级）都达到Ⅱ级及以上，因此评为<b>Ⅱ级</b>。</li><li>Y_Ⅲ = 100，"
                        "说明全部适用指标都达到了Ⅲ级，与Ⅱ级的结论一致。</li></ul><p>再看一个变化："
                        "假设通过审核方案，A2、B2、C2和E3都提升到Ⅰ级，只有D1仍为Ⅱ级。这时Y_Ⅰ = "
                        "0.20 × 100 + 0.25 × 100 + 0.15 × 100 + 0.25 × 50 + 0.15 × 100 = 87.5，"
                        "已超过85，但限定性指标D1未达Ⅰ级，结论仍是Ⅱ级。"
                        "只有把总铬产生量也降到Ⅰ级基准值以内，Y_Ⅰ变为100，企业才能评为Ⅰ级。</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>这个示例说明了审核工作的着力点：要提升等级，首先要解决限定性指标，"
                    "其次才是提高加权得分。在方案产生阶段，"
                    "审核小组可以逐项测算“某个方案能让哪项指标升到哪一级、使Y_g增加多少”，"
                    "以此为方案排序提供依据。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "限定性指标",
                    "definition": (
                        "评价指标体系中规定必须达到相应等级、企业才能评为该等级的指标，"
                        "通常是对环境影响最大的关键指标。限定性指标不达标时，"
                        "加权总分再高也不能评定为该等级。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业Y_Ⅰ = 90，Y_Ⅱ = 96，Y_Ⅲ = 100；它有两项限定性指标，一项达到Ⅰ级，"
                        "另一项只达到Ⅱ级。该企业应评为哪一级？"
                    ),
                    "options": [
                        {
                            "text": "Ⅰ级，因为Y_Ⅰ已经达到85分以上。",
                            "correct": False,
                            "feedback": (
                                "不正确。评为Ⅰ级还要求全部限定性指标达到Ⅰ级，这里有一项只到Ⅱ级。"
                            ),
                        },
                        {
                            "text": "Ⅱ级，因为Y_Ⅱ ≥ 85且全部限定性指标都达到Ⅱ级及以上。",
                            "correct": True,
                            "feedback": "正确。Ⅰ级的条件不满足，于是检查Ⅱ级条件，两项都满足。",
                        },
                        {
                            "text": "Ⅲ级，因为只有Y_Ⅲ等于100。",
                            "correct": False,
                            "feedback": (
                                "不正确。定级从高到低检查，满足Ⅱ级条件就评为Ⅱ级，不会降为Ⅲ级。"
                            ),
                        },
                    ],
                    "explanation": (
                        "定级按Ⅰ、Ⅱ、Ⅲ级的顺序逐级检查，"
                        "每一级都要同时满足分数条件和限定性指标条件（Ⅲ级要求Y_Ⅲ = 100）。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某一级指标下原有四项二级指标，权重各为0.25，其中一项不适用。"
                        "其余三项的调整后权重是多少？"
                    ),
                    "options": [
                        {
                            "text": "仍为0.25，不适用的0.25直接记为0分。",
                            "correct": False,
                            "feedback": (
                                "不正确。不适用指标应当剔除，而不是记0分，"
                                "否则会不合理地拉低企业得分。"
                            ),
                        },
                        {
                            "text": "各为1/3，即0.25 ÷ 0.75。",
                            "correct": True,
                            "feedback": "正确。原权重除以适用指标原权重之和，三项重新合计为1。",
                        },
                        {
                            "text": "各为0.25 + 0.25 = 0.5。",
                            "correct": False,
                            "feedback": "不正确。这样三项合计为1.5，权重之和必须为1。",
                        },
                    ],
                    "explanation": (
                        "调整后权重 = 原权重 ÷ 同组适用指标的原权重之和，保证组内权重之和仍为1。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Scoring and grading with CP evaluation indicator systems",
        "summary": (
            "The scoring formula for weighted first- and second-level indicators, re-weighting "
            "when an indicator does not apply, the grading rules with limiting indicators, and a "
            "complete worked example."
        ),
        "body": [
            ("heading", "How an indicator system is built"),
            (
                "paragraph",
                (
                    "<p>A CP evaluation indicator system scores and grades the enterprises of one "
                    "sector. Under the drafting rules used since 2013, a sector system has several "
                    "<b>first-level indicators</b>, such as production process and equipment, "
                    "resource and energy consumption, resource reuse, pollutant generation, "
                    "product features and CP management. Each first-level indicator contains "
                    "several <b>second-level indicators</b>. Both levels carry weights: the "
                    "first-level weights add up to 1, and the second-level weights within each "
                    "first-level indicator also add up to 1.</p><p>Every second-level indicator "
                    "has a benchmark for each of three levels: level I is the international "
                    "leading CP level, level II the domestic advanced level and level III the "
                    "domestic general level. Some indicators are designated <b>limiting "
                    "indicators</b>. These are usually the ones with the greatest environmental "
                    "impact or that best show the sector's performance, such as energy per unit of "
                    "product, the generation of a key pollutant, or compliance with discharge "
                    "standards. If a limiting indicator falls short, no total score, however high, "
                    "can earn the corresponding grade.</p>"
                ),
            ),
            ("heading", "The scoring formula and the grading rules"),
            (
                "paragraph",
                (
                    "<p>A separate score is calculated for each level g (I, II or III):</p><p><b>"
                    "Y_g = Σ_i w_i × Σ_j w_ij × Y_g(x_ij)</b></p><ul><li>w_i is the weight of "
                    "first-level indicator i;</li><li>w_ij is the weight of second-level indicator "
                    "j within first-level indicator i;</li><li>Y_g(x_ij) is 100 if indicator x_ij "
                    "meets the level g benchmark and 0 if it does not.</li></ul><p>The levels are "
                    "cumulative: an indicator that meets level I also meets levels II and III. So "
                    "for any enterprise, Y_I ≤ Y_II ≤ Y_III.</p><p>If a second-level indicator "
                    "<b>does not apply</b> to the enterprise (for example, because it does not "
                    "have that process), drop it and scale up the weights of the other indicators "
                    "in the same group so that they add up to 1 again: adjusted weight = original "
                    "weight ÷ sum of the original weights of the applicable indicators in the "
                    "group.</p><p>With the three scores in hand, apply the grading rules from the "
                    "top down:</p><ol><li>If Y_I ≥ 85 and every limiting indicator reaches level "
                    "I: <b>grade I</b> (international leading).</li><li>Otherwise, if Y_II ≥ 85 "
                    "and every limiting indicator reaches level II or better: <b>grade II</b> "
                    "(domestic advanced).</li><li>Otherwise, if Y_III = 100, meaning every "
                    "applicable indicator reaches level III: <b>grade III</b> (domestic "
                    "general).</li><li>Otherwise: <b>below grade III</b>.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Follow the sector's current document",
                    "text": (
                        "<p>This is the general method. Some sector systems add conditions: for "
                        "example, grade I may also require every non-limiting indicator to reach "
                        "level II, or an enterprise with several products may have its product "
                        "scores weighted by output. Read the scoring and grading clauses of the "
                        "sector's current system before you calculate.</p>"
                    ),
                },
            ),
            ("heading", "Worked example: grading an electroplating enterprise"),
            (
                "paragraph",
                (
                    "<p>This is an <b>illustrative</b> example written for teaching. The indicator "
                    "names follow those common in electroplating; the weights and results are "
                    "invented. The enterprise outsources no processing, so the indicator for "
                    "managing contractors and suppliers does not apply. Its weight of 0.25 is "
                    "dropped and each of the other three indicators in that group is re-weighted "
                    "to 0.25 ÷ 0.75 = 1/3.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "First-level indicator (weight)",
                            "Second-level indicator",
                            "Weight",
                            "Limiting",
                            "Level reached",
                        ],
                        [
                            "A Process and equipment (0.20)",
                            "A1 Use of clean processes",
                            "0.5",
                            "No",
                            "I",
                        ],
                        [
                            "A Process and equipment (0.20)",
                            "A2 Degree of line automation",
                            "0.5",
                            "No",
                            "II",
                        ],
                        [
                            "B Resource and energy use (0.25)",
                            "B1 Fresh water per m² plated",
                            "0.6",
                            "Yes",
                            "I",
                        ],
                        [
                            "B Resource and energy use (0.25)",
                            "B2 Energy per unit of product",
                            "0.4",
                            "No",
                            "II",
                        ],
                        ["C Resource reuse (0.15)", "C1 Metal recovery rate", "0.5", "No", "I"],
                        ["C Resource reuse (0.15)", "C2 Water reuse rate", "0.5", "No", "III"],
                        [
                            "D Pollutant generation (0.25)",
                            "D1 Total chromium generated per m² plated",
                            "0.5",
                            "Yes",
                            "II",
                        ],
                        [
                            "D Pollutant generation (0.25)",
                            "D2 Wastewater generated per m² plated",
                            "0.5",
                            "No",
                            "I",
                        ],
                        [
                            "E CP management (0.15)",
                            "E1 Compliance with environmental law and standards",
                            "1/3 (was 0.25)",
                            "No",
                            "I",
                        ],
                        [
                            "E CP management (0.15)",
                            "E2 CP audit arrangements",
                            "1/3 (was 0.25)",
                            "No",
                            "I",
                        ],
                        [
                            "E CP management (0.15)",
                            "E3 Hazardous waste management",
                            "1/3 (was 0.25)",
                            "No",
                            "II",
                        ],
                        [
                            "E CP management (0.15)",
                            "E4 Managing contractors and suppliers",
                            "Not applicable (was 0.25)",
                            "No",
                            "Not scored",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: indicators, weights and the level each one reaches"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>First find the score within each group. Take group B: B1 reaches level I "
                    "but B2 only level II, so the group's level I score is 0.6 × 100 = 60, while "
                    "its level II and level III scores are both 0.6 × 100 + 0.4 × 100 = 100. In "
                    "group E, after E4 is dropped, each of the three remaining indicators carries "
                    "1/3, so the level I score is 2 × 1/3 × 100 ≈ 66.7. Then weight the group "
                    "scores by the first-level weights and add:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Group",
                            "Weight w_i",
                            "Group score, level I",
                            "Group score, level II",
                            "Group score, level III",
                            "Adds to Y_I",
                            "Adds to Y_II",
                            "Adds to Y_III",
                        ],
                        ["A", "0.20", "50", "100", "100", "10.0", "20.0", "20.0"],
                        ["B", "0.25", "60", "100", "100", "15.0", "25.0", "25.0"],
                        ["C", "0.15", "50", "50", "100", "7.5", "7.5", "15.0"],
                        ["D", "0.25", "50", "100", "100", "12.5", "25.0", "25.0"],
                        ["E", "0.15", "66.7", "100", "100", "10.0", "15.0", "15.0"],
                        [
                            "Total",
                            "1.00",
                            "—",
                            "—",
                            "—",
                            "Y_I = 55.0",
                            "Y_II = 92.5",
                            "Y_III = 100.0",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: group scores and weighted scores",
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "The grade (illustrative)",
                    "text": (
                        "<ul><li>Y_I = 55.0, below 85, so grade I is out of reach. Limiting "
                        "indicator D1 only reaches level II, so grade I would be refused even with "
                        "a higher score.</li><li>Y_II = 92.5 ≥ 85, and both limiting indicators, "
                        "B1 (level I) and D1 (level II), reach level II or better. The enterprise "
                        "is <b>grade II</b>.</li><li>Y_III = 100: every applicable indicator "
                        "reaches level III, which is consistent with grade II.</li></ul><p>Now "
                        "change the facts. Suppose the audit's options lift A2, B2, C2 and E3 to "
                        "level I while D1 stays at level II. Then Y_I = 0.20 × 100 + 0.25 × 100 "
                        "+ 0.15 × 100 + 0.25 × 50 + 0.15 × 100 = 87.5, which is above 85, but "
                        "limiting indicator D1 is not at level I, so the grade is still II. Only "
                        "when chromium generation also falls within the level I benchmark does Y_I "
                        "become 100 and the enterprise reach grade I.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The example shows where an audit should concentrate. To move up a grade, "
                    "fix the limiting indicators first, and only then raise the weighted score. "
                    "During option generation the team can work out, option by option, which "
                    "indicator it would lift to which level and how much it would add to Y_g, and "
                    "use that to rank the options.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Limiting indicator",
                    "definition": (
                        "An indicator that must reach a given level before the enterprise can be "
                        "given that grade, usually one of the indicators with the greatest "
                        "environmental impact. If it falls short, no weighted score is high "
                        "enough."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise has Y_I = 90, Y_II = 96 and Y_III = 100. It has two "
                        "limiting indicators: one reaches level I and the other only level II. "
                        "What is its grade?"
                    ),
                    "options": [
                        {
                            "text": "Grade I, because Y_I is above 85.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Grade I also needs every limiting indicator at level "
                                "I, and one is only at level II."
                            ),
                        },
                        {
                            "text": (
                                "Grade II, because Y_II ≥ 85 and every limiting indicator reaches "
                                "level II or better."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The grade I conditions fail, so the grade II conditions "
                                "are checked, and both are met."
                            ),
                        },
                        {
                            "text": "Grade III, because only Y_III equals 100.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Grades are checked from the top; once the grade II "
                                "conditions are met, the enterprise is grade II."
                            ),
                        },
                    ],
                    "explanation": (
                        "Check grades I, II and III in that order. Each grade needs both its score "
                        "condition and its limiting-indicator condition (grade III needs Y_III = "
                        "100)."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "A first-level indicator has four second-level indicators weighted 0.25 "
                        "each, and one of them does not apply. What are the adjusted weights of "
                        "the other three?"
                    ),
                    "options": [
                        {
                            "text": "Still 0.25 each; the inapplicable indicator simply scores 0.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. An inapplicable indicator is dropped, not scored 0; "
                                "scoring it 0 would unfairly lower the result."
                            ),
                        },
                        {
                            "text": "1/3 each, that is 0.25 ÷ 0.75.",
                            "correct": True,
                            "feedback": (
                                "Correct. Divide each original weight by the sum of the applicable "
                                "weights, so the three add up to 1."
                            ),
                        },
                        {
                            "text": "0.5 each, that is 0.25 + 0.25.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The three would then add up to 1.5; the weights in a "
                                "group must add up to 1."
                            ),
                        },
                    ],
                    "explanation": (
                        "Adjusted weight = original weight ÷ sum of the original weights of the "
                        "applicable indicators in the group, so the group's weights still add up "
                        "to 1."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_TWO_GRADE_INDICATOR_SYSTEMS_AND_BENCHMARKING: dict = {
    "slug": "two-grade-indicator-systems-and-benchmarking",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "早期两级评价体系与审核中的对标应用",
        "summary": (
            "了解早期行业评价指标体系如何用定量和定性得分评定“清洁生产先进企业”和“清洁生产企业”"
            "，并学会在审核各阶段正确使用对标结果。"
        ),
        "body": [
            ("heading", "早期评价指标体系：定量加定性"),
            (
                "paragraph",
                (
                    "<p>在2013年统一编制通则之前，"
                    "国家发展改革委组织编制并发布了一批行业清洁生产评价指标体系（多数标注“试行”）"
                    "，覆盖氮肥、电镀、钢铁、电池、制浆造纸、印染等24个行业。"
                    "这些体系的思路与后来的体系不同：它们不分三级基准，而是给企业算出一个综合得分，"
                    "再按分数评为两个等级之一：</p><ul><li><b>清洁生产先进企业</b>："
                    "达到国内清洁生产先进水平；</li><li><b>清洁生产企业</b>："
                    "达到国内清洁生产一般水平。</li></ul><p>综合得分由两部分组成。<b>定量指标</b>"
                    "分为四类：能源消耗、资源消耗、废物综合利用和污染物排放；<b>定性指标</b>"
                    "分为三类：执行国家和行业清洁生产技术政策的情况（如是否仍在使用明令淘汰的工艺"
                    "和设备）、清洁生产管理，以及环境管理体系的建立和执行环境法规标准的情况。</p>"
                    "<p>在较常见的计分方式中，每项定量指标用企业实际值与评价基准值之比得到单项评价"
                    "值：数值越大越好的指标用“实际值 ÷ 基准值”，越小越好的指标用“基准值 ÷ "
                    "实际值”，再乘以该指标的权重分值，求和得到定量得分P1；"
                    "定性指标按逐项是否满足累计分值，得到定性得分P2；两者加权合成综合得分，"
                    "许多体系采用P = 0.6 × P1 + 0.4 × P2。各行业的权重、"
                    "合成方法和两个等级的分数线都写在本行业的文件中，"
                    "有的文件还对单项评价值设有上限，计算前要逐条核对。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：两级体系的计分",
                    "text": (
                        "<p>以下数值均为教学用<b>示例</b>，分数线也是为本练习假设的。</p><ul><li>"
                        "单位产品取水量（越小越好）：基准值5.0，企业5.5，单项评价值5.0 ÷ 5.5 ≈ "
                        "0.909，权重分值40，得36.4分；</li><li>单位产品综合能耗（越小越好）："
                        "基准值100，企业95，单项评价值100 ÷ 95 ≈ 1.053，权重分值35，得36.8分；"
                        "</li><li>水重复利用率（越大越好）：基准值85%，企业80%，单项评价值80 ÷ 85 "
                        "≈ 0.941，权重分值25，得23.5分。</li></ul><p>定量得分P1 ≈ 36.4 + 36.8 + "
                        "23.5 = 96.7。定性项目共100分，企业尚未建立环境管理体系，该项15分未得，P2 "
                        "= 85。综合得分P = 0.6 × 96.7 + 0.4 × 85 ≈ 58.0 + 34.0 = 92.0。"
                        "若本行业规定90分及以上为清洁生产先进企业、75分及以上为清洁生产企业，"
                        "则该企业评为清洁生产先进企业。</p>"
                    ),
                },
            ),
            ("heading", "三种评价工具的比较"),
            (
                "table",
                {
                    "data": [
                        [
                            "比较项",
                            "行业清洁生产标准",
                            "早期评价指标体系",
                            "2013年以后的评价指标体系",
                        ],
                        ["组织编制", "环境保护主管部门", "国家发展改革委", "多部门联合发布"],
                        [
                            "分级",
                            "一级、二级、三级",
                            "清洁生产先进企业、清洁生产企业",
                            "Ⅰ级、Ⅱ级、Ⅲ级",
                        ],
                        [
                            "结果形式",
                            "逐项指标达到的级别，无综合得分",
                            "定量与定性得分合成的综合分",
                            "三个加权得分加限定性指标",
                        ],
                        [
                            "审核中的主要用途",
                            "逐项对标，找差距",
                            "给出总体水平，便于横向比较",
                            "定级并识别限定性短板",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "三种清洁生产评价工具的比较",
                },
            ),
            ("heading", "把对标结果用到审核中"),
            (
                "paragraph",
                (
                    "<p>对标不是为了在报告里多写一张表，而是为了回答审核中的三个问题："
                    "企业现在处于什么水平？差距最大、"
                    "最值得下功夫的地方在哪里？审核结束时应当达到什么水平？具体做法是：</p><ol><li>"
                    "<b>预评估</b>：用最近一个完整年度的数据逐项对标，"
                    "找出未达三级（或未达“清洁生产企业”分数线）的指标，"
                    "作为确定审核重点的重要依据；</li><li><b>设定目标</b>："
                    "把对标结论转化为近期和中远期的清洁生产目标，目标要量化、可考核，"
                    "例如“一年内单位产品取水量达到二级”；</li><li><b>方案产生和筛选</b>："
                    "逐项分析方案对指标的改善作用，优先安排能够消除短板、特别是限定性短板的方案；"
                    "</li><li><b>验收前复核</b>：中/高费方案实施后，"
                    "用实施后的实测数据重新对标或定级，与审核前对比，说明目标是否实现。</li></ol>"
                    "<p>数据质量决定对标结论是否可信。要注意统计期一致、"
                    "统计边界一致（是全厂还是某一车间）、指标定义一致（产量口径、折标系数），"
                    "数据要能追溯到计量记录、台账或监测报告。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "清洁生产先进企业",
                    "definition": (
                        "早期行业清洁生产评价指标体系中的较高等级，"
                        "综合得分达到本行业规定的较高分数线，表示企业达到国内清洁生产先进水平。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "在早期两级评价体系中，“单位产品综合能耗”的单项评价值应如何计算？"
                    ),
                    "options": [
                        {
                            "text": "企业实际值 ÷ 评价基准值。",
                            "correct": False,
                            "feedback": (
                                "不正确。能耗越低越好，用实际值除以基准值会让能耗越高的企业得分越"
                                "高。"
                            ),
                        },
                        {
                            "text": "评价基准值 ÷ 企业实际值。",
                            "correct": True,
                            "feedback": (
                                "正确。对越小越好的指标取倒数比，"
                                "企业能耗低于基准值时单项评价值大于1。"
                            ),
                        },
                        {
                            "text": "直接用企业实际值乘以权重分值。",
                            "correct": False,
                            "feedback": (
                                "不正确。单项评价值是无量纲的比值，不能直接用带单位的实际值。"
                            ),
                        },
                    ],
                    "explanation": (
                        "越大越好的指标用“实际值 ÷ 基准值”，越小越好的指标用“基准值 ÷ 实际值”"
                        "；具体规则以本行业文件为准。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Two-grade indicator systems and benchmarking in the audit",
        "summary": (
            "How the earlier sector indicator systems combined quantitative and qualitative scores "
            "to rate an enterprise an Advanced CP Enterprise or a CP Enterprise, and how to use "
            "benchmarking results correctly throughout an audit."
        ),
        "body": [
            ("heading", "The earlier indicator systems: quantitative plus qualitative"),
            (
                "paragraph",
                (
                    "<p>Before the common drafting rules of 2013, NDRC organised and published "
                    "sector CP evaluation indicator systems, most of them marked as trial "
                    "versions, for 24 sectors, including nitrogen fertiliser, electroplating, "
                    "steel, batteries, pulp and paper, and dyeing. Their logic differs from the "
                    "later systems. Instead of three levels of benchmarks, they calculate one "
                    "overall score and use it to place the enterprise in one of two grades:</p><ul>"
                    "<li><b>Advanced CP Enterprise</b>: the enterprise reaches the domestic "
                    "advanced CP level;</li><li><b>CP Enterprise</b>: the enterprise reaches the "
                    "domestic general CP level.</li></ul><p>The overall score has two parts. <b>"
                    "Quantitative indicators</b> fall into four categories: energy consumption, "
                    "resource consumption, comprehensive use of wastes, and pollutant emissions. "
                    "<b>Qualitative indicators</b> fall into three: compliance with national and "
                    "sector policies on CP technology (for example, whether processes and "
                    "equipment listed for phase-out are still in use), CP management, and whether "
                    "an environmental management system is in place and environmental laws and "
                    "standards are followed.</p><p>In a common form of the method, each "
                    "quantitative indicator is turned into a ratio against its benchmark: actual "
                    "÷ benchmark for indicators where more is better, and benchmark ÷ actual "
                    "where less is better. Each ratio is multiplied by the indicator's weight in "
                    "points and the results are added to give the quantitative score P1. The "
                    "qualitative score P2 adds up the points for each requirement the enterprise "
                    "meets. The two are then combined; many systems used P = 0.6 × P1 + 0.4 × "
                    "P2. The weights, the way the scores are combined and the pass marks for the "
                    "two grades are set in each sector's document, and some documents cap the "
                    "ratio for a single indicator, so check every clause before you calculate.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: scoring with a two-grade system",
                    "text": (
                        "<p>All figures are <b>illustrative</b>, and the pass marks are assumed "
                        "for this exercise.</p><ul><li>Fresh water per unit of product (less is "
                        "better): benchmark 5.0, enterprise 5.5, ratio 5.0 ÷ 5.5 ≈ 0.909, weight "
                        "40 points, score 36.4;</li><li>Energy per unit of product (less is "
                        "better): benchmark 100, enterprise 95, ratio 100 ÷ 95 ≈ 1.053, weight "
                        "35 points, score 36.8;</li><li>Water reuse rate (more is better): "
                        "benchmark 85%, enterprise 80%, ratio 80 ÷ 85 ≈ 0.941, weight 25 points, "
                        "score 23.5.</li></ul><p>Quantitative score P1 ≈ 36.4 + 36.8 + 23.5 = "
                        "96.7. The qualitative requirements are worth 100 points in total; the "
                        "enterprise has no environmental management system yet, so it misses that "
                        "item's 15 points and P2 = 85. Overall score P = 0.6 × 96.7 + 0.4 × 85 "
                        "≈ 58.0 + 34.0 = 92.0. If the sector sets 90 points for an Advanced CP "
                        "Enterprise and 75 points for a CP Enterprise, this enterprise is an "
                        "Advanced CP Enterprise.</p>"
                    ),
                },
            ),
            ("heading", "Three evaluation tools compared"),
            (
                "table",
                {
                    "data": [
                        [
                            "Aspect",
                            "Sector CP standards",
                            "Earlier indicator systems",
                            "Indicator systems since 2013",
                        ],
                        [
                            "Prepared by",
                            "The environmental authority",
                            "NDRC",
                            "Several ministries jointly",
                        ],
                        [
                            "Grades",
                            "Levels I, II and III",
                            "Advanced CP Enterprise, CP Enterprise",
                            "Grades I, II and III",
                        ],
                        [
                            "Form of the result",
                            "The level each indicator reaches; no overall score",
                            "One overall score combining quantitative and qualitative parts",
                            "Three weighted scores plus limiting indicators",
                        ],
                        [
                            "Main use in an audit",
                            "Benchmark indicator by indicator to find gaps",
                            "Show the overall level and compare enterprises",
                            "Grade the enterprise and find limiting weaknesses",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Three CP evaluation tools compared",
                },
            ),
            ("heading", "Putting benchmarking to work in the audit"),
            (
                "paragraph",
                (
                    "<p>Benchmarking is not about adding another table to the report. It answers "
                    "three questions: Where does the enterprise stand now? Where are the biggest "
                    "gaps and the most worthwhile efforts? What level should the enterprise reach "
                    "by the end of the audit? In practice:</p><ol><li><b>Pre-assessment</b>: "
                    "benchmark each indicator with data from the latest full year and list those "
                    "below level III (or below the CP Enterprise mark). They are strong evidence "
                    "for choosing the audit focus.</li><li><b>Setting targets</b>: turn the "
                    "findings into near-term and longer-term CP targets that are quantified and "
                    "can be checked, such as “fresh water per unit of product at level II within "
                    "one year”.</li><li><b>Option generation and screening</b>: work out what "
                    "each option does to the indicators and give priority to options that close "
                    "gaps, above all gaps in limiting indicators.</li><li><b>Before acceptance</b>"
                    ": once the mid/high-cost options are running, benchmark or grade again with "
                    "measured data from after implementation and compare with the starting point "
                    "to show whether the targets were met.</li></ol><p>The findings are only as "
                    "good as the data. Use the same period, the same boundary (whole site or one "
                    "workshop) and the same definitions (how output is counted, which energy "
                    "conversion factors are used), and make sure every figure can be traced to "
                    "meter readings, ledgers or monitoring reports.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Advanced CP Enterprise",
                    "definition": (
                        "The higher grade in the earlier sector CP evaluation indicator systems. "
                        "The enterprise's overall score reaches the higher mark set for its "
                        "sector, meaning it performs at the domestic advanced CP level."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "In an earlier two-grade system, how is the ratio for “energy per unit of "
                        "product” calculated?"
                    ),
                    "options": [
                        {
                            "text": "Actual value ÷ benchmark.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Lower energy use is better; dividing actual by "
                                "benchmark would reward the enterprise that uses the most energy."
                            ),
                        },
                        {
                            "text": "Benchmark ÷ actual value.",
                            "correct": True,
                            "feedback": (
                                "Correct. For indicators where less is better the ratio is "
                                "inverted, so an enterprise using less energy than the benchmark "
                                "scores above 1."
                            ),
                        },
                        {
                            "text": "Multiply the actual value directly by the weight in points.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The ratio has no units; the raw value with its units "
                                "cannot be used directly."
                            ),
                        },
                    ],
                    "explanation": (
                        "Use actual ÷ benchmark where more is better and benchmark ÷ actual "
                        "where less is better; the sector's document has the final word."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_CP_TECHNOLOGY_INVENTORIES: dict = {
    "slug": "cp-technology-inventories",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "重点行业清洁生产技术导向目录与方案产生",
        "summary": (
            "了解三批国家重点行业清洁生产技术导向目录的内容，学会用目录系统地产生、"
            "核实和筛选技术类方案。"
        ),
        "body": [
            ("heading", "三批技术导向目录"),
            (
                "paragraph",
                (
                    "<p>为了引导企业采用先进的清洁生产技术和工艺、主动预防和控制工业污染，"
                    "国家从2000年开始编制《国家重点行业清洁生产技术导向目录》。"
                    "目录由国家经济综合管理部门组织编制，这项职能现由国家发展改革委承担。"
                    "入选的技术先由行业主管部门推荐和评价，再经专家委员会审定；"
                    "它们都已在生产实践中得到验证，经济、环境和社会效益明显，"
                    "便于在本行业和相近行业推广应用。</p><p>目录先后发布了三批：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["批次", "发布年份", "技术数量", "涉及行业"],
                        ["第一批", "2000年", "57项", "冶金、石化、化工、轻工、纺织（5个行业）"],
                        [
                            "第二批",
                            "2003年",
                            "56项",
                            "冶金、机械、有色金属、石油、建材（5个行业）",
                        ],
                        [
                            "第三批",
                            "2006年",
                            "28项",
                            "钢铁、有色金属、电力、煤炭、化工、建材、纺织（7个行业）",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "国家重点行业清洁生产技术导向目录（三批合计141项）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>目录中的每一项技术一般都写明：所属行业、技术名称、适用范围、主要技术内容，"
                    "以及投资和效益分析。各级经济贸易管理部门把目录作为推荐和审批清洁生产项目的技"
                    "术依据。对企业来说，方案采用的是目录所列技术，"
                    "在申请项目支持时更容易说明其成熟性和推广价值。</p>"
                ),
            ),
            ("heading", "审核人员如何用目录产生方案"),
            (
                "paragraph",
                (
                    "<p>方案产生和筛选阶段常用的方案来源有：行业审核指南、技术导向目录、"
                    "同行企业的经验、设备供应商、员工合理化建议和审核小组的头脑风暴。"
                    "目录的特点是“技术成熟、有据可查”，特别适合用来产生中/高费的技术类方案。"
                    "建议按以下步骤使用：</p><ol><li><b>定位</b>："
                    "根据审核重点的工序和主要问题（例如漂洗水量大、某种原料利用率低），"
                    "在本行业以及相近行业的条目中检索相关技术；</li><li><b>比对适用条件</b>："
                    "逐项核对目录写明的适用范围，包括生产规模、原料和产品类型、现有装备条件，"
                    "排除明显不适用的条目；</li><li><b>初步估算</b>：参考目录中的投资和效益数据，"
                    "结合本企业的产量和物料平衡结果，做一个数量级估算，判断是否值得深入；</li><li>"
                    "<b>核实</b>：联系已经应用该技术的企业实地了解运行情况，向两家以上供应商询价，"
                    "取得本企业条件下的投资和运行成本；</li><li><b>纳入方案清单</b>："
                    "把核实后的技术与其他来源的方案一起编号，进入方案筛选和可行性分析。</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：从目录到方案",
                    "text": (
                        "<p>某示例印染企业的审核重点是染色工序，评估阶段发现染色用水和蒸汽消耗偏高，"
                        "主要原因是浴比大、升温时间长。"
                        "审核小组在纺织行业的条目中查到一项适用于棉织物、"
                        "可以降低浴比和能耗的染色技术，适用范围与企业的产品基本相符。"
                        "小组先按目录中的效益数据和企业年产量估算，"
                        "节水潜力约占染色工序用水量的三成，值得深入；"
                        "随后考察了一家已应用该技术的企业，并向两家供应商询价，"
                        "最后把“更新为低浴比染色设备”作为中/高费方案进入可行性分析。"
                        "以上情景仅用于教学演示。</p>"
                    ),
                },
            ),
            ("heading", "使用目录时的注意事项"),
            (
                "paragraph",
                (
                    "<p>第一，目录有时效性。三批目录发布于2000年至2006年，"
                    "其中一些技术今天已经成为行业常规做法，有的已被更先进的技术取代。"
                    "审核人员要同时查阅近年发布的先进技术目录、行业指标体系中的工艺要求，"
                    "以及国家明令淘汰的落后工艺和设备目录，确保推荐的方案既先进又合规。</p><p>第二，"
                    "目录中的投资和效益是典型值，不是承诺值。可行性分析必须采用本企业的数据："
                    "物料平衡给出的削减量、实际的原料、能源和排污价格，以及供应商的正式报价。</p>"
                    "<p>第三，技术方案还要考虑配套条件：场地、公用工程、员工技能和生产安排。"
                    "很多方案的效果取决于操作规程和培训，因此应同时设计配套的管理类方案。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "技术导向目录",
                    "definition": (
                        "由国家组织编制、经专家审定的成熟清洁生产技术清单，说明每项技术的适用范围、"
                        "技术内容和投资效益，用于引导企业采用先进技术，"
                        "并作为推荐和审批清洁生产项目的技术依据。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "审核小组在技术导向目录中找到一项看起来合适的技术。"
                        "下一步最恰当的做法是什么？"
                    ),
                    "options": [
                        {
                            "text": "把目录中的投资和效益数据直接写入可行性分析。",
                            "correct": False,
                            "feedback": (
                                "不正确。目录数据是典型值，可行性分析要用本企业数据和供应商报价。"
                            ),
                        },
                        {
                            "text": (
                                "核对适用条件，结合物料平衡做初步估算，"
                                "再通过实地考察和询价核实后纳入方案清单。"
                            ),
                            "correct": True,
                            "feedback": "正确。这是把目录条目变成可靠方案的完整路径。",
                        },
                        {
                            "text": "目录发布较早，其中的技术都已过时，不必参考。",
                            "correct": False,
                            "feedback": (
                                "不正确。目录中很多技术仍然适用，"
                                "但要结合近年的新目录和淘汰目录一起判断。"
                            ),
                        },
                    ],
                    "explanation": (
                        "目录是可靠的方案来源，但每个条目都要经过适用性核对、定量估算和实地核实，"
                        "才能成为企业的方案。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "CP technology inventories and option generation",
        "summary": (
            "What the three national inventories of CP technologies for key sectors contain, and "
            "how to use them to generate, check and screen technology options systematically."
        ),
        "body": [
            ("heading", "The three technology inventories"),
            (
                "paragraph",
                (
                    "<p>To steer enterprises towards advanced CP technologies and processes and to "
                    "prevent and control industrial pollution actively, the state began preparing "
                    "the National Inventory of CP Technologies for Key Sectors in 2000. The "
                    "inventories were compiled by the national economic management authority, a "
                    "role now held by NDRC. Technologies are first recommended and evaluated by "
                    "the sector authorities and then approved by an expert committee. All of them "
                    "have proved themselves in production, bring clear economic, environmental and "
                    "social benefits, and can readily be spread within their sector and to similar "
                    "sectors.</p><p>Three batches have been published:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Batch", "Year", "Technologies", "Sectors covered"],
                        [
                            "First",
                            "2000",
                            "57",
                            (
                                "Metallurgy, petrochemicals, chemicals, light industry, textiles "
                                "(5 sectors)"
                            ),
                        ],
                        [
                            "Second",
                            "2003",
                            "56",
                            (
                                "Metallurgy, machinery, non-ferrous metals, petroleum, building "
                                "materials (5 sectors)"
                            ),
                        ],
                        [
                            "Third",
                            "2006",
                            "28",
                            (
                                "Steel, non-ferrous metals, power, coal, chemicals, building "
                                "materials, textiles (7 sectors)"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "National inventories of CP technologies for key sectors (141 technologies "
                        "in all)"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Each entry normally gives the sector, the name of the technology, where it "
                    "can be applied, its main technical content, and an analysis of investment and "
                    "benefits. Economic and trade authorities at every level use the inventories "
                    "as the technical basis for recommending and approving CP projects. For an "
                    "enterprise, an option based on a listed technology is easier to defend as "
                    "mature and worth spreading when it applies for project support.</p>"
                ),
            ),
            ("heading", "How auditors use the inventories to generate options"),
            (
                "paragraph",
                (
                    "<p>In option generation and screening, options usually come from sector audit "
                    "guidelines, the technology inventories, the experience of other enterprises "
                    "in the sector, equipment suppliers, staff suggestions and the audit team's "
                    "own brainstorming. What sets the inventories apart is that their technologies "
                    "are proven and documented, which makes them especially useful for "
                    "mid/high-cost technology options. A sound way to use them:</p><ol><li><b>"
                    "Locate</b>: starting from the processes in the audit focus and the main "
                    "problems found (for example, heavy use of rinse water, or poor yield from a "
                    "raw material), search the entries for the enterprise's own sector and for "
                    "similar sectors;</li><li><b>Check the conditions</b>: compare each entry's "
                    "stated scope with the enterprise, including scale, raw materials and "
                    "products, and existing equipment, and rule out entries that clearly do not "
                    "fit;</li><li><b>Estimate roughly</b>: use the entry's investment and benefit "
                    "data together with the enterprise's output and material balance to make an "
                    "order-of-magnitude estimate and decide whether the option is worth "
                    "pursuing;</li><li><b>Verify</b>: visit an enterprise that already uses the "
                    "technology, and get quotations from at least two suppliers to establish "
                    "investment and running costs under this enterprise's conditions;</li><li><b>"
                    "Add it to the option list</b>: number the verified option alongside those "
                    "from other sources and take it into screening and feasibility analysis.</li>"
                    "</ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: from inventory entry to option",
                    "text": (
                        "<p>The audit focus at a fictional dyeing enterprise is the dyeing "
                        "section. Assessment showed high water and steam use, mainly because of a "
                        "high liquor ratio and long heating times. In the textile entries the "
                        "audit team found a dyeing technology for cotton fabrics that lowers the "
                        "liquor ratio and energy use, and whose scope broadly matched the "
                        "enterprise's products. A first estimate from the entry's benefit data and "
                        "the enterprise's annual output suggested that about 30% of the dyeing "
                        "section's water could be saved, enough to justify a closer look. The team "
                        "visited an enterprise already using the technology, obtained quotations "
                        "from two suppliers, and took “replace dyeing machines with "
                        "low-liquor-ratio equipment” into feasibility analysis as a mid/high-cost "
                        "option. This scenario is for teaching only.</p>"
                    ),
                },
            ),
            ("heading", "Points to watch when using the inventories"),
            (
                "paragraph",
                (
                    "<p>First, the inventories date. The three batches were published between 2000 "
                    "and 2006; some of their technologies are now standard practice in their "
                    "sectors and others have been overtaken. Also consult more recent lists of "
                    "advanced technologies, the process requirements in the sector's indicator "
                    "system, and the national lists of outdated processes and equipment to be "
                    "phased out, so that every option you recommend is both advanced and "
                    "lawful.</p><p>Second, the investment and benefit figures in an inventory are "
                    "typical values, not promises. Feasibility analysis must use the enterprise's "
                    "own data: the reductions shown by the material balance, the actual prices of "
                    "raw materials, energy and discharges, and formal supplier quotations.</p><p>"
                    "Third, a technology option needs the right conditions around it: space, "
                    "utilities, staff skills and production scheduling. The results of many "
                    "options depend on operating procedures and training, so design the supporting "
                    "management options at the same time.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Technology inventory",
                    "definition": (
                        "A state-compiled, expert-approved list of proven CP technologies that "
                        "gives each technology's scope, technical content, investment and "
                        "benefits. It steers enterprises towards advanced technology and serves as "
                        "the technical basis for recommending and approving CP projects."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "The audit team finds a technology in the inventory that looks suitable. "
                        "What is the best next step?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Copy the inventory's investment and benefit figures straight into "
                                "the feasibility analysis."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Inventory figures are typical values; feasibility "
                                "analysis needs the enterprise's own data and supplier quotations."
                            ),
                        },
                        {
                            "text": (
                                "Check the conditions of use, make a first estimate from the "
                                "material balance, then verify through a site visit and quotations "
                                "before adding it to the option list."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. This is the full path from an inventory entry to a "
                                "reliable option."
                            ),
                        },
                        {
                            "text": (
                                "Ignore the inventories, because they are old and all their "
                                "technologies are out of date."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Many listed technologies still apply; judge them "
                                "together with newer lists and the phase-out lists."
                            ),
                        },
                    ],
                    "explanation": (
                        "The inventories are a reliable source of options, but each entry has to "
                        "be checked for fit, estimated with numbers and verified on the ground "
                        "before it becomes an option for the enterprise."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_COMPULSORY_AUDITS_OF_KEY_ENTERPRISES: dict = {
    "slug": "compulsory-audits-of-key-enterprises",
    "estimated_minutes": 50,
    "required": True,
    "preview": False,
    "zh": {
        "title": "重点企业强制性清洁生产审核",
        "summary": (
            "明确哪些企业必须开展强制性审核、名单如何公布、各环节的时间要求，以及企业、"
            "咨询服务机构和审核人员各自的责任。"
        ),
        "body": [
            ("heading", "哪些企业必须开展强制性审核"),
            (
                "paragraph",
                (
                    "<p>国家鼓励企业自愿开展清洁生产审核，同时对环境影响突出的企业规定了审核义务。"
                    "2003年的清洁生产促进法规定了两类企业，2012年修法后扩大为三类：</p><ol><li><b>"
                    "“双超”企业</b>：污染物排放超过国家或地方排放标准，或者虽未超标、"
                    "但超过重点污染物排放总量控制指标；</li><li><b>“双有”企业</b>："
                    "在生产中使用有毒有害原料，或者排放有毒有害物质；</li><li><b>高耗能企业</b>："
                    "超过单位产品能源消耗限额标准，构成高耗能。</li></ol><p>"
                    "这一制度体现了发展中国家的特点：相当一部分企业的环境管理能力较弱，"
                    "仅靠自愿难以在较短时间内达到基本的环境要求，"
                    "因此需要用行政手段要求这些企业通过审核更新工艺、改进管理。"
                    "2004年的《清洁生产审核暂行办法》首次提出强制性审核的概念，"
                    "随后发布的《重点企业清洁生产审核程序的规定》专门规范了强制性审核的程序，"
                    "并明确了各级环境保护主管部门的职责；2016年修订发布的《清洁生产审核办法》"
                    "对上述规定作了进一步完善。</p><p>与自愿审核相比，强制性审核有两个突出特点："
                    "一是<b>首先着眼于稳定达标</b>，"
                    "审核要帮助企业把污染物排放稳定控制在标准和总量指标以内，"
                    "而不只是一般意义上的减少产生和排放；二是<b>以中/高费方案为重点</b>，"
                    "以技术类方案为主要手段，推动企业和行业技术水平的提升，"
                    "而不是停留在管理类的无/低费方案上。</p>"
                ),
            ),
            ("heading", "名单公布和时间要求"),
            (
                "paragraph",
                (
                    "<p>需要开展强制性审核的企业以名单形式确定：“双超”“双有”"
                    "企业由生态环境主管部门确定，高耗能企业由节能主管部门确定，"
                    "名单通过政府网站等便于公众知晓的方式公布，并书面通知企业。按照现行的审核办法，"
                    "列入名单的企业要遵守以下时间要求（各地通知可能有更具体的安排，"
                    "以当地现行文件为准）：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["环节", "时间要求", "主要责任方", "要点"],
                        [
                            "公布企业相关信息",
                            "名单公布后1个月内",
                            "企业",
                            (
                                "通过当地媒体、企业网站等公开主要污染物排放、"
                                "有毒有害物质使用和排放或能耗超限额等情况"
                            ),
                        ],
                        [
                            "启动审核",
                            "名单公布后2个月内",
                            "企业（可委托咨询服务机构）",
                            "成立审核小组，签订咨询服务合同，制订工作计划",
                        ],
                        [
                            "完成本轮审核并报送报告",
                            "名单公布之日起1年内",
                            "企业",
                            "按七个阶段完成审核，将审核报告报送主管部门",
                        ],
                        [
                            "评估",
                            "报告报送后",
                            "主管部门组织专家",
                            "判断审核是否真实、完整，预期效益是否可信",
                        ],
                        [
                            "验收",
                            "中/高费方案实施后",
                            "主管部门组织专家",
                            "核实中/高费方案的实际成效",
                        ],
                        [
                            "下一轮审核",
                            "“双有”企业两次审核间隔不超过5年",
                            "企业",
                            "持续清洁生产，滚动开展审核",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "强制性清洁生产审核的主要环节和时间要求",
                },
            ),
            ("heading", "企业、咨询服务机构和审核人员的责任"),
            (
                "paragraph",
                (
                    "<p><b>企业是审核的责任主体。</b>企业负责人要作出承诺并亲自推动，"
                    "组建由管理人员和技术骨干组成的审核小组，如实提供生产、消耗和排放数据，"
                    "承担审核费用，按计划实施方案，按时报送审核报告并申请评估和验收。"
                    "企业有能力的可以自行审核，能力不足的可以委托咨询服务机构协助，"
                    "但委托并不转移企业的责任。</p><p><b>咨询服务机构要具备相应能力。</b>"
                    "一般要求有熟悉相关行业工艺和污染防治的技术人员、取得审核师证书的审核人员，"
                    "以及开展审核所需的测试条件；要与企业共同完成七个阶段的工作，保证数据真实、"
                    "方法规范，不得代写“纸面审核”或编造数据。</p><p><b>审核人员必须持证。</b>"
                    "生态环境主管部门要求，凡参与强制性审核的人员，"
                    "包括咨询服务机构的审核人员和企业审核小组的技术骨干，"
                    "都要参加全国清洁生产审核师培训班并取得证书。评估时，"
                    "专家会核对审核组成员名单和证书状态；"
                    "本平台公开的强制性审核记录会列出审核组成员，并链接到各自证书的核验页面。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "法律责任",
                    "text": (
                        "<p>按照2012年修正后的清洁生产促进法，列入名单的企业不实施强制性审核、"
                        "在审核中弄虚作假，或者不报告、不如实报告审核结果的，"
                        "由负责清洁生产综合协调的部门和生态环境主管部门按职责责令限期改正；"
                        "拒不改正的，处五万元以上五十万元以下罚款。"
                        "各地还普遍把审核和评估验收结果与专项资金申请、"
                        "总量减排核算和企业环境信用评价挂钩，"
                        "咨询服务机构弄虚作假的也会被通报并追究责任。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "强制性清洁生产审核",
                    "definition": (
                        "法律规定的“双超”“双有”和高耗能三类企业必须开展的清洁生产审核，"
                        "由主管部门公布名单、设定时限，并组织评估和验收。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "下列哪一家企业应当列入强制性清洁生产审核的范围？",
                    "options": [
                        {
                            "text": (
                                "排放浓度达标，但主要污染物年排放量超过了地方人民政府核定的总量控"
                                "制指标。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。超过重点污染物排放总量控制指标属于“双超”情形，"
                                "即使浓度达标也要开展强制性审核。"
                            ),
                        },
                        {
                            "text": "各项排放稳定达标，希望通过审核降低生产成本。",
                            "correct": False,
                            "feedback": "不正确。这是典型的自愿审核，国家鼓励但不强制。",
                        },
                        {
                            "text": "单位产品能耗低于国家限额标准，正在扩大产能。",
                            "correct": False,
                            "feedback": "不正确。能耗未超过限额标准，不构成高耗能情形。",
                        },
                    ],
                    "explanation": (
                        "强制性审核针对三类情形：超标或超总量、使用或排放有毒有害物质、"
                        "超过单位产品能耗限额。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业委托咨询服务机构开展强制性审核。关于审核人员的证书，"
                        "下列说法哪一项正确？"
                    ),
                    "options": [
                        {
                            "text": "只要咨询服务机构的项目负责人持证即可。",
                            "correct": False,
                            "feedback": (
                                "不正确。要求覆盖所有参与强制性审核的人员，而不只是项目负责人。"
                            ),
                        },
                        {
                            "text": "企业审核小组的技术骨干由咨询服务机构指导，不需要持证。",
                            "correct": False,
                            "feedback": "不正确。企业审核小组中参与审核工作的技术骨干同样要持证。",
                        },
                        {
                            "text": (
                                "所有参与强制性审核的人员都应参加全国审核师培训并取得证书，"
                                "评估时会核对证书状态。"
                            ),
                            "correct": True,
                            "feedback": "正确。这是生态环境主管部门的明确要求。",
                        },
                    ],
                    "explanation": (
                        "持证要求针对“人”而不是“机构”："
                        "参与强制性审核的每一个人都要取得全国清洁生产审核师证书。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Compulsory CP audits of key enterprises",
        "summary": (
            "Which enterprises must carry out a compulsory audit, how the list is published, the "
            "deadlines at each step, and what the enterprise, the consultancy and the auditors are "
            "each responsible for."
        ),
        "body": [
            ("heading", "Which enterprises must be audited"),
            (
                "paragraph",
                (
                    "<p>The state encourages enterprises to carry out CP audits voluntarily, but "
                    "it also places a duty to audit on enterprises with a serious environmental "
                    "impact. The 2003 CP Promotion Law named two categories of enterprise; the "
                    "2012 revision added a third:</p><ol><li><b>Enterprises that exceed standards "
                    "or totals</b>: their discharges exceed national or local discharge standards, "
                    "or meet the standards but exceed the total-load control targets for key "
                    "pollutants;</li><li><b>Enterprises that use or discharge toxic and hazardous "
                    "substances</b>: they use toxic or hazardous raw materials in production, or "
                    "discharge toxic or hazardous substances;</li><li><b>Energy-intensive "
                    "enterprises</b>: their energy use per unit of product exceeds the national "
                    "limit.</li></ol><p>This reflects the situation of a developing country. Many "
                    "enterprises had weak environmental management, and voluntary action alone "
                    "would not bring them up to basic environmental requirements within a "
                    "reasonable time. Administrative measures were therefore used to require them "
                    "to upgrade their processes and management through an audit. The Interim "
                    "Measures for CP Audit of 2004 introduced the idea of a compulsory audit; the "
                    "Rules on CP Audit Procedures for Key Enterprises that followed set out how "
                    "compulsory audits are done and what environmental authorities at each level "
                    "must do; and the CP Audit Measures revised in 2016 brought these rules up to "
                    "date.</p><p>Compared with a voluntary audit, a compulsory audit has two "
                    "distinctive features. First, it <b>aims at reliable compliance</b>: it must "
                    "help the enterprise keep its discharges within the standards and the "
                    "total-load targets, not merely reduce pollution in general. Second, it <b>"
                    "concentrates on mid/high-cost options</b>: technology options are the main "
                    "tool, so that the technical level of the enterprise and its sector rises, "
                    "rather than the audit stopping at no/low-cost management measures.</p>"
                ),
            ),
            ("heading", "The published list and the deadlines"),
            (
                "paragraph",
                (
                    "<p>The enterprises that must be audited are identified in a list. The "
                    "environmental authority decides which enterprises fall into the first two "
                    "categories, and the energy-conservation authority decides the "
                    "energy-intensive ones. The list is published on government websites or in "
                    "other ways the public can easily see, and each enterprise is notified in "
                    "writing. Under the current audit measures, listed enterprises must meet the "
                    "following deadlines (local notices may add detail; follow the documents in "
                    "force locally):</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Step", "Deadline", "Main responsibility", "Key points"],
                        [
                            "Publish information about the enterprise",
                            "Within 1 month of the list being published",
                            "Enterprise",
                            (
                                "Use local media, the company website or similar to publish its "
                                "main pollutant discharges, its use and discharge of toxic "
                                "substances, or how far its energy use exceeds the limit"
                            ),
                        ],
                        [
                            "Start the audit",
                            "Within 2 months of the list being published",
                            "Enterprise (may engage a consultancy)",
                            (
                                "Set up the audit team, sign the consultancy contract, draw up the "
                                "work plan"
                            ),
                        ],
                        [
                            "Complete the audit round and submit the report",
                            "Within 1 year of the list being published",
                            "Enterprise",
                            (
                                "Complete all seven phases and submit the audit report to the "
                                "authority"
                            ),
                        ],
                        [
                            "Assessment",
                            "After the report is submitted",
                            "Authority, with an expert panel",
                            (
                                "Is the audit real and complete, and are the expected benefits "
                                "credible?"
                            ),
                        ],
                        [
                            "Acceptance",
                            "After the mid/high-cost options are implemented",
                            "Authority, with an expert panel",
                            "Verify the real results of the mid/high-cost options",
                        ],
                        [
                            "Next audit round",
                            (
                                "No more than 5 years between audits for enterprises using or "
                                "discharging toxic substances"
                            ),
                            "Enterprise",
                            "Sustain CP and audit again on a rolling basis",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Main steps and deadlines of a compulsory CP audit",
                },
            ),
            ("heading", "Who is responsible for what"),
            (
                "paragraph",
                (
                    "<p><b>The enterprise is responsible for the audit.</b> Its top management "
                    "must commit to the audit and drive it personally, set up an audit team of "
                    "managers and senior engineers, supply true data on production, consumption "
                    "and discharges, pay for the audit, implement the options as planned, submit "
                    "the audit report on time, and apply for assessment and acceptance. An "
                    "enterprise with the necessary skills may audit itself; one without them may "
                    "engage a consultancy, but engaging a consultancy does not transfer the "
                    "enterprise's responsibility.</p><p><b>The consultancy must be competent.</b> "
                    "It is normally expected to have engineers who know the sector's processes and "
                    "pollution control, auditors holding the auditor certificate, and the means to "
                    "carry out the measurements an audit needs. It must work through the seven "
                    "phases together with the enterprise, keep the data true and the method sound, "
                    "and never produce a paper audit written at a desk or invent data.</p><p><b>"
                    "Auditors must be certified.</b> The environmental authority requires everyone "
                    "who works on a compulsory audit, including the consultancy's auditors and the "
                    "senior engineers on the enterprise's audit team, to attend the National "
                    "Training Course for CP Auditors and obtain its certificate. Assessors check "
                    "the audit team list and the status of each certificate. On this platform, a "
                    "published compulsory audit lists its audit team, and each name links to the "
                    "verification page of that person's certificate.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "Legal liability",
                    "text": (
                        "<p>Under the CP Promotion Law as revised in 2012, a listed enterprise "
                        "that fails to carry out a compulsory audit, falsifies its audit, or fails "
                        "to report its audit results or reports them untruthfully is ordered by "
                        "the CP coordinating department and the environmental authority, each "
                        "within its remit, to put things right within a deadline; if it refuses, "
                        "it is fined between RMB 50,000 and RMB 500,000. Many localities also link "
                        "audit, assessment and acceptance results to applications for special "
                        "funds, to the accounting of total-load reductions and to enterprises' "
                        "environmental credit ratings. Consultancies found falsifying audits are "
                        "named publicly and held to account.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Compulsory CP audit",
                    "definition": (
                        "A CP audit that the law requires of three kinds of enterprise: those "
                        "exceeding discharge standards or totals, those using or discharging toxic "
                        "and hazardous substances, and energy-intensive enterprises. The "
                        "authorities publish the list, set the deadlines, and organise assessment "
                        "and acceptance."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "Which of these enterprises falls within the scope of compulsory CP audits?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Its discharge concentrations meet the standard, but its annual "
                                "discharge of a main pollutant exceeds the total-load target set "
                                "by the local government."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Exceeding the total-load target for a key pollutant "
                                "triggers a compulsory audit even when concentrations comply."
                            ),
                        },
                        {
                            "text": (
                                "All its discharges comply reliably, and it wants an audit to cut "
                                "production costs."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. This is a typical voluntary audit, which the state "
                                "encourages but does not require."
                            ),
                        },
                        {
                            "text": (
                                "Its energy use per unit of product is below the national limit, "
                                "and it is expanding capacity."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Its energy use does not exceed the limit, so it is not "
                                "energy-intensive in the legal sense."
                            ),
                        },
                    ],
                    "explanation": (
                        "Compulsory audits apply in three situations: exceeding standards or "
                        "totals, using or discharging toxic and hazardous substances, and "
                        "exceeding the energy limit per unit of product."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise engages a consultancy for its compulsory audit. Which "
                        "statement about auditor certificates is correct?"
                    ),
                    "options": [
                        {
                            "text": (
                                "It is enough for the consultancy's project leader to hold a "
                                "certificate."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The requirement covers everyone who works on a "
                                "compulsory audit, not just the project leader."
                            ),
                        },
                        {
                            "text": (
                                "The senior engineers on the enterprise's audit team are guided by "
                                "the consultancy and do not need certificates."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Engineers on the enterprise's team who work on the "
                                "audit need certificates too."
                            ),
                        },
                        {
                            "text": (
                                "Everyone working on the compulsory audit must attend the national "
                                "auditor course and hold its certificate, and assessors check "
                                "certificate status."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. This is an explicit requirement of the environmental "
                                "authority."
                            ),
                        },
                    ],
                    "explanation": (
                        "The certificate requirement applies to people, not organisations: every "
                        "person working on a compulsory audit needs the national CP auditor "
                        "certificate."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_ASSESSMENT_AND_ACCEPTANCE: dict = {
    "slug": "assessment-and-acceptance",
    "estimated_minutes": 50,
    "required": True,
    "preview": False,
    "zh": {
        "title": "强制性审核的评估与验收",
        "summary": (
            "掌握2008年评估验收指南规定的两步程序：评估看审核是否真实完整、预期效益是否可信，"
            "验收看中/高费方案的实际成效；了解常用材料、评分方法和结论处理。"
        ),
        "body": [
            ("heading", "为什么要评估和验收"),
            (
                "paragraph",
                (
                    "<p>清洁生产审核大多由企业委托咨询服务机构完成，"
                    "审核质量在很大程度上取决于市场化的咨询服务。法规陆续出台后，"
                    "开展审核的企业迅速增多，但政府难以直接掌握每一份报告的质量，"
                    "个别审核甚至流于形式。为此，原环境保护部于2008年7月发布《重点企业清洁生产审核"
                    "评估、验收实施指南（试行）》，要求地方环境保护主管部门按照规定的程序和标准，"
                    "对重点企业的强制性审核逐一开展评估和验收。</p><p>指南规定了两步程序：<b>"
                    "第一步是评估</b>，针对审核的工作过程，判断审核报告是否真实，"
                    "审核中产生的方案的预期效果是否可信；<b>第二步是验收</b>，"
                    "重点核实中/高费方案实施后的实际成效，并对本轮审核作出最终结论。两步结合，"
                    "使主管部门能够在更高层次上把控强制性审核的质量，保证审核真正见效。</p>"
                ),
            ),
            ("heading", "第一步：评估"),
            (
                "paragraph",
                (
                    "<p>评估在企业完成审核报告之后进行，此时企业已完成可行性分析，"
                    "无/低费方案已基本实施，中/高费方案已确定实施计划。评估专家组通过查阅材料、"
                    "现场检查和询问员工，重点回答以下问题：</p><ul><li>审核是否真正开展："
                    "领导是否参与，审核小组是否到位、人员是否持证，是否开展了培训和宣传；</li><li>"
                    "现状数据是否真实完整：产量、原辅材料和能源消耗、"
                    "污染物产生和排放数据能否追溯到台账和监测报告；</li><li>审核重点和目标是否合理："
                    "审核重点是否抓住了强制性审核的原因，目标是否量化、可考核；</li><li>"
                    "评估阶段是否做了实测：物料平衡是否基于实测数据、能否闭合，"
                    "废物产生原因是否分析透彻；</li><li>方案是否有针对性：是否有解决主要问题、"
                    "特别是超标或有毒有害物质问题的中/高费方案；</li><li>无/低费方案是否见效、"
                    "中/高费方案的预期效益是否可信：现场能否看到实施痕迹，效益测算的依据是否可靠。"
                    "</li></ul><p>专家组一般使用评分表，并设置“一票否决”项。下表是一份<b>示例</b>"
                    "评分表，各地实际使用的评分表以当地文件为准。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["评估内容（示例）", "分值", "主要看什么"],
                        ["筹划和组织", "10", "领导承诺、审核小组组成和持证情况、培训记录"],
                        ["预评估", "20", "现状数据完整可信、审核重点选择合理、目标量化"],
                        ["评估", "20", "实测记录、物料平衡闭合情况、废物产生原因分析"],
                        ["方案产生和筛选", "15", "方案数量和针对性，是否覆盖强制性审核的原因"],
                        ["可行性分析", "15", "技术、环境、经济分析的依据和计算是否正确"],
                        ["无/低费方案实施成效", "10", "现场核实、效果数据"],
                        ["报告质量", "10", "结构完整、数据一致、结论清楚"],
                        [
                            "合计",
                            "100",
                            "本示例设70分为通过线；数据造假、审核人员无有效证书等为否决项",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：评估评分表（仅用于教学）",
                },
            ),
            ("heading", "第二步：验收"),
            (
                "paragraph",
                (
                    "<p>验收在中/高费方案实施完成、设备稳定运行一段时间之后进行。"
                    "评估看的是“计划和预期”，验收看的是“实际和结果”。验收专家组重点核实：</p>"
                    "<ul><li>中/高费方案是否按计划实施：设备合同、发票、安装调试和运行记录是否齐全，"
                    "现场是否在正常运行；</li><li>实际成效如何：用实施后的监测报告、"
                    "计量台账和财务数据，核算节水、节能、降耗和减污的实际数量以及经济效益，"
                    "并与评估时的预期对比；</li><li>审核目标是否实现："
                    "污染物排放是否稳定达到标准和总量控制要求，"
                    "有毒有害物质的使用和排放是否按目标削减，清洁生产水平是否提升；</li><li>"
                    "是否建立了持续清洁生产的机制：管理机构、制度、考核指标和下一轮工作计划。</li>"
                    "</ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["比较项", "评估", "验收"],
                        ["时间", "审核报告完成后", "中/高费方案实施并稳定运行后"],
                        [
                            "核心问题",
                            "审核是否真实、完整，预期效益是否可信",
                            "中/高费方案的实际成效是否得到验证，目标是否实现",
                        ],
                        [
                            "主要材料",
                            (
                                "审核报告、工作计划和培训记录、审核组名单及证书、监测报告、"
                                "物料平衡实测记录、无/低费方案实施证明、可行性分析"
                            ),
                            (
                                "方案实施情况报告、设备合同和发票、调试运行记录、实施后监测报告、"
                                "计量台账、效益核算、持续清洁生产制度文件"
                            ),
                        ],
                        [
                            "结论",
                            "通过或不通过（提出整改意见）",
                            "通过或不通过，作为本轮审核的最终结论",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "评估和验收的比较",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "结论怎么处理",
                    "text": (
                        "<ul><li><b>通过</b>：主管部门出具书面意见，结果记入企业档案；"
                        "企业在年度环境信息依法披露报告中公开评估与验收结果。</li><li><b>不通过</b>"
                        "：专家组写明问题和整改要求，企业在规定期限内整改后重新申请；"
                        "问题严重的要重新开展审核。</li><li><b>弄虚作假</b>："
                        "按清洁生产促进法追究企业责任，对参与造假的咨询服务机构通报处理。</li></ul>"
                        "<p>审核人员的经验是：从第一天起就按验收的要求保存证据，包括实测原始记录、"
                        "照片、计量读数和费用凭证，到验收时就不会手忙脚乱。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "验收",
                    "definition": (
                        "强制性审核评估验收的第二步，在中/高费方案实施后进行，"
                        "核实方案的实际成效和审核目标的完成情况，对本轮审核作出最终结论。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "下列哪一个问题属于验收阶段而不是评估阶段的核心问题？",
                    "options": [
                        {
                            "text": "物料平衡是否基于实测数据并能够闭合。",
                            "correct": False,
                            "feedback": "不正确。这是评估阶段检查审核过程是否真实的内容。",
                        },
                        {
                            "text": (
                                "改造后的逆流漂洗系统运行一年，"
                                "实际节水量是否达到可行性分析中的预期。"
                            ),
                            "correct": True,
                            "feedback": "正确。核实中/高费方案的实际成效是验收的核心。",
                        },
                        {
                            "text": "审核小组成员是否取得审核师证书。",
                            "correct": False,
                            "feedback": "不正确。人员和组织情况在评估时就要核查。",
                        },
                    ],
                    "explanation": (
                        "评估看审核过程和预期效益是否可信，验收看中/高费方案实施后的真实结果。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Assessment and acceptance of compulsory audits",
        "summary": (
            "The two-step procedure of the 2008 Guideline: assessment asks whether the audit is "
            "real and complete and its expected benefits credible; acceptance verifies the real "
            "results of the mid/high-cost options. Typical documents, scoring and what happens "
            "after a decision."
        ),
        "body": [
            ("heading", "Why assessment and acceptance exist"),
            (
                "paragraph",
                (
                    "<p>Most CP audits are carried out with the help of consultancies engaged by "
                    "the enterprise, so the quality of an audit depends heavily on a commercial "
                    "service. As the regulations took effect, the number of audits grew quickly, "
                    "but the government had no direct way to judge the quality of every report, "
                    "and some audits were little more than paperwork. In July 2008 the then "
                    "Ministry of Environmental Protection therefore issued the Guideline for "
                    "Assessment and Acceptance of CP Audits in Key Enterprises (trial). It "
                    "requires local environmental authorities to assess and accept every "
                    "compulsory audit of a key enterprise, following set procedures and "
                    "criteria.</p><p>The Guideline lays down two steps. <b>Step 1, assessment</b>, "
                    "looks at how the audit was done: is the audit report true, and are the "
                    "expected effects of the options it produced credible? <b>Step 2, "
                    "acceptance</b>, verifies the real results of the mid/high-cost options once "
                    "they are in place and gives the audit its final conclusion. Together the two "
                    "steps let the authority control the quality of compulsory audits at a higher "
                    "level and make sure audits deliver real results.</p>"
                ),
            ),
            ("heading", "Step 1: assessment"),
            (
                "paragraph",
                (
                    "<p>Assessment takes place once the enterprise has finished its audit report. "
                    "By then it has completed the feasibility analysis, the no/low-cost options "
                    "are largely in place, and there is a plan for implementing the mid/high-cost "
                    "options. The expert panel reads the documents, inspects the site and talks to "
                    "staff to answer these questions:</p><ul><li>Did the audit really happen? Were "
                    "managers involved, was the audit team in place and certified, and were "
                    "training and awareness-raising carried out?</li><li>Are the baseline data "
                    "true and complete? Can the figures for output, raw materials, energy, and "
                    "pollutants generated and discharged be traced to ledgers and monitoring "
                    "reports?</li><li>Are the audit focus and targets sensible? Does the audit "
                    "focus address the reason the enterprise was listed, and are the targets "
                    "quantified and checkable?</li><li>Were measurements made during assessment? "
                    "Is the material balance based on measured data, does it close, and have the "
                    "causes of waste been analysed properly?</li><li>Are the options to the point? "
                    "Are there mid/high-cost options that tackle the main problems, especially "
                    "exceedances or toxic and hazardous substances?</li><li>Have the no/low-cost "
                    "options worked, and are the expected benefits of the mid/high-cost options "
                    "credible? Is there visible evidence on site, and are the benefit estimates "
                    "based on sound data?</li></ul><p>Panels usually work with a scoring sheet "
                    "that includes items which fail the audit outright. The table below is an <b>"
                    "illustrative</b> sheet; the sheets actually used are set locally.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["What is assessed (illustrative)", "Points", "What the panel looks at"],
                        [
                            "Planning and organisation",
                            "10",
                            (
                                "Management commitment, make-up and certification of the audit "
                                "team, training records"
                            ),
                        ],
                        [
                            "Pre-assessment",
                            "20",
                            (
                                "Complete and credible baseline data, a sensible audit focus, "
                                "quantified targets"
                            ),
                        ],
                        [
                            "Assessment",
                            "20",
                            (
                                "Measurement records, closure of the material balance, analysis of "
                                "why waste arises"
                            ),
                        ],
                        [
                            "Option generation and screening",
                            "15",
                            (
                                "Number and relevance of options; do they cover the reason for the "
                                "compulsory audit?"
                            ),
                        ],
                        [
                            "Feasibility analysis",
                            "15",
                            (
                                "Sound data and correct calculations in the technical, "
                                "environmental and economic analysis"
                            ),
                        ],
                        [
                            "Results of no/low-cost options",
                            "10",
                            "Checked on site, with data on their effect",
                        ],
                        [
                            "Quality of the report",
                            "10",
                            "Complete structure, consistent data, clear conclusions",
                        ],
                        [
                            "Total",
                            "100",
                            (
                                "In this example 70 points pass; falsified data or auditors "
                                "without valid certificates fail the audit outright"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative assessment scoring sheet (for teaching only)",
                },
            ),
            ("heading", "Step 2: acceptance"),
            (
                "paragraph",
                (
                    "<p>Acceptance takes place after the mid/high-cost options have been "
                    "implemented and the equipment has run steadily for a while. Assessment looks "
                    "at plans and expectations; acceptance looks at facts and results. The "
                    "acceptance panel checks:</p><ul><li>Were the mid/high-cost options "
                    "implemented as planned? Are contracts, invoices, installation, commissioning "
                    "and operating records complete, and is the equipment running normally on "
                    "site?</li><li>What were the real results? Using monitoring reports, meter "
                    "ledgers and financial records from after implementation, the panel works out "
                    "the actual savings of water, energy and materials, the actual reduction in "
                    "pollution and the economic benefit, and compares them with the expectations "
                    "at assessment.</li><li>Were the audit targets met? Do discharges now reliably "
                    "meet the standards and total-load limits, has the use and discharge of toxic "
                    "substances fallen as planned, and has the CP level improved?</li><li>Is there "
                    "a mechanism to sustain CP: an organisation, procedures, performance "
                    "indicators and a plan for the next round?</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Aspect", "Assessment", "Acceptance"],
                        [
                            "When",
                            "After the audit report is finished",
                            "After the mid/high-cost options are in place and running steadily",
                        ],
                        [
                            "Central question",
                            (
                                "Is the audit real and complete, and are the expected benefits "
                                "credible?"
                            ),
                            (
                                "Have the real results of the mid/high-cost options been verified, "
                                "and were the targets met?"
                            ),
                        ],
                        [
                            "Main documents",
                            (
                                "Audit report, work plan and training records, audit team list and "
                                "certificates, monitoring reports, material balance measurement "
                                "records, evidence of no/low-cost options, feasibility analysis"
                            ),
                            (
                                "Report on option implementation, equipment contracts and "
                                "invoices, commissioning and operating records, "
                                "post-implementation monitoring reports, meter ledgers, benefit "
                                "calculations, procedures for sustaining CP"
                            ),
                        ],
                        [
                            "Conclusion",
                            "Pass, or fail with required corrections",
                            "Pass or fail; the final conclusion of the audit round",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Assessment and acceptance compared",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "What happens after the decision",
                    "text": (
                        "<ul><li><b>Pass</b>: the authority issues a written opinion and the "
                        "result goes on the enterprise's file. The enterprise publishes its "
                        "assessment and acceptance results in its annual environmental disclosure "
                        "report.</li><li><b>Fail</b>: the panel records the problems and the "
                        "corrections required; the enterprise makes them within the deadline and "
                        "applies again. Where the problems are serious, the audit must be "
                        "redone.</li><li><b>Falsification</b>: the enterprise is held liable under "
                        "the CP Promotion Law, and any consultancy involved is named and dealt "
                        "with.</li></ul><p>Experienced auditors keep evidence to acceptance "
                        "standard from the first day: raw measurement records, photographs, meter "
                        "readings and receipts. Then acceptance holds no surprises.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Acceptance",
                    "definition": (
                        "The second step of reviewing a compulsory audit, carried out after the "
                        "mid/high-cost options are in place. It verifies their real results and "
                        "whether the audit targets were met, and gives the audit round its final "
                        "conclusion."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "Which question belongs to acceptance rather than assessment?",
                    "options": [
                        {
                            "text": (
                                "Is the material balance based on measured data, and does it close?"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. This is checked at assessment, to judge whether the "
                                "audit process was real."
                            ),
                        },
                        {
                            "text": (
                                "After a year of operation, did the new counter-current rinsing "
                                "system save as much water as the feasibility analysis expected?"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Verifying the real results of mid/high-cost options is "
                                "the heart of acceptance."
                            ),
                        },
                        {
                            "text": "Do the audit team members hold auditor certificates?",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The people and organisation are checked at assessment."
                            ),
                        },
                    ],
                    "explanation": (
                        "Assessment judges the audit process and whether expected benefits are "
                        "credible; acceptance checks the real results after the mid/high-cost "
                        "options are implemented."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_ENVIRONMENTAL_INFORMATION_DISCLOSURE: dict = {
    "slug": "environmental-information-disclosure",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "重点企业的环境信息依法披露",
        "summary": (
            "了解重点企业的信息公开义务和2021年披露管理办法的要求：谁要披露、"
            "年度报告和临时报告的时限、披露哪些内容，以及如何更正已披露的信息。"
        ),
        "body": [
            ("heading", "法律依据和披露主体"),
            (
                "paragraph",
                (
                    "<p>清洁生产促进法要求，列入污染严重企业名单的企业应当向社会公布其主要污染物的"
                    "排放情况。公开排放信息，一方面让公众和社会组织能够监督企业，"
                    "另一方面也给企业持续改进以外部压力。</p><p>2021年，"
                    "生态环境部发布《企业环境信息依法披露管理办法》（2022年2月起施行），"
                    "把披露要求系统化。按照这一办法：</p><ul><li><b>披露主体</b>包括重点排污单位、"
                    "实施强制性清洁生产审核的企业，以及上一年度因生态环境违法行为受到处罚等情形的"
                    "上市公司和发债企业；设区的市级生态环境主管部门每年制定本行政区域的披露企业名"
                    "单；</li><li><b>企业是披露的责任主体</b>，"
                    "要建立披露管理制度和准确的环境信息台账，妥善保存原始记录；"
                    "披露的数据应符合监测和统计规范，"
                    "优先使用符合国家监测规范的监测数据和排污许可证执行报告数据；</li><li>"
                    "披露应当<b>依法、及时、真实、准确、完整</b>，表述简明易懂，不得有虚假记载、"
                    "误导性陈述或重大遗漏。</li></ul>"
                ),
            ),
            ("heading", "年度报告和临时报告"),
            (
                "paragraph",
                (
                    "<p>企业每年<b>3月15日前</b>"
                    "披露上一年度1月1日至12月31日的年度环境信息依法披露报告。"
                    "年度报告的主要内容如下：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["内容类别", "主要信息"],
                        ["企业基本信息", "生产经营和生态环境保护方面的基础信息"],
                        [
                            "环境管理信息",
                            (
                                "排污许可等生态环境行政许可、环境保护税、环境污染责任保险、"
                                "环保信用评价等"
                            ),
                        ],
                        [
                            "污染物产生、治理与排放信息",
                            (
                                "污染防治设施，各排放口的污染物名称、"
                                "排放浓度及对应的排放标准和限值、排放总量及许可排放量、超标情况，"
                                "有毒有害物质排放，工业固体废物和危险废物的产生、贮存、流向、"
                                "利用和处置，自行监测结果"
                            ),
                        ],
                        ["碳排放信息", "排放量、排放设施等"],
                        ["生态环境应急信息", "突发环境事件应急预案、重污染天气应急响应等"],
                        ["生态环境违法信息", "行政处罚等违法信息及整改情况"],
                        ["本年度临时报告情况", "当年已披露的临时报告"],
                        [
                            "强制性清洁生产审核信息（适用于实施强制性审核的企业）",
                            "实施强制性审核的原因；审核的实施情况、评估与验收结果",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "年度环境信息依法披露报告的主要内容",
                },
            ),
            (
                "paragraph",
                (
                    "<p>发生以下情形时，企业要在<b>收到相关法律文书之日起5个工作日内</b>"
                    "披露临时报告：生态环境行政许可准予、变更、延续或撤销；"
                    "因生态环境违法行为受到行政处罚；因生态环境违法行为，有关负责人员被行政拘留，"
                    "或者企业及有关人员被追究刑事责任；达成或被判定生态环境损害赔偿。"
                    "按照期间计算的一般规则，收到文书的当天不计入。例如，"
                    "企业在某个星期三收到行政处罚决定书，如果其间没有法定节假日，"
                    "最迟应在下一个星期三完成披露。</p>"
                ),
            ),
            ("heading", "更正和更新：不覆盖，只追加"),
            (
                "paragraph",
                (
                    "<p>已披露的信息发生变化，或者企业发现已披露的内容有误时，不能悄悄修改原报告，"
                    "而要<b>以临时报告的形式</b>披露变更的事项，并说明变更的原因。这样，"
                    "公众看到的是一条完整的记录：原来披露的是什么、改成了什么、为什么改、"
                    "什么时候改。本平台也遵循同样的规则：已发布的报告不会被覆盖，"
                    "每一次更正都是一份新的、可追溯的记录。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：一次数据更正",
                    "text": (
                        "<p>某示例企业在3月10日发布了上一年度的年度报告，"
                        "其中二氧化硫年排放量填为12.4吨。4月初核对排污许可证执行报告时，"
                        "发现正确数值应为14.2吨，是录入时两位数字颠倒所致。"
                        "企业随即发布一份临时报告，写明：更正的事项（二氧化硫年排放量）、"
                        "原披露值12.4吨、更正值14.2吨、更正原因（录入错误）"
                        "以及数据依据（排污许可证年度执行报告）。原年度报告保留不变，"
                        "公众可以同时看到两份报告。以上情景仅用于教学演示。</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>对审核人员来说，披露制度有三层含义：第一，"
                    "审核报告中的排放数据要与企业已披露的数据一致，两者对不上时，"
                    "要查明原因并在审核中说明；第二，公开的同行企业数据可以作为对标的参考；第三，"
                    "实施强制性审核的企业要在年度报告中公开审核原因、实施情况和评估验收结果，"
                    "审核中承诺的成效迟早要接受公众的检验，这也是把审核做实的又一道保障。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "临时环境信息依法披露报告",
                    "definition": (
                        "企业在发生行政许可变化、行政处罚、刑事责任追究、生态环境损害赔偿等情形，"
                        "或需要更正已披露信息时，在规定期限内单独发布的披露报告。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "某企业需要披露2026年度的环境信息。年度报告最迟应在什么时候发布？",
                    "options": [
                        {
                            "text": "2026年12月31日前。",
                            "correct": False,
                            "feedback": (
                                "不正确。年度报告披露的是已经结束的上一年度，不能在年度结束前完成。"
                            ),
                        },
                        {
                            "text": "2027年3月15日前。",
                            "correct": True,
                            "feedback": (
                                "正确。年度报告在次年3月15日前披露，覆盖上一年1月1日至12月31日。"
                            ),
                        },
                        {
                            "text": "2027年6月30日前。",
                            "correct": False,
                            "feedback": "不正确。截止日期是3月15日，而不是年中。",
                        },
                    ],
                    "explanation": (
                        "年度报告每年3月15日前发布，内容为上一个完整自然年度的环境信息。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "企业发现已发布的年度报告中有一个数据错误。正确的处理方式是什么？",
                    "options": [
                        {
                            "text": "直接修改原报告中的数据，重新发布。",
                            "correct": False,
                            "feedback": (
                                "不正确。悄悄覆盖原报告会让公众无法知道改了什么、为什么改。"
                            ),
                        },
                        {
                            "text": "以临时报告的形式披露更正的事项和原因，原报告保留。",
                            "correct": True,
                            "feedback": "正确。更正要以新的报告公开进行，并说明变更内容和原因。",
                        },
                        {
                            "text": "等到下一年度的年度报告中一并修正。",
                            "correct": False,
                            "feedback": "不正确。错误信息会在一年内持续误导公众，应当及时更正。",
                        },
                    ],
                    "explanation": (
                        "已披露的信息只能通过新的临时报告更正或更新，并写明变更的事项和原因。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Environmental information disclosure by key enterprises",
        "summary": (
            "The duty of key enterprises to publish their emissions and what the 2021 disclosure "
            "measures require: who must disclose, deadlines for annual and ad-hoc reports, what is "
            "disclosed, and how published information is corrected."
        ),
        "body": [
            ("heading", "The legal basis and who must disclose"),
            (
                "paragraph",
                (
                    "<p>The CP Promotion Law requires enterprises on the list of heavily polluting "
                    "enterprises to make their main pollutant emissions public. Publishing "
                    "emissions lets the public and civil society hold enterprises to account, and "
                    "gives enterprises an outside reason to keep improving.</p><p>In 2021 the "
                    "Ministry of Ecology and Environment issued the Measures for the "
                    "Administration of Legal Disclosure of Enterprise Environmental Information, "
                    "in force from February 2022, which put the disclosure duties on a systematic "
                    "footing. Under the measures:</p><ul><li><b>Who discloses</b>: key pollutant "
                    "dischargers, enterprises required to carry out a compulsory CP audit, and "
                    "listed companies and bond issuers that, among other cases, were penalised for "
                    "environmental violations in the previous year. The environmental authority of "
                    "each prefecture-level city draws up the list of disclosing enterprises for "
                    "its area every year.</li><li><b>The enterprise is responsible for its "
                    "disclosure.</b> It must set up disclosure procedures, keep accurate "
                    "environmental ledgers and look after the original records. Data must follow "
                    "monitoring and statistical rules, preferably using monitoring data that meet "
                    "national monitoring norms and the data in its pollutant discharge permit "
                    "compliance reports.</li><li>Disclosure must be <b>lawful, timely, true, "
                    "accurate and complete</b>, written simply and clearly, with no false records, "
                    "misleading statements or major omissions.</li></ul>"
                ),
            ),
            ("heading", "Annual reports and ad-hoc reports"),
            (
                "paragraph",
                (
                    "<p>Every year, by <b>15 March</b>, the enterprise publishes its annual "
                    "environmental disclosure report covering 1 January to 31 December of the "
                    "previous year. The annual report contains:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Category", "Main information"],
                        [
                            "Basic information",
                            (
                                "Basic facts about the enterprise's production and environmental "
                                "protection"
                            ),
                        ],
                        [
                            "Environmental management",
                            (
                                "Environmental permits such as the pollutant discharge permit, "
                                "environmental protection tax, pollution liability insurance, "
                                "environmental credit rating"
                            ),
                        ],
                        [
                            "Pollutant generation, treatment and discharge",
                            (
                                "Pollution control facilities; for each outlet, the pollutants, "
                                "their discharge concentrations with the applicable standard and "
                                "limit, total discharges against permitted amounts, and any "
                                "exceedances; discharges of toxic substances; generation, storage, "
                                "destination, use and disposal of industrial solid waste and "
                                "hazardous waste; self-monitoring results"
                            ),
                        ],
                        ["Carbon emissions", "Emissions, emitting facilities and similar"],
                        [
                            "Environmental emergencies",
                            (
                                "Emergency plans for environmental incidents, response to "
                                "heavy-pollution weather, and similar"
                            ),
                        ],
                        [
                            "Environmental violations",
                            (
                                "Administrative penalties and other violations, and what was done "
                                "to correct them"
                            ),
                        ],
                        [
                            "Ad-hoc reports this year",
                            "The ad-hoc reports published during the year",
                        ],
                        [
                            "Compulsory CP audit (for enterprises under a compulsory audit)",
                            (
                                "Why the compulsory audit was required; how the audit was carried "
                                "out; the assessment and acceptance results"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Main contents of the annual environmental disclosure report",
                },
            ),
            (
                "paragraph",
                (
                    "<p>When any of the following happens, the enterprise must publish an ad-hoc "
                    "report <b>within 5 working days of receiving the relevant legal document</b>: "
                    "an environmental permit is granted, changed, renewed or revoked; the "
                    "enterprise is penalised for an environmental violation; responsible people "
                    "are detained, or the enterprise or its people are held criminally liable, for "
                    "an environmental violation; or liability for environmental damage is agreed "
                    "or decided. Under the usual rule for counting periods, the day the document "
                    "arrives is not counted. So if an enterprise receives a penalty decision on a "
                    "Wednesday, and there is no public holiday in between, it must disclose by the "
                    "following Wednesday at the latest.</p>"
                ),
            ),
            ("heading", "Corrections and updates: add, never overwrite"),
            (
                "paragraph",
                (
                    "<p>If disclosed information changes, or the enterprise finds a mistake in "
                    "what it published, it may not quietly edit the original report. It must "
                    "publish the change <b>as an ad-hoc report</b> that states what changed and "
                    "why. The public then sees a complete record: what was first published, what "
                    "it was changed to, why, and when. This platform follows the same rule: a "
                    "published report is never overwritten, and every correction is a new record "
                    "that anyone can trace.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: a correction",
                    "text": (
                        "<p>A fictional enterprise published its annual report for the previous "
                        "year on 10 March, giving its annual sulphur dioxide emissions as 12.4 t. "
                        "In early April, while checking its discharge permit compliance report, it "
                        "found the correct figure was 14.2 t: two digits had been swapped during "
                        "data entry. It immediately published an ad-hoc report stating the item "
                        "corrected (annual SO₂ emissions), the value originally published (12.4 "
                        "t), the corrected value (14.2 t), the reason (a data-entry error) and the "
                        "source of the data (the annual permit compliance report). The original "
                        "annual report stays as it was, and the public can see both reports side "
                        "by side. This scenario is for teaching only.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>For auditors, disclosure matters in three ways. First, the emission data "
                    "in the audit report must agree with what the enterprise has disclosed; where "
                    "they differ, find out why and explain it in the audit. Second, other "
                    "enterprises' published data are a useful reference for benchmarking. Third, "
                    "an enterprise under a compulsory audit must publish the reason for the audit, "
                    "how it was carried out and its assessment and acceptance results in its "
                    "annual report. Sooner or later, the results promised in an audit are tested "
                    "in public, which is one more reason to do the audit properly.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Ad-hoc (temporary) disclosure report",
                    "definition": (
                        "A separate disclosure report that an enterprise must publish within a set "
                        "time after events such as a permit change, a penalty, criminal liability "
                        "or an environmental damage settlement, or when it needs to correct "
                        "information already disclosed."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise must disclose its environmental information for 2026. What "
                        "is the latest date for its annual report?"
                    ),
                    "options": [
                        {
                            "text": "31 December 2026.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The annual report covers a year that has already "
                                "ended, so it cannot be completed before the year is over."
                            ),
                        },
                        {
                            "text": "15 March 2027.",
                            "correct": True,
                            "feedback": (
                                "Correct. The annual report is due by 15 March and covers 1 "
                                "January to 31 December of the previous year."
                            ),
                        },
                        {
                            "text": "30 June 2027.",
                            "correct": False,
                            "feedback": "Incorrect. The deadline is 15 March, not mid-year.",
                        },
                    ],
                    "explanation": (
                        "The annual report is due every year by 15 March and covers the previous "
                        "full calendar year."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise finds an error in a figure in its published annual report. "
                        "What should it do?"
                    ),
                    "options": [
                        {
                            "text": "Edit the figure in the original report and republish it.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Quietly overwriting the original leaves the public "
                                "unable to see what changed or why."
                            ),
                        },
                        {
                            "text": (
                                "Publish an ad-hoc report stating what is corrected and why, and "
                                "leave the original report in place."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Corrections are made openly through a new report that "
                                "states the change and the reason."
                            ),
                        },
                        {
                            "text": "Wait and correct it in next year's annual report.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The wrong figure would mislead the public for a year; "
                                "it must be corrected promptly."
                            ),
                        },
                    ],
                    "explanation": (
                        "Published information is corrected or updated only through a new ad-hoc "
                        "report that states what changed and why."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_CASE_STUDY_ELECTROPLATING_AUDIT: dict = {
    "slug": "case-study-electroplating-audit",
    "estimated_minutes": 60,
    "required": True,
    "preview": False,
    "zh": {
        "title": "案例研讨：一家电镀企业的强制性审核全过程（示例）",
        "summary": (
            "以一家示例电镀企业为例，按七个阶段走完一轮强制性审核：选择审核重点、建立物料平衡、"
            "产生和评价方案、核算投资回收期，直至验收时核实实际成效。"
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "关于本案例",
                    "text": (
                        "<p>本案例是为教学编写的<b>示例</b>，企业、数据和价格均为虚构，"
                        "用来演示方法和计算，不代表任何真实企业，也不代表行业的实际水平。"
                        "文中价格按示例单价计：新鲜水连同废水处理费用合计8元/立方米，镍130元/千克，"
                        "含重金属污泥处置费3000元/吨，电价0.7元/千瓦时。</p>"
                    ),
                },
            ),
            ("heading", "第一至三阶段：筹划和组织、预评估、评估"),
            (
                "paragraph",
                (
                    "<p><b>背景。</b>示例企业有一条装饰性镀镍铬线和一条镀锌线，共用前处理工段，"
                    "年镀件面积40万平方米（镍铬线25万、镀锌线15万）。"
                    "企业使用镍盐和铬酐等有毒有害原料，废水中含镍、铬等重金属，"
                    "因此被列入强制性审核名单（“双有”情形）。</p><p><b>筹划和组织。</b>"
                    "企业成立了由副总经理任组长的审核小组，成员包括生产、设备、环保、"
                    "财务负责人和两名车间主任，咨询服务机构派出两名审核师；"
                    "小组核心成员全部持有审核师证书。小组制订了12个月的工作计划，"
                    "对全体员工开展宣传培训，并通过合理化建议活动收集到46条建议。</p><p><b>预评估。"
                    "</b>小组摸清了全厂现状：年新鲜水用量48000立方米，折合每平方米镀件120升；"
                    "年用电240万千瓦时；年产生含重金属污泥150吨。与行业标准对标后发现，"
                    "取水量只达到三级，镍的利用率偏低。"
                    "小组用权重总和计分排序法比较三个备选审核重点，评分为1至10分，结果如下：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "因素",
                            "权重",
                            "镀镍铬线：得分（加权）",
                            "镀锌线：得分（加权）",
                            "前处理工段：得分（加权）",
                        ],
                        ["废物量", "10", "9（90）", "7（70）", "8（80）"],
                        ["主要消耗", "8", "9（72）", "6（48）", "5（40）"],
                        ["环保费用", "8", "8（64）", "6（48）", "5（40）"],
                        ["废物毒性", "8", "10（80）", "6（48）", "4（32）"],
                        ["清洁生产潜力", "5", "8（40）", "6（30）", "7（35）"],
                        ["车间积极性", "2", "7（14）", "8（16）", "6（12）"],
                        ["加权总分", "—", "360", "260", "239"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：用权重总和计分排序法选择审核重点",
                },
            ),
            (
                "paragraph",
                (
                    "<p>镀镍铬线得分最高，被确定为审核重点。小组据此设定了清洁生产目标："
                    "全厂新鲜水用量降低30%以上，镍利用率提高到85%以上，装饰铬线淘汰六价铬工艺，"
                    "全厂用电量降低5%以上。</p><p><b>评估。</b>小组对镍铬线连续实测了多个生产周期，"
                    "建立了水平衡和镍平衡。镍铬线年取水30000立方米，其中漂洗废水27000立方米、"
                    "加热槽蒸发2400立方米、工件带出和跑冒滴漏600立方米，收支平衡。镍平衡如下：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["项目", "镍量（千克/年）", "占投入的比例"],
                        ["投入：镍阳极", "14000", "93.3%"],
                        ["投入：镍盐（以镍计）", "1000", "6.7%"],
                        ["产出：沉积在镀件上", "11400", "76%"],
                        ["产出：带出进入漂洗水，最终进入污泥", "2700", "18%"],
                        ["产出：废镀液和滤渣", "600", "4%"],
                        ["未查明部分", "300", "2%"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：镀镍铬线镍平衡（投入合计15000千克/年）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>已查明的产出合计14700千克，占投入的98%，平衡误差2%，在通常可接受的±5%以内，"
                    "数据可以用于分析。从原辅材料和能源、技术工艺、设备、过程控制、产品、废物、"
                    "管理和员工八个方面分析，主要问题是：镀件出槽后直接进入漂洗槽，没有滴液时间；"
                    "单级溢流漂洗，生产间歇时仍在连续溢流；带出的镍没有回收；加热槽敞口、不保温；"
                    "装饰铬仍采用六价铬工艺。</p>"
                ),
            ),
            ("heading", "第四、五阶段：方案产生和筛选、可行性分析"),
            (
                "paragraph",
                (
                    "<p>小组结合合理化建议、行业审核指南和技术导向目录，共整理出32个方案，"
                    "筛选后21个无/低费方案立即实施，4个中/高费方案进入可行性分析。"
                    "其中代表性的4个方案如下：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "编号",
                            "方案",
                            "类型",
                            "投资（万元）",
                            "预计年效益（万元）",
                            "静态投资回收期（年）",
                        ],
                        [
                            "F1",
                            "延长滴液时间、加装接液盘，漂洗水限流并按电导率控制补水（全厂各线）",
                            "无/低费",
                            "6",
                            "11.3",
                            "约0.5",
                        ],
                        [
                            "F2",
                            "镍线改为三级逆流漂洗，设回收槽把浓漂洗液返回镀槽",
                            "中/高费",
                            "45",
                            "33.0",
                            "约1.4",
                        ],
                        [
                            "F3",
                            "装饰铬由六价铬工艺改为三价铬工艺",
                            "中/高费",
                            "80",
                            "12.0",
                            "约6.7",
                        ],
                        [
                            "F4",
                            "加热槽加盖保温，加热器和整流器在空闲时段定时关停",
                            "无/低费",
                            "4",
                            "12.6",
                            "约0.3",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：代表性方案及其预计效益",
                },
            ),
            (
                "paragraph",
                (
                    "<p>预计效益的算法：F1年节水6000立方米、少带出镍500千克，6000 × 8 + 500 × "
                    "130 = 11.3万元；F2年节水12000立方米（9.6万元）、回收镍1200千克（15.6万元）、"
                    "少产生污泥30吨（9.0万元），扣除新增运行费用1.2万元，合计33.0万元；"
                    "F4年节电18万千瓦时，18万 × 0.7 = 12.6万元。F3的年效益12.0万元是减少铬雾治理、"
                    "还原剂和污泥处置费用后，扣除三价铬药剂增加的成本得到的净值。</p><p>"
                    "两个中/高费方案按10年寿命、8%折现率做了经济评价（简化起见不计税收和残值）："
                    "F2的净现值约为33.0 × 6.710 − 45 ≈ 176.4万元，内部收益率约73%，"
                    "经济上非常有利；F3的净现值约为12.0 × 6.710 − 80 ≈ 0.5万元，内部收益率约8.1%，"
                    "刚好可行，但它消除了六价铬这一列入强制性审核的直接原因，环境效益显著，"
                    "小组决定实施。</p>"
                ),
            ),
            ("heading", "第六、七阶段：方案实施、持续清洁生产和验收"),
            (
                "paragraph",
                (
                    "<p>F1和F4在审核的第2至4个月实施，F2在第7至9个月完成，F3在评估通过后实施。"
                    "中/高费方案稳定运行一年后，企业申请验收。在产量同为40万平方米的条件下，"
                    "验收专家组根据计量台账、监测报告和财务记录核实的结果如下：</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["指标", "审核前", "验收核实", "目标", "是否实现"],
                        [
                            "全厂新鲜水用量（立方米/年）",
                            "48000",
                            "31000（减少35.4%）",
                            "减少30%以上",
                            "是",
                        ],
                        ["单位镀件面积取水量（升/平方米）", "120", "77.5", "—", "—"],
                        ["镍利用率", "76%", "85.3%", "85%以上", "是"],
                        ["装饰铬线六价铬使用", "使用", "已全部改为三价铬", "淘汰", "是"],
                        [
                            "全厂用电量（万千瓦时/年）",
                            "240",
                            "223（减少7.1%）",
                            "减少5%以上",
                            "是",
                        ],
                        ["含重金属污泥（吨/年）", "150", "122", "—", "—"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：验收时核实的审核成效",
                },
            ),
            (
                "paragraph",
                (
                    "<p>各方案的核实数据为：F1节水5800立方米、少带出镍480千克；F2节水11200立方米、"
                    "回收镍1150千克、少产生污泥28吨；F4节电17万千瓦时。节水合计17000立方米，48000 "
                    "− 17000 = 31000；镍投入减少1630千克，镍利用率 = 11400 ÷ 13370 ≈ 85.3%。"
                    "按同样的单价核算，四个方案的实际年效益为10.88 + 31.11 + 11.0 + 11.9 = "
                    "64.89万元，略低于预计的68.9万元，总投资135万元，综合静态回收期约2.1年。"
                    "专家组认为中/高费方案的实际成效得到验证，审核目标全部实现，验收通过。</p><p>"
                    "<b>持续清洁生产。</b>企业设立了清洁生产办公室，把单位面积取水量、"
                    "镍利用率和单位产品电耗纳入车间月度考核，"
                    "把镀锌线自动化改造和漂洗水膜处理回用列为下一轮审核的备选方案，"
                    "并在年度环境信息披露报告中公开了审核原因、实施情况和评估验收结果。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "权重总和计分排序法",
                    "definition": (
                        "预评估阶段选择审核重点的常用方法：为废物量、主要消耗、环保费用、废物毒性、"
                        "清洁生产潜力、车间积极性等因素设定权重，对每个备选对象打分，"
                        "按加权总分排序，得分最高者优先作为审核重点。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "本案例的镍平衡中，已查明产出占投入的98%。对这一结果，"
                        "下列判断哪一项最恰当？"
                    ),
                    "options": [
                        {
                            "text": "误差2%在通常可接受的±5%以内，平衡可以用于分析废物产生原因。",
                            "correct": True,
                            "feedback": "正确。平衡基本闭合，未查明的2%可以在后续跟踪中继续核实。",
                        },
                        {
                            "text": "平衡没有100%闭合，必须推倒重测。",
                            "correct": False,
                            "feedback": "不正确。实测数据总有误差，关键是误差是否在合理范围内。",
                        },
                        {
                            "text": "可以把未查明的300千克直接计入“沉积在镀件上”，使平衡闭合。",
                            "correct": False,
                            "feedback": "不正确。为了闭合而调整数据属于弄虚作假，评估时会被否决。",
                        },
                    ],
                    "explanation": (
                        "物料平衡允许合理误差，但不允许为了闭合而修改数据；误差过大时应查找原因、"
                        "补充实测。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "F3（改三价铬）的静态回收期约6.7年，净现值只有约0.5万元。小组仍决定实施，"
                        "最主要的理由是什么？"
                    ),
                    "options": [
                        {
                            "text": "它的投资回收期最短。",
                            "correct": False,
                            "feedback": "不正确。F3的回收期是四个方案中最长的。",
                        },
                        {
                            "text": (
                                "它消除了六价铬这一列入强制性审核的直接原因，"
                                "且在8%折现率下经济上仍然可行。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。强制性审核首先要解决有毒有害物质问题，F3的净现值仍为正。"
                            ),
                        },
                        {
                            "text": "中/高费方案无需做经济评价。",
                            "correct": False,
                            "feedback": (
                                "不正确。所有中/高费方案都要做技术、环境和经济三方面的可行性分析。"
                            ),
                        },
                    ],
                    "explanation": (
                        "方案取舍要综合技术、环境和经济三方面；"
                        "强制性审核尤其要优先解决导致企业被列入名单的问题。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Case study: a compulsory audit at an electroplating enterprise (illustrative)",
        "summary": (
            "An illustrative electroplating enterprise taken through all seven phases of a "
            "compulsory audit: choosing the audit focus, building a material balance, generating "
            "and evaluating options, calculating payback, and verifying the real results at "
            "acceptance."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "About this case",
                    "text": (
                        "<p>This case is <b>illustrative</b> and written for teaching. The "
                        "enterprise, its data and the prices are invented to demonstrate the "
                        "method and the calculations; they describe no real enterprise and do not "
                        "represent actual performance in the sector. Example unit prices used "
                        "throughout: fresh water including wastewater treatment RMB 8 per m³, "
                        "nickel RMB 130 per kg, disposal of heavy-metal sludge RMB 3,000 per "
                        "tonne, electricity RMB 0.7 per kWh.</p>"
                    ),
                },
            ),
            ("heading", "Phases 1 to 3: planning and organisation, pre-assessment, assessment"),
            (
                "paragraph",
                (
                    "<p><b>Background.</b> The enterprise runs a decorative nickel-chromium line "
                    "and a zinc line that share a pretreatment section. It plates 400,000 m² a "
                    "year (250,000 m² on the nickel-chromium line and 150,000 m² on the zinc "
                    "line). It uses toxic raw materials such as nickel salts and chromic acid, and "
                    "its wastewater contains nickel, chromium and other heavy metals, so it was "
                    "listed for a compulsory audit as an enterprise using and discharging toxic "
                    "and hazardous substances.</p><p><b>Planning and organisation.</b> The "
                    "enterprise set up an audit team led by its deputy general manager, with the "
                    "heads of production, equipment, environment and finance and two workshop "
                    "managers; the consultancy provided two auditors. All core team members held "
                    "auditor certificates. The team drew up a 12-month work plan, ran awareness "
                    "training for all staff and collected 46 suggestions through a suggestion "
                    "campaign.</p><p><b>Pre-assessment.</b> The team established the site "
                    "baseline: 48,000 m³ of fresh water a year, or 120 litres per m² plated; 2.4 "
                    "million kWh of electricity; and 150 t of heavy-metal sludge. Benchmarking "
                    "against the sector standard showed water use only at level III and poor "
                    "nickel utilisation. The team compared three candidate audit focuses with the "
                    "weighted-sum ranking method, scoring each factor from 1 to 10:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Factor",
                            "Weight",
                            "Nickel-chromium line: score (weighted)",
                            "Zinc line: score (weighted)",
                            "Pretreatment: score (weighted)",
                        ],
                        ["Amount of waste", "10", "9 (90)", "7 (70)", "8 (80)"],
                        ["Main consumption", "8", "9 (72)", "6 (48)", "5 (40)"],
                        ["Environmental costs", "8", "8 (64)", "6 (48)", "5 (40)"],
                        ["Toxicity of waste", "8", "10 (80)", "6 (48)", "4 (32)"],
                        ["CP potential", "5", "8 (40)", "6 (30)", "7 (35)"],
                        ["Workshop commitment", "2", "7 (14)", "8 (16)", "6 (12)"],
                        ["Weighted total", "—", "360", "260", "239"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: choosing the audit focus by weighted-sum ranking"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The nickel-chromium line scored highest and became the audit focus. The "
                    "team set its CP targets: cut site fresh water use by at least 30%, raise "
                    "nickel utilisation to at least 85%, phase out hexavalent chromium on the "
                    "decorative chromium line, and cut site electricity use by at least 5%.</p><p>"
                    "<b>Assessment.</b> The team measured the nickel-chromium line over several "
                    "production cycles and built a water balance and a nickel balance. The line "
                    "takes 30,000 m³ of water a year: 27,000 m³ leaves as rinse wastewater, "
                    "2,400 m³ evaporates from heated tanks and 600 m³ is carried out on parts or "
                    "lost through leaks and spills, so the water balance closes. The nickel "
                    "balance:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Item", "Nickel (kg/year)", "Share of input"],
                        ["Input: nickel anodes", "14,000", "93.3%"],
                        ["Input: nickel salts (as Ni)", "1,000", "6.7%"],
                        ["Output: deposited on parts", "11,400", "76%"],
                        ["Output: dragged out into rinse water, ending in sludge", "2,700", "18%"],
                        ["Output: spent solution and filter residue", "600", "4%"],
                        ["Not accounted for", "300", "2%"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative nickel balance of the nickel-chromium line (total input "
                        "15,000 kg/year)"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The outputs accounted for add up to 14,700 kg, 98% of the input. The 2% "
                    "gap is within the ±5% usually accepted, so the balance can be used for "
                    "analysis. Looking at the eight aspects (raw materials and energy, process, "
                    "equipment, process control, product, waste, management and staff), the team "
                    "found these main problems: parts went straight from the plating tank into the "
                    "rinse with no time to drain; a single overflow rinse kept running even when "
                    "production paused; dragged-out nickel was not recovered; heated tanks were "
                    "open and uninsulated; and decorative chromium still used a hexavalent "
                    "process.</p>"
                ),
            ),
            ("heading", "Phases 4 and 5: option generation and screening, feasibility analysis"),
            (
                "paragraph",
                (
                    "<p>Drawing on staff suggestions, the sector audit guideline and the "
                    "technology inventories, the team compiled 32 options. After screening, 21 "
                    "no/low-cost options were put in place at once and 4 mid/high-cost options "
                    "went to feasibility analysis. Four representative options:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "No.",
                            "Option",
                            "Type",
                            "Investment (RMB 10,000)",
                            "Expected annual benefit (RMB 10,000)",
                            "Simple payback (years)",
                        ],
                        [
                            "F1",
                            (
                                "Longer drain time, drip trays, flow limits on rinses and "
                                "conductivity-controlled make-up water (all lines)"
                            ),
                            "No/low-cost",
                            "6",
                            "11.3",
                            "about 0.5",
                        ],
                        [
                            "F2",
                            (
                                "Three-stage counter-current rinsing on the nickel line, with a "
                                "recovery tank returning concentrated rinse to the plating bath"
                            ),
                            "Mid/high-cost",
                            "45",
                            "33.0",
                            "about 1.4",
                        ],
                        [
                            "F3",
                            (
                                "Replace hexavalent decorative chromium with a trivalent chromium "
                                "process"
                            ),
                            "Mid/high-cost",
                            "80",
                            "12.0",
                            "about 6.7",
                        ],
                        [
                            "F4",
                            (
                                "Lids and insulation on heated tanks; timers to switch off heaters "
                                "and rectifiers when idle"
                            ),
                            "No/low-cost",
                            "4",
                            "12.6",
                            "about 0.3",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: representative options and their expected benefits"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>How the benefits were estimated: F1 saves 6,000 m³ of water and 500 kg of "
                    "dragged-out nickel a year: 6,000 × 8 + 500 × 130 = RMB 113,000. F2 saves "
                    "12,000 m³ of water (RMB 96,000), recovers 1,200 kg of nickel (RMB 156,000) "
                    "and avoids 30 t of sludge (RMB 90,000), less RMB 12,000 of extra running "
                    "costs: RMB 330,000. F4 saves 180,000 kWh: 180,000 × 0.7 = RMB 126,000. F3's "
                    "RMB 120,000 is a net figure: the savings on chromium mist control, reducing "
                    "agents and sludge disposal, less the higher cost of trivalent chemicals.</p>"
                    "<p>The two mid/high-cost options were evaluated over a 10-year life at an 8% "
                    "discount rate (ignoring tax and residual value for simplicity; the annuity "
                    "factor is 6.710). F2: NPV ≈ 33.0 × 6.710 − 45 ≈ RMB 1.764 million and IRR "
                    "about 73%, very attractive. F3: NPV ≈ 12.0 × 6.710 − 80 ≈ RMB 5,000 and "
                    "IRR about 8.1%, only just feasible. But F3 removes hexavalent chromium, the "
                    "direct reason the enterprise was listed, and its environmental benefit is "
                    "large, so the team decided to implement it.</p>"
                ),
            ),
            ("heading", "Phases 6 and 7: implementation, sustaining CP, and acceptance"),
            (
                "paragraph",
                (
                    "<p>F1 and F4 were implemented in months 2 to 4 of the audit, F2 in months 7 "
                    "to 9, and F3 after the audit passed assessment. After the mid/high-cost "
                    "options had run steadily for a year, the enterprise applied for acceptance. "
                    "At the same output of 400,000 m², the acceptance panel verified the "
                    "following from meter ledgers, monitoring reports and financial records:</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Indicator",
                            "Before the audit",
                            "Verified at acceptance",
                            "Target",
                            "Met?",
                        ],
                        [
                            "Site fresh water (m³/year)",
                            "48,000",
                            "31,000 (35.4% less)",
                            "At least 30% less",
                            "Yes",
                        ],
                        ["Fresh water per m² plated (litres)", "120", "77.5", "—", "—"],
                        ["Nickel utilisation", "76%", "85.3%", "At least 85%", "Yes"],
                        [
                            "Hexavalent chromium on the decorative line",
                            "In use",
                            "Fully replaced by trivalent chromium",
                            "Phased out",
                            "Yes",
                        ],
                        [
                            "Site electricity (million kWh/year)",
                            "2.40",
                            "2.23 (7.1% less)",
                            "At least 5% less",
                            "Yes",
                        ],
                        ["Heavy-metal sludge (t/year)", "150", "122", "—", "—"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: audit results verified at acceptance",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The verified figures per option: F1 saved 5,800 m³ of water and 480 kg of "
                    "nickel; F2 saved 11,200 m³ of water, recovered 1,150 kg of nickel and "
                    "avoided 28 t of sludge; F4 saved 170,000 kWh. Water savings total 17,000 m³, "
                    "and 48,000 − 17,000 = 31,000. Nickel input fell by 1,630 kg, so utilisation = "
                    "11,400 ÷ 13,370 ≈ 85.3%. At the same unit prices, the real annual benefit "
                    "of the four options is RMB 108,800 + 311,100 + 110,000 + 119,000 = RMB "
                    "648,900, a little below the expected RMB 689,000. Total investment was RMB "
                    "1.35 million, an overall simple payback of about 2.1 years. The panel found "
                    "the real results of the mid/high-cost options verified and every target met, "
                    "and the audit passed acceptance.</p><p><b>Sustaining CP.</b> The enterprise "
                    "set up a CP office and added water per m², nickel utilisation and "
                    "electricity per unit of product to each workshop's monthly performance "
                    "review. It listed automation of the zinc line and membrane treatment for "
                    "reusing rinse water as candidate options for the next audit round, and it "
                    "published the reason for the audit, how it was carried out and the assessment "
                    "and acceptance results in its annual environmental disclosure report.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Weighted-sum ranking",
                    "definition": (
                        "A common pre-assessment method for choosing the audit focus. Factors such "
                        "as amount of waste, main consumption, environmental costs, toxicity, CP "
                        "potential and workshop commitment are given weights; each candidate is "
                        "scored on each factor, and the candidate with the highest weighted total "
                        "is usually chosen."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "In this case the outputs accounted for in the nickel balance are 98% of "
                        "the input. What is the best conclusion?"
                    ),
                    "options": [
                        {
                            "text": (
                                "The 2% gap is within the ±5% usually accepted, so the balance "
                                "can be used to analyse why waste arises."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The balance essentially closes; the missing 2% can be "
                                "followed up later."
                            ),
                        },
                        {
                            "text": (
                                "The balance does not close to 100%, so all the measurements must "
                                "be redone."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Measured data always carry some error; what matters is "
                                "whether the error is reasonable."
                            ),
                        },
                        {
                            "text": (
                                "Add the unaccounted 300 kg to “deposited on parts” so that the "
                                "balance closes."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Adjusting data to force a balance is falsification and "
                                "would fail the audit at assessment."
                            ),
                        },
                    ],
                    "explanation": (
                        "A material balance may have a reasonable error, but data must never be "
                        "changed to make it close. If the error is large, look for the cause and "
                        "measure again."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "F3 (switching to trivalent chromium) has a simple payback of about 6.7 "
                        "years and an NPV of only about RMB 5,000. What is the main reason the "
                        "team still implemented it?"
                    ),
                    "options": [
                        {
                            "text": "It has the shortest payback.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. F3 has the longest payback of the four options."
                            ),
                        },
                        {
                            "text": (
                                "It removes hexavalent chromium, the direct reason for the "
                                "compulsory audit, and it is still economically feasible at an 8% "
                                "discount rate."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. A compulsory audit must first deal with toxic and "
                                "hazardous substances, and F3's NPV is still positive."
                            ),
                        },
                        {
                            "text": "Mid/high-cost options do not need an economic evaluation.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Every mid/high-cost option needs a technical, "
                                "environmental and economic feasibility analysis."
                            ),
                        },
                    ],
                    "explanation": (
                        "Options are chosen on technical, environmental and economic grounds "
                        "together. A compulsory audit in particular must first solve the problem "
                        "that put the enterprise on the list."
                    ),
                },
            ),
        ],
    },
}


_AUDITOR_PREPARING_FOR_THE_FINAL_EXAM: dict = {
    "slug": "preparing-for-the-final-exam",
    "estimated_minutes": 30,
    "required": False,
    "preview": False,
    "zh": {
        "title": "结业考试复习指导",
        "summary": (
            "了解结业考试的形式、范围和分值分布，掌握高效的复习方法和常见的失分点。本课为选学内容。"
        ),
        "body": [
            ("heading", "考试形式"),
            (
                "paragraph",
                (
                    "<p>结业考试在第5天课程结束后进行，在本平台上在线作答。考试的基本安排如下；"
                    "如有调整，以报名时平台公布的考试规则为准。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["项目", "安排"],
                        [
                            "题量",
                            "60题：单项选择题30题、多项选择题15题、判断题10题、计算和案例分析题5题",
                        ],
                        ["时间", "120分钟，计时从打开试卷开始，到时自动交卷"],
                        ["合格标准", "得分达到总分的70%"],
                        ["考试机会", "共2次；第一次未通过的，至少间隔7天后才能参加第二次考试"],
                        ["要求", "独立完成，闭卷作答，可以使用不带编程功能的计算器"],
                        [
                            "结果",
                            "合格后签发电子证书，证书带有证书编号、核验码和二维码，可在线核验",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "结业考试基本安排",
                },
            ),
            (
                "paragraph",
                (
                    "<p>两次考试之间间隔7天，是为了让未通过的学员有时间针对薄弱环节复习，"
                    "而不是凭记忆反复尝试。第一次考试结束后，平台会按知识点显示得分情况，"
                    "请据此安排复习重点。</p>"
                ),
            ),
            ("heading", "考试范围和分值分布"),
            (
                "table",
                {
                    "data": [
                        ["知识领域", "所占比例", "约合题数"],
                        ["清洁生产的概念、法律法规和管理体系", "20%", "12"],
                        ["七阶段审核方法：各阶段的任务、方法和成果", "30%", "18"],
                        [
                            "计算：物料平衡、审核重点排序、投资回收期、净现值和内部收益率",
                            "20%",
                            "12",
                        ],
                        [
                            "行业技术工具：审核指南、清洁生产标准、评价指标体系、技术导向目录",
                            "15%",
                            "9",
                        ],
                        ["强制性审核、评估验收和信息披露", "15%", "9"],
                        ["合计", "100%", "60"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "结业考试各知识领域的分值分布",
                },
            ),
            (
                "paragraph",
                (
                    "<p>从分布可以看出，审核方法和计算合计占一半。考试关注的是“会不会用”，"
                    "而不是“背没背过”：很多题目会给出一段企业情景，要求判断处于哪个审核阶段、"
                    "下一步该做什么，或者根据给定数据完成计算。</p>"
                ),
            ),
            ("heading", "复习建议"),
            (
                "paragraph",
                (
                    "<ol><li><b>画一张七阶段总图。</b>按筹划和组织、预评估、评估、方案产生和筛选、"
                    "可行性分析、方案实施、持续清洁生产的顺序，写出每个阶段的主要任务、"
                    "常用方法和产出文件。能够不看资料画出来，方法部分就基本掌握了。</li><li><b>"
                    "把每类计算至少做三遍。</b>包括权重总和计分排序、物料平衡及误差、"
                    "静态投资回收期、净现值、评价指标体系的Y_Ⅰ、Y_Ⅱ、Y_Ⅲ和定级。做题时写出公式、"
                    "代入过程和单位。</li><li><b>理解数字背后的含义。</b>例如强制性审核的三类情形，"
                    "名单公布后1个月、2个月、1年的时间要求，“双有”企业两次审核间隔不超过5年，"
                    "年度披露报告3月15日前发布，临时报告5个工作日内发布，"
                    "清洁生产标准的三个等级和六类指标。</li><li><b>分清容易混淆的概念。</b>"
                    "评估与验收、污染物产生与排放、无/低费方案与中/高费方案、"
                    "清洁生产标准与评价指标体系、自愿审核与强制性审核。</li><li><b>"
                    "重做课程中的自测题。</b>不只看答案对不对，还要能说出每个错误选项错在哪里。"
                    "</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "常见失分点",
                    "text": (
                        "<ul><li>计算题只写结果、不写过程，或者漏写单位；</li><li>"
                        "评价指标体系定级时忽略限定性指标，或者把不适用指标按0分计算；</li><li>"
                        "把末端治理后的排放数据当作污染物产生指标；</li><li>"
                        "混淆评估和验收的时间与重点；</li><li>在单项选择题上用时过多，"
                        "留给计算和案例题的时间不足。建议先用约60分钟完成选择题和判断题，"
                        "再集中处理计算和案例题，最后留出时间检查。</li></ul>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "静态投资回收期",
                    "definition": (
                        "不考虑资金时间价值时，用方案每年的净效益收回全部投资所需的年数，"
                        "等于投资总额除以年净效益，是筛选方案时最常用的经济指标之一。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "练习题：某方案投资36万元，预计每年节约原料和水费合计15万元，"
                        "同时每年增加运行费用3万元。它的静态投资回收期是多少？"
                    ),
                    "options": [
                        {
                            "text": "2.4年。",
                            "correct": False,
                            "feedback": (
                                "不正确。36 ÷ 15 = 2.4年没有扣除新增的运行费用，年净效益应为15 − "
                                "3 = 12万元。"
                            ),
                        },
                        {
                            "text": "3.0年。",
                            "correct": True,
                            "feedback": (
                                "正确。年净效益为15 − 3 = 12万元，回收期为36 ÷ 12 = 3.0年。"
                            ),
                        },
                        {
                            "text": "2.0年。",
                            "correct": False,
                            "feedback": "不正确。36 ÷ 18 = 2.0年错误地把运行费用加到了效益上。",
                        },
                    ],
                    "explanation": (
                        "静态投资回收期 = 投资 ÷ 年净效益，年净效益要扣除方案带来的新增运行费用。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "练习题：审核小组刚确定了审核重点并设定了清洁生产目标，"
                        "接下来要对审核重点实测输入输出、建立物料平衡。这项工作属于哪个阶段？"
                    ),
                    "options": [
                        {
                            "text": "预评估。",
                            "correct": False,
                            "feedback": (
                                "不正确。确定审核重点和设定目标是预评估的收尾工作，"
                                "实测和物料平衡属于下一阶段。"
                            ),
                        },
                        {
                            "text": "评估。",
                            "correct": True,
                            "feedback": (
                                "正确。评估阶段针对审核重点实测物流、"
                                "建立物料平衡并分析废物产生原因。"
                            ),
                        },
                        {
                            "text": "可行性分析。",
                            "correct": False,
                            "feedback": "不正确。可行性分析针对的是已经产生和初步筛选的方案。",
                        },
                    ],
                    "explanation": (
                        "预评估回答“审哪里、达到什么目标”，评估回答“废物在哪里产生、为什么产生”。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Preparing for the final exam",
        "summary": (
            "The format, scope and weighting of the final exam, how to revise efficiently, and "
            "where candidates most often lose marks. This lesson is optional."
        ),
        "body": [
            ("heading", "Exam format"),
            (
                "paragraph",
                (
                    "<p>The final exam follows the last session on Day 5 and is taken online on "
                    "this platform. The basic arrangements are below; if anything changes, the "
                    "exam rules published on the platform when you enrol take precedence.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Item", "Arrangement"],
                        [
                            "Questions",
                            (
                                "60: 30 single-choice, 15 multiple-choice, 10 true/false, and 5 "
                                "calculation and case-analysis questions"
                            ),
                        ],
                        [
                            "Time",
                            (
                                "120 minutes, starting when you open the paper; answers are "
                                "submitted automatically when time runs out"
                            ),
                        ],
                        ["Pass mark", "70% of the total marks"],
                        [
                            "Attempts",
                            (
                                "2 in total; after a failed first attempt you must wait at least 7 "
                                "days before the second"
                            ),
                        ],
                        [
                            "Rules",
                            "Work alone, closed book; a non-programmable calculator is allowed",
                        ],
                        [
                            "Result",
                            (
                                "A pass earns a digital certificate with a certificate number, "
                                "verification code and QR code that anyone can check online"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Final exam: basic arrangements",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The 7-day gap between attempts gives candidates who fail time to work on "
                    "their weak areas rather than retrying from memory. After the first attempt, "
                    "the platform shows your score by topic; use it to decide what to revise.</p>"
                ),
            ),
            ("heading", "What the exam covers"),
            (
                "table",
                {
                    "data": [
                        ["Topic", "Share", "About this many questions"],
                        [
                            "CP concepts, law and regulations, and the administrative system",
                            "20%",
                            "12",
                        ],
                        [
                            (
                                "The seven-phase audit method: tasks, methods and outputs of each "
                                "phase"
                            ),
                            "30%",
                            "18",
                        ],
                        [
                            (
                                "Calculations: material balance, ranking the audit focus, payback, "
                                "NPV and IRR"
                            ),
                            "20%",
                            "12",
                        ],
                        [
                            (
                                "Sector tools: audit guidelines, CP standards, evaluation "
                                "indicator systems, technology inventories"
                            ),
                            "15%",
                            "9",
                        ],
                        [
                            "Compulsory audits, assessment and acceptance, and disclosure",
                            "15%",
                            "9",
                        ],
                        ["Total", "100%", "60"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Final exam: weighting by topic",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The audit method and the calculations together make up half of the exam. "
                    "The exam tests whether you can apply what you learned, not whether you can "
                    "recite it. Many questions describe a situation at an enterprise and ask which "
                    "audit phase it belongs to, what should happen next, or what a calculation "
                    "gives from the data provided.</p>"
                ),
            ),
            ("heading", "How to revise"),
            (
                "paragraph",
                (
                    "<ol><li><b>Draw a one-page map of the seven phases.</b> In order (planning "
                    "and organisation, pre-assessment, assessment, option generation and "
                    "screening, feasibility analysis, option implementation, sustaining CP), write "
                    "each phase's main tasks, usual methods and output documents. If you can draw "
                    "it without notes, you have the method.</li><li><b>Work every type of "
                    "calculation at least three times.</b> Weighted-sum ranking, material balances "
                    "and their error, simple payback, NPV, and Y_I, Y_II, Y_III with the grade "
                    "from an indicator system. Write the formula, the substitution and the units "
                    "every time.</li><li><b>Know what the numbers mean.</b> For example: the three "
                    "situations that trigger a compulsory audit; 1 month, 2 months and 1 year "
                    "after the list is published; no more than 5 years between audits for "
                    "enterprises using or discharging toxic substances; annual disclosure reports "
                    "by 15 March; ad-hoc reports within 5 working days; the three levels and six "
                    "indicator categories of CP standards.</li><li><b>Separate concepts that are "
                    "easily confused.</b> Assessment and acceptance; pollutants generated and "
                    "pollutants discharged; no/low-cost and mid/high-cost options; CP standards "
                    "and evaluation indicator systems; voluntary and compulsory audits.</li><li><b>"
                    "Redo the self-check questions in the lessons.</b> Do not stop at the right "
                    "answer: be able to say why each wrong option is wrong.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Where candidates lose marks",
                    "text": (
                        "<ul><li>Giving only the answer to a calculation, with no working, or "
                        "leaving out the units;</li><li>Forgetting the limiting indicators when "
                        "grading with an indicator system, or scoring an inapplicable indicator as "
                        "0;</li><li>Using discharge data from after end-of-pipe treatment for a "
                        "pollutant generation indicator;</li><li>Mixing up when assessment and "
                        "acceptance happen and what each looks at;</li><li>Spending too long on "
                        "single-choice questions and running short of time for the calculations "
                        "and cases. A good plan: about 60 minutes for the choice and true/false "
                        "questions, then the calculations and cases, with time left at the end to "
                        "check.</li></ul>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Simple payback period",
                    "definition": (
                        "The number of years an option's annual net benefit takes to repay the "
                        "whole investment, ignoring the time value of money: total investment "
                        "divided by annual net benefit. It is one of the most common economic "
                        "measures used to screen options."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "Practice question: an option costs RMB 360,000. It is expected to save "
                        "RMB 150,000 a year on raw materials and water but adds RMB 30,000 a year "
                        "in running costs. What is its simple payback period?"
                    ),
                    "options": [
                        {
                            "text": "2.4 years.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. 360,000 ÷ 150,000 = 2.4 ignores the extra running "
                                "costs; the annual net benefit is 150,000 − 30,000 = 120,000."
                            ),
                        },
                        {
                            "text": "3.0 years.",
                            "correct": True,
                            "feedback": (
                                "Correct. Annual net benefit is 150,000 − 30,000 = RMB 120,000, "
                                "and 360,000 ÷ 120,000 = 3.0 years."
                            ),
                        },
                        {
                            "text": "2.0 years.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. 360,000 ÷ 180,000 = 2.0 wrongly adds the running "
                                "costs to the benefit."
                            ),
                        },
                    ],
                    "explanation": (
                        "Simple payback = investment ÷ annual net benefit, where the net benefit "
                        "is after deducting any extra running costs the option brings."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "Practice question: the audit team has just chosen the audit focus and set "
                        "CP targets. Next it will measure the inputs and outputs of the audit "
                        "focus and build a material balance. Which phase is this?"
                    ),
                    "options": [
                        {
                            "text": "Pre-assessment.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Choosing the audit focus and setting targets close "
                                "pre-assessment; measurement and the material balance belong to "
                                "the next phase."
                            ),
                        },
                        {
                            "text": "Assessment.",
                            "correct": True,
                            "feedback": (
                                "Correct. In assessment the team measures the flows of the audit "
                                "focus, builds the material balance and analyses why waste arises."
                            ),
                        },
                        {
                            "text": "Feasibility analysis.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Feasibility analysis deals with options that have "
                                "already been generated and screened."
                            ),
                        },
                    ],
                    "explanation": (
                        "Pre-assessment answers “where do we audit and what do we aim for?”; "
                        "assessment answers “where does waste arise, and why?”"
                    ),
                },
            ),
        ],
    },
}


AUDITOR_UNITS: list[dict] = [
    {
        "slug": "day-4",
        "number": 4,
        "zh": {
            "title": "第4天：行业技术工具",
            "summary": (
                "学习审核中最常用的行业技术工具：行业审核指南、行业清洁生产标准、"
                "清洁生产评价指标体系的计分和定级，以及如何利用技术导向目录产生方案。"
            ),
        },
        "en": {
            "title": "Day 4: Sector tools",
            "summary": (
                "The sector tools auditors use most: sector audit guidelines, sector CP standards, "
                "scoring and grading with CP evaluation indicator systems, and generating options "
                "from the technology inventories."
            ),
        },
        "lessons": [
            _AUDITOR_SECTOR_CP_AUDIT_GUIDELINES,
            _AUDITOR_SECTOR_CP_STANDARDS,
            _AUDITOR_EVALUATION_INDICATOR_SYSTEM_SCORING,
            _AUDITOR_TWO_GRADE_INDICATOR_SYSTEMS_AND_BENCHMARKING,
            _AUDITOR_CP_TECHNOLOGY_INVENTORIES,
        ],
    },
    {
        "slug": "day-5",
        "number": 5,
        "zh": {
            "title": "第5天：强制性审核、评估验收与信息披露",
            "summary": (
                "掌握强制性审核的对象、时限和各方责任，评估和验收的两步程序，"
                "重点企业的环境信息依法披露要求；通过一个完整的示例案例串联七个阶段，"
                "并为结业考试做好准备。"
            ),
        },
        "en": {
            "title": "Day 5: Compulsory audits, assessment and acceptance, and disclosure",
            "summary": (
                "Who must carry out a compulsory audit, the deadlines and who is responsible for "
                "what; the two steps of assessment and acceptance; the disclosure duties of key "
                "enterprises; a complete illustrative case through all seven phases; and "
                "preparation for the final exam."
            ),
        },
        "lessons": [
            _AUDITOR_COMPULSORY_AUDITS_OF_KEY_ENTERPRISES,
            _AUDITOR_ASSESSMENT_AND_ACCEPTANCE,
            _AUDITOR_ENVIRONMENTAL_INFORMATION_DISCLOSURE,
            _AUDITOR_CASE_STUDY_ELECTROPLATING_AUDIT,
            _AUDITOR_PREPARING_FOR_THE_FINAL_EXAM,
        ],
    },
]


# Government officer course


_OFFICER_POLICY_FRAMEWORK_AND_RESPONSIBILITIES: dict = {
    "slug": "policy-framework-and-responsibilities",
    "estimated_minutes": 40,
    "required": True,
    "preview": True,
    "zh": {
        "title": "清洁生产政策法规体系与部门职责",
        "summary": (
            "梳理以清洁生产促进法为核心的法规体系，明确发展改革、生态环境、工业和信息化、"
            "财政等部门在推行清洁生产中的职责分工。"
        ),
        "body": [
            ("heading", "以促进法为核心的法规体系"),
            (
                "paragraph",
                (
                    "<p>2003年施行的《中华人民共和国清洁生产促进法》"
                    "是我国第一部以清洁生产为主题的法律，2012年作了修正。这部法律以促进和激励为主，"
                    "目的是提高资源利用效率、减少和避免污染物的产生，保护和改善环境与人体健康，"
                    "促进经济社会可持续发展。它明确了各级政府及其部门的职责，"
                    "规定了清洁生产的实施要求和鼓励措施，同时对超标超总量、使用或排放有毒有害物质、"
                    "超过能耗限额的企业规定了强制性审核义务。</p><p>围绕这部法律，"
                    "配套规定大体分为三类：</p><ul><li><b>技术性规定</b>："
                    "2004年的《清洁生产审核暂行办法》提出了审核的具体要求和程序，"
                    "并首次提出强制性审核的概念，2016年修订为《清洁生产审核办法》；"
                    "《重点企业清洁生产审核程序的规定》共12章，专门规范强制性审核，"
                    "强调各级环境保护主管部门的职责。</li><li><b>管理性规定</b>："
                    "2008年的《重点企业清洁生产审核评估、验收实施指南（试行）》，"
                    "要求对强制性审核逐一评估和验收。</li><li><b>资金类规定</b>："
                    "财政部关于中央补助地方清洁生产专项资金的管理办法，"
                    "支持重点行业中小企业实施清洁生产项目。</li></ul>"
                ),
            ),
            ("heading", "各部门的职责分工"),
            (
                "table",
                {
                    "data": [
                        ["部门", "主要职责", "常用工具"],
                        [
                            "国家发展改革委",
                            "统筹协调全国清洁生产促进工作，组织起草法律和审核办法",
                            "技术导向目录、行业评价指标体系、示范城市和宣传推广",
                        ],
                        [
                            "生态环境部（原国家环境保护总局、原环境保护部）",
                            "监督清洁生产的实施，推动和规范重点企业的强制性审核",
                            "行业清洁生产标准、审核指南、评估验收、信息披露管理",
                        ],
                        [
                            "工业和信息化部（2008年组建）",
                            "拟订并组织实施工业和信息化领域的清洁生产政策，参与编制推行规划",
                            "行业政策、重点工程和示范项目",
                        ],
                        ["财政部", "安排和管理中央财政清洁生产专项资金", "专项资金补助"],
                        [
                            "教育主管部门",
                            "把清洁生产技术和管理课程纳入高等教育、职业教育和技术培训",
                            "课程和教材建设",
                        ],
                        [
                            "地方各级人民政府及其部门",
                            "按职责负责本行政区域的清洁生产促进工作",
                            "名单公布、监督检查、地方资金和培训",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "推行清洁生产的主要部门及职责",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "分工中的衔接",
                    "text": (
                        "<p>强制性审核涉及多个部门：生态环境主管部门确定“双超”“双有”企业，"
                        "节能主管部门确定高耗能企业，清洁生产综合协调部门和生态环境主管部门按职责"
                        "开展监督和评估验收，财政资金支持往往以通过评估验收为前提。实际工作中，"
                        "应当建立部门间的名单共享和结果互认机制，避免企业重复报送、多头检查。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "清洁生产综合协调部门",
                    "definition": (
                        "地方人民政府确定的、负责组织协调本行政区域清洁生产促进工作的部门，"
                        "通常是发展改革或工业和信息化部门。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "按照现行分工，推动和规范重点企业强制性清洁生产审核的主要监管部门是哪一个？"
                    ),
                    "options": [
                        {
                            "text": "财政部门。",
                            "correct": False,
                            "feedback": "不正确。财政部门负责专项资金，不负责审核的监督。",
                        },
                        {
                            "text": "生态环境主管部门。",
                            "correct": True,
                            "feedback": (
                                "正确。法律规定生态环境主管部门负责监督清洁生产实施，"
                                "并推动和规范强制性审核。"
                            ),
                        },
                        {
                            "text": "教育主管部门。",
                            "correct": False,
                            "feedback": "不正确。教育部门负责把清洁生产纳入教育和培训。",
                        },
                    ],
                    "explanation": (
                        "发展改革部门统筹协调，生态环境部门监督实施和规范强制性审核，"
                        "工信部门推动工业领域清洁生产，财政部门管理资金。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "The CP policy framework and who does what",
        "summary": (
            "The body of law built around the CP Promotion Law, and how responsibility for "
            "promoting CP is divided between development and reform, environmental, industry, "
            "finance and other departments."
        ),
        "body": [
            ("heading", "A legal framework built around the Promotion Law"),
            (
                "paragraph",
                (
                    "<p>The CP Promotion Law, in force since 2003 and revised in 2012, was China's "
                    "first law devoted to cleaner production. It is mainly a law that promotes and "
                    "encourages. Its aims are to use resources more efficiently, to reduce and "
                    "avoid the generation of pollutants, to protect the environment and human "
                    "health, and to support sustainable economic and social development. It sets "
                    "out the responsibilities of governments and their departments at each level, "
                    "the requirements for putting CP into practice and the incentives for doing "
                    "so. It also imposes a duty to carry out a compulsory audit on enterprises "
                    "that exceed standards or totals, use or discharge toxic and hazardous "
                    "substances, or exceed energy limits.</p><p>The rules that support the law "
                    "fall into three groups:</p><ul><li><b>Technical rules</b>: the Interim "
                    "Measures for CP Audit of 2004 set out what an audit must do and how, and "
                    "introduced the compulsory audit; they were revised as the CP Audit Measures "
                    "in 2016. The Rules on CP Audit Procedures for Key Enterprises, in 12 "
                    "chapters, deal specifically with compulsory audits and stress the duties of "
                    "environmental authorities at each level.</li><li><b>Management rules</b>: the "
                    "Guideline for Assessment and Acceptance of CP Audits in Key Enterprises "
                    "(trial) of 2008 requires every compulsory audit to be assessed and "
                    "accepted.</li><li><b>Funding rules</b>: the Ministry of Finance's measures "
                    "for the special CP funds that central government provides to local "
                    "governments, which support CP projects in small and medium-sized enterprises "
                    "in key sectors.</li></ul>"
                ),
            ),
            ("heading", "Who is responsible for what"),
            (
                "table",
                {
                    "data": [
                        ["Department", "Main responsibilities", "Usual tools"],
                        [
                            "National Development and Reform Commission (NDRC)",
                            (
                                "Coordinates and organises CP promotion nationwide; led the "
                                "drafting of the law and the audit measures"
                            ),
                            (
                                "Technology inventories, sector evaluation indicator systems, "
                                "demonstration cities, publicity"
                            ),
                        ],
                        [
                            "Ministry of Ecology and Environment (formerly SEPA, then MEP)",
                            (
                                "Supervises CP implementation; promotes and regulates compulsory "
                                "audits of key enterprises"
                            ),
                            (
                                "Sector CP standards, audit guidelines, assessment and acceptance, "
                                "disclosure rules"
                            ),
                        ],
                        [
                            "Ministry of Industry and Information Technology (set up in 2008)",
                            (
                                "Drafts and implements CP policy for industry and IT; helps "
                                "prepare CP plans"
                            ),
                            "Sector policies, key projects and demonstrations",
                        ],
                        [
                            "Ministry of Finance",
                            "Allocates and manages the central government's special CP funds",
                            "Subsidies from the special funds",
                        ],
                        [
                            "Education departments",
                            (
                                "Build CP technology and management into higher education, "
                                "vocational education and technical training"
                            ),
                            "Courses and textbooks",
                        ],
                        [
                            "Local governments and their departments",
                            "Promote CP in their own areas within their remits",
                            "Publishing lists, inspections, local funds and training",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Main departments and their responsibilities for CP",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Making the division of labour work",
                    "text": (
                        "<p>Compulsory audits involve several departments. The environmental "
                        "authority identifies enterprises that exceed standards or totals or that "
                        "use or discharge toxic substances; the energy-conservation authority "
                        "identifies energy-intensive ones; the CP coordinating department and the "
                        "environmental authority supervise and carry out assessment and acceptance "
                        "within their remits; and public funding often requires a passed "
                        "assessment and acceptance. In practice, departments should share lists "
                        "and recognise each other's results, so that enterprises are not asked to "
                        "report the same thing twice or inspected by several bodies at once.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "CP coordinating department",
                    "definition": (
                        "The department a local government makes responsible for organising and "
                        "coordinating CP promotion in its area, usually the development and reform "
                        "or the industry and information technology department."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "Under the current division of responsibilities, which department mainly "
                        "promotes and regulates compulsory CP audits of key enterprises?"
                    ),
                    "options": [
                        {
                            "text": "The finance department.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Finance manages the special funds, not the supervision "
                                "of audits."
                            ),
                        },
                        {
                            "text": "The environmental authority.",
                            "correct": True,
                            "feedback": (
                                "Correct. The law makes the environmental authority responsible "
                                "for supervising CP implementation and regulating compulsory "
                                "audits."
                            ),
                        },
                        {
                            "text": "The education department.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Education departments bring CP into education and "
                                "training."
                            ),
                        },
                    ],
                    "explanation": (
                        "NDRC coordinates; the environmental authority supervises implementation "
                        "and regulates compulsory audits; MIIT drives CP in industry; the Ministry "
                        "of Finance manages the funds."
                    ),
                },
            ),
        ],
    },
}


_OFFICER_FUNDING_AND_INCENTIVES: dict = {
    "slug": "funding-and-incentives",
    "estimated_minutes": 35,
    "required": True,
    "preview": False,
    "zh": {
        "title": "资金支持和激励措施",
        "summary": (
            "掌握中央财政清洁生产专项资金的支持对象、中小企业的判定标准和支持的项目类型，"
            "以及法律规定的其他激励措施。"
        ),
        "body": [
            ("heading", "清洁生产专项资金"),
            (
                "paragraph",
                (
                    "<p>清洁生产促进法施行后，财政部出台了中央补助地方清洁生产专项资金的管理办法。"
                    "专项资金由中央预算安排，主要支持<b>重点行业的中小企业</b>实施清洁生产。"
                    "重点行业指污染较重的行业，包括石化、冶金、化工、轻工、纺织和建材。</p><p>"
                    "这里的中小企业，是指满足以下<b>任意一项</b>条件的企业：</p><ul><li>"
                    "职工人数少于2000人；</li><li>年销售额低于3亿元；</li><li>资产总额低于4亿元。"
                    "</li></ul><p>专项资金以补助形式支持以下几类项目：</p><ol><li>"
                    "从源头削减污染物的项目，例如改进产品设计、"
                    "采用无毒无害原料和清洁能源或可再生能源、采用先进的低消耗技术和设备；</li><li>"
                    "通过过程控制减少污染的项目，例如改造生产线、提高管理水平、加强现场监测；</li>"
                    "<li>对废料、废水和余热余能进行回收利用的项目；</li><li>采用成熟、"
                    "适合示范推广的清洁生产技术和工艺的项目；</li><li>"
                    "其他具有示范和推广意义的清洁生产项目。</li></ol>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "示例企业",
                            "职工人数",
                            "年销售额（亿元）",
                            "资产总额（亿元）",
                            "是否属于中小企业",
                            "判断依据",
                        ],
                        ["甲", "2500", "2.5", "5.0", "是", "销售额低于3亿元"],
                        ["乙", "3000", "8.0", "12.0", "否", "三项条件均不满足"],
                        ["丙", "800", "4.0", "6.0", "是", "职工人数少于2000人"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：中小企业判定（数据为虚构）",
                },
            ),
            ("heading", "其他激励措施和审查要点"),
            (
                "paragraph",
                (
                    "<p>除专项资金外，法律还规定了多种鼓励措施："
                    "对在清洁生产工作中做出显著成绩的单位和个人给予表彰和奖励；"
                    "对利用废物生产的产品和从废物中回收的原料，按国家规定减征或免征增值税；"
                    "企业用于清洁生产审核和培训的费用，可以列入经营成本；"
                    "中小企业发展基金和技术进步资金可以用于支持清洁生产。</p><p>审查资金申请时，"
                    "建议重点把握三点：第一，核实企业身份和所属行业是否符合条件；第二，"
                    "看项目是否来自清洁生产审核的结论，能否解决审核中发现的主要问题，"
                    "许多地方把通过评估验收作为申请的前提；第三，在项目完成后核实实际成效，"
                    "把资金使用效果与验收结果、披露数据相互印证。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "常见问题",
                    "text": (
                        "<p>一些申请把与清洁生产关系不大的扩产项目包装成清洁生产项目。"
                        "判断的关键是项目是否减少了单位产品的资源能源消耗和污染物产生，"
                        "而不只是增加了产量或末端治理能力。</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某纺织企业有职工2600人，年销售额3.5亿元，资产总额3.8亿元。"
                        "按专项资金的中小企业标准，该企业是否属于中小企业？"
                    ),
                    "options": [
                        {
                            "text": "不属于，因为职工人数超过2000人。",
                            "correct": False,
                            "feedback": "不正确。三项条件满足任意一项即可，不需要同时满足。",
                        },
                        {
                            "text": "属于，因为资产总额低于4亿元。",
                            "correct": True,
                            "feedback": "正确。资产总额3.8亿元低于4亿元，满足其中一项条件。",
                        },
                        {
                            "text": "不属于，因为销售额超过3亿元。",
                            "correct": False,
                            "feedback": "不正确。销售额一项不满足，但资产总额一项满足即可。",
                        },
                    ],
                    "explanation": (
                        "中小企业的三项条件（职工少于2000人、销售额低于3亿元、资产低于4亿元）"
                        "满足任意一项即可。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Funding and incentives",
        "summary": (
            "Who the central government's special CP funds support, how small and medium-sized "
            "enterprises are defined, which projects qualify, and the other incentives the law "
            "provides."
        ),
        "body": [
            ("heading", "The special CP funds"),
            (
                "paragraph",
                (
                    "<p>After the CP Promotion Law took effect, the Ministry of Finance issued "
                    "measures for managing the special CP funds that central government provides "
                    "to local governments. The funds come from the central budget and mainly "
                    "support <b>small and medium-sized enterprises (SMEs) in key sectors</b> in "
                    "carrying out CP. The key sectors are the heavily polluting ones: "
                    "petrochemicals, metallurgy, chemicals, light industry, textiles and building "
                    "materials.</p><p>An SME here is an enterprise that meets <b>any one</b> of "
                    "these conditions:</p><ul><li>fewer than 2,000 employees;</li><li>annual sales "
                    "below RMB 300 million;</li><li>total assets below RMB 400 million.</li></ul>"
                    "<p>The funds give subsidies to these kinds of project:</p><ol><li>projects "
                    "that cut pollution at the source, such as better product design, non-toxic "
                    "raw materials, cleaner or renewable energy, and advanced technologies and "
                    "equipment that use less material;</li><li>projects that reduce pollution "
                    "through process control, such as upgrading production lines, improving "
                    "management and strengthening on-site monitoring;</li><li>projects that "
                    "recover and reuse waste materials, water and energy;</li><li>projects "
                    "applying mature CP technologies and processes suitable for demonstration and "
                    "wider use;</li><li>other CP projects worth demonstrating and spreading.</li>"
                    "</ol>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Example enterprise",
                            "Employees",
                            "Annual sales (RMB million)",
                            "Total assets (RMB million)",
                            "SME?",
                            "Reason",
                        ],
                        ["A", "2,500", "250", "500", "Yes", "Sales below RMB 300 million"],
                        ["B", "3,000", "800", "1,200", "No", "Meets none of the three conditions"],
                        ["C", "800", "400", "600", "Yes", "Fewer than 2,000 employees"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: deciding whether an enterprise is an SME (invented "
                        "data)"
                    ),
                },
            ),
            ("heading", "Other incentives, and what to check"),
            (
                "paragraph",
                (
                    "<p>Beyond the special funds, the law provides several other incentives. Units "
                    "and individuals with outstanding CP achievements are commended and rewarded. "
                    "Products made from waste and materials recovered from waste qualify for "
                    "reduced or zero value-added tax under national rules. An enterprise may count "
                    "the cost of CP audits and training as an operating cost. SME development "
                    "funds and technology funds may be used to support CP.</p><p>When reviewing an "
                    "application for funds, focus on three things. First, confirm that the "
                    "enterprise and its sector are eligible. Second, check that the project comes "
                    "out of a CP audit and tackles the main problems the audit found; many "
                    "localities require a passed assessment and acceptance before an application "
                    "is accepted. Third, once the project is complete, verify its real results and "
                    "cross-check them with the acceptance records and the enterprise's disclosure "
                    "data.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "A common problem",
                    "text": (
                        "<p>Some applications dress up an expansion project with little CP content "
                        "as a CP project. The test is whether the project reduces resource and "
                        "energy use and pollutant generation per unit of product, not whether it "
                        "simply adds output or end-of-pipe treatment capacity.</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "A textile enterprise has 2,600 employees, annual sales of RMB 350 million "
                        "and total assets of RMB 380 million. Is it an SME under the special "
                        "funds' definition?"
                    ),
                    "options": [
                        {
                            "text": "No, because it has more than 2,000 employees.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Meeting any one of the three conditions is enough; it "
                                "does not need to meet all of them."
                            ),
                        },
                        {
                            "text": "Yes, because its total assets are below RMB 400 million.",
                            "correct": True,
                            "feedback": (
                                "Correct. Assets of RMB 380 million are below RMB 400 million, "
                                "which meets one of the conditions."
                            ),
                        },
                        {
                            "text": "No, because its sales exceed RMB 300 million.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. It fails the sales condition but meets the assets "
                                "condition, which is enough."
                            ),
                        },
                    ],
                    "explanation": (
                        "An enterprise is an SME if it meets any one of the three conditions: "
                        "fewer than 2,000 employees, sales below RMB 300 million, or assets below "
                        "RMB 400 million."
                    ),
                },
            ),
        ],
    },
}


_OFFICER_SUPERVISING_COMPULSORY_AUDITS: dict = {
    "slug": "supervising-compulsory-audits",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "强制性审核的监督管理与评估验收组织",
        "summary": (
            "按工作流程掌握强制性审核的监管要点：确定和公布名单、跟踪时间节点、检查审核质量、"
            "组织评估和验收，以及对问题的处理。"
        ),
        "body": [
            ("heading", "一年的监管工作流程"),
            (
                "table",
                {
                    "data": [
                        ["环节", "主管部门要做的事", "检查要点"],
                        [
                            "确定名单",
                            (
                                "依据监测数据、排污许可执行报告、总量核定、"
                                "有毒有害物质使用情况和能耗数据筛选企业"
                            ),
                            "每家企业的列入依据和年份要有据可查",
                        ],
                        [
                            "公布和通知",
                            "通过政府网站等方式公布名单，书面通知企业，抄送相关部门",
                            "通知中写明时间要求和报送对象",
                        ],
                        [
                            "跟踪节点",
                            "核查企业是否在1个月内公布信息、2个月内启动审核、1年内报送报告",
                            "对逾期企业及时督促",
                        ],
                        [
                            "过程检查",
                            "抽查审核现场和咨询服务机构工作，核验审核人员证书",
                            "证书是否有效，审核组成员是否真正参与",
                        ],
                        [
                            "评估",
                            "组织专家组查阅材料、现场检查、打分，出具评估意见",
                            "审核是否真实完整，预期效益是否可信",
                        ],
                        [
                            "验收",
                            "中/高费方案实施后组织专家组核实实际成效，出具验收意见",
                            "实际成效是否验证，目标是否实现",
                        ],
                        [
                            "结果运用",
                            "记录结果，与资金支持、总量减排核算、信用评价衔接",
                            "结果在企业年度披露报告中公开",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "主管部门监管强制性审核的主要环节",
                },
            ),
            ("heading", "组织评估和验收"),
            (
                "paragraph",
                (
                    "<p>组织评估和验收时，专家组的组成决定了结论的质量。"
                    "专家应当熟悉审核方法和相关行业，"
                    "并且与被评估企业和为其提供服务的咨询服务机构没有利害关系；"
                    "专家组一般包括审核方法专家和行业技术专家。评估前，"
                    "主管部门应要求企业提交完整材料，并留出专家阅读的时间；现场检查要走到生产线上，"
                    "核对无/低费方案的实施痕迹，查看计量仪表和原始记录，并与一线员工交谈。</p><p>"
                    "以下迹象往往提示审核质量存在问题，值得专家组深入核查：</p><ul><li>"
                    "报告中大段文字与其他企业的报告雷同；</li><li>物料平衡不多不少恰好100%闭合，"
                    "却拿不出实测原始记录；</li><li>监测数据不是由具备资质的机构出具，"
                    "或者监测时段与报告不符；</li><li>中/高费方案与企业被列入名单的原因无关；</li>"
                    "<li>声称已实施的无/低费方案在现场找不到；</li><li>审核组成员的证书已过期、"
                    "被暂停或撤销；</li><li>报告中的排放数据与企业已披露的数据明显不一致。</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "问题的处理",
                    "text": (
                        "<p>评估或验收不通过的，应书面写明问题和整改期限，整改后重新组织；"
                        "问题严重的，要求企业重新开展审核。企业不按期实施审核、"
                        "弄虚作假或者不如实报告审核结果的，按清洁生产促进法责令限期改正，"
                        "拒不改正的依法处以罚款；咨询服务机构参与弄虚作假的，予以通报并依规处理。"
                        "</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "评估专家组发现审核报告中的物料平衡恰好100%闭合，"
                        "但企业拿不出任何实测原始记录。专家组最恰当的做法是什么？"
                    ),
                    "options": [
                        {
                            "text": "平衡完全闭合说明数据质量很好，可以加分。",
                            "correct": False,
                            "feedback": (
                                "不正确。实测数据总有误差，恰好闭合又无原始记录，"
                                "反而提示数据可能是编造的。"
                            ),
                        },
                        {
                            "text": (
                                "要求企业提供实测原始记录，必要时现场复测，"
                                "核实之前不认可评估阶段的工作。"
                            ),
                            "correct": True,
                            "feedback": "正确。数据真实性是评估的核心，必须追溯到原始记录。",
                        },
                        {
                            "text": "物料平衡不是评估的重点，可以忽略。",
                            "correct": False,
                            "feedback": "不正确。物料平衡是判断审核是否真实开展的关键证据之一。",
                        },
                    ],
                    "explanation": (
                        "评估关注审核是否真实：数据要能追溯到实测原始记录，过于“完美”"
                        "的结果同样需要核实。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Supervising compulsory audits and running assessment and acceptance",
        "summary": (
            "The authority's tasks step by step: identifying and publishing the list, tracking "
            "deadlines, checking audit quality, organising assessment and acceptance, and dealing "
            "with problems."
        ),
        "body": [
            ("heading", "A year of supervision, step by step"),
            (
                "table",
                {
                    "data": [
                        ["Step", "What the authority does", "What to check"],
                        [
                            "Identify enterprises",
                            (
                                "Screen enterprises using monitoring data, permit compliance "
                                "reports, total-load allocations, use of toxic substances and "
                                "energy data"
                            ),
                            "A documented reason and year for every enterprise listed",
                        ],
                        [
                            "Publish and notify",
                            (
                                "Publish the list on the government website or similar, notify "
                                "each enterprise in writing, copy the other departments concerned"
                            ),
                            "The notice states the deadlines and where to submit",
                        ],
                        [
                            "Track deadlines",
                            (
                                "Check that each enterprise publishes its information within 1 "
                                "month, starts the audit within 2 months and submits the report "
                                "within 1 year"
                            ),
                            "Chase late enterprises promptly",
                        ],
                        [
                            "Check the work in progress",
                            (
                                "Spot-check audits on site and the consultancy's work; verify "
                                "auditor certificates"
                            ),
                            (
                                "Are certificates valid, and are the listed team members really "
                                "involved?"
                            ),
                        ],
                        [
                            "Assessment",
                            (
                                "Convene an expert panel to read the documents, inspect the site, "
                                "score, and issue an assessment opinion"
                            ),
                            (
                                "Is the audit real and complete, and are the expected benefits "
                                "credible?"
                            ),
                        ],
                        [
                            "Acceptance",
                            (
                                "Once mid/high-cost options are in place, convene a panel to "
                                "verify the real results and issue an acceptance opinion"
                            ),
                            "Are the real results verified and the targets met?",
                        ],
                        [
                            "Use the results",
                            (
                                "Record the results and link them to funding, total-load reduction "
                                "accounting and credit ratings"
                            ),
                            "The results appear in the enterprise's annual disclosure report",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Main steps in supervising compulsory audits",
                },
            ),
            ("heading", "Running assessment and acceptance"),
            (
                "paragraph",
                (
                    "<p>The make-up of the expert panel decides the quality of its conclusions. "
                    "Experts should know the audit method and the sector, and must have no "
                    "interest in the enterprise or in the consultancy that served it. A panel "
                    "usually combines experts in audit method with experts in the sector's "
                    "technology. Before the assessment, require the enterprise to submit complete "
                    "documents and give the experts time to read them. On site, walk the "
                    "production lines, look for evidence of the no/low-cost options, check meters "
                    "and original records, and talk to workers on the shop floor.</p><p>These "
                    "signs often point to a weak audit and deserve a closer look:</p><ul><li>long "
                    "passages of the report match other enterprises' reports;</li><li>the material "
                    "balance closes at exactly 100%, but there are no original measurement "
                    "records;</li><li>monitoring data do not come from an accredited body, or the "
                    "monitoring dates do not match the report;</li><li>the mid/high-cost options "
                    "have nothing to do with the reason the enterprise was listed;</li><li>"
                    "no/low-cost options said to be in place cannot be found on site;</li><li>"
                    "audit team members' certificates have expired or been suspended or "
                    "revoked;</li><li>emission data in the report clearly differ from what the "
                    "enterprise has disclosed.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "Dealing with problems",
                    "text": (
                        "<p>If an audit fails assessment or acceptance, set out the problems and "
                        "the deadline for correcting them in writing, and review again once they "
                        "are corrected; where the problems are serious, require a new audit. An "
                        "enterprise that does not carry out its audit on time, falsifies it, or "
                        "fails to report its results truthfully is ordered under the CP Promotion "
                        "Law to put things right within a deadline, and fined according to law if "
                        "it refuses. A consultancy involved in falsification is named publicly and "
                        "dealt with under the rules.</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An assessment panel finds that the material balance in an audit report "
                        "closes at exactly 100%, but the enterprise cannot produce any original "
                        "measurement records. What should the panel do?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Award extra points, since a perfect balance shows excellent data."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Measurements always carry some error; a perfect "
                                "balance with no records suggests the data may be invented."
                            ),
                        },
                        {
                            "text": (
                                "Ask for the original records, re-measure on site if necessary, "
                                "and not accept the assessment-phase work until it is verified."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Whether the data are real is the core of assessment, and "
                                "they must be traceable to original records."
                            ),
                        },
                        {
                            "text": (
                                "Ignore it, because the material balance is not central to "
                                "assessment."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The material balance is one of the key pieces of "
                                "evidence that the audit really happened."
                            ),
                        },
                    ],
                    "explanation": (
                        "Assessment asks whether the audit is real: data must trace back to "
                        "original measurement records, and results that look too perfect need "
                        "checking too."
                    ),
                },
            ),
        ],
    },
}


_OFFICER_USING_DISCLOSURE_DATA_AND_THE_KEY_ENTERPRISE_LIST: dict = {
    "slug": "using-disclosure-data-and-the-key-enterprise-list",
    "estimated_minutes": 40,
    "required": True,
    "preview": False,
    "zh": {
        "title": "用好重点企业名单和披露数据",
        "summary": (
            "了解如何维护披露企业名单、检查企业是否按时依法披露，以及如何利用披露数据筛选审核对象、"
            "安排监管重点和评价审核成效。"
        ),
        "body": [
            ("heading", "维护名单"),
            (
                "paragraph",
                (
                    "<p>按照2021年的披露管理办法，"
                    "设区的市级生态环境主管部门每年制定本行政区域的环境信息依法披露企业名单，"
                    "其中包括重点排污单位、实施强制性清洁生产审核的企业，"
                    "以及符合规定情形的上市公司和发债企业。"
                    "名单的每一条记录都应写明企业的统一社会信用代码、列入年份和法律依据；"
                    "对实施强制性审核的企业，还要写明列入原因（超标超总量、有毒有害物质或高耗能）。"
                    "名单本身公开，有助于公众理解“为什么这家企业要披露”。</p>"
                ),
            ),
            ("heading", "检查企业是否依法披露"),
            (
                "paragraph",
                (
                    "<p>日常检查可以围绕三个时间点和一条规则展开：</p><ul><li><b>3月15日</b>："
                    "名单内企业是否都已发布上一年度的年度报告，内容是否齐全，"
                    "实施强制性审核的企业是否公开了审核原因、实施情况和评估验收结果；</li><li><b>"
                    "收到法律文书后5个工作日</b>：本部门作出行政处罚、许可变更等决定后，"
                    "企业是否按时发布临时报告。主管部门手里有文书的送达日期，可以直接比对；</li>"
                    "<li><b>更正</b>：企业修改已披露的信息，是否以临时报告形式说明了变更事项和原因，"
                    "而不是覆盖原报告。</li></ul>"
                ),
            ),
            ("heading", "把数据用起来"),
            (
                "paragraph",
                (
                    "<p>披露数据不只是供公众查阅，也是主管部门的工作资料：</p><ol><li><b>"
                    "筛选审核对象</b>：披露报告中的超标记录、排放总量与许可排放量的对比，"
                    "可以帮助发现应当列入强制性审核的企业；</li><li><b>安排监管重点</b>："
                    "长期接近限值、频繁发布临时报告或数据前后矛盾的企业，应优先检查；</li><li><b>"
                    "评价审核成效</b>：把企业审核前后几年的排放数据放在一起看，"
                    "判断审核成效是否持续。比较时要注意产量变化、统计口径和监测方法的变化，"
                    "最好同时看单位产品排放量。</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：比对披露数据",
                    "text": (
                        "<p>某示例企业的验收材料显示，实施中/高费方案后COD年产生量减少约30%。"
                        "主管部门调阅该企业审核前后三年的年度披露报告，发现COD年排放量下降了约25%，"
                        "而同期产量基本持平，两组数据方向一致、幅度相近，支持验收结论。"
                        "如果披露数据显示排放量不降反升，就应当约谈企业、查明原因。"
                        "以上情景仅用于教学演示。</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "生态环境主管部门于某日向一家名单内企业送达了行政处罚决定书，"
                        "5个工作日后仍未看到该企业的临时报告。下一步最恰当的做法是什么？"
                    ),
                    "options": [
                        {
                            "text": "等到次年3月15日，看年度报告中是否提及。",
                            "correct": False,
                            "feedback": "不正确。临时报告有独立的时限，不能用年度报告代替。",
                        },
                        {
                            "text": (
                                "核实送达日期和期间计算无误后，督促企业立即披露，"
                                "并依法处理逾期行为。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。主管部门掌握文书送达日期，可以直接核查企业是否按时披露。"
                            ),
                        },
                        {
                            "text": "由主管部门代替企业修改其年度报告。",
                            "correct": False,
                            "feedback": "不正确。企业是披露的责任主体，已发布的报告也不能被覆盖。",
                        },
                    ],
                    "explanation": (
                        "临时报告应在收到法律文书之日起5个工作日内发布，"
                        "主管部门可以用自己的文书送达记录直接核查。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Using the key-enterprise list and disclosure data",
        "summary": (
            "How to maintain the list of disclosing enterprises, check that enterprises disclose "
            "on time and as the law requires, and use disclosure data to choose audit candidates, "
            "target supervision and evaluate audit results."
        ),
        "body": [
            ("heading", "Maintaining the list"),
            (
                "paragraph",
                (
                    "<p>Under the 2021 disclosure measures, the environmental authority of each "
                    "prefecture-level city draws up the list of enterprises that must disclose "
                    "environmental information in its area every year. The list covers key "
                    "pollutant dischargers, enterprises under a compulsory CP audit, and listed "
                    "companies and bond issuers that meet the conditions set out in the measures. "
                    "Each entry should give the enterprise's unified social credit code, the year "
                    "it was listed and the legal basis; for enterprises under a compulsory audit "
                    "it should also give the reason (exceeding standards or totals, toxic and "
                    "hazardous substances, or energy intensity). Publishing the list itself helps "
                    "the public understand why a given enterprise has to disclose.</p>"
                ),
            ),
            ("heading", "Checking that enterprises disclose as required"),
            (
                "paragraph",
                (
                    "<p>Routine checks can be organised around three moments and one rule:</p><ul>"
                    "<li><b>15 March</b>: has every listed enterprise published its annual report "
                    "for the previous year, is it complete, and have enterprises under a "
                    "compulsory audit published the reason for the audit, how it was carried out "
                    "and the assessment and acceptance results?</li><li><b>5 working days after a "
                    "legal document is received</b>: after your department issues a penalty, a "
                    "permit change or a similar decision, did the enterprise publish an ad-hoc "
                    "report on time? You hold the date the document was served, so you can check "
                    "directly.</li><li><b>Corrections</b>: when an enterprise changed information "
                    "it had disclosed, did it publish an ad-hoc report stating what changed and "
                    "why, rather than overwriting the original report?</li></ul>"
                ),
            ),
            ("heading", "Putting the data to work"),
            (
                "paragraph",
                (
                    "<p>Disclosure data are not only for the public; they are working material for "
                    "the authority too:</p><ol><li><b>Choosing audit candidates</b>: exceedance "
                    "records and totals compared with permitted amounts help identify enterprises "
                    "that should be listed for a compulsory audit.</li><li><b>Targeting "
                    "supervision</b>: enterprises that run close to their limits for long periods, "
                    "publish ad-hoc reports often, or report figures that contradict each other "
                    "deserve inspection first.</li><li><b>Evaluating audit results</b>: put an "
                    "enterprise's emission data from the years before and after its audit side by "
                    "side to see whether the results last. Allow for changes in output, reporting "
                    "boundaries and monitoring methods, and look at emissions per unit of product "
                    "as well.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: cross-checking disclosure data",
                    "text": (
                        "<p>A fictional enterprise's acceptance documents show that its "
                        "mid/high-cost options cut annual COD generation by about 30%. The "
                        "authority pulls the enterprise's annual disclosure reports for three "
                        "years before and after the audit and finds that annual COD discharges "
                        "fell by about 25% while output stayed roughly the same. The two sets of "
                        "figures move in the same direction by similar amounts, which supports the "
                        "acceptance decision. Had the disclosures shown discharges rising instead, "
                        "the authority should have called the enterprise in and found out why. "
                        "This scenario is for teaching only.</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "The environmental authority served a penalty decision on a listed "
                        "enterprise. Five working days later there is still no ad-hoc report from "
                        "the enterprise. What is the best next step?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Wait until 15 March next year and see whether the annual report "
                                "mentions it."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Ad-hoc reports have their own deadline; the annual "
                                "report does not replace them."
                            ),
                        },
                        {
                            "text": (
                                "Confirm the date of service and the count of working days, then "
                                "require the enterprise to disclose at once and deal with the late "
                                "filing according to law."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The authority knows when the document was served and can "
                                "check the deadline directly."
                            ),
                        },
                        {
                            "text": (
                                "Have the authority edit the enterprise's annual report on its "
                                "behalf."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The enterprise is responsible for its own disclosure, "
                                "and published reports are never overwritten."
                            ),
                        },
                    ],
                    "explanation": (
                        "An ad-hoc report is due within 5 working days of receiving the legal "
                        "document; the authority can check this against its own records of "
                        "service."
                    ),
                },
            ),
        ],
    },
}


OFFICER_COURSE: dict = {
    "slug": "cp-policy-and-supervision-for-officers",
    "track": "officer",
    "completion_rule": "all_lessons",
    "attendance_required": False,
    "self_paced": True,
    "duration_days": None,
    "duration_hours": 4,
    "certificate_validity_years": None,
    "instruction_language": "bilingual",
    "zh": {
        "title": "政府工作人员清洁生产政策与监管培训",
        "summary": (
            "面向负责推动和监管清洁生产的政府工作人员，系统讲解清洁生产法规政策和部门职责、"
            "专项资金和激励措施，以及强制性审核的监督管理、评估验收的组织和环境信息披露数据的使用。"
        ),
        "audience": (
            "发展改革、生态环境、工业和信息化、财政等部门中从事清洁生产推进、强制性审核监管、"
            "信息披露管理或专项资金管理的工作人员。"
        ),
        "learning_outcomes": [
            "说明清洁生产促进法及其配套规定的框架，以及各部门在推行清洁生产中的职责分工",
            "判断企业是否属于专项资金支持的重点行业中小企业，并审查申请项目是否具有清洁生产实质",
            "按时间节点跟踪强制性审核，组织评估和验收，识别审核质量问题的常见迹象",
            "维护环境信息依法披露企业名单，检查年度报告和临时报告是否按时、依法发布",
            "利用披露数据筛选审核对象、安排监管重点并评价审核成效",
        ],
        "prerequisites": (
            "<p>无需先修课程。了解清洁生产的基本概念和七阶段审核方法会有帮助，"
            "可以先浏览高校模块《清洁生产概论》。</p>"
        ),
        "final_exam_intro": (
            "<p>学完全部课程后参加一次在线测验，共20道选择题，限时30分钟，答对70%即为合格。"
            "测验结果记入本单位的培训记录，供单位管理员查看。本培训不颁发清洁生产审核师证书。</p>"
        ),
    },
    "en": {
        "title": "CP policy and supervision for government officers",
        "summary": (
            "For government officers who promote and regulate cleaner production: CP law, policy "
            "and the division of responsibilities; special funds and incentives; supervising "
            "compulsory audits and running assessment and acceptance; and using environmental "
            "disclosure data."
        ),
        "audience": (
            "Staff of development and reform, environmental, industry and information technology, "
            "finance and other departments who promote CP, supervise compulsory audits, manage "
            "disclosure or administer special funds."
        ),
        "learning_outcomes": [
            (
                "Explain the framework of the CP Promotion Law and its supporting rules, and how "
                "responsibility for CP is divided between departments"
            ),
            (
                "Decide whether an enterprise is an SME in a key sector eligible for the special "
                "funds, and check that a project has real CP content"
            ),
            (
                "Track compulsory audits against their deadlines, organise assessment and "
                "acceptance, and recognise the common signs of a weak audit"
            ),
            (
                "Maintain the list of enterprises that must disclose, and check that annual and "
                "ad-hoc reports are published on time and as the law requires"
            ),
            (
                "Use disclosure data to choose audit candidates, target supervision and evaluate "
                "audit results"
            ),
        ],
        "prerequisites": (
            "<p>No prerequisites. A basic grasp of CP and the seven-phase audit method helps; you "
            "may want to look through the university module Introduction to Cleaner Production "
            "first.</p>"
        ),
        "final_exam_intro": (
            "<p>When you have finished all the lessons, take a short online quiz: 20 "
            "multiple-choice questions in 30 minutes, with 70% needed to pass. The result is added "
            "to your agency's training records, where your agency administrator can see it. This "
            "course does not lead to the CP auditor certificate.</p>"
        ),
    },
    "units": [
        {
            "slug": "module-1",
            "number": 1,
            "zh": {
                "title": "模块一：政策框架与激励措施",
                "summary": "清洁生产法规体系、部门职责分工，以及专项资金和其他激励措施。",
            },
            "en": {
                "title": "Module 1: Policy framework and incentives",
                "summary": (
                    "The CP legal framework, who is responsible for what, and the special funds "
                    "and other incentives."
                ),
            },
            "lessons": [
                _OFFICER_POLICY_FRAMEWORK_AND_RESPONSIBILITIES,
                _OFFICER_FUNDING_AND_INCENTIVES,
            ],
        },
        {
            "slug": "module-2",
            "number": 2,
            "zh": {
                "title": "模块二：监管实务",
                "summary": "强制性审核的监督管理、评估验收的组织，以及披露名单和披露数据的使用。",
            },
            "en": {
                "title": "Module 2: Supervision in practice",
                "summary": (
                    "Supervising compulsory audits, running assessment and acceptance, and using "
                    "the disclosure list and data."
                ),
            },
            "lessons": [
                _OFFICER_SUPERVISING_COMPULSORY_AUDITS,
                _OFFICER_USING_DISCLOSURE_DATA_AND_THE_KEY_ENTERPRISE_LIST,
            ],
        },
    ],
}


# University modules


_INTRO_WHAT_IS_CLEANER_PRODUCTION: dict = {
    "slug": "what-is-cleaner-production",
    "estimated_minutes": 30,
    "required": True,
    "preview": True,
    "zh": {
        "title": "什么是清洁生产",
        "summary": (
            "理解清洁生产的定义、核心思想和适用范围，以及它与“先污染、后治理”思路的根本区别。"
        ),
        "body": [
            ("heading", "清洁生产的含义"),
            (
                "paragraph",
                (
                    "<p>按照我国清洁生产促进法的表述，清洁生产是指<b>不断采取</b>改进设计、"
                    "使用清洁的能源和原料、采用先进的工艺技术与设备、改善管理、综合利用等措施，"
                    "从源头削减污染，提高资源利用效率，减少或者避免生产、"
                    "服务和产品使用过程中污染物的产生和排放，以减轻或者消除对人类健康和环境的危害。"
                    "</p><p>这个定义里有几个关键词值得细读：</p><ul><li><b>源头</b>："
                    "重点不是把已经产生的污染物处理掉，而是让它少产生或不产生；</li><li><b>不断</b>"
                    "：清洁生产是持续改进的过程，没有一劳永逸的终点；</li><li><b>全过程</b>："
                    "它覆盖原料和能源的选择、生产过程、产品本身和产品的使用，也适用于宾馆、"
                    "医院等服务业；</li><li><b>双重目标</b>：既提高资源利用效率，又减少污染，"
                    "两者往往同时带来经济效益。</li></ul>"
                ),
            ),
            ("heading", "一个简单的例子"),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：漂洗水从哪里来",
                    "text": (
                        "<p>设想一家小型金属表面处理车间，零件出槽后直接放进漂洗槽，"
                        "漂洗槽一直开着水龙头溢流。按“末端治理”的思路，"
                        "车间会建一座更大的废水处理设施，处理越来越多的含金属废水。"
                        "按清洁生产的思路，车间会先问："
                        "为什么需要这么多水？于是让零件在槽上方多停留几秒滴液，"
                        "把单槽漂洗改为多级逆流漂洗，用电导率控制补水。结果是用水减少、"
                        "带出的金属减少、废水处理负荷下降，省下的水费、"
                        "原料费和处理费往往几个月就能收回改造投入。以上情景为教学示例。</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>这个例子说明，清洁生产和污染治理并不对立：治理设施仍然需要，"
                    "但清洁生产让它处理的东西更少、运行更省。"
                    "清洁生产的价值在于把环境问题转化为效率问题，企业在减少污染的同时降低了成本。"
                    "</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "清洁生产",
                    "definition": (
                        "不断采取改进设计、使用清洁能源和原料、采用先进工艺技术与设备、改善管理、"
                        "综合利用等措施，从源头削减污染、提高资源利用效率，减少或避免生产、"
                        "服务和产品使用过程中污染物的产生和排放。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "下列哪一项措施最符合清洁生产的核心思想？",
                    "options": [
                        {
                            "text": "扩建污水处理站，提高处理能力。",
                            "correct": False,
                            "feedback": "不正确。这是末端治理，针对的是已经产生的污染物。",
                        },
                        {
                            "text": "用低毒原料替代高毒原料，使有毒物质不再进入生产过程。",
                            "correct": True,
                            "feedback": "正确。从源头消除有毒物质，正是清洁生产的核心。",
                        },
                        {
                            "text": "把废渣运到更远的地方填埋。",
                            "correct": False,
                            "feedback": "不正确。这只是转移了污染，没有减少它的产生。",
                        },
                    ],
                    "explanation": (
                        "清洁生产强调从源头削减污染和提高资源效率，"
                        "而不是在污染产生之后再处理或转移。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "What cleaner production is",
        "summary": (
            "The definition of cleaner production, its central idea and where it applies, and how "
            "it differs fundamentally from “pollute first, clean up later”."
        ),
        "body": [
            ("heading", "What cleaner production means"),
            (
                "paragraph",
                (
                    "<p>China's CP Promotion Law describes cleaner production as the <b>"
                    "continuous</b> use of measures such as better design, cleaner energy and raw "
                    "materials, advanced processes and equipment, better management and the "
                    "comprehensive use of resources, in order to reduce pollution at its source, "
                    "use resources more efficiently, and reduce or avoid the generation and "
                    "discharge of pollutants in production, in services and when products are "
                    "used, so as to lessen or remove harm to human health and the environment.</p>"
                    "<p>Several words in that definition repay a closer look:</p><ul><li><b>"
                    "Source</b>: the point is not to treat pollutants once they exist, but to "
                    "generate fewer of them, or none;</li><li><b>Continuous</b>: CP is a process "
                    "of continual improvement with no final finishing line;</li><li><b>The whole "
                    "life cycle</b>: it covers the choice of raw materials and energy, the "
                    "production process, the product itself and its use, and it applies to "
                    "services such as hotels and hospitals too;</li><li><b>Two goals at once</b>: "
                    "using resources more efficiently and polluting less, which together often "
                    "bring economic benefits.</li></ul>"
                ),
            ),
            ("heading", "A simple example"),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: where does the rinse water come from?",
                    "text": (
                        "<p>Imagine a small metal-finishing workshop where parts go straight from "
                        "the process tank into a rinse tank that overflows with the tap left "
                        "running. The end-of-pipe response is to build a bigger wastewater plant "
                        "to treat ever more metal-bearing wastewater. The CP response starts with "
                        "a question: why do we need so much water? So the parts are held over the "
                        "tank for a few seconds to drain, the single rinse becomes a multi-stage "
                        "counter-current rinse, and make-up water is controlled by conductivity. "
                        "Water use falls, less metal is carried out, the load on the treatment "
                        "plant drops, and the savings in water, materials and treatment often "
                        "repay the changes within months. This scenario is for teaching only.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The example shows that CP and pollution control are not opposites. "
                    "Treatment plants are still needed, but CP gives them less to treat and makes "
                    "them cheaper to run. The strength of CP is that it turns an environmental "
                    "problem into an efficiency problem, so the enterprise cuts its costs while it "
                    "cuts its pollution.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Cleaner production",
                    "definition": (
                        "The continuous use of better design, cleaner energy and raw materials, "
                        "advanced processes and equipment, better management and comprehensive "
                        "resource use to reduce pollution at its source, use resources more "
                        "efficiently, and reduce or avoid the generation and discharge of "
                        "pollutants in production, services and product use."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "Which measure best fits the central idea of cleaner production?",
                    "options": [
                        {
                            "text": "Expanding the wastewater plant to treat more water.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. That is end-of-pipe treatment of pollutants that "
                                "already exist."
                            ),
                        },
                        {
                            "text": (
                                "Replacing a highly toxic raw material with a low-toxicity one, so "
                                "the toxic substance never enters the process."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Removing a toxic substance at the source is exactly what "
                                "CP is about."
                            ),
                        },
                        {
                            "text": "Sending solid waste to a landfill further away.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. This moves the pollution elsewhere without reducing "
                                "how much is generated."
                            ),
                        },
                    ],
                    "explanation": (
                        "CP is about cutting pollution at its source and using resources more "
                        "efficiently, not about treating or moving pollution after it has been "
                        "generated."
                    ),
                },
            ),
        ],
    },
}


_INTRO_FROM_END_OF_PIPE_TO_PREVENTION: dict = {
    "slug": "from-end-of-pipe-to-prevention",
    "estimated_minutes": 35,
    "required": True,
    "preview": False,
    "zh": {
        "title": "从末端治理到源头预防",
        "summary": "比较末端治理和清洁生产两种思路，了解清洁生产概念的国际来源和在我国的发展历程。",
        "body": [
            ("heading", "末端治理的局限"),
            (
                "paragraph",
                (
                    "<p>工业化早期，各国普遍采用“先污染、后治理”的做法：在生产线末端建设废水、"
                    "废气和固体废物处理设施。末端治理在控制污染方面发挥了重要作用，"
                    "但也有明显的局限：治理设施只花钱、不产生效益，企业缺少投入的积极性；"
                    "许多治理只是把污染物从一种介质转移到另一种介质，例如废水处理产生污泥，"
                    "废气治理产生废液；随着排放标准越来越严，治理成本急剧上升；"
                    "而原料和能源在变成污染物的过程中已经被浪费掉了。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["比较项", "末端治理", "清洁生产"],
                        ["着眼点", "已经产生的污染物", "污染物产生的原因"],
                        ["作用位置", "生产过程的末端", "设计、原料、工艺、设备、管理和产品全过程"],
                        ["经济性", "只增加成本", "往往同时节约原料、能源和处理费用"],
                        ["对污染物的处理", "常常转移到其他介质", "减少或避免产生"],
                        ["持续性", "达标即止", "持续改进"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "末端治理与清洁生产的比较",
                },
            ),
            ("heading", "概念的来源和我国的发展"),
            (
                "paragraph",
                (
                    "<p>20世纪80年代后期，发达国家在实践中总结出“污染预防”“废物最小化”等思路，"
                    "联合国环境规划署随后提出并推广“清洁生产”这一概念，"
                    "与联合国工业发展组织一起在世界各地推动清洁生产审核和国家清洁生产中心的建设。"
                    "</p><p>我国的清洁生产起步于1993年，当年世界银行在我国启动了“推进中国清洁生产”"
                    "项目，首次把清洁生产引入国内。此后十年间，通过国际合作项目和国内试点，"
                    "一批企业开展了审核，审核方法也由国际通行的五个阶段发展为适合国情的七个阶段。"
                    "2003年清洁生产促进法施行，清洁生产推进工作进入法制化阶段；2012年修法，"
                    "扩大了强制性审核的范围。经过近二十年的发展，我国形成了包括法规、管理、"
                    "技术支撑和教育培训在内的较为完整的推进体系。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "为什么发展中国家也能做好清洁生产",
                    "text": (
                        "<p>清洁生产的理念来自发达国家，但我国的实践表明，它同样适用于发展中国家，"
                        "关键是结合本国的发展阶段和企业状况加以调整。例如，"
                        "针对环境管理基础薄弱的企业，我国引入了强制性审核，要求其首先做到稳定达标，"
                        "并以技术改造类方案为重点。</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "下列哪一项是末端治理常见的局限？",
                    "options": [
                        {
                            "text": "它能够从源头减少原料和能源的浪费。",
                            "correct": False,
                            "feedback": (
                                "不正确。末端治理发生在污染产生之后，无法挽回已经浪费的原料和能源。"
                            ),
                        },
                        {
                            "text": (
                                "它常常把污染物从一种介质转移到另一种介质，例如废水处理产生污泥。"
                            ),
                            "correct": True,
                            "feedback": "正确。这是末端治理的典型局限。",
                        },
                        {
                            "text": "它通常能给企业带来可观的直接经济收益。",
                            "correct": False,
                            "feedback": "不正确。治理设施一般只增加成本。",
                        },
                    ],
                    "explanation": (
                        "末端治理仍然必要，但它处理的是结果而不是原因；清洁生产从原因入手。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "From end-of-pipe treatment to prevention at the source",
        "summary": (
            "End-of-pipe treatment and cleaner production compared, where the idea of cleaner "
            "production came from, and how it developed in China."
        ),
        "body": [
            ("heading", "The limits of end-of-pipe treatment"),
            (
                "paragraph",
                (
                    "<p>In the early years of industrialisation, most countries polluted first and "
                    "cleaned up later: they built plants at the end of the production line to "
                    "treat wastewater, waste gas and solid waste. End-of-pipe treatment did a "
                    "great deal to control pollution, but its limits are clear. Treatment plants "
                    "cost money and earn nothing, so enterprises have little reason to invest in "
                    "them. Much treatment simply moves pollutants from one medium to another: "
                    "treating wastewater produces sludge, and cleaning waste gas can produce "
                    "liquid waste. As discharge standards tighten, treatment costs climb steeply. "
                    "And by the time raw materials and energy have become pollutants, they have "
                    "already been wasted.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Aspect", "End-of-pipe treatment", "Cleaner production"],
                        ["Focus", "Pollutants that already exist", "Why pollutants arise"],
                        [
                            "Where it acts",
                            "The end of the production process",
                            "Design, materials, process, equipment, management and product",
                        ],
                        [
                            "Economics",
                            "Adds cost only",
                            "Often saves materials, energy and treatment costs at the same time",
                        ],
                        [
                            "What happens to pollutants",
                            "Often moved to another medium",
                            "Fewer are generated, or none",
                        ],
                        ["Continuity", "Stops once standards are met", "Improves continuously"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "End-of-pipe treatment and cleaner production compared",
                },
            ),
            ("heading", "Where the idea came from and how it developed in China"),
            (
                "paragraph",
                (
                    "<p>In the late 1980s, industrialised countries drew ideas such as pollution "
                    "prevention and waste minimisation from their own experience. The United "
                    "Nations Environment Programme then put forward and promoted the concept of "
                    "cleaner production and, together with the United Nations Industrial "
                    "Development Organization, encouraged CP audits and national cleaner "
                    "production centres around the world.</p><p>CP reached China in 1993, when the "
                    "World Bank launched the project “Promoting Cleaner Production in China”. "
                    "Over the following decade, international cooperation projects and domestic "
                    "pilots took many enterprises through audits, and the audit method grew from "
                    "the internationally used five phases into seven phases suited to Chinese "
                    "conditions. The CP Promotion Law took effect in 2003 and put CP promotion on "
                    "a legal footing; its 2012 revision widened the scope of compulsory audits. "
                    "After nearly two decades, China had a fairly complete system for promoting "
                    "CP, covering law, administration, technical support, and education and "
                    "training.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Why developing countries can make CP work",
                    "text": (
                        "<p>The idea of CP came from industrialised countries, but China's "
                        "experience shows that it works in developing countries too, provided it "
                        "is adapted to the country's stage of development and the state of its "
                        "enterprises. For enterprises with weak environmental management, for "
                        "example, China introduced compulsory audits that first require reliable "
                        "compliance and concentrate on technology upgrades.</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "Which of these is a common limitation of end-of-pipe treatment?",
                    "options": [
                        {
                            "text": (
                                "It reduces the waste of raw materials and energy at the source."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. End-of-pipe treatment comes after pollution is "
                                "generated, when materials and energy are already wasted."
                            ),
                        },
                        {
                            "text": (
                                "It often moves pollutants from one medium to another, for example "
                                "turning wastewater into sludge."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. This is a typical limitation of end-of-pipe treatment."
                            ),
                        },
                        {
                            "text": (
                                "It usually brings the enterprise a substantial direct financial "
                                "return."
                            ),
                            "correct": False,
                            "feedback": "Incorrect. Treatment plants generally only add cost.",
                        },
                    ],
                    "explanation": (
                        "End-of-pipe treatment is still needed, but it deals with results, not "
                        "causes; CP starts with the causes."
                    ),
                },
            ),
        ],
    },
}


_INTRO_CHINAS_CP_PROMOTING_SYSTEM: dict = {
    "slug": "chinas-cp-promoting-system",
    "estimated_minutes": 35,
    "required": True,
    "preview": False,
    "zh": {
        "title": "我国的清洁生产推进体系",
        "summary": (
            "认识由法规体系、管理体系、技术支撑体系和教育培训体系构成的清洁生产推进体系，"
            "以及高校在其中的作用。"
        ),
        "body": [
            ("heading", "四个组成部分"),
            (
                "paragraph",
                (
                    "<p>经过近二十年的发展，我国形成了相互配合的四个体系来推进清洁生产：</p><ul>"
                    "<li><b>法规体系</b>：以清洁生产促进法为核心，配套审核办法、强制性审核程序规定、"
                    "评估验收指南和专项资金管理办法等；</li><li><b>管理体系</b>："
                    "国家发展改革委统筹协调，生态环境主管部门监督实施并规范强制性审核，"
                    "工业和信息化部推动工业领域清洁生产，地方政府负责本地区工作；</li><li><b>"
                    "技术支撑体系</b>：七阶段审核方法、行业审核指南、行业清洁生产标准、"
                    "评价指标体系和技术导向目录；</li><li><b>教育培训体系</b>：高校教育、"
                    "审核师职业培训、政府工作人员培训和面向公众的宣传。</li></ul>"
                ),
            ),
            ("heading", "教育培训体系和高校的角色"),
            (
                "paragraph",
                (
                    "<p>清洁生产促进法要求国务院教育主管部门把清洁生产技术和管理课程纳入高等教育、"
                    "职业教育和技术培训体系。目前，开设环境类专业的高校中，"
                    "一半以上开设了清洁生产选修课，每年有大量学生通过课堂接触清洁生产。</p><p>"
                    "审核是专业性很强的工作，审核人员既要掌握方法，又要熟悉行业。为此，"
                    "国家举办全国清洁生产审核师培训班，为期5天，学员来自科研院所、咨询机构、高校、"
                    "企业和政府部门；参与强制性审核的人员都必须取得证书。截至2008年底，"
                    "全国共举办226期培训班，1.2万余人取得证书。各地也举办地方培训班，"
                    "为本地企业培养审核力量。</p><p>此外，"
                    "面向政府工作人员的培训帮助他们掌握法规政策和最新进展；面向企业管理层、"
                    "一线员工和公众的宣传，已使十余万人了解了清洁生产的意义和好处。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "对学生意味着什么",
                    "text": (
                        "<p>本课程模块正是落实法律对高等教育和职业教育要求的一种方式。学完后，"
                        "你将理解企业为什么、怎样开展清洁生产；毕业后如果从事审核工作，"
                        "还需要参加全国审核师培训并通过考试取得证书。</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "关于清洁生产教育，清洁生产促进法对教育主管部门提出了什么要求？",
                    "options": [
                        {
                            "text": "只在研究生阶段开设清洁生产课程。",
                            "correct": False,
                            "feedback": (
                                "不正确。法律要求覆盖高等教育、职业教育和技术培训，不限于研究生。"
                            ),
                        },
                        {
                            "text": (
                                "把清洁生产技术和管理课程纳入高等教育、职业教育和技术培训体系。"
                            ),
                            "correct": True,
                            "feedback": "正确。这是法律对教育主管部门的明确要求。",
                        },
                        {
                            "text": "由教育主管部门颁发审核师证书。",
                            "correct": False,
                            "feedback": "不正确。审核师证书通过全国审核师培训和考试取得。",
                        },
                    ],
                    "explanation": (
                        "法律要求把清洁生产纳入高等教育、职业教育和技术培训；"
                        "审核师证书是另一条职业培训路径。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "How China promotes cleaner production",
        "summary": (
            "The four parts of China's CP promoting system (law, administration, technical "
            "support, and education and training) and the part universities play."
        ),
        "body": [
            ("heading", "Four parts working together"),
            (
                "paragraph",
                (
                    "<p>Over nearly two decades, China built four systems that work together to "
                    "promote CP:</p><ul><li><b>The regulatory system</b>: the CP Promotion Law at "
                    "the centre, supported by the audit measures, the procedural rules for "
                    "compulsory audits, the assessment and acceptance guideline, and the rules for "
                    "the special CP funds;</li><li><b>The administrative system</b>: NDRC "
                    "coordinates; the environmental authority supervises implementation and "
                    "regulates compulsory audits; the Ministry of Industry and Information "
                    "Technology drives CP in industry; local governments look after their own "
                    "areas;</li><li><b>The technical support system</b>: the seven-phase audit "
                    "method, sector audit guidelines, sector CP standards, evaluation indicator "
                    "systems and technology inventories;</li><li><b>The education and training "
                    "system</b>: university teaching, professional training for auditors, training "
                    "for government officers, and outreach to the public.</li></ul>"
                ),
            ),
            ("heading", "Education and training, and the role of universities"),
            (
                "paragraph",
                (
                    "<p>The CP Promotion Law requires the education authorities of the State "
                    "Council to build courses on CP technology and management into higher "
                    "education, vocational education and technical training. More than half of the "
                    "universities that teach environmental subjects now offer CP as an optional "
                    "course, and many students meet CP in the classroom every year.</p><p>Auditing "
                    "is skilled work: auditors need both the method and a good knowledge of the "
                    "sector. The state therefore runs the 5-day National Training Course for CP "
                    "Auditors, whose trainees come from research institutes, consultancies, "
                    "universities, enterprises and government. Everyone who works on a compulsory "
                    "audit must hold its certificate. By the end of 2008, 226 courses had been "
                    "held and more than 12,000 people certified. Local governments run their own "
                    "courses to build audit capacity for local enterprises.</p><p>Training for "
                    "government officers covers law, policy and recent developments, while "
                    "campaigns aimed at managers, shop-floor workers and the public have taught "
                    "more than 100,000 people what CP is and what it offers.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "What this means for you as a student",
                    "text": (
                        "<p>This module is one of the ways the law's call for CP in higher and "
                        "vocational education is put into practice. By the end you will understand "
                        "why and how enterprises carry out CP. If you go on to work as an auditor "
                        "after graduating, you will also need to take the national auditor course "
                        "and pass its exam to earn the certificate.</p>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "What does the CP Promotion Law ask of the education authorities?",
                    "options": [
                        {
                            "text": "To offer CP courses only at postgraduate level.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The law covers higher education, vocational education "
                                "and technical training, not just postgraduate study."
                            ),
                        },
                        {
                            "text": (
                                "To build CP technology and management courses into higher "
                                "education, vocational education and technical training."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. This is the law's explicit requirement of the education "
                                "authorities."
                            ),
                        },
                        {
                            "text": "To issue CP auditor certificates.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Auditor certificates come from the national auditor "
                                "course and its exam."
                            ),
                        },
                    ],
                    "explanation": (
                        "The law asks for CP in higher education, vocational education and "
                        "technical training; the auditor certificate is a separate professional "
                        "route."
                    ),
                },
            ),
        ],
    },
}


_INTRO_MEASURING_CP_PERFORMANCE_AND_RESULTS: dict = {
    "slug": "measuring-cp-performance-and-results",
    "estimated_minutes": 35,
    "required": True,
    "preview": False,
    "zh": {
        "title": "衡量清洁生产：工具与成效",
        "summary": (
            "了解衡量企业清洁生产水平的主要工具，认识清洁生产审核在全国层面取得的成效，"
            "并思考相关的职业方向。"
        ),
        "body": [
            ("heading", "衡量清洁生产水平的工具"),
            (
                "table",
                {
                    "data": [
                        ["工具", "作用", "要点"],
                        [
                            "行业清洁生产标准",
                            "逐项比较企业指标处于哪一级",
                            (
                                "三个等级（国际先进、国内先进、国内基本水平）、六类指标；"
                                "截至2008年底发布42个行业"
                            ),
                        ],
                        [
                            "清洁生产评价指标体系",
                            "对企业打分并定级",
                            "一级、二级指标加权计分；设有限定性指标",
                        ],
                        [
                            "行业审核指南",
                            "帮助审核人员快速了解行业",
                            "行业概况、关键工序分析、备选方案清单",
                        ],
                        [
                            "技术导向目录",
                            "推荐成熟的清洁生产技术",
                            "2000年、2003年、2006年三批，共141项技术",
                        ],
                        [
                            "环境信息依法披露",
                            "让公众看到企业的排放和清洁生产成果",
                            "年度报告和临时报告",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "衡量和推动清洁生产的主要工具",
                },
            ),
            (
                "paragraph",
                (
                    "<p>这些工具回答的问题各不相同：标准和指标体系回答“企业现在处于什么水平”，"
                    "审核指南和技术目录回答“可以怎样改进”，"
                    "信息披露则让社会能够检验改进是否真实发生。</p>"
                ),
            ),
            ("heading", "审核带来的成效"),
            (
                "paragraph",
                (
                    "<p>清洁生产审核的效果可以用数字说明。2007年，"
                    "全国1500余家企业开展了清洁生产审核，通过实施审核方案，合计节水3.8亿吨、"
                    "节电36.9亿千瓦时，取得经济效益58.9亿元，同时削减化学需氧量（COD）9.5万吨、"
                    "二氧化硫7.1万吨。这些数字说明，清洁生产既能减少污染，"
                    "又能为企业带来实实在在的经济回报。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "与专业学习相关的职业方向",
                    "text": (
                        "<ul><li>清洁生产审核和咨询：需要取得全国清洁生产审核师证书；</li><li>"
                        "企业环境、健康与安全或能源管理岗位：负责本企业的审核、方案实施和信息披露；"
                        "</li><li>政府部门：负责名单管理、评估验收和政策制定；</li><li>"
                        "科研和技术开发：开发审核中发现缺口的清洁生产技术。</li></ul>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业想知道自己的单位产品取水量与同行相比处于什么水平，"
                        "应首先查阅哪种工具？"
                    ),
                    "options": [
                        {
                            "text": "技术导向目录。",
                            "correct": False,
                            "feedback": "不正确。技术目录推荐改进技术，不提供水平分级。",
                        },
                        {
                            "text": "本行业的清洁生产标准或评价指标体系。",
                            "correct": True,
                            "feedback": "正确。它们为各项指标设定了分级基准值，可以直接对标。",
                        },
                        {
                            "text": "其他企业的临时披露报告。",
                            "correct": False,
                            "feedback": "不正确。临时报告针对特定事件，不是系统的对标依据。",
                        },
                    ],
                    "explanation": "判断水平用标准和指标体系，寻找改进办法用审核指南和技术目录。",
                },
            ),
        ],
    },
    "en": {
        "title": "Measuring cleaner production: tools and results",
        "summary": (
            "The main tools for measuring an enterprise's CP performance, what CP audits have "
            "achieved nationally, and related career paths."
        ),
        "body": [
            ("heading", "Tools for measuring CP performance"),
            (
                "table",
                {
                    "data": [
                        ["Tool", "What it does", "Key facts"],
                        [
                            "Sector CP standards",
                            "Show which level each of an enterprise's indicators reaches",
                            (
                                "Three levels (international advanced, domestic advanced, domestic "
                                "general) and six indicator categories; 42 sectors by the end of "
                                "2008"
                            ),
                        ],
                        [
                            "CP evaluation indicator systems",
                            "Score and grade an enterprise",
                            "Weighted first- and second-level indicators; limiting indicators",
                        ],
                        [
                            "Sector audit guidelines",
                            "Help auditors understand a sector quickly",
                            "Sector overview, analysis of key processes, list of candidate options",
                        ],
                        [
                            "Technology inventories",
                            "Recommend proven CP technologies",
                            "Three batches, in 2000, 2003 and 2006, with 141 technologies in all",
                        ],
                        [
                            "Environmental disclosure",
                            "Let the public see enterprises' emissions and CP results",
                            "Annual and ad-hoc reports",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Main tools for measuring and promoting CP",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Each tool answers a different question. Standards and indicator systems "
                    "answer “where does the enterprise stand now?”; audit guidelines and "
                    "technology inventories answer “how could it improve?”; and disclosure lets "
                    "society check that the improvement really happened.</p>"
                ),
            ),
            ("heading", "What audits have achieved"),
            (
                "paragraph",
                (
                    "<p>The effect of CP audits can be put in numbers. In 2007, more than 1,500 "
                    "enterprises across China carried out CP audits. By implementing the options "
                    "from their audits, they saved 380 million tonnes of water and 3.69 billion "
                    "kWh of electricity, gained RMB 5.89 billion in economic returns, and cut "
                    "chemical oxygen demand (COD) by 95,000 tonnes and sulphur dioxide by 71,000 "
                    "tonnes. These figures show that CP reduces pollution and brings enterprises "
                    "real financial returns at the same time.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Career paths linked to this subject",
                    "text": (
                        "<ul><li>CP auditing and consulting, which requires the national CP "
                        "auditor certificate;</li><li>environment, health and safety or energy "
                        "management in an enterprise, running its audits, option projects and "
                        "disclosure;</li><li>government work on enterprise lists, assessment and "
                        "acceptance, and policy;</li><li>research and technology development, "
                        "filling the technology gaps that audits reveal.</li></ul>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise wants to know how its fresh water use per unit of product "
                        "compares with its sector. Which tool should it consult first?"
                    ),
                    "options": [
                        {
                            "text": "A technology inventory.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Inventories recommend technologies for improvement; "
                                "they do not grade performance."
                            ),
                        },
                        {
                            "text": "Its sector's CP standard or evaluation indicator system.",
                            "correct": True,
                            "feedback": (
                                "Correct. These set graded benchmarks for each indicator, so the "
                                "enterprise can compare directly."
                            ),
                        },
                        {
                            "text": "Other enterprises' ad-hoc disclosure reports.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Ad-hoc reports deal with particular events and are not "
                                "a systematic benchmark."
                            ),
                        },
                    ],
                    "explanation": (
                        "Use standards and indicator systems to judge performance, and audit "
                        "guidelines and technology inventories to find ways to improve."
                    ),
                },
            ),
        ],
    },
}


_METHOD_SEVEN_PHASES_OVERVIEW: dict = {
    "slug": "seven-phases-overview",
    "estimated_minutes": 35,
    "required": True,
    "preview": True,
    "zh": {
        "title": "清洁生产审核与七个阶段",
        "summary": (
            "理解什么是清洁生产审核，掌握七个审核阶段的目的和主要成果，区分自愿审核与强制性审核。"
        ),
        "body": [
            ("heading", "什么是清洁生产审核"),
            (
                "paragraph",
                (
                    "<p>清洁生产审核是在企业层面推行清洁生产最常用的工具。它按照一定程序，"
                    "对企业的生产和服务过程进行调查和诊断，找出资源能源消耗高、"
                    "污染物产生多的环节和原因，提出降低消耗、减少污染的方案，"
                    "并通过实施方案取得实效。审核不是一次检查，而是一个由企业主导、全员参与、"
                    "持续改进的过程。</p><p>我国早期的审核主要依托国际合作项目和国内试点开展。"
                    "在总结大量实践的基础上，我国把联合国环境规划署和联合国工业发展组织推广的五阶"
                    "段方法发展为七个阶段，目前绝大多数审核都按照这一程序进行。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["阶段", "目的", "主要成果"],
                        [
                            "1 筹划和组织",
                            "取得领导支持，组建审核小组，制订计划，宣传动员",
                            "审核小组名单、工作计划",
                        ],
                        [
                            "2 预评估",
                            "摸清全厂现状，找出问题，确定审核重点，设定目标",
                            "现状调查结果、审核重点、清洁生产目标",
                        ],
                        [
                            "3 评估",
                            "实测审核重点的输入输出，建立物料平衡，分析废物产生原因",
                            "物料平衡、原因分析",
                        ],
                        [
                            "4 方案产生和筛选",
                            "广泛征集方案，分类筛选，实施无/低费方案",
                            "方案清单、初步筛选结果",
                        ],
                        ["5 可行性分析", "对中/高费方案做技术、环境和经济评估", "推荐实施的方案"],
                        ["6 方案实施", "组织实施方案，核算实际成效", "实施成效汇总"],
                        [
                            "7 持续清洁生产",
                            "建立长效机制，制订下一轮计划",
                            "管理制度和持续计划、审核报告",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "清洁生产审核的七个阶段",
                },
            ),
            ("heading", "自愿审核与强制性审核"),
            (
                "paragraph",
                (
                    "<p>国家鼓励所有企业自愿开展审核。对于超标超总量、使用或排放有毒有害物质、"
                    "超过单位产品能耗限额的企业，法律要求开展强制性审核。"
                    "强制性审核首先要帮助企业稳定达标，并以中/高费的技术类方案为重点；审核结束后，"
                    "还要经过主管部门的评估和验收。</p><p>"
                    "清洁生产促进法要求把清洁生产课程纳入高等教育和职业教育。"
                    "本模块介绍审核方法的基本框架，帮助你理解企业如何开展审核；真正参与强制性审核，"
                    "还需要取得全国清洁生产审核师证书。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "清洁生产审核",
                    "definition": (
                        "按照一定程序对生产和服务过程进行调查和诊断，找出高消耗、"
                        "高污染的环节和原因，提出并实施降低消耗、减少污染的方案的过程。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "审核小组正在广泛征集员工建议，并把简单易行的无/低费方案边审核边实施。"
                        "这属于哪个阶段？"
                    ),
                    "options": [
                        {
                            "text": "预评估。",
                            "correct": False,
                            "feedback": "不正确。预评估的重点是摸清现状、确定审核重点和目标。",
                        },
                        {
                            "text": "方案产生和筛选。",
                            "correct": True,
                            "feedback": (
                                "正确。这一阶段广泛征集方案、分类筛选，并及时实施无/低费方案。"
                            ),
                        },
                        {
                            "text": "持续清洁生产。",
                            "correct": False,
                            "feedback": "不正确。持续清洁生产是在审核后期建立长效机制。",
                        },
                    ],
                    "explanation": (
                        "七个阶段依次为：筹划和组织、预评估、评估、方案产生和筛选、可行性分析、"
                        "方案实施、持续清洁生产。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "The CP audit and its seven phases",
        "summary": (
            "What a CP audit is, the purpose and main outputs of each of the seven audit phases, "
            "and the difference between voluntary and compulsory audits."
        ),
        "body": [
            ("heading", "What a CP audit is"),
            (
                "paragraph",
                (
                    "<p>The CP audit is the most widely used tool for putting CP into practice in "
                    "an enterprise. Following a set procedure, it examines and diagnoses the "
                    "enterprise's production or service processes, finds where and why resources "
                    "and energy are used heavily and pollution is generated, proposes options to "
                    "use less and pollute less, and gets results by implementing them. An audit is "
                    "not a one-off inspection: it is a process led by the enterprise, involving "
                    "all its staff, and aimed at continual improvement.</p><p>China's early audits "
                    "were mostly carried out through international cooperation projects and "
                    "domestic pilots. Drawing on that experience, China developed the five-phase "
                    "method promoted by UNEP and UNIDO into a seven-phase method, and almost all "
                    "audits in China now follow it.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Phase", "Purpose", "Main outputs"],
                        [
                            "1 Planning and organisation",
                            (
                                "Win management support, set up the audit team, plan the work, "
                                "raise awareness"
                            ),
                            "Audit team list, work plan",
                        ],
                        [
                            "2 Pre-assessment",
                            (
                                "Survey the whole site, find the problems, choose the audit focus, "
                                "set targets"
                            ),
                            "Baseline survey, audit focus, CP targets",
                        ],
                        [
                            "3 Assessment",
                            (
                                "Measure the inputs and outputs of the audit focus, build a "
                                "material balance, analyse why waste arises"
                            ),
                            "Material balance, cause analysis",
                        ],
                        [
                            "4 Option generation and screening",
                            (
                                "Collect options widely, sort and screen them, implement "
                                "no/low-cost options"
                            ),
                            "Option list, screening results",
                        ],
                        [
                            "5 Feasibility analysis",
                            (
                                "Evaluate mid/high-cost options technically, environmentally and "
                                "economically"
                            ),
                            "Options recommended for implementation",
                        ],
                        [
                            "6 Option implementation",
                            "Implement the options and measure their real results",
                            "Summary of results",
                        ],
                        [
                            "7 Sustaining CP",
                            "Build lasting arrangements and plan the next round",
                            "Procedures, continuation plan, audit report",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "The seven phases of a CP audit",
                },
            ),
            ("heading", "Voluntary and compulsory audits"),
            (
                "paragraph",
                (
                    "<p>The state encourages every enterprise to carry out audits voluntarily. "
                    "Enterprises that exceed standards or totals, use or discharge toxic and "
                    "hazardous substances, or exceed the energy limit per unit of product are "
                    "required by law to carry out a compulsory audit. A compulsory audit must "
                    "first help the enterprise comply reliably, and it concentrates on "
                    "mid/high-cost technology options; when it is finished, the authorities assess "
                    "and accept it.</p><p>The CP Promotion Law asks for CP to be taught in higher "
                    "and vocational education. This module sets out the basic framework of the "
                    "audit method so that you understand how enterprises carry out audits. To work "
                    "on a compulsory audit yourself, you would also need the national CP auditor "
                    "certificate.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "CP audit",
                    "definition": (
                        "A procedure for examining and diagnosing production or service processes, "
                        "finding where and why consumption and pollution are high, and proposing "
                        "and implementing options to reduce them."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "The audit team is collecting suggestions from staff and putting simple "
                        "no/low-cost options into practice as it goes. Which phase is this?"
                    ),
                    "options": [
                        {
                            "text": "Pre-assessment.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Pre-assessment is about the baseline, the audit focus "
                                "and the targets."
                            ),
                        },
                        {
                            "text": "Option generation and screening.",
                            "correct": True,
                            "feedback": (
                                "Correct. This phase collects and screens options and implements "
                                "no/low-cost options promptly."
                            ),
                        },
                        {
                            "text": "Sustaining CP.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Sustaining CP builds lasting arrangements at the end "
                                "of the audit."
                            ),
                        },
                    ],
                    "explanation": (
                        "The seven phases in order: planning and organisation, pre-assessment, "
                        "assessment, option generation and screening, feasibility analysis, option "
                        "implementation, sustaining CP."
                    ),
                },
            ),
        ],
    },
}


_METHOD_PRE_ASSESSMENT_AND_ASSESSMENT: dict = {
    "slug": "pre-assessment-and-assessment",
    "estimated_minutes": 40,
    "required": True,
    "preview": False,
    "zh": {
        "title": "预评估与评估：找准问题",
        "summary": (
            "学习如何在预评估中确定审核重点和目标，在评估中实测物流、"
            "建立物料平衡并从八个方面分析废物产生的原因。"
        ),
        "body": [
            ("heading", "预评估：审哪里、达到什么目标"),
            (
                "paragraph",
                (
                    "<p>预评估从全厂现状调查开始：收集近几年的产量、原辅材料和能源消耗、用水、"
                    "污染物产生和排放数据，进行现场考察，并与行业清洁生产标准或评价指标体系对标。"
                    "在此基础上，审核小组从各车间、工段中选出一个作为<b>审核重点</b>。"
                    "常用的方法是权重总和计分排序法：为废物量、主要消耗、环保费用、废物毒性、"
                    "清洁生产潜力和车间积极性等因素设定权重，逐项打分后按加权总分排序。"
                    "随后设定量化、可考核的清洁生产目标，例如“一年内单位产品取水量降低20%”。</p>"
                ),
            ),
            ("heading", "评估：实测和物料平衡"),
            (
                "paragraph",
                (
                    "<p>评估阶段对审核重点的输入和输出进行实测，建立物料平衡（以及水平衡、能量平衡）"
                    "，用数据说明原料、水和能源去了哪里。物料平衡的基本原理是质量守恒："
                    "输入等于输出加积累。实测总会有误差，通常误差在±5%以内即可用于分析。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：染色工段的水平衡",
                    "text": (
                        "<p>某示例印染企业的染色工段每天输入新鲜水480立方米、"
                        "直接蒸汽冷凝水20立方米，合计500立方米；实测输出为排放废水455立方米、"
                        "蒸发30立方米、随织物带走5立方米，合计490立方米。差额10立方米，占输入的10 "
                        "÷ 500 = 2%，在±5%以内，平衡成立。从平衡可以看出，"
                        "91%的输入水最终成为废水，减少漂洗用水是最直接的改进方向。数据为教学示例。"
                        "</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>有了物料平衡，再从八个方面分析废物产生的原因：原辅材料和能源、技术工艺、"
                    "设备、过程控制、产品、废物本身、管理和员工。例如，"
                    "废水多可能是因为工艺采用大浴比（技术工艺），也可能是因为阀门泄漏（设备）、"
                    "补水没有计量（过程控制）或操作规程不明确（管理和员工）。找准原因，"
                    "下一阶段产生的方案才有针对性。</p>"
                ),
            ),
            (
                "self_check",
                {
                    "question": (
                        "某工段实测输入为1000千克，已查明的输出合计930千克。"
                        "对这个物料平衡应如何判断？"
                    ),
                    "options": [
                        {
                            "text": "误差7%，超过通常可接受的±5%，应查找遗漏的物流或补充实测。",
                            "correct": True,
                            "feedback": "正确。差额70千克占输入的7%，需要查明原因。",
                        },
                        {
                            "text": "误差7%，可以接受，直接进入原因分析。",
                            "correct": False,
                            "feedback": "不正确。7%超出了通常可接受的范围。",
                        },
                        {
                            "text": "把差额70千克计入废水，使平衡闭合。",
                            "correct": False,
                            "feedback": "不正确。为闭合而调整数据属于弄虚作假。",
                        },
                    ],
                    "explanation": (
                        "平衡误差 = （输入 − 已查明输出）÷ 输入。误差过大时，"
                        "要查找遗漏的物流或测量问题，而不是修改数据。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Pre-assessment and assessment: finding the real problems",
        "summary": (
            "How pre-assessment chooses the audit focus and sets targets, and how assessment "
            "measures flows, builds a material balance and analyses the causes of waste from eight "
            "angles."
        ),
        "body": [
            ("heading", "Pre-assessment: where to audit and what to aim for"),
            (
                "paragraph",
                (
                    "<p>Pre-assessment begins with a survey of the whole site: collect several "
                    "years of data on output, raw materials, energy, water, and pollutants "
                    "generated and discharged; walk the site; and benchmark against the sector CP "
                    "standard or evaluation indicator system. The audit team then chooses one "
                    "workshop or section as the <b>audit focus</b>. A common method is "
                    "weighted-sum ranking: weight factors such as the amount of waste, main "
                    "consumption, environmental costs, toxicity, CP potential and workshop "
                    "commitment, score each candidate on each factor, and rank the candidates by "
                    "their weighted totals. The team then sets quantified, checkable CP targets, "
                    "such as “cut fresh water per unit of product by 20% within a year”.</p>"
                ),
            ),
            ("heading", "Assessment: measurement and the material balance"),
            (
                "paragraph",
                (
                    "<p>In assessment the team measures the inputs and outputs of the audit focus "
                    "and builds a material balance (and often water and energy balances) to show "
                    "in numbers where raw materials, water and energy go. The principle is "
                    "conservation of mass: input equals output plus accumulation. Measurements "
                    "always carry some error; a gap within ±5% is usually accepted for "
                    "analysis.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: a water balance for a dyeing section",
                    "text": (
                        "<p>Each day the dyeing section of a fictional dyeing enterprise takes in "
                        "480 m³ of fresh water and 20 m³ of condensate from live steam, 500 m³ "
                        "in total. Measured outputs are 455 m³ of wastewater, 30 m³ of "
                        "evaporation and 5 m³ carried away in the fabric, 490 m³ in total. The "
                        "gap of 10 m³ is 10 ÷ 500 = 2% of the input, within ±5%, so the balance "
                        "holds. It shows that 91% of the water coming in ends up as wastewater, so "
                        "cutting rinse water is the most direct improvement. The figures are for "
                        "teaching only.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>With the material balance in hand, analyse the causes of waste from eight "
                    "angles: raw materials and energy, process technology, equipment, process "
                    "control, product, the waste itself, management, and staff. Too much "
                    "wastewater might come from a high liquor ratio (process technology), leaking "
                    "valves (equipment), unmetered make-up water (process control) or unclear "
                    "operating instructions (management and staff). Only when the causes are clear "
                    "will the options in the next phase hit the target.</p>"
                ),
            ),
            (
                "self_check",
                {
                    "question": (
                        "A section's measured input is 1,000 kg and the outputs accounted for "
                        "total 930 kg. What should you conclude about this material balance?"
                    ),
                    "options": [
                        {
                            "text": (
                                "The 7% gap is above the ±5% usually accepted, so look for "
                                "missing flows or measure again."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The 70 kg gap is 7% of the input and needs explaining."
                            ),
                        },
                        {
                            "text": "The 7% gap is acceptable; go straight on to cause analysis.",
                            "correct": False,
                            "feedback": "Incorrect. 7% is outside the range usually accepted.",
                        },
                        {
                            "text": (
                                "Add the missing 70 kg to wastewater so that the balance closes."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Adjusting data to force a balance is falsification."
                            ),
                        },
                    ],
                    "explanation": (
                        "Balance error = (input − outputs accounted for) ÷ input. If it is too "
                        "large, look for missing flows or measurement problems; never change the "
                        "data."
                    ),
                },
            ),
        ],
    },
}


_METHOD_OPTIONS_AND_FEASIBILITY_ANALYSIS: dict = {
    "slug": "options-and-feasibility-analysis",
    "estimated_minutes": 40,
    "required": True,
    "preview": False,
    "zh": {
        "title": "方案产生、筛选与可行性分析",
        "summary": (
            "学习如何广泛产生并分类筛选方案，以及如何用技术、环境和经济三方面的评估（投资回收期、"
            "净现值、内部收益率）决定中/高费方案的取舍。"
        ),
        "body": [
            ("heading", "产生和筛选方案"),
            (
                "paragraph",
                (
                    "<p>方案的来源越广，找到好方案的机会越大。常用的来源包括：员工合理化建议、"
                    "审核小组头脑风暴、行业审核指南、技术导向目录、同行企业的经验和设备供应商。"
                    "方案一般按两种方式分类：按投资多少分为<b>无/低费方案</b>和<b>中/高费方案</b>；"
                    "按性质分为<b>管理类方案</b>（如完善操作规程、加强计量和考核）和<b>"
                    "技术类方案</b>（如工艺改造、设备更新、回收利用）。</p><p>"
                    "无/低费方案通常见效快、风险小，应当边审核边实施；中/高费方案投资大、影响面广，"
                    "要先经过初步筛选，再进入可行性分析。初步筛选一般从技术上是否可行、"
                    "环境效果是否明显、经济上是否值得、实施是否容易等方面粗略打分排序。</p>"
                ),
            ),
            ("heading", "可行性分析的三个方面"),
            (
                "paragraph",
                (
                    "<ul><li><b>技术评估</b>：技术是否成熟可靠，是否与现有生产相匹配，对产品质量、"
                    "安全和生产组织有什么影响；</li><li><b>环境评估</b>："
                    "能削减多少资源能源消耗和污染物，是否会产生新的污染或把污染转移到其他介质；"
                    "</li><li><b>经济评估</b>：常用静态投资回收期、净现值和内部收益率。"
                    "净现值大于零、内部收益率高于基准收益率的方案在经济上可行。</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：一个中/高费方案的经济评估",
                    "text": (
                        "<p>某方案投资50万元，预计每年净效益15万元，寿命8年，"
                        "折现率10%（简化起见不计税收和残值）。</p><ul><li>静态投资回收期 = 50 ÷ "
                        "15 ≈ 3.3年；</li><li>年金现值系数 = [1 − (1 + 10%)^(−8)] ÷ 10% ≈ 5.335；"
                        "</li><li>净现值 = 15 × 5.335 − 50 ≈ 30.0万元，大于零；</li><li>"
                        "内部收益率是使净现值等于零的折现率，约为25%，高于10%的基准收益率。</li>"
                        "</ul><p>结论：该方案在经济上可行。数据为教学示例。</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>三方面的结论要综合判断。一个方案经济上只是勉强可行，但能消除有毒有害物质，"
                    "仍然可能被优先选择；反之，一个回收期很短的方案如果会带来新的安全或环境风险，"
                    "也可能被否决。</p>"
                ),
            ),
            (
                "self_check",
                {
                    "question": "某方案在10%的折现率下净现值为负。下列说法哪一项正确？",
                    "options": [
                        {
                            "text": "该方案的内部收益率低于10%。",
                            "correct": True,
                            "feedback": "正确。净现值为负，说明使净现值为零的折现率低于10%。",
                        },
                        {
                            "text": "该方案的静态投资回收期一定超过寿命期。",
                            "correct": False,
                            "feedback": (
                                "不正确。静态回收期不考虑资金时间价值，"
                                "可能短于寿命期而净现值仍为负。"
                            ),
                        },
                        {
                            "text": "只要环境效益明显，就不需要再做经济评估。",
                            "correct": False,
                            "feedback": "不正确。经济评估不能省略，但可以与环境效益一起综合判断。",
                        },
                    ],
                    "explanation": (
                        "净现值和内部收益率是一致的：在基准折现率下净现值为负，"
                        "内部收益率就低于基准收益率。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Generating options, screening them and analysing feasibility",
        "summary": (
            "How to generate options widely and sort and screen them, and how technical, "
            "environmental and economic evaluation (payback, NPV, IRR) decides which mid/high-cost "
            "options go ahead."
        ),
        "body": [
            ("heading", "Generating and screening options"),
            (
                "paragraph",
                (
                    "<p>The wider you look for options, the better your chance of finding good "
                    "ones. Common sources are staff suggestions, brainstorming by the audit team, "
                    "sector audit guidelines, technology inventories, the experience of other "
                    "enterprises and equipment suppliers. Options are usually classified in two "
                    "ways: by cost, into <b>no/low-cost</b> and <b>mid/high-cost</b> options; and "
                    "by nature, into <b>management options</b> (better operating procedures, more "
                    "metering, performance targets) and <b>technology options</b> (process "
                    "changes, new equipment, recovery and reuse).</p><p>No/low-cost options "
                    "usually work quickly and carry little risk, so they are implemented as the "
                    "audit goes along. Mid/high-cost options cost more and affect more of the "
                    "operation, so they are screened first and then analysed for feasibility. "
                    "Screening usually gives rough scores for technical feasibility, environmental "
                    "effect, economic value and ease of implementation, and ranks the options.</p>"
                ),
            ),
            ("heading", "Three sides of feasibility analysis"),
            (
                "paragraph",
                (
                    "<ul><li><b>Technical</b>: Is the technology mature and reliable? Does it fit "
                    "the existing production? How does it affect product quality, safety and the "
                    "organisation of production?</li><li><b>Environmental</b>: How much does it "
                    "cut resource and energy use and pollution? Does it create new pollution or "
                    "move pollution to another medium?</li><li><b>Economic</b>: The usual measures "
                    "are simple payback, net present value (NPV) and internal rate of return "
                    "(IRR). An option with a positive NPV and an IRR above the benchmark rate is "
                    "economically feasible.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: evaluating a mid/high-cost option",
                    "text": (
                        "<p>An option costs RMB 500,000 and is expected to bring a net benefit of "
                        "RMB 150,000 a year for 8 years. The discount rate is 10% (tax and "
                        "residual value are ignored for simplicity).</p><ul><li>Simple payback = "
                        "500,000 ÷ 150,000 ≈ 3.3 years;</li><li>Annuity factor = [1 − (1 + "
                        "10%)^(−8)] ÷ 10% ≈ 5.335;</li><li>NPV = 150,000 × 5.335 − 500,000 ≈ "
                        "RMB 300,000, which is positive;</li><li>The IRR is the discount rate at "
                        "which NPV is zero, about 25%, above the 10% benchmark.</li></ul><p>"
                        "Conclusion: the option is economically feasible. The figures are for "
                        "teaching only.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The three sides must be weighed together. An option that is only just "
                    "economic may still come first if it removes a toxic substance; an option with "
                    "a very short payback may be rejected if it brings new safety or environmental "
                    "risks.</p>"
                ),
            ),
            (
                "self_check",
                {
                    "question": (
                        "An option has a negative NPV at a 10% discount rate. Which statement is "
                        "correct?"
                    ),
                    "options": [
                        {
                            "text": "Its IRR is below 10%.",
                            "correct": True,
                            "feedback": (
                                "Correct. A negative NPV at 10% means the rate that makes NPV zero "
                                "is lower than 10%."
                            ),
                        },
                        {
                            "text": "Its simple payback must be longer than its life.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Simple payback ignores the time value of money, so it "
                                "can be shorter than the life while NPV is still negative."
                            ),
                        },
                        {
                            "text": (
                                "If the environmental benefit is large, no economic evaluation is "
                                "needed."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The economic evaluation cannot be skipped, although it "
                                "is weighed together with the environmental benefit."
                            ),
                        },
                    ],
                    "explanation": (
                        "NPV and IRR agree: if NPV is negative at the benchmark rate, the IRR is "
                        "below the benchmark rate."
                    ),
                },
            ),
        ],
    },
}


_METHOD_IMPLEMENTATION_AND_SUSTAINING_CP: dict = {
    "slug": "implementation-and-sustaining-cp",
    "estimated_minutes": 35,
    "required": True,
    "preview": False,
    "zh": {
        "title": "方案实施与持续清洁生产",
        "summary": (
            "了解如何组织方案实施、核算实际成效并与目标对比，如何建立持续清洁生产的机制，"
            "并尝试完成一次校园审核练习。"
        ),
        "body": [
            ("heading", "实施方案并核算成效"),
            (
                "paragraph",
                (
                    "<p>方案实施阶段要把选定的方案落到实处：落实资金、制订进度计划、组织施工和调试、"
                    "修订操作规程并培训员工。方案运行稳定后，要用实测数据核算实际成效，"
                    "包括节约的原料、水和能源，削减的污染物，以及经济效益，"
                    "并与审核开始时设定的清洁生产目标逐项对比。实际成效往往与预期有差距，"
                    "审核报告应如实说明并分析原因。</p><p>对于强制性审核，中/高费方案实施后，"
                    "主管部门还要组织验收，核实方案的实际成效是否得到验证、审核目标是否实现。</p>"
                ),
            ),
            ("heading", "让清洁生产持续下去"),
            (
                "paragraph",
                (
                    "<p>一轮审核结束并不意味着清洁生产结束。持续清洁生产阶段要建立长效机制："
                    "设立负责清洁生产的机构或岗位，把关键指标（如单位产品水耗、能耗和污染物产生量）"
                    "纳入日常考核，建立员工建议的收集和奖励制度，"
                    "把本轮未实施的方案和新发现的问题列入下一轮计划，并编写审核报告。这样，"
                    "审核就成为“计划—实施—检查—改进”的循环，而不是一次性的项目。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "课程练习：校园清洁生产审核",
                    "text": (
                        "<p>以小组为单位，选择校园中的一个场所（例如学生食堂、实验室或宿舍楼）"
                        "开展一次简化审核：</p><ol><li>筹划和组织：确定小组分工，"
                        "取得场所管理方的同意；</li><li>预评估：收集一个月的用水、用电和废物数据，"
                        "实地考察，选定审核重点；</li><li>评估：对审核重点做一次水平衡或能量平衡；"
                        "</li><li>方案产生和筛选：提出至少5个方案，区分无/低费和中/高费；</li><li>"
                        "可行性分析：对一个中/高费方案计算静态投资回收期；</li><li>"
                        "方案实施和持续清洁生产：写出实施建议和长期管理建议，提交简短报告。</li>"
                        "</ol>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "一轮审核完成后，下列哪一项最能体现“持续清洁生产”？",
                    "options": [
                        {
                            "text": "把审核报告归档，等下次检查时再拿出来。",
                            "correct": False,
                            "feedback": "不正确。这会让审核变成一次性的项目。",
                        },
                        {
                            "text": "把关键指标纳入日常考核，并把未实施的方案列入下一轮计划。",
                            "correct": True,
                            "feedback": "正确。这正是建立长效机制、形成持续改进循环的做法。",
                        },
                        {
                            "text": "解散审核小组，由污水处理站负责后续工作。",
                            "correct": False,
                            "feedback": "不正确。清洁生产涉及全过程，不能只交给末端治理部门。",
                        },
                    ],
                    "explanation": (
                        "持续清洁生产要求有机构、有制度、有指标、有计划，使审核成为持续改进的循环。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Implementing options and sustaining cleaner production",
        "summary": (
            "How to organise implementation, measure real results and compare them with targets, "
            "how to build lasting arrangements for CP, and a campus audit exercise to try."
        ),
        "body": [
            ("heading", "Implementing options and measuring results"),
            (
                "paragraph",
                (
                    "<p>In the implementation phase the chosen options become reality: secure the "
                    "money, draw up a schedule, carry out the installation and commissioning, and "
                    "revise operating procedures and train staff. Once the options are running "
                    "steadily, measure their real results: the raw materials, water and energy "
                    "saved, the pollution avoided and the financial benefit. Compare them, target "
                    "by target, with the CP targets set at the start of the audit. Real results "
                    "often differ from expectations; the audit report should say so honestly and "
                    "explain why.</p><p>For a compulsory audit, once the mid/high-cost options are "
                    "in place the authorities also carry out acceptance, verifying the real "
                    "results of the options and whether the audit targets were met.</p>"
                ),
            ),
            ("heading", "Keeping CP going"),
            (
                "paragraph",
                (
                    "<p>The end of an audit round is not the end of CP. The sustaining phase "
                    "builds lasting arrangements: a unit or post responsible for CP; key "
                    "indicators such as water, energy and pollutant generation per unit of product "
                    "built into routine performance reviews; a scheme for collecting and rewarding "
                    "staff suggestions; the options not yet implemented and newly found problems "
                    "put into the plan for the next round; and the audit report written up. The "
                    "audit then becomes a plan, do, check, improve cycle rather than a one-off "
                    "project.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Course exercise: a campus CP audit",
                    "text": (
                        "<p>In groups, choose a place on campus (the student canteen, a laboratory "
                        "or a residence hall, for example) and carry out a simplified audit:</p>"
                        "<ol><li>Planning and organisation: divide the work and get the manager of "
                        "the place to agree;</li><li>Pre-assessment: collect a month's data on "
                        "water, electricity and waste, walk the site, and choose an audit "
                        "focus;</li><li>Assessment: build a water or energy balance for the audit "
                        "focus;</li><li>Option generation and screening: propose at least 5 "
                        "options and class them as no/low-cost or mid/high-cost;</li><li>"
                        "Feasibility analysis: calculate the simple payback of one mid/high-cost "
                        "option;</li><li>Implementation and sustaining CP: write recommendations "
                        "for implementation and for long-term management, and hand in a short "
                        "report.</li></ol>"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "After an audit round, which of these best shows that CP is being "
                        "sustained?"
                    ),
                    "options": [
                        {
                            "text": "Filing the audit report until the next inspection.",
                            "correct": False,
                            "feedback": "Incorrect. That turns the audit into a one-off project.",
                        },
                        {
                            "text": (
                                "Building key indicators into routine performance reviews and "
                                "putting unimplemented options into the next round's plan."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. This creates lasting arrangements and a cycle of "
                                "continual improvement."
                            ),
                        },
                        {
                            "text": (
                                "Disbanding the audit team and handing follow-up to the wastewater "
                                "plant."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. CP covers the whole process and cannot be left to "
                                "end-of-pipe treatment staff."
                            ),
                        },
                    ],
                    "explanation": (
                        "Sustaining CP needs an organisation, procedures, indicators and a plan, "
                        "so that the audit becomes a cycle of continual improvement."
                    ),
                },
            ),
        ],
    },
}


UNIVERSITY_MODULES: list[dict] = [
    {
        "slug": "introduction-to-cleaner-production",
        "track": "university",
        "completion_rule": "all_lessons",
        "attendance_required": False,
        "self_paced": True,
        "duration_days": None,
        "duration_hours": 3,
        "certificate_validity_years": None,
        "instruction_language": "bilingual",
        "zh": {
            "title": "清洁生产概论",
            "summary": (
                "面向本科生的清洁生产入门模块：清洁生产的含义、从末端治理到源头预防的转变、"
                "我国的清洁生产推进体系，以及衡量清洁生产水平的工具和审核取得的成效。"
                "清洁生产促进法要求把清洁生产纳入高等教育和职业教育，本模块可直接用于相关课程。"
            ),
            "audience": (
                "环境科学与工程、化学工程、材料、能源及管理类专业的本科生，"
                "以及职业院校相关专业学生。"
            ),
            "learning_outcomes": [
                "用自己的话解释清洁生产的定义及其“源头”“持续”“全过程”的含义",
                "比较末端治理与清洁生产在着眼点、经济性和效果上的区别",
                "概述清洁生产在国际上的来源和在我国的发展历程",
                "描述我国清洁生产推进体系的四个组成部分及高等教育在其中的作用",
                "说出衡量清洁生产水平的主要工具及各自回答的问题",
            ],
            "prerequisites": "<p>无需先修课程，具备高中化学基础即可。</p>",
            "final_exam_intro": (
                "<p>模块结束时有一次在线测验，共15道选择题，限时30分钟，可以多次作答，"
                "系统记录最高分。测验成绩是否计入课程总评，由授课教师决定。</p>"
            ),
        },
        "en": {
            "title": "Introduction to Cleaner Production",
            "summary": (
                "An introductory module for undergraduates: what cleaner production means, the "
                "shift from end-of-pipe treatment to prevention at the source, how China promotes "
                "CP, and the tools that measure CP performance and what audits have achieved. The "
                "CP Promotion Law asks for CP to be taught in higher and vocational education, and "
                "this module can be used directly in such courses."
            ),
            "audience": (
                "Undergraduates in environmental science and engineering, chemical engineering, "
                "materials, energy and management, and students on related vocational programmes."
            ),
            "learning_outcomes": [
                (
                    "Explain in your own words what cleaner production is and what “source”, "
                    "“continuous” and “whole life cycle” mean in its definition"
                ),
                (
                    "Compare end-of-pipe treatment and cleaner production in focus, economics and "
                    "effect"
                ),
                (
                    "Outline where the idea of CP came from internationally and how it developed "
                    "in China"
                ),
                (
                    "Describe the four parts of China's CP promoting system and the role of higher "
                    "education in it"
                ),
                (
                    "Name the main tools for measuring CP performance and the question each one "
                    "answers"
                ),
            ],
            "prerequisites": "<p>No prerequisites; school-level chemistry is enough.</p>",
            "final_exam_intro": (
                "<p>The module ends with an online quiz of 15 multiple-choice questions in 30 "
                "minutes. You may take it more than once, and your best score is kept. Your "
                "lecturer decides whether the quiz counts towards your course grade.</p>"
            ),
        },
        "units": [
            {
                "slug": "module-1",
                "number": 1,
                "zh": {
                    "title": "第一单元：清洁生产的理念",
                    "summary": "清洁生产的含义，以及从末端治理到源头预防的转变。",
                },
                "en": {
                    "title": "Unit 1: The idea of cleaner production",
                    "summary": (
                        "What CP means, and the shift from end-of-pipe treatment to prevention at "
                        "the source."
                    ),
                },
                "lessons": [
                    _INTRO_WHAT_IS_CLEANER_PRODUCTION,
                    _INTRO_FROM_END_OF_PIPE_TO_PREVENTION,
                ],
            },
            {
                "slug": "module-2",
                "number": 2,
                "zh": {
                    "title": "第二单元：清洁生产的推进与衡量",
                    "summary": "我国的清洁生产推进体系，衡量清洁生产的工具和审核成效。",
                },
                "en": {
                    "title": "Unit 2: Promoting and measuring cleaner production",
                    "summary": (
                        "China's CP promoting system, the tools for measuring CP, and what audits "
                        "have achieved."
                    ),
                },
                "lessons": [
                    _INTRO_CHINAS_CP_PROMOTING_SYSTEM,
                    _INTRO_MEASURING_CP_PERFORMANCE_AND_RESULTS,
                ],
            },
        ],
    },
    {
        "slug": "cp-audit-methodology",
        "track": "university",
        "completion_rule": "all_lessons",
        "attendance_required": False,
        "self_paced": True,
        "duration_days": None,
        "duration_hours": 4,
        "certificate_validity_years": None,
        "instruction_language": "bilingual",
        "zh": {
            "title": "清洁生产审核方法",
            "summary": (
                "面向本科生的审核方法模块：七个审核阶段的目的和成果，"
                "预评估和评估中的审核重点选择与物料平衡，方案的产生、筛选和可行性分析，"
                "以及方案实施和持续清洁生产，并配有一次校园审核练习。"
                "本模块响应清洁生产促进法关于把清洁生产纳入高等教育和职业教育的要求。"
            ),
            "audience": (
                "已修读《清洁生产概论》或具备相关基础的环境、化工、"
                "能源及管理类专业本科生和职业院校学生。"
            ),
            "learning_outcomes": [
                "按顺序说出七个审核阶段，并说明每个阶段的目的和主要成果",
                "用权重总和计分排序法选择审核重点，并设定量化的清洁生产目标",
                "建立简单的物料平衡或水平衡，计算平衡误差，并从八个方面分析废物产生原因",
                "对方案分类筛选，并用静态投资回收期、净现值和内部收益率评价中/高费方案",
                "提出让清洁生产持续进行的管理措施",
            ],
            "prerequisites": (
                "<p>建议先学习《清洁生产概论》模块。需要掌握基本的质量守恒计算和资金时间价值概念。"
                "</p>"
            ),
            "final_exam_intro": (
                "<p>模块结束时有一次在线测验，共15道选择题，限时30分钟，可以多次作答，"
                "系统记录最高分。测验成绩是否计入课程总评，由授课教师决定。</p>"
            ),
        },
        "en": {
            "title": "CP audit methodology",
            "summary": (
                "An audit-method module for undergraduates: the purpose and outputs of the seven "
                "audit phases; choosing the audit focus and building material balances in "
                "pre-assessment and assessment; generating, screening and analysing options; "
                "implementation and sustaining CP; and a campus audit exercise. The module answers "
                "the CP Promotion Law's call for CP in higher and vocational education."
            ),
            "audience": (
                "Undergraduates and vocational students in environmental, chemical, energy and "
                "management subjects who have taken Introduction to Cleaner Production or have a "
                "similar background."
            ),
            "learning_outcomes": [
                (
                    "List the seven audit phases in order and state the purpose and main outputs "
                    "of each"
                ),
                "Choose an audit focus by weighted-sum ranking and set quantified CP targets",
                (
                    "Build a simple material or water balance, calculate its error, and analyse "
                    "the causes of waste from eight angles"
                ),
                (
                    "Classify and screen options, and evaluate mid/high-cost options with simple "
                    "payback, NPV and IRR"
                ),
                "Propose management measures that keep CP going",
            ],
            "prerequisites": (
                "<p>Take the Introduction to Cleaner Production module first if you can. You need "
                "basic mass-balance arithmetic and the idea of the time value of money.</p>"
            ),
            "final_exam_intro": (
                "<p>The module ends with an online quiz of 15 multiple-choice questions in 30 "
                "minutes. You may take it more than once, and your best score is kept. Your "
                "lecturer decides whether the quiz counts towards your course grade.</p>"
            ),
        },
        "units": [
            {
                "slug": "module-1",
                "number": 1,
                "zh": {
                    "title": "第一单元：审核的框架与诊断",
                    "summary": "七个审核阶段概览，预评估和评估中的审核重点与物料平衡。",
                },
                "en": {
                    "title": "Unit 1: The audit framework and diagnosis",
                    "summary": (
                        "An overview of the seven phases; the audit focus and material balances in "
                        "pre-assessment and assessment."
                    ),
                },
                "lessons": [_METHOD_SEVEN_PHASES_OVERVIEW, _METHOD_PRE_ASSESSMENT_AND_ASSESSMENT],
            },
            {
                "slug": "module-2",
                "number": 2,
                "zh": {
                    "title": "第二单元：方案与持续改进",
                    "summary": "方案的产生、筛选和可行性分析，方案实施和持续清洁生产。",
                },
                "en": {
                    "title": "Unit 2: Options and continual improvement",
                    "summary": (
                        "Generating, screening and analysing options; implementation and "
                        "sustaining CP."
                    ),
                },
                "lessons": [
                    _METHOD_OPTIONS_AND_FEASIBILITY_ANALYSIS,
                    _METHOD_IMPLEMENTATION_AND_SUSTAINING_CP,
                ],
            },
        ],
    },
]
