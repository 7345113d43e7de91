# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Course content: National Training Course for CP Auditors, days 1 to 3 (bilingual).

Pure data for the course loader. ``UNITS`` lists the first three days of the 5-day course; each
unit holds its lessons in order. Every lesson has a Simplified Chinese ("zh") and an English
("en") version with the same keys: ``title``, ``summary`` and ``body``.

Body fields are StreamField values written as lists of ``(block_type, value)`` tuples:
"heading", "paragraph" (rich text), "callout" (kind: key_point, regulation, example or warning),
"table", "glossary" and "self_check" (instant-feedback question, not graded; exactly one option
is correct).

Facts about China's CP promoting system come from the China National Cleaner Production Center
paper "CP Promoting System in China" and the project's reference notes; the audit method follows
the 7-phase procedure (UNEP/UNIDO origin) and standard engineering economics. The wording is our
own. The dyeing-mill figures that run through Days 2 and 3 are an illustrative teaching example,
not data from a real enterprise; every calculation in them has been checked.
"""

_WHAT_IS_CLEANER_PRODUCTION: dict = {
    "slug": "what-is-cleaner-production",
    "estimated_minutes": 40,
    "required": True,
    "preview": True,
    "zh": {
        "title": "什么是清洁生产",
        "summary": (
            "从末端治理的局限说起，理解清洁生产“持续、预防、综合”的内涵，以及它在生产过程、"
            "产品和服务三个层面的含义。"
        ),
        "body": [
            ("heading", "从末端治理到源头预防"),
            (
                "paragraph",
                (
                    "<p>工业化早期，各国治理工业污染大多采用“先污染、后治理”的做法：废水、"
                    "废气和固体废物产生以后，再建设处理设施，把污染物处理到排放标准以内。"
                    "这种做法称为末端治理。它见效快、目标明确，至今仍是污染控制不可缺少的一环，"
                    "但单靠末端治理，有几个绕不开的局限：</p><ul><li><b>只花钱、不产出。</b>"
                    "处理设施的建设和运行费用全部是额外成本，企业越是扩大生产，治理负担越重。"
                    "</li><li><b>污染常常只是换了个地方。</b>废水处理会产生污泥，"
                    "烟气脱硫会产生脱硫副产物，污染物从一种介质转移到另一种介质，并没有真正消失。"
                    "</li><li><b>看不到浪费。</b>进入废物的原料、水和能源，"
                    "本来都是企业花钱买来的。末端治理只问“怎么处理”，不问“为什么会产生”。</li>"
                    "<li><b>风险始终存在。</b>设施一旦故障、停运或超负荷，超标排放立即发生。</li>"
                    "</ul><p>二十世纪七八十年代，一些工业化国家开始倡导“污染预防”和“废物最小化”，"
                    "主张把注意力从管道末端移到生产过程本身。"
                    "联合国环境规划署在此基础上提出了“清洁生产”这一概念，并在全球推广，"
                    "我国于1993年通过国际合作项目将其引入。</p>"
                ),
            ),
            ("heading", "清洁生产的定义"),
            (
                "paragraph",
                (
                    "<p>按照联合国环境规划署的表述，清洁生产是指把一种综合性、"
                    "预防性的环境战略持续地应用于生产过程、产品和服务之中，目的是提高整体效率，"
                    "降低对人类和环境的风险。这一战略在三个层面上有不同的侧重：</p><ul><li><b>"
                    "生产过程：</b>节约原材料和能源，淘汰有毒有害原料，"
                    "在废物离开生产过程之前就削减其数量和毒性；</li><li><b>产品：</b>"
                    "着眼于产品的整个生命周期，从原料获取、生产、使用直到最终处置，"
                    "尽可能减少各环节的不利影响；</li><li><b>服务：</b>"
                    "在设计和提供服务时就考虑环境因素。</li></ul><p>"
                    "我国《清洁生产促进法》从“采取什么措施”和“达到什么目的”两个方面界定清洁生产。"
                    "措施包括改进设计、使用清洁的能源和原料、采用先进的工艺技术和设备、改善管理、"
                    "开展综合利用；目的是从源头削减污染，提高资源利用效率，减少或者避免生产、"
                    "服务和产品使用过程中污染物的产生和排放，"
                    "从而减轻或消除对人体健康和环境的危害。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "把握三个关键词",
                    "text": (
                        "<ul><li><b>持续：</b>清洁生产不是一次性的项目，而是不断发现问题、"
                        "不断改进的过程，一轮审核结束，下一轮改进随即开始。</li><li><b>预防：</b>"
                        "优先避免和减少废物的产生，而不是等废物产生后再去处理。</li><li><b>综合："
                        "</b>同时考虑水、气、固各种介质和产品全生命周期，兼顾经济效益和环境效益，"
                        "避免把问题从一处转移到另一处。</li></ul>"
                    ),
                },
            ),
            ("heading", "清洁生产与末端治理的比较"),
            (
                "table",
                {
                    "data": [
                        ["比较项", "末端治理", "清洁生产"],
                        [
                            "关注的问题",
                            "废物产生后如何处理达标",
                            "废物为什么产生、如何不产生或少产生",
                        ],
                        ["介入的时机", "生产过程结束之后", "产品设计、原料选择和生产全过程"],
                        ["对资源和能源", "基本不涉及", "以提高利用效率为核心目标之一"],
                        [
                            "经济效果",
                            "纯投入，增加运行成本",
                            "多数方案能降低成本，有的短期即可收回投资",
                        ],
                        ["污染物的去向", "常在不同介质之间转移", "从源头削减，总量减少"],
                        [
                            "参与的人员",
                            "主要是环保部门和治理设施操作人员",
                            "企业领导、技术、生产和管理人员全员参与",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "末端治理与清洁生产的主要区别",
                },
            ),
            (
                "paragraph",
                (
                    "<p>需要强调的是，清洁生产并不排斥末端治理。"
                    "任何工艺都不可能做到完全不产生废物，剩余的污染物仍然需要妥善处理和处置。"
                    "两者的关系是先后和主次的关系：首先设法避免废物产生，其次在源头削减，"
                    "再次在厂内回收和循环利用，最后才对确实无法避免的废物进行无害化处理和处置。"
                    "源头削减做得越好，末端设施的负荷就越小，建设和运行费用也随之降低。</p>"
                ),
            ),
            ("heading", "实现清洁生产的主要途径"),
            (
                "paragraph",
                (
                    "<p>生产过程可以看作一个“输入—转化—输出”的系统。原料和能源从一端进入，"
                    "经过工艺和设备的转化变成产品，同时产生废物。废物的产生，"
                    "可以从以下八个方面寻找原因，相应地也就有八类改进途径：</p><ol><li>"
                    "原辅材料和能源：选用无毒、低毒、少杂质的原料和清洁能源；</li><li>技术工艺："
                    "采用转化率高、物耗能耗低的先进工艺；</li><li>设备：加强维护保养，更新落后、"
                    "低效的设备；</li><li>过程控制：优化温度、压力、流量、配比等工艺参数，"
                    "并配备必要的计量和监测手段；</li><li>产品：改进产品设计和包装，"
                    "使其在使用和废弃阶段的影响更小；</li><li>废物："
                    "对能够利用的废物进行厂内回收和循环利用；</li><li>管理："
                    "健全岗位责任制和操作规程，堵住跑冒滴漏；</li><li>员工："
                    "提高员工的技能和环保意识，激发其参与改进的积极性。</li></ol><p>"
                    "这八个方面贯穿清洁生产审核的全过程，第2天学习评估阶段的废物产生原因分析时，"
                    "还会详细展开。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：一次现场巡查的发现（教学示例）",
                    "text": (
                        "<p>审核人员在某印染车间巡查时发现：水洗槽的进水阀常开，没有流量计；"
                        "染色机蒸汽管道保温层破损；化料间按经验估量投加助剂。"
                        "这三处问题都不需要新建治理设施，只要加装水表和定量阀、修补保温、"
                        "改为称量投料，就能同时减少用水、节约蒸汽、降低废水中的污染物。"
                        "这正是清洁生产“从源头找原因”的思路。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "源头削减",
                    "definition": (
                        "在污染物产生之前，通过改变原料、工艺、设备、操作或产品设计，"
                        "减少废物和污染物产生量或降低其毒性的做法。它是清洁生产优先采用的手段，"
                        "厂外的回收处理和末端治理不属于源头削减。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "某印染企业准备采取以下措施，哪一项最符合清洁生产的源头削减思路？",
                    "options": [
                        {
                            "text": "扩建污水处理站，提高处理能力",
                            "correct": False,
                            "feedback": (
                                "扩建处理站能帮助达标，但属于末端治理，废水产生量本身没有减少。"
                            ),
                        },
                        {
                            "text": "把单槽溢流水洗改为多槽逆流漂洗，减少新鲜水用量",
                            "correct": True,
                            "feedback": (
                                "正确。逆流漂洗在生产过程中直接减少用水和废水量，属于源头削减。"
                            ),
                        },
                        {
                            "text": "委托有资质的单位处置污泥",
                            "correct": False,
                            "feedback": (
                                "规范处置污泥是必要的，但它处理的是已经产生的废物，不减少废物产生。"
                            ),
                        },
                        {
                            "text": "在废水排放口加装在线监测仪",
                            "correct": False,
                            "feedback": (
                                "在线监测有助于掌握排放情况，但监测本身不会减少污染物的产生。"
                            ),
                        },
                    ],
                    "explanation": (
                        "清洁生产优先考虑在生产过程中避免或减少废物的产生。扩建处理设施、"
                        "处置污泥和监测排放仍然必要，但它们都发生在废物产生之后，"
                        "属于末端治理或环境监管措施。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "What cleaner production is",
        "summary": (
            "Starting from the limits of end-of-pipe treatment, this lesson explains what "
            "cleaner production means: a continuous, preventive and integrated strategy for "
            "processes, products and services."
        ),
        "body": [
            ("heading", "From end-of-pipe treatment to prevention at the source"),
            (
                "paragraph",
                (
                    "<p>In the early decades of industrialisation, most countries dealt with "
                    "industrial pollution after the fact. Waste water, flue gas and solid waste "
                    "were generated first, and treatment plants were then built to bring them "
                    "within discharge limits. This is called end-of-pipe treatment. It works "
                    "quickly and its goal is easy to state, and it remains an essential part of "
                    "pollution control. On its own, however, it has built-in limits:</p><ul><li>"
                    "<b>It costs money and produces nothing.</b> Building and running treatment "
                    "plants is a pure extra cost, and the burden grows as production grows.</li>"
                    "<li><b>Pollution often just moves.</b> Waste-water treatment produces "
                    "sludge and flue-gas desulphurisation produces by-products. The pollutant "
                    "passes from one medium to another rather than disappearing.</li><li><b>"
                    "Waste stays invisible.</b> The raw materials, water and energy that end up "
                    "in the waste were all paid for. End-of-pipe thinking asks how to treat the "
                    "waste, not why it was generated.</li><li><b>The risk never goes away.</b> "
                    "When a treatment unit breaks down, stops or is overloaded, the discharge "
                    "exceeds its limits at once.</li></ul><p>In the 1970s and 1980s several "
                    "industrialised countries began to promote pollution prevention and waste "
                    "minimisation, shifting attention from the end of the pipe to the production "
                    "process itself. The United Nations Environment Programme (UNEP) built on "
                    "these ideas under the name cleaner production and promoted it worldwide. "
                    "China took it up in 1993 through an international cooperation project.</p>"
                ),
            ),
            ("heading", "Defining cleaner production"),
            (
                "paragraph",
                (
                    "<p>In UNEP's terms, cleaner production means applying an integrated, "
                    "preventive environmental strategy to processes, products and services, "
                    "continuously, so as to raise overall efficiency and lower the risks to "
                    "people and the environment. The emphasis differs at each level:</p><ul><li>"
                    "<b>Processes:</b> save raw materials and energy, phase out toxic inputs, "
                    "and cut the quantity and toxicity of wastes before they leave the process;"
                    "</li><li><b>Products:</b> look at the whole life cycle, from extracting raw "
                    "materials through manufacture and use to final disposal, and reduce harm at "
                    "every stage;</li><li><b>Services:</b> build environmental concerns into how "
                    "services are designed and delivered.</li></ul><p>China's CP Promotion Law "
                    "defines CP by its means and its ends. The means are better design, clean "
                    "energy and raw materials, advanced technology and equipment, better "
                    "management and the recovery and reuse of materials. The ends are to cut "
                    "pollution at the source, use resources more efficiently, reduce or avoid "
                    "the generation and release of pollutants during production, services and "
                    "product use, and so reduce or remove the harm to human health and the "
                    "environment.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Three words to remember",
                    "text": (
                        "<ul><li><b>Continuous:</b> CP is not a one-off project. It is a cycle "
                        "of finding problems and improving; when one audit round ends, the next "
                        "round of improvement begins.</li><li><b>Preventive:</b> avoiding and "
                        "reducing waste comes first; treating it comes later.</li><li><b>"
                        "Integrated:</b> water, air and solid waste are considered together, "
                        "along with the whole product life cycle, and economic and environmental "
                        "gains are weighed side by side, so that a problem is not simply shifted "
                        "elsewhere.</li></ul>"
                    ),
                },
            ),
            ("heading", "Cleaner production compared with end-of-pipe treatment"),
            (
                "table",
                {
                    "data": [
                        ["Aspect", "End-of-pipe treatment", "Cleaner production"],
                        [
                            "Question asked",
                            "How to treat waste to meet limits",
                            "Why waste arises and how to avoid or reduce it",
                        ],
                        [
                            "When it acts",
                            "After production is finished",
                            "During design, input choice and the whole process",
                        ],
                        [
                            "Resources and energy",
                            "Largely ignored",
                            "Better efficiency is a core aim",
                        ],
                        [
                            "Economic effect",
                            "Pure cost; raises operating expenses",
                            "Many options cut costs; some pay back within months",
                        ],
                        [
                            "Fate of pollutants",
                            "Often moved from one medium to another",
                            "Reduced at the source; total load falls",
                        ],
                        [
                            "Who takes part",
                            "Environmental staff and plant operators",
                            "Managers, engineers, production and support staff",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Main differences between end-of-pipe treatment and cleaner production"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cleaner production does not reject end-of-pipe treatment. No process is "
                    "completely waste-free, and what remains must still be treated and disposed "
                    "of properly. The two follow an order of priority: first avoid generating "
                    "waste, then reduce it at the source, then recover and reuse it on site, and "
                    "only then treat and dispose of what truly cannot be avoided. The better the "
                    "source reduction, the smaller the load on the treatment plant and the lower "
                    "its building and running costs.</p>"
                ),
            ),
            ("heading", "Main routes to cleaner production"),
            (
                "paragraph",
                (
                    "<p>A production process can be seen as a system of inputs, transformation "
                    "and outputs. Materials and energy enter at one end, are turned into "
                    "products by the process and its equipment, and wastes are generated along "
                    "the way. The causes of waste can be looked for in eight aspects, and each "
                    "aspect suggests a route to improvement:</p><ol><li>raw materials and "
                    "energy: choose inputs that are non-toxic or less toxic, purer, and cleaner "
                    "energy;</li><li>technology and process: adopt processes with higher "
                    "conversion and lower material and energy use;</li><li>equipment: maintain "
                    "it well and replace outdated, inefficient units;</li><li>process control: "
                    "optimise temperatures, pressures, flows and dosing, with the meters and "
                    "monitoring this needs;</li><li>products: redesign products and packaging to "
                    "reduce impacts in use and at disposal;</li><li>wastes: recover and reuse on "
                    "site whatever can be used;</li><li>management: clear responsibilities and "
                    "operating procedures that stop leaks, spills and overflows;</li><li>"
                    "employees: better skills and awareness, and real motivation to take part."
                    "</li></ol><p>These eight aspects run through the whole CP audit. You will "
                    "use them in detail on Day 2, when you analyse why wastes arise during the "
                    "assessment phase.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: findings from a site walk",
                    "text": (
                        "<p>Walking through a dyeing shop, auditors notice that the inlet valve "
                        "of a rinsing tank is left open with no flow meter, that the insulation "
                        "on a steam line to the dyeing machines is damaged, and that auxiliaries "
                        "are dosed by guesswork in the chemical kitchen. None of these needs a "
                        "new treatment plant. A water meter and a metered valve, repaired "
                        "insulation and weighed dosing together save water and steam and reduce "
                        "the pollutants in the waste water. That is the CP habit of looking for "
                        "causes at the source.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Source reduction",
                    "definition": (
                        "Any change to raw materials, process, equipment, operation or product "
                        "design that reduces the amount or toxicity of waste and pollutants "
                        "before they are generated. It is the preferred CP measure; off-site "
                        "recycling and end-of-pipe treatment are not source reduction."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "A dyeing company is considering the following measures. Which one best "
                        "fits the CP idea of source reduction?"
                    ),
                    "options": [
                        {
                            "text": "Enlarging the waste-water treatment plant",
                            "correct": False,
                            "feedback": (
                                "A larger plant may help the company meet limits, but it is "
                                "end-of-pipe treatment; the amount of waste water generated does "
                                "not change."
                            ),
                        },
                        {
                            "text": (
                                "Replacing single-tank overflow rinsing with multi-tank "
                                "countercurrent rinsing to use less fresh water"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Countercurrent rinsing cuts water use and waste-water "
                                "volume inside the process itself, which is source reduction."
                            ),
                        },
                        {
                            "text": "Sending sludge to a licensed disposal contractor",
                            "correct": False,
                            "feedback": (
                                "Proper sludge disposal is necessary, but it deals with waste "
                                "that already exists and does not reduce how much is generated."
                            ),
                        },
                        {
                            "text": "Installing an online monitor at the discharge outlet",
                            "correct": False,
                            "feedback": (
                                "Monitoring shows what is discharged but does not by itself "
                                "reduce the pollutants generated."
                            ),
                        },
                    ],
                    "explanation": (
                        "CP first looks for ways to avoid or reduce waste inside the process. "
                        "Treatment, disposal and monitoring are still needed, but they all act "
                        "after the waste has been generated."
                    ),
                },
            ),
        ],
    },
}

_CP_IN_CHINA_HISTORY_AND_REGULATIONS: dict = {
    "slug": "cp-in-china-history-and-regulations",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "我国清洁生产的发展历程与法规体系",
        "summary": (
            "梳理清洁生产从国际合作试点到依法推行的发展过程，掌握《清洁生产促进法》及其配套规定、"
            "资金管理办法之间的关系。"
        ),
        "body": [
            ("heading", "从试点起步（1993年至2002年）"),
            (
                "paragraph",
                (
                    "<p>1993年，世界银行支持的“中国清洁生产促进”项目启动，清洁生产由此进入我国。"
                    "此后近十年间，清洁生产审核主要依托各类国际合作项目和国内试点项目开展。"
                    "一批化工、印染、电镀、酿造等行业的企业在专家指导下完成了审核，用事实证明："
                    "不少废物削减措施投入少、见效快，既减少污染，又降低成本。</p><p>"
                    "这一阶段有两项成果影响深远。"
                    "一是在联合国环境规划署和联合国工业发展组织推广的审核方法基础上，"
                    "结合国内企业的实际，逐步形成了七个阶段的审核程序；"
                    "二是培养了第一批熟悉审核方法的专家和咨询人员，并编写了首批行业审核指南。"
                    "试点的经验也让政府部门认识到，要把清洁生产从个别企业推向全社会，"
                    "必须有法律作保障，有政策作支撑。</p>"
                ),
            ),
            ("heading", "依法推行：《清洁生产促进法》"),
            (
                "paragraph",
                (
                    "<p>《中华人民共和国清洁生产促进法》于2002年由全国人大常委会通过，"
                    "自2003年1月1日起施行，是我国第一部以清洁生产为主题的法律，"
                    "标志着清洁生产推进工作进入法制化阶段。</p><p>这部法律立足我国国情，"
                    "总体上以促进和激励为主：它明确了各级政府及有关部门的职责，"
                    "规定了推行和实施清洁生产的要求以及表彰奖励、资金和税收等鼓励措施。同时，"
                    "考虑到不少企业环境管理能力较弱、短期内难以靠自愿行动达到环境要求，"
                    "法律保留了必要的强制手段，要求两类企业必须开展清洁生产审核："
                    "一是污染物排放超过国家或地方排放标准，"
                    "或者超过地方政府核定的总量控制指标的企业；二是使用有毒有害原料进行生产，"
                    "或者在生产中排放有毒有害物质的企业。</p><p>2012年，"
                    "全国人大常委会对该法作了修正，自同年7月1日起施行。"
                    "修正后的法律把超过单位产品能源消耗限额标准、"
                    "构成高耗能的企业也纳入强制性审核范围，加大了财政资金支持，"
                    "强化了对审核的监督，并提高了不审核或审核弄虚作假的法律责任。</p>"
                ),
            ),
            ("heading", "配套规章和指南"),
            (
                "paragraph",
                (
                    "<p>法律确立原则，具体怎么做，要靠配套规定来落实。围绕清洁生产审核，"
                    "主要形成了以下几项规定：</p><ul><li><b>《清洁生产审核暂行办法》（2004年）"
                    "</b>：由国家发展改革委和原国家环境保护总局联合发布，对审核的原则、"
                    "程序和要求作出具体规定，首次提出“强制性清洁生产审核”的概念。"
                    "暂行办法适用于各类企业，重在引导自愿审核。2016年，"
                    "两部门发布《清洁生产审核办法》，取代了暂行办法。</li><li><b>"
                    "《重点企业清洁生产审核程序的规定》</b>：由原国家环境保护总局发布，"
                    "专门针对必须实施强制性审核的重点企业，共12章，"
                    "着重规定了强制性审核的实施程序和各级环境保护部门的职责。</li><li><b>"
                    "《重点企业清洁生产审核评估、验收实施指南（试行）》（2008年7月）</b>："
                    "由环境保护部发布。由于审核主要依靠市场化的咨询服务完成，审核质量参差不齐，"
                    "指南要求地方环境保护部门按统一的程序和标准，对强制性审核逐一开展评估和验收。"
                    "</li><li><b>《中央补助地方清洁生产专项资金使用管理办法》</b>："
                    "法律施行后由财政部发布，规定中央财政安排专项资金，"
                    "以补助方式支持重点行业中小企业实施清洁生产项目。</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["时间", "文件或事件", "主要意义"],
                        [
                            "1993年",
                            "世界银行支持的清洁生产项目启动",
                            "清洁生产引入我国，开始企业审核试点",
                        ],
                        [
                            "2003年",
                            "《清洁生产促进法》施行",
                            "清洁生产进入依法推行阶段，确立两类强制审核对象",
                        ],
                        [
                            "2004年",
                            "《清洁生产审核暂行办法》发布",
                            "规定审核程序，提出强制性审核概念",
                        ],
                        [
                            "暂行办法之后",
                            "《重点企业清洁生产审核程序的规定》",
                            "规范强制性审核的实施和监督",
                        ],
                        [
                            "2008年",
                            "评估、验收实施指南（试行）",
                            "建立“先评估、后验收”的质量把关机制",
                        ],
                        ["2012年", "《清洁生产促进法》修正", "增加高耗能企业，强化监督和法律责任"],
                        [
                            "2016年",
                            "《清洁生产审核办法》",
                            "取代暂行办法，整合自愿和强制审核的要求",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "我国清洁生产法规体系发展节点（按时间排列）",
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "评估和验收各看什么",
                    "text": (
                        "<p><b>评估</b>在审核报告完成后进行，重点看审核过程是否真实、规范，"
                        "报告内容是否属实，提出的方案预期效果是否可信。<b>验收</b>"
                        "在中/高费方案实施后进行，重点核实方案取得的实际成效，"
                        "并对本轮审核作出最终结论。审核人员在整个审核过程中留下的测算记录、"
                        "会议纪要和现场照片，都是评估和验收时需要查看的证据。</p>"
                    ),
                },
            ),
            ("heading", "清洁生产专项资金"),
            (
                "paragraph",
                (
                    "<p>专项资金由中央预算安排，支持对象是重点行业中的中小企业。重点行业指石化、"
                    "冶金、化工、轻工、纺织、建材等污染较重的行业；"
                    "中小企业的标准是职工少于2000人，或销售额低于3亿元，或资产总额低于4亿元。"
                    "资金以补助形式支持以下几类项目：</p><ol><li>源头削减项目，例如改进产品设计、"
                    "采用无毒原料和清洁能源或可再生能源、应用物耗低的先进技术和设备；</li><li>"
                    "过程控制项目，例如改造生产线、提高管理水平、加强现场监测；</li><li>废物、"
                    "废水和余能的回收和循环利用项目；</li><li>应用成熟、"
                    "适合示范推广的清洁生产技术和工艺的项目；</li><li>"
                    "其他具有示范和推广价值的清洁生产项目。</li></ol><p>对审核人员来说，"
                    "了解这些资金渠道很有实际意义：第3天学习方案实施时会看到，"
                    "中/高费方案能否落地，往往取决于能否找到合适的融资来源。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "强制性清洁生产审核",
                    "definition": (
                        "法律规定的特定企业必须依法开展的清洁生产审核。"
                        "对象包括超标或超总量排放的企业、使用或排放有毒有害物质的企业，"
                        "以及2012年修法后增加的超过单位产品能耗限额标准的企业。"
                        "审核结果须报告主管部门，并接受评估和验收。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "下列关于我国清洁生产法规的说法，哪一项是正确的？",
                    "options": [
                        {
                            "text": "《清洁生产促进法》只规定鼓励措施，没有任何强制性要求",
                            "correct": False,
                            "feedback": (
                                "不对。法律以促进和激励为主，"
                                "但明确要求特定企业必须开展清洁生产审核。"
                            ),
                        },
                        {
                            "text": (
                                "“强制性清洁生产审核”的概念在2004年的《清洁生产审核暂行办法》中首"
                                "次提出"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。暂行办法在规定审核程序的同时，首次提出了强制性审核的概念。"
                            ),
                        },
                        {
                            "text": "评估和验收在同一时间完成，都只审查审核报告的文字",
                            "correct": False,
                            "feedback": (
                                "不对。评估在报告完成后看过程和预期效果，"
                                "验收在中/高费方案实施后核实实际成效。"
                            ),
                        },
                        {
                            "text": "清洁生产专项资金主要用于补助大型企业建设末端治理设施",
                            "correct": False,
                            "feedback": (
                                "不对。专项资金支持重点行业的中小企业，重点是源头削减、"
                                "过程控制和回收利用等项目。"
                            ),
                        },
                    ],
                    "explanation": (
                        "法律确立了“以鼓励为主、必要时强制”的框架；暂行办法提出强制审核概念；"
                        "程序规定和评估验收指南负责强制审核的实施和质量把关；"
                        "专项资金则为中小企业提供支持。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "CP in China: history and legal framework",
        "summary": (
            "How CP in China grew from international pilot projects into a legal obligation, and "
            "how the CP Promotion Law, its implementing rules and the special CP funds fit "
            "together."
        ),
        "body": [
            ("heading", "Pilot projects first (1993 to 2002)"),
            (
                "paragraph",
                (
                    "<p>Cleaner production arrived in China in 1993 with a World Bank-supported "
                    "project to promote CP in the country. For almost ten years afterwards, CP "
                    "audits were carried out mainly under international cooperation projects and "
                    "domestic pilot schemes. Enterprises in sectors such as chemicals, dyeing, "
                    "electroplating and brewing completed audits with expert help, and their "
                    "results made the case: many waste-reduction measures cost little, paid back "
                    "fast, and cut both pollution and costs.</p><p>Two results of this period "
                    "proved lasting. First, building on the audit methodology promoted by UNEP "
                    "and UNIDO and on Chinese plant experience, a seven-phase audit procedure "
                    "took shape. Second, a first generation of experts and consultants learned "
                    "the method, and the first sector audit guidelines were written. The pilots "
                    "also convinced government that moving CP from a few enterprises to the "
                    "whole economy needed the backing of law and policy.</p>"
                ),
            ),
            ("heading", "A legal basis: the CP Promotion Law"),
            (
                "paragraph",
                (
                    "<p>The Cleaner Production Promotion Law of the People's Republic of China "
                    "was adopted by the Standing Committee of the National People's Congress in "
                    "2002 and took effect on 1 January 2003. It was China's first law devoted to "
                    "CP, and it put the promotion of CP on a legal footing.</p><p>Written for "
                    "Chinese conditions, the law mainly encourages. It sets out the duties of "
                    "governments and departments at each level, the requirements for promoting "
                    "and applying CP, and incentives such as awards, funding and tax relief. "
                    "Because many enterprises had weak environmental management and could not be "
                    "expected to meet requirements quickly through voluntary action, it also "
                    "keeps some compulsion. Two groups of enterprises must carry out a CP audit: "
                    "those whose discharges exceed national or local standards, or the "
                    "total-volume control targets set by the local government; and those that "
                    "use toxic or hazardous raw materials or release toxic or hazardous "
                    "substances during production.</p><p>The law was revised in 2012, with the "
                    "changes in force from 1 July that year. The revision added a third group, "
                    "enterprises whose energy use per unit of product exceeds the applicable "
                    "consumption limit. It also increased public funding, tightened supervision "
                    "of audits and raised the penalties for not auditing or for falsifying an "
                    "audit.</p>"
                ),
            ),
            ("heading", "Implementing rules and guidelines"),
            (
                "paragraph",
                (
                    "<p>The law sets principles; implementing rules say how to apply them. For "
                    "CP audits the main instruments are:</p><ul><li><b>Interim Measures for CP "
                    "Audit (2004):</b> issued jointly by the National Development and Reform "
                    "Commission (NDRC) and the former State Environmental Protection "
                    "Administration (SEPA). They set out the principles, procedure and "
                    "requirements of an audit and introduced the term compulsory CP audit for "
                    "the first time. They applied to all enterprises and mainly encouraged "
                    "voluntary audits. In 2016 the two bodies replaced them with the Measures "
                    "for CP Audit.</li><li><b>Rules on CP Audit Procedures for Key Enterprises:"
                    "</b> issued by SEPA for the key enterprises that must be audited. In 12 "
                    "chapters they set out how a compulsory audit is run and what environmental "
                    "authorities at each level must do.</li><li><b>Guideline for Assessment and "
                    "Acceptance of CP Audit in Key Enterprises (July 2008):</b> issued by the "
                    "Ministry of Environmental Protection. Audits were mostly done by commercial "
                    "consultants and their quality varied, so local environmental authorities "
                    "must now assess and accept every compulsory audit against a common "
                    "procedure and standard.</li><li><b>Management Measures for the Special CP "
                    "Funds:</b> issued by the Ministry of Finance after the law took effect. "
                    "Central funds subsidise CP projects in small and medium-sized enterprises "
                    "(SMEs) in key sectors.</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["When", "Instrument or event", "Why it matters"],
                        [
                            "1993",
                            "World Bank-supported CP project starts",
                            "CP introduced; enterprise audit pilots begin",
                        ],
                        [
                            "2003",
                            "CP Promotion Law takes effect",
                            "CP becomes a legal matter; two groups must be audited",
                        ],
                        [
                            "2004",
                            "Interim Measures for CP Audit",
                            "Audit procedure set; compulsory audit defined",
                        ],
                        [
                            "After 2004",
                            "Rules on CP Audit Procedures for Key Enterprises",
                            "How compulsory audits are run and supervised",
                        ],
                        [
                            "2008",
                            "Guideline for Assessment and Acceptance",
                            "Two-step quality check: assessment, then acceptance",
                        ],
                        [
                            "2012",
                            "CP Promotion Law revised",
                            "Energy-intensive enterprises added; tougher oversight and penalties",
                        ],
                        [
                            "2016",
                            "Measures for CP Audit",
                            "Replace the Interim Measures; voluntary and compulsory rules together",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Milestones in China's CP legal framework (in date order)",
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "What assessment and acceptance each check",
                    "text": (
                        "<p><b>Assessment</b> takes place once the audit report is finished. It "
                        "asks whether the audit was genuinely and properly done, whether the "
                        "report is true, and whether the expected benefits of the options are "
                        "credible. <b>Acceptance</b> takes place after the mid/high-cost options "
                        "have been implemented. It verifies what they actually achieved and "
                        "gives the audit round a final conclusion. The calculations, meeting "
                        "minutes and site photos that auditors keep throughout the audit are the "
                        "evidence reviewed at both steps.</p>"
                    ),
                },
            ),
            ("heading", "The special CP funds"),
            (
                "paragraph",
                (
                    "<p>The special funds come from the central budget and support SMEs in key "
                    "sectors, meaning the more polluting industries: petrochemicals, metallurgy, "
                    "chemicals, light industry, textiles and building materials. An enterprise "
                    "counts as an SME if it has fewer than 2,000 employees, or sales below RMB "
                    "300 million, or total assets below RMB 400 million. Subsidies go to "
                    "projects of these kinds:</p><ol><li>source reduction, such as better "
                    "product design, non-toxic raw materials, clean or renewable energy, and "
                    "advanced low-consumption technology and equipment;</li><li>process control, "
                    "such as upgrading production lines, better management and stronger on-site "
                    "monitoring;</li><li>recovery and reuse of waste materials, water and "
                    "energy;</li><li>mature CP technologies and processes suitable for "
                    "demonstration and wider use;</li><li>other CP projects with demonstration "
                    "value.</li></ol><p>Auditors need to know these channels. As you will see on "
                    "Day 3, whether a mid/high-cost option is actually built often depends on "
                    "finding suitable finance.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Compulsory CP audit",
                    "definition": (
                        "A CP audit that certain enterprises must carry out by law: those "
                        "exceeding discharge standards or total-volume targets, those using or "
                        "releasing toxic or hazardous substances, and, since the 2012 revision, "
                        "those exceeding energy-use limits per unit of product. The results are "
                        "reported to the authorities and go through assessment and acceptance."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "Which statement about China's CP legislation is correct?",
                    "options": [
                        {
                            "text": (
                                "The CP Promotion Law contains only incentives and no obligations"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The law mainly encourages, but it requires certain "
                                "enterprises to carry out a CP audit."
                            ),
                        },
                        {
                            "text": (
                                "The term compulsory CP audit first appeared in the 2004 Interim "
                                "Measures for CP Audit"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Besides setting the audit procedure, the Interim "
                                "Measures introduced the idea of a compulsory audit."
                            ),
                        },
                        {
                            "text": (
                                "Assessment and acceptance happen together and only review the "
                                "text of the audit report"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Assessment follows the report and checks the process "
                                "and expected benefits; acceptance follows implementation of "
                                "mid/high-cost options and verifies actual results."
                            ),
                        },
                        {
                            "text": (
                                "The special CP funds mainly subsidise large enterprises "
                                "building end-of-pipe plants"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The funds support SMEs in key sectors, with the "
                                "emphasis on source reduction, process control and recovery and "
                                "reuse."
                            ),
                        },
                    ],
                    "explanation": (
                        "The law sets a framework that mainly encourages but compels where "
                        "needed. The Interim Measures defined compulsory audits; the procedure "
                        "rules and the assessment and acceptance guideline govern how they are "
                        "run and checked; and the special funds support SMEs."
                    ),
                },
            ),
        ],
    },
}

_ADMINISTRATIVE_AND_TECHNICAL_SUPPORT_SYSTEM: dict = {
    "slug": "administrative-and-technical-support-system",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "清洁生产的管理体系与技术支撑体系",
        "summary": (
            "了解国家和地方各有关部门在推行清洁生产中的分工，以及审核方法、行业指南、"
            "清洁生产标准、评价指标体系、技术导向目录和培训体系等技术支撑工具。"
        ),
        "body": [
            ("heading", "谁来推动：管理体系"),
            (
                "paragraph",
                (
                    "<p>《清洁生产促进法》施行后，我国按照法律规定逐步建立起清洁生产的管理体系。"
                    "在国家层面，有三个部门发挥着主要作用，财政部门则提供资金保障：</p><ul><li>"
                    "<b>国家发展和改革委员会</b>：作为宏观经济调控部门，"
                    "负责统筹协调全国的清洁生产促进工作。它牵头起草了《清洁生产促进法》，"
                    "与环境保护部门联合发布审核办法，"
                    "组织编制重点行业清洁生产技术导向目录和行业清洁生产评价指标体系，"
                    "并开展清洁生产示范城市建设和各类宣传活动。</li><li><b>环境保护主管部门</b>"
                    "（原国家环境保护总局、环境保护部，2018年起为生态环境部）："
                    "是最早把清洁生产引入我国并组织企业审核试点的部门。依照法律，"
                    "它负责对清洁生产的实施进行监督，推动和规范重点企业的强制性审核，"
                    "发布了强制审核程序规定和评估验收指南，"
                    "还组织编制行业清洁生产标准和行业审核指南。</li><li><b>工业和信息化部</b>："
                    "2008年组建，负责拟订并组织实施工业和信息化领域的清洁生产政策，"
                    "参与编制清洁生产推行规划。工业是推行清洁生产的主战场，"
                    "工信部门的作用举足轻重。</li><li><b>财政部门</b>："
                    "安排和管理清洁生产专项资金，会同有关部门制定资金使用办法。</li></ul><p>"
                    "在地方层面，省、市、县的发展改革、工业和信息化、生态环境、"
                    "财政等部门按照各自职责开展工作：确定并公布需要实施强制性审核的企业名单，"
                    "督促企业开展审核，组织评估和验收，安排地方资金。"
                    "许多地方还设有清洁生产中心等技术服务机构，为企业提供审核咨询和培训。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "审核人员为什么要了解部门分工",
                    "text": (
                        "<p>强制性审核的名单由谁公布、审核报告报给谁、评估验收由谁组织、"
                        "专项资金向谁申请，都取决于当地的部门分工。开展审核前，"
                        "审核人员应当弄清楚企业所在地的具体要求，避免走弯路。</p>"
                    ),
                },
            ),
            ("heading", "用什么工具：技术支撑体系"),
            (
                "paragraph",
                (
                    "<p>清洁生产既是管理工作，更是技术工作。近二十年来，我国借鉴发达国家的经验，"
                    "结合发展中国家的实际，逐步建立起技术支撑体系，主要包括以下几类工具：</p><h3>"
                    "审核方法</h3><p>在国际合作项目和国内试点的基础上，形成了七阶段审核程序："
                    "筹划和组织、预评估、评估、方案产生和筛选、可行性分析、方案实施、"
                    "持续清洁生产。国内几乎所有审核都遵循这一程序。为适应强制性审核，"
                    "方法又作了两点调整：一是把稳定达标排放作为审核的首要目标；"
                    "二是把重点从无/低费方案转向中/高费方案，以技术改造为主要手段。</p><h3>"
                    "行业审核指南</h3><p>行业审核指南针对某一行业，介绍其技术水平和污染状况，"
                    "分析关键工序，列出可供选择的管理类和技术类方案，"
                    "帮助企业和审核人员较快地把握行业全貌。二十世纪九十年代编写了化工原料、"
                    "丝绸印染、电镀和酿造四个行业的首批指南，此后又陆续编写了水泥、宾馆、化肥、"
                    "钢铁、炼油等行业的指南，环境保护部门还启动了近百个行业审核指南的编制工作。"
                    "</p><h3>行业清洁生产标准</h3><p>2000年起，环境保护部门先在电镀、酿造、"
                    "造纸三个行业编制清洁生产标准，在此基础上形成了统一框架："
                    "三个等级（国际清洁生产先进水平、国内清洁生产先进水平、国内清洁生产基本水平）"
                    "和六类指标（生产工艺与装备要求、资源能源利用指标、产品指标、污染物产生指标、"
                    "废物回收利用指标、环境管理要求）。到2008年底，已发布42个行业的标准。</p><h3>"
                    "清洁生产评价指标体系</h3><p>由国家发展改革委组织编制，"
                    "对一个行业的企业进行打分定级。早期的指标体系由定量指标（能源消耗、资源消耗、"
                    "废物综合利用、污染物排放）和定性指标（产业政策符合性、清洁生产管理、"
                    "环境管理体系和达标情况）组成，"
                    "根据综合得分把企业评为“清洁生产先进企业”或“清洁生产企业”，已发布24个行业。"
                    "后来的指标体系改为一级、二级指标加权计分，按I、II、III级基准值定级。</p><h3>"
                    "重点行业清洁生产技术导向目录</h3><p>国家发展改革委2000年起组织编制，"
                    "分别于2000年、2003年和2006年发布三批，分别收录57项、56项和28项技术。"
                    "入选技术须经过生产实践检验，经济、环境和社会效益明显，"
                    "便于在本行业和相近行业推广。目录介绍技术的适用范围、主要内容以及投资和效益，"
                    "是推荐和审批清洁生产项目的技术依据。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["工具", "主要编制部门", "审核中的主要用途"],
                        ["七阶段审核方法", "在试点经验基础上形成", "组织审核工作的基本程序"],
                        ["行业审核指南", "环境保护部门", "了解行业工艺和污染特点，启发方案思路"],
                        ["行业清洁生产标准", "环境保护部门", "对标找差距，设定清洁生产目标"],
                        ["评价指标体系", "国家发展改革委", "评价企业清洁生产水平并定级"],
                        ["技术导向目录", "国家发展改革委", "寻找成熟的中/高费技术方案"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "技术支撑工具在审核中的用途",
                },
            ),
            ("heading", "人才从哪里来：教育和培训体系"),
            (
                "paragraph",
                (
                    "<p>法律要求教育主管部门把清洁生产技术和管理课程纳入高等教育、"
                    "职业教育和技术培训。目前，"
                    "开设环境类专业的高校中已有半数以上开设了清洁生产课程。</p><p>"
                    "在职业培训方面，全国清洁生产审核师培训班为期5天，重点讲授审核方法和技能，"
                    "学员来自科研院所、咨询机构、高等院校、企业和政府部门。截至2008年底，"
                    "全国共举办226期培训班，1.2万余人取得证书。各地也举办地方培训班，"
                    "为本地企业培养咨询力量。此外，还有面向政府工作人员的专题培训，"
                    "以及面向企业管理层、职工和社会公众的宣传活动，累计覆盖10万人以上。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "清洁生产标准的三个等级",
                    "definition": (
                        "行业清洁生产标准把企业水平分为三级：一级代表国际清洁生产先进水平，"
                        "二级代表国内清洁生产先进水平，三级代表国内清洁生产基本水平，"
                        "是标准的基本要求。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "审核人员想为印染企业寻找经过生产实践检验、可直接借鉴的成熟技术方案，"
                        "最应当查阅哪一类工具？"
                    ),
                    "options": [
                        {
                            "text": "重点行业清洁生产技术导向目录",
                            "correct": True,
                            "feedback": (
                                "正确。目录收录的技术都经过实践检验，并附有适用范围、"
                                "投资和效益分析，适合在方案产生阶段借鉴。"
                            ),
                        },
                        {
                            "text": "《重点企业清洁生产审核评估、验收实施指南（试行）》",
                            "correct": False,
                            "feedback": (
                                "这份指南规定的是主管部门如何评估和验收审核，不提供技术方案。"
                            ),
                        },
                        {
                            "text": "清洁生产专项资金管理办法",
                            "correct": False,
                            "feedback": (
                                "资金办法规定补助对象和项目类型，可用于融资，但不列出具体技术。"
                            ),
                        },
                        {
                            "text": "企业的排污许可证",
                            "correct": False,
                            "feedback": (
                                "排污许可证规定排放限值等要求，是确定达标目标的依据，"
                                "而不是技术方案的来源。"
                            ),
                        },
                    ],
                    "explanation": (
                        "技术导向目录和行业审核指南是方案产生阶段最常用的技术来源；"
                        "清洁生产标准和评价指标体系主要用于对标和设定目标；"
                        "评估验收指南则面向主管部门。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "The administrative and technical support systems",
        "summary": (
            "Who does what in promoting CP at national and local level, and the technical tools "
            "auditors rely on: the audit method, sector guidelines, CP standards, evaluation "
            "indicator systems, technology inventories and training."
        ),
        "body": [
            ("heading", "Who drives CP: the administrative system"),
            (
                "paragraph",
                (
                    "<p>After the CP Promotion Law took effect, China built its administrative "
                    "system for CP on the duties the law assigns. At national level three bodies "
                    "play the main roles, and the finance ministry provides funding:</p><ul><li>"
                    "<b>National Development and Reform Commission (NDRC):</b> as the "
                    "macro-economic planning body, it coordinates CP promotion nationwide. It "
                    "led the drafting of the CP Promotion Law, issued the audit measures jointly "
                    "with the environmental authority, organised the sector technology "
                    "inventories and the sector CP evaluation indicator systems, and ran CP "
                    "demonstration cities and public campaigns.</li><li><b>The environmental "
                    "ministry</b> (formerly SEPA, then the Ministry of Environmental Protection, "
                    "and since 2018 the Ministry of Ecology and Environment): the first body to "
                    "bring CP into China and to run enterprise audit pilots. Under the law it "
                    "supervises how CP is put into practice and promotes and regulates "
                    "compulsory audits of key enterprises. It issued the procedure rules for "
                    "compulsory audits and the assessment and acceptance guideline, and it "
                    "organises the sector CP standards and sector audit guidelines.</li><li><b>"
                    "Ministry of Industry and Information Technology (MIIT):</b> set up in 2008, "
                    "it drafts and implements CP policy for industry and the IT sector and helps "
                    "prepare national CP plans. Since industry is where most CP happens, MIIT's "
                    "role is central.</li><li><b>Ministry of Finance:</b> arranges and manages "
                    "the special CP funds and, with the other departments, sets the rules for "
                    "their use.</li></ul><p>At provincial, city and county level the "
                    "corresponding departments for development and reform, industry, ecology and "
                    "environment, and finance each do their part: they draw up and publish the "
                    "list of enterprises that must be audited, press those enterprises to act, "
                    "organise assessment and acceptance, and allocate local funds. Many places "
                    "also have a local CP centre or similar body that offers audit consulting "
                    "and training.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Why auditors need to know who does what",
                    "text": (
                        "<p>Who publishes the compulsory audit list, who receives the audit "
                        "report, who organises assessment and acceptance, and where to apply for "
                        "funds all depend on local arrangements. Before starting an audit, check "
                        "the exact requirements where the enterprise is located.</p>"
                    ),
                },
            ),
            ("heading", "What tools support the work: the technical support system"),
            (
                "paragraph",
                (
                    "<p>CP is a management task but above all a technical one. Over two decades "
                    "China has built a technical support system that combines lessons from "
                    "industrialised countries with the realities of a developing economy. Its "
                    "main tools are:</p><h3>The audit methodology</h3><p>Drawing on "
                    "international projects and domestic pilots, China settled on a seven-phase "
                    "audit: planning and organisation, pre-assessment, assessment, option "
                    "generation and screening, feasibility analysis, option implementation, and "
                    "sustaining CP. Almost every audit in China follows it. For compulsory "
                    "audits the method was adjusted in two ways: reliable compliance with "
                    "discharge standards became the first aim, and the emphasis moved from "
                    "no/low-cost options to mid/high-cost, technology-oriented ones.</p><h3>"
                    "Sector audit guidelines</h3><p>A sector guideline describes the technical "
                    "level and pollution profile of one industry, analyses its key process steps "
                    "and lists candidate management and technology options, so that an "
                    "enterprise and its auditors quickly see the whole picture. The first four, "
                    "for chemical raw materials, silk dyeing, electroplating and brewing, date "
                    "from the 1990s. Guidelines followed for cement, hotels, fertiliser, steel, "
                    "petroleum refining and more, and the environmental authority has launched "
                    "work on guidelines for nearly 100 sectors.</p><h3>Sector CP standards</h3>"
                    "<p>From 2000 the environmental authority wrote the first CP standards, for "
                    "electroplating, brewing, and pulp and paper. These set the common framework "
                    "of three levels (international advanced, domestic advanced and domestic "
                    "basic) and six indicator categories (production process and equipment, "
                    "resource and energy use, product, pollutant generation, waste recovery and "
                    "reuse, and environmental management). By the end of 2008 standards for 42 "
                    "sectors had been published.</p><h3>CP evaluation indicator systems</h3><p>"
                    "Organised by NDRC, these score and grade the enterprises of a sector. Early "
                    "systems combined quantitative indicators (energy use, resource use, waste "
                    "utilisation, pollutant emissions) with qualitative ones (compliance with "
                    "industrial policy, CP management, environmental management system and "
                    "compliance) and rated an enterprise as an Advanced CP Enterprise or a CP "
                    "Enterprise; 24 sectors were covered. Later systems use weighted first- and "
                    "second-level indicators scored against level I, II and III benchmarks.</p>"
                    "<h3>Technology inventories for key sectors</h3><p>NDRC published three "
                    "batches, in 2000, 2003 and 2006, listing 57, 56 and 28 technologies "
                    "respectively. Each technology had to be proven in production with clear "
                    "economic, environmental and social benefits and be easy to transfer within "
                    "its sector and to similar ones. Entries describe the scope, the technology "
                    "and its investment and returns, and authorities use them as a technical "
                    "basis when recommending and approving CP projects.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Tool", "Main issuer", "Main use in an audit"],
                        [
                            "Seven-phase audit method",
                            "Developed from pilot experience",
                            "The basic procedure for organising the audit",
                        ],
                        [
                            "Sector audit guidelines",
                            "Environmental authority",
                            "Understand the sector's processes and pollution; spark ideas",
                        ],
                        [
                            "Sector CP standards",
                            "Environmental authority",
                            "Benchmark the enterprise and set CP targets",
                        ],
                        [
                            "Evaluation indicator systems",
                            "NDRC",
                            "Score and grade the enterprise's CP level",
                        ],
                        [
                            "Technology inventories",
                            "NDRC",
                            "Find proven mid/high-cost technology options",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "How the technical tools are used in an audit",
                },
            ),
            ("heading", "Where the people come from: education and training"),
            (
                "paragraph",
                (
                    "<p>The law requires the education authorities to bring CP technology and "
                    "management into higher education, vocational education and technical "
                    "training. More than half of the universities that teach environmental "
                    "subjects now offer a CP course.</p><p>For professionals, the National "
                    "Training Course for CP Auditors runs for five days and concentrates on "
                    "audit methods and skills. Trainees come from research institutes, "
                    "consultancies, universities, enterprises and government. By the end of 2008 "
                    "there had been 226 courses and more than 12,000 people had been certified. "
                    "Local governments also run their own courses to build consulting capacity "
                    "for local enterprises. There is separate training for government officers, "
                    "and awareness campaigns for enterprise managers, workers and the public "
                    "have reached more than 100,000 people.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Three levels of a CP standard",
                    "definition": (
                        "Sector CP standards place an enterprise at one of three levels: level "
                        "1, international advanced CP; level 2, domestic advanced CP; level 3, "
                        "the basic domestic level, which is the minimum requirement of the "
                        "standard."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An auditor is looking for mature technology options, already proven in "
                        "production, for a dyeing company. Which tool should they consult first?"
                    ),
                    "options": [
                        {
                            "text": "The technology inventories for key sectors",
                            "correct": True,
                            "feedback": (
                                "Correct. The listed technologies are proven in practice and "
                                "come with scope, investment and benefit information, which is "
                                "just what option generation needs."
                            ),
                        },
                        {
                            "text": "The Guideline for Assessment and Acceptance of CP Audit",
                            "correct": False,
                            "feedback": (
                                "That guideline tells authorities how to assess and accept "
                                "audits; it does not offer technology options."
                            ),
                        },
                        {
                            "text": "The Management Measures for the Special CP Funds",
                            "correct": False,
                            "feedback": (
                                "These set who can receive subsidies and for which project "
                                "types. Useful for finance, but they list no technologies."
                            ),
                        },
                        {
                            "text": "The enterprise's discharge permit",
                            "correct": False,
                            "feedback": (
                                "The permit sets limits and so helps define compliance targets, "
                                "but it is not a source of technical options."
                            ),
                        },
                    ],
                    "explanation": (
                        "Technology inventories and sector audit guidelines are the usual "
                        "sources of options. CP standards and evaluation indicator systems are "
                        "for benchmarking and target setting, and the assessment and acceptance "
                        "guideline is written for the authorities."
                    ),
                },
            ),
        ],
    },
}

_VOLUNTARY_AND_COMPULSORY_AUDITS: dict = {
    "slug": "voluntary-and-compulsory-audits",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "自愿性审核、强制性审核与审核人员的职责",
        "summary": (
            "掌握强制性清洁生产审核的三类对象及其与自愿性审核的区别，理解审核人员在审核中的角色，"
            "以及为什么参与强制性审核的人员必须持证。"
        ),
        "body": [
            ("heading", "两种审核：自愿与强制"),
            (
                "paragraph",
                (
                    "<p>清洁生产审核是企业对自身生产和服务过程进行调查和诊断，找出能耗高、"
                    "物耗高、污染重的原因，提出并实施减少有毒有害物料使用、"
                    "降低能耗物耗和废物产生的方案的过程。按启动的原因不同，审核分为两种：</p><ul>"
                    "<li><b>自愿性审核</b>：企业出于降低成本、提升管理、"
                    "满足客户或市场要求等考虑，主动开展审核。国家鼓励各类企业自愿审核，并在资金、"
                    "表彰等方面给予支持。</li><li><b>强制性审核</b>："
                    "法律规定的特定企业必须开展的审核。主管部门确定并公布名单，"
                    "企业须在规定期限内开展审核，报告审核结果，并接受评估和验收。</li></ul><p>"
                    "两种审核使用同一套七阶段方法，但强制性审核的目的、重点和监督要求都更严格。"
                    "</p>"
                ),
            ),
            ("heading", "强制性审核的三类对象"),
            (
                "paragraph",
                (
                    "<p>2012年修正后的《清洁生产促进法》规定，"
                    "以下三类企业应当实施强制性清洁生产审核，业内常简称为“双超”“双有”和“高耗能”："
                    "</p><ol><li><b>“双超”企业</b>：污染物排放超过国家或地方规定的排放标准，"
                    "或者虽未超标，但超过重点污染物排放总量控制指标的企业；</li><li><b>"
                    "“双有”企业</b>：使用有毒有害原料进行生产，"
                    "或者在生产中排放有毒有害物质的企业；</li><li><b>“高耗能”企业</b>："
                    "超过单位产品能源消耗限额标准、构成高耗能的企业。这一类是2012年修法时新增的，"
                    "使强制审核从“减污”扩展到“降耗”。</li></ol><p>"
                    "前两类在2003年施行的法律中就已确立。之所以对这些企业采取强制手段，"
                    "是因为它们的问题最突出，单靠自愿行动难以在较短时间内解决；"
                    "通过审核推动技术改造和管理提升，可以帮助它们尽快稳定达到环境和能耗要求。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "强制性审核企业的其他法定义务",
                    "text": (
                        "<ul><li>按要求向主管部门报告审核结果，接受评估和验收；</li><li>"
                        "按照现行的企业环境信息依法披露规定，"
                        "实施强制性清洁生产审核的企业与重点排污单位一样，须依法披露环境信息，"
                        "包括审核的原因、实施情况和评估验收结果；年度报告应于次年3月15日前发布，"
                        "发生规定情形的须在5个工作日内发布临时报告；</li><li>不实施审核、"
                        "审核弄虚作假，或者不报告、不如实报告审核结果的，由主管部门责令限期改正，"
                        "拒不改正的依法处以罚款。</li></ul>"
                    ),
                },
            ),
            ("heading", "强制性审核在方法上的侧重"),
            (
                "table",
                {
                    "data": [
                        ["比较项", "自愿性审核", "强制性审核"],
                        ["启动原因", "企业自主决定", "列入主管部门公布的名单"],
                        [
                            "首要目标",
                            "节能、降耗、减污、增效",
                            "稳定达标排放或达到能耗限额，在此基础上持续改进",
                        ],
                        ["方案重点", "无/低费方案往往占多数", "以中/高费的技术类方案为重点"],
                        ["外部监督", "一般不要求报告", "报告审核结果，接受评估和验收"],
                        ["人员要求", "鼓励持证人员参与", "参与审核的人员须持有审核师证书"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "自愿性审核与强制性审核的比较",
                },
            ),
            (
                "paragraph",
                (
                    "<p>强制性审核有两个突出特点。第一，它首先要解决达标问题：对“双超”企业而言，"
                    "审核的出发点是让污染物排放稳定低于标准和总量指标，而不仅仅是“比过去少一些”；"
                    "对“高耗能”企业而言，则是让单位产品能耗降到限额以内。第二，"
                    "它强调中/高费方案。无/低费方案见效快，应当边审核边实施，"
                    "但仅靠加强管理通常解决不了超标或超限额的根本问题，"
                    "因此强制性审核要求把工艺和设备的技术改造作为重点，推动行业技术水平的提升。"
                    "这也是验收环节专门核实中/高费方案实际成效的原因。</p>"
                ),
            ),
            ("heading", "审核人员的角色和职业操守"),
            (
                "paragraph",
                (
                    "<p>审核人员可以来自咨询服务机构，也可以是企业内部审核小组的技术骨干。"
                    "无论哪种身份，在审核中都承担着几重角色：</p><ul><li><b>方法的组织者</b>："
                    "按照七个阶段安排工作，让企业各部门在正确的时间做正确的事；</li><li><b>"
                    "技术的诊断者</b>：设计监测方案，建立物料平衡、水平衡和能量平衡，"
                    "找出废物产生的原因；</li><li><b>方案的推动者</b>：启发员工提出方案，"
                    "组织筛选，并对中/高费方案做技术、环境和经济评估；</li><li><b>成果的记录者"
                    "</b>：如实记录数据和过程，编写审核报告，为评估和验收提供证据。</li></ul><p>"
                    "审核结论直接关系到企业的投资决策和政府的监管判断，"
                    "因此审核人员必须坚持实事求是：数据要有来源，测算要可复核，预期效益不能夸大，"
                    "发现的问题不能隐瞒。咨询机构和企业在审核中弄虚作假的，"
                    "都要承担相应的法律责任。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "为什么人人都要持证",
                    "text": (
                        "<p>生态环境主管部门要求，"
                        "凡参与强制性清洁生产审核的人员都须参加全国清洁生产审核师培训班并取得证书"
                        "，而不只是审核组组长。原因在于审核的每个环节都影响结论的可信度："
                        "测量方案设计不当，物料平衡就失去意义；经济评估方法用错，"
                        "方案取舍就会失误。证书证明持证人系统掌握了审核方法。在本平台上，"
                        "审核报告列出的审核组成员都可以通过证书核验页面逐一查验，"
                        "主管部门在评估时也会核对。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "单位产品能源消耗限额标准",
                    "definition": (
                        "对生产单位产品所允许消耗的能源量规定上限的标准。"
                        "企业单位产品能耗超过限额、构成高耗能的，"
                        "2012年修法后须实施强制性清洁生产审核。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某化工企业各项污染物均稳定达标，也没有使用有毒有害原料，"
                        "但其主要产品的单位产品综合能耗超过了国家限额标准。"
                        "该企业是否须实施强制性清洁生产审核？"
                    ),
                    "options": [
                        {
                            "text": "不需要，因为污染物排放全部达标",
                            "correct": False,
                            "feedback": (
                                "不对。达标只说明不属于“双超”；2012年修法后，"
                                "超过能耗限额的企业同样属于强制审核对象。"
                            ),
                        },
                        {
                            "text": "需要，属于超过单位产品能耗限额标准的“高耗能”企业",
                            "correct": True,
                            "feedback": (
                                "正确。2012年修正的法律把构成高耗能的企业纳入强制性审核范围。"
                            ),
                        },
                        {
                            "text": "需要，属于“双有”企业",
                            "correct": False,
                            "feedback": (
                                "不对。“双有”指使用或排放有毒有害物质，本题中企业并不涉及。"
                            ),
                        },
                        {
                            "text": "只有企业自愿申请时才需要",
                            "correct": False,
                            "feedback": "不对。强制性审核由法律规定，不以企业是否自愿为前提。",
                        },
                    ],
                    "explanation": (
                        "三类强制审核对象相互独立，满足任何一类即须开展审核：超标或超总量排放、"
                        "使用或排放有毒有害物质、超过单位产品能耗限额标准。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Voluntary and compulsory audits, and the auditor's role",
        "summary": (
            "The three groups of enterprises that must be audited and how a compulsory audit "
            "differs from a voluntary one; what auditors do during an audit, and why everyone "
            "working on a compulsory audit must hold the certificate."
        ),
        "body": [
            ("heading", "Two kinds of audit: voluntary and compulsory"),
            (
                "paragraph",
                (
                    "<p>A CP audit is a structured investigation and diagnosis of an "
                    "enterprise's own production or service processes. It finds out why energy "
                    "use, material use or pollution is high, and then develops and implements "
                    "options that reduce the use of toxic and hazardous materials, cut energy "
                    "and material consumption and reduce waste. Depending on what starts it, an "
                    "audit is one of two kinds:</p><ul><li><b>Voluntary audit:</b> the "
                    "enterprise chooses to audit itself to cut costs, improve management or meet "
                    "customer or market expectations. The state encourages voluntary audits and "
                    "supports them with funding and public recognition.</li><li><b>Compulsory "
                    "audit:</b> an audit that certain enterprises must carry out by law. The "
                    "authorities decide and publish a list; listed enterprises must audit within "
                    "a set period, report the results and go through assessment and acceptance."
                    "</li></ul><p>Both use the same seven-phase method, but a compulsory audit "
                    "has a tighter purpose, a different emphasis and stricter oversight.</p>"
                ),
            ),
            ("heading", "The three groups that must be audited"),
            (
                "paragraph",
                (
                    "<p>Under the CP Promotion Law as revised in 2012, three groups of "
                    "enterprises must carry out a compulsory CP audit:</p><ol><li><b>Exceeding "
                    "standards or totals:</b> enterprises whose discharges exceed national or "
                    "local discharge standards, or which meet the standards but exceed their "
                    "total-volume control targets for key pollutants;</li><li><b>Toxic or "
                    "hazardous substances:</b> enterprises that use toxic or hazardous raw "
                    "materials in production, or release toxic or hazardous substances during "
                    "production;</li><li><b>Energy-intensive:</b> enterprises whose energy use "
                    "per unit of product exceeds the applicable consumption limit. This group "
                    "was added in 2012 and extended compulsory audits from cutting pollution to "
                    "saving energy.</li></ol><p>The first two groups were already in the law "
                    "that took effect in 2003. These enterprises are compelled because their "
                    "problems are the most serious and voluntary action alone is unlikely to "
                    "solve them soon. An audit that drives technical upgrades and better "
                    "management helps them meet environmental and energy requirements reliably "
                    "and quickly.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "Other legal duties of audited enterprises",
                    "text": (
                        "<ul><li>Report the audit results to the authorities and go through "
                        "assessment and acceptance.</li><li>Under the current rules on "
                        "environmental information disclosure, enterprises under a compulsory CP "
                        "audit must disclose, as key dischargers must, including why they were "
                        "audited, how the audit went and the assessment and acceptance results. "
                        "The annual report is due by 15 March of the following year, and an "
                        "ad-hoc report is due within 5 working days of a triggering event.</li>"
                        "<li>An enterprise that does not audit, falsifies an audit, or fails to "
                        "report or misreports its results is ordered to correct this within a "
                        "deadline and fined if it does not.</li></ul>"
                    ),
                },
            ),
            ("heading", "What a compulsory audit emphasises"),
            (
                "table",
                {
                    "data": [
                        ["Aspect", "Voluntary audit", "Compulsory audit"],
                        [
                            "What starts it",
                            "The enterprise decides",
                            "Inclusion on the authorities' list",
                        ],
                        [
                            "First aim",
                            "Save energy and materials, cut pollution, raise efficiency",
                            (
                                "Reliable compliance with discharge or energy limits, then "
                                "further improvement"
                            ),
                        ],
                        [
                            "Focus of options",
                            "Often mostly no/low-cost options",
                            "Mid/high-cost, technology-oriented options",
                        ],
                        [
                            "External oversight",
                            "Reporting not usually required",
                            "Results reported; assessment and acceptance",
                        ],
                        [
                            "Staff requirement",
                            "Certified auditors encouraged",
                            "Everyone working on the audit must hold the auditor certificate",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Voluntary and compulsory audits compared",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Two features stand out in a compulsory audit. First, it must fix "
                    "compliance. For an enterprise exceeding standards or totals, the starting "
                    "point is to keep discharges reliably below the standards and the "
                    "total-volume targets, not merely to discharge a little less than before; "
                    "for an energy-intensive enterprise, it is to bring energy use per unit of "
                    "product below the limit. Second, it stresses mid/high-cost options. "
                    "No/low-cost options pay back quickly and should be put in place while the "
                    "audit is still running, but better housekeeping alone rarely cures a "
                    "standing exceedance. A compulsory audit therefore concentrates on upgrading "
                    "processes and equipment, which also raises the technical level of the "
                    "sector. That is why acceptance specifically verifies the actual results of "
                    "the mid/high-cost options.</p>"
                ),
            ),
            ("heading", "The auditor's role and professional ethics"),
            (
                "paragraph",
                (
                    "<p>Auditors may work for a consultancy or be engineers on the enterprise's "
                    "own audit team. Either way they play several roles during the audit:</p><ul>"
                    "<li><b>Organiser of the method:</b> plan the work phase by phase so that "
                    "each department does the right thing at the right time;</li><li><b>"
                    "Technical diagnostician:</b> design the measurement plan, build the "
                    "material, water and energy balances and find out why wastes arise;</li><li>"
                    "<b>Driver of options:</b> draw ideas out of the workforce, organise "
                    "screening, and evaluate mid/high-cost options technically, environmentally "
                    "and economically;</li><li><b>Keeper of the record:</b> record data and "
                    "process faithfully and write the audit report that serves as evidence for "
                    "assessment and acceptance.</li></ul><p>Audit conclusions shape the "
                    "enterprise's investment decisions and the authorities' regulatory "
                    "judgements, so auditors must stick to the facts. Every figure needs a "
                    "source, every calculation must be checkable, expected benefits must not be "
                    "inflated and problems found must not be hidden. Consultancies and "
                    "enterprises that falsify audits are both legally liable.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Why everyone needs the certificate",
                    "text": (
                        "<p>The environmental authorities require everyone who works on a "
                        "compulsory CP audit, not only the team leader, to attend the National "
                        "Training Course for CP Auditors and obtain the certificate. Every step "
                        "affects how far the conclusions can be trusted: a poorly designed "
                        "measurement plan makes the material balance meaningless, and a wrong "
                        "economic method leads to the wrong options being chosen. The "
                        "certificate shows that its holder has learned the whole method. On this "
                        "platform, each member of the audit team named in an audit report can be "
                        "checked on the certificate verification page, and the authorities check "
                        "this during assessment.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Energy consumption limit per unit of product",
                    "definition": (
                        "A standard that sets the maximum energy that may be used to make one "
                        "unit of a product. Since the 2012 revision of the law, an enterprise "
                        "that exceeds the limit and so counts as energy-intensive must carry out "
                        "a compulsory CP audit."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "A chemical plant meets all its discharge standards and uses no toxic or "
                        "hazardous raw materials, but its main product uses more energy per "
                        "tonne than the national limit allows. Must it carry out a compulsory CP "
                        "audit?"
                    ),
                    "options": [
                        {
                            "text": "No, because all its discharges comply",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Compliance only rules out the first group. Since "
                                "2012, exceeding an energy-use limit per unit of product is a "
                                "trigger in its own right."
                            ),
                        },
                        {
                            "text": (
                                "Yes, as an energy-intensive enterprise exceeding the limit per "
                                "unit of product"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. The 2012 revision added energy-intensive enterprises "
                                "to the compulsory audit groups."
                            ),
                        },
                        {
                            "text": (
                                "Yes, because it uses or releases toxic or hazardous substances"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The question says the plant is not in that group."
                            ),
                        },
                        {
                            "text": "Only if the plant volunteers",
                            "correct": False,
                            "feedback": (
                                "Incorrect. A compulsory audit is required by law and does not "
                                "depend on the enterprise's wishes."
                            ),
                        },
                    ],
                    "explanation": (
                        "The three triggers are independent, and meeting any one of them is "
                        "enough: exceeding discharge standards or totals, using or releasing "
                        "toxic or hazardous substances, or exceeding the energy limit per unit "
                        "of product."
                    ),
                },
            ),
        ],
    },
}

_PHASE_1_PLANNING_AND_ORGANISATION: dict = {
    "slug": "phase-1-planning-and-organisation",
    "estimated_minutes": 40,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第一阶段：筹划和组织",
        "summary": (
            "审核能否成功，很大程度上取决于开头。本课讲解如何取得领导支持、组建审核小组、"
            "制订工作计划、开展宣传培训，以及如何克服常见障碍。"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>筹划和组织是审核的第一个阶段，也是打基础的阶段。"
                    "它的任务可以概括为四件事：取得企业高层领导的支持和参与，组建审核小组，"
                    "制订审核工作计划，开展宣传动员和培训。这些工作看起来都是“软”的，"
                    "却决定了后面几个阶段能否顺利推进。许多审核半途而废或流于形式，"
                    "问题往往出在这里：领导只是口头同意，审核小组成员抽不出时间，"
                    "车间职工认为审核与自己无关。</p>"
                ),
            ),
            ("heading", "取得领导的支持和参与"),
            (
                "paragraph",
                (
                    "<p>审核要调动生产、技术、设备、财务等多个部门，要占用人员和时间，"
                    "后期还可能需要投资，没有最高管理层的决心是做不成的。"
                    "审核人员向企业领导介绍审核时，应当讲清楚以下几点：</p><ul><li><b>"
                    "经济上的好处</b>：审核往往能发现大量无/低费方案，减少原料、水和能源的浪费，"
                    "直接降低生产成本；</li><li><b>环境和合规上的好处</b>：从源头减少污染物，"
                    "减轻末端治理负担，对于强制性审核企业，更是稳定达标、通过评估验收的必由之路；"
                    "</li><li><b>管理上的好处</b>：通过审核建立起计量、记录和考核制度，"
                    "提升整体管理水平；</li><li><b>需要企业投入什么</b>：人员、时间、监测费用，"
                    "以及未来方案实施所需的资金。</li></ul><p>领导的支持要落到实处。"
                    "比较好的做法是由企业正式发文启动审核，明确审核的目的、范围、"
                    "组织机构和时间安排，并在动员大会上由主要领导亲自讲话。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "警惕“挂名式”支持",
                    "text": (
                        "<p>如果审核小组组长由没有决策权的人员担任，"
                        "或者领导同意启动审核后再不过问，"
                        "审核很容易在需要跨部门协调或需要投资时卡住。"
                        "审核人员应当争取领导在关键节点亲自参与，例如审核重点的确定、"
                        "中/高费方案的决策和审核报告的审定。</p>"
                    ),
                },
            ),
            ("heading", "组建审核小组"),
            (
                "paragraph",
                (
                    "<p>审核小组是审核工作的执行机构。组长一般由企业主管生产或技术的副总经理、"
                    "总工程师等有决策权、熟悉全厂情况的人担任；成员应覆盖与审核相关的各个部门。"
                    "中型企业的审核小组一般有五到十人，"
                    "大型企业可以在总体小组之下按车间设立工作小组。外部咨询人员作为小组成员，"
                    "主要在方法和技术上提供指导，但不能代替企业人员，因为真正熟悉工艺、掌握数据、"
                    "将来负责实施方案的是企业自己的人。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["成员", "主要职责"],
                        [
                            "组长（主管生产或技术的企业领导）",
                            "统筹审核工作，协调各部门，对方案实施作出决策",
                        ],
                        [
                            "生产和工艺技术人员",
                            "提供工艺资料，参与现场考察、实测和平衡分析，提出技术方案",
                        ],
                        ["设备和能源管理人员", "掌握设备状况和能源计量，分析设备和能耗方面的原因"],
                        [
                            "环保和安全管理人员",
                            "提供排污和监测资料，把握达标和有毒有害物质管理要求",
                        ],
                        ["财务人员", "提供成本和价格数据，参与方案的经济评估"],
                        ["外部审核人员（持证）", "指导审核方法，审查数据和测算，参与报告编写"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "审核小组的典型构成和职责",
                },
            ),
            ("heading", "制订工作计划，开展宣传培训"),
            (
                "paragraph",
                (
                    "<p>工作计划要把七个阶段分解为具体任务，明确每项任务的负责人、"
                    "起止时间和产出。企业规模和工艺复杂程度不同，"
                    "一轮完整的审核通常需要数月到一年。制订计划时要注意几点："
                    "实测工作要避开停产检修等非正常工况；"
                    "可行性分析要留出向设备供应商询价和与财务部门核对数据的时间；"
                    "中/高费方案的实施周期较长，应在计划中单独列出。</p><p>"
                    "宣传动员的目的是让全体职工了解审核是什么、为什么要做、自己能做什么。"
                    "常用的方式有动员大会、宣传栏、内部简报和合理化建议箱。培训分两个层次："
                    "对审核小组，系统讲授审核方法和工具；对车间职工，"
                    "重点讲清楚身边的浪费和改进的机会，鼓励他们提出建议。"
                    "一线职工最了解哪里跑冒滴漏，他们的建议往往就是最好的无/低费方案。</p>"
                ),
            ),
            ("heading", "识别和克服障碍"),
            (
                "table",
                {
                    "data": [
                        ["障碍类型", "常见表现", "应对办法"],
                        [
                            "观念障碍",
                            "“我们已经达标了，没必要审核”；“清洁生产就是搞环保”",
                            "用本企业的物料流失和成本数据说话，展示同行的成功经验",
                        ],
                        [
                            "组织障碍",
                            "部门之间推诿，小组成员没有时间",
                            "正式发文明确职责，把审核任务纳入绩效考核",
                        ],
                        [
                            "技术障碍",
                            "缺少计量仪表和历史数据，不了解先进技术",
                            "补装计量器具，组织实测，查阅行业指南和技术目录",
                        ],
                        [
                            "经济障碍",
                            "担心投资大、回收慢",
                            "先实施无/低费方案积累收益，用规范的经济评估支持决策，争取专项资金",
                        ],
                        [
                            "心理障碍",
                            "怕暴露问题、被追究责任",
                            "强调审核的目的是改进而不是追责，对提出问题的人给予鼓励",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "审核中常见的障碍和应对办法",
                },
            ),
            (
                "glossary",
                {
                    "term": "审核小组",
                    "definition": (
                        "企业为开展清洁生产审核而设立的工作机构，由企业领导任组长，成员来自生产、"
                        "技术、设备、能源、环保、财务等部门，必要时吸收外部审核人员参加，"
                        "负责审核全过程的组织、实施和报告编写。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业的审核小组组长由环保科的一名科员担任，其他成员都来自环保科。"
                        "这种安排最可能带来什么问题？"
                    ),
                    "options": [
                        {
                            "text": "没有问题，清洁生产本来就是环保部门的工作",
                            "correct": False,
                            "feedback": (
                                "不对。清洁生产着眼于生产全过程，需要生产、技术、设备、"
                                "财务等部门共同参与。"
                            ),
                        },
                        {
                            "text": (
                                "审核缺乏决策权威和跨部门参与，难以掌握工艺数据，也难以推动方案实施"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。组长缺少决策权、成员来源单一，是审核流于形式的常见原因。"
                            ),
                        },
                        {
                            "text": "审核小组人数太少，违反了法律对小组规模的规定",
                            "correct": False,
                            "feedback": (
                                "不对。法律没有规定小组的具体人数，问题在于构成和权威，"
                                "而不在于人数本身。"
                            ),
                        },
                        {
                            "text": "只要聘请外部咨询人员就可以弥补",
                            "correct": False,
                            "feedback": (
                                "不对。外部人员可以指导方法，但不能替代企业内部熟悉工艺、"
                                "负责实施的人员和领导决策。"
                            ),
                        },
                    ],
                    "explanation": (
                        "审核小组应由有决策权的企业领导任组长，成员覆盖相关部门，"
                        "外部审核人员提供方法支持，三者缺一不可。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 1: planning and organisation",
        "summary": (
            "Whether an audit succeeds depends a great deal on how it starts. This lesson covers "
            "winning management commitment, forming the audit team, drawing up the work plan, "
            "raising awareness and training staff, and overcoming common barriers."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Planning and organisation is the first phase of the audit and lays its "
                    "foundations. It has four tasks: win the support and involvement of top "
                    "management, form the audit team, draw up the audit work plan, and raise "
                    "awareness and train staff. These may look like soft tasks, but they decide "
                    "whether the later phases move forward. Many audits that stall or become a "
                    "paper exercise fail here: the managers agreed only in words, team members "
                    "had no time, and shop-floor workers thought the audit had nothing to do "
                    "with them.</p>"
                ),
            ),
            ("heading", "Winning management commitment"),
            (
                "paragraph",
                (
                    "<p>An audit draws on production, technical, maintenance, finance and other "
                    "departments, takes people's time and may later need investment. Without "
                    "determination at the top it will not work. When presenting the audit to "
                    "senior managers, auditors should make these points clear:</p><ul><li><b>"
                    "Economic benefits:</b> audits usually uncover many no/low-cost options that "
                    "cut waste of raw materials, water and energy and reduce production costs "
                    "directly;</li><li><b>Environmental and compliance benefits:</b> pollution "
                    "is reduced at the source and the load on treatment plants falls; for an "
                    "enterprise under a compulsory audit this is the route to reliable "
                    "compliance and to passing assessment and acceptance;</li><li><b>Management "
                    "benefits:</b> the audit sets up metering, record keeping and performance "
                    "review, lifting the general standard of management;</li><li><b>What the "
                    "enterprise must put in:</b> people, time, measurement costs and, later, "
                    "money to implement options.</li></ul><p>Commitment must be real. A good "
                    "practice is for the enterprise to launch the audit with a formal internal "
                    "notice that states its purpose, scope, organisation and timetable, and for "
                    "the top manager to speak in person at the launch meeting.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Beware of commitment in name only",
                    "text": (
                        "<p>If the team leader has no authority to decide, or managers approve "
                        "the audit and then lose interest, the audit tends to stall as soon as "
                        "departments must cooperate or money must be spent. Auditors should ask "
                        "managers to take part in person at the key points: choosing the audit "
                        "focus, deciding on mid/high-cost options and approving the audit "
                        "report.</p>"
                    ),
                },
            ),
            ("heading", "Forming the audit team"),
            (
                "paragraph",
                (
                    "<p>The audit team does the work. Its leader is normally a deputy general "
                    "manager or chief engineer responsible for production or technology: someone "
                    "with authority to decide who knows the whole plant. Members should come "
                    "from every department involved. A medium-sized enterprise usually has a "
                    "team of five to ten; a large one may set up working groups for individual "
                    "workshops under a core team. External consultants join the team to guide "
                    "the method and the technical work, but they cannot replace the enterprise's "
                    "own staff, who know the process, hold the data and will have to carry out "
                    "the options.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Member", "Main duties"],
                        [
                            "Leader (senior manager for production or technology)",
                            (
                                "Directs the audit, coordinates departments, decides on "
                                "implementing options"
                            ),
                        ],
                        [
                            "Production and process engineers",
                            (
                                "Provide process data; join site visits, measurements and "
                                "balances; propose technical options"
                            ),
                        ],
                        [
                            "Equipment and energy managers",
                            (
                                "Know equipment condition and energy metering; analyse equipment "
                                "and energy causes"
                            ),
                        ],
                        [
                            "Environment and safety staff",
                            (
                                "Provide discharge and monitoring data; cover compliance and "
                                "hazardous substances"
                            ),
                        ],
                        [
                            "Finance staff",
                            "Provide cost and price data; take part in economic evaluation",
                        ],
                        [
                            "External auditors (certified)",
                            "Guide the method, review data and calculations, help write the report",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Typical make-up and duties of the audit team",
                },
            ),
            ("heading", "Drawing up the work plan, raising awareness and training"),
            (
                "paragraph",
                (
                    "<p>The work plan breaks the seven phases into concrete tasks, each with an "
                    "owner, start and end dates and an output. Depending on the size and "
                    "complexity of the enterprise, a full audit round usually takes from several "
                    "months to a year. When planning, schedule measurement campaigns away from "
                    "shutdowns and other abnormal operation; allow time in the feasibility phase "
                    "for supplier quotations and for checking figures with the finance "
                    "department; and list the implementation of mid/high-cost options "
                    "separately, since it takes longer.</p><p>Awareness raising makes sure every "
                    "employee knows what the audit is, why it is being done and what they can "
                    "contribute. Launch meetings, notice boards, internal newsletters and "
                    "suggestion boxes are the usual tools. Training has two levels: the audit "
                    "team learns the method and tools in depth, while shop-floor staff learn to "
                    "see the waste around them and are encouraged to suggest improvements. "
                    "Front-line workers know best where the leaks and spills are, and their "
                    "ideas are often the best no/low-cost options.</p>"
                ),
            ),
            ("heading", "Recognising and overcoming barriers"),
            (
                "table",
                {
                    "data": [
                        ["Type of barrier", "Typical symptom", "How to respond"],
                        [
                            "Attitude",
                            "'We already comply, so why audit?' 'CP is just environmental work.'",
                            (
                                "Use the enterprise's own loss and cost figures; show results "
                                "from peers"
                            ),
                        ],
                        [
                            "Organisation",
                            "Departments pass the buck; team members have no time",
                            (
                                "Assign duties by formal notice; include audit tasks in "
                                "performance reviews"
                            ),
                        ],
                        [
                            "Technical",
                            (
                                "Few meters, little historical data, little knowledge of better "
                                "technology"
                            ),
                            (
                                "Add meters, run measurement campaigns, use sector guidelines "
                                "and technology inventories"
                            ),
                        ],
                        [
                            "Economic",
                            "Fear of large investment and slow payback",
                            (
                                "Start with no/low-cost options to build savings; support "
                                "decisions with sound economic evaluation; apply for special "
                                "funds"
                            ),
                        ],
                        [
                            "Psychological",
                            "Fear of exposing problems and being blamed",
                            (
                                "Stress that the aim is improvement, not blame; reward people "
                                "who raise problems"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Common barriers to an audit and how to deal with them",
                },
            ),
            (
                "glossary",
                {
                    "term": "Audit team",
                    "definition": (
                        "The working group an enterprise sets up to carry out a CP audit. It is "
                        "led by a senior manager, draws members from production, technology, "
                        "equipment, energy, environment and finance, and may include external "
                        "auditors. It organises and carries out the whole audit and writes the "
                        "report."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "In one enterprise the audit team leader is a junior officer from the "
                        "environment section, and all other members also come from that section. "
                        "What problem is this most likely to cause?"
                    ),
                    "options": [
                        {
                            "text": "None; CP is the environment section's job anyway",
                            "correct": False,
                            "feedback": (
                                "Incorrect. CP looks at the whole production process and needs "
                                "production, technical, equipment and finance staff as well."
                            ),
                        },
                        {
                            "text": (
                                "The audit lacks authority and cross-department input, so "
                                "process data are hard to obtain and options hard to implement"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. A leader without authority and a one-department team "
                                "are common reasons why audits become a paper exercise."
                            ),
                        },
                        {
                            "text": "The team is too small and breaks a legal rule on team size",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The law sets no team size. The problem is the team's "
                                "make-up and authority, not its headcount."
                            ),
                        },
                        {
                            "text": "Hiring an external consultant will fix it",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Consultants guide the method but cannot replace "
                                "in-house process knowledge, responsibility for implementation "
                                "or management decisions."
                            ),
                        },
                    ],
                    "explanation": (
                        "A sound audit team has a senior manager with authority as leader, "
                        "members from all relevant departments, and external auditors for "
                        "methodological support. All three are needed."
                    ),
                },
            ),
        ],
    },
}

_PHASE_2_PRE_ASSESSMENT: dict = {
    "slug": "phase-2-pre-assessment",
    "estimated_minutes": 55,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第二阶段：预评估",
        "summary": (
            "预评估从全厂着眼，摸清现状、发现问题、确定审核重点并设定清洁生产目标。"
            "本课包含一个用权重总和计分排序法确定审核重点的算例。"
        ),
        "body": [
            ("heading", "预评估的任务"),
            (
                "paragraph",
                (
                    "<p>预评估是审核的第二个阶段。筹划和组织解决了“谁来做、怎么组织”的问题，"
                    "预评估则要回答“问题在哪里、先抓什么”。它从全厂的角度出发，"
                    "通过资料调研和现场考察摸清企业的生产和污染现状，找出主要问题，"
                    "从中确定本轮审核的重点，设定清洁生产目标，"
                    "并把发现的无/低费方案及时付诸实施。</p>"
                ),
            ),
            ("heading", "现状调研和现场考察"),
            (
                "paragraph",
                (
                    "<p><b>现状调研</b>以收集和整理资料为主，通常回溯近三年的数据，内容包括：</p>"
                    "<ul><li>企业概况：产品种类、产量、生产规模、组织机构、"
                    "主要生产工序和工艺流程；</li><li>输入情况：主要原辅材料、水和能源的种类、"
                    "用量和单耗，以及计量仪表的配备情况；</li><li>环境状况：废水、废气、"
                    "固体废物的产生和排放情况，监测数据和达标情况，排污许可要求，"
                    "治理设施的运行情况，有毒有害物质的使用和排放；</li><li>管理状况："
                    "岗位责任制、操作规程、设备维护、原料和成品的储存管理等。</li></ul><p>"
                    "把企业的单位产品物耗、能耗、水耗和产污量与行业清洁生产标准、"
                    "评价指标体系或同行先进水平对比，就能初步看出差距在哪里。</p><p><b>现场考察"
                    "</b>要沿着物料的流向，从原料进厂、储存、投料、各生产工序，"
                    "一直走到成品包装和废物排放口。考察时重点留意：跑冒滴漏，设备空转和长流水，"
                    "保温破损，物料露天堆放，计量缺失，实际操作与规程不一致的地方。"
                    "要多向操作工请教，有条件的还应在夜班和交接班时段抽查，"
                    "因为这些时段往往是管理最松的时候。现场发现的问题要拍照、记录，"
                    "作为后续分析的依据。</p>"
                ),
            ),
            ("heading", "确定审核重点"),
            (
                "paragraph",
                (
                    "<p>一个企业的问题往往很多，一轮审核不可能面面俱到。"
                    "审核重点就是本轮审核集中力量深入分析的对象，通常是某个车间、工段、"
                    "生产线或某种物料、某种污染物。先根据调研和考察结果列出若干备选审核重点，"
                    "一般考虑以下几类部位：污染物产生量大、排放超标或超总量的部位；物耗、能耗、"
                    "水耗高的部位；使用或排放有毒有害物质的部位；公众反映强烈的环境问题所在部位；"
                    "明显存在改进潜力的部位。</p><p>备选部位较少、差别明显时，"
                    "可以用简单比较法直接确定。备选部位较多、各有长短时，常用<b>"
                    "权重总和计分排序法</b>：审核小组先确定若干评价因素并赋予权重（通常取1至10，"
                    "越重要权重越高），再对每个备选部位逐项打分（1至10分），"
                    "每项得分乘以权重后相加，总分最高者即为审核重点。</p><p>对于强制性审核，"
                    "导致超标、超总量、使用或排放有毒有害物质、"
                    "超过能耗限额的部位必须列为备选重点，并且一般应当成为本轮审核的重点。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["评价因素", "权重W", "前处理工段", "染色工段", "印花工段", "后整理工段"],
                        ["废水量及污染物负荷", "10", "8（80）", "9（90）", "5（50）", "3（30）"],
                        ["水、能源和染化料消耗", "9", "7（63）", "9（81）", "5（45）", "7（63）"],
                        [
                            "环境代价（废物毒性和处理难度）",
                            "8",
                            "6（48）",
                            "8（64）",
                            "7（56）",
                            "3（24）",
                        ],
                        ["清洁生产潜力", "6", "6（36）", "8（48）", "6（36）", "5（30）"],
                        ["车间积极性", "3", "6（18）", "7（21）", "5（15）", "8（24）"],
                        ["总分ΣW×R", "—", "245", "304", "202", "171"],
                        ["排序", "—", "2", "1", "3", "4"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "示例：某印染企业用权重总和计分排序法确定审核重点（括号内为W×R）"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "算例解读（教学示例）",
                    "text": (
                        "<p>以染色工段为例：10×9＋9×9＋8×8＋6×8＋3×7＝90＋81＋64＋48＋21＝304分，"
                        "在四个备选部位中最高，因此确定为审核重点。前处理工段以245分排第二，"
                        "可作为下一轮审核的重点。打分时应由审核小组集体讨论，打分依据（如废水量、"
                        "单耗数据）应记录在案，以便评估时复核。</p>"
                    ),
                },
            ),
            ("heading", "设定清洁生产目标"),
            (
                "paragraph",
                (
                    "<p>确定审核重点后，要为其设定清洁生产目标。好的目标应当具体、可量化、"
                    "经过努力可以实现，并有明确的时限。目标一般分为近期目标（本轮审核结束时实现）"
                    "和中长期目标（需要中/高费方案实施后实现）。设定目标的依据包括："
                    "行业清洁生产标准和评价指标体系中的基准值，国内外同行先进水平，"
                    "企业历史最好水平，以及排放标准、总量指标或能耗限额等法定要求。"
                    "强制性审核的目标首先必须满足法定要求。</p><p>以上述印染企业为例（示例数据）"
                    "，预评估时根据水表和蒸汽流量计的月度记录，染色工段每吨织物消耗新鲜水约50吨、"
                    "蒸汽约3.0吨。审核小组对照行业先进水平，提出近期目标："
                    "单位产品新鲜水耗降低10%，即降到45吨/吨以下；中长期目标：新鲜水耗降低20%、"
                    "降到40吨/吨以下，蒸汽消耗降低15%、降到2.55吨/吨以下。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "边审核边实施无/低费方案",
                    "text": (
                        "<p>预评估中常常会发现一些显而易见、投入很少的改进机会，例如关紧长流水、"
                        "修复漏汽阀门、给蒸汽管道补上保温、加装水表、规范化料称量。"
                        "这类无/低费方案不必等到第四阶段，应当“边审核、边实施”，"
                        "并记录实施前后的数据。这样做既能尽早见到效益，"
                        "也能让领导和职工看到审核的价值，为后续工作赢得支持。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "审核重点",
                    "definition": (
                        "本轮清洁生产审核集中力量进行深入分析和改进的对象，可以是车间、工段、"
                        "生产线、设备，也可以是某种物料或污染物。"
                        "它在预评估阶段从备选审核重点中确定。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "沿用示例表中的权重（10、9、8、6、3），某备选部位的五项得分依次为7、8、"
                        "6、7、5。它的权重总分是多少？"
                    ),
                    "options": [
                        {
                            "text": "33分",
                            "correct": False,
                            "feedback": "不对。33分是五项得分的简单相加，没有乘以权重。",
                        },
                        {
                            "text": "247分",
                            "correct": True,
                            "feedback": "正确。10×7＋9×8＋8×6＋6×7＋3×5＝70＋72＋48＋42＋15＝247。",
                        },
                        {
                            "text": "232分",
                            "correct": False,
                            "feedback": "不对。232分漏算了最后一项车间积极性（3×5＝15分）。",
                        },
                        {
                            "text": "304分",
                            "correct": False,
                            "feedback": "不对。304分是示例中染色工段的总分，与本题的得分不同。",
                        },
                    ],
                    "explanation": (
                        "权重总和计分排序法的总分等于各评价因素的权重与得分乘积之和。"
                        "该部位得247分，低于染色工段的304分，也略高于前处理工段的245分。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 2: pre-assessment",
        "summary": (
            "Pre-assessment looks at the whole plant to establish the current situation, find "
            "the main problems, choose the audit focus and set CP targets. It includes a worked "
            "example of choosing the audit focus by weighted-sum ranking."
        ),
        "body": [
            ("heading", "What pre-assessment is for"),
            (
                "paragraph",
                (
                    "<p>Pre-assessment is the second phase of the audit. Planning and "
                    "organisation settled who does the work and how it is organised; "
                    "pre-assessment asks where the problems are and what to tackle first. "
                    "Looking at the whole plant, it uses records and a site walk-through to "
                    "establish how production and pollution stand, identifies the main problems, "
                    "chooses the focus of this audit round, sets CP targets and puts the "
                    "no/low-cost options found along the way into practice without delay.</p>"
                ),
            ),
            ("heading", "Enterprise survey and site walk-through"),
            (
                "paragraph",
                (
                    "<p>The <b>enterprise survey</b> collects and organises existing "
                    "information, usually covering the last three years:</p><ul><li>the "
                    "enterprise: products, output, capacity, organisation, main process steps "
                    "and flow;</li><li>inputs: main raw and auxiliary materials, water and "
                    "energy, with quantities, consumption per unit of product and which meters "
                    "exist;</li><li>environment: generation and discharge of waste water, air "
                    "emissions and solid waste, monitoring data and compliance, permit "
                    "conditions, how the treatment plants run, and the use and release of toxic "
                    "or hazardous substances;</li><li>management: job responsibilities, "
                    "operating procedures, maintenance, and the storage of raw materials and "
                    "products.</li></ul><p>Comparing the enterprise's material, energy and water "
                    "use and waste generation per unit of product with the sector CP standard, "
                    "the evaluation indicator system or the best peers shows roughly where the "
                    "gaps are.</p><p>The <b>site walk-through</b> follows the materials: from "
                    "delivery and storage, through charging and each process step, to product "
                    "packing and the discharge points. Look especially for leaks and spills, "
                    "equipment running idle, water left running, damaged insulation, materials "
                    "stored in the open, missing meters, and places where actual practice "
                    "differs from the written procedure. Ask the operators, and if possible make "
                    "spot checks on night shifts and at shift change, when discipline is often "
                    "weakest. Photograph and record what you find; it is evidence for the later "
                    "analysis.</p>"
                ),
            ),
            ("heading", "Choosing the audit focus"),
            (
                "paragraph",
                (
                    "<p>An enterprise usually has many problems, and one audit round cannot "
                    "tackle them all. The audit focus is what this round will analyse in depth: "
                    "typically a workshop, process section, production line, or a particular "
                    "material or pollutant. First list several candidate foci from the survey "
                    "and walk-through. Candidates usually include places that generate large "
                    "amounts of pollutants or exceed standards or totals; places with high "
                    "material, energy or water use; places that use or release toxic or "
                    "hazardous substances; places behind public complaints; and places with "
                    "obvious room for improvement.</p><p>With few, clearly different candidates, "
                    "a simple comparison may be enough. With more candidates that each have "
                    "strengths and weaknesses, the usual method is <b>weighted-sum ranking</b>. "
                    "The audit team chooses criteria and gives each a weight, usually from 1 to "
                    "10 with higher numbers for more important criteria. It then scores each "
                    "candidate from 1 to 10 on each criterion, multiplies each score by its "
                    "weight and adds the products. The candidate with the highest total becomes "
                    "the audit focus.</p><p>In a compulsory audit, the places that cause "
                    "exceedances, use or release toxic or hazardous substances, or push energy "
                    "use over the limit must be among the candidates and should normally become "
                    "the focus.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Criterion",
                            "Weight W",
                            "Pretreatment",
                            "Dyeing",
                            "Printing",
                            "Finishing",
                        ],
                        [
                            "Waste-water volume and pollutant load",
                            "10",
                            "8 (80)",
                            "9 (90)",
                            "5 (50)",
                            "3 (30)",
                        ],
                        [
                            "Use of water, energy, dyes and chemicals",
                            "9",
                            "7 (63)",
                            "9 (81)",
                            "5 (45)",
                            "7 (63)",
                        ],
                        [
                            "Environmental cost (toxicity, treatability)",
                            "8",
                            "6 (48)",
                            "8 (64)",
                            "7 (56)",
                            "3 (24)",
                        ],
                        ["CP potential", "6", "6 (36)", "8 (48)", "6 (36)", "5 (30)"],
                        ["Workshop commitment", "3", "6 (18)", "7 (21)", "5 (15)", "8 (24)"],
                        ["Total ΣW×R", "-", "245", "304", "202", "171"],
                        ["Rank", "-", "2", "1", "3", "4"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: choosing the audit focus at a dyeing mill by "
                        "weighted-sum ranking (W×R in brackets)"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Reading the worked example (illustrative)",
                    "text": (
                        "<p>For the dyeing section: 10×9 + 9×9 + 8×8 + 6×8 + 3×7 = 90 + 81 + 64 "
                        "+ 48 + 21 = 304 points, the highest of the four candidates, so dyeing "
                        "becomes the audit focus. Pretreatment is second with 245 points and "
                        "could be the focus of the next round. Scores should be agreed by the "
                        "team as a group, and the evidence behind them (such as waste-water "
                        "volumes and unit consumption) should be recorded so that it can be "
                        "checked at assessment.</p>"
                    ),
                },
            ),
            ("heading", "Setting CP targets"),
            (
                "paragraph",
                (
                    "<p>Once the focus is chosen, set CP targets for it. Good targets are "
                    "specific, measurable, achievable with effort and tied to a date. Targets "
                    "are usually split into near-term targets, to be met by the end of the audit "
                    "round, and medium- to long-term targets that depend on implementing "
                    "mid/high-cost options. Targets are based on the benchmarks in the sector CP "
                    "standard or evaluation indicator system, the best practice of domestic and "
                    "international peers, the enterprise's own best historical performance, and "
                    "legal requirements such as discharge standards, total volume targets or "
                    "energy limits. In a compulsory audit the legal requirements come first.</p>"
                    "<p>Continuing the illustrative dyeing mill: monthly water-meter and "
                    "steam-meter records show that the dyeing section uses about 50 t of fresh "
                    "water and about 3.0 t of steam per tonne of fabric. Comparing this with "
                    "good sector practice, the team sets a near-term target of 10% less fresh "
                    "water per unit of product, that is below 45 t/t, and medium-term targets of "
                    "20% less fresh water (below 40 t/t) and 15% less steam (below 2.55 t/t).</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Implement no/low-cost options as you go",
                    "text": (
                        "<p>Pre-assessment nearly always turns up obvious, cheap improvements: "
                        "turning off running water, repairing leaking steam valves, insulating "
                        "bare steam pipes, fitting water meters, weighing chemicals properly. "
                        "These no/low-cost options need not wait for Phase 4. Implement them as "
                        "the audit proceeds and record the figures before and after. This brings "
                        "early savings and shows managers and staff that the audit is worth "
                        "doing, which builds support for the work to come.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Audit focus",
                    "definition": (
                        "The part of the enterprise that the current audit round analyses and "
                        "improves in depth: a workshop, process section, production line or item "
                        "of equipment, or a particular material or pollutant. It is chosen from "
                        "the candidate foci during pre-assessment."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "Using the weights in the example table (10, 9, 8, 6, 3), a candidate "
                        "scores 7, 8, 6, 7 and 5 on the five criteria. What is its weighted "
                        "total?"
                    ),
                    "options": [
                        {
                            "text": "33",
                            "correct": False,
                            "feedback": (
                                "Incorrect. 33 is the plain sum of the scores, without the weights."
                            ),
                        },
                        {
                            "text": "247",
                            "correct": True,
                            "feedback": (
                                "Correct. 10×7 + 9×8 + 8×6 + 6×7 + 3×5 = 70 + 72 + 48 + 42 + 15 "
                                "= 247."
                            ),
                        },
                        {
                            "text": "232",
                            "correct": False,
                            "feedback": (
                                "Incorrect. 232 leaves out the last criterion, workshop "
                                "commitment (3×5 = 15)."
                            ),
                        },
                        {
                            "text": "304",
                            "correct": False,
                            "feedback": (
                                "Incorrect. 304 is the dyeing section's total in the example, "
                                "not this candidate's."
                            ),
                        },
                    ],
                    "explanation": (
                        "The weighted total is the sum of weight × score over all criteria. This "
                        "candidate scores 247: below the dyeing section's 304 and just above "
                        "pretreatment's 245."
                    ),
                },
            ),
        ],
    },
}

_PHASE_3_PROCESS_FLOW_AND_MATERIAL_BALANCE: dict = {
    "slug": "phase-3-process-flow-and-material-balance",
    "estimated_minutes": 60,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第三阶段：评估（一）工艺流程与物料平衡",
        "summary": (
            "评估阶段对审核重点进行深入分析。本课讲解如何编制工艺流程、制订实测方案、"
            "建立物料平衡并检验其误差，并通过一个印染染色工段的算例演示全过程。"
        ),
        "body": [
            ("heading", "评估阶段做什么"),
            (
                "paragraph",
                (
                    "<p>评估是审核的第三个阶段，也是技术含量最高的阶段。预评估确定了审核重点，"
                    "评估则要对审核重点做“体检”：弄清物料和能量从哪里来、到哪里去、在哪里损失，"
                    "进而分析废物产生的原因。主要工作包括：编制审核重点的工艺流程，"
                    "实测输入输出物流，建立物料平衡（以及水平衡、能量平衡），分析废物产生的原因，"
                    "并继续提出和实施无/低费方案。本课讲前三项，下一课讲水平衡、"
                    "能量平衡和原因分析。</p>"
                ),
            ),
            ("heading", "编制工艺流程，划分单元操作"),
            (
                "paragraph",
                (
                    "<p>首先要把审核重点分解为若干<b>单元操作</b>。"
                    "单元操作是具有相对独立功能的工艺步骤，例如配料、反应、洗涤、干燥。"
                    "划分的粗细要适中：太粗看不出损失发生在哪里，太细又会使实测工作量过大。"
                    "对每个单元操作，都要列出全部输入（原料、辅料、水、蒸汽、电）"
                    "和全部输出（产品、中间产品、废水、废气、固体废物、散失），并画出工艺流程图，"
                    "标明各股物流的走向。</p><p>下表是示例印染企业染色工段的单元操作划分。"
                    "实际审核中还应画出流程图，把每一股物流编号，以便与实测数据一一对应。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["单元操作", "主要输入", "主要输出"],
                        [
                            "化料配料",
                            "染料、盐、碱、助剂、少量新鲜水",
                            "配好的染液和助剂溶液，称量散落物",
                        ],
                        [
                            "染色",
                            "坯布、染液、新鲜水、直接加热蒸汽",
                            "上染后的织物、染色残液、水汽",
                        ],
                        ["水洗和皂洗", "新鲜水、皂洗剂、蒸汽", "洗后织物、漂洗和皂洗废水、水汽"],
                        ["脱水", "湿织物", "脱水后织物（带走部分水分）、脱出的水"],
                        ["设备和地面清洗", "新鲜水", "清洗废水、过滤截留的纤维屑"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：染色工段的单元操作及其输入输出",
                },
            ),
            ("heading", "制订实测方案"),
            (
                "paragraph",
                (
                    "<p>平衡的质量取决于数据的质量。企业的统计报表通常只有月度或年度总量，"
                    "不能直接用于单元操作的平衡，必须组织专门的实测。制订实测方案时要注意：</p>"
                    "<ul><li><b>工况要正常</b>：选择生产稳定、产品结构有代表性的时段，"
                    "避开开停车和检修；实测一般应覆盖若干个完整的生产周期，例如连续3至5个工作日；"
                    "</li><li><b>计量要可靠</b>：使用经过校准的水表、流量计和衡器，"
                    "缺少计量的物流可以临时加装仪表，或用容积法、称重法测定；</li><li><b>"
                    "基准要统一</b>：所有物流换算为同一时间基准（如吨/天或吨/批），"
                    "固体物料注意区分干重和湿重；</li><li><b>取样要规范</b>："
                    "废水等需要分析成分的物流，按规定的频次和方法取样化验；</li><li><b>"
                    "记录要完整</b>：注明每个数据的来源（实测、计量记录还是估算），"
                    "以及测量时间和测量人。</li></ul>"
                ),
            ),
            ("heading", "建立物料平衡并检验误差"),
            (
                "paragraph",
                (
                    "<p>物料平衡的依据是质量守恒：对于连续稳定运行的过程，"
                    "输入物料的总量等于输出物料的总量（如果过程中有积累，则输入等于输出加积累）。"
                    "实际测量总会有误差，因此要计算平衡的相对误差：</p><p><b>"
                    "相对误差＝（输入总量－输出总量）÷输入总量×100%</b></p><p>"
                    "一般要求相对误差在±5%以内。超出这个范围，说明有物流漏测、"
                    "计量有误或估算偏差过大，应当先查明原因、补测数据，再做后续分析，"
                    "不能带着不闭合的平衡去找原因。</p><p>"
                    "下表是示例印染企业染色工段在实测期间的物料平衡（示例数据）。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["类别", "物料", "数量（吨/天）", "数据来源"],
                        ["输入", "坯布（干重）", "12.00", "入库称重记录"],
                        ["输入", "染料", "0.30", "化料间称量记录"],
                        ["输入", "盐、碱等化学品", "3.60", "化料间称量记录"],
                        ["输入", "助剂", "0.10", "化料间称量记录"],
                        ["输入", "新鲜水", "600.00", "实测期间水表读数"],
                        ["输入", "直接加热蒸汽（冷凝后进入工作液）", "36.00", "蒸汽流量计"],
                        ["输入合计", "", "652.00", ""],
                        ["输出", "染色后织物（干重，含已固着的染料）", "12.14", "称重"],
                        ["输出", "织物带走的水分", "8.00", "抽样测定含水率"],
                        ["输出", "废水（含溶解的染料、盐碱和助剂）", "596.00", "废水流量计"],
                        ["输出", "蒸发和散失的水汽", "22.00", "按敞口面积和液温估算"],
                        ["输出", "过滤截留的纤维屑", "0.10", "称重"],
                        ["输出合计", "", "638.24", ""],
                        ["差值（输入－输出）", "", "13.76", ""],
                        ["相对误差", "", "2.11%", "在±5%以内，可以接受"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：染色工段物料平衡（实测期间日均值）",
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "算例解读（教学示例）",
                    "text": (
                        "<p>输入合计：12.00＋0.30＋3.60＋0.10＋600.00＋36.00＝652.00吨/天。"
                        "输出合计：12.14＋8.00＋596.00＋22.00＋0.10＝638.24吨/天。"
                        "差值为13.76吨/天，相对误差＝13.76÷652.00×100%≈2.11%，在±5%以内，"
                        "平衡成立。"
                        "其中染色后织物12.14吨＝坯布12.00吨－纤维屑0.10吨＋固着染料0.24吨。</p>"
                        "<p>再看单项物料的平衡。染料投入0.30吨/天，固着在织物上0.24吨，"
                        "其余0.06吨随废水排出，损失率为20%；按废水量596吨/天计算，"
                        "废水中染料浓度约为60千克÷596立方米≈0.10千克/立方米，即约100毫克/升。"
                        "这20%的染料既是花钱买来又白白流失的原料，也是废水色度和COD的重要来源。"
                        "</p><p>从平衡还可以算出单位产品消耗：新鲜水600÷12＝50吨/吨织物，"
                        "蒸汽36÷12＝3.0吨/吨织物，与预评估时依据月度记录得到的数值一致。</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>平衡建立之后，要把它变成发现问题的工具：哪一股输出最大？"
                    "哪些原料没有进入产品？损失集中在哪个单元操作？在本例中，三个问题已经浮现："
                    "新鲜水用量大而且绝大部分变成了废水；五分之一的染料没有上染；"
                    "还有约13.76吨/天的差值，需要在下一课的水平衡中进一步追查。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "物料平衡",
                    "definition": (
                        "依据质量守恒原理，对某一过程或单元操作的全部输入和输出物料进行定量衡算。"
                        "它可以针对全部物料，也可以针对某一种组分（如染料、水、某种重金属），"
                        "用来查明物料的去向和损失。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某工序实测输入合计500吨/天，输出合计470吨/天。下列处理方式中哪一项正确？"
                    ),
                    "options": [
                        {
                            "text": (
                                "相对误差为6%，超出±5%，应先查找漏测物流或计量问题，补测后再分析"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。（500－470）÷500＝6%，平衡不闭合时不宜直接用于原因分析。"
                            ),
                        },
                        {
                            "text": "相对误差约为6.4%，在±10%以内，可以直接使用",
                            "correct": False,
                            "feedback": (
                                "不对。相对误差以输入总量为分母，应为6%；而且一般要求在±5%以内。"
                            ),
                        },
                        {
                            "text": "把30吨差值计为“蒸发损失”，使平衡闭合",
                            "correct": False,
                            "feedback": (
                                "不对。没有依据地把差值归入某一项，等于掩盖问题，"
                                "评估时也无法通过复核。"
                            ),
                        },
                        {
                            "text": "误差不影响结论，只需在报告中注明",
                            "correct": False,
                            "feedback": (
                                "不对。误差超出允许范围说明数据不可靠，依此得出的结论同样不可靠。"
                            ),
                        },
                    ],
                    "explanation": (
                        "物料平衡的相对误差＝（输入－输出）÷输入×100%，一般应控制在±5%以内。"
                        "超出时要找原因、补数据，而不是人为调平。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 3: assessment (1) process flow and material balance",
        "summary": (
            "The assessment phase analyses the audit focus in depth. This lesson covers drawing "
            "up the process flow, planning measurements, building a material balance and "
            "checking its closure, with a worked example from the dyeing section of a textile "
            "mill."
        ),
        "body": [
            ("heading", "What the assessment phase does"),
            (
                "paragraph",
                (
                    "<p>Assessment is the third phase of the audit and the most technical one. "
                    "Pre-assessment chose the audit focus; assessment now gives it a thorough "
                    "check-up: where materials and energy come from, where they go and where "
                    "they are lost, and from that, why wastes arise. The main tasks are to draw "
                    "up the process flow of the audit focus, measure its inputs and outputs, "
                    "build the material balance (and the water and energy balances), analyse the "
                    "causes of waste, and keep finding and implementing no/low-cost options. "
                    "This lesson covers the first three tasks; the next covers water and energy "
                    "balances and cause analysis.</p>"
                ),
            ),
            ("heading", "Process flow and unit operations"),
            (
                "paragraph",
                (
                    "<p>First divide the audit focus into <b>unit operations</b>: process steps "
                    "with a distinct function, such as batching, reaction, washing or drying. "
                    "Choose a sensible level of detail. Too coarse, and you cannot see where "
                    "losses occur; too fine, and the measurement workload becomes unmanageable. "
                    "For each unit operation list every input (raw materials, auxiliaries, "
                    "water, steam, electricity) and every output (products, intermediates, waste "
                    "water, air emissions, solid waste, losses), and draw a process flow diagram "
                    "showing where each stream goes.</p><p>The table below shows how the dyeing "
                    "section of the illustrative mill is divided. In a real audit you would also "
                    "draw the diagram and number every stream so that each measurement can be "
                    "matched to it.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Unit operation", "Main inputs", "Main outputs"],
                        [
                            "Dye kitchen",
                            "Dyes, salt, alkali, auxiliaries, a little fresh water",
                            "Prepared dye liquor and chemical solutions; weighing spills",
                        ],
                        [
                            "Dyeing",
                            "Grey fabric, dye liquor, fresh water, direct steam",
                            "Dyed fabric, spent dye bath, vapour",
                        ],
                        [
                            "Rinsing and soaping",
                            "Fresh water, soaping agent, steam",
                            "Washed fabric, rinsing and soaping waste water, vapour",
                        ],
                        [
                            "Hydro-extraction",
                            "Wet fabric",
                            "Fabric carrying some water; extracted water",
                        ],
                        [
                            "Machine and floor cleaning",
                            "Fresh water",
                            "Cleaning waste water; lint caught on filters",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: unit operations of the dyeing section",
                },
            ),
            ("heading", "Planning the measurements"),
            (
                "paragraph",
                (
                    "<p>A balance is only as good as its data. Company statistics usually give "
                    "monthly or annual totals that cannot be used directly for unit operations, "
                    "so a dedicated measurement campaign is needed. When planning it:</p><ul><li>"
                    "<b>Measure normal operation:</b> pick a period of steady production with a "
                    "representative product mix, avoiding start-ups, shutdowns and maintenance; "
                    "cover several complete production cycles, for example three to five "
                    "consecutive working days;</li><li><b>Use reliable meters:</b> calibrated "
                    "water meters, flow meters and scales; where a stream has no meter, fit one "
                    "temporarily or measure by volume or weight;</li><li><b>Use one basis:</b> "
                    "convert every stream to the same time basis (such as t/d or t per batch), "
                    "and keep dry and wet weights of solids apart;</li><li><b>Sample properly:"
                    "</b> streams whose composition matters, such as waste water, are sampled "
                    "and analysed at set frequencies by set methods;</li><li><b>Record "
                    "everything:</b> note the source of each figure (measured, taken from "
                    "records or estimated), when it was measured and by whom.</li></ul>"
                ),
            ),
            ("heading", "Building the material balance and checking closure"),
            (
                "paragraph",
                (
                    "<p>A material balance rests on conservation of mass. For a process running "
                    "steadily, total input equals total output; if material accumulates, input "
                    "equals output plus accumulation. Real measurements always carry some error, "
                    "so calculate the relative error of the balance:</p><p><b>Relative error = "
                    "(total input - total output) ÷ total input × 100%</b></p><p>The usual "
                    "requirement is that the relative error lies within ±5%. Outside that range, "
                    "a stream has been missed, a meter is wrong or an estimate is far off. Find "
                    "out why and fill the gap before going further; never look for causes with a "
                    "balance that does not close.</p><p>The table below is the material balance "
                    "of the dyeing section of the illustrative mill during the measurement "
                    "campaign.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Type", "Stream", "Quantity (t/d)", "Data source"],
                        ["Input", "Grey fabric (dry weight)", "12.00", "Store weighing records"],
                        ["Input", "Dyes", "0.30", "Dye kitchen weighing log"],
                        [
                            "Input",
                            "Salt, alkali and other chemicals",
                            "3.60",
                            "Dye kitchen weighing log",
                        ],
                        ["Input", "Auxiliaries", "0.10", "Dye kitchen weighing log"],
                        ["Input", "Fresh water", "600.00", "Water meter during the campaign"],
                        [
                            "Input",
                            "Direct steam (condenses into the liquor)",
                            "36.00",
                            "Steam flow meter",
                        ],
                        ["Total input", "", "652.00", ""],
                        [
                            "Output",
                            "Dyed fabric (dry weight, including fixed dye)",
                            "12.14",
                            "Weighing",
                        ],
                        [
                            "Output",
                            "Water carried out by the fabric",
                            "8.00",
                            "Moisture content of samples",
                        ],
                        [
                            "Output",
                            "Waste water (with dissolved dye, salts and auxiliaries)",
                            "596.00",
                            "Waste-water flow meter",
                        ],
                        [
                            "Output",
                            "Evaporation and vapour losses",
                            "22.00",
                            "Estimated from open surface and liquor temperature",
                        ],
                        ["Output", "Lint caught on filters", "0.10", "Weighing"],
                        ["Total output", "", "638.24", ""],
                        ["Difference (input - output)", "", "13.76", ""],
                        ["Relative error", "", "2.11%", "Within ±5%, acceptable"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: material balance of the dyeing section (daily "
                        "average during the campaign)"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Reading the worked example (illustrative)",
                    "text": (
                        "<p>Total input: 12.00 + 0.30 + 3.60 + 0.10 + 600.00 + 36.00 = 652.00 "
                        "t/d. Total output: 12.14 + 8.00 + 596.00 + 22.00 + 0.10 = 638.24 t/d. "
                        "The difference is 13.76 t/d and the relative error is 13.76 ÷ 652.00 × "
                        "100% ≈ 2.11%, within ±5%, so the balance is accepted. The dyed fabric "
                        "figure is 12.00 t of grey fabric, minus 0.10 t of lint, plus 0.24 t of "
                        "fixed dye = 12.14 t.</p><p>Now balance a single component. Of the 0.30 "
                        "t/d of dye used, 0.24 t is fixed on the fabric and 0.06 t leaves in the "
                        "waste water: a loss of 20%. With 596 t/d of waste water, the dye "
                        "concentration is about 60 kg ÷ 596 m³ ≈ 0.10 kg/m³, or roughly 100 "
                        "mg/L. That fifth of the dye was bought and then thrown away, and it is "
                        "a major source of the colour and COD in the waste water.</p><p>The "
                        "balance also gives consumption per unit of product: fresh water 600 ÷ "
                        "12 = 50 t per tonne of fabric and steam 36 ÷ 12 = 3.0 t per tonne, "
                        "which agrees with the monthly records used during pre-assessment.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Once the balance stands, use it to find problems. Which output is the "
                    "largest? Which inputs never reach the product? In which unit operation are "
                    "the losses concentrated? In this example three issues already stand out: "
                    "fresh water use is high and nearly all of it becomes waste water; a fifth "
                    "of the dye does not fix; and a gap of about 13.76 t/d remains, to be "
                    "tracked down with the water balance in the next lesson.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Material balance",
                    "definition": (
                        "A quantitative account of all the inputs and outputs of a process or "
                        "unit operation, based on conservation of mass. It can cover all "
                        "materials together or a single component (such as dye, water or a heavy "
                        "metal) and shows where materials go and where they are lost."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "A process step has measured inputs of 500 t/d and outputs of 470 t/d. "
                        "What should the audit team do?"
                    ),
                    "options": [
                        {
                            "text": (
                                "The relative error is 6%, outside ±5%; look for missed streams "
                                "or metering problems and re-measure before analysing"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. (500 - 470) ÷ 500 = 6%. A balance that does not close "
                                "should not be used for cause analysis."
                            ),
                        },
                        {
                            "text": (
                                "The relative error is about 6.4%, within ±10%, so use it as it is"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The error is calculated on total input and is 6%, "
                                "and the usual limit is ±5%."
                            ),
                        },
                        {
                            "text": (
                                "Book the 30 t difference as evaporation so that the balance closes"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Assigning the gap to a stream without evidence hides "
                                "the problem and will not survive review at assessment."
                            ),
                        },
                        {
                            "text": (
                                "The error does not affect the conclusions; just mention it in "
                                "the report"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. An error outside the limit means the data are "
                                "unreliable, and so are conclusions drawn from them."
                            ),
                        },
                    ],
                    "explanation": (
                        "Relative error = (input - output) ÷ input × 100%, normally kept within "
                        "±5%. When it is larger, find the cause and collect better data; do not "
                        "force the balance to close."
                    ),
                },
            ),
        ],
    },
}

_PHASE_3_WATER_ENERGY_BALANCE_AND_CAUSE_ANALYSIS: dict = {
    "slug": "phase-3-water-energy-balance-and-cause-analysis",
    "estimated_minutes": 60,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第三阶段：评估（二）水平衡、能量平衡与废物产生原因分析",
        "summary": (
            "在物料平衡的基础上建立水平衡和能量平衡，找出水和能源的损失去向，"
            "再从八个方面系统分析废物产生的原因。"
        ),
        "body": [
            ("heading", "水平衡：追踪每一吨水"),
            (
                "paragraph",
                (
                    "<p>对用水量大的行业，如印染、造纸、食品、化工，"
                    "水平衡往往是评估阶段最有价值的工作。水平衡是物料平衡的一种特例："
                    "只对水这一种物质进行衡算。它要求把新鲜水按用途分开计量，"
                    "查清每一股水从哪里来、用在哪里、最后变成了什么，并找出可以减少用量、"
                    "串联使用或循环回用的环节。</p><p>下表沿用上一课的示例染色工段。"
                    "审核小组在实测期间给三个主要用水点加装了分表，并把蒸汽冷凝水也计入输入。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["类别", "水流", "数量（吨/天）", "说明"],
                        ["输入", "新鲜水：染液配制和染色", "180.00", "分表实测"],
                        ["输入", "新鲜水：水洗和皂洗", "380.00", "分表实测"],
                        ["输入", "新鲜水：设备和地面清洗", "40.00", "分表实测"],
                        ["输入", "蒸汽冷凝水（直接加热）", "36.00", "蒸汽流量计"],
                        ["输入合计", "", "636.00", ""],
                        ["输出", "废水中的水", "592.24", "废水596.00吨减去溶解物质3.76吨"],
                        ["输出", "织物带走的水分", "8.00", "抽样测定含水率"],
                        ["输出", "蒸发和散失", "22.00", "估算"],
                        ["输出合计", "", "622.24", ""],
                        ["差值（输入－输出）", "", "13.76", "相对误差2.16%"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：染色工段水平衡（实测期间日均值）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>计算过程：输入636.00吨/天；废水596.00吨中含有溶解的染料0.06吨、"
                    "盐碱等化学品3.60吨和助剂0.10吨，合计3.76吨，所以废水中的水为592.24吨；"
                    "输出合计592.24＋8.00＋22.00＝622.24吨/天；差值13.76吨/天，"
                    "相对误差＝13.76÷636.00×100%≈2.16%。这个差值与上一课物料平衡的差值完全相同，"
                    "说明不平衡的部分全部是水。</p><p>水平衡告诉我们两件事。第一，"
                    "水洗和皂洗用水380吨，占新鲜水的63%，是节水的主攻方向；第二，"
                    "误差虽在±5%以内，但13.76吨/天的差值仍值得追查。审核小组在夜班巡查时发现，"
                    "一台水洗槽的溢流水经车间地沟直接排走，没有经过废水流量计。"
                    "这类发现本身就是一条无/低费方案：修复溢流管路并纳入计量。</p>"
                ),
            ),
            ("heading", "能量平衡：热从哪里来、到哪里去"),
            (
                "paragraph",
                (
                    "<p>能量平衡以能量守恒为依据，对审核重点的能量输入（蒸汽、电、燃料）"
                    "和能量输出（被物料有效吸收的热量、随废水和废气带走的热量、散热、泄漏等）"
                    "进行衡算。审核中的能量平衡不必像专门的能源审计那样细致，"
                    "关键是算出有效利用的比例，找出主要的损失去向。</p><p>仍以示例染色工段为例。"
                    "有效热量是把工作液加热到工艺温度所需的热量，按Q＝m×c×ΔT计算，"
                    "水的比热容取4.18千焦/（千克·°C）：</p><ul><li>染液：180吨水从20°C升到80°C，"
                    "Q＝180000×4.18×60＝45144000千焦，约45.14吉焦；</li><li>皂洗热水："
                    "100吨水从20°C升到60°C，Q＝100000×4.18×40＝16720000千焦，约16.72吉焦；</li>"
                    "<li>有效热量合计约61.86吉焦/天。</li></ul><p>供入的蒸汽为36吨/天。"
                    "按每吨蒸汽可利用热量约2400兆焦估算（示例取值，实际应按蒸汽压力、"
                    "温度和冷凝水温度查表确定），供热约为36×2400＝86400兆焦，即86.40吉焦。"
                    "有效利用率≈61.86÷86.40≈71.6%，其余约24.54吉焦（28.4%）损失于设备和管道散热、"
                    "敞口设备液面蒸发、疏水阀和阀门漏汽，以及不必要的过度加热。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "别忘了排出去的热",
                    "text": (
                        "<p>被有效利用的热量最后并没有消失：约60°C的皂洗废水每天有100吨，"
                        "如果经换热器把它冷却到35°C，用来预热新鲜水，"
                        "可回收的热量约为100000×4.18×25＝10450000千焦，即10.45吉焦/天，"
                        "相当于约4.4吨蒸汽。这为第四阶段的方案产生提供了线索。"
                        "电能也应做类似衡算，重点查找设备空转和大马拉小车的情况。</p>"
                    ),
                },
            ),
            ("heading", "从八个方面分析废物产生的原因"),
            (
                "paragraph",
                (
                    "<p>有了平衡数据，就可以系统地回答“为什么”。"
                    "清洁生产审核把生产过程看作一个整体，从八个方面查找原因：原辅材料和能源、"
                    "技术工艺、设备、过程控制、产品、废物、管理、员工。"
                    "分析时要针对平衡中发现的每一项主要损失，逐个方面追问，避免只盯着设备和技术，"
                    "而忽略了管理和人的因素。同一个问题往往有多方面的原因，"
                    "例如染料流失既与染料选型有关，也与升温控制和称量管理有关。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["方面", "要问的问题", "示例中的发现"],
                        [
                            "原辅材料和能源",
                            "原料品质和选型是否合适？能源品质如何？",
                            "所用活性染料固着率偏低，约20%随废水流失",
                        ],
                        [
                            "技术工艺",
                            "工艺本身是否先进？有无更省料、省水的路线？",
                            "单槽溢流水洗，没有逆流或回用设计",
                        ],
                        [
                            "设备",
                            "设备是否老化、低效、泄漏？",
                            "老式绳状染色机浴比约1∶15；保温破损，疏水阀漏汽",
                        ],
                        [
                            "过程控制",
                            "工艺参数和计量是否受控？",
                            "升温靠手动调节；水洗流量无计量，阀门凭感觉开",
                        ],
                        [
                            "产品",
                            "产品要求和结构是否导致额外消耗？",
                            "深色订单比例高，回修较多，增加重复染色和水洗",
                        ],
                        [
                            "废物",
                            "废物是否有回收利用的可能？",
                            "约60°C的皂洗废水直接排放，末道清洗水未回用",
                        ],
                        [
                            "管理",
                            "有无定额、考核和规程？",
                            "没有按机台核定用水定额，化料称量记录不全",
                        ],
                        [
                            "员工",
                            "员工技能和积极性如何？",
                            "操作工为保险起见多开水阀，缺少“一次染准”培训",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：染色工段废物产生原因分析",
                },
            ),
            (
                "paragraph",
                (
                    "<p>原因分析的结果直接决定下一阶段的方案方向：属于管理、"
                    "员工和过程控制的原因，多数可以通过无/低费方案解决，应立即着手；"
                    "属于技术工艺、设备和原料的原因，往往需要中/高费方案，"
                    "应在方案产生阶段重点研究。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "水重复利用率",
                    "definition": (
                        "在一定计量时间内，"
                        "生产过程中重复利用的水量占总用水量（重复利用水量与新鲜水量之和）"
                        "的百分比，是衡量节水水平的常用指标。示例染色工段没有任何回用，"
                        "重复利用率为零。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某染色车间的升温过程完全由操作工凭经验手动调节蒸汽阀，"
                        "升温曲线每批都不一样，导致色差和回修。按照八个方面的划分，"
                        "这主要属于哪一方面的原因？"
                    ),
                    "options": [
                        {
                            "text": "原辅材料和能源",
                            "correct": False,
                            "feedback": (
                                "不对。问题不在染料或蒸汽本身，而在于工艺参数没有受到控制。"
                            ),
                        },
                        {
                            "text": "过程控制",
                            "correct": True,
                            "feedback": (
                                "正确。温度等工艺参数缺乏稳定、可靠的控制，属于过程控制方面的原因。"
                            ),
                        },
                        {
                            "text": "产品",
                            "correct": False,
                            "feedback": (
                                "不对。色差和回修是结果，原因在生产过程的控制环节，"
                                "而不在产品设计或要求。"
                            ),
                        },
                        {
                            "text": "废物",
                            "correct": False,
                            "feedback": (
                                "不对。“废物”方面关注的是废物能否回收利用，与升温控制无关。"
                            ),
                        },
                    ],
                    "explanation": (
                        "过程控制指温度、压力、流量、时间、配比等工艺参数的控制和计量。"
                        "加装自动温控和计量往往是投入不大、见效明显的方案。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 3: assessment (2) water and energy balances and cause analysis",
        "summary": (
            "Building on the material balance, this lesson sets up water and energy balances to "
            "see where water and heat are lost, then analyses the causes of waste systematically "
            "across eight aspects."
        ),
        "body": [
            ("heading", "Water balance: following every tonne"),
            (
                "paragraph",
                (
                    "<p>In water-intensive sectors such as textile dyeing, paper, food and "
                    "chemicals, the water balance is often the most valuable part of the "
                    "assessment. It is a special case of the material balance, covering water "
                    "alone. Fresh water is metered separately for each use, so that every stream "
                    "can be traced from its source through its use to what it finally becomes, "
                    "and so that uses that can be reduced, cascaded or recycled stand out.</p><p>"
                    "The table continues the illustrative dyeing section from the previous "
                    "lesson. During the measurement campaign the team fitted sub-meters at the "
                    "three main points of use and counted steam condensate as an input.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Type", "Water stream", "Quantity (t/d)", "Note"],
                        ["Input", "Fresh water: dye liquor and dyeing", "180.00", "Sub-meter"],
                        ["Input", "Fresh water: rinsing and soaping", "380.00", "Sub-meter"],
                        ["Input", "Fresh water: machine and floor cleaning", "40.00", "Sub-meter"],
                        ["Input", "Steam condensate (direct heating)", "36.00", "Steam flow meter"],
                        ["Total input", "", "636.00", ""],
                        [
                            "Output",
                            "Water in the waste water",
                            "592.24",
                            "596.00 t of waste water less 3.76 t of dissolved matter",
                        ],
                        [
                            "Output",
                            "Water carried out by the fabric",
                            "8.00",
                            "Moisture content of samples",
                        ],
                        ["Output", "Evaporation and vapour losses", "22.00", "Estimate"],
                        ["Total output", "", "622.24", ""],
                        ["Difference (input - output)", "", "13.76", "Relative error 2.16%"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: water balance of the dyeing section (daily average)"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The arithmetic: input is 636.00 t/d. The 596.00 t of waste water "
                    "contains 0.06 t of dissolved dye, 3.60 t of salt, alkali and other "
                    "chemicals and 0.10 t of auxiliaries, 3.76 t in all, so the water in it is "
                    "592.24 t. Total output is 592.24 + 8.00 + 22.00 = 622.24 t/d, the "
                    "difference is 13.76 t/d and the relative error is 13.76 ÷ 636.00 × 100% ≈ "
                    "2.16%. The gap is exactly the gap in the material balance, which shows that "
                    "all of the imbalance is water.</p><p>The water balance tells us two things. "
                    "First, rinsing and soaping take 380 t, 63% of the fresh water, so that is "
                    "where to save water. Second, although the error is within ±5%, a gap of "
                    "13.76 t/d is worth chasing. On a night-shift check the team found that the "
                    "overflow from one rinsing tank ran straight into a floor channel and "
                    "bypassed the waste-water meter. That finding is itself a no/low-cost "
                    "option: repair the overflow line and bring it under metering.</p>"
                ),
            ),
            ("heading", "Energy balance: where the heat comes from and goes"),
            (
                "paragraph",
                (
                    "<p>An energy balance, based on conservation of energy, accounts for the "
                    "energy entering the audit focus (steam, electricity, fuel) and where it "
                    "goes: heat usefully taken up by the materials, heat leaving with waste "
                    "water and exhaust air, heat lost from surfaces, and leaks. An audit does "
                    "not need the detail of a specialist energy audit; what matters is the share "
                    "used usefully and the main losses.</p><p>Take the illustrative dyeing "
                    "section again. Useful heat is the heat needed to raise the liquors to "
                    "process temperature, Q = m × c × ΔT, with the specific heat of water taken "
                    "as 4.18 kJ/(kg·°C):</p><ul><li>dye liquor: 180 t of water from 20 °C to 80 "
                    "°C, Q = 180,000 × 4.18 × 60 = 45,144,000 kJ, about 45.14 GJ;</li><li>hot "
                    "soaping water: 100 t from 20 °C to 60 °C, Q = 100,000 × 4.18 × 40 = "
                    "16,720,000 kJ, about 16.72 GJ;</li><li>total useful heat: about 61.86 GJ "
                    "per day.</li></ul><p>Steam supplied is 36 t/d. Assuming each tonne of steam "
                    "gives about 2,400 MJ of usable heat (an illustrative figure; in practice "
                    "take it from steam tables for the actual steam pressure, temperature and "
                    "condensate temperature), heat supplied is about 36 × 2,400 = 86,400 MJ, or "
                    "86.40 GJ. The useful share is about 61.86 ÷ 86.40 ≈ 71.6%. The other 24.54 "
                    "GJ or so (28.4%) is lost from machine and pipe surfaces, by evaporation "
                    "from open machines, through leaking steam traps and valves, and by "
                    "unnecessary overheating.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Do not forget the heat you throw away",
                    "text": (
                        "<p>Useful heat does not vanish once it has done its job. Every day 100 "
                        "t of soaping water leaves at about 60 °C. Cooling it to 35 °C in a heat "
                        "exchanger that preheats fresh water would recover about 100,000 × 4.18 "
                        "× 25 = 10,450,000 kJ, or 10.45 GJ per day, equivalent to about 4.4 t of "
                        "steam. That is a lead for option generation in Phase 4. Electricity "
                        "deserves a similar balance, looking above all for equipment running "
                        "idle and motors far larger than the job needs.</p>"
                    ),
                },
            ),
            ("heading", "Analysing why wastes arise: the eight aspects"),
            (
                "paragraph",
                (
                    "<p>With the balances in hand, the team can answer the question why. A CP "
                    "audit treats production as a whole and looks for causes in eight aspects: "
                    "raw materials and energy, technology and process, equipment, process "
                    "control, products, wastes, management, and employees. Take each major loss "
                    "found in the balances and ask about it under every aspect in turn, so that "
                    "management and people are not overlooked in favour of equipment and "
                    "technology. A problem usually has several causes. Dye loss, for example, "
                    "depends on the choice of dye, on temperature control and on how carefully "
                    "the dyes are weighed.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Aspect", "Question to ask", "Finding in the example"],
                        [
                            "Raw materials and energy",
                            (
                                "Are inputs of the right grade and type? Is the energy of good "
                                "quality?"
                            ),
                            "The reactive dyes have low fixation; about 20% is lost to waste water",
                        ],
                        [
                            "Technology and process",
                            (
                                "Is the process itself up to date? Is there a route using less "
                                "material or water?"
                            ),
                            "Single-tank overflow rinsing; no countercurrent flow or reuse",
                        ],
                        [
                            "Equipment",
                            "Is equipment old, inefficient or leaking?",
                            (
                                "Old rope dyeing machines at a liquor ratio of about 1:15; "
                                "damaged insulation; leaking steam traps"
                            ),
                        ],
                        [
                            "Process control",
                            "Are process parameters and metering under control?",
                            (
                                "Heating controlled by hand; rinse flows not metered, valves set "
                                "by feel"
                            ),
                        ],
                        [
                            "Products",
                            "Do product requirements or mix cause extra consumption?",
                            (
                                "Many dark shades and frequent corrections, so extra re-dyeing "
                                "and rinsing"
                            ),
                        ],
                        [
                            "Wastes",
                            "Can any waste be recovered or reused?",
                            (
                                "Soaping water at about 60 °C is discharged hot; the last rinse "
                                "is not reused"
                            ),
                        ],
                        [
                            "Management",
                            "Are there quotas, reviews and procedures?",
                            "No water quota per machine; incomplete dye kitchen weighing records",
                        ],
                        [
                            "Employees",
                            "Are staff skilled and motivated?",
                            (
                                "Operators open valves wide to be safe; no training in "
                                "right-first-time dyeing"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: why wastes arise in the dyeing section",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The causes found point straight to the options for the next phase. "
                    "Causes in management, employees and process control can mostly be tackled "
                    "with no/low-cost options and should be dealt with at once. Causes in "
                    "technology, equipment and raw materials often need mid/high-cost options "
                    "and deserve most attention during option generation.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Water reuse rate",
                    "definition": (
                        "Over a given period, the water reused in production as a percentage of "
                        "total water use (reused water plus fresh water); a common measure of "
                        "water efficiency. The illustrative dyeing section reuses nothing, so "
                        "its reuse rate is zero."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "In a dyeing shop, operators heat each batch by opening the steam valve "
                        "by hand from experience. The heating curve differs from batch to batch, "
                        "causing shade differences and corrections. Which of the eight aspects "
                        "is the main cause?"
                    ),
                    "options": [
                        {
                            "text": "Raw materials and energy",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The dyes and steam are not the problem; the process "
                                "parameters are not controlled."
                            ),
                        },
                        {
                            "text": "Process control",
                            "correct": True,
                            "feedback": (
                                "Correct. Temperature and other parameters are not held steady "
                                "and reliably, which is a process-control cause."
                            ),
                        },
                        {
                            "text": "Products",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Shade differences and corrections are the result. "
                                "The cause lies in how the process is controlled, not in product "
                                "design or requirements."
                            ),
                        },
                        {
                            "text": "Wastes",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The wastes aspect asks whether wastes can be "
                                "recovered or reused; it has nothing to do with heating control."
                            ),
                        },
                    ],
                    "explanation": (
                        "Process control covers the control and metering of temperature, "
                        "pressure, flow, time and dosing. Automatic temperature control and "
                        "metering are often cheap options with clear results."
                    ),
                },
            ),
        ],
    },
}

_PHASE_4_OPTION_GENERATION_AND_SCREENING: dict = {
    "slug": "phase-4-option-generation-and-screening",
    "estimated_minutes": 50,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第四阶段：方案产生和筛选",
        "summary": (
            "针对评估阶段找出的原因广泛征集清洁生产方案，按费用和性质分类，"
            "并用简单筛选和权重总和计分法确定哪些方案立即实施、哪些进入可行性分析。"
        ),
        "body": [
            ("heading", "方案从哪里来"),
            (
                "paragraph",
                (
                    "<p>方案产生和筛选是审核的第四个阶段。评估阶段回答了“为什么会产生废物”，"
                    "这一阶段要回答“怎么办”。方案的数量和质量决定了审核的成效，"
                    "因此征集方案时要先求多、再求精。常见的方案来源有：</p><ul><li><b>"
                    "原因分析的结果</b>：对照八个方面的每一条原因，逐条提出对策，这是最直接、"
                    "最有针对性的来源；</li><li><b>全员征集</b>：通过合理化建议、"
                    "班组讨论和头脑风暴会，让一线职工和技术人员提出想法，并对采纳的建议给予奖励；"
                    "</li><li><b>行业资料</b>：查阅行业审核指南、重点行业清洁生产技术导向目录、"
                    "清洁生产标准和评价指标体系，了解行业内已经成熟的做法；</li><li><b>外部经验"
                    "</b>：考察同行先进企业，咨询设备供应商、科研院所和行业专家。</li></ul><p>"
                    "头脑风暴时有一条规矩：提出阶段只记录、不评判，哪怕想法看起来不成熟，"
                    "也先记下来，留到筛选时再讨论。过早否定会让人不再开口。</p>"
                ),
            ),
            ("heading", "方案的分类"),
            (
                "paragraph",
                (
                    "<p>征集到的方案要按两个维度分类，并登记在方案汇总表中：</p><ul><li><b>"
                    "按费用</b>：分为无/低费方案和中/高费方案。两者的界限因企业规模而异，"
                    "由审核小组在审核开始时确定并在报告中写明。无/低费方案投入少、见效快，"
                    "一般可以立即实施；中/高费方案投资较大、实施周期较长，必须先做可行性分析。"
                    "</li><li><b>按性质</b>：分为管理类方案和技术类方案。管理类方案着眼于制度、"
                    "定额、操作规程和人员培训；技术类方案涉及原料替代、工艺改进、设备更新、"
                    "过程控制和废物回收利用。也可以进一步按八个方面细分，便于与原因一一对应。"
                    "</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["编号", "方案", "对应原因（方面）", "类型", "费用类别", "处理意见"],
                        [
                            "F1",
                            "修复水洗槽溢流管路并纳入计量",
                            "设备、管理",
                            "管理类",
                            "无/低费",
                            "立即实施",
                        ],
                        [
                            "F2",
                            "修补蒸汽管道和染色机保温，更换漏汽疏水阀",
                            "设备",
                            "技术类",
                            "无/低费",
                            "立即实施",
                        ],
                        [
                            "F3",
                            "按机台核定用水定额，纳入班组考核",
                            "管理",
                            "管理类",
                            "无/低费",
                            "立即实施",
                        ],
                        [
                            "F4",
                            "开展“一次染准”操作培训，规范化料称量",
                            "员工、管理",
                            "管理类",
                            "无/低费",
                            "立即实施",
                        ],
                        [
                            "M1",
                            "多槽逆流漂洗改造，配套皂洗废水余热回收",
                            "技术工艺、废物",
                            "技术类",
                            "中/高费",
                            "可行性分析",
                        ],
                        ["M2", "改用冷轧堆染色工艺", "技术工艺", "技术类", "中/高费", "进一步筛选"],
                        [
                            "M3",
                            "染化料自动称量和输送系统",
                            "过程控制",
                            "技术类",
                            "中/高费",
                            "进一步筛选",
                        ],
                        [
                            "M4",
                            "以低浴比染色机替换老式绳状染色机",
                            "设备",
                            "技术类",
                            "中/高费",
                            "进一步筛选",
                        ],
                        [
                            "M5",
                            "改用高固色率活性染料",
                            "原辅材料",
                            "技术类",
                            "中/高费",
                            "进一步筛选",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：染色工段清洁生产方案汇总表（节选）",
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "强制性审核对方案的要求",
                    "text": (
                        "<p>强制性审核以解决超标、超总量、"
                        "有毒有害物质或超能耗限额问题为首要目标。仅靠无/低费的管理类方案，"
                        "通常难以从根本上解决这些问题，"
                        "因此强制性审核强调提出并实施中/高费的技术类方案，"
                        "而且这些方案应当直接针对导致企业被列入名单的原因。验收时，"
                        "主管部门会专门核实中/高费方案的实施情况和实际成效。</p>"
                    ),
                },
            ),
            ("heading", "方案的筛选"),
            (
                "paragraph",
                (
                    "<p>筛选分两步进行。第一步是<b>初步筛选</b>，从技术可行性、环境效果、"
                    "经济效果、实施难易程度和对生产及产品质量的影响几个方面粗略判断，"
                    "把方案分为三类：可以立即实施的无/低费方案；需要进一步研究的中/高费方案；"
                    "目前条件不具备、暂时搁置的方案。搁置的方案不要丢弃，应在报告中说明理由，"
                    "留待下一轮审核重新考虑。</p><p>第二步是对中/高费方案进行<b>权重总和计分排序"
                    "</b>，原理与预评估中确定审核重点相同：确定评价因素及其权重，逐项打分，"
                    "计算加权得分并排序，得分靠前的方案进入可行性分析。下例中权重以百分数表示，"
                    "各项得分取1至10分，加权得分＝Σ（权重×得分）。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "方案",
                            "环境效果（30%）",
                            "经济效果（25%）",
                            "技术可行性（25%）",
                            "实施难易（10%）",
                            "对产品质量的影响（10%）",
                            "加权得分",
                            "排序",
                        ],
                        ["M1 逆流漂洗和余热回收", "8", "8", "8", "6", "7", "7.70", "1"],
                        ["M2 冷轧堆染色", "9", "6", "6", "4", "7", "6.80", "5"],
                        ["M3 自动称量输送", "6", "7", "9", "8", "9", "7.50", "2"],
                        ["M4 低浴比染色机", "9", "5", "8", "3", "8", "7.05", "3"],
                        ["M5 高固色率染料", "7", "6", "7", "8", "7", "6.85", "4"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：中/高费方案的权重总和计分筛选",
                },
            ),
            (
                "paragraph",
                (
                    "<p>以M1为例："
                    "0.30×8＋0.25×8＋0.25×8＋0.10×6＋0.10×7＝2.40＋2.00＋2.00＋0.60＋0.70＝7.70分"
                    "，排名第一。审核小组决定把得分前三的M1、M3、M4列入可行性分析，"
                    "其中M1针对水耗和热损失两大问题，优先开展；M2需要改变整个染色工艺，"
                    "且不适用于企业的部分品种，暂时搁置。第3天后面的课程将以M1为例，完成技术、"
                    "环境和经济三方面的可行性分析。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "无/低费方案",
                    "definition": (
                        "投资少、技术简单、实施周期短的清洁生产方案，多属于加强管理、"
                        "改进操作和简单的设备维修。审核中应边发现边实施，并记录实施前后的效果。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "“按机台核定用水定额，并把节水情况纳入班组考核”这一方案应当如何归类？"
                    ),
                    "options": [
                        {
                            "text": "管理类、无/低费方案",
                            "correct": True,
                            "feedback": (
                                "正确。它通过定额和考核制度改变用水行为，几乎不需要投资，"
                                "可以立即实施。"
                            ),
                        },
                        {
                            "text": "技术类、中/高费方案",
                            "correct": False,
                            "feedback": "不对。方案不涉及工艺或设备改造，也不需要大额投资。",
                        },
                        {
                            "text": "技术类、无/低费方案",
                            "correct": False,
                            "feedback": (
                                "不对。费用类别判断正确，但方案的性质是管理制度，而不是技术改进。"
                            ),
                        },
                        {
                            "text": "不属于清洁生产方案，因为它不减少污染物",
                            "correct": False,
                            "feedback": "不对。减少用水就是减少废水产生，是典型的源头削减措施。",
                        },
                    ],
                    "explanation": (
                        "方案分类有两个维度：按费用分为无/低费和中/高费，"
                        "按性质分为管理类和技术类。"
                        "分类有助于决定方案是立即实施还是进入可行性分析。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 4: option generation and screening",
        "summary": (
            "Collect CP options widely against the causes found in the assessment, classify them "
            "by cost and type, and screen them, simply and then by weighted scoring, to decide "
            "which to implement at once and which go on to feasibility analysis."
        ),
        "body": [
            ("heading", "Where options come from"),
            (
                "paragraph",
                (
                    "<p>Option generation and screening is the fourth phase of the audit. The "
                    "assessment explained why wastes arise; this phase asks what to do about "
                    "them. The number and quality of options decide what the audit achieves, so "
                    "collect many first and refine later. Options usually come from:</p><ul><li>"
                    "<b>The cause analysis:</b> go through every cause found under the eight "
                    "aspects and propose a remedy for each. This is the most direct and targeted "
                    "source.</li><li><b>The whole workforce:</b> suggestion schemes, team "
                    "discussions and brainstorming sessions draw ideas from shop-floor workers "
                    "and engineers; adopted suggestions should be rewarded.</li><li><b>Sector "
                    "information:</b> sector audit guidelines, the technology inventories for "
                    "key sectors, CP standards and evaluation indicator systems show what is "
                    "already proven in the industry.</li><li><b>Outside experience:</b> visits "
                    "to leading peers, and advice from equipment suppliers, research institutes "
                    "and sector experts.</li></ul><p>Brainstorming has one rule: while ideas are "
                    "being collected, record and do not judge. Write every idea down, however "
                    "rough, and discuss it at screening. Early criticism makes people stop "
                    "talking.</p>"
                ),
            ),
            ("heading", "Classifying options"),
            (
                "paragraph",
                (
                    "<p>Classify every option in two ways and enter it in the option register:"
                    "</p><ul><li><b>By cost:</b> no/low-cost or mid/high-cost. Where the line "
                    "falls depends on the size of the enterprise; the team sets it at the start "
                    "of the audit and states it in the report. No/low-cost options need little "
                    "money, work quickly and can usually be implemented at once. Mid/high-cost "
                    "options need more investment and longer to implement, and must go through "
                    "feasibility analysis first.</li><li><b>By type:</b> management-oriented or "
                    "technology-oriented. Management options deal with rules, quotas, operating "
                    "procedures and training. Technology options involve substituting inputs, "
                    "changing the process, replacing equipment, improving process control and "
                    "recovering wastes. Options can also be grouped by the eight aspects so that "
                    "each is matched to a cause.</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "No.",
                            "Option",
                            "Cause addressed (aspect)",
                            "Type",
                            "Cost class",
                            "Decision",
                        ],
                        [
                            "F1",
                            "Repair the rinsing-tank overflow line and meter it",
                            "Equipment, management",
                            "Management",
                            "No/low-cost",
                            "Implement now",
                        ],
                        [
                            "F2",
                            (
                                "Repair insulation on steam lines and machines; replace leaking "
                                "steam traps"
                            ),
                            "Equipment",
                            "Technology",
                            "No/low-cost",
                            "Implement now",
                        ],
                        [
                            "F3",
                            "Set a water quota for each machine and include it in shift reviews",
                            "Management",
                            "Management",
                            "No/low-cost",
                            "Implement now",
                        ],
                        [
                            "F4",
                            "Train operators in right-first-time dyeing; standardise weighing",
                            "Employees, management",
                            "Management",
                            "No/low-cost",
                            "Implement now",
                        ],
                        [
                            "M1",
                            (
                                "Multi-tank countercurrent rinsing with heat recovery from "
                                "soaping water"
                            ),
                            "Process, wastes",
                            "Technology",
                            "Mid/high-cost",
                            "Feasibility analysis",
                        ],
                        [
                            "M2",
                            "Switch to cold pad-batch dyeing",
                            "Process",
                            "Technology",
                            "Mid/high-cost",
                            "Further screening",
                        ],
                        [
                            "M3",
                            "Automatic dye and chemical weighing and dispensing",
                            "Process control",
                            "Technology",
                            "Mid/high-cost",
                            "Further screening",
                        ],
                        [
                            "M4",
                            "Replace old rope machines with low liquor-ratio machines",
                            "Equipment",
                            "Technology",
                            "Mid/high-cost",
                            "Further screening",
                        ],
                        [
                            "M5",
                            "Change to high-fixation reactive dyes",
                            "Raw materials",
                            "Technology",
                            "Mid/high-cost",
                            "Further screening",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: option register for the dyeing section (extract)"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "What a compulsory audit expects of options",
                    "text": (
                        "<p>A compulsory audit exists first of all to solve the problem that put "
                        "the enterprise on the list: exceeding standards or totals, toxic or "
                        "hazardous substances, or energy use over the limit. No/low-cost "
                        "management options alone rarely solve such problems at the root, so a "
                        "compulsory audit stresses proposing and implementing mid/high-cost "
                        "technology options, aimed directly at the reason the enterprise was "
                        "listed. At acceptance the authorities specifically verify how these "
                        "options were implemented and what they achieved.</p>"
                    ),
                },
            ),
            ("heading", "Screening options"),
            (
                "paragraph",
                (
                    "<p>Screening has two steps. The first is a <b>preliminary screening</b> "
                    "that looks roughly at technical feasibility, environmental effect, economic "
                    "effect, ease of implementation and the effect on production and product "
                    "quality. It sorts the options into three groups: no/low-cost options to "
                    "implement at once; mid/high-cost options that need further study; and "
                    "options that cannot be taken forward for now. Do not throw the last group "
                    "away: record the reasons in the report and reconsider them in the next "
                    "audit round.</p><p>The second step ranks the mid/high-cost options by <b>"
                    "weighted scoring</b>, on the same principle used to choose the audit focus: "
                    "agree criteria and weights, score each option, compute the weighted score "
                    "and rank. The top options go on to feasibility analysis. In the example the "
                    "weights are percentages, each score runs from 1 to 10, and the weighted "
                    "score = Σ(weight × score).</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Option",
                            "Environmental effect (30%)",
                            "Economic effect (25%)",
                            "Technical feasibility (25%)",
                            "Ease of implementation (10%)",
                            "Effect on product quality (10%)",
                            "Weighted score",
                            "Rank",
                        ],
                        [
                            "M1 countercurrent rinsing and heat recovery",
                            "8",
                            "8",
                            "8",
                            "6",
                            "7",
                            "7.70",
                            "1",
                        ],
                        ["M2 cold pad-batch dyeing", "9", "6", "6", "4", "7", "6.80", "5"],
                        [
                            "M3 automatic weighing and dispensing",
                            "6",
                            "7",
                            "9",
                            "8",
                            "9",
                            "7.50",
                            "2",
                        ],
                        ["M4 low liquor-ratio machines", "9", "5", "8", "3", "8", "7.05", "3"],
                        ["M5 high-fixation dyes", "7", "6", "7", "8", "7", "6.85", "4"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: weighted screening of mid/high-cost options"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>For M1: 0.30×8 + 0.25×8 + 0.25×8 + 0.10×6 + 0.10×7 = 2.40 + 2.00 + 2.00 "
                    "+ 0.60 + 0.70 = 7.70, the highest score. The team sends the top three, M1, "
                    "M3 and M4, to feasibility analysis, starting with M1 because it tackles "
                    "both water use and heat loss. M2 would change the whole dyeing process and "
                    "does not suit some of the mill's products, so it is set aside for now. The "
                    "later lessons of Day 3 take M1 through technical, environmental and "
                    "economic feasibility analysis.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "No/low-cost option",
                    "definition": (
                        "A CP option that needs little investment, is technically simple and can "
                        "be implemented quickly: typically better housekeeping, improved "
                        "operation or simple repairs. It should be implemented as soon as it is "
                        "found during the audit, with results recorded before and after."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "How should the option 'set a water quota for each machine and include "
                        "water saving in shift performance reviews' be classified?"
                    ),
                    "options": [
                        {
                            "text": "Management-oriented, no/low-cost",
                            "correct": True,
                            "feedback": (
                                "Correct. It changes water use through quotas and reviews, needs "
                                "almost no investment and can be implemented at once."
                            ),
                        },
                        {
                            "text": "Technology-oriented, mid/high-cost",
                            "correct": False,
                            "feedback": (
                                "Incorrect. It involves no change to process or equipment and no "
                                "significant investment."
                            ),
                        },
                        {
                            "text": "Technology-oriented, no/low-cost",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The cost class is right, but the option is a "
                                "management rule, not a technical change."
                            ),
                        },
                        {
                            "text": "Not a CP option, because it does not reduce pollutants",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Using less water means generating less waste water, "
                                "which is classic source reduction."
                            ),
                        },
                    ],
                    "explanation": (
                        "Options are classified in two ways: by cost (no/low-cost or "
                        "mid/high-cost) and by type (management- or technology-oriented). The "
                        "classification decides whether an option is implemented at once or goes "
                        "to feasibility analysis."
                    ),
                },
            ),
        ],
    },
}

_PHASE_5_TECHNICAL_AND_ENVIRONMENTAL_EVALUATION: dict = {
    "slug": "phase-5-technical-and-environmental-evaluation",
    "estimated_minutes": 50,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第五阶段：可行性分析（一）技术评估和环境评估",
        "summary": (
            "中/高费方案投资前必须经过可行性分析。本课讲解技术评估和环境评估的内容，"
            "并以逆流漂洗配套余热回收方案为例进行演示。"
        ),
        "body": [
            ("heading", "为什么要做可行性分析"),
            (
                "paragraph",
                (
                    "<p>可行性分析是审核的第五个阶段，对象是经过筛选的中/高费方案。"
                    "这些方案投资较大，一旦决策失误，不仅浪费资金，"
                    "还会打击企业继续开展清洁生产的信心。可行性分析包括三个方面，一般按顺序进行："
                    "先做<b>技术评估</b>，确认方案能不能做；再做<b>环境评估</b>，"
                    "确认方案对环境是否确有好处；技术和环境上都可行的方案，最后做<b>经济评估</b>"
                    "，判断是否值得投资。任何一个方面不可行，方案都不能推荐实施。</p><p>"
                    "本课以上一课筛选出的M1为例：把染色工段的单槽溢流水洗改为三级逆流漂洗，"
                    "新鲜水只从最后一级加入，依次向前逆流；同时在皂洗废水排放管上加装板式换热器，"
                    "用约60°C的废水预热进入车间的新鲜水。以下数据均为教学示例。</p>"
                ),
            ),
            ("heading", "技术评估"),
            (
                "paragraph",
                (
                    "<p>技术评估要回答方案在本企业的条件下能否可靠地实现预期功能。"
                    "评估时不能只听设备供应商的介绍，应尽可能查阅行业审核指南和技术导向目录，"
                    "考察已应用的企业，必要时做小试或中试。主要评估内容见下表。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["评估内容", "要回答的问题", "M1的评估结论（示例）"],
                        [
                            "技术成熟度",
                            "是否有成功应用的实例？",
                            "逆流漂洗和板式换热在印染行业应用广泛，技术成熟",
                        ],
                        [
                            "与现有工艺的衔接",
                            "是否影响产品质量和生产节拍？",
                            "经小试，三级逆流漂洗后织物残留物和色牢度达到要求",
                        ],
                        [
                            "场地和公用工程",
                            "有无安装空间？水、电、汽能否满足？",
                            "利用现有水洗槽改造，新增换热器占地约10平方米",
                        ],
                        [
                            "设备供应和可靠性",
                            "设备能否采购？维护是否方便？",
                            "国内多家供应商可供货；换热器需定期清洗防止结垢",
                        ],
                        [
                            "操作和人员",
                            "现有人员能否掌握？需要哪些培训？",
                            "需培训操作工掌握逆流水位和流量控制",
                        ],
                        ["安全", "有无新的安全风险？", "无高温高压新增风险，管路改造按规范施工"],
                        [
                            "施工影响",
                            "改造期间是否需要停产？",
                            "利用计划检修期分批改造，不影响正常生产",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：M1方案的技术评估",
                },
            ),
            (
                "paragraph",
                (
                    "<p>技术评估还要得出方案的预期效果。本例中，"
                    "审核小组结合供应商的核算和小试数据，对M1作出如下估计：</p><ul><li><b>节水"
                    "</b>：逆流漂洗可使水洗和皂洗用水减少约30%，即380×30%＝114吨/天；</li><li><b>"
                    "节汽</b>：上一课算出，皂洗废水从60°C冷却到35°C可回收约10.45吉焦/天，"
                    "相当于约4.35吨蒸汽，考虑换热器效率和结垢，按80%计约3.5吨/天；另外，"
                    "热水用量减少约22吨/天，"
                    "按升温40°C计可少用约1.5吨蒸汽（22000×4.18×40≈3.68吉焦，÷2.4吉焦/吨≈1.5吨）；"
                    "两项合计约5.0吨/天。</li></ul>"
                ),
            ),
            ("heading", "环境评估"),
            (
                "paragraph",
                (
                    "<p>环境评估要确认方案确实减少了对环境的不利影响，而不是把问题转移到别处。"
                    "评估内容一般包括：资源和能源消耗的变化；废水、废气、"
                    "固体废物的产生量和性质的变化；是否产生新的污染物或二次污染；"
                    "对末端治理设施的影响；实施后能否帮助企业达到排放标准、总量指标、"
                    "能耗限额和清洁生产目标。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["指标", "改造前", "改造后（预计）", "变化"],
                        ["染色工段新鲜水用量（吨/天）", "600", "486", "减少114，约19%"],
                        ["单位产品新鲜水耗（吨/吨织物）", "50.0", "40.5", "减少9.5"],
                        ["蒸汽用量（吨/天）", "36.0", "31.0", "减少5.0，约14%"],
                        ["单位产品蒸汽消耗（吨/吨织物）", "3.00", "2.58", "减少0.42"],
                        ["废水量（吨/天）", "596", "482", "减少114，约19%"],
                        [
                            "废水中污染物浓度",
                            "基准",
                            "约为原来的1.24倍",
                            "污染物总量基本不变，浓度升高",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：M1方案实施前后的环境指标对比（按实测期间日均值计算）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>从表中可以看出：单位产品新鲜水耗由50.0降到40.5吨/吨织物（486÷12＝40.5），"
                    "已接近预评估设定的中长期目标40吨/吨，再加上F1、F3等无/低费方案，"
                    "有望达到目标；单位产品蒸汽消耗由3.00降到2.58吨/吨（31÷12≈2.58），"
                    "与2.55吨/吨的目标还有小差距，需要F2（修补保温、更换疏水阀）共同发挥作用。"
                    "</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "节水后浓度会升高",
                    "text": (
                        "<p>逆流漂洗减少的是水量，而染料、盐和助剂的总量基本不变。"
                        "废水量由596吨/天降到482吨/天，污染物浓度约升高到原来的596÷482≈1.24倍。"
                        "环境评估必须确认污水处理设施能够适应较高的进水浓度，排放仍能稳定达标。"
                        "另一方面，排水温度降低有利于生化处理。"
                        "换热器定期清洗产生的少量废液也要纳入管理。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "逆流漂洗",
                    "definition": (
                        "把多个漂洗槽串联，新鲜水只加入最后一级（最清洁的一级），"
                        "水流方向与织物或工件前进方向相反、逐级向前流动的漂洗方式。"
                        "在达到相同清洗效果的前提下，可以大幅减少新鲜水用量和废水量。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某方案使废水量减少20%，而废水中污染物的总量不变。"
                        "废水中的污染物浓度会怎样变化？"
                    ),
                    "options": [
                        {
                            "text": "降低20%",
                            "correct": False,
                            "feedback": "不对。污染物总量不变而水量减少，浓度只会升高，不会降低。",
                        },
                        {
                            "text": "保持不变",
                            "correct": False,
                            "feedback": (
                                "不对。浓度等于污染物总量除以水量，水量减少，浓度随之变化。"
                            ),
                        },
                        {
                            "text": "升高约25%",
                            "correct": True,
                            "feedback": "正确。浓度变为原来的1÷（1－20%）＝1.25倍，即升高约25%。",
                        },
                        {
                            "text": "升高20%",
                            "correct": False,
                            "feedback": (
                                "不对。浓度与水量成反比，应为1÷0.8＝1.25倍，升高25%，而不是20%。"
                            ),
                        },
                    ],
                    "explanation": (
                        "节水类方案通常使废水浓度升高。环境评估时要核算浓度变化，"
                        "确认末端治理设施的适应能力，避免出现“节了水却超了标”的情况。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 5: feasibility analysis (1) technical and environmental evaluation",
        "summary": (
            "Before money is spent on a mid/high-cost option it must pass a feasibility "
            "analysis. This lesson covers technical and environmental evaluation, using "
            "countercurrent rinsing with heat recovery as the worked example."
        ),
        "body": [
            ("heading", "Why feasibility analysis matters"),
            (
                "paragraph",
                (
                    "<p>Feasibility analysis is the fifth phase of the audit and deals with the "
                    "mid/high-cost options that survived screening. These options need real "
                    "investment. A wrong decision wastes money and undermines the enterprise's "
                    "confidence in CP. The analysis has three parts, normally done in order. <b>"
                    "Technical evaluation</b> asks whether the option can be done. <b>"
                    "Environmental evaluation</b> asks whether it really benefits the "
                    "environment. Only options that pass both go on to <b>economic evaluation</b>"
                    ", which asks whether the investment is worthwhile. An option that fails any "
                    "part cannot be recommended.</p><p>This lesson uses option M1 from the "
                    "previous lesson. The single-tank overflow rinsing in the dyeing section "
                    "becomes three-stage countercurrent rinsing, with fresh water entering only "
                    "at the last stage and flowing back stage by stage. A plate heat exchanger "
                    "on the soaping waste-water line uses the water at about 60 °C to preheat "
                    "incoming fresh water. All figures are illustrative.</p>"
                ),
            ),
            ("heading", "Technical evaluation"),
            (
                "paragraph",
                (
                    "<p>Technical evaluation asks whether the option will reliably do its job "
                    "under this enterprise's conditions. Do not rely on the supplier's brochure "
                    "alone: check sector audit guidelines and technology inventories, visit "
                    "enterprises that already use the technology and, where needed, run "
                    "laboratory or pilot trials. The main questions are set out below.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Question area",
                            "What must be answered",
                            "Conclusion for M1 (illustrative)",
                        ],
                        [
                            "Maturity",
                            "Has it been applied successfully elsewhere?",
                            (
                                "Countercurrent rinsing and plate heat exchangers are widely "
                                "used in dyeing; mature"
                            ),
                        ],
                        [
                            "Fit with the process",
                            "Will product quality or production rhythm suffer?",
                            (
                                "Trials showed residues and colour fastness meet requirements "
                                "after three-stage countercurrent rinsing"
                            ),
                        ],
                        [
                            "Space and utilities",
                            "Is there room? Are water, power and steam sufficient?",
                            (
                                "Existing rinsing tanks are converted; the new exchanger needs "
                                "about 10 m²"
                            ),
                        ],
                        [
                            "Supply and reliability",
                            "Can the equipment be bought and easily maintained?",
                            (
                                "Several domestic suppliers; the exchanger must be cleaned "
                                "regularly against scaling"
                            ),
                        ],
                        [
                            "Operation and staff",
                            "Can current staff run it? What training is needed?",
                            "Operators need training in countercurrent level and flow control",
                        ],
                        [
                            "Safety",
                            "Does it bring new hazards?",
                            (
                                "No new high-temperature or high-pressure risks; pipework built "
                                "to code"
                            ),
                        ],
                        [
                            "Construction",
                            "Must production stop during the works?",
                            (
                                "Converted in stages during planned maintenance; normal output "
                                "unaffected"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: technical evaluation of option M1",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Technical evaluation must also estimate what the option will deliver. "
                    "Using the supplier's calculations and trial data, the team estimates for "
                    "M1:</p><ul><li><b>Water:</b> countercurrent rinsing cuts rinsing and "
                    "soaping water by about 30%, that is 380 × 30% = 114 t/d;</li><li><b>Steam:"
                    "</b> the previous lesson showed that cooling soaping water from 60 °C to 35 "
                    "°C recovers about 10.45 GJ/d, equal to about 4.35 t of steam; allowing 80% "
                    "for exchanger performance and scaling gives about 3.5 t/d. In addition, "
                    "about 22 t/d less hot water has to be heated by 40 °C, saving about 1.5 t "
                    "of steam (22,000 × 4.18 × 40 ≈ 3.68 GJ, ÷ 2.4 GJ/t ≈ 1.5 t). Together: "
                    "about 5.0 t/d.</li></ul>"
                ),
            ),
            ("heading", "Environmental evaluation"),
            (
                "paragraph",
                (
                    "<p>Environmental evaluation confirms that the option really reduces harm to "
                    "the environment rather than moving a problem elsewhere. It usually covers: "
                    "changes in resource and energy use; changes in the amount and nature of "
                    "waste water, air emissions and solid waste; any new pollutants or secondary "
                    "pollution; the effect on end-of-pipe plants; and whether the option helps "
                    "the enterprise meet discharge standards, total-volume targets, energy "
                    "limits and its CP targets.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Indicator", "Before", "After (expected)", "Change"],
                        ["Fresh water, dyeing section (t/d)", "600", "486", "-114, about 19%"],
                        ["Fresh water per unit of product (t/t fabric)", "50.0", "40.5", "-9.5"],
                        ["Steam (t/d)", "36.0", "31.0", "-5.0, about 14%"],
                        ["Steam per unit of product (t/t fabric)", "3.00", "2.58", "-0.42"],
                        ["Waste water (t/d)", "596", "482", "-114, about 19%"],
                        [
                            "Pollutant concentration in waste water",
                            "Baseline",
                            "About 1.24 times baseline",
                            "Load about the same; concentration higher",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: environmental indicators before and after M1 "
                        "(based on daily averages during the campaign)"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The table shows that fresh water per unit of product falls from 50.0 to "
                    "40.5 t per tonne of fabric (486 ÷ 12 = 40.5), close to the medium-term "
                    "target of 40 t/t set in pre-assessment; with no/low-cost options F1 and F3 "
                    "the target is within reach. Steam per unit of product falls from 3.00 to "
                    "2.58 t/t (31 ÷ 12 ≈ 2.58), still a little above the 2.55 t/t target, so "
                    "option F2 (insulation repairs and new steam traps) is needed as well.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Saving water raises concentrations",
                    "text": (
                        "<p>Countercurrent rinsing reduces the volume of water, but the total "
                        "amount of dye, salt and auxiliaries stays about the same. Waste water "
                        "falls from 596 t/d to 482 t/d, so pollutant concentrations rise to "
                        "about 596 ÷ 482 ≈ 1.24 times their former level. The environmental "
                        "evaluation must confirm that the treatment plant can handle the "
                        "stronger influent and still comply reliably. On the plus side, the "
                        "cooler discharge helps biological treatment. The small amount of spent "
                        "liquid from cleaning the heat exchanger must also be managed.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Countercurrent rinsing",
                    "definition": (
                        "Rinsing in several tanks connected in series, with fresh water added "
                        "only to the last, cleanest tank and flowing stage by stage against the "
                        "direction in which the fabric or workpiece moves. It achieves the same "
                        "cleaning with much less fresh water and waste water."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An option cuts waste-water volume by 20% while the total mass of "
                        "pollutants stays the same. What happens to the pollutant concentration?"
                    ),
                    "options": [
                        {
                            "text": "It falls by 20%",
                            "correct": False,
                            "feedback": (
                                "Incorrect. With the same pollutant mass in less water, "
                                "concentration can only rise."
                            ),
                        },
                        {
                            "text": "It stays the same",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Concentration is pollutant mass divided by volume, "
                                "so a change in volume changes it."
                            ),
                        },
                        {
                            "text": "It rises by about 25%",
                            "correct": True,
                            "feedback": (
                                "Correct. The new concentration is 1 ÷ (1 - 0.20) = 1.25 times "
                                "the old, a rise of about 25%."
                            ),
                        },
                        {
                            "text": "It rises by 20%",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Concentration is inversely proportional to volume: 1 "
                                "÷ 0.8 = 1.25, a 25% rise, not 20%."
                            ),
                        },
                    ],
                    "explanation": (
                        "Water-saving options usually make waste water stronger. The "
                        "environmental evaluation must work out the change in concentration and "
                        "confirm that end-of-pipe treatment can cope, so that saving water does "
                        "not lead to exceeding limits."
                    ),
                },
            ),
        ],
    },
}

_PHASE_5_ECONOMIC_EVALUATION: dict = {
    "slug": "phase-5-economic-evaluation",
    "estimated_minutes": 60,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第五阶段：可行性分析（二）经济评估",
        "summary": (
            "用投资回收期、净现值和内部收益率三个指标评价中/高费方案的经济可行性。"
            "本课以投资120万元、年净收益40万元的方案为例，完整演示计算过程和判断准则。"
        ),
        "body": [
            ("heading", "经济评估需要哪些数据"),
            (
                "paragraph",
                (
                    "<p>通过技术评估和环境评估的方案，最后要回答“值不值得投资”。"
                    "经济评估需要两类数据：</p><ul><li><b>总投资I</b>：设备购置费、"
                    "安装和管路改造费、设计和调试费等，必要时还包括流动资金和停产改造的损失；"
                    "</li><li><b>年净现金流量CF</b>：方案每年带来的收益减去新增的运行费用。"
                    "收益包括节约的原材料、水、能源费用，减少的排污和废物处置费用，"
                    "以及回收物料的价值等；新增费用包括电耗、药剂、维护和人工等。"
                    "正式的经济评估还应考虑折旧和所得税的影响，本课为突出方法作了简化，"
                    "以税前年净收益代替。</li></ul><p>数据要有出处：价格取企业近期的实际单价，"
                    "运行天数取实际生产天数，新增费用取供应商报价或同类设备的运行数据。"
                    "经济评估的结果会在评估和验收时被复核。</p><p>沿用上一课的M1方案（示例数据）"
                    "：总投资120万元，其中设备80万元、安装和管路改造30万元、设计和调试10万元；"
                    "年生产300天；使用寿命按5年保守计算，期末残值不计；基准收益率（折现率）取8%。"
                    "年净收益的计算见下表。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["项目", "计算", "金额（元/年）"],
                        ["节约新鲜水及废水处理费", "114吨/天×300天×5.0元/吨", "171000"],
                        ["节约蒸汽", "5.0吨/天×300天×180元/吨", "270000"],
                        ["年节约合计", "171000＋270000", "441000"],
                        [
                            "新增运行费用（水泵电耗、换热器清洗、维护）",
                            "按供应商数据估算",
                            "－41000",
                        ],
                        ["年净收益（年净现金流量）", "441000－41000", "400000"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：M1方案的年净收益",
                },
            ),
            ("heading", "投资回收期"),
            (
                "paragraph",
                (
                    "<p>静态投资回收期是用方案的年净收益收回全部投资所需的时间。"
                    "每年净收益相同时：</p><p><b>投资回收期P＝I÷CF＝1200000÷400000＝3.0年</b></p>"
                    "<p>回收期越短，方案越有吸引力。企业通常会规定一个可接受的回收期，"
                    "回收期不超过这一期限、并明显短于设备寿命的方案才予以考虑。"
                    "静态回收期简单直观，但有两个缺点：没有考虑资金的时间价值，"
                    "也不反映回收期之后的收益。因此它只能作为初步判断，"
                    "还需要用动态指标进一步评价。</p>"
                ),
            ),
            ("heading", "净现值"),
            (
                "paragraph",
                (
                    "<p>今天的1元钱比明年的1元钱更值钱，因为它可以拿去再投资。净现值（NPV）"
                    "把方案寿命期内每年的净现金流量，按基准收益率i折算到投资开始的时点，"
                    "再减去初始投资：</p><p><b>NPV＝Σ CF_t÷(1＋i)^t－I（t＝1，2，…，n）</b></p>"
                    "<p>每年净现金流量相同时，可以用年金现值系数简化计算："
                    "年金现值系数＝[1－(1＋i)^(－n)]÷i＝[1－1.08^(－5)]÷0.08≈3.9927。于是：</p>"
                    "<ul><li>收益现值＝400000×3.9927≈1597084元；</li><li>"
                    "NPV＝1597084－1200000＝397084元，约39.7万元。</li></ul><p>NPV大于零，"
                    "说明方案的收益率高于8%的基准收益率，经济上可行。下表逐年列出了同样的计算，"
                    "累计现值一栏还显示：在考虑资金时间价值后，投资在第4年内收回，"
                    "动态投资回收期约为3＋169161÷294012≈3.6年。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "年份t",
                            "净现金流量（元）",
                            "折现系数1/(1.08)^t",
                            "现值（元）",
                            "累计现值（元）",
                        ],
                        ["0", "－1200000", "1.0000", "－1200000", "－1200000"],
                        ["1", "400000", "0.9259", "370370", "－829630"],
                        ["2", "400000", "0.8573", "342936", "－486694"],
                        ["3", "400000", "0.7938", "317533", "－169161"],
                        ["4", "400000", "0.7350", "294012", "124851"],
                        ["5", "400000", "0.6806", "272233", "397084"],
                        ["合计", "800000", "3.9927（第1至5年）", "397084", "—"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：M1方案的净现值计算（i＝8%，n＝5年）",
                },
            ),
            ("heading", "内部收益率"),
            (
                "paragraph",
                (
                    "<p>内部收益率（IRR）是使方案净现值恰好等于零的折现率，"
                    "反映方案本身能够达到的收益水平。它通常用试算加线性插值的方法求得：</p><ul>"
                    "<li>取i＝19%：年金现值系数≈3.0576，NPV≈400000×3.0576－1200000≈＋23054元；"
                    "</li><li>取i＝20%：年金现值系数≈2.9906，"
                    "NPV≈400000×2.9906－1200000≈－3755元；</li><li>插值："
                    "IRR≈19%＋23054÷（23054＋3755）×1%≈19.86%，约19.9%。</li></ul><p>"
                    "也可以这样理解：本例每年净收益相同，"
                    "IRR就是使年金现值系数等于I÷CF＝3.0的折现率。IRR约19.9%，"
                    "远高于8%的基准收益率，方案经济上可行。"
                    "试算的两个折现率应当相差不大（一般不超过2至5个百分点），否则插值误差较大。"
                    "</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "判断准则",
                    "text": (
                        "<ul><li>投资回收期P不超过企业可接受的期限，并明显短于方案寿命；</li><li>"
                        "净现值NPV≥0；</li><li>内部收益率IRR≥基准收益率。</li></ul><p>"
                        "比较投资规模不同、只能选其一的互斥方案时，应以净现值为主要依据，"
                        "不能简单地选IRR最高的方案。还应做敏感性分析："
                        "本例如果年净收益比预期低20%，即32万元，"
                        "NPV＝320000×3.9927－1200000≈77667元，仍大于零，方案依然可行。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "基准收益率",
                    "definition": (
                        "企业或行业对投资项目要求达到的最低收益率，也是计算净现值时采用的折现率。"
                        "它通常参考资金成本、行业基准值和投资风险确定。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某方案投资60万元，年净收益15万元，寿命6年。按8%折现计算，"
                        "NPV约为＋9.3万元。下列说法哪一项正确？"
                    ),
                    "options": [
                        {
                            "text": "静态投资回收期为4年，NPV大于零，方案经济上可行",
                            "correct": True,
                            "feedback": (
                                "正确。600000÷150000＝4年，短于6年寿命；NPV＞0说明收益率高于8%。"
                            ),
                        },
                        {
                            "text": "静态投资回收期为0.25年",
                            "correct": False,
                            "feedback": (
                                "不对。这是把年净收益除以投资得到的数，回收期应为投资除以年净收益。"
                            ),
                        },
                        {
                            "text": "NPV大于零，说明方案的IRR低于8%",
                            "correct": False,
                            "feedback": "不对。按8%折现NPV为正，说明IRR高于8%。",
                        },
                        {
                            "text": "回收期4年长于3年，所以方案一定不可行",
                            "correct": False,
                            "feedback": (
                                "不对。可接受的回收期由企业根据具体情况确定，"
                                "不能脱离寿命期和动态指标作判断。"
                            ),
                        },
                    ],
                    "explanation": (
                        "回收期＝投资÷年净收益。以基准收益率折现，NPV＞0等价于IRR＞基准收益率。"
                        "本题年金现值系数＝[1－1.08^(－6)]÷0.08≈4.6229，"
                        "NPV≈150000×4.6229－600000≈93432元。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 5: feasibility analysis (2) economic evaluation",
        "summary": (
            "Payback period, net present value and internal rate of return are used to judge "
            "whether a mid/high-cost option is worth the investment. A worked example with an "
            "investment of RMB 1.2 million and annual net savings of RMB 400,000 shows every "
            "step and the decision rules."
        ),
        "body": [
            ("heading", "What data the economic evaluation needs"),
            (
                "paragraph",
                (
                    "<p>An option that passes the technical and environmental evaluations must "
                    "finally answer one question: is it worth the money? The economic evaluation "
                    "needs two sets of figures:</p><ul><li><b>Total investment I:</b> equipment, "
                    "installation and pipework, design and commissioning, and where relevant "
                    "working capital and output lost during the works;</li><li><b>Annual net "
                    "cash flow CF:</b> what the option earns or saves each year minus the extra "
                    "costs of running it. Savings include raw materials, water and energy, lower "
                    "discharge fees and disposal costs, and the value of recovered materials. "
                    "Extra costs include power, chemicals, maintenance and labour. A full "
                    "evaluation also accounts for depreciation and income tax; to keep the "
                    "method clear, this lesson simplifies by using pre-tax annual net savings."
                    "</li></ul><p>Every figure needs a source: current unit prices actually "
                    "paid, actual production days, and supplier quotations or operating data "
                    "from similar equipment for the extra costs. The economic evaluation will be "
                    "re-checked at assessment and acceptance.</p><p>Continuing with option M1 "
                    "(illustrative figures): total investment is RMB 1.2 million, made up of RMB "
                    "800,000 for equipment, RMB 300,000 for installation and pipework and RMB "
                    "100,000 for design and commissioning. The mill runs 300 days a year; the "
                    "service life is taken conservatively as 5 years with no salvage value; and "
                    "the discount rate, the benchmark rate of return, is 8%. The annual net "
                    "savings are worked out below.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Item", "Calculation", "Amount (RMB/year)"],
                        [
                            "Fresh water and waste-water treatment saved",
                            "114 t/d × 300 d × RMB 5.0/t",
                            "171,000",
                        ],
                        ["Steam saved", "5.0 t/d × 300 d × RMB 180/t", "270,000"],
                        ["Total savings", "171,000 + 270,000", "441,000"],
                        [
                            "Added running costs (pump power, exchanger cleaning, maintenance)",
                            "Estimated from supplier data",
                            "-41,000",
                        ],
                        [
                            "Annual net savings (annual net cash flow)",
                            "441,000 - 41,000",
                            "400,000",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: annual net savings of option M1",
                },
            ),
            ("heading", "Payback period"),
            (
                "paragraph",
                (
                    "<p>The simple payback period is how long the option's annual net savings "
                    "take to repay the whole investment. When the savings are the same every "
                    "year:</p><p><b>Payback period P = I ÷ CF = 1,200,000 ÷ 400,000 = 3.0 years"
                    "</b></p><p>The shorter the payback, the more attractive the option. "
                    "Enterprises usually set an acceptable payback period and consider only "
                    "options that pay back within it and well within the equipment's life. "
                    "Simple payback is easy to understand but has two weaknesses: it ignores the "
                    "time value of money, and it ignores everything earned after the payback "
                    "date. Use it for a first look, then apply discounted measures.</p>"
                ),
            ),
            ("heading", "Net present value"),
            (
                "paragraph",
                (
                    "<p>A yuan today is worth more than a yuan next year, because today's yuan "
                    "can be invested. Net present value (NPV) discounts each year's net cash "
                    "flow over the option's life back to the start of the investment at the "
                    "benchmark rate i, and subtracts the initial investment:</p><p><b>NPV = Σ "
                    "CF_t ÷ (1 + i)^t - I, for t = 1, 2, ..., n</b></p><p>When the cash flow is "
                    "the same every year, the annuity factor shortens the work: annuity factor = "
                    "[1 - (1 + i)^(-n)] ÷ i = [1 - 1.08^(-5)] ÷ 0.08 ≈ 3.9927. So:</p><ul><li>"
                    "present value of the savings = 400,000 × 3.9927 ≈ RMB 1,597,084;</li><li>"
                    "NPV = 1,597,084 - 1,200,000 = RMB 397,084, about RMB 0.4 million.</li></ul>"
                    "<p>NPV is positive, so the option earns more than the 8% benchmark and is "
                    "economically feasible. The table below does the same calculation year by "
                    "year. Its cumulative column also shows that, once the time value of money "
                    "is counted, the investment is recovered during year 4: the discounted "
                    "payback period is about 3 + 169,161 ÷ 294,012 ≈ 3.6 years.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Year t",
                            "Net cash flow (RMB)",
                            "Discount factor 1/(1.08)^t",
                            "Present value (RMB)",
                            "Cumulative PV (RMB)",
                        ],
                        ["0", "-1,200,000", "1.0000", "-1,200,000", "-1,200,000"],
                        ["1", "400,000", "0.9259", "370,370", "-829,630"],
                        ["2", "400,000", "0.8573", "342,936", "-486,694"],
                        ["3", "400,000", "0.7938", "317,533", "-169,161"],
                        ["4", "400,000", "0.7350", "294,012", "124,851"],
                        ["5", "400,000", "0.6806", "272,233", "397,084"],
                        ["Total", "800,000", "3.9927 (years 1-5)", "397,084", "-"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: NPV of option M1 (i = 8%, n = 5 years)",
                },
            ),
            ("heading", "Internal rate of return"),
            (
                "paragraph",
                (
                    "<p>The internal rate of return (IRR) is the discount rate at which the "
                    "option's NPV is exactly zero; it shows the return the option itself "
                    "achieves. It is usually found by trial and linear interpolation:</p><ul><li>"
                    "at i = 19%: annuity factor ≈ 3.0576, NPV ≈ 400,000 × 3.0576 - 1,200,000 ≈ "
                    "+RMB 23,054;</li><li>at i = 20%: annuity factor ≈ 2.9906, NPV ≈ 400,000 × "
                    "2.9906 - 1,200,000 ≈ -RMB 3,755;</li><li>interpolating: IRR ≈ 19% + 23,054 "
                    "÷ (23,054 + 3,755) × 1% ≈ 19.86%, about 19.9%.</li></ul><p>Another way to "
                    "see it: with equal annual savings, the IRR is the rate at which the annuity "
                    "factor equals I ÷ CF = 3.0. An IRR of about 19.9% is far above the 8% "
                    "benchmark, so the option is economically feasible. Keep the two trial rates "
                    "close together (usually no more than 2 to 5 percentage points apart), or "
                    "the interpolation error grows.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Decision rules",
                    "text": (
                        "<ul><li>Payback period P within the enterprise's acceptable limit and "
                        "well within the option's life;</li><li>NPV ≥ 0;</li><li>IRR ≥ the "
                        "benchmark rate of return.</li></ul><p>When choosing between mutually "
                        "exclusive options of different sizes, rely mainly on NPV rather than "
                        "simply picking the highest IRR. Also test sensitivity: if annual net "
                        "savings in this example were 20% below the estimate, at RMB 320,000, "
                        "NPV = 320,000 × 3.9927 - 1,200,000 ≈ RMB 77,667, still positive, so the "
                        "option remains feasible.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Benchmark rate of return",
                    "definition": (
                        "The minimum rate of return an enterprise or sector requires of an "
                        "investment, also used as the discount rate when calculating NPV. It is "
                        "usually set with reference to the cost of capital, sector benchmarks "
                        "and the risk of the investment."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An option costs RMB 600,000, saves RMB 150,000 net per year and lasts 6 "
                        "years. Discounted at 8%, its NPV is about +RMB 93,000. Which statement "
                        "is correct?"
                    ),
                    "options": [
                        {
                            "text": (
                                "The simple payback is 4 years and NPV is positive, so the "
                                "option is economically feasible"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. 600,000 ÷ 150,000 = 4 years, shorter than the 6-year "
                                "life, and a positive NPV means the return is above 8%."
                            ),
                        },
                        {
                            "text": "The simple payback is 0.25 years",
                            "correct": False,
                            "feedback": (
                                "Incorrect. That is the annual saving divided by the investment; "
                                "payback is investment divided by annual saving."
                            ),
                        },
                        {
                            "text": "A positive NPV means the IRR is below 8%",
                            "correct": False,
                            "feedback": (
                                "Incorrect. A positive NPV at 8% means the IRR is above 8%."
                            ),
                        },
                        {
                            "text": (
                                "Payback of 4 years is longer than 3 years, so the option must "
                                "be rejected"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The acceptable payback is set by the enterprise for "
                                "its situation, and must be judged together with the option's "
                                "life and discounted measures."
                            ),
                        },
                    ],
                    "explanation": (
                        "Payback = investment ÷ annual net saving. When discounting at the "
                        "benchmark rate, NPV > 0 is the same as IRR > benchmark. Here the "
                        "annuity factor is [1 - 1.08^(-6)] ÷ 0.08 ≈ 4.6229, so NPV ≈ 150,000 × "
                        "4.6229 - 600,000 ≈ RMB 93,432."
                    ),
                },
            ),
        ],
    },
}

_PHASE_6_OPTION_IMPLEMENTATION: dict = {
    "slug": "phase-6-option-implementation",
    "estimated_minutes": 50,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第六阶段：方案实施",
        "summary": (
            "把经过论证的方案变为现实：制订实施计划、筹措资金、组织施工调试，"
            "并以实测数据核实方案的实际成效，与预期进行对比和汇总。"
        ),
        "body": [
            ("heading", "制订实施计划"),
            (
                "paragraph",
                (
                    "<p>方案实施是审核的第六个阶段。无/低费方案大多在前几个阶段已经边审核边实施，"
                    "这一阶段的重点是推进经可行性分析论证的中/高费方案，"
                    "并对所有已实施方案的成效进行核实和汇总。</p><p>中/高费方案涉及设计、采购、"
                    "施工、调试等多个环节，需要制订详细的实施计划，明确每一步的工作内容、"
                    "负责部门、时间节点和所需资金。多个方案同时推进时，"
                    "一般按可行性分析的排序和资金到位情况确定先后，同时要尽量利用计划检修期施工，"
                    "减少对生产的影响。下表是示例M1方案的实施计划。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["步骤", "主要工作", "负责部门", "时间安排（示例）"],
                        [
                            "设计",
                            "确定逆流漂洗槽和换热器的技术参数，完成管路设计",
                            "技术部、设计单位",
                            "第1至2个月",
                        ],
                        ["采购", "招标或询价比选，签订供货合同", "设备部、财务部", "第2至3个月"],
                        [
                            "施工安装",
                            "利用计划检修期分批改造水洗槽，安装换热器",
                            "设备部",
                            "第4至5个月",
                        ],
                        [
                            "调试和培训",
                            "单机和联动调试，培训操作工和维修工",
                            "生产部、设备部",
                            "第5个月",
                        ],
                        ["试运行", "稳定运行并记录数据，修订操作规程", "生产部", "第6个月"],
                        [
                            "成效核实",
                            "按基准期同样的方法实测，编写实施总结",
                            "审核小组",
                            "第7至9个月",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：M1方案实施计划",
                },
            ),
            ("heading", "筹措资金"),
            (
                "paragraph",
                (
                    "<p>资金往往是中/高费方案能否落地的关键。常见的资金来源有：</p><ul><li><b>"
                    "企业自有资金</b>：无/低费方案产生的节约可以专款专用，滚动投入中/高费方案；"
                    "</li><li><b>银行贷款</b>："
                    "可行性分析报告中的经济评估结果是申请贷款的重要依据，"
                    "部分银行对节能环保项目提供优惠贷款；</li><li><b>政府资金</b>："
                    "中央财政清洁生产专项资金支持重点行业中小企业的源头削减、过程控制、"
                    "回收利用等项目，地方政府也设有清洁生产、节能或环保方面的专项资金；</li><li>"
                    "<b>税收优惠</b>：利用废物生产的产品和从废物中回收的原料，"
                    "可以按国家规定享受增值税减免；</li><li><b>合同能源管理</b>："
                    "由节能服务公司投资改造，双方按约定分享节能收益，适合节能类方案。</li></ul>"
                    "<p>申请政府资金一般要提交审核报告和可行性分析材料，"
                    "因此前几个阶段数据是否扎实，直接关系到能否获得支持。</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "不要因为等资金而停下来",
                    "text": (
                        "<p>资金审批可能需要较长时间。在等待期间，审核小组应继续推进设计、"
                        "询价等不花大钱的准备工作，并持续落实无/低费方案，避免审核出现断档。</p>"
                    ),
                },
            ),
            ("heading", "核实实际成效"),
            (
                "paragraph",
                (
                    "<p>方案投入运行、工况稳定后，要用实测数据核实其实际成效，"
                    "这是评价审核成果的根本依据，也是强制性审核验收的核心内容。核实时要注意："
                    "测量方法、计量器具和时间基准应与评估阶段的基准数据保持一致；"
                    "测量应覆盖足够长的正常生产期；保留计量记录、监测报告、"
                    "发票和调试报告等原始凭证。实测结果要与可行性分析的预计值对比，"
                    "差别较大的要分析原因。</p><p>示例M1方案稳定运行3个月后，"
                    "审核小组按同样方法实测，结果如下。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["指标", "可行性分析预计", "实施后实测", "实测与预计之比"],
                        ["节约新鲜水（吨/天）", "114", "105", "92%"],
                        ["节约蒸汽（吨/天）", "5.0", "4.6", "92%"],
                        ["年净收益（元/年）", "400000", "364900", "91%"],
                        ["静态投资回收期（年）", "3.0", "3.3", "—"],
                        ["净现值（i＝8%，n＝5年，元）", "397084", "256940", "—"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：M1方案预计效果与实际效果对比",
                },
            ),
            (
                "paragraph",
                (
                    "<p>按实测值重新计算：年节水费用105×300×5.0＝157500元，"
                    "年节汽费用4.6×300×180＝248400元，合计405900元，扣除新增运行费用41000元，"
                    "年净收益364900元。静态投资回收期＝1200000÷364900≈3.3年；"
                    "净现值＝364900×3.9927－1200000≈256940元，仍大于零。"
                    "实测效果约为预计值的九成，主要原因是核实期间深色品种比例偏高，"
                    "以及换热器出现轻微结垢。审核小组据此制定了换热器定期清洗制度。</p>"
                ),
            ),
            ("heading", "汇总审核成果"),
            (
                "paragraph",
                (
                    "<p>所有方案实施后，要汇总本轮审核取得的环境效益和经济效益，"
                    "并与预评估设定的清洁生产目标对照，看目标是否实现。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "方案",
                            "投资（元）",
                            "节水（吨/天）",
                            "节汽（吨/天）",
                            "年净收益（元/年）",
                        ],
                        ["F1至F4无/低费方案合计（实测）", "60000", "30", "1.0", "99000"],
                        ["M1逆流漂洗和余热回收（实测）", "1200000", "105", "4.6", "364900"],
                        ["合计", "1260000", "135", "5.6", "463900"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "示例：本轮审核已实施方案的成效汇总",
                },
            ),
            (
                "paragraph",
                (
                    "<p>全部方案实施后，染色工段新鲜水用量由600吨/天降到465吨/天，"
                    "单位产品新鲜水耗为465÷12≈38.8吨/吨织物，低于40吨/吨的目标；"
                    "蒸汽用量由36吨/天降到30.4吨/天，单位产品蒸汽消耗约为2.53吨/吨，"
                    "低于2.55吨/吨的目标。按年生产300天计，每年节水40500吨、节汽1680吨，"
                    "废水相应减少约40500吨。</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "成效核实",
                    "definition": (
                        "方案实施并稳定运行后，"
                        "用与基准期相同的方法实测资源能源消耗和污染物产生情况，"
                        "计算方案的实际环境效益和经济效益，并与预计值对比的工作。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某中/高费方案实施后，实测年净收益只有预计值的60%。"
                        "审核小组最恰当的做法是什么？"
                    ),
                    "options": [
                        {
                            "text": "在审核报告中仍按预计值填写，以免影响验收",
                            "correct": False,
                            "feedback": (
                                "不对。这是弄虚作假，验收核实的正是实际成效，"
                                "企业和审核人员都要承担责任。"
                            ),
                        },
                        {
                            "text": (
                                "如实报告实测结果，分析偏差原因，提出改进措施，并重新计算经济指标"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。如实记录和分析偏差，既是法律要求，"
                                "也能为改进运行和下一轮审核提供依据。"
                            ),
                        },
                        {
                            "text": "认定方案失败，立即拆除设备",
                            "correct": False,
                            "feedback": (
                                "不对。应先查明原因，很多偏差可以通过调整运行和管理加以改善。"
                            ),
                        },
                        {
                            "text": "延长核实期，直到实测结果达到预计值为止",
                            "correct": False,
                            "feedback": (
                                "不对。核实期应覆盖正常生产，不能为凑出预计值而人为选取数据。"
                            ),
                        },
                    ],
                    "explanation": (
                        "实际成效与预计值存在偏差是正常的，关键是如实报告、"
                        "分析原因并采取改进措施。审核结论必须建立在实测数据之上。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 6: option implementation",
        "summary": (
            "Turning approved options into reality: planning the work, finding the money, "
            "building and commissioning, then verifying actual results with measured data and "
            "comparing and summarising them against the estimates."
        ),
        "body": [
            ("heading", "Planning implementation"),
            (
                "paragraph",
                (
                    "<p>Option implementation is the sixth phase of the audit. Most no/low-cost "
                    "options were implemented during the earlier phases, so this phase "
                    "concentrates on the mid/high-cost options confirmed by the feasibility "
                    "analysis, and on verifying and summarising the results of every option "
                    "implemented.</p><p>A mid/high-cost option involves design, procurement, "
                    "construction and commissioning, so it needs a detailed implementation plan "
                    "that sets out the work, the responsible department, the deadlines and the "
                    "money needed for each step. When several options run at once, their order "
                    "usually follows the feasibility ranking and the availability of funds, and "
                    "construction is fitted into planned maintenance wherever possible to limit "
                    "disruption. The table shows the plan for the illustrative option M1.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Step", "Main work", "Responsible", "Timing (illustrative)"],
                        [
                            "Design",
                            (
                                "Set specifications for the countercurrent tanks and exchanger; "
                                "design pipework"
                            ),
                            "Technical dept., design firm",
                            "Months 1-2",
                        ],
                        [
                            "Procurement",
                            "Tender or compare quotations; sign supply contracts",
                            "Equipment and finance depts.",
                            "Months 2-3",
                        ],
                        [
                            "Installation",
                            (
                                "Convert rinsing tanks in stages during planned maintenance; "
                                "install exchanger"
                            ),
                            "Equipment dept.",
                            "Months 4-5",
                        ],
                        [
                            "Commissioning and training",
                            (
                                "Test units and the whole system; train operators and "
                                "maintenance staff"
                            ),
                            "Production and equipment depts.",
                            "Month 5",
                        ],
                        [
                            "Trial operation",
                            "Run steadily, record data, revise operating procedures",
                            "Production dept.",
                            "Month 6",
                        ],
                        [
                            "Verifying results",
                            (
                                "Measure with the same methods as the baseline; write the "
                                "implementation summary"
                            ),
                            "Audit team",
                            "Months 7-9",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Illustrative example: implementation plan for option M1",
                },
            ),
            ("heading", "Finding the money"),
            (
                "paragraph",
                (
                    "<p>Finance often decides whether a mid/high-cost option is built. Common "
                    "sources are:</p><ul><li><b>The enterprise's own funds:</b> savings from "
                    "no/low-cost options can be ring-fenced and reinvested in mid/high-cost "
                    "ones;</li><li><b>Bank loans:</b> the economic evaluation in the feasibility "
                    "study supports the loan application, and some banks offer better terms for "
                    "energy-saving and environmental projects;</li><li><b>Government funds:</b> "
                    "the central special CP funds support source reduction, process control and "
                    "recovery projects in SMEs in key sectors, and local governments run their "
                    "own CP, energy-saving or environmental funds;</li><li><b>Tax relief:</b> "
                    "products made from wastes and materials recovered from wastes can qualify "
                    "for VAT reductions under national rules;</li><li><b>Energy performance "
                    "contracting:</b> an energy service company pays for the upgrade and the two "
                    "parties share the savings as agreed; this suits energy-saving options.</li>"
                    "</ul><p>Applications for government funds normally require the audit report "
                    "and the feasibility study, so the quality of the data gathered in earlier "
                    "phases directly affects whether support is granted.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Do not stop while waiting for money",
                    "text": (
                        "<p>Funding approval can take a long time. Meanwhile the audit team "
                        "should keep moving on low-cost preparation such as design work and "
                        "quotations, and keep implementing no/low-cost options, so that the "
                        "audit does not lose momentum.</p>"
                    ),
                },
            ),
            ("heading", "Verifying actual results"),
            (
                "paragraph",
                (
                    "<p>Once an option is running steadily, its actual results must be verified "
                    "with measured data. This is the basis for judging what the audit achieved "
                    "and the core of acceptance for a compulsory audit. Use the same measurement "
                    "methods, meters and time basis as the baseline data from the assessment "
                    "phase; measure over a long enough period of normal production; and keep the "
                    "original evidence, such as meter records, monitoring reports, invoices and "
                    "commissioning reports. Compare the measured results with the estimates from "
                    "the feasibility analysis and explain any large differences.</p><p>After "
                    "option M1 had run steadily for three months, the audit team measured it "
                    "using the same methods as before, with the results below.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Indicator",
                            "Estimated in feasibility analysis",
                            "Measured after implementation",
                            "Measured as % of estimate",
                        ],
                        ["Fresh water saved (t/d)", "114", "105", "92%"],
                        ["Steam saved (t/d)", "5.0", "4.6", "92%"],
                        ["Annual net savings (RMB/year)", "400,000", "364,900", "91%"],
                        ["Simple payback (years)", "3.0", "3.3", "-"],
                        ["NPV (i = 8%, n = 5 years, RMB)", "397,084", "256,940", "-"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: estimated and actual results of option M1"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Recalculating with measured values: water savings 105 × 300 × 5.0 = RMB "
                    "157,500 a year and steam savings 4.6 × 300 × 180 = RMB 248,400 a year, RMB "
                    "405,900 in total; less RMB 41,000 of added running costs, the annual net "
                    "saving is RMB 364,900. Simple payback = 1,200,000 ÷ 364,900 ≈ 3.3 years, "
                    "and NPV = 364,900 × 3.9927 - 1,200,000 ≈ RMB 256,940, still positive. "
                    "Actual results are about nine tenths of the estimate, mainly because the "
                    "share of dark shades was high during the verification period and the heat "
                    "exchanger had begun to scale. The team responded by setting a regular "
                    "cleaning schedule for the exchanger.</p>"
                ),
            ),
            ("heading", "Summarising the results of the audit"),
            (
                "paragraph",
                (
                    "<p>When all options are in place, add up the environmental and economic "
                    "benefits of the audit round and check them against the CP targets set in "
                    "pre-assessment.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        [
                            "Option",
                            "Investment (RMB)",
                            "Water saved (t/d)",
                            "Steam saved (t/d)",
                            "Annual net savings (RMB/year)",
                        ],
                        [
                            "F1-F4 no/low-cost options combined (measured)",
                            "60,000",
                            "30",
                            "1.0",
                            "99,000",
                        ],
                        [
                            "M1 countercurrent rinsing and heat recovery (measured)",
                            "1,200,000",
                            "105",
                            "4.6",
                            "364,900",
                        ],
                        ["Total", "1,260,000", "135", "5.6", "463,900"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": (
                        "Illustrative example: results of the options implemented in this round"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>With all options in place, fresh water in the dyeing section falls from "
                    "600 t/d to 465 t/d, or 465 ÷ 12 ≈ 38.8 t per tonne of fabric, below the 40 "
                    "t/t target. Steam falls from 36 t/d to 30.4 t/d, about 2.53 t per tonne of "
                    "fabric, below the 2.55 t/t target. Over 300 production days a year the mill "
                    "saves 40,500 t of water and 1,680 t of steam, and discharges about 40,500 t "
                    "less waste water.</p>"
                ),
            ),
            (
                "glossary",
                {
                    "term": "Verification of results",
                    "definition": (
                        "Measuring resource and energy use and pollutant generation after an "
                        "option is running steadily, using the same methods as the baseline, "
                        "then calculating the option's actual environmental and economic "
                        "benefits and comparing them with the estimates."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "After a mid/high-cost option is implemented, its measured annual net "
                        "savings are only 60% of the estimate. What should the audit team do?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Report the estimated figures anyway so that acceptance is not "
                                "at risk"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. That is falsification. Acceptance checks actual "
                                "results, and both the enterprise and the auditors would be "
                                "liable."
                            ),
                        },
                        {
                            "text": (
                                "Report the measured results truthfully, analyse the shortfall, "
                                "propose improvements and recalculate the economic indicators"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Recording and explaining the gap honestly is required "
                                "by law and gives a basis for better operation and the next "
                                "audit round."
                            ),
                        },
                        {
                            "text": "Declare the option a failure and remove the equipment at once",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Find the causes first; many shortfalls can be "
                                "reduced by adjusting operation and management."
                            ),
                        },
                        {
                            "text": (
                                "Keep extending the verification period until the measured "
                                "results reach the estimate"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Verification must cover normal production; choosing "
                                "data to match the estimate is not acceptable."
                            ),
                        },
                    ],
                    "explanation": (
                        "Some difference between actual and estimated results is normal. What "
                        "matters is reporting it honestly, finding the causes and acting on "
                        "them. Audit conclusions must rest on measured data."
                    ),
                },
            ),
        ],
    },
}

_PHASE_7_SUSTAINING_CP_AND_THE_AUDIT_REPORT: dict = {
    "slug": "phase-7-sustaining-cp-and-the-audit-report",
    "estimated_minutes": 45,
    "required": True,
    "preview": False,
    "zh": {
        "title": "第七阶段：持续清洁生产与审核报告",
        "summary": (
            "一轮审核结束不等于清洁生产完成。本课讲解如何把清洁生产纳入企业日常管理、"
            "建立激励机制、制订持续清洁生产计划，以及审核报告的结构和下一轮审核的衔接。"
        ),
        "body": [
            ("heading", "为什么要持续"),
            (
                "paragraph",
                (
                    "<p>持续清洁生产是审核的最后一个阶段，目的是让审核成果“留得住”，"
                    "让改进“停不下来”。经验表明，如果没有制度保障，"
                    "审核中取得的许多成效会逐渐流失：关紧的水阀又被打开，修好的保温再次破损，"
                    "新来的操作工不知道逆流漂洗的水位要求。清洁生产的定义中强调“持续”，"
                    "指的正是这一点：一轮审核只是起点，发现问题、解决问题、再发现新问题，"
                    "应当成为企业的常态。</p>"
                ),
            ),
            ("heading", "把清洁生产纳入日常管理并建立激励机制"),
            (
                "paragraph",
                (
                    "<p>让清洁生产持续下去，最有效的办法是把它融入企业已有的管理体系，"
                    "而不是另起炉灶：</p><ul><li><b>组织保障</b>：审核结束后，"
                    "审核小组可以转为常设的清洁生产领导小组或办公室，明确负责人和日常工作职责；"
                    "</li><li><b>制度固化</b>：把行之有效的无/低费方案写进操作规程、"
                    "岗位责任制和设备维护制度，"
                    "例如本课程示例中的机台用水定额和换热器定期清洗制度；</li><li><b>体系融合</b>"
                    "：已建立环境管理体系、能源管理体系或质量管理体系的企业，应把清洁生产目标、"
                    "指标和方案纳入这些体系的目标管理、内部审核和管理评审；</li><li><b>"
                    "计量和统计</b>：保留并完善审核中加装的计量器具，按月统计单位产品的物耗、"
                    "能耗、水耗和产污量，与清洁生产目标和行业标准对比；</li><li><b>源头把关</b>："
                    "在新建、改建和扩建项目的设计，以及原料和设备的采购中，"
                    "把清洁生产要求作为选择条件。</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<h3>建立激励机制</h3><p>持续改进需要有人愿意去做。常用的激励措施包括："
                    "对被采纳的合理化建议给予奖励，奖励额度可以与方案产生的效益挂钩；"
                    "把单位产品消耗指标纳入车间和班组的绩效考核，节约有奖、浪费受罚；"
                    "定期评选和表彰清洁生产先进集体和个人；"
                    "在企业内部通报各车间的清洁生产指标完成情况，形成比学赶超的氛围。激励要及时、"
                    "公开，并且让一线员工切实感受到自己的建议被重视。</p>"
                ),
            ),
            ("heading", "持续清洁生产计划和下一轮审核"),
            (
                "paragraph",
                (
                    "<p>本轮审核结束前，审核小组应制订持续清洁生产计划，通常包括："
                    "下一轮审核的重点和时间安排，本轮尚未实施或暂时搁置的方案的处理计划，"
                    "清洁生产新技术的研究和引进计划，以及员工的清洁生产培训计划。"
                    "以示例印染企业为例，预评估中排名第二的前处理工段（245分）"
                    "可以作为下一轮审核的重点；暂时搁置的冷轧堆染色方案，"
                    "可以在产品结构调整后重新评估。</p><p>对于强制性审核企业，"
                    "下一轮审核还要符合主管部门的要求。按照现行规定，"
                    "强制性审核企业两轮审核的间隔一般不超过五年，"
                    "具体时限以当地主管部门的要求为准。</p>"
                ),
            ),
            ("heading", "编写审核报告"),
            (
                "paragraph",
                (
                    "<p>审核报告是整个审核工作的书面总结，也是主管部门评估和验收的主要依据。"
                    "报告一般在可行性分析完成、无/低费方案已经实施之后编写，"
                    "按七个阶段的顺序组织内容，主要结构见下表。报告要做到数据有来源、计算可复核、"
                    "结论有依据，并附上必要的监测报告和证明材料。</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["部分", "主要内容"],
                        [
                            "概述",
                            (
                                "企业基本情况，审核的缘由（自愿或强制及其原因），审核范围、"
                                "时间和审核小组组成"
                            ),
                        ],
                        [
                            "筹划和组织",
                            "领导决策和发文，审核小组及分工，工作计划，宣传培训和障碍的克服",
                        ],
                        [
                            "预评估",
                            (
                                "现状调研和现场考察结果，与行业标准的对比，"
                                "备选审核重点的打分和确定，清洁生产目标"
                            ),
                        ],
                        [
                            "评估",
                            (
                                "审核重点的工艺流程，实测方案和数据，物料平衡、水平衡、能量平衡，"
                                "废物产生原因分析"
                            ),
                        ],
                        ["方案产生和筛选", "方案征集情况，方案汇总表，初步筛选和权重总和计分结果"],
                        ["可行性分析", "中/高费方案的技术评估、环境评估和经济评估，推荐实施的方案"],
                        [
                            "方案实施",
                            "无/低费方案的实施和成效，中/高费方案的实施计划、资金安排或实施结果",
                        ],
                        [
                            "持续清洁生产",
                            "组织机构和管理制度，激励机制，持续清洁生产计划，下一轮审核的设想",
                        ],
                        [
                            "结论和附件",
                            (
                                "目标完成情况和总体结论；监测报告、计量记录、证明材料，"
                                "审核人员名单和证书信息"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "清洁生产审核报告的主要结构",
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "强制性审核的报告、评估和验收",
                    "text": (
                        "<ul><li>审核报告完成后，企业应按要求报送有关主管部门，并接受评估："
                        "主管部门核查审核过程是否真实、报告是否属实、方案的预期效果是否可信；"
                        "</li><li>中/高费方案实施后，企业整理实施情况和实测成效，申请验收："
                        "主管部门核实方案的实际成效，对本轮审核作出结论；</li><li>"
                        "实施强制性审核的企业还应依法披露审核的原因、实施情况和评估验收结果。"
                        "</li></ul>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "持续清洁生产计划",
                    "definition": (
                        "在一轮审核结束时制订的后续工作计划，包括下一轮审核的重点和时间、"
                        "未实施方案的处理、清洁生产技术的研究开发和员工培训等内容，"
                        "是把清洁生产变为长期工作的重要工具。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "下列哪一项最能说明一家企业已经实现了“持续清洁生产”？",
                    "options": [
                        {
                            "text": "审核报告已经通过评估，装订存档",
                            "correct": False,
                            "feedback": (
                                "不对。报告通过评估只说明本轮审核规范，"
                                "并不代表清洁生产已融入日常管理。"
                            ),
                        },
                        {
                            "text": (
                                "清洁生产指标按月统计考核，有效做法已写入操作规程，"
                                "并已确定下一轮审核的重点"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。制度化的统计考核、固化的操作规程和明确的下一轮计划，"
                                "是持续清洁生产的标志。"
                            ),
                        },
                        {
                            "text": "审核期间实施了大量无/低费方案",
                            "correct": False,
                            "feedback": (
                                "不对。这是本轮审核的成果，如果没有制度保障，这些成效可能逐渐流失。"
                            ),
                        },
                        {
                            "text": "企业购买了一套先进设备",
                            "correct": False,
                            "feedback": (
                                "不对。先进设备需要配套的管理制度和人员技能，才能长期发挥作用。"
                            ),
                        },
                    ],
                    "explanation": (
                        "持续清洁生产的关键在于制度化：组织机构、操作规程、计量统计、"
                        "绩效考核和激励机制，再加上不断开展的下一轮审核。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Phase 7: sustaining CP and the audit report",
        "summary": (
            "Finishing one audit round does not finish cleaner production. This lesson covers "
            "building CP into everyday management, setting up incentives, writing a continuing "
            "CP plan, how the audit report is structured and how the next round follows on."
        ),
        "body": [
            ("heading", "Why CP must be sustained"),
            (
                "paragraph",
                (
                    "<p>Sustaining CP is the last phase of the audit. Its purpose is to make the "
                    "gains stick and keep improvement going. Experience shows that without rules "
                    "to hold them in place, many audit gains slowly leak away: the water valves "
                    "that were closed are opened again, the repaired insulation is damaged "
                    "again, and new operators never learn the water levels for countercurrent "
                    "rinsing. The word continuous in the definition of CP means exactly this: "
                    "one audit round is a starting point, and finding problems, fixing them and "
                    "finding new ones should become normal practice.</p>"
                ),
            ),
            ("heading", "Building CP into everyday management, with incentives"),
            (
                "paragraph",
                (
                    "<p>The most effective way to sustain CP is to build it into the management "
                    "systems the enterprise already has, rather than creating something "
                    "separate:</p><ul><li><b>Organisation:</b> when the audit ends, the audit "
                    "team can become a standing CP committee or office with a named head and "
                    "clear day-to-day duties;</li><li><b>Written rules:</b> no/low-cost measures "
                    "that worked go into operating procedures, job descriptions and maintenance "
                    "rules, such as the per-machine water quotas and the exchanger cleaning "
                    "schedule in this course's example;</li><li><b>Existing systems:</b> where "
                    "an environmental, energy or quality management system is in place, CP "
                    "objectives, indicators and options become part of its target setting, "
                    "internal audits and management reviews;</li><li><b>Metering and statistics:"
                    "</b> keep and extend the meters fitted during the audit, and report "
                    "material, energy and water use and waste generation per unit of product "
                    "every month against the CP targets and sector standards;</li><li><b>Control "
                    "at the source:</b> make CP a requirement in the design of new, rebuilt and "
                    "expanded facilities and in buying raw materials and equipment.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<h3>Incentives</h3><p>Continuous improvement needs people who want to "
                    "improve. Common incentives include rewards for adopted suggestions, which "
                    "can be linked to the savings they produce; unit-consumption indicators in "
                    "the performance reviews of workshops and shifts, with rewards for saving "
                    "and penalties for waste; regular recognition of teams and individuals who "
                    "excel at CP; and publishing each workshop's CP results inside the company "
                    "so that teams compete to do better. Incentives should be prompt and public, "
                    "and front-line workers should feel that their ideas are taken seriously.</p>"
                ),
            ),
            ("heading", "The continuing CP plan and the next round"),
            (
                "paragraph",
                (
                    "<p>Before the round closes, the audit team draws up a continuing CP plan. "
                    "It usually covers the focus and timing of the next audit round, what will "
                    "happen to options not yet implemented or set aside, research on and "
                    "adoption of new CP technology, and CP training for staff. For the "
                    "illustrative dyeing mill, pretreatment, ranked second in pre-assessment "
                    "with 245 points, is a natural focus for the next round, and the shelved "
                    "cold pad-batch dyeing option can be re-evaluated once the product mix "
                    "changes.</p><p>For an enterprise under a compulsory audit, the next round "
                    "must also meet the authorities' requirements. Under current rules the "
                    "interval between two rounds of compulsory audit is generally no more than "
                    "five years; the local authority sets the exact deadline.</p>"
                ),
            ),
            ("heading", "Writing the audit report"),
            (
                "paragraph",
                (
                    "<p>The audit report is the written record of the whole audit and the main "
                    "basis for assessment and acceptance by the authorities. It is usually "
                    "written once the feasibility analysis is complete and the no/low-cost "
                    "options are in place, and it follows the seven phases in order, as shown "
                    "below. Every figure needs a source, every calculation must be checkable and "
                    "every conclusion must be supported, with the necessary monitoring reports "
                    "and evidence attached.</p>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Part", "Main content"],
                        [
                            "Overview",
                            (
                                "The enterprise; why it was audited (voluntary, or compulsory "
                                "and on which ground); scope, dates and audit team"
                            ),
                        ],
                        [
                            "Planning and organisation",
                            (
                                "Management decision and notice, team and duties, work plan, "
                                "awareness and training, barriers overcome"
                            ),
                        ],
                        [
                            "Pre-assessment",
                            (
                                "Survey and walk-through findings, comparison with sector "
                                "standards, scoring and choice of the audit focus, CP targets"
                            ),
                        ],
                        [
                            "Assessment",
                            (
                                "Process flow of the audit focus, measurement plan and data, "
                                "material, water and energy balances, cause analysis"
                            ),
                        ],
                        [
                            "Option generation and screening",
                            (
                                "How options were collected, the option register, preliminary "
                                "screening and weighted scoring"
                            ),
                        ],
                        [
                            "Feasibility analysis",
                            (
                                "Technical, environmental and economic evaluation of "
                                "mid/high-cost options; options recommended"
                            ),
                        ],
                        [
                            "Option implementation",
                            (
                                "No/low-cost options and their results; plan, funding or results "
                                "of mid/high-cost options"
                            ),
                        ],
                        [
                            "Sustaining CP",
                            (
                                "Organisation and management rules, incentives, the continuing "
                                "CP plan, ideas for the next round"
                            ),
                        ],
                        [
                            "Conclusions and annexes",
                            (
                                "Whether targets were met and overall conclusions; monitoring "
                                "reports, meter records, evidence, list of auditors with "
                                "certificate details"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Main structure of a CP audit report",
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "Reporting, assessment and acceptance for compulsory audits",
                    "text": (
                        "<ul><li>When the audit report is complete, the enterprise submits it to "
                        "the authorities as required and goes through assessment: the "
                        "authorities check that the audit was genuine, the report is true and "
                        "the expected benefits of the options are credible.</li><li>After the "
                        "mid/high-cost options are implemented, the enterprise compiles the "
                        "implementation record and measured results and applies for acceptance: "
                        "the authorities verify the actual results and conclude the round.</li>"
                        "<li>An enterprise under a compulsory audit must also disclose why it "
                        "was audited, how the audit went and the assessment and acceptance "
                        "results.</li></ul>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Continuing CP plan",
                    "definition": (
                        "The plan drawn up at the end of an audit round for the work that "
                        "follows: the focus and timing of the next round, what happens to "
                        "options not yet implemented, CP research and development, and staff "
                        "training. It is a key tool for turning CP into long-term work."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": "Which of these best shows that an enterprise is sustaining CP?",
                    "options": [
                        {
                            "text": (
                                "Its audit report passed assessment and has been bound and filed"
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Passing assessment shows that this round was done "
                                "properly, not that CP has become part of everyday management."
                            ),
                        },
                        {
                            "text": (
                                "CP indicators are reported and reviewed monthly, successful "
                                "practices are in the operating procedures, and the focus of the "
                                "next round has been chosen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Routine reporting and review, written procedures and a "
                                "clear plan for the next round are the signs of sustained CP."
                            ),
                        },
                        {
                            "text": "It implemented many no/low-cost options during the audit",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Those are results of this round; without rules to "
                                "keep them in place they may fade."
                            ),
                        },
                        {
                            "text": "It has bought a set of advanced equipment",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Advanced equipment keeps delivering only with "
                                "matching management rules and staff skills."
                            ),
                        },
                    ],
                    "explanation": (
                        "Sustaining CP depends on making it routine: organisation, operating "
                        "procedures, metering and statistics, performance review and incentives, "
                        "plus the next audit round."
                    ),
                },
            ),
        ],
    },
}

UNITS: list[dict] = [
    {
        "slug": "day-1",
        "number": 1,
        "zh": {
            "title": "第1天：清洁生产概念与法规体系",
            "summary": (
                "理解清洁生产的内涵及其与末端治理的区别，了解清洁生产在我国的发展历程、法规体系、"
                "管理体系和技术支撑体系，掌握强制性审核的三类对象以及审核人员的职责和持证要求。"
            ),
        },
        "en": {
            "title": "Day 1: the CP concept and the legal and regulatory system",
            "summary": (
                "What cleaner production means and how it differs from end-of-pipe treatment; "
                "how CP developed in China and the legal, administrative and technical systems "
                "behind it; the three groups of enterprises that must be audited; and the "
                "auditor's duties and certification."
            ),
        },
        "lessons": [
            _WHAT_IS_CLEANER_PRODUCTION,
            _CP_IN_CHINA_HISTORY_AND_REGULATIONS,
            _ADMINISTRATIVE_AND_TECHNICAL_SUPPORT_SYSTEM,
            _VOLUNTARY_AND_COMPULSORY_AUDITS,
        ],
    },
    {
        "slug": "day-2",
        "number": 2,
        "zh": {
            "title": "第2天：审核第一至三阶段——筹划和组织、预评估、评估",
            "summary": (
                "学习如何启动和组织一轮审核、如何通过预评估确定审核重点和清洁生产目标，"
                "以及如何在评估阶段建立物料平衡、水平衡和能量平衡并分析废物产生的原因。"
                "课程包含审核重点打分和平衡计算的完整算例。"
            ),
        },
        "en": {
            "title": (
                "Day 2: audit phases 1 to 3: planning and organisation, pre-assessment, assessment"
            ),
            "summary": (
                "How to launch and organise an audit round, how pre-assessment chooses the audit "
                "focus and CP targets, and how the assessment builds material, water and energy "
                "balances and analyses why wastes arise. Includes full worked examples of audit "
                "focus scoring and balance calculations."
            ),
        },
        "lessons": [
            _PHASE_1_PLANNING_AND_ORGANISATION,
            _PHASE_2_PRE_ASSESSMENT,
            _PHASE_3_PROCESS_FLOW_AND_MATERIAL_BALANCE,
            _PHASE_3_WATER_ENERGY_BALANCE_AND_CAUSE_ANALYSIS,
        ],
    },
    {
        "slug": "day-3",
        "number": 3,
        "zh": {
            "title": "第3天：审核第四至七阶段——方案产生和筛选、可行性分析、方案实施、持续清洁生产",
            "summary": (
                "学习如何产生、分类和筛选清洁生产方案，如何从技术、"
                "环境和经济三方面论证中/高费方案（含投资回收期、净现值和内部收益率算例），"
                "如何实施方案并核实实际成效，以及如何巩固成果、编写审核报告和开展下一轮审核。"
            ),
        },
        "en": {
            "title": (
                "Day 3: audit phases 4 to 7: option generation and screening, feasibility "
                "analysis, option implementation, sustaining CP"
            ),
            "summary": (
                "How to generate, classify and screen CP options; how to test mid/high-cost "
                "options technically, environmentally and economically, with worked examples of "
                "payback, NPV and IRR; how to implement options and verify their real results; "
                "and how to sustain the gains, write the audit report and plan the next round."
            ),
        },
        "lessons": [
            _PHASE_4_OPTION_GENERATION_AND_SCREENING,
            _PHASE_5_TECHNICAL_AND_ENVIRONMENTAL_EVALUATION,
            _PHASE_5_ECONOMIC_EVALUATION,
            _PHASE_6_OPTION_IMPLEMENTATION,
            _PHASE_7_SUSTAINING_CP_AND_THE_AUDIT_REPORT,
        ],
    },
]
