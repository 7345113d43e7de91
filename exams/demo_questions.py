# ruff: noqa: RUF001
"""Demo exam question bank for CP Hub (bilingual data).

Pure data, no Django imports. ``QUESTIONS`` is a list of dicts, one per question:

- ``code``: unique; ``AUD-`` auditor course, ``OFF-`` officer course, ``UNI-`` university modules.
- ``topic``: cp_concept, law, phase_1 ... phase_7, standards, sector, compulsory or disclosure.
- ``difficulty``: 1 easy, 2 medium, 3 hard. ``type``: single, multiple, true_false, numeric,
  short_text or essay. ``points``: 1 for objective types, 10 for essays.
- Answer keys (language independent): ``correct`` (option indexes, single and multiple),
  ``partial_credit`` (multiple), ``answer`` (true_false), ``numeric`` (value, tolerance,
  tolerance_type, unit).
- ``zh`` and ``en``: the same keys in both languages: ``prompt`` and ``explanation``, plus
  ``options`` (same order in both languages), ``accepted`` (short_text) or ``rubric`` (essay).

The questions test what the lessons in ``courses/demo_course_auditor_days_1_3.py`` and
``courses/demo_course_auditor_days_4_5_and_tracks.py`` teach, with the same figures and terms.
Enterprise cases and figures are illustrative teaching examples, not data from real enterprises;
every calculation has been checked.
"""

QUESTIONS: list[dict] = [
    {
        "code": "AUD-001",
        "topic": "cp_concept",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "下列做法中，哪一项属于清洁生产所强调的“源头削减”？",
            "options": [
                "在车间排气筒后加装活性炭吸附装置",
                "提高污水处理站的加药量，确保出水达标",
                "在电镀线上延长镀件出槽后的滴液时间，减少镀液带出量",
                "把含重金属污泥交给有资质的单位处置",
            ],
            "explanation": (
                "延长滴液时间是在污染物产生之前减少镀液带出，属于源头削减。吸附装置、"
                "污泥处置和加大加药量都是在废物产生之后再处理或处置，属于末端治理，仍然必要，"
                "但不减少废物的产生量。"
            ),
        },
        "en": {
            "prompt": (
                "Which of the following is an example of source reduction as cleaner production "
                "uses the term?"
            ),
            "options": [
                "Fitting an activated-carbon adsorber after the workshop exhaust stack",
                "Dosing more chemicals at the wastewater plant so that the effluent complies",
                (
                    "Letting parts drain longer over the plating tank so that less solution is "
                    "dragged out"
                ),
                "Sending heavy-metal sludge to a licensed disposal contractor",
            ],
            "explanation": (
                "A longer drain time cuts drag-out before any waste is generated, which is source "
                "reduction. The adsorber, sludge disposal and extra dosing all act after the waste "
                "exists: they are end-of-pipe measures, still needed, but they do not reduce how "
                "much is generated."
            ),
        },
    },
    {
        "code": "AUD-002",
        "topic": "cp_concept",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "按照联合国环境规划署的表述，清洁生产是把一种怎样的环境战略持续地应用于生产过程、"
                "产品和服务？"
            ),
            "options": [
                "以末端治理为主的达标战略",
                "只针对废水的专项治理战略",
                "以事后处罚为主的监管战略",
                "综合性、预防性的环境战略",
            ],
            "explanation": (
                "联合国环境规划署把清洁生产定义为将综合性、预防性的环境战略持续应用于生产过程、"
                "产品和服务，以提高整体效率、降低对人类和环境的风险。“持续、预防、"
                "综合”是理解这一概念的三个关键词。"
            ),
        },
        "en": {
            "prompt": (
                "In UNEP's definition, cleaner production means continuously applying what kind of "
                "environmental strategy to processes, products and services?"
            ),
            "options": [
                "A compliance strategy based mainly on end-of-pipe treatment",
                "A treatment strategy limited to waste water",
                "A regulatory strategy based mainly on penalties after the event",
                "An integrated, preventive environmental strategy",
            ],
            "explanation": (
                "UNEP defines CP as the continuous application of an integrated, preventive "
                "environmental strategy to processes, products and services, to raise overall "
                "efficiency and reduce risks to people and the environment. Continuous, preventive "
                "and integrated are the three key words."
            ),
        },
    },
    {
        "code": "AUD-003",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "按照清洁生产处理废物问题的优先顺序，下列排列正确的是哪一项？",
            "options": [
                "源头削减→处理和处置→避免产生→厂内回收利用",
                "避免产生→源头削减→厂内回收利用→处理和处置",
                "处理和处置→厂内回收利用→源头削减→避免产生",
                "厂内回收利用→避免产生→处理和处置→源头削减",
            ],
            "explanation": (
                "清洁生产首先设法避免废物产生，其次在源头削减，再次在厂内回收利用，"
                "最后才对确实无法避免的部分进行处理和处置。源头削减做得越好，"
                "末端处理的负荷和费用就越低。"
            ),
        },
        "en": {
            "prompt": (
                "Which sequence shows cleaner production's order of priority for dealing with "
                "waste?"
            ),
            "options": [
                (
                    "Reduce at source → treat and dispose → avoid generation → recover and reuse "
                    "on site"
                ),
                (
                    "Avoid generation → reduce at source → recover and reuse on site → treat and "
                    "dispose"
                ),
                (
                    "Treat and dispose → recover and reuse on site → reduce at source → avoid "
                    "generation"
                ),
                (
                    "Recover and reuse on site → avoid generation → treat and dispose → reduce at "
                    "source"
                ),
            ],
            "explanation": (
                "CP first tries to avoid generating waste, then to reduce it at the source, then "
                "to recover and reuse it on site, and only then treats and disposes of what truly "
                "cannot be avoided. The better the source reduction, the lower the treatment load "
                "and cost."
            ),
        },
    },
    {
        "code": "AUD-004",
        "topic": "cp_concept",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": (
                "清洁生产与末端治理相互排斥：企业全面实施清洁生产以后，就不再需要污水处理等末端治理"
                "设施。"
            ),
            "explanation": (
                "错误。任何工艺都不可能完全不产生废物，剩余的污染物仍需妥善处理和处置。"
                "清洁生产并不排斥末端治理，两者是先后和主次的关系：先预防、后治理，源头削减做得好，"
                "末端治理的负荷和成本就会降低。"
            ),
        },
        "en": {
            "prompt": (
                "Cleaner production and end-of-pipe treatment are mutually exclusive: once an "
                "enterprise has fully adopted CP, it no longer needs a wastewater plant or other "
                "end-of-pipe facilities."
            ),
            "explanation": (
                "False. No process is completely waste-free, and what remains must still be "
                "treated and disposed of properly. CP does not reject end-of-pipe treatment; the "
                "two follow an order of priority, prevention first and treatment second, and good "
                "source reduction lowers the load and cost of treatment."
            ),
        },
    },
    {
        "code": "AUD-005",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "废水处理会产生污泥，烟气脱硫会产生脱硫副产物。这个现象最能说明末端治理的哪一局限？"
            ),
            "options": [
                "末端治理能直接降低原材料和能源消耗",
                "末端治理设施不需要任何运行费用",
                "末端治理见效慢、目标不明确",
                "污染物常常只是从一种介质转移到另一种介质，并没有真正消失",
            ],
            "explanation": (
                "末端治理把污染物从废水、烟气中去除，但往往形成污泥、副产物等新的废物，"
                "污染只是换了个地方。末端治理的目标其实明确、见效也快；它不能降低原料和能源消耗，"
                "而且运行费用是纯成本。"
            ),
        },
        "en": {
            "prompt": (
                "Treating waste water produces sludge, and flue-gas desulphurisation produces "
                "by-products. Which limitation of end-of-pipe treatment does this illustrate best?"
            ),
            "options": [
                "End-of-pipe treatment directly reduces raw material and energy use",
                "End-of-pipe facilities have no running costs",
                "End-of-pipe treatment is slow to work and its goals are vague",
                "Pollutants often just move from one medium to another rather than disappearing",
            ],
            "explanation": (
                "Treatment removes pollutants from waste water or flue gas but often creates "
                "sludge or by-products, so the pollution merely moves. End-of-pipe treatment "
                "actually works quickly with clear goals; it does not cut material or energy use, "
                "and its running costs are a pure expense."
            ),
        },
    },
    {
        "code": "AUD-006",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [2, 3, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "清洁生产审核从八个方面分析废物产生的原因。下列哪些属于这八个方面？",
            "options": [
                "产品广告宣传",
                "企业股权结构",
                "员工",
                "过程控制",
                "原辅材料和能源",
            ],
            "explanation": (
                "八个方面是：原辅材料和能源、技术工艺、设备、过程控制、产品、废物、管理、员工。"
                "股权结构和广告宣传与废物的产生无关，不在其中。"
            ),
        },
        "en": {
            "prompt": (
                "A CP audit looks for the causes of waste in eight aspects. Which of the following "
                "are among them?"
            ),
            "options": [
                "Product advertising",
                "The company's shareholding structure",
                "Employees",
                "Process control",
                "Raw materials and energy",
            ],
            "explanation": (
                "The eight aspects are raw materials and energy, technology and process, "
                "equipment, process control, products, wastes, management, and employees. "
                "Shareholding and advertising have nothing to do with how waste arises."
            ),
        },
    },
    {
        "code": "AUD-007",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "清洁生产在“产品”层面的侧重点是什么？",
            "options": [
                "只关注产品包装是否美观",
                "只关注生产车间内产生的废水",
                "只关注产品出厂检验的合格率",
                (
                    "着眼于产品的整个生命周期，从原料获取、生产、使用直到最终处置，"
                    "尽量减少各环节的不利影响"
                ),
            ],
            "explanation": (
                "清洁生产在生产过程、产品和服务三个层面各有侧重。在产品层面，"
                "它着眼于产品的整个生命周期，从原料获取、生产、使用到最终处置，"
                "减少每个环节对环境的不利影响。"
            ),
        },
        "en": {
            "prompt": "At the level of products, what does cleaner production focus on?",
            "options": [
                "Only how attractive the packaging looks",
                "Only the waste water generated in the production workshop",
                "Only the share of products passing final inspection",
                (
                    "The whole life cycle, from extracting raw materials through manufacture and "
                    "use to final disposal, reducing harm at every stage"
                ),
            ],
            "explanation": (
                "CP has a different emphasis for processes, products and services. For products it "
                "looks at the whole life cycle, from raw materials through manufacture and use to "
                "disposal, and reduces the harm at each stage."
            ),
        },
    },
    {
        "code": "AUD-008",
        "topic": "cp_concept",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "清洁生产是在哪一年、通过什么途径引入我国的？",
            "options": [
                "1993年，通过世界银行支持的国际合作项目",
                "2003年，随着《清洁生产促进法》施行",
                "2016年，随着《清洁生产审核办法》发布",
                "2008年，通过全国清洁生产审核师培训班",
            ],
            "explanation": (
                "1993年，世界银行支持的“推进中国清洁生产”项目启动，把清洁生产引入我国。此后近十年，"
                "审核主要依托国际合作项目和国内试点开展，2003年《清洁生产促进法》"
                "施行后进入依法推行阶段。"
            ),
        },
        "en": {
            "prompt": "When and how was cleaner production introduced into China?",
            "options": [
                "In 1993, through an international cooperation project supported by the World Bank",
                "In 2003, when the CP Promotion Law took effect",
                "In 2016, when the Measures for CP Audit were issued",
                "In 2008, through the National Training Course for CP Auditors",
            ],
            "explanation": (
                "A World Bank-supported project to promote CP in China began in 1993 and "
                "introduced the idea. For about ten years audits relied on international projects "
                "and domestic pilots; the CP Promotion Law of 2003 then put CP on a legal footing."
            ),
        },
    },
    {
        "code": "AUD-009",
        "topic": "cp_concept",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "《清洁生产促进法》从“采取的措施”和“达到的目的”两个方面界定清洁生产。"
                "下列哪一项属于“目的”而不是“措施”？"
            ),
            "options": [
                "从源头削减污染，提高资源利用效率",
                "采用先进的工艺技术与设备",
                "使用清洁的能源和原料",
                "改进设计",
            ],
            "explanation": (
                "法律列举的措施包括改进设计、使用清洁的能源和原料、采用先进的工艺技术与设备、"
                "改善管理、综合利用；目的则是从源头削减污染、提高资源利用效率，"
                "减少或避免污染物的产生和排放，减轻或消除对人体健康和环境的危害。"
            ),
        },
        "en": {
            "prompt": (
                "China's CP Promotion Law defines cleaner production by its means and its ends. "
                "Which of the following is an end rather than a means?"
            ),
            "options": [
                "Cutting pollution at the source and using resources more efficiently",
                "Adopting advanced technology and equipment",
                "Using clean energy and raw materials",
                "Better design",
            ],
            "explanation": (
                "The means the law lists are better design, clean energy and raw materials, "
                "advanced technology and equipment, better management and comprehensive use of "
                "resources. The ends are to cut pollution at the source, use resources more "
                "efficiently, reduce or avoid pollutant generation and release, and so reduce harm "
                "to health and the environment."
            ),
        },
    },
    {
        "code": "AUD-010",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "清洁生产只适用于工业生产过程，宾馆、医院等服务业无法开展清洁生产审核。",
            "explanation": (
                "错误。清洁生产的定义本身就涵盖服务，我国也编制了宾馆行业的清洁生产审核指南。"
                "宾馆消耗的水、能源、洗涤剂和一次性用品同样可以通过审核加以削减。"
            ),
        },
        "en": {
            "prompt": (
                "Cleaner production applies only to industrial processes; service businesses such "
                "as hotels and hospitals cannot carry out a CP audit."
            ),
            "explanation": (
                "False. The definition of CP itself covers services, and China has a sector audit "
                "guideline for hotels. The water, energy, detergents and disposable items a hotel "
                "uses can be reduced through an audit just as a factory's can."
            ),
        },
    },
    {
        "code": "AUD-011",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 2],
        "partial_credit": "all_or_nothing",
        "zh": {
            "prompt": "与末端治理相比，下列哪些是清洁生产的特点？",
            "options": [
                "需要企业领导、技术、生产和管理人员全员参与",
                "关注废物为什么产生、如何不产生或少产生",
                "把提高资源和能源利用效率作为核心目标之一",
                "只在生产过程结束之后介入",
                "只增加成本，不能带来任何经济收益",
            ],
            "explanation": (
                "清洁生产追问废物产生的原因，贯穿设计、原料选择和生产全过程，强调全员参与，"
                "并以提高资源能源效率为核心目标之一，多数方案还能降低成本。“只在生产结束后介入”“只"
                "增加成本”描述的是末端治理。"
            ),
        },
        "en": {
            "prompt": (
                "Compared with end-of-pipe treatment, which of the following are features of "
                "cleaner production?"
            ),
            "options": [
                "It needs managers, engineers, production and support staff all to take part",
                "It asks why waste arises and how to avoid or reduce it",
                "Using resources and energy more efficiently is one of its core aims",
                "It acts only after production is finished",
                "It only adds cost and never brings an economic return",
            ],
            "explanation": (
                "CP asks why waste arises, acts throughout design, input choice and production, "
                "involves the whole workforce and aims at better resource and energy efficiency; "
                "many options also cut costs. Acting only after production and adding cost only "
                "describe end-of-pipe treatment."
            ),
        },
    },
    {
        "code": "AUD-012",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "关于我国清洁生产的教育培训体系，下列说法正确的是：",
            "options": [
                "审核师培训只面向政府工作人员，企业和咨询机构人员不能参加",
                "全国清洁生产审核师培训班为期5天，截至2008年底共举办226期，1.2万余人取得证书",
                "截至2008年底只举办过12期培训班",
                "审核师培训班为期半天，只讲授法律条文",
            ],
            "explanation": (
                "全国清洁生产审核师培训班为期5天，重点讲授审核方法和技能，学员来自科研院所、"
                "咨询机构、高等院校、企业和政府部门。截至2008年底共举办226期，1.2万余人取得证书。"
            ),
        },
        "en": {
            "prompt": "Which statement about China's CP education and training system is correct?",
            "options": [
                (
                    "The auditor course is open only to government officers, not to enterprise or "
                    "consultancy staff"
                ),
                (
                    "The National Training Course for CP Auditors lasts 5 days; by the end of "
                    "2008, 226 courses had been held and more than 12,000 people certified"
                ),
                "Only 12 courses had been held by the end of 2008",
                "The auditor course lasts half a day and covers only the text of the law",
            ],
            "explanation": (
                "The national auditor course runs for 5 days and concentrates on audit methods and "
                "skills; trainees come from research institutes, consultancies, universities, "
                "enterprises and government. By the end of 2008 there had been 226 courses and "
                "more than 12,000 people certified."
            ),
        },
    },
    {
        "code": "AUD-013",
        "topic": "law",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "《中华人民共和国清洁生产促进法》自哪一天起施行？",
            "options": [
                "2016年7月1日",
                "2004年8月16日",
                "2012年7月1日",
                "2003年1月1日",
            ],
            "explanation": (
                "《清洁生产促进法》于2002年由全国人大常委会通过，自2003年1月1日起施行，"
                "是我国第一部专门的清洁生产法律。2012年修正的内容自2012年7月1日起施行。"
            ),
        },
        "en": {
            "prompt": (
                "On what date did the Cleaner Production Promotion Law of the People's Republic of "
                "China take effect?"
            ),
            "options": [
                "1 July 2016",
                "16 August 2004",
                "1 July 2012",
                "1 January 2003",
            ],
            "explanation": (
                "The law was adopted by the NPC Standing Committee in 2002 and took effect on 1 "
                "January 2003, China's first law devoted to CP. The 2012 amendments took effect on "
                "1 July 2012."
            ),
        },
    },
    {
        "code": "AUD-014",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "2012年修正《清洁生产促进法》时，强制性清洁生产审核的对象增加了哪一类企业？",
            "options": [
                "当年发生过安全生产事故的企业",
                "年销售额超过3亿元的企业",
                "所有在境内上市的公司",
                "单位产品能源消耗超过限额标准、构成高耗能的企业",
            ],
            "explanation": (
                "2003年施行的法律规定了两类强制审核对象：超标或超总量排放的企业，"
                "以及使用或排放有毒有害物质的企业。2012年修法增加了第三类：超过单位产品能耗限额标准"
                "、构成高耗能的企业，把强制审核从减污扩展到节能。"
            ),
        },
        "en": {
            "prompt": (
                "Which group of enterprises did the 2012 revision of the CP Promotion Law add to "
                "those that must carry out a compulsory CP audit?"
            ),
            "options": [
                "Enterprises that had a workplace safety accident that year",
                "Enterprises with annual sales above RMB 300 million",
                "All companies listed on a domestic stock exchange",
                (
                    "Enterprises whose energy use per unit of product exceeds the applicable "
                    "consumption limit"
                ),
            ],
            "explanation": (
                "The law of 2003 named two groups: those exceeding discharge standards or totals, "
                "and those using or releasing toxic or hazardous substances. The 2012 revision "
                "added a third, enterprises exceeding the energy limit per unit of product, "
                "extending compulsory audits from cutting pollution to saving energy."
            ),
        },
    },
    {
        "code": "AUD-015",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "“强制性清洁生产审核”这一概念最早是在哪份文件中提出的？",
            "options": [
                "2008年的《重点企业清洁生产审核评估、验收实施指南（试行）》",
                "2004年的《清洁生产审核暂行办法》",
                "中央财政清洁生产专项资金管理办法",
                "2016年的《清洁生产审核办法》",
            ],
            "explanation": (
                "2004年国家发展改革委和原国家环境保护总局联合发布的《清洁生产审核暂行办法》"
                "规定了审核的程序和要求，并首次提出“强制性清洁生产审核”的概念。2008年的指南规范评估"
                "验收，2016年的审核办法取代了暂行办法。"
            ),
        },
        "en": {
            "prompt": "Which document first introduced the term compulsory CP audit?",
            "options": [
                (
                    "The Guideline for Assessment and Acceptance of CP Audit in Key Enterprises "
                    "(trial) of 2008"
                ),
                "The Interim Measures for CP Audit of 2004",
                "The management measures for the central special CP funds",
                "The Measures for CP Audit of 2016",
            ],
            "explanation": (
                "The Interim Measures for CP Audit, issued jointly by NDRC and the former SEPA in "
                "2004, set out the audit procedure and introduced the compulsory audit for the "
                "first time. The 2008 guideline governs assessment and acceptance, and the 2016 "
                "Measures replaced the Interim Measures."
            ),
        },
    },
    {
        "code": "AUD-016",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "2004年的《清洁生产审核暂行办法》是由哪些部门联合发布的？",
            "options": [
                "工业和信息化部和财政部",
                "财政部和教育部",
                "国家统计局和海关总署",
                "国家发展改革委和原国家环境保护总局",
            ],
            "explanation": (
                "《清洁生产审核暂行办法》由国家发展改革委和原国家环境保护总局联合发布，"
                "是《清洁生产促进法》最重要的配套规章之一。2016年两部门发布《清洁生产审核办法》"
                "取代了它。"
            ),
        },
        "en": {
            "prompt": "Which bodies jointly issued the Interim Measures for CP Audit in 2004?",
            "options": [
                "MIIT and the Ministry of Finance",
                "The Ministry of Finance and the Ministry of Education",
                "The National Bureau of Statistics and the General Administration of Customs",
                "NDRC and the former State Environmental Protection Administration (SEPA)",
            ],
            "explanation": (
                "The Interim Measures were issued jointly by NDRC and the former SEPA and are one "
                "of the main implementing rules of the CP Promotion Law. In 2016 the two bodies "
                "replaced them with the Measures for CP Audit."
            ),
        },
    },
    {
        "code": "AUD-017",
        "topic": "law",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "关于《重点企业清洁生产审核程序的规定》，下列说法正确的是：",
            "options": [
                "由国家发展改革委发布，列出重点行业的成熟清洁生产技术",
                "适用于所有企业，重在引导企业自愿开展审核",
                "由财政部发布，规定专项资金的补助范围和中小企业的认定标准",
                (
                    "由原国家环境保护总局发布，共12章，专门规范强制性审核的实施，"
                    "并强调各级环境保护部门的职责"
                ),
            ],
            "explanation": (
                "暂行办法适用于各类企业、重在引导自愿审核；针对必须开展强制性审核的重点企业，"
                "原国家环境保护总局另行发布了《重点企业清洁生产审核程序的规定》，共12章，"
                "规定强制性审核怎样实施，以及各级环境保护部门的职责。"
            ),
        },
        "en": {
            "prompt": (
                "Which statement about the Rules on CP Audit Procedures for Key Enterprises is "
                "correct?"
            ),
            "options": [
                "Issued by NDRC, they list mature CP technologies for key sectors",
                "They apply to all enterprises and mainly encourage voluntary audits",
                (
                    "Issued by the Ministry of Finance, they set the scope of special-fund "
                    "subsidies and the definition of an SME"
                ),
                (
                    "Issued by the former SEPA in 12 chapters, they deal specifically with how "
                    "compulsory audits are run and stress the duties of environmental authorities "
                    "at each level"
                ),
            ],
            "explanation": (
                "The Interim Measures apply to all enterprises and mainly encourage voluntary "
                "audits. For the key enterprises that must be audited, SEPA issued separate Rules "
                "in 12 chapters on how a compulsory audit is run and what environmental "
                "authorities at each level must do."
            ),
        },
    },
    {
        "code": "AUD-018",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "2008年7月，原环境保护部发布《重点企业清洁生产审核评估、验收实施指南（试行）》。"
                "其主要原因是："
            ),
            "options": [
                (
                    "审核多由市场化的咨询机构完成，质量参差不齐，需要地方环境保护部门按统一程序和标"
                    "准把关"
                ),
                "为了取消强制性清洁生产审核制度",
                "为了规定专项资金在各省之间的分配比例",
                "为了让企业自行评估、验收自己的审核",
            ],
            "explanation": (
                "审核质量在很大程度上依赖市场化的咨询服务，政府难以直接掌握。"
                "指南要求地方环境保护部门对重点企业的强制性审核逐一开展评估和验收，分“先评估、"
                "后验收”两步把关。"
            ),
        },
        "en": {
            "prompt": (
                "Why did the then Ministry of Environmental Protection issue the Guideline for "
                "Assessment and Acceptance of CP Audit in Key Enterprises (trial) in July 2008?"
            ),
            "options": [
                (
                    "Audits were done mostly by commercial consultants and varied in quality, so "
                    "local environmental authorities needed a common procedure and standard to "
                    "check them"
                ),
                "To abolish compulsory CP audits",
                "To set how special funds are divided among provinces",
                "To let enterprises assess and accept their own audits",
            ],
            "explanation": (
                "Audit quality depended heavily on commercial consulting, which government could "
                "not check directly. The guideline requires local environmental authorities to "
                "assess and then accept every compulsory audit of a key enterprise, in two steps."
            ),
        },
    },
    {
        "code": "AUD-019",
        "topic": "law",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 2, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "中央财政清洁生产专项资金重点支持的“重点行业”包括下列哪些？",
            "options": [
                "纺织",
                "软件和信息服务",
                "建材",
                "银行和保险",
                "石化",
            ],
            "explanation": (
                "专项资金支持重点行业中小企业开展清洁生产。重点行业指污染较重的石化、冶金、化工、"
                "轻工、纺织和建材等行业；银行保险、软件和信息服务不属于其中。"
            ),
        },
        "en": {
            "prompt": (
                "The central special CP funds support SMEs in key sectors. Which of the following "
                "are among those key sectors?"
            ),
            "options": [
                "Textiles",
                "Software and information services",
                "Building materials",
                "Banking and insurance",
                "Petrochemicals",
            ],
            "explanation": (
                "The key sectors are the more polluting industries: petrochemicals, metallurgy, "
                "chemicals, light industry, textiles and building materials. Banking, insurance, "
                "software and information services are not among them."
            ),
        },
    },
    {
        "code": "AUD-020",
        "topic": "law",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "按照中央财政清洁生产专项资金的规定，下列哪家企业不属于中小企业？",
            "options": [
                "职工2600人，年销售额2.6亿元，资产总额5亿元",
                "职工2800人，年销售额4.5亿元，资产总额7亿元",
                "职工1800人，年销售额5亿元，资产总额6亿元",
                "职工3500人，年销售额6亿元，资产总额3.5亿元",
            ],
            "explanation": (
                "满足以下任意一项即属于中小企业：职工少于2000人，或年销售额低于3亿元，"
                "或资产总额低于4亿元。职工1800人的企业满足人数条件，销售额2.6亿元的企业满足销售额条"
                "件，资产3.5亿元的企业满足资产条件；只有职工2800人、销售额4.5亿元、"
                "资产7亿元的企业三项都不满足。"
            ),
        },
        "en": {
            "prompt": (
                "Under the rules for the central special CP funds, which of these enterprises is "
                "NOT an SME?"
            ),
            "options": [
                "2,600 employees, annual sales RMB 260 million, total assets RMB 500 million",
                "2,800 employees, annual sales RMB 450 million, total assets RMB 700 million",
                "1,800 employees, annual sales RMB 500 million, total assets RMB 600 million",
                "3,500 employees, annual sales RMB 600 million, total assets RMB 350 million",
            ],
            "explanation": (
                "An enterprise is an SME if it meets any one condition: fewer than 2,000 "
                "employees, sales below RMB 300 million, or assets below RMB 400 million. The "
                "others meet the employee, sales and assets conditions respectively; only the "
                "enterprise with 2,800 employees, RMB 450 million sales and RMB 700 million assets "
                "meets none."
            ),
        },
    },
    {
        "code": "AUD-021",
        "topic": "law",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "《清洁生产促进法》以鼓励和引导为主，因此不对任何企业规定强制性义务。",
            "explanation": (
                "错误。该法以促进和鼓励为主，但也保留了必要的强制：超标或超总量排放、"
                "使用或排放有毒有害物质，以及（2012年起）超过单位产品能耗限额的企业，"
                "必须实施清洁生产审核。"
            ),
        },
        "en": {
            "prompt": (
                "Because the CP Promotion Law mainly encourages, it places no compulsory duty on "
                "any enterprise."
            ),
            "explanation": (
                "False. The law mainly promotes and encourages, but it keeps some compulsion: "
                "enterprises exceeding discharge standards or totals, using or releasing toxic or "
                "hazardous substances, and (since 2012) exceeding the energy limit per unit of "
                "product must carry out a CP audit."
            ),
        },
    },
    {
        "code": "AUD-022",
        "topic": "law",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "关于推行清洁生产的部门职责分工，下列说法正确的有：",
            "options": [
                "生态环境主管部门负责监督清洁生产的实施，推动和规范重点企业的强制性审核",
                "财政部安排和管理中央财政清洁生产专项资金",
                "教育主管部门负责颁发清洁生产审核师证书",
                "国家统计局负责组织强制性审核的评估和验收",
                (
                    "国家发展改革委统筹协调全国清洁生产促进工作，组织编制技术导向目录和行业评价指标"
                    "体系"
                ),
            ],
            "explanation": (
                "国家发展改革委负责统筹协调；生态环境主管部门监督实施并规范强制性审核；"
                "财政部管理专项资金；教育主管部门把清洁生产纳入教育和培训。审核师证书来自全国清洁生"
                "产审核师培训班，评估和验收由主管部门组织专家进行，都与统计部门无关。"
            ),
        },
        "en": {
            "prompt": "Which statements about who does what in promoting CP are correct?",
            "options": [
                (
                    "The environmental authority supervises CP implementation and promotes and "
                    "regulates compulsory audits of key enterprises"
                ),
                "The Ministry of Finance arranges and manages the central special CP funds",
                "Education authorities issue CP auditor certificates",
                (
                    "The National Bureau of Statistics organises assessment and acceptance of "
                    "compulsory audits"
                ),
                (
                    "NDRC coordinates CP promotion nationwide and organises the technology "
                    "inventories and sector evaluation indicator systems"
                ),
            ],
            "explanation": (
                "NDRC coordinates; the environmental authority supervises implementation and "
                "regulates compulsory audits; the Ministry of Finance manages the special funds; "
                "education authorities build CP into education and training. Auditor certificates "
                "come from the national auditor course, and assessment and acceptance are "
                "organised by the competent authorities with expert panels, not by the statistics "
                "bureau."
            ),
        },
    },
    {
        "code": "AUD-023",
        "topic": "law",
        "difficulty": 3,
        "type": "multiple",
        "points": 1,
        "correct": [1, 2, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "中央财政清洁生产专项资金以补助形式支持哪些类型的项目？",
            "options": [
                "只增加末端处理能力的污水处理站扩容项目",
                "废物、废水和余热等的回收利用项目",
                "更新生产线、改善管理、加强现场监测等过程控制项目",
                "与清洁生产无关、单纯扩大产能的扩建项目",
                "改进产品设计、使用无毒原料、采用低消耗先进技术设备等源头削减项目",
            ],
            "explanation": (
                "专项资金补助源头削减、过程控制、废物（包括水和能源）回收利用、"
                "适合示范推广的成熟清洁生产技术以及其他有示范意义的清洁生产项目。"
                "单纯扩产或只扩大末端处理能力的项目不降低单位产品的资源能源消耗和污染物产生，"
                "不属于支持范围。"
            ),
        },
        "en": {
            "prompt": "Which kinds of project do the central special CP funds subsidise?",
            "options": [
                "Enlarging a wastewater plant to add end-of-pipe treatment capacity only",
                "Recovery and reuse of waste materials, water and energy",
                (
                    "Process control, such as upgrading production lines, better management and "
                    "stronger on-site monitoring"
                ),
                "Expansion projects that simply add capacity with no CP content",
                (
                    "Source reduction, such as better product design, non-toxic raw materials and "
                    "advanced low-consumption technology and equipment"
                ),
            ],
            "explanation": (
                "The funds subsidise source reduction, process control, recovery and reuse of "
                "waste materials, water and energy, mature CP technologies suitable for "
                "demonstration, and other CP projects with demonstration value. Pure capacity "
                "expansion or extra end-of-pipe capacity does not cut resource use or pollution "
                "per unit of product."
            ),
        },
    },
    {
        "code": "AUD-024",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "按照2012年修正后的《清洁生产促进法》，列入名单的企业不实施强制性清洁生产审核的，"
                "法律规定的处理方式是："
            ),
            "options": [
                "直接吊销营业执照，不设改正期限",
                "由主管部门按职责责令限期改正；拒不改正的，处五万元以上五十万元以下罚款",
                "只作口头提醒，不承担法律责任",
                "由承担咨询的机构代为承担全部法律责任",
            ],
            "explanation": (
                "不实施强制性审核、审核中弄虚作假，或者不报告、不如实报告审核结果的，"
                "由清洁生产综合协调部门和生态环境主管部门按职责责令限期改正；拒不改正的，"
                "处五万元以上五十万元以下罚款。"
            ),
        },
        "en": {
            "prompt": (
                "Under the CP Promotion Law as revised in 2012, what happens to a listed "
                "enterprise that does not carry out its compulsory CP audit?"
            ),
            "options": [
                "Its business licence is revoked at once with no deadline to correct",
                (
                    "The competent departments order it to put things right within a deadline; if "
                    "it refuses, it is fined between RMB 50,000 and RMB 500,000"
                ),
                "It receives a verbal reminder and bears no legal liability",
                "The consultancy it hired bears all the legal liability instead",
            ],
            "explanation": (
                "An enterprise that fails to audit, falsifies its audit, or fails to report or "
                "misreports its results is ordered by the CP coordinating department and the "
                "environmental authority, each within its remit, to correct this within a "
                "deadline; if it refuses, it is fined RMB 50,000 to 500,000."
            ),
        },
    },
    {
        "code": "AUD-025",
        "topic": "law",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": "利用废物生产的产品和从废物中回收的原料，可以依照国家规定享受增值税减免。",
            "explanation": (
                "正确。这是法律规定的激励措施之一，也是审核中筹措方案资金时可以利用的渠道。"
            ),
        },
        "en": {
            "prompt": (
                "Products made from wastes and materials recovered from wastes can qualify for "
                "reduced or zero value-added tax under national rules."
            ),
            "explanation": (
                "True. This is one of the incentives the law provides, and one of the channels an "
                "audit team can use when financing options."
            ),
        },
    },
    {
        "code": "AUD-026",
        "topic": "phase_1",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "清洁生产审核七个阶段中的第一个阶段是：",
            "options": [
                "筹划和组织",
                "预评估",
                "评估",
                "方案产生和筛选",
            ],
            "explanation": (
                "七个阶段依次为：筹划和组织、预评估、评估、方案产生和筛选、可行性分析、方案实施、"
                "持续清洁生产。筹划和组织是审核的第一个阶段，为后续工作打基础。"
            ),
        },
        "en": {
            "prompt": "What is the first of the seven phases of a CP audit?",
            "options": [
                "Planning and organisation",
                "Pre-assessment",
                "Assessment",
                "Option generation and screening",
            ],
            "explanation": (
                "The seven phases in order are planning and organisation, pre-assessment, "
                "assessment, option generation and screening, feasibility analysis, option "
                "implementation and sustaining CP. Planning and organisation comes first and lays "
                "the foundations."
            ),
        },
    },
    {
        "code": "AUD-027",
        "topic": "phase_1",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "审核小组组长通常由谁担任最合适？",
            "options": [
                "外聘咨询机构的项目经理",
                "财务部门的出纳",
                "环保科的一名普通科员",
                "主管生产或技术、有决策权并熟悉全厂情况的企业领导，如副总经理或总工程师",
            ],
            "explanation": (
                "审核涉及生产、技术、设备、财务等多个部门，后期还可能需要投资，组长必须有权威、"
                "能拍板，并熟悉全厂情况。外部咨询人员负责方法指导，不能代替企业领导承担组织和决策责"
                "任。"
            ),
        },
        "en": {
            "prompt": "Who is usually best placed to lead the audit team?",
            "options": [
                "The project manager of the external consultancy",
                "The cashier from the finance department",
                "A junior officer from the environment section",
                (
                    "A senior manager for production or technology, such as a deputy general "
                    "manager or chief engineer, who has authority and knows the whole plant"
                ),
            ],
            "explanation": (
                "An audit draws on production, technical, equipment and finance departments and "
                "may later need investment, so the leader must have authority to decide and know "
                "the whole plant. External consultants guide the method but cannot take over the "
                "enterprise's organising and decision-making role."
            ),
        },
    },
    {
        "code": "AUD-028",
        "topic": "phase_1",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 2, 3, 4],
        "partial_credit": "all_or_nothing",
        "zh": {
            "prompt": "下列哪些属于筹划和组织阶段的任务？",
            "options": [
                "组建审核小组",
                "确定本轮审核重点",
                "制订审核工作计划",
                "取得企业高层领导的支持和参与",
                "开展宣传和培训",
            ],
            "explanation": (
                "筹划和组织阶段有四项任务：取得领导支持和参与、组建审核小组、制订工作计划、"
                "开展宣传培训。确定审核重点是预评估阶段的任务。"
            ),
        },
        "en": {
            "prompt": "Which of the following are tasks of the planning and organisation phase?",
            "options": [
                "Forming the audit team",
                "Choosing the audit focus for this round",
                "Drawing up the audit work plan",
                "Winning the support and involvement of top management",
                "Raising awareness and training staff",
            ],
            "explanation": (
                "Planning and organisation has four tasks: win management support, form the audit "
                "team, draw up the work plan, and raise awareness and train staff. Choosing the "
                "audit focus belongs to pre-assessment."
            ),
        },
    },
    {
        "code": "AUD-029",
        "topic": "phase_1",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "只要聘请了持证的外部审核人员，企业自己的技术人员就可以不参加审核小组。",
            "explanation": (
                "错误。外部审核人员负责指导方法和技术工作，但不能代替企业自己的人员：他们熟悉工艺、"
                "掌握数据，而且要负责实施方案。审核小组应由企业领导任组长，成员来自各相关部门。"
            ),
        },
        "en": {
            "prompt": (
                "Once certified external auditors have been engaged, the enterprise's own "
                "engineers need not join the audit team."
            ),
            "explanation": (
                "False. External auditors guide the method and the technical work but cannot "
                "replace the enterprise's own staff, who know the process, hold the data and must "
                "implement the options. The team is led by a senior manager and draws members from "
                "every department involved."
            ),
        },
    },
    {
        "code": "AUD-030",
        "topic": "phase_1",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "审核启动时，一位车间主任说：“我们的排放早就达标了，没必要再搞审核。"
                "”这属于哪一类障碍？"
            ),
            "options": [
                "技术障碍",
                "经济障碍",
                "观念障碍",
                "组织障碍",
            ],
            "explanation": (
                "认为“已经达标就不必审核”“清洁生产就是搞环保”属于观念障碍。应对办法是用本企业物料流"
                "失和成本的数据说话，并介绍同行的成功经验。"
            ),
        },
        "en": {
            "prompt": (
                "At the start of an audit, a workshop manager says: 'We already comply with our "
                "discharge limits, so why audit?' What type of barrier is this?"
            ),
            "options": [
                "A technical barrier",
                "An economic barrier",
                "An attitude barrier",
                "An organisational barrier",
            ],
            "explanation": (
                "Thinking that compliance makes an audit pointless, or that CP is just "
                "environmental work, is an attitude barrier. Answer it with the enterprise's own "
                "figures on material losses and costs, and with results from peers."
            ),
        },
    },
    {
        "code": "AUD-031",
        "topic": "phase_1",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "企业管理层担心审核会带来大笔投资、回收慢。审核人员最恰当的应对是：",
            "options": [
                "跳过可行性分析，尽快上马大项目以显示成效",
                "先实施无/低费方案积累收益，再用规范的经济评估支持中/高费方案决策，并争取专项资金",
                "向管理层保证审核不会产生任何投资",
                "暂停审核，等企业效益好转再说",
            ],
            "explanation": (
                "担心投资大、回收慢属于经济障碍。先做无/低费方案可以很快产生节约，"
                "让管理层看到效益；中/高费方案则用规范的经济评估支持决策，同时争取专项资金等外部支"
                "持。"
            ),
        },
        "en": {
            "prompt": (
                "Top managers fear that the audit will lead to large investments that pay back "
                "slowly. What is the auditor's best response?"
            ),
            "options": [
                "Skip feasibility analysis and launch a big project quickly to show results",
                (
                    "Start with no/low-cost options to build savings, support decisions on "
                    "mid/high-cost options with sound economic evaluation, and apply for special "
                    "funds"
                ),
                "Promise management that the audit will never require any investment",
                "Suspend the audit until the company's finances improve",
            ],
            "explanation": (
                "Fear of big investments and slow payback is an economic barrier. No/low-cost "
                "options bring quick savings that managers can see; mid/high-cost decisions rest "
                "on sound economic evaluation, backed where possible by special funds."
            ),
        },
    },
    {
        "code": "AUD-032",
        "topic": "phase_1",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "为防止领导支持“只停留在口头上”，审核人员应请企业领导在哪些关键环节亲自参与？"
            ),
            "options": [
                "确定审核重点、决定中/高费方案、审定审核报告",
                "只需在审核结束时在报告上签字",
                "布置会场、采购办公用品、安排车辆",
                "采集水样、抄录水表、整理复印件",
            ],
            "explanation": (
                "如果领导批准后就不再过问，一旦需要部门配合或投入资金，审核就容易停滞。"
                "应请领导亲自参与三个关键环节：确定审核重点、决定中/高费方案和审定审核报告，"
                "并以正式文件启动审核。"
            ),
        },
        "en": {
            "prompt": (
                "To prevent management commitment that exists in name only, at which key points "
                "should auditors ask top managers to take part in person?"
            ),
            "options": [
                (
                    "Choosing the audit focus, deciding on mid/high-cost options and approving the "
                    "audit report"
                ),
                "Only signing the report when the audit ends",
                "Setting up meeting rooms, buying office supplies and arranging cars",
                "Taking water samples, reading meters and making photocopies",
            ],
            "explanation": (
                "If managers approve the audit and then lose interest, it stalls as soon as "
                "departments must cooperate or money must be spent. Ask them to take part in "
                "choosing the audit focus, deciding on mid/high-cost options and approving the "
                "report, and to launch the audit by formal notice."
            ),
        },
    },
    {
        "code": "AUD-033",
        "topic": "phase_1",
        "difficulty": 1,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "审核小组名单和审核工作计划是七个审核阶段中哪一个阶段的主要成果？"
                "请写出该阶段的名称。"
            ),
            "accepted": [
                "筹划和组织",
                "筹划与组织",
                "筹划和组织阶段",
            ],
            "explanation": (
                "筹划和组织阶段取得领导支持、组建审核小组、制订工作计划并开展宣传培训，"
                "主要成果是审核小组名单和工作计划。"
            ),
        },
        "en": {
            "prompt": (
                "The audit team list and the audit work plan are the main outputs of which of the "
                "seven audit phases? Give the name of the phase."
            ),
            "accepted": [
                "planning and organisation",
                "planning and organization",
                "planning & organisation",
            ],
            "explanation": (
                "Planning and organisation wins management support, forms the audit team, draws up "
                "the work plan and raises awareness; its main outputs are the team list and the "
                "work plan."
            ),
        },
    },
    {
        "code": "AUD-034",
        "topic": "phase_1",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "制订审核工作计划时，下列哪项安排最合理？",
            "options": [
                "实测安排在停车检修期间，以便安全采样",
                "所有任务由组长一人负责，不规定完成时间",
                "计划只写出七个阶段的名称即可",
                (
                    "实测安排在正常生产期并避开停车检修；为供应商询价和财务核算留出时间；"
                    "中/高费方案的实施单独列出"
                ),
            ],
            "explanation": (
                "工作计划要把七个阶段分解为具体任务，每项任务明确负责人、起止时间和成果。"
                "实测应在正常工况下进行；可行性分析要为询价和核算留出时间；中/高费方案实施周期长，"
                "应单独列出。"
            ),
        },
        "en": {
            "prompt": "Which arrangement is most sensible when drawing up the audit work plan?",
            "options": [
                "Schedule measurements during the maintenance shutdown so that sampling is safe",
                "Make the team leader alone responsible for every task, with no deadlines",
                "List only the names of the seven phases",
                (
                    "Schedule measurements during normal production away from shutdowns, allow "
                    "time for supplier quotations and finance checks, and list implementation of "
                    "mid/high-cost options separately"
                ),
            ],
            "explanation": (
                "The plan breaks the seven phases into tasks, each with an owner, dates and an "
                "output. Measurements need normal operation; feasibility analysis needs time for "
                "quotations and checks with finance; mid/high-cost options take longer and are "
                "listed separately."
            ),
        },
    },
    {
        "code": "AUD-035",
        "topic": "phase_2",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "预评估阶段最主要的成果是：",
            "options": [
                "完成中/高费方案的经济评估",
                "编写持续清洁生产计划",
                "完成审核重点的物料平衡",
                "确定审核重点并设定清洁生产目标",
            ],
            "explanation": (
                "预评估从全厂着眼摸清现状、找出问题，确定本轮审核重点并设定清洁生产目标，"
                "同时边发现边实施无/低费方案。物料平衡属于评估阶段，经济评估属于可行性分析阶段。"
            ),
        },
        "en": {
            "prompt": "What are the main outputs of the pre-assessment phase?",
            "options": [
                "An economic evaluation of the mid/high-cost options",
                "The continuing CP plan",
                "A material balance of the audit focus",
                "The audit focus and the CP targets",
            ],
            "explanation": (
                "Pre-assessment surveys the whole plant, finds the main problems, chooses the "
                "audit focus and sets CP targets, implementing no/low-cost options along the way. "
                "The material balance belongs to assessment and economic evaluation to feasibility "
                "analysis."
            ),
        },
    },
    {
        "code": "AUD-036",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 249.0, "tolerance": 0.0, "tolerance_type": "absolute", "unit": "none"},
        "zh": {
            "prompt": (
                "用权重总和计分排序法确定审核重点。五个评价因素的权重依次为10、9、8、6、3，"
                "某备选部位在这五个因素上的得分依次为6、7、9、5、8。该部位的加权总分是多少？"
                "（填写数值，无单位）"
            ),
            "explanation": (
                "加权总分＝Σ（权重×得分）＝10×6＋9×7＋8×9＋6×5＋3×8＝60＋63＋72＋30＋24＝249。"
            ),
        },
        "en": {
            "prompt": (
                "The audit focus is chosen by weighted-sum ranking. The five criteria have weights "
                "of 10, 9, 8, 6 and 3, and a candidate scores 6, 7, 9, 5 and 8 on them. What is "
                "its weighted total? (Enter a number, no unit.)"
            ),
            "explanation": (
                "Weighted total = Σ(weight × score) = 10×6 + 9×7 + 8×9 + 6×5 + 3×8 = 60 + 63 + 72 "
                "+ 30 + 24 = 249."
            ),
        },
    },
    {
        "code": "AUD-037",
        "topic": "phase_2",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某企业用权重总和计分排序法在四个工段中选择审核重点。四个评价因素的权重依次为："
                "废物量10、主要消耗8、环境代价8、清洁生产潜力5。各工段得分（按上述因素顺序）为：甲 "
                "8、7、9、6；乙 9、6、7、8；丙 7、9、8、7；丁 6、8、6、9。应选哪个工段作为审核重点"
                "？"
            ),
            "options": [
                "甲工段",
                "乙工段",
                "丙工段",
                "丁工段",
            ],
            "explanation": (
                "甲：80＋56＋72＋30＝238；乙：90＋48＋56＋40＝234；丙：70＋72＋64＋35＝241；丁：60"
                "＋64＋48＋45＝217。丙工段总分最高，应作为审核重点。乙工段在权重最大的因素上得分最"
                "高，但总分并不最高。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise uses weighted-sum ranking to choose the audit focus among four "
                "sections. The criteria and weights are: amount of waste 10, main consumption 8, "
                "environmental cost 8, CP potential 5. The sections score (in that order): A 8, 7, "
                "9, 6; B 9, 6, 7, 8; C 7, 9, 8, 7; D 6, 8, 6, 9. Which section should be the audit "
                "focus?"
            ),
            "options": [
                "Section A",
                "Section B",
                "Section C",
                "Section D",
            ],
            "explanation": (
                "A: 80 + 56 + 72 + 30 = 238; B: 90 + 48 + 56 + 40 = 234; C: 70 + 72 + 64 + 35 = "
                "241; D: 60 + 64 + 48 + 45 = 217. Section C has the highest total. Section B "
                "scores best on the most heavily weighted criterion but not overall."
            ),
        },
    },
    {
        "code": "AUD-038",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "强制性审核企业设定清洁生产目标时，应首先依据什么？",
            "options": [
                "企业历史上最差年份的数据",
                "设备供应商的宣传资料",
                "咨询机构以往项目的平均水平",
                "排放标准、总量控制指标或单位产品能耗限额等法定要求",
            ],
            "explanation": (
                "设定目标可参考行业清洁生产标准或评价指标体系、国内外同行先进水平、"
                "企业自身历史最好水平以及法定要求。强制性审核首先要解决达标问题，因此法定要求优先。"
            ),
        },
        "en": {
            "prompt": (
                "When an enterprise under a compulsory audit sets its CP targets, what must it "
                "base them on first?"
            ),
            "options": [
                "Its worst year on record",
                "Equipment suppliers' brochures",
                "The average of the consultancy's past projects",
                (
                    "Legal requirements such as discharge standards, total-volume targets or "
                    "energy limits per unit of product"
                ),
            ],
            "explanation": (
                "Targets draw on sector CP standards or indicator systems, the best practice of "
                "peers, the enterprise's own best performance and legal requirements. A compulsory "
                "audit must first secure compliance, so the legal requirements come first."
            ),
        },
    },
    {
        "code": "AUD-039",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": (
                "预评估中发现的关闭长流水、修复漏汽阀等无/低费方案，应统一留到第四阶段再实施。"
            ),
            "explanation": (
                "错误。预评估几乎总能发现一些明显、便宜的改进措施，无/低费方案不必等到第四阶段，"
                "应边审核边实施，并记录实施前后的数据。这样既能尽早取得效益，"
                "也能增强全员对审核的信心。"
            ),
        },
        "en": {
            "prompt": (
                "Obvious no/low-cost options found during pre-assessment, such as turning off "
                "running water or repairing leaking steam valves, should be held back and "
                "implemented together in Phase 4."
            ),
            "explanation": (
                "False. No/low-cost options need not wait for Phase 4. Implement them as the audit "
                "proceeds and record the figures before and after; this brings early savings and "
                "builds support for the audit."
            ),
        },
    },
    {
        "code": "AUD-040",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 2],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "确定备选审核重点时，通常应考虑下列哪些部位？",
            "options": [
                "污染物产生量大或存在超标排放的部位",
                "物料、能源或水消耗高的部位",
                "使用或排放有毒有害物质的部位",
                "消耗和污染物产生都很少、几乎没有改进空间的部位",
                "与生产无关的行政办公区",
            ],
            "explanation": (
                "备选审核重点通常包括：污染物产生量大或超标、超总量的部位，物料能源水耗高的部位，"
                "使用或排放有毒有害物质的部位，引起公众投诉的部位，以及改进潜力明显的部位。"
                "消耗和排放都很少、没有改进空间的部位不值得作为本轮重点。"
            ),
        },
        "en": {
            "prompt": "Which places should normally be considered as candidate audit foci?",
            "options": [
                "Places that generate large amounts of pollutants or exceed standards",
                "Places with high material, energy or water use",
                "Places that use or release toxic or hazardous substances",
                "Places with little consumption or pollution and almost no room to improve",
                "Administrative offices unrelated to production",
            ],
            "explanation": (
                "Candidates usually include places generating much pollution or exceeding "
                "standards or totals, places with high consumption, places using or releasing "
                "toxic substances, places behind public complaints and places with clear room to "
                "improve. A place with little consumption or pollution and no room to improve is "
                "not worth the round's effort."
            ),
        },
    },
    {
        "code": "AUD-041",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "预评估现场考察时，为什么建议尽可能在夜班和交接班时段进行抽查？",
            "options": [
                "法律规定现场考察只能在夜间进行",
                "这些时段劳动纪律往往最松懈，跑冒滴漏、长流水等问题更容易暴露",
                "夜间电价低，可以节约考察成本",
                "夜班产量最高，便于计算单位产品消耗",
            ],
            "explanation": (
                "现场考察要沿物料走向查看，并询问操作工。夜班和交接班时劳动纪律往往最松懈，"
                "此时抽查更容易发现跑冒滴漏、设备空转、长流水等问题。发现的问题要拍照记录，"
                "作为后续分析的依据。"
            ),
        },
        "en": {
            "prompt": (
                "Why is it recommended, during the pre-assessment site walk, to make spot checks "
                "on night shifts and at shift change where possible?"
            ),
            "options": [
                "The law says site visits may only take place at night",
                (
                    "Discipline is often weakest then, so leaks, spills and water left running are "
                    "more likely to show"
                ),
                "Electricity is cheaper at night, which lowers the cost of the visit",
                (
                    "Output is highest on the night shift, which makes unit consumption easier to "
                    "calculate"
                ),
            ],
            "explanation": (
                "The walk-through follows the materials and talks to operators. Discipline is "
                "often weakest on night shifts and at shift change, so checks then are more likely "
                "to reveal leaks, idle equipment and running water. Photograph and record what you "
                "find."
            ),
        },
    },
    {
        "code": "AUD-042",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "在预评估阶段从若干备选部位中选定、本轮审核集中力量深入分析和改进的对象，称为什么？"
            ),
            "accepted": [
                "审核重点",
            ],
            "explanation": (
                "审核重点可以是车间、工段、生产线、设备，也可以是某种物料或污染物，"
                "在预评估阶段确定，在评估阶段开展实测和物料平衡分析。"
            ),
        },
        "en": {
            "prompt": (
                "During pre-assessment, one candidate is chosen as the object that this audit "
                "round will analyse and improve in depth. What is it called?"
            ),
            "accepted": [
                "audit focus",
                "focus of the audit",
            ],
            "explanation": (
                "The audit focus may be a workshop, section, production line, item of equipment, "
                "or a particular material or pollutant. It is chosen in pre-assessment and "
                "measured and balanced in assessment."
            ),
        },
    },
    {
        "code": "AUD-043",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某印染企业按权重总和计分，染色工段304分、前处理工段245分，本轮选染色工段为审核重点"
                "。对前处理工段的恰当处理是："
            ),
            "options": [
                "从此不再考虑该工段",
                "本轮同时按同样深度对其开展实测和物料平衡",
                "记录其得分和依据，作为下一轮审核重点的备选",
                "把它的得分调高，与染色工段并列",
            ],
            "explanation": (
                "一轮审核集中力量解决一个重点。得分第二的部位应记录在案，在持续清洁生产计划中作为下"
                "一轮审核重点的候选；打分的依据也要留存，以便评估时核查。"
            ),
        },
        "en": {
            "prompt": (
                "At a dyeing mill, weighted-sum ranking gives the dyeing section 304 points and "
                "pretreatment 245, and dyeing is chosen as this round's audit focus. What should "
                "happen to pretreatment?"
            ),
            "options": [
                "Drop it from consideration for good",
                "Measure and balance it this round in the same depth as dyeing",
                (
                    "Record its score and the evidence behind it as a candidate focus for the next "
                    "round"
                ),
                "Raise its score so that it ties with dyeing",
            ],
            "explanation": (
                "One round concentrates on one focus. The runner-up is recorded and becomes a "
                "natural candidate for the next round in the continuing CP plan; the evidence "
                "behind the scores is kept so that it can be checked at assessment."
            ),
        },
    },
    {
        "code": "AUD-044",
        "topic": "phase_2",
        "difficulty": 3,
        "type": "essay",
        "points": 10,
        "zh": {
            "prompt": (
                "案例（示例数据，仅用于教学）：某造纸企业被列入强制性审核名单，"
                "理由是COD年排放量超过总量控制指标。审核小组通过现状调研和现场考察，"
                "列出三个备选审核重点，并按权重总和计分法打分（权重：废物量10、主要消耗8、"
                "环境代价7、清洁生产潜力6、车间积极性3；得分按此顺序）：制浆工段 9、8、9、7、5；"
                "抄纸工段 7、9、5、8、8；碱回收工段 6、7、8、6、6。企业单位产品取水量为38立方米/吨"
                "，行业清洁生产标准（示例值）为一级≤20、二级≤30、三级≤40立方米/吨。请作为审核人员："
                "（1）说明预评估阶段现状调研和现场考察应收集哪些信息；（2）计算三个备选部位的加权总"
                "分并确定审核重点；（3）为该企业设定近期和中期清洁生产目标，并说明设定依据；（4）"
                "说明预评估阶段对无/低费方案应如何处理。"
            ),
            "rubric": (
                "评分要点（共10分）：\n"
                "1. 现状调研和现场考察（2分）：能说出近三年的产品产量、原辅材料和水、"
                "能源消耗及单位产品消耗、污染物产生和排放及达标情况、排污许可和总量指标、"
                "管理状况等；现场考察沿物料走向，关注跑冒滴漏、长流水、缺少计量等问题，"
                "并与行业标准对比。\n"
                "2. 加权总分和审核重点（3分）：制浆274分、抄纸249分、碱回收226分，计算正确得2分；"
                "选定制浆工段并指出它与COD超总量这一列入原因直接相关得1分。\n"
                "3. 清洁生产目标（3分）：目标具体、可量化、有时限；以总量控制指标等法定要求为首要依"
                "据（如COD排放量降到总量指标以内）；取水量由三级（38）提升到二级（≤30）"
                "作为中期目标，或给出合理的近期目标；说明参考了行业标准、同行先进水平和企业历史最好"
                "水平。\n"
                "4. 无/低费方案（2分）：指出应边发现边实施、记录实施前后数据，"
                "并说明其对争取领导和员工支持的作用。"
            ),
            "explanation": (
                "参考答案要点：预评估从全厂着眼；加权总分制浆10×9＋8×8＋7×9＋6×7＋3×5＝274，"
                "抄纸249，碱回收226，制浆工段为审核重点；强制性审核以达标（总量）为首要目标，"
                "取水量目标可定为中期达到二级（≤30立方米/吨）；无/低费方案边审核边实施。"
            ),
        },
        "en": {
            "prompt": (
                "Case (illustrative data, for teaching only): a paper mill has been listed for a "
                "compulsory audit because its annual COD discharge exceeds its total-volume "
                "control target. From the survey and site walk, the audit team lists three "
                "candidate foci and scores them by weighted-sum ranking (weights: amount of waste "
                "10, main consumption 8, environmental cost 7, CP potential 6, workshop commitment "
                "3; scores in that order): pulping 9, 8, 9, 7, 5; paper machine 7, 9, 5, 8, 8; "
                "chemical recovery 6, 7, 8, 6, 6. The mill uses 38 m³ of fresh water per tonne of "
                "product; the sector CP standard (illustrative values) sets level I ≤ 20, level II "
                "≤ 30 and level III ≤ 40 m³/t. As the auditor: (1) state what information the "
                "pre-assessment survey and site walk should collect; (2) calculate the weighted "
                "totals of the three candidates and choose the audit focus; (3) set near-term and "
                "medium-term CP targets for the mill and explain their basis; (4) explain how "
                "no/low-cost options should be handled during pre-assessment."
            ),
            "rubric": (
                "Marking scheme (10 points):\n"
                "1. Survey and site walk (2 points): names the last three years' output, raw "
                "materials, water and energy use and use per unit of product, pollutants generated "
                "and discharged and compliance, permit conditions and total-volume targets, and "
                "management; the walk follows the materials, looks for leaks, running water and "
                "missing meters, and compares with the sector standard.\n"
                "2. Weighted totals and audit focus (3 points): pulping 274, paper machine 249, "
                "chemical recovery 226, calculated correctly (2 points); chooses pulping and links "
                "it to the COD total-volume exceedance that caused the listing (1 point).\n"
                "3. CP targets (3 points): targets are specific, quantified and dated; the legal "
                "requirement comes first (COD discharge back within the total-volume target); "
                "fresh water moves from level III (38) to level II (≤ 30) as a medium-term target, "
                "or a sensible near-term target is given; mentions the sector standard, peers' "
                "best practice and the mill's own best performance as references.\n"
                "4. No/low-cost options (2 points): implemented as soon as found, with figures "
                "recorded before and after, and explains how this builds management and staff "
                "support."
            ),
            "explanation": (
                "Key points: pre-assessment looks at the whole plant; pulping = 10×9 + 8×8 + 7×9 + "
                "6×7 + 3×5 = 274, paper machine 249, chemical recovery 226, so pulping is the "
                "audit focus; a compulsory audit puts compliance with the total-volume target "
                "first, and a medium-term water target of level II (≤ 30 m³/t) is reasonable; "
                "no/low-cost options are implemented as the audit goes along."
            ),
        },
    },
    {
        "code": "AUD-045",
        "topic": "phase_3",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "评估阶段的主要任务是：",
            "options": [
                "编写持续清洁生产计划",
                "对中/高费方案进行经济评估",
                "编制审核重点的工艺流程，实测输入输出，建立物料平衡并分析废物产生原因",
                "取得领导支持并组建审核小组",
            ],
            "explanation": (
                "评估是第三阶段，也是技术性最强的阶段：编制审核重点的工艺流程、实测输入输出、"
                "建立物料平衡（以及水平衡、能量平衡）、分析废物产生原因，并继续发现和实施无/低费方"
                "案。"
            ),
        },
        "en": {
            "prompt": "What are the main tasks of the assessment phase?",
            "options": [
                "Write the continuing CP plan",
                "Carry out the economic evaluation of mid/high-cost options",
                (
                    "Draw up the process flow of the audit focus, measure its inputs and outputs, "
                    "build a material balance and analyse why wastes arise"
                ),
                "Win management support and form the audit team",
            ],
            "explanation": (
                "Assessment is the third and most technical phase: draw up the process flow of the "
                "audit focus, measure inputs and outputs, build the material balance (and water "
                "and energy balances), analyse the causes of waste, and keep implementing "
                "no/low-cost options."
            ),
        },
    },
    {
        "code": "AUD-046",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 3.05,
            "tolerance": 0.05,
            "tolerance_type": "absolute",
            "unit": "percent",
        },
        "zh": {
            "prompt": (
                "某单元操作在实测期间日均输入物料合计820吨，日均输出合计795吨。"
                "其物料平衡的相对误差是多少？（以%表示，保留两位小数）"
            ),
            "explanation": (
                "相对误差＝（输入－输出）÷输入×100%＝（820－795）÷820×100%＝25÷820×100%≈3.05%，"
                "在±5%以内，平衡可以接受。"
            ),
        },
        "en": {
            "prompt": (
                "During the measurement campaign a unit operation has average inputs of 820 t/d "
                "and outputs of 795 t/d. What is the relative error of its material balance? (Give "
                "the answer in %, to two decimal places.)"
            ),
            "explanation": (
                "Relative error = (input − output) ÷ input × 100% = (820 − 795) ÷ 820 × 100% = 25 "
                "÷ 820 × 100% ≈ 3.05%, within ±5%, so the balance is acceptable."
            ),
        },
    },
    {
        "code": "AUD-047",
        "topic": "phase_3",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "物料平衡的相对误差通常要求控制在什么范围以内？",
            "options": [
                "±5%",
                "±10%",
                "±20%",
                "必须恰好为0",
            ],
            "explanation": (
                "实测数据总有误差，通常要求相对误差在±5%以内。超出这一范围，说明有遗漏的物流、"
                "计量错误或估算偏差过大，应查明原因后再进行分析；而要求误差恰好为零既不现实，"
                "也可能意味着数据被调整过。"
            ),
        },
        "en": {
            "prompt": (
                "Within what range is the relative error of a material balance normally required "
                "to lie?"
            ),
            "options": [
                "±5%",
                "±10%",
                "±20%",
                "Exactly 0",
            ],
            "explanation": (
                "Measurements always carry some error; the usual requirement is within ±5%. "
                "Outside that range a stream has been missed, a meter is wrong or an estimate is "
                "far off, and the cause must be found first. Demanding exactly zero is unrealistic "
                "and may even suggest adjusted data."
            ),
        },
    },
    {
        "code": "AUD-048",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "某工段物料平衡的相对误差为8%。审核小组下一步应当：",
            "options": [
                "误差不影响结论，直接开展原因分析",
                "改用企业月度统计数据代替实测",
                "查找遗漏的物流、计量仪表问题或偏差较大的估算值，补测后再做原因分析",
                "把差值计入“蒸发损失”，使平衡闭合",
            ],
            "explanation": (
                "8%超出了±5%的一般要求，说明数据不可靠。应查明原因、补充实测，"
                "不能用不闭合的平衡去找原因，更不能无依据地把差值归入某股物流。"
                "企业统计数据多为月度或年度合计，不能直接用于单元操作。"
            ),
        },
        "en": {
            "prompt": (
                "The material balance of a process section has a relative error of 8%. What should "
                "the audit team do next?"
            ),
            "options": [
                "Go straight on to cause analysis, since the error does not matter",
                "Replace the measurements with the company's monthly statistics",
                (
                    "Look for missed streams, meter problems or poor estimates, re-measure, and "
                    "only then analyse causes"
                ),
                "Book the difference as evaporation so that the balance closes",
            ],
            "explanation": (
                "8% is outside the usual ±5%, so the data are unreliable. Find the cause and "
                "collect better data; never analyse causes with a balance that does not close, and "
                "never assign the gap to a stream without evidence. Company statistics are monthly "
                "or annual totals and cannot be used for unit operations."
            ),
        },
    },
    {
        "code": "AUD-049",
        "topic": "phase_3",
        "difficulty": 3,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 3.78,
            "tolerance": 0.05,
            "tolerance_type": "absolute",
            "unit": "percent",
        },
        "zh": {
            "prompt": (
                "某染色工段实测水平衡（日均值）：输入为新鲜水420吨、直接加热蒸汽的冷凝水30吨；"
                "输出为废水中的水400吨、蒸发散失25吨、织物带走8吨。该水平衡的相对误差是多少？"
                "（以%表示，保留两位小数）"
            ),
            "explanation": (
                "输入合计420＋30＝450吨/天；输出合计400＋25＋8＝433吨/天；差值17吨/天；"
                "相对误差＝17÷450×100%≈3.78%，在±5%以内。蒸汽冷凝水进入工作液，必须计入输入。"
            ),
        },
        "en": {
            "prompt": (
                "The measured water balance of a dyeing section (daily averages) has inputs of 420 "
                "t of fresh water and 30 t of condensate from direct steam heating, and outputs of "
                "400 t of water in the waste water, 25 t of evaporation and 8 t carried out by the "
                "fabric. What is the relative error of the water balance? (Give the answer in %, "
                "to two decimal places.)"
            ),
            "explanation": (
                "Total input = 420 + 30 = 450 t/d; total output = 400 + 25 + 8 = 433 t/d; "
                "difference 17 t/d; relative error = 17 ÷ 450 × 100% ≈ 3.78%, within ±5%. "
                "Condensate from direct steam enters the liquor and must be counted as an input."
            ),
        },
    },
    {
        "code": "AUD-050",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "染色车间水洗流量没有计量，操作工凭感觉开阀门。按八个方面划分，"
                "这主要属于哪一方面的原因？"
            ),
            "options": [
                "原辅材料和能源",
                "过程控制",
                "产品",
                "废物",
            ],
            "explanation": (
                "过程控制关注温度、压力、流量、时间、投料量等参数的控制和计量。流量无计量、"
                "阀门凭感觉开，属于过程控制方面的原因，加装计量和流量控制通常是见效明显的低费方案。"
            ),
        },
        "en": {
            "prompt": (
                "In a dyeing shop, rinse flows are not metered and operators set the valves by "
                "feel. Which of the eight aspects is the main cause?"
            ),
            "options": [
                "Raw materials and energy",
                "Process control",
                "Products",
                "Wastes",
            ],
            "explanation": (
                "Process control covers the control and metering of temperature, pressure, flow, "
                "time and dosing. Unmetered flows and valves set by feel are a process-control "
                "cause; metering and flow control are often cheap options with clear results."
            ),
        },
    },
    {
        "code": "AUD-051",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某车间没有按机台核定用水定额，化料称量记录也不完整。按八个方面划分，"
                "这主要属于哪一方面的原因？"
            ),
            "options": [
                "产品",
                "技术工艺",
                "管理",
                "设备",
            ],
            "explanation": (
                "定额、考核、操作规程和记录制度属于管理方面。这类原因多数可以通过无/低费的管理类方"
                "案立即解决。"
            ),
        },
        "en": {
            "prompt": (
                "A workshop has no water quota for each machine and keeps incomplete records of "
                "chemical weighing. Which of the eight aspects is the main cause?"
            ),
            "options": [
                "Products",
                "Technology and process",
                "Management",
                "Equipment",
            ],
            "explanation": (
                "Quotas, performance reviews, operating procedures and record keeping belong to "
                "management. Such causes can mostly be dealt with at once through no/low-cost "
                "management options."
            ),
        },
    },
    {
        "code": "AUD-052",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "为建立物料平衡制订实测方案时，下列做法正确的有：",
            "options": [
                "选择生产稳定、产品结构有代表性的时段，覆盖若干个完整的生产周期",
                "使用经过校准的水表、流量计和衡器；无表处临时加装，或用容积法、称重法测定",
                "直接用月度统计数据代替单元操作的实测",
                "集中在开停车和检修期间测定，以观察极端工况",
                "把所有物流换算到同一时间基准（如吨/天），并记录每个数据的来源",
            ],
            "explanation": (
                "实测要在正常工况下进行，避开开停车和检修，覆盖若干完整生产周期；仪表要可靠；"
                "数据要统一基准并注明来源（实测、记录或估算）。月度统计数据无法反映单元操作，"
                "需要专门组织实测。"
            ),
        },
        "en": {
            "prompt": (
                "Which practices are correct when planning measurements for a material balance?"
            ),
            "options": [
                (
                    "Choose a period of steady production with a representative product mix, "
                    "covering several complete production cycles"
                ),
                (
                    "Use calibrated water meters, flow meters and scales; where there is no meter, "
                    "fit one temporarily or measure by volume or weight"
                ),
                "Use monthly statistics instead of measuring the unit operations",
                (
                    "Measure mainly during start-ups, shutdowns and maintenance to capture extreme "
                    "conditions"
                ),
                (
                    "Convert every stream to the same time basis (such as t/d) and record where "
                    "each figure comes from"
                ),
            ],
            "explanation": (
                "Measure normal operation, avoiding start-ups, shutdowns and maintenance, over "
                "several complete cycles; use reliable meters; put all data on one basis and note "
                "each figure's source (measured, recorded or estimated). Monthly statistics cannot "
                "show unit operations, so a dedicated campaign is needed."
            ),
        },
    },
    {
        "code": "AUD-053",
        "topic": "phase_3",
        "difficulty": 3,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 69.7,
            "tolerance": 0.2,
            "tolerance_type": "absolute",
            "unit": "percent",
        },
        "zh": {
            "prompt": (
                "某工段每天需要把200吨水从20°C加热到70°C（水的比热容取4.18 kJ/(kg·°C)），"
                "每天消耗蒸汽25吨，每吨蒸汽可提供约2400 MJ有效热量。该工段蒸汽热量的有效利用率约为"
                "多少？（以%表示，保留一位小数）"
            ),
            "explanation": (
                "有效热量Q＝m×c×ΔT＝200000×4.18×50＝41800000 kJ＝41800 MJ；供热量＝25×2400＝60000 "
                "MJ；有效利用率＝41800÷60000×100%≈69.7%。其余约30%损失于设备和管道散热、敞口蒸发、"
                "疏水阀漏汽和过度加热等。"
            ),
        },
        "en": {
            "prompt": (
                "A section heats 200 t of water a day from 20 °C to 70 °C (take the specific heat "
                "of water as 4.18 kJ/(kg·°C)). It uses 25 t of steam a day, and each tonne of "
                "steam supplies about 2,400 MJ of usable heat. What share of the steam heat is "
                "used usefully? (Give the answer in %, to one decimal place.)"
            ),
            "explanation": (
                "Useful heat Q = m × c × ΔT = 200,000 × 4.18 × 50 = 41,800,000 kJ = 41,800 MJ; "
                "heat supplied = 25 × 2,400 = 60,000 MJ; useful share = 41,800 ÷ 60,000 × 100% ≈ "
                "69.7%. The remaining 30% or so is lost from surfaces, by open evaporation, "
                "through leaking steam traps and by overheating."
            ),
        },
    },
    {
        "code": "AUD-054",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "某染色工段每天投入染料0.50吨，实测固着在织物上的为0.41吨，其余随废水排出。"
                "染料的流失率是多少？"
            ),
            "options": [
                "18%",
                "9%",
                "82%",
                "22%",
            ],
            "explanation": (
                "单组分物料平衡：流失量＝0.50－0.41＝0.09吨/天，流失率＝0.09÷0.50×100%＝18%。"
                "这部分染料是买来后又随废水排掉的，也是废水色度和COD的重要来源。"
            ),
        },
        "en": {
            "prompt": (
                "A dyeing section uses 0.50 t of dye a day; measurements show 0.41 t fixed on the "
                "fabric and the rest leaving in the waste water. What share of the dye is lost?"
            ),
            "options": [
                "18%",
                "9%",
                "82%",
                "22%",
            ],
            "explanation": (
                "Single-component balance: loss = 0.50 − 0.41 = 0.09 t/d; loss rate = 0.09 ÷ 0.50 "
                "× 100% = 18%. That dye was bought and then thrown away, and it is a major source "
                "of colour and COD in the waste water."
            ),
        },
    },
    {
        "code": "AUD-055",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "为使物料平衡闭合，审核人员可以把无法解释的差值直接计入“蒸发损失”。",
            "explanation": (
                "错误。无依据地把差值归入某股物流是掩盖问题，评估时也通不过；"
                "调整数据迫使平衡闭合属于弄虚作假。应查找遗漏的物流或计量问题，必要时补测。"
            ),
        },
        "en": {
            "prompt": (
                "To make a material balance close, the auditor may book any unexplained difference "
                "as evaporation loss."
            ),
            "explanation": (
                "False. Assigning the gap to a stream without evidence hides the problem and will "
                "not survive assessment; adjusting data to force closure is falsification. Look "
                "for missed streams or metering problems and re-measure if needed."
            ),
        },
    },
    {
        "code": "AUD-056",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": "水平衡是物料平衡的一种特殊形式，只针对水这一种物料进行衡算。",
            "explanation": (
                "正确。水平衡把每一股新鲜水按用途分别计量，从来源、使用一直追踪到最终去向，"
                "用来找出可以削减、梯级利用或回用的用水环节。在印染、造纸、食品等用水大户，"
                "水平衡往往是评估中最有价值的部分。"
            ),
        },
        "en": {
            "prompt": (
                "A water balance is a special case of a material balance that covers water alone."
            ),
            "explanation": (
                "True. Fresh water is metered separately for each use and traced from source "
                "through use to its final fate, so that uses that can be reduced, cascaded or "
                "recycled stand out. In water-intensive sectors it is often the most valuable part "
                "of the assessment."
            ),
        },
    },
    {
        "code": "AUD-057",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "依据质量守恒原理，对审核重点的全部输入和输出物料进行定量衡算，"
                "以查明物料去向和损失，这项工作称为什么？"
            ),
            "accepted": [
                "物料平衡",
                "物料衡算",
            ],
            "explanation": (
                "物料平衡依据质量守恒：稳定运行时输入等于输出，有积累时输入等于输出加积累。"
                "它可以针对全部物料，也可以针对某一组分，如染料、水或某种重金属。"
            ),
        },
        "en": {
            "prompt": (
                "What is the name of the quantitative account of all inputs and outputs of the "
                "audit focus, based on conservation of mass, that shows where materials go and "
                "where they are lost?"
            ),
            "accepted": [
                "material balance",
                "mass balance",
                "materials balance",
            ],
            "explanation": (
                "A material balance rests on conservation of mass: at steady state input equals "
                "output; with accumulation, input equals output plus accumulation. It can cover "
                "all materials or a single component such as dye, water or a heavy metal."
            ),
        },
    },
    {
        "code": "AUD-058",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "计算物料平衡的相对误差时，分母应取：",
            "options": [
                "输入总量",
                "输出总量",
                "输入与输出的平均值",
                "数量最大的一股物流",
            ],
            "explanation": (
                "相对误差＝（输入总量－输出总量）÷输入总量×100%。例如输入500吨/天、输出470吨/天时，"
                "误差为30÷500＝6%，而不是30÷470≈6.4%。"
            ),
        },
        "en": {
            "prompt": (
                "When calculating the relative error of a material balance, what goes in the "
                "denominator?"
            ),
            "options": [
                "Total input",
                "Total output",
                "The average of input and output",
                "The largest single stream",
            ],
            "explanation": (
                "Relative error = (total input − total output) ÷ total input × 100%. For inputs of "
                "500 t/d and outputs of 470 t/d the error is 30 ÷ 500 = 6%, not 30 ÷ 470 ≈ 6.4%."
            ),
        },
    },
    {
        "code": "AUD-059",
        "topic": "phase_3",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "水平衡显示，某染色工段新鲜水输入600吨/天，其中水洗和皂洗用水380吨/天，"
                "且全部用水几乎都变成了废水，工段没有任何回用。据此最合理的判断是："
            ),
            "options": [
                "水洗和皂洗约占新鲜水的63%，是节水的重点环节，逆流漂洗和回用是值得研究的方向",
                "应先扩建污水处理站，再考虑节水",
                "设备和地面清洗用水最多，应优先削减",
                "水平衡闭合就说明用水合理，无需改进",
            ],
            "explanation": (
                "380÷600≈63%，水洗和皂洗是最大的用水环节；没有逆流和回用设计，"
                "说明节水潜力集中于此。平衡闭合只说明数据可信，不说明用水合理；"
                "扩建污水站属于末端治理。"
            ),
        },
        "en": {
            "prompt": (
                "A water balance shows that a dyeing section takes 600 t/d of fresh water, of "
                "which rinsing and soaping take 380 t/d; nearly all of it becomes waste water and "
                "nothing is reused. What is the most reasonable conclusion?"
            ),
            "options": [
                (
                    "Rinsing and soaping take about 63% of the fresh water and are where to save "
                    "water; countercurrent rinsing and reuse are worth studying"
                ),
                "The wastewater plant should be enlarged before thinking about saving water",
                "Machine and floor cleaning uses the most water and should be cut first",
                "Since the balance closes, water use is reasonable and needs no change",
            ],
            "explanation": (
                "380 ÷ 600 ≈ 63%, so rinsing and soaping are the largest use; with no "
                "countercurrent flow or reuse, that is where the saving potential lies. A closed "
                "balance shows the data are trustworthy, not that use is efficient; enlarging the "
                "treatment plant is end-of-pipe."
            ),
        },
    },
    {
        "code": "AUD-060",
        "topic": "phase_3",
        "difficulty": 3,
        "type": "essay",
        "points": 10,
        "zh": {
            "prompt": (
                "案例（示例数据，仅用于教学）：某啤酒厂在预评估中把灌装车间的洗瓶工段选为审核重点。"
                "月度统计显示，洗瓶工段每千升啤酒耗新鲜水约1.8立方米、耗蒸汽约45千克，"
                "均明显高于行业先进水平；工段只有一块总水表，碱液补加和热水温度由操作工凭经验控制，"
                "末道清洗水直接排放。请作为审核人员，说明你将如何在评估阶段对这一审核重点开展工作，"
                "包括：（1）划分单元操作并编制工艺流程；（2）制订实测方案；（3）"
                "建立水平衡（及碱液或能量平衡）并检验其误差；（4）从八个方面分析废物产生的原因（至"
                "少结合本案例举出四个方面）；（5）评估阶段发现的无/低费方案如何处理。"
            ),
            "rubric": (
                "评分要点（共10分）：\n"
                "1. 单元操作和工艺流程（2分）：合理划分预浸、碱洗、热水冲洗、冷水冲洗、"
                "末道清洗等单元操作，列出每个单元的输入（水、蒸汽、碱液、电）和输出（瓶、废水、"
                "废碱液、蒸汽散失等），并对物流编号。\n"
                "2. 实测方案（2分）：在正常生产期覆盖若干完整生产周期（如连续3至5个工作日）；"
                "对各用水点加装或临时安装经校准的分表；统一时间基准；记录数据来源；"
                "对废水按规定频次采样分析。\n"
                "3. 平衡和误差检验（2分）：给出相对误差＝（输入－输出）÷输入×100%，要求在±5%以内；"
                "超出时查找遗漏物流或计量问题并补测，不得调整数据；能据平衡计算单位产品消耗并指出最"
                "大的损失去向。\n"
                "4. 原因分析（3分）：至少结合案例分析四个方面，如过程控制（碱液和水温凭经验控制、"
                "无分表）、废物（末道清洗水未回用、热水余热未回收）、设备（喷淋嘴堵塞、保温破损等）"
                "、管理（无用水定额和考核）、员工（缺少培训）、技术工艺（无逆流或梯级用水）等；"
                "每个方面须与案例事实对应。\n"
                "5. 无/低费方案（1分）：指出发现即实施并记录前后数据，如修复泄漏、加装水表、"
                "制定定额。"
            ),
            "explanation": (
                "参考答案要点：评估阶段的核心是用实测数据建立平衡、说清“废物在哪里产生、"
                "为什么产生”。本案例中，计量缺失和凭经验控制属于过程控制原因，"
                "末道清洗水和热水余热未利用属于废物方面的原因，它们分别指向加装计量和自动控制、"
                "末道水回用于预浸、余热回收等方案。"
            ),
        },
        "en": {
            "prompt": (
                "Case (illustrative data, for teaching only): during pre-assessment a brewery "
                "chose the bottle-washing section of its packaging hall as the audit focus. "
                "Monthly records show that bottle washing uses about 1.8 m³ of fresh water and "
                "about 45 kg of steam per kilolitre of beer, both clearly above good sector "
                "practice. The section has only one main water meter, caustic make-up and "
                "hot-water temperature are set by operators from experience, and the final rinse "
                "water goes straight to drain. As the auditor, explain how you would carry out the "
                "assessment phase for this audit focus: (1) divide it into unit operations and "
                "draw up the process flow; (2) plan the measurements; (3) build a water balance "
                "(and a caustic or energy balance) and check its error; (4) analyse the causes of "
                "waste across the eight aspects, applying at least four of them to this case; (5) "
                "explain what to do with no/low-cost options found during assessment."
            ),
            "rubric": (
                "Marking scheme (10 points):\n"
                "1. Unit operations and process flow (2 points): sensible units such as pre-soak, "
                "caustic wash, hot rinse, cold rinse and final rinse; inputs (water, steam, "
                "caustic, power) and outputs (bottles, waste water, spent caustic, vapour losses) "
                "listed for each; streams numbered.\n"
                "2. Measurement plan (2 points): normal production over several complete cycles "
                "(for example 3 to 5 consecutive working days); calibrated sub-meters fitted, "
                "temporarily if need be, at each point of use; one time basis; the source of each "
                "figure recorded; waste water sampled and analysed at set frequencies.\n"
                "3. Balance and error check (2 points): relative error = (input − output) ÷ input "
                "× 100%, required within ±5%; if outside, look for missed streams or metering "
                "faults and re-measure, never adjust data; uses the balance to work out use per "
                "unit of product and the largest losses.\n"
                "4. Cause analysis (3 points): at least four aspects applied to the facts of the "
                "case, for example process control (caustic and temperature set by experience, no "
                "sub-meters), wastes (final rinse not reused, heat in hot rinse water not "
                "recovered), equipment (blocked nozzles, damaged insulation), management (no water "
                "quota or review), employees (no training), technology and process (no "
                "countercurrent or cascaded water use).\n"
                "5. No/low-cost options (1 point): implemented as soon as found with figures "
                "recorded before and after, such as fixing leaks, fitting meters and setting "
                "quotas."
            ),
            "explanation": (
                "Key points: the heart of assessment is a balance built on measured data that "
                "shows where and why waste arises. Here the missing meters and control by "
                "experience are process-control causes, and the unused final rinse and waste heat "
                "are causes under wastes; they point to metering and automatic control, reusing "
                "the final rinse for pre-soak, and heat recovery."
            ),
        },
    },
    {
        "code": "AUD-061",
        "topic": "phase_4",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "“在交接班记录中登记每台设备的水表读数，并把节水情况纳入班组考核”应归为哪类方案？"
            ),
            "options": [
                "技术类、无/低费方案",
                "管理类、无/低费方案",
                "不属于清洁生产方案",
                "技术类、中/高费方案",
            ],
            "explanation": (
                "该方案通过记录和考核改变用水行为，不涉及工艺或设备改造，几乎不需要投资，"
                "可以立即实施，属于管理类、无/低费方案。少用水就少产生废水，是典型的源头削减。"
            ),
        },
        "en": {
            "prompt": (
                "How should this option be classified: 'record each machine's water-meter reading "
                "in the shift log and include water saving in team performance reviews'?"
            ),
            "options": [
                "Technology-oriented, no/low-cost",
                "Management-oriented, no/low-cost",
                "Not a CP option",
                "Technology-oriented, mid/high-cost",
            ],
            "explanation": (
                "It changes water use through records and reviews, involves no change to process "
                "or equipment, needs almost no investment and can be done at once: a "
                "management-oriented, no/low-cost option. Less water used means less waste water, "
                "which is source reduction."
            ),
        },
    },
    {
        "code": "AUD-062",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "“以低浴比染色机替换老式绳状染色机”应归为哪类方案？",
            "options": [
                "技术类、中/高费方案",
                "管理类、中/高费方案",
                "末端治理方案",
                "管理类、无/低费方案",
            ],
            "explanation": (
                "更换设备属于技术类方案，投资较大、实施周期较长，属于中/高费方案，"
                "须经过可行性分析才能决定是否实施。它在生产过程中减少用水和废水，不是末端治理。"
            ),
        },
        "en": {
            "prompt": (
                "How should the option 'replace old rope dyeing machines with low liquor-ratio "
                "machines' be classified?"
            ),
            "options": [
                "Technology-oriented, mid/high-cost",
                "Management-oriented, mid/high-cost",
                "An end-of-pipe measure",
                "Management-oriented, no/low-cost",
            ],
            "explanation": (
                "Replacing equipment is a technology option needing significant investment and "
                "time, so it is mid/high-cost and must pass feasibility analysis before a "
                "decision. It cuts water and waste water inside the process, so it is not "
                "end-of-pipe."
            ),
        },
    },
    {
        "code": "AUD-063",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "采用头脑风暴法征集清洁生产方案时，应遵守的基本规则是：",
            "options": [
                "只允许技术人员发言，操作工旁听",
                "征集阶段只记录、不评判，所有想法先写下来，到筛选时再讨论",
                "当场否定不成熟的想法，以节约时间",
                "只记录投资最少的想法",
            ],
            "explanation": (
                "过早批评会让人不再发言。征集时对所有想法一律记录，无论多么粗糙，"
                "筛选阶段再讨论取舍。一线工人最了解哪里跑冒滴漏，他们的想法往往是最好的无/低费方案"
                "。"
            ),
        },
        "en": {
            "prompt": "What is the basic rule when using brainstorming to collect CP options?",
            "options": [
                "Let only engineers speak while operators listen",
                (
                    "While ideas are being collected, record and do not judge; discuss them at "
                    "screening"
                ),
                "Reject immature ideas on the spot to save time",
                "Record only the cheapest ideas",
            ],
            "explanation": (
                "Early criticism makes people stop talking. Write every idea down, however rough, "
                "and decide at screening. Front-line workers know best where the leaks and spills "
                "are, and their ideas are often the best no/low-cost options."
            ),
        },
    },
    {
        "code": "AUD-064",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 7.15, "tolerance": 0.01, "tolerance_type": "absolute", "unit": "none"},
        "zh": {
            "prompt": (
                "对中/高费方案进行权重总和计分筛选，五项评价因素的权重为：环境效果30%、"
                "经济效果25%、技术可行性25%、实施难易10%、对产品质量的影响10%。"
                "某方案在各因素上的得分依次为7、9、6、8、5（每项满分10分）。其加权得分是多少？"
                "（保留两位小数）"
            ),
            "explanation": (
                "加权得分＝Σ（权重×得分）＝0.30×7＋0.25×9＋0.25×6＋0.10×8＋0.10×5＝2.10＋2.25＋1.50"
                "＋0.80＋0.50＝7.15。"
            ),
        },
        "en": {
            "prompt": (
                "Mid/high-cost options are screened by weighted scoring with these weights: "
                "environmental effect 30%, economic effect 25%, technical feasibility 25%, ease of "
                "implementation 10%, effect on product quality 10%. An option scores 7, 9, 6, 8 "
                "and 5 respectively (each out of 10). What is its weighted score? (Give two "
                "decimal places.)"
            ),
            "explanation": (
                "Weighted score = Σ(weight × score) = 0.30×7 + 0.25×9 + 0.25×6 + 0.10×8 + 0.10×5 = "
                "2.10 + 2.25 + 1.50 + 0.80 + 0.50 = 7.15."
            ),
        },
    },
    {
        "code": "AUD-065",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 3],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "下列哪些是产生清洁生产方案的正当来源？",
            "options": [
                "行业审核指南和重点行业清洁生产技术导向目录",
                "评估阶段从八个方面分析得出的废物产生原因",
                "照抄其他企业审核报告中的方案和效益数据",
                "车间员工的合理化建议和头脑风暴",
            ],
            "explanation": (
                "方案来源包括原因分析（最直接、最有针对性）、全员征集、行业信息（审核指南、"
                "技术目录、标准和评价指标体系）以及外部经验。照抄他人报告的方案和效益数据不反映本企"
                "业实际，评估时会被扣分甚至判为弄虚作假。"
            ),
        },
        "en": {
            "prompt": "Which of the following are proper sources of CP options?",
            "options": [
                "Sector audit guidelines and the technology inventories for key sectors",
                "The causes of waste found across the eight aspects during assessment",
                "Copying the options and benefit figures from another enterprise's audit report",
                "Suggestions from shop-floor staff and brainstorming sessions",
            ],
            "explanation": (
                "Options come from the cause analysis (the most direct source), the whole "
                "workforce, sector information (guidelines, inventories, standards and indicator "
                "systems) and outside experience. Copied options and benefit figures do not "
                "reflect the enterprise and will be marked down at assessment or even treated as "
                "falsification."
            ),
        },
    },
    {
        "code": "AUD-066",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "方案初步筛选中被认为暂不可行的方案，应直接删除，不必在审核报告中记录。",
            "explanation": (
                "错误。暂不可行的方案不要丢弃，应在报告中记录原因，在下一轮审核中重新考虑，"
                "例如产品结构变化后，曾被搁置的方案可能变得可行。"
            ),
        },
        "en": {
            "prompt": (
                "Options judged not feasible for now at preliminary screening should simply be "
                "deleted and need not be recorded in the audit report."
            ),
            "explanation": (
                "False. Do not throw them away: record the reasons in the report and reconsider "
                "them in the next round. A shelved option may become feasible, for example after "
                "the product mix changes."
            ),
        },
    },
    {
        "code": "AUD-067",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "无/低费方案与中/高费方案之间的费用界限应如何确定？",
            "options": [
                "由审核小组根据企业规模在审核开始时确定，并在审核报告中说明",
                "由设备供应商根据报价确定",
                "以方案实施时是否需要停产来划分",
                "全国统一规定为1万元",
            ],
            "explanation": (
                "费用界限取决于企业规模，没有全国统一的数值。审核小组应在审核开始时确定，"
                "并在报告中写明，以便评估时理解方案的分类。"
            ),
        },
        "en": {
            "prompt": "How is the cost line between no/low-cost and mid/high-cost options set?",
            "options": [
                (
                    "The audit team sets it at the start of the audit according to the size of the "
                    "enterprise and states it in the report"
                ),
                "Equipment suppliers set it from their quotations",
                "By whether production must stop while the option is implemented",
                "It is fixed nationally at RMB 10,000",
            ],
            "explanation": (
                "Where the line falls depends on the size of the enterprise; there is no national "
                "figure. The team sets it at the start and states it in the report so that "
                "reviewers understand how options were classified."
            ),
        },
    },
    {
        "code": "AUD-068",
        "topic": "phase_4",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "某企业因总铬排放超标被列入强制性审核名单。审核报告提出了40多项加强管理的无/低费方"
                "案，却没有针对铬的技术改造方案。评估时最可能被指出的问题是："
            ),
            "options": [
                "审核重点选错了，应改为办公区",
                "没有问题，强制性审核本来就以管理类方案为主",
                "无/低费方案数量过多，应删去一部分",
                "缺少针对列入原因（铬超标）的中/高费技术类方案，难以从根本上解决超标问题",
            ],
            "explanation": (
                "强制性审核首先要解决企业被列入名单的问题。仅靠加强管理通常解决不了长期超标，"
                "因此强制性审核强调提出并实施针对列入原因的中/高费技术类方案，"
                "验收时也会专门核实这些方案的成效。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise was listed for a compulsory audit because its total chromium "
                "discharge exceeds the standard. The audit report proposes more than 40 "
                "no/low-cost management options but no technical option aimed at chromium. What "
                "problem is assessment most likely to point out?"
            ),
            "options": [
                "The audit focus is wrong and should be the office area",
                "Nothing, since compulsory audits are mainly about management options",
                "There are too many no/low-cost options and some should be deleted",
                (
                    "There is no mid/high-cost technology option aimed at the reason for listing "
                    "(the chromium exceedance), so the exceedance is unlikely to be cured at the "
                    "root"
                ),
            ],
            "explanation": (
                "A compulsory audit must first solve the problem that put the enterprise on the "
                "list. Better housekeeping alone rarely cures a standing exceedance, so compulsory "
                "audits stress mid/high-cost technology options aimed at that reason, and "
                "acceptance verifies what they achieved."
            ),
        },
    },
    {
        "code": "AUD-069",
        "topic": "phase_4",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "方案初步筛选后，通常把方案分为哪三类？",
            "options": [
                "自愿方案、强制方案、示范方案",
                "可立即实施的无/低费方案、需进一步研究的中/高费方案、暂不可行的方案",
                "技术方案、环境方案、经济方案",
                "一级方案、二级方案、三级方案",
            ],
            "explanation": (
                "初步筛选粗略考察技术可行性、环境效果、经济效果、实施难易及对生产和产品质量的影响，"
                "把方案分为三类：立即实施的无/低费方案、需进一步研究的中/高费方案、暂不可行的方案。"
            ),
        },
        "en": {
            "prompt": (
                "Into which three groups does preliminary screening usually sort the options?"
            ),
            "options": [
                "Voluntary, compulsory and demonstration options",
                (
                    "No/low-cost options to implement at once, mid/high-cost options needing "
                    "further study, and options not feasible for now"
                ),
                "Technical, environmental and economic options",
                "Level I, level II and level III options",
            ],
            "explanation": (
                "Preliminary screening looks roughly at technical feasibility, environmental and "
                "economic effect, ease of implementation and the effect on production and quality, "
                "and sorts options into those to implement now, those needing more study, and "
                "those not feasible for now."
            ),
        },
    },
    {
        "code": "AUD-070",
        "topic": "phase_5",
        "difficulty": 1,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 3.0, "tolerance": 0.05, "tolerance_type": "absolute", "unit": "year"},
        "zh": {
            "prompt": (
                "某方案总投资84万元，预计每年节约原材料和能源费用32万元，同时每年增加运行费用4万元"
                "。其静态投资回收期是多少年？（保留一位小数）"
            ),
            "explanation": (
                "年净收益＝32－4＝28万元；静态投资回收期＝总投资÷年净收益＝84÷28＝3.0年。"
                "注意要先扣除新增运行费用。"
            ),
        },
        "en": {
            "prompt": (
                "An option costs RMB 840,000. It is expected to save RMB 320,000 a year on raw "
                "materials and energy but adds RMB 40,000 a year in running costs. What is its "
                "simple payback period in years? (Give one decimal place.)"
            ),
            "explanation": (
                "Annual net benefit = 320,000 − 40,000 = RMB 280,000; simple payback = investment "
                "÷ annual net benefit = 840,000 ÷ 280,000 = 3.0 years. Deduct the added running "
                "costs first."
            ),
        },
    },
    {
        "code": "AUD-071",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 19.82,
            "tolerance": 0.1,
            "tolerance_type": "absolute",
            "unit": "wan_yuan",
        },
        "zh": {
            "prompt": (
                "某中/高费方案总投资80万元，寿命5年，每年净现金流量25万元，基准收益率8%（5年、"
                "8%的年金现值系数为3.9927，不考虑税收和残值）。该方案的净现值是多少万元？"
                "（保留两位小数）"
            ),
            "explanation": (
                "净现值＝年净现金流量×年金现值系数－总投资＝25×3.9927－80＝99.82－80≈19.82万元，"
                "大于零，方案在经济上可行。"
            ),
        },
        "en": {
            "prompt": (
                "A mid/high-cost option costs RMB 800,000 (80 wan yuan), lasts 5 years and has a "
                "net cash flow of RMB 250,000 (25 wan yuan) a year. The benchmark rate is 8% (the "
                "5-year annuity factor at 8% is 3.9927; ignore tax and salvage value). What is its "
                "NPV in wan yuan (units of RMB 10,000)? (Give two decimal places.)"
            ),
            "explanation": (
                "NPV = annual net cash flow × annuity factor − investment = 25 × 3.9927 − 80 = "
                "99.82 − 80 ≈ 19.82 wan yuan (about RMB 198,200). It is positive, so the option is "
                "economically feasible."
            ),
        },
    },
    {
        "code": "AUD-072",
        "topic": "phase_5",
        "difficulty": 3,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 15.24,
            "tolerance": 0.1,
            "tolerance_type": "absolute",
            "unit": "percent",
        },
        "zh": {
            "prompt": (
                "某方案总投资100万元，寿命5年，每年净现金流量30万元（不考虑税收和残值）。"
                "已知5年期年金现值系数：i＝15%时为3.3522，i＝16%时为3.2743。"
                "请用试算加线性插值法求其内部收益率。（以%表示，保留两位小数）"
            ),
            "explanation": (
                "i＝15%时，NPV＝30×3.3522－100＝＋0.566万元；i＝16%时，NPV＝30×3.2743－100＝－1.771"
                "万元。插值：IRR≈15%＋0.566÷（0.566＋1.771）×1%≈15%＋0.24%＝15.24%。"
            ),
        },
        "en": {
            "prompt": (
                "An option costs RMB 1,000,000 (100 wan yuan), lasts 5 years and has a net cash "
                "flow of RMB 300,000 (30 wan yuan) a year (ignore tax and salvage value). The "
                "5-year annuity factors are 3.3522 at 15% and 3.2743 at 16%. Find its internal "
                "rate of return by trial and linear interpolation. (Give the answer in %, to two "
                "decimal places.)"
            ),
            "explanation": (
                "At 15%, NPV = 30 × 3.3522 − 100 = +0.566 wan yuan; at 16%, NPV = 30 × 3.2743 − "
                "100 = −1.771 wan yuan. Interpolating: IRR ≈ 15% + 0.566 ÷ (0.566 + 1.771) × 1% ≈ "
                "15% + 0.24% = 15.24%."
            ),
        },
    },
    {
        "code": "AUD-073",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "经济评估中，下列哪一组条件表明方案在经济上可行？",
            "options": [
                "只要静态投资回收期短于10年即可，无需考虑其他指标",
                "净现值≥0，内部收益率≥基准收益率，投资回收期在企业可接受的范围内且明显短于方案寿命",
                "净现值＜0，但内部收益率大于0",
                "内部收益率低于基准收益率，但投资额较小",
            ],
            "explanation": (
                "判断规则：回收期在企业可接受范围内并明显短于寿命期；净现值≥0；"
                "内部收益率≥基准收益率。内部收益率大于0并不够，必须与基准收益率比较。"
            ),
        },
        "en": {
            "prompt": (
                "In an economic evaluation, which set of conditions shows that an option is "
                "economically feasible?"
            ),
            "options": [
                "Any simple payback under 10 years, whatever the other measures show",
                (
                    "NPV ≥ 0, IRR ≥ the benchmark rate, and a payback within the enterprise's "
                    "acceptable limit and well within the option's life"
                ),
                "NPV < 0 but IRR above zero",
                "IRR below the benchmark rate, provided the investment is small",
            ],
            "explanation": (
                "The decision rules are payback within the acceptable limit and well within the "
                "life, NPV ≥ 0, and IRR ≥ the benchmark rate. An IRR above zero is not enough; it "
                "must be compared with the benchmark."
            ),
        },
    },
    {
        "code": "AUD-074",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "静态投资回收期这一指标的主要缺点是：",
            "options": [
                "必须先求出内部收益率才能计算",
                "不考虑资金的时间价值，也不反映回收期以后的收益",
                "计算过于复杂，管理人员难以理解",
                "只能用于无/低费方案",
            ],
            "explanation": (
                "静态投资回收期简单易懂，但忽略了资金的时间价值，也不管回收期之后方案还能带来多少收"
                "益。因此只能用于初步判断，还要结合净现值、内部收益率等折现指标。"
            ),
        },
        "en": {
            "prompt": "What are the main weaknesses of the simple payback period?",
            "options": [
                "The IRR must be known before it can be calculated",
                "It ignores the time value of money and everything earned after the payback date",
                "It is too complicated for managers to understand",
                "It can be used only for no/low-cost options",
            ],
            "explanation": (
                "Simple payback is easy to understand, but it ignores the time value of money and "
                "any benefit after payback. Use it for a first look, then apply discounted "
                "measures such as NPV and IRR."
            ),
        },
    },
    {
        "code": "AUD-075",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "关于可行性分析中三项评估的关系，下列说法正确的是：",
            "options": [
                "一般依次进行技术评估、环境评估和经济评估，任何一项不通过的方案都不能推荐实施",
                "环境评估只针对无/低费方案进行",
                "三项评估中只需完成任意一项",
                "经济效益好的方案可以跳过技术评估",
            ],
            "explanation": (
                "技术评估回答“能不能做”，环境评估回答“是否真正有利于环境”，两者都通过后再做经济评估"
                "，回答“值不值得投”。任何一项不通过，方案都不能推荐。"
            ),
        },
        "en": {
            "prompt": "Which statement about the three parts of a feasibility analysis is correct?",
            "options": [
                (
                    "Technical, environmental and economic evaluation are normally done in that "
                    "order, and an option that fails any of them cannot be recommended"
                ),
                "Environmental evaluation applies only to no/low-cost options",
                "Only one of the three evaluations needs to be done",
                "An option with good economics may skip technical evaluation",
            ],
            "explanation": (
                "Technical evaluation asks whether it can be done, environmental evaluation "
                "whether it really helps the environment, and only then economic evaluation asks "
                "whether it is worth the money. Failing any part rules the option out."
            ),
        },
    },
    {
        "code": "AUD-076",
        "topic": "phase_5",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "某逆流漂洗方案使废水量由480立方米/天降到360立方米/天，而废水中COD的总量基本不变。"
                "改造前废水COD浓度为300 mg/L，改造后约为多少？"
            ),
            "options": [
                "300 mg/L",
                "225 mg/L",
                "375 mg/L",
                "400 mg/L",
            ],
            "explanation": (
                "污染物总量不变时，浓度与水量成反比：300×480÷360＝400 mg/L，约升高33%。"
                "节水方案往往使废水浓度升高，环境评估必须确认污水处理设施能适应更高的进水浓度并稳定"
                "达标。"
            ),
        },
        "en": {
            "prompt": (
                "A countercurrent rinsing option cuts waste water from 480 m³/d to 360 m³/d while "
                "the total COD load stays about the same. The COD concentration was 300 mg/L "
                "before. About what will it be after?"
            ),
            "options": [
                "300 mg/L",
                "225 mg/L",
                "375 mg/L",
                "400 mg/L",
            ],
            "explanation": (
                "With the same load, concentration is inversely proportional to volume: 300 × 480 "
                "÷ 360 = 400 mg/L, about 33% higher. Water-saving options usually make waste water "
                "stronger, so the environmental evaluation must confirm that the treatment plant "
                "can cope and still comply."
            ),
        },
    },
    {
        "code": "AUD-077",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": "若某方案按8%的基准收益率折现计算的净现值大于零，则其内部收益率高于8%。",
            "explanation": (
                "正确。内部收益率是使净现值恰好为零的折现率。在基准收益率下净现值大于零，"
                "说明使净现值降为零的折现率更高，即内部收益率高于基准收益率；两个指标的结论一致。"
            ),
        },
        "en": {
            "prompt": (
                "If an option's NPV at an 8% benchmark rate is positive, its IRR is above 8%."
            ),
            "explanation": (
                "True. The IRR is the discount rate at which NPV is exactly zero. A positive NPV "
                "at the benchmark rate means that NPV only falls to zero at a higher rate, so the "
                "IRR is above the benchmark; the two measures agree."
            ),
        },
    },
    {
        "code": "AUD-078",
        "topic": "phase_5",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "两个互斥的中/高费方案（只能选其一）规模不同，在基准收益率下净现值都为正。"
                "选择时应主要依据："
            ),
            "options": [
                "净现值较大的方案",
                "投资额较小的方案",
                "内部收益率较高的方案，而不管净现值大小",
                "设备供应商较多的方案",
            ],
            "explanation": (
                "在规模不同的互斥方案之间选择时，应主要看净现值，而不是简单地挑内部收益率最高的方案"
                "。内部收益率反映收益率水平，不反映收益的绝对规模。"
            ),
        },
        "en": {
            "prompt": (
                "Two mutually exclusive mid/high-cost options (only one can be chosen) differ in "
                "size, and both have a positive NPV at the benchmark rate. What should the choice "
                "mainly rest on?"
            ),
            "options": [
                "The option with the larger NPV",
                "The option with the smaller investment",
                "The option with the higher IRR, regardless of NPV",
                "The option with more equipment suppliers",
            ],
            "explanation": (
                "When choosing between mutually exclusive options of different sizes, rely mainly "
                "on NPV rather than simply picking the highest IRR. IRR shows a rate of return, "
                "not the absolute size of the gain."
            ),
        },
    },
    {
        "code": "AUD-079",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 2, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "对中/高费方案进行环境评估时，应考察下列哪些内容？",
            "options": [
                "是否产生新的污染物，或把污染转移到其他介质",
                "方案的内部收益率",
                "对末端治理设施运行的影响",
                "操作工需要接受哪些培训",
                "资源和能源消耗的变化",
            ],
            "explanation": (
                "环境评估考察资源能源消耗变化、废水废气固废数量和性质的变化、"
                "有无新污染物或二次污染、对末端治理设施的影响，以及是否有助于达标和实现清洁生产目标"
                "。内部收益率属于经济评估，操作人员培训属于技术评估。"
            ),
        },
        "en": {
            "prompt": (
                "Which of the following belong to the environmental evaluation of a mid/high-cost "
                "option?"
            ),
            "options": [
                "Whether new pollutants arise or pollution is moved to another medium",
                "The option's internal rate of return",
                "The effect on the running of end-of-pipe facilities",
                "What training operators will need",
                "Changes in resource and energy use",
            ],
            "explanation": (
                "Environmental evaluation covers changes in resource and energy use, changes in "
                "the amount and nature of wastes, new or secondary pollution, the effect on "
                "end-of-pipe plants, and whether the option helps meet limits and CP targets. IRR "
                "belongs to economic evaluation and operator training to technical evaluation."
            ),
        },
    },
    {
        "code": "AUD-080",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [1, 2, 3, 4],
        "partial_credit": "all_or_nothing",
        "zh": {
            "prompt": "对中/高费方案进行技术评估时，需要回答下列哪些问题？",
            "options": [
                "方案的净现值是否大于零",
                "是否带来新的安全风险",
                "安装场地和水、电、汽等公用工程能否满足",
                "技术是否成熟，是否有成功应用的实例",
                "是否影响产品质量和生产节拍",
            ],
            "explanation": (
                "技术评估关注技术成熟度、与现有工艺的衔接、场地和公用工程、设备供应和可靠性、"
                "操作和人员、安全以及施工对生产的影响。净现值属于经济评估。"
            ),
        },
        "en": {
            "prompt": (
                "Which questions must the technical evaluation of a mid/high-cost option answer?"
            ),
            "options": [
                "Is the option's NPV positive?",
                "Does it bring new safety hazards?",
                "Is there space, and are water, power and steam supplies sufficient?",
                "Is the technology mature, with successful applications elsewhere?",
                "Will product quality or production rhythm suffer?",
            ],
            "explanation": (
                "Technical evaluation covers maturity, fit with the process, space and utilities, "
                "supply and reliability of equipment, operation and staff, safety, and the effect "
                "of construction on production. NPV belongs to economic evaluation."
            ),
        },
    },
    {
        "code": "AUD-081",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "某方案实施后预计每天节水80吨、节约蒸汽3吨，年生产300天；水（含废水处理费）"
                "单价6元/吨，蒸汽单价200元/吨；方案每年新增电耗和维护费用2.4万元。"
                "该方案的年净现金流量是多少？"
            ),
            "options": [
                "30.0万元",
                "27.6万元",
                "34.8万元",
                "32.4万元",
            ],
            "explanation": (
                "节水：80×300×6＝144000元；节汽：3×300×200＝180000元；合计324000元；"
                "扣除新增费用24000元，年净现金流量＝300000元，即30.0万元。"
            ),
        },
        "en": {
            "prompt": (
                "An option is expected to save 80 t of water and 3 t of steam a day over 300 "
                "production days a year. Water (including waste-water treatment) costs RMB 6/t and "
                "steam RMB 200/t. The option adds RMB 24,000 a year in power and maintenance. What "
                "is its annual net cash flow?"
            ),
            "options": [
                "RMB 300,000",
                "RMB 276,000",
                "RMB 348,000",
                "RMB 324,000",
            ],
            "explanation": (
                "Water: 80 × 300 × 6 = RMB 144,000; steam: 3 × 300 × 200 = RMB 180,000; total RMB "
                "324,000; less the added RMB 24,000, the annual net cash flow is RMB 300,000."
            ),
        },
    },
    {
        "code": "AUD-082",
        "topic": "phase_5",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "某电镀企业因使用和排放有毒有害物质被列入强制性审核。“装饰铬由六价铬工艺改为三价铬"
                "工艺”方案的静态回收期约6.7年，按8%折现的净现值约为0.5万元，内部收益率约8.1%。"
                "审核小组仍决定实施，最主要的依据是："
            ),
            "options": [
                "它的静态回收期在所有方案中最短",
                "中/高费方案不需要进行经济评估",
                "内部收益率越接近基准收益率，方案越好",
                (
                    "它消除了企业被列入强制性审核的直接原因（六价铬），环境效益显著，"
                    "而且在8%折现率下净现值仍为正"
                ),
            ],
            "explanation": (
                "方案取舍要综合技术、环境和经济三方面。该方案经济上刚好可行（净现值为正、"
                "内部收益率略高于8%），同时消除了六价铬这一列入原因；强制性审核首先要解决有毒有害物"
                "质问题，因此决定实施。"
            ),
        },
        "en": {
            "prompt": (
                "An electroplating enterprise was listed for a compulsory audit because it uses "
                "and discharges toxic and hazardous substances. The option 'replace hexavalent "
                "decorative chromium with a trivalent process' has a simple payback of about 6.7 "
                "years, an NPV of about RMB 5,000 at 8% and an IRR of about 8.1%. The team still "
                "decides to implement it. What is the main reason?"
            ),
            "options": [
                "It has the shortest simple payback of all the options",
                "Mid/high-cost options do not need an economic evaluation",
                "The closer the IRR is to the benchmark rate, the better the option",
                (
                    "It removes hexavalent chromium, the direct reason the enterprise was listed, "
                    "with a large environmental benefit, and its NPV at 8% is still positive"
                ),
            ],
            "explanation": (
                "Options are chosen on technical, environmental and economic grounds together. "
                "This one is only just economic (positive NPV, IRR slightly above 8%) but removes "
                "hexavalent chromium, the reason for listing; a compulsory audit must deal with "
                "toxic substances first."
            ),
        },
    },
    {
        "code": "AUD-083",
        "topic": "phase_5",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": "计算净现值时采用的折现率，通常就是企业要求的基准收益率。",
            "explanation": (
                "正确。基准收益率是企业或行业对投资项目要求达到的最低收益率，"
                "也是计算净现值时采用的折现率，通常参考资金成本、行业基准值和投资风险确定。"
            ),
        },
        "en": {
            "prompt": (
                "The discount rate used to calculate NPV is normally the enterprise's benchmark "
                "rate of return."
            ),
            "explanation": (
                "True. The benchmark rate of return is the minimum return required of an "
                "investment and is also the discount rate for NPV. It is set with reference to the "
                "cost of capital, sector benchmarks and risk."
            ),
        },
    },
    {
        "code": "AUD-084",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "某方案投资90万元，寿命5年，预计年净收益30万元，基准收益率8%（年金现值系数3.9927）"
                "。若实际年净收益比预计低20%，下列判断正确的是："
            ),
            "options": [
                "净现值约为－18.0万元，方案不可行",
                "净现值约为5.8万元，仍大于零，方案仍然可行",
                "净现值约为29.8万元，与预计相同",
                "无法判断，必须重新进行技术评估",
            ],
            "explanation": (
                "年净收益降为30×0.8＝24万元，净现值＝24×3.9927－90≈95.82－90＝5.82万元，仍大于零。"
                "原预计净现值为30×3.9927－90≈29.78万元。敏感性分析说明方案对收益下降有一定承受力。"
            ),
        },
        "en": {
            "prompt": (
                "An option costs 90 wan yuan, lasts 5 years and is expected to bring 30 wan yuan "
                "of net benefit a year; the benchmark rate is 8% (annuity factor 3.9927). If the "
                "actual annual net benefit is 20% below the estimate, which statement is correct?"
            ),
            "options": [
                "NPV is about −18.0 wan yuan, so the option is not feasible",
                "NPV is about 5.8 wan yuan, still positive, so the option remains feasible",
                "NPV is about 29.8 wan yuan, the same as estimated",
                "It cannot be judged without repeating the technical evaluation",
            ],
            "explanation": (
                "The annual benefit falls to 30 × 0.8 = 24 wan yuan, and NPV = 24 × 3.9927 − 90 ≈ "
                "95.82 − 90 = 5.82 wan yuan, still positive. The original NPV was 30 × 3.9927 − 90 "
                "≈ 29.78 wan yuan. This sensitivity test shows the option can absorb some "
                "shortfall."
            ),
        },
    },
    {
        "code": "AUD-085",
        "topic": "phase_5",
        "difficulty": 3,
        "type": "essay",
        "points": 10,
        "zh": {
            "prompt": (
                "案例（示例数据，仅用于教学）：某食品厂提出一项中/高费方案——回收蒸煮和杀菌工序的蒸"
                "汽冷凝水，经换热后返回锅炉房作为锅炉补给水。供应商报价及测算：总投资60万元；"
                "预计每年节约新鲜水、水处理药剂和锅炉燃料合计20万元，每年新增水泵电耗和维护费用2万"
                "元；寿命按6年计，不计残值和税收；企业基准收益率8%（6年、8%的年金现值系数为4.6229）"
                "。请对该方案进行可行性分析：（1）技术评估应回答哪些问题；（2）"
                "环境评估应考察哪些方面；（3）计算静态投资回收期和净现值；（4）给出结论，"
                "并说明若年节约额比预计低20%时结论是否改变。"
            ),
            "rubric": (
                "评分要点（共10分）：\n"
                "1. 技术评估（2分）：至少说明技术成熟度和应用实例、冷凝水水质是否满足锅炉补给水要求"
                "（是否可能被物料污染）、场地和公用工程、设备可靠性和维护、操作培训、安全、"
                "施工对生产的影响中的四项。\n"
                "2. 环境评估（2分）：说明新鲜水和燃料消耗的减少、废水量和热污染的减少、"
                "有无二次污染（如水处理废液）、对末端治理设施的影响，并指出应以企业自身实测数据为依"
                "据。\n"
                "3. 静态投资回收期（2分）：年净收益＝20－2＝18万元，回收期＝60÷18≈3.3年；"
                "未扣除新增费用（得3.0年）只得1分。\n"
                "4. 净现值（2分）：18×4.6229－60≈83.21－60＝23.21万元（约23.2万元）。\n"
                "5. 结论和敏感性（2分）：净现值＞0、回收期明显短于寿命，经济上可行；"
                "收益低20%时14.4×4.6229－60≈6.57万元，仍大于零，结论不变；同时指出需在技术和环境评"
                "估都通过的前提下才推荐实施。"
            ),
            "explanation": (
                "参考答案要点：技术评估重点关注冷凝水水质和锅炉安全；环境评估关注节水节能和有无污染"
                "转移；年净收益18万元，静态回收期约3.3年，净现值约23.2万元，内部收益率高于8%；"
                "收益下降20%时净现值约6.6万元，方案仍可行。"
            ),
        },
        "en": {
            "prompt": (
                "Case (illustrative data, for teaching only): a food factory proposes a "
                "mid/high-cost option to recover steam condensate from its cooking and sterilising "
                "steps and return it, after heat exchange, to the boiler house as boiler feed "
                "water. From supplier quotations and estimates: total investment 60 wan yuan (RMB "
                "600,000); expected savings on fresh water, water-treatment chemicals and boiler "
                "fuel of 20 wan yuan a year; added pump power and maintenance of 2 wan yuan a "
                "year; a 6-year life with no salvage value or tax; benchmark rate 8% (the 6-year "
                "annuity factor at 8% is 4.6229). Carry out the feasibility analysis: (1) what "
                "questions must the technical evaluation answer; (2) what should the environmental "
                "evaluation examine; (3) calculate the simple payback period and the NPV; (4) give "
                "your conclusion and say whether it changes if the annual savings are 20% below "
                "the estimate."
            ),
            "rubric": (
                "Marking scheme (10 points):\n"
                "1. Technical evaluation (2 points): names at least four of: maturity and "
                "reference applications; whether condensate quality meets boiler feed-water "
                "requirements (risk of contamination by product); space and utilities; equipment "
                "reliability and maintenance; operator training; safety; disruption during "
                "construction.\n"
                "2. Environmental evaluation (2 points): lower fresh water and fuel use, less "
                "waste water and waste heat, any secondary pollution (such as water-treatment "
                "residues), the effect on end-of-pipe facilities, and the need to rely on the "
                "enterprise's own measured data.\n"
                "3. Simple payback (2 points): annual net benefit = 20 − 2 = 18 wan yuan; payback "
                "= 60 ÷ 18 ≈ 3.3 years. Forgetting the added costs (3.0 years) earns 1 point.\n"
                "4. NPV (2 points): 18 × 4.6229 − 60 ≈ 83.21 − 60 = 23.21 wan yuan (about RMB "
                "232,000).\n"
                "5. Conclusion and sensitivity (2 points): NPV > 0 and payback well within the "
                "life, so economically feasible; with savings 20% lower, 14.4 × 4.6229 − 60 ≈ 6.57 "
                "wan yuan, still positive, so the conclusion holds; notes that the option is "
                "recommended only if the technical and environmental evaluations are also passed."
            ),
            "explanation": (
                "Key points: technical evaluation must check condensate quality and boiler safety; "
                "environmental evaluation covers water and energy savings and any transfer of "
                "pollution; annual net benefit 18 wan yuan, simple payback about 3.3 years, NPV "
                "about 23.2 wan yuan, IRR above 8%; with 20% lower savings NPV is about 6.6 wan "
                "yuan and the option is still feasible."
            ),
        },
    },
    {
        "code": "AUD-086",
        "topic": "phase_6",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "方案实施阶段的工作重点是：",
            "options": [
                "第一次征集员工合理化建议",
                "重新选择审核重点",
                "实施经可行性分析确认的中/高费方案，并核实和汇总已实施方案的实际成效",
                "开展第一次全厂现场考察",
            ],
            "explanation": (
                "大多数无/低费方案在前几个阶段已经边审核边实施，方案实施阶段集中实施经可行性分析确"
                "认的中/高费方案，并用实测数据核实、汇总所有已实施方案的成效。"
            ),
        },
        "en": {
            "prompt": "What does the option implementation phase concentrate on?",
            "options": [
                "Collecting staff suggestions for the first time",
                "Choosing a new audit focus",
                (
                    "Implementing the mid/high-cost options confirmed by feasibility analysis, and "
                    "verifying and summarising the actual results of all options implemented"
                ),
                "Making the first site walk of the whole plant",
            ],
            "explanation": (
                "Most no/low-cost options were implemented during earlier phases, so this phase "
                "concentrates on the mid/high-cost options confirmed by feasibility analysis and "
                "on verifying and summarising the results of every option with measured data."
            ),
        },
    },
    {
        "code": "AUD-087",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [1, 2, 3],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "核实方案的实际成效时，下列做法正确的有：",
            "options": [
                "用设备供应商的保证值代替实测数据",
                "采用与基准期相同的测量方法、仪表和时间基准",
                "保留计量记录、监测报告、发票和调试报告等原始证据",
                "在足够长的正常生产期内实测",
                "只选取方案效果最好的几天的数据",
            ],
            "explanation": (
                "成效核实是判断审核成果的依据，也是强制性审核验收的核心。必须与基准期方法一致，"
                "覆盖足够长的正常生产期，并保留原始证据。挑选数据或以保证值代替实测都会使结论失真。"
            ),
        },
        "en": {
            "prompt": "Which practices are correct when verifying the actual results of options?",
            "options": [
                "Replace measurements with the supplier's guaranteed values",
                "Use the same measurement methods, meters and time basis as the baseline",
                (
                    "Keep original evidence such as meter records, monitoring reports, invoices "
                    "and commissioning reports"
                ),
                "Measure over a long enough period of normal production",
                "Use data only from the few days when the option worked best",
            ],
            "explanation": (
                "Verification is the basis for judging what the audit achieved and the core of "
                "acceptance for a compulsory audit. Use the baseline methods, cover a long enough "
                "period of normal production and keep the original evidence. Picking data or using "
                "guaranteed values distorts the result."
            ),
        },
    },
    {
        "code": "AUD-088",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某中/高费方案稳定运行后，实测年净收益只有可行性分析预计值的七成。审核报告中应当："
            ),
            "options": [
                "删除该方案，不在报告中提及",
                "仍按预计值填写，以免影响验收",
                "如实报告实测结果，分析差距原因并提出改进措施，按实测值重新计算经济指标",
                "不断延长核实期，直到数据达到预计值为止",
            ],
            "explanation": (
                "实际效果与预计存在差异是常见的，关键是如实记录、查明原因并采取措施。"
                "按预计值填报属于弄虚作假，验收核实的正是实际成效；选择性取数同样不可接受。"
            ),
        },
        "en": {
            "prompt": (
                "After a mid/high-cost option has run steadily, its measured annual net savings "
                "are only 70% of the feasibility estimate. What should the audit report do?"
            ),
            "options": [
                "Leave the option out of the report altogether",
                "Report the estimated figures anyway so that acceptance is not at risk",
                (
                    "Report the measured results truthfully, analyse the shortfall, propose "
                    "improvements and recalculate the economic indicators with measured values"
                ),
                "Keep extending the verification period until the data reach the estimate",
            ],
            "explanation": (
                "Differences between actual and estimated results are normal; what matters is "
                "recording them honestly, finding the causes and acting on them. Reporting "
                "estimates as results is falsification, and acceptance checks actual results; "
                "selecting data is not acceptable either."
            ),
        },
    },
    {
        "code": "AUD-089",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [1, 2, 3, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "为中/高费方案筹措资金时，下列哪些是正当的资金渠道？",
            "options": [
                "挪用污染治理设施的运行经费",
                "合同能源管理",
                "银行贷款",
                "中央和地方的清洁生产、节能或环保专项资金",
                "企业自有资金，包括把无/低费方案节约的资金再投入",
            ],
            "explanation": (
                "常见渠道有自有资金、银行贷款、政府专项资金、税收优惠和合同能源管理。"
                "挪用污染治理设施的运行经费会影响稳定达标，不是正当渠道。"
            ),
        },
        "en": {
            "prompt": "Which of the following are proper ways to finance a mid/high-cost option?",
            "options": [
                "Diverting the running budget of the pollution control facilities",
                "Energy performance contracting",
                "Bank loans",
                "Central and local CP, energy-saving or environmental funds",
                (
                    "The enterprise's own funds, including reinvesting savings from no/low-cost "
                    "options"
                ),
            ],
            "explanation": (
                "Common sources are own funds, bank loans, government funds, tax relief and energy "
                "performance contracting. Diverting the treatment plants' running budget would put "
                "compliance at risk and is not a proper source."
            ),
        },
    },
    {
        "code": "AUD-090",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 3.5, "tolerance": 0.05, "tolerance_type": "absolute", "unit": "year"},
        "zh": {
            "prompt": (
                "某方案总投资105万元。稳定运行后实测：每天节水90吨、节约蒸汽4吨，年生产300天；"
                "水（含废水处理费）5元/吨，蒸汽180元/吨；每年新增运行费用5.1万元。按实测值计算，"
                "其静态投资回收期是多少年？（保留一位小数）"
            ),
            "explanation": (
                "年节水费用＝90×300×5＝135000元；年节汽费用＝4×300×180＝216000元；合计351000元；"
                "扣除新增运行费用51000元，年净收益＝300000元；回收期＝1050000÷300000＝3.5年。"
            ),
        },
        "en": {
            "prompt": (
                "An option cost RMB 1,050,000. Once running steadily it is measured to save 90 t "
                "of water and 4 t of steam a day over 300 production days a year. Water (including "
                "waste-water treatment) costs RMB 5/t and steam RMB 180/t, and the option adds RMB "
                "51,000 a year in running costs. Using the measured values, what is the simple "
                "payback period in years? (Give one decimal place.)"
            ),
            "explanation": (
                "Water: 90 × 300 × 5 = RMB 135,000; steam: 4 × 300 × 180 = RMB 216,000; total RMB "
                "351,000; less RMB 51,000 added costs, annual net benefit = RMB 300,000; payback = "
                "1,050,000 ÷ 300,000 = 3.5 years."
            ),
        },
    },
    {
        "code": "AUD-091",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 6.0,
            "tolerance": 0.05,
            "tolerance_type": "absolute",
            "unit": "m3_per_t",
        },
        "zh": {
            "prompt": (
                "某工段日产18吨产品。全部方案实施前日用新鲜水540立方米，实施后日用432立方米（产量不"
                "变）。单位产品新鲜水耗降低了多少立方米/吨产品？（保留一位小数）"
            ),
            "explanation": (
                "实施前：540÷18＝30.0立方米/吨；实施后：432÷18＝24.0立方米/吨；降低30.0－24.0＝6.0"
                "立方米/吨，即20%。"
            ),
        },
        "en": {
            "prompt": (
                "A section makes 18 t of product a day. Before the options it used 540 m³ of fresh "
                "water a day; afterwards it uses 432 m³ a day at the same output. By how much has "
                "fresh water per tonne of product fallen, in m³/t? (Give one decimal place.)"
            ),
            "explanation": (
                "Before: 540 ÷ 18 = 30.0 m³/t; after: 432 ÷ 18 = 24.0 m³/t; a fall of 30.0 − 24.0 "
                "= 6.0 m³/t, or 20%."
            ),
        },
    },
    {
        "code": "AUD-092",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "“由节能服务公司出资进行改造，双方按约定分享节能收益”描述的是哪一种资金渠道？"
            ),
            "options": [
                "合同能源管理",
                "企业自有资金",
                "中央财政清洁生产专项资金",
                "增值税减免",
            ],
            "explanation": (
                "合同能源管理由节能服务公司投资，企业与其按约定分享节能收益，适合节能类方案。"
            ),
        },
        "en": {
            "prompt": (
                "Which financing channel is described by 'an energy service company pays for the "
                "upgrade and the two parties share the energy savings as agreed'?"
            ),
            "options": [
                "Energy performance contracting",
                "The enterprise's own funds",
                "The central special CP funds",
                "Value-added tax relief",
            ],
            "explanation": (
                "In energy performance contracting an energy service company invests and shares "
                "the savings with the enterprise as agreed; it suits energy-saving options."
            ),
        },
    },
    {
        "code": "AUD-093",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "等待中/高费方案资金审批期间，审核小组应暂停一切审核工作。",
            "explanation": (
                "错误。资金审批可能耗时较长，其间应继续做好设计、询价等低成本准备工作，"
                "并继续实施无/低费方案，避免审核失去势头。"
            ),
        },
        "en": {
            "prompt": (
                "While waiting for approval of funds for a mid/high-cost option, the audit team "
                "should suspend all audit work."
            ),
            "explanation": (
                "False. Approval can take a long time. Meanwhile the team should continue with "
                "low-cost preparation such as design work and quotations and keep implementing "
                "no/low-cost options so that the audit does not lose momentum."
            ),
        },
    },
    {
        "code": "AUD-094",
        "topic": "phase_6",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "多个中/高费方案需要先后实施时，下列安排最合理的是：",
            "options": [
                "按方案被提出的时间先后实施，需要时随时停产施工",
                "由设备供应商决定实施顺序",
                (
                    "一般依据可行性分析的排序和资金到位情况确定先后，尽量利用计划检修期施工以减少对"
                    "生产的影响"
                ),
                "总是先实施投资最大的方案",
            ],
            "explanation": (
                "中/高费方案涉及设计、采购、施工和调试，需要制订详细计划，明确每一步的工作、"
                "责任部门、时间和资金。多个方案的先后通常取决于可行性排序和资金情况，"
                "施工尽量安排在计划检修期。"
            ),
        },
        "en": {
            "prompt": (
                "When several mid/high-cost options must be implemented one after another, which "
                "arrangement is most sensible?"
            ),
            "options": [
                (
                    "Implement them in the order they were proposed, stopping production whenever "
                    "needed"
                ),
                "Let the equipment suppliers decide the order",
                (
                    "Order them mainly by the feasibility ranking and the availability of funds, "
                    "and fit construction into planned maintenance to limit disruption"
                ),
                "Always implement the largest investment first",
            ],
            "explanation": (
                "Mid/high-cost options involve design, procurement, construction and commissioning "
                "and need a detailed plan with tasks, owners, dates and money. Their order usually "
                "follows the feasibility ranking and available funds, with construction in planned "
                "maintenance where possible."
            ),
        },
    },
    {
        "code": "AUD-095",
        "topic": "phase_7",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "下列哪一项最能说明企业在持续开展清洁生产？",
            "options": [
                "审核报告通过评估后已装订归档",
                "单位产品水耗等指标每月统计考核，有效做法已写入操作规程，并已确定下一轮审核重点",
                "审核期间实施了很多无/低费方案",
                "购置了一批先进设备",
            ],
            "explanation": (
                "持续清洁生产的标志是制度化：有组织、有规程、有计量统计和考核、有激励，"
                "并有下一轮审核计划。通过评估、实施方案、购置设备都是本轮成果，"
                "没有制度保障就可能逐渐流失。"
            ),
        },
        "en": {
            "prompt": (
                "Which of the following best shows that an enterprise is sustaining cleaner "
                "production?"
            ),
            "options": [
                "The audit report passed assessment and has been bound and filed",
                (
                    "Indicators such as water per unit of product are reported and reviewed "
                    "monthly, successful practices are in the operating procedures, and the next "
                    "round's focus has been chosen"
                ),
                "Many no/low-cost options were implemented during the audit",
                "A set of advanced equipment has been bought",
            ],
            "explanation": (
                "Sustained CP is routine: an organisation, procedures, metering, statistics, "
                "reviews, incentives and a plan for the next round. Passing assessment, "
                "implementing options or buying equipment are this round's results and may fade "
                "without rules to hold them."
            ),
        },
    },
    {
        "code": "AUD-096",
        "topic": "phase_7",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 2, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "持续清洁生产计划通常包括下列哪些内容？",
            "options": [
                "下一轮审核的重点和时间安排",
                "员工的清洁生产培训",
                "尚未实施或暂缓实施方案的处理",
                "宣布审核小组永久解散、不再设专人负责清洁生产",
                "清洁生产新技术的研究和应用",
            ],
            "explanation": (
                "持续清洁生产计划安排下一轮审核的重点和时间、未实施方案的处理、技术研发和员工培训。"
                "审核结束时，审核小组宜转为常设的清洁生产委员会或办公室，而不是解散了事。"
            ),
        },
        "en": {
            "prompt": "What does a continuing CP plan usually cover?",
            "options": [
                "The focus and timing of the next audit round",
                "CP training for staff",
                "What will happen to options not yet implemented or set aside",
                "Disbanding the audit team for good, with nobody responsible for CP",
                "Research on and adoption of new CP technology",
            ],
            "explanation": (
                "The continuing CP plan covers the next round's focus and timing, options not yet "
                "implemented, technology development and staff training. At the end of the audit "
                "the team should become a standing CP committee or office, not simply disband."
            ),
        },
    },
    {
        "code": "AUD-097",
        "topic": "phase_7",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "清洁生产审核报告一般在什么时候编写？其内容如何组织？",
            "options": [
                "所有中/高费方案运行五年之后才编写",
                "只在验收不通过时才需要编写",
                "审核启动当天编写，以后不再修改",
                "可行性分析完成、无/低费方案已实施之后编写，并按七个阶段的顺序组织内容",
            ],
            "explanation": (
                "审核报告通常在可行性分析完成、无/低费方案已实施后编写，按七个阶段依次记述，"
                "数据要有来源、计算可复核、结论有依据，并附必要的监测报告和证明材料。"
                "它是评估和验收的主要依据。"
            ),
        },
        "en": {
            "prompt": "When is the CP audit report usually written, and how is it organised?",
            "options": [
                "Only after all mid/high-cost options have run for five years",
                "Only if acceptance fails",
                "On the day the audit starts, and never revised",
                (
                    "Once the feasibility analysis is complete and the no/low-cost options are in "
                    "place, following the seven phases in order"
                ),
            ],
            "explanation": (
                "The report is usually written once feasibility analysis is done and no/low-cost "
                "options are in place, following the seven phases; every figure has a source, "
                "every calculation can be checked and monitoring reports and evidence are "
                "attached. It is the main basis for assessment and acceptance."
            ),
        },
    },
    {
        "code": "AUD-098",
        "topic": "phase_7",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "按照现行规定，使用或排放有毒有害物质的“双有”企业，两轮强制性清洁生产审核之间的间隔"
                "一般不超过多少年？"
            ),
            "options": [
                "没有时间要求",
                "5年",
                "10年",
                "1年",
            ],
            "explanation": (
                "实施强制性审核的企业，下一轮审核还须满足主管部门的要求。“双有”企业两次审核的间隔一"
                "般不超过5年，具体期限由地方主管部门确定。"
            ),
        },
        "en": {
            "prompt": (
                "Under current rules, what is the usual maximum interval between two rounds of "
                "compulsory CP audit for enterprises that use or discharge toxic and hazardous "
                "substances?"
            ),
            "options": [
                "There is no time requirement",
                "5 years",
                "10 years",
                "1 year",
            ],
            "explanation": (
                "For enterprises under a compulsory audit, the next round must meet the "
                "authorities' requirements. For those using or discharging toxic substances the "
                "interval is generally no more than 5 years; the local authority sets the exact "
                "deadline."
            ),
        },
    },
    {
        "code": "AUD-099",
        "topic": "phase_7",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "一轮审核结束、审核报告通过评估以后，企业的清洁生产工作就完成了。",
            "explanation": (
                "错误。清洁生产定义中的“持续”指的正是这一点：一轮审核只是起点，发现问题、解决问题、"
                "再发现新问题应成为常态。持续清洁生产是七个阶段中的最后一个阶段。"
            ),
        },
        "en": {
            "prompt": (
                "Once an audit round has ended and the report has passed assessment, the "
                "enterprise's cleaner production work is complete."
            ),
            "explanation": (
                "False. 'Continuous' in the definition of CP means exactly this: one round is a "
                "starting point, and finding and fixing problems should become normal practice. "
                "Sustaining CP is the last of the seven phases."
            ),
        },
    },
    {
        "code": "AUD-100",
        "topic": "phase_7",
        "difficulty": 2,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "一轮审核结束时制订的、安排下一轮审核的重点和时间、未实施方案的处理、"
                "技术研发和员工培训的计划，称为什么？"
            ),
            "accepted": [
                "持续清洁生产计划",
            ],
            "explanation": (
                "持续清洁生产计划是把清洁生产变为长期工作的重要工具，在持续清洁生产阶段制订。"
            ),
        },
        "en": {
            "prompt": (
                "What is the plan drawn up at the end of an audit round that sets the focus and "
                "timing of the next round, what happens to options not yet implemented, technology "
                "development and staff training?"
            ),
            "accepted": [
                "continuing CP plan",
                "continuing cleaner production plan",
                "continuous CP plan",
            ],
            "explanation": (
                "The continuing CP plan, drawn up in the sustaining CP phase, is a key tool for "
                "turning CP into long-term work."
            ),
        },
    },
    {
        "code": "AUD-101",
        "topic": "phase_7",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "下列哪项激励措施最有利于持续清洁生产？",
            "options": [
                "审核结束后拆除审核期间加装的计量仪表，以节约维护费用",
                "只奖励审核小组组长一人",
                "对被采纳的合理化建议按节约效益给予奖励，并把单位产品消耗指标纳入车间和班组考核",
                "不公布各车间的清洁生产成效，以免引起攀比",
            ],
            "explanation": (
                "有效的激励应及时、公开，让一线员工感到建议受到重视：奖励与节约效益挂钩，"
                "单耗指标纳入考核，定期表彰，公开各车间成绩形成良性竞争。审核期间加装的计量仪表应保"
                "留并扩充。"
            ),
        },
        "en": {
            "prompt": "Which incentive does most to sustain cleaner production?",
            "options": [
                "Removing the meters fitted during the audit to save maintenance costs",
                "Rewarding only the audit team leader",
                (
                    "Rewarding adopted suggestions in line with the savings they bring, and "
                    "including consumption per unit of product in workshop and team performance "
                    "reviews"
                ),
                "Keeping each workshop's CP results secret to avoid comparisons",
            ],
            "explanation": (
                "Incentives should be prompt and public so that front-line staff see their ideas "
                "taken seriously: rewards linked to savings, unit-consumption indicators in "
                "reviews, regular recognition and published results that spur friendly "
                "competition. Meters fitted during the audit should be kept and extended."
            ),
        },
    },
    {
        "code": "AUD-102",
        "topic": "phase_7",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "某企业已建立并运行ISO 14001环境管理体系。为了让清洁生产持续下去，最合适的做法是："
            ),
            "options": [
                "用体系认证代替今后的清洁生产审核",
                "另外建立一套与现有体系完全独立的清洁生产文件",
                "清洁生产与环境管理体系无关，不必衔接",
                "把清洁生产的目标、指标和方案纳入现有体系的目标设定、内部审核和管理评审",
            ],
            "explanation": (
                "持续清洁生产最有效的办法是把它融入企业已有的管理体系，而不是另起炉灶：在环境、"
                "能源或质量管理体系的目标设定、内部审核和管理评审中纳入清洁生产内容。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise runs an ISO 14001 environmental management system. What is the best "
                "way to keep cleaner production going?"
            ),
            "options": [
                "Use system certification instead of future CP audits",
                "Create a separate set of CP documents entirely independent of the system",
                "Treat CP as unrelated to the management system",
                (
                    "Build CP objectives, indicators and options into the system's target setting, "
                    "internal audits and management reviews"
                ),
            ],
            "explanation": (
                "The most effective way to sustain CP is to build it into the management systems "
                "the enterprise already has rather than creating something separate: include CP in "
                "target setting, internal audits and management reviews."
            ),
        },
    },
    {
        "code": "AUD-103",
        "topic": "standards",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "行业清洁生产标准的三个等级中，二级代表：",
            "options": [
                "国内清洁生产基本水平",
                "国际清洁生产先进水平",
                "国内清洁生产先进水平",
                "未达到标准要求的水平",
            ],
            "explanation": (
                "行业清洁生产标准把企业分为三级：一级为国际清洁生产先进水平，"
                "二级为国内清洁生产先进水平，三级为国内清洁生产基本水平，是标准对行业内企业的基本要"
                "求。"
            ),
        },
        "en": {
            "prompt": "In a sector CP standard, what does level II represent?",
            "options": [
                "The domestic general (basic) CP level",
                "The international advanced CP level",
                "The domestic advanced CP level",
                "A level that fails the standard",
            ],
            "explanation": (
                "A sector CP standard has three levels: level I is the international advanced CP "
                "level, level II the domestic advanced level, and level III the domestic general "
                "level, the basic requirement for every enterprise in the sector."
            ),
        },
    },
    {
        "code": "AUD-104",
        "topic": "standards",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "行业清洁生产标准采用六类指标。下列哪些属于这六类指标？",
            "options": [
                "污染物产生指标",
                "产品指标",
                "职工人数指标",
                "销售收入增长指标",
                "资源能源利用指标",
            ],
            "explanation": (
                "六类指标是：生产工艺与装备要求、资源能源利用指标、产品指标、污染物产生指标、"
                "废物回收利用指标、环境管理要求。销售收入增长和职工人数是经营指标，"
                "不反映清洁生产水平。"
            ),
        },
        "en": {
            "prompt": (
                "Sector CP standards use six categories of indicators. Which of the following are "
                "among them?"
            ),
            "options": [
                "Pollutant generation",
                "Product",
                "Number of employees",
                "Growth in sales revenue",
                "Resource and energy utilisation",
            ],
            "explanation": (
                "The six categories are production process and equipment, resource and energy "
                "utilisation, product, pollutant generation, waste recycling and reuse, and "
                "environmental management. Sales growth and headcount are business measures, not "
                "CP indicators."
            ),
        },
    },
    {
        "code": "AUD-105",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某行业清洁生产标准（示例值）规定单位产品综合能耗：一级≤95、二级≤115、"
                "三级≤135千克标准煤/吨。某企业的实际值为118千克标准煤/吨，该指标达到："
            ),
            "options": [
                "一级",
                "二级",
                "三级",
                "未达到三级",
            ],
            "explanation": (
                "118高于二级基准值115，但低于三级基准值135，因此达到三级。能耗越低越好，"
                "逐级对照即可判断。"
            ),
        },
        "en": {
            "prompt": (
                "A sector CP standard (illustrative values) sets energy per tonne of product at "
                "level I ≤ 95, level II ≤ 115 and level III ≤ 135 kgce/t. An enterprise's actual "
                "value is 118 kgce/t. Which level does this indicator reach?"
            ),
            "options": [
                "Level I",
                "Level II",
                "Level III",
                "Below level III",
            ],
            "explanation": (
                "118 is above the level II benchmark of 115 but within the level III benchmark of "
                "135, so it reaches level III. For energy use, lower is better; compare with each "
                "benchmark in turn."
            ),
        },
    },
    {
        "code": "AUD-106",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "采集“污染物产生指标”的数据时，取样和计量位置应选在：",
            "options": [
                "厂界外受纳水体的下游断面",
                "污水处理设施的总排放口",
                "任意位置均可，结果相同",
                "末端治理之前，如污水处理设施的进口",
            ],
            "explanation": (
                "污染物产生指标衡量进入末端治理之前的污染物量，反映工艺和管理水平，"
                "而不是处理设施的效果。用排放口数据计算产生指标是常见的严重错误，"
                "会使对标结论方向错误。"
            ),
        },
        "en": {
            "prompt": (
                "When collecting data for a pollutant generation indicator, where should sampling "
                "and metering take place?"
            ),
            "options": [
                "Downstream in the receiving water outside the site",
                "At the final outlet of the wastewater plant",
                "Anywhere; the result is the same",
                "Before end-of-pipe treatment, for example at the inlet of the wastewater plant",
            ],
            "explanation": (
                "Generation indicators measure pollutants before treatment and reflect the process "
                "and its management, not the treatment plant. Using outlet data for a generation "
                "indicator is a common and serious mistake that makes benchmarking point the wrong "
                "way."
            ),
        },
    },
    {
        "code": "AUD-107",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "2000年原国家环境保护总局率先编制清洁生产标准的三个行业是：",
            "options": [
                "钢铁、水泥、火电",
                "电镀、酿造、造纸",
                "纺织、皮革、制药",
                "石油炼制、化肥、煤炭",
            ],
            "explanation": (
                "2000年起，原国家环境保护总局先在电镀、酿造、造纸三个行业编制清洁生产标准，"
                "在此基础上形成了“三个等级、六类指标”的统一框架，此后以环境保护行业标准（HJ/T）"
                "的形式陆续发布。"
            ),
        },
        "en": {
            "prompt": (
                "In 2000 the former SEPA wrote the first CP standards. For which three sectors?"
            ),
            "options": [
                "Steel, cement and thermal power",
                "Electroplating, brewing, and pulp and paper",
                "Textiles, leather and pharmaceuticals",
                "Petroleum refining, fertiliser and coal",
            ],
            "explanation": (
                "From 2000 SEPA began with electroplating, brewing, and pulp and paper. Their "
                "experience produced the common framework of three levels and six indicator "
                "categories, and the standards were then issued as environmental sector standards "
                "(HJ/T)."
            ),
        },
    },
    {
        "code": "AUD-108",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "截至2008年底，我国已发布多少个行业的清洁生产标准？",
            "options": [
                "42个",
                "约100个",
                "24个",
                "141个",
            ],
            "explanation": (
                "截至2008年底已发布42个行业的清洁生产标准。24是国家发展改革委早期评价指标体系覆盖的"
                "行业数，约100是组织编制审核指南的行业数，141是三批技术导向目录收录的技术总数。"
            ),
        },
        "en": {
            "prompt": "By the end of 2008, CP standards had been published for how many sectors?",
            "options": [
                "42",
                "About 100",
                "24",
                "141",
            ],
            "explanation": (
                "By the end of 2008, standards for 42 sectors had been published. 24 is the number "
                "of sectors in NDRC's earlier indicator systems, about 100 the number of sectors "
                "for which audit guidelines were being prepared, and 141 the number of "
                "technologies in the three inventories."
            ),
        },
    },
    {
        "code": "AUD-109",
        "topic": "standards",
        "difficulty": 3,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 84.0, "tolerance": 0.1, "tolerance_type": "absolute", "unit": "none"},
        "zh": {
            "prompt": (
                "某企业按清洁生产评价指标体系评价（示例）：一级指标A权重0.30，其下A1（0.5）"
                "达到Ⅰ级、A2（0.5）达到Ⅱ级；一级指标B权重0.40，其下B1（0.6，限定性指标）达到Ⅰ级、"
                "B2（0.4）只达到Ⅲ级；一级指标C权重0.30，其下C1（0.50）达到Ⅰ级、C2（0.25）达到Ⅱ级、"
                "C3（0.25）对该企业不适用。请计算该企业的Y_Ⅱ得分。（填写数值）"
            ),
            "explanation": (
                "先剔除不适用的C3，C组重新分配权重：C1＝0.50÷0.75＝2/3，C2＝0.25÷0.75＝1/3。"
                "达到Ⅱ级的组内得分：A组100（A1达到Ⅰ级即同时达到Ⅱ级），B组0.6×100＝60（B2未达到Ⅱ级）"
                "，C组100。Y_Ⅱ＝0.30×100＋0.40×60＋0.30×100＝30＋24＋30＝84.0。若把C3按0分计，会错"
                "误地得到76.5。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise is scored with a CP evaluation indicator system (illustrative). "
                "First-level indicator A has weight 0.30: A1 (0.5) reaches level I and A2 (0.5) "
                "level II. B has weight 0.40: B1 (0.6, a limiting indicator) reaches level I and "
                "B2 (0.4) only level III. C has weight 0.30: C1 (0.50) reaches level I, C2 (0.25) "
                "level II, and C3 (0.25) does not apply to this enterprise. Calculate the "
                "enterprise's Y_II score. (Enter a number.)"
            ),
            "explanation": (
                "First drop C3 and re-weight group C: C1 = 0.50 ÷ 0.75 = 2/3, C2 = 0.25 ÷ 0.75 = "
                "1/3. Group scores at level II: A 100 (A1 at level I also meets level II), B 0.6 × "
                "100 = 60 (B2 misses level II), C 100. Y_II = 0.30 × 100 + 0.40 × 60 + 0.30 × 100 "
                "= 30 + 24 + 30 = 84.0. Scoring C3 as 0 would wrongly give 76.5."
            ),
        },
    },
    {
        "code": "AUD-110",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某企业按评价指标体系算得Y_Ⅰ＝59，Y_Ⅱ＝84，Y_Ⅲ＝100，其唯一的限定性指标达到Ⅰ级。"
                "按通用定级规则，该企业的等级是："
            ),
            "options": [
                "Ⅰ级",
                "Ⅱ级",
                "Ⅲ级",
                "未达到Ⅲ级",
            ],
            "explanation": (
                "从高到低逐级判断：Y_Ⅰ＝59＜85，不能评Ⅰ级；Y_Ⅱ＝84＜85，虽然限定性指标达标，"
                "也不能评Ⅱ级；Y_Ⅲ＝100，全部适用指标达到Ⅲ级，评为Ⅲ级。"
            ),
        },
        "en": {
            "prompt": (
                "Scored against an indicator system, an enterprise has Y_I = 59, Y_II = 84 and "
                "Y_III = 100, and its only limiting indicator reaches level I. Under the general "
                "grading rules, what is its grade?"
            ),
            "options": [
                "Grade I",
                "Grade II",
                "Grade III",
                "Below grade III",
            ],
            "explanation": (
                "Check from the top: Y_I = 59 < 85, so not grade I; Y_II = 84 < 85, so not grade "
                "II even though the limiting indicator qualifies; Y_III = 100, every applicable "
                "indicator reaches level III, so grade III."
            ),
        },
    },
    {
        "code": "AUD-111",
        "topic": "standards",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "某企业Y_Ⅰ＝91，Y_Ⅱ＝96，Y_Ⅲ＝100；全部限定性指标都达到Ⅰ级，"
                "但有一项非限定性指标只达到Ⅲ级。按本课程介绍的通用定级规则（不考虑个别行业的附加条"
                "件），该企业的等级是："
            ),
            "options": [
                "Ⅰ级",
                "Ⅱ级",
                "Ⅲ级",
                "未达到Ⅲ级",
            ],
            "explanation": (
                "通用规则：Y_Ⅰ≥85且全部限定性指标达到Ⅰ级，即评为Ⅰ级。非限定性指标的短板已经体现在加"
                "权得分中，不单独否决。但要注意，有的行业指标体系另行要求Ⅰ级企业的非限定性指标都达"
                "到Ⅱ级，计算前应阅读该行业现行文件。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise has Y_I = 91, Y_II = 96 and Y_III = 100. All its limiting "
                "indicators reach level I, but one non-limiting indicator reaches only level III. "
                "Under the general grading rules taught in this course (ignoring extra conditions "
                "some sectors add), what is its grade?"
            ),
            "options": [
                "Grade I",
                "Grade II",
                "Grade III",
                "Below grade III",
            ],
            "explanation": (
                "General rule: Y_I ≥ 85 with every limiting indicator at level I gives grade I. A "
                "weak non-limiting indicator already lowers the weighted score and has no veto. "
                "Note that some sector systems add a requirement that all non-limiting indicators "
                "reach level II for grade I, so read the sector's current document first."
            ),
        },
    },
    {
        "code": "AUD-112",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "某一级指标下有三项二级指标，权重分别为0.4、0.3、0.3，其中一项权重为0.3的指标对企业"
                "不适用。调整后其余两项的权重应为："
            ),
            "options": [
                "0.55和0.45",
                "0.5和0.5",
                "仍为0.4和0.3，不适用的指标按0分计",
                "约0.571和0.429",
            ],
            "explanation": (
                "不适用的指标应剔除，其余指标按“原权重÷适用指标原权重之和”重新分配：0.4÷0.7≈0.571，"
                "0.3÷0.7≈0.429，合计为1。按0分计会不合理地拉低得分。"
            ),
        },
        "en": {
            "prompt": (
                "A first-level indicator has three second-level indicators weighted 0.4, 0.3 and "
                "0.3. One of the 0.3 indicators does not apply to the enterprise. What are the "
                "adjusted weights of the other two?"
            ),
            "options": [
                "0.55 and 0.45",
                "0.5 and 0.5",
                "Still 0.4 and 0.3, with the inapplicable indicator scored 0",
                "About 0.571 and 0.429",
            ],
            "explanation": (
                "Drop the inapplicable indicator and re-weight: adjusted weight = original weight "
                "÷ sum of applicable original weights, so 0.4 ÷ 0.7 ≈ 0.571 and 0.3 ÷ 0.7 ≈ 0.429, "
                "adding up to 1. Scoring it 0 would unfairly lower the result."
            ),
        },
    },
    {
        "code": "AUD-113",
        "topic": "standards",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "在评价指标体系计分中，等级是累积的：某项指标达到Ⅰ级基准值，也就同时达到了Ⅱ级和Ⅲ级"
                "，因此任何企业都有Y_Ⅰ≤Y_Ⅱ≤Y_Ⅲ。"
            ),
            "explanation": (
                "正确。Y_g(x_ij)在指标达到g级基准值时取100，达到Ⅰ级的指标在计算Y_Ⅱ和Y_Ⅲ时同样取100"
                "，所以三个得分依次不减。"
            ),
        },
        "en": {
            "prompt": (
                "In indicator-system scoring the levels are cumulative: an indicator that meets "
                "the level I benchmark also meets levels II and III, so for any enterprise Y_I ≤ "
                "Y_II ≤ Y_III."
            ),
            "explanation": (
                "True. Y_g(x_ij) is 100 when the indicator meets the level g benchmark, and an "
                "indicator at level I also scores 100 when Y_II and Y_III are calculated, so the "
                "three scores never decrease."
            ),
        },
    },
    {
        "code": "AUD-114",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "在2013年以前的两级评价指标体系中，“单位产品取水量”这类越低越好的定量指标，"
                "其比值应如何计算？"
            ),
            "options": [
                "实际值－基准值",
                "基准值÷实际值",
                "直接用实际值乘以权重分",
                "实际值÷基准值",
            ],
            "explanation": (
                "越高越好的指标用实际值÷基准值，越低越好的指标用基准值÷实际值，"
                "这样用水比基准少的企业比值大于1、得分更高。比值再乘以该指标的权重分，"
                "累加得到定量评价得分。"
            ),
        },
        "en": {
            "prompt": (
                "In the two-grade indicator systems used before 2013, how is the ratio calculated "
                "for an indicator where less is better, such as fresh water per unit of product?"
            ),
            "options": [
                "Actual value − benchmark",
                "Benchmark ÷ actual value",
                "Multiply the actual value directly by the weight in points",
                "Actual value ÷ benchmark",
            ],
            "explanation": (
                "Use actual ÷ benchmark where more is better and benchmark ÷ actual where less is "
                "better, so an enterprise using less water than the benchmark gets a ratio above "
                "1. The ratio is multiplied by the indicator's weight in points and summed to give "
                "the quantitative score."
            ),
        },
    },
    {
        "code": "AUD-115",
        "topic": "standards",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 84.8, "tolerance": 0.05, "tolerance_type": "absolute", "unit": "none"},
        "zh": {
            "prompt": (
                "某行业早期（两级）评价指标体系规定综合得分P＝0.6×P1＋0.4×P2，"
                "其中P1为定量评价得分，P2为定性评价得分。某企业P1＝88分，P2＝80分。"
                "其综合得分P是多少？（保留一位小数）"
            ),
            "explanation": (
                "P＝0.6×88＋0.4×80＝52.8＋32.0＝84.8。再与该行业规定的“清洁生产先进企业”和“清洁生产"
                "企业”分数线比较，确定等级。"
            ),
        },
        "en": {
            "prompt": (
                "An earlier two-grade indicator system for a sector sets the overall score as P = "
                "0.6 × P1 + 0.4 × P2, where P1 is the quantitative score and P2 the qualitative "
                "score. An enterprise has P1 = 88 and P2 = 80. What is its overall score P? (Give "
                "one decimal place.)"
            ),
            "explanation": (
                "P = 0.6 × 88 + 0.4 × 80 = 52.8 + 32.0 = 84.8. This is then compared with the "
                "sector's pass marks for Advanced CP Enterprise and CP Enterprise."
            ),
        },
    },
    {
        "code": "AUD-116",
        "topic": "standards",
        "difficulty": 2,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "在清洁生产评价指标体系中，必须达到相应等级、企业才能被评为该等级的关键指标（未达到"
                "时，加权得分再高也不能评为该等级），称为什么指标？"
            ),
            "accepted": [
                "限定性指标",
                "限定性",
            ],
            "explanation": (
                "限定性指标通常是对环境影响最大或最能反映行业水平的指标，如单位产品能耗、"
                "关键污染物产生量、排放达标情况。"
            ),
        },
        "en": {
            "prompt": (
                "In a CP evaluation indicator system, what is an indicator called that must reach "
                "a given level before the enterprise can be given that grade, however high its "
                "weighted score?"
            ),
            "accepted": [
                "limiting indicator",
                "limiting",
            ],
            "explanation": (
                "Limiting indicators are usually those with the greatest environmental impact or "
                "that best show the sector's performance, such as energy per unit of product, "
                "generation of a key pollutant or compliance with discharge standards."
            ),
        },
    },
    {
        "code": "AUD-117",
        "topic": "standards",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "关于行业清洁生产标准与2013年以后的清洁生产评价指标体系，下列说法正确的是：",
            "options": [
                "评价指标体系不设限定性指标，只看总分",
                "清洁生产标准同样计算加权综合得分并设限定性指标",
                "两者完全相同，只是名称不同",
                (
                    "清洁生产标准只给出各项指标的分级基准值，不计算综合得分；"
                    "评价指标体系通过加权计分和限定性指标对企业定级"
                ),
            ],
            "explanation": (
                "清洁生产标准用于逐项对标、找差距，结果是每项指标达到的级别；2013年以后的评价指标体"
                "系由多部门联合发布，计算Y_Ⅰ、Y_Ⅱ、Y_Ⅲ三个加权得分，并结合限定性指标定为Ⅰ、Ⅱ、Ⅲ级。"
            ),
        },
        "en": {
            "prompt": (
                "Which statement about sector CP standards and the evaluation indicator systems "
                "issued since 2013 is correct?"
            ),
            "options": [
                "Indicator systems have no limiting indicators and look only at the total score",
                "CP standards also calculate a weighted overall score and set limiting indicators",
                "The two are identical apart from their names",
                (
                    "CP standards give graded benchmarks for each indicator but no overall score; "
                    "indicator systems grade the enterprise with weighted scores and limiting "
                    "indicators"
                ),
            ],
            "explanation": (
                "CP standards are for benchmarking indicator by indicator and show the level each "
                "one reaches. Indicator systems since 2013, issued jointly by several ministries, "
                "calculate three weighted scores, Y_I, Y_II and Y_III, and combine them with "
                "limiting indicators to give grade I, II or III."
            ),
        },
    },
    {
        "code": "AUD-118",
        "topic": "standards",
        "difficulty": 3,
        "type": "multiple",
        "points": 1,
        "correct": [2, 3, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "在审核中应用对标结果，下列做法正确的有：",
            "options": [
                "对标时混用不同时段、不同统计边界的数据",
                "只比较对企业有利的指标，以便报告显得更好",
                (
                    "预评估时用最近一个完整年度的数据逐项对标，把未达到三级的指标作为选择审核重点的"
                    "依据"
                ),
                "把对标结果转化为可量化、可核查的近期和中长期清洁生产目标",
                "验收前用方案实施后的实测数据重新对标或定级，与审核前对比",
            ],
            "explanation": (
                "对标回答三个问题：企业现在处于什么水平、差距和潜力在哪里、审核结束时要达到什么水平"
                "。数据必须同一时段、同一边界、同一口径，并能追溯到计量记录和台账；"
                "选择性对比和口径混用都会使结论失真。"
            ),
        },
        "en": {
            "prompt": "Which are correct ways to use benchmarking results in an audit?",
            "options": [
                "Mix data from different periods and different reporting boundaries",
                "Compare only the indicators that flatter the enterprise",
                (
                    "In pre-assessment, benchmark each indicator with the latest full year's data "
                    "and use those below level III as evidence for choosing the audit focus"
                ),
                "Turn the findings into quantified, checkable near-term and longer-term CP targets",
                (
                    "Before acceptance, benchmark or grade again with measured data from after "
                    "implementation and compare with the starting point"
                ),
            ],
            "explanation": (
                "Benchmarking answers where the enterprise stands, where the gaps and potential "
                "are, and what level it should reach. Data must share one period, one boundary and "
                "one set of definitions and be traceable to meters and ledgers; selective "
                "comparison or mixed definitions distort the findings."
            ),
        },
    },
    {
        "code": "AUD-119",
        "topic": "sector",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "20世纪90年代我国编制的第一批行业清洁生产审核指南涉及哪四个行业？",
            "options": [
                "水泥、宾馆、化肥、钢铁",
                "电镀、酿造、造纸、纺织",
                "钢铁、有色金属、电力、煤炭",
                "化工原料、丝绸印染、电镀、酿造",
            ],
            "explanation": (
                "第一批审核指南覆盖化工原料、丝绸印染、电镀和酿造四个行业，这些行业企业多、污染重，"
                "最早开展审核并积累了系统经验。此后陆续编制了水泥、宾馆、化肥、钢铁、"
                "石油炼制等行业的指南。"
            ),
        },
        "en": {
            "prompt": (
                "Which four sectors did China's first batch of sector CP audit guidelines, written "
                "in the 1990s, cover?"
            ),
            "options": [
                "Cement, hotels, fertiliser and steel",
                "Electroplating, brewing, pulp and paper, and textiles",
                "Steel, non-ferrous metals, power and coal",
                "Chemical raw materials, silk dyeing, electroplating and brewing",
            ],
            "explanation": (
                "The first batch covered chemical raw materials, silk dyeing, electroplating and "
                "brewing: sectors with many enterprises and serious pollution that were audited "
                "first. Guidelines for cement, hotels, fertiliser, steel, petroleum refining and "
                "others followed."
            ),
        },
    },
    {
        "code": "AUD-120",
        "topic": "sector",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "关于行业清洁生产审核指南中给出的方案效益数据，正确的用法是：",
            "options": [
                "直接照抄进审核报告，以节约时间",
                "只要指南出版时间较新，就可以直接引用",
                "作为参考范围，审核报告中的效益必须依据本企业的实测数据和供应商报价重新测算",
                "用来代替物料平衡的实测数据",
            ],
            "explanation": (
                "指南描述的是行业中常见的问题和方案，不是某家企业的审核结论。"
                "把指南的方案和效益数据直接照搬进报告，是评估中最常见的扣分点之一；"
                "结论必须建立在本企业的实测和现场观察之上。"
            ),
        },
        "en": {
            "prompt": (
                "How should the benefit figures for options given in a sector CP audit guideline "
                "be used?"
            ),
            "options": [
                "Copied straight into the audit report to save time",
                "Quoted directly as long as the guideline is recent",
                (
                    "As a reference range; the benefits in the audit report must be recalculated "
                    "from the enterprise's own measurements and supplier quotations"
                ),
                "Used in place of measured material-balance data",
            ],
            "explanation": (
                "A guideline describes problems and options common in a sector; it is not the "
                "conclusion of an audit of any particular enterprise. Copying its options and "
                "benefit figures into the report is one of the most common reasons for losing "
                "marks at assessment; conclusions must rest on the enterprise's own measurements "
                "and observations."
            ),
        },
    },
    {
        "code": "AUD-121",
        "topic": "sector",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "关于国家重点行业清洁生产技术导向目录，下列说法正确的是：",
            "options": [
                "分2000年、2003年和2006年三批发布，分别收录57项、56项和28项技术，共141项",
                "收录的都是尚在实验室阶段、有待验证的新技术",
                "由财政部编制，主要用于分配专项资金",
                "只发布过一批，共42项技术",
            ],
            "explanation": (
                "技术导向目录由国家发展改革委组织编制，分三批发布，共141项技术。"
                "入选技术须经生产实践检验，经济、环境和社会效益明显，便于在本行业和相近行业推广，"
                "是推荐和审批清洁生产项目的技术依据。"
            ),
        },
        "en": {
            "prompt": (
                "Which statement about the National Inventory of CP Technologies for Key Sectors "
                "is correct?"
            ),
            "options": [
                (
                    "It was published in three batches, in 2000, 2003 and 2006, listing 57, 56 and "
                    "28 technologies, 141 in all"
                ),
                "It lists only new technologies still at laboratory stage and awaiting proof",
                "It is compiled by the Ministry of Finance mainly to allocate special funds",
                "Only one batch was published, with 42 technologies",
            ],
            "explanation": (
                "The inventories were organised by NDRC in three batches totalling 141 "
                "technologies. Each had to be proven in production with clear economic, "
                "environmental and social benefits and be easy to spread; they are the technical "
                "basis for recommending and approving CP projects."
            ),
        },
    },
    {
        "code": "AUD-122",
        "topic": "sector",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "审核人员想为一家印染企业寻找已经过生产实践检验、附有投资和效益资料的成熟技术方案，"
                "应首先查阅："
            ),
            "options": [
                "企业的排污许可证",
                "中央财政清洁生产专项资金管理办法",
                "重点行业清洁生产技术导向目录",
                "重点企业清洁生产审核评估、验收实施指南",
            ],
            "explanation": (
                "技术导向目录收录的技术经过实践检验，并说明适用范围、技术内容和投资效益，"
                "正是产生中/高费技术方案所需要的。评估验收指南面向主管部门，排污许可证规定限值，"
                "专项资金办法规定补助范围，都不提供技术方案。"
            ),
        },
        "en": {
            "prompt": (
                "An auditor wants mature technology options for a dyeing company, already proven "
                "in production and documented with investment and benefit data. What should they "
                "consult first?"
            ),
            "options": [
                "The enterprise's pollutant discharge permit",
                "The management measures for the central special CP funds",
                "The National Inventory of CP Technologies for Key Sectors",
                "The Guideline for Assessment and Acceptance of CP Audit in Key Enterprises",
            ],
            "explanation": (
                "Inventory technologies are proven in practice and come with scope, technical "
                "content and investment and benefit data, exactly what mid/high-cost technology "
                "options need. The assessment guideline is for the authorities, the permit sets "
                "limits and the fund measures set subsidy rules; none of them offers technologies."
            ),
        },
    },
    {
        "code": "AUD-123",
        "topic": "sector",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 2, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "一份完整的行业清洁生产审核指南通常包含下列哪些内容？",
            "options": [
                "关键工序分析：废物和污染物在哪里产生、为什么产生、大约多少",
                "某一家被审核企业的实测物料平衡数据",
                "管理类和技术类备选方案清单，以及各自的适用条件、投资和预期效果",
                "某一家企业的评估和验收意见",
                "行业概况：产品、企业规模、典型工艺设备以及资源能源消耗和污染情况",
            ],
            "explanation": (
                "审核指南把通用的审核方法与某一行业的技术特点结合起来，给出行业概况、关键工序分析、"
                "清洁生产潜力和审核重点提示、备选方案清单以及行业特有的测量和标准要求。"
                "具体企业的实测数据和评估验收意见不属于指南内容。"
            ),
        },
        "en": {
            "prompt": "What does a complete sector CP audit guideline usually contain?",
            "options": [
                (
                    "An analysis of key processes: where waste and pollutants arise, why and "
                    "roughly how much"
                ),
                "The measured material balance of one particular audited enterprise",
                (
                    "A list of candidate management and technology options with their conditions, "
                    "likely investment and expected effect"
                ),
                "The assessment and acceptance opinions on one particular enterprise",
                (
                    "A sector overview: products, enterprise sizes, usual processes and equipment, "
                    "resource and energy use and pollution"
                ),
            ],
            "explanation": (
                "A guideline combines the general audit method with one sector's technical "
                "features: sector overview, key-process analysis, CP potential and hints for the "
                "audit focus, candidate options and sector-specific measurement and standards. One "
                "enterprise's measured data or review opinions are not part of it."
            ),
        },
    },
    {
        "code": "AUD-124",
        "topic": "sector",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "我国也编制了宾馆行业的清洁生产审核指南，说明服务业同样可以开展清洁生产审核。"
            ),
            "explanation": (
                "正确。宾馆指南把审核指南的覆盖范围从传统制造业扩展到服务业。宾馆消耗的水、能源、"
                "洗涤剂和一次性用品都可以通过审核加以削减。"
            ),
        },
        "en": {
            "prompt": (
                "China has also written a CP audit guideline for hotels, showing that service "
                "businesses can carry out CP audits too."
            ),
            "explanation": (
                "True. The hotel guideline extended coverage from traditional manufacturing to "
                "services. The water, energy, detergents and disposable items a hotel uses can be "
                "reduced through an audit."
            ),
        },
    },
    {
        "code": "AUD-125",
        "topic": "sector",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "审核小组在技术导向目录中找到一项看起来适用的技术。下一步最恰当的做法是：",
            "options": [
                "直接把目录中的投资和效益数据写入可行性分析",
                "目录发布已久，一概不予考虑",
                (
                    "对照适用范围核查企业条件，结合物料平衡粗略估算效益，再通过考察应用企业、"
                    "向至少两家供应商询价加以核实，然后列入方案清单"
                ),
                "立即签订设备采购合同",
            ],
            "explanation": (
                "从目录条目到可靠方案的路径是：定位、核查适用条件、粗略估算、"
                "实地核实（考察应用企业、至少两家供应商报价），最后编号列入方案清单，"
                "进入筛选和可行性分析。"
            ),
        },
        "en": {
            "prompt": (
                "The audit team finds a technology in the inventory that looks suitable. What is "
                "the best next step?"
            ),
            "options": [
                (
                    "Write the inventory's investment and benefit figures straight into the "
                    "feasibility analysis"
                ),
                "Ignore it, because the inventories are old",
                (
                    "Check the enterprise against the entry's scope, make a rough estimate from "
                    "the material balance, verify through a site visit and quotations from at "
                    "least two suppliers, then add it to the option list"
                ),
                "Sign an equipment purchase contract at once",
            ],
            "explanation": (
                "The path from entry to option is: locate, check the conditions, estimate roughly, "
                "verify on the ground (visit a user, get at least two quotations), then number it "
                "in the option list for screening and feasibility analysis."
            ),
        },
    },
    {
        "code": "AUD-126",
        "topic": "sector",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "对电镀企业开展审核时，物料平衡通常重点追踪哪些物质？",
            "options": [
                "麦汁、酵母和洗瓶水",
                "镍、铬、铜等金属",
                "客房洗涤剂和一次性用品",
                "熟料烧成燃料和粉尘",
            ],
            "explanation": (
                "不同行业的关注点差别很大：电镀追踪镍、铬、铜等金属；啤酒酿造追踪麦汁、"
                "酵母和洗瓶水；水泥关注熟料烧成燃料和粉尘；宾馆关注水、能源、洗涤剂和一次性用品。"
            ),
        },
        "en": {
            "prompt": (
                "In an audit of an electroplating enterprise, which substances does the material "
                "balance usually follow?"
            ),
            "options": [
                "Wort, yeast and bottle-washing water",
                "Metals such as nickel, chromium and copper",
                "Room detergents and disposable items",
                "Fuel for burning clinker, and dust",
            ],
            "explanation": (
                "Sectors differ greatly: electroplating follows nickel, chromium and copper; "
                "brewing follows wort, yeast and bottle-washing water; cement looks at clinker "
                "fuel and dust; hotels at water, energy, detergents and disposables."
            ),
        },
    },
    {
        "code": "AUD-127",
        "topic": "sector",
        "difficulty": 3,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 81.8,
            "tolerance": 0.1,
            "tolerance_type": "absolute",
            "unit": "percent",
        },
        "zh": {
            "prompt": (
                "某电镀线镍投入12000千克/年，沉积在镀件上的镍9000千克/年。实施延长滴液时间和逆流漂"
                "洗回收方案后，在产量不变（镀件上的镍沉积量仍为9000千克/年）的情况下，"
                "镍投入减少到11000千克/年。实施后镍利用率是多少？（以%表示，保留一位小数）"
            ),
            "explanation": (
                "镍利用率＝沉积在镀件上的镍÷镍投入量×100%。实施前9000÷12000＝75.0%；实施后9000÷1100"
                "0×100%≈81.8%。"
            ),
        },
        "en": {
            "prompt": (
                "An electroplating line uses 12,000 kg of nickel a year, of which 9,000 kg is "
                "deposited on parts. After options for longer drain times and counter-current "
                "rinsing with recovery, nickel input falls to 11,000 kg a year at the same output "
                "(still 9,000 kg deposited). What is the nickel utilisation after implementation? "
                "(Give the answer in %, to one decimal place.)"
            ),
            "explanation": (
                "Nickel utilisation = nickel deposited on parts ÷ nickel input × 100%. Before: "
                "9,000 ÷ 12,000 = 75.0%; after: 9,000 ÷ 11,000 × 100% ≈ 81.8%."
            ),
        },
    },
    {
        "code": "AUD-128",
        "topic": "sector",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "电镀镍线改为三级逆流漂洗，并设回收槽把浓漂洗液返回镀槽。该方案能同时带来哪些效益？"
            ),
            "options": [
                "只增加用水量，但能提高镀层光亮度",
                "只能减少废气排放",
                "能把六价铬转化为三价铬",
                "节约漂洗用水，回收被带出的镍，并减少含重金属污泥",
            ],
            "explanation": (
                "逆流漂洗用更少的新鲜水达到同样的清洗效果；回收槽把带出的镍返回镀槽，"
                "既节约镍盐和阳极，又减少进入废水、最终进入污泥的重金属。"
            ),
        },
        "en": {
            "prompt": (
                "A nickel plating line changes to three-stage counter-current rinsing with a "
                "recovery tank that returns concentrated rinse to the plating bath. What benefits "
                "does this bring together?"
            ),
            "options": [
                "More water use but a brighter coating",
                "Lower air emissions only",
                "Conversion of hexavalent chromium into trivalent chromium",
                "Less rinse water, recovery of dragged-out nickel and less heavy-metal sludge",
            ],
            "explanation": (
                "Counter-current rinsing achieves the same cleaning with far less fresh water; the "
                "recovery tank returns dragged-out nickel to the bath, saving nickel and reducing "
                "the heavy metal that would otherwise end up in waste water and sludge."
            ),
        },
    },
    {
        "code": "AUD-129",
        "topic": "sector",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 2, 3],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "使用重点行业清洁生产技术导向目录时，下列哪些是需要注意的问题？",
            "options": [
                "目录中的投资和效益数据是典型值，可行性分析必须使用本企业数据和正式报价",
                "目录中的技术无需再做可行性分析，可以直接实施",
                "技术方案需要场地、公用工程、人员技能等配套条件，应同步设计配套的管理方案和培训",
                (
                    "目录发布于2000年至2006年，部分技术已普及或被超越，还应查阅较新的先进技术目录和"
                    "淘汰落后工艺设备目录"
                ),
                "只要技术列入目录，就可以不考虑企业的规模、原料和产品",
            ],
            "explanation": (
                "目录会过时，数据是典型值而非承诺，技术方案还需要配套条件和管理措施。"
                "列入目录并不能免去对本企业的适用性核查和可行性分析。"
            ),
        },
        "en": {
            "prompt": (
                "Which points need watching when using the technology inventories for key sectors?"
            ),
            "options": [
                (
                    "Their investment and benefit figures are typical values; feasibility analysis "
                    "must use the enterprise's own data and formal quotations"
                ),
                "Listed technologies need no feasibility analysis and can be implemented directly",
                (
                    "A technology option needs space, utilities and staff skills, so supporting "
                    "management options and training should be designed at the same time"
                ),
                (
                    "The inventories date from 2000 to 2006; some technologies are now common or "
                    "overtaken, so also consult newer lists of advanced technologies and lists of "
                    "outdated processes and equipment to be phased out"
                ),
                (
                    "A listed technology can be adopted without regard to the enterprise's scale, "
                    "raw materials and products"
                ),
            ],
            "explanation": (
                "Inventories age, their figures are typical rather than promised, and technology "
                "options need supporting conditions and management measures. Being listed does not "
                "remove the need to check fit and analyse feasibility for the enterprise."
            ),
        },
    },
    {
        "code": "AUD-130",
        "topic": "compulsory",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "下列哪家企业不属于必须开展强制性清洁生产审核的范围？",
            "options": [
                "污染物排放浓度达标，但年排放量超过地方政府下达的重点污染物总量控制指标",
                "在生产中使用有毒有害原料",
                (
                    "排放稳定达标，不使用也不排放有毒有害物质，单位产品能耗低于限额，"
                    "为降低成本主动开展审核"
                ),
                "单位产品能耗超过国家限额标准",
            ],
            "explanation": (
                "强制性审核适用于三种情形：超标或超总量排放（“双超”）、使用或排放有毒有害物质（“双"
                "有”）、超过单位产品能耗限额（高耗能）。为降低成本主动审核的企业属于自愿审核，"
                "国家鼓励但不强制。"
            ),
        },
        "en": {
            "prompt": (
                "Which of these enterprises is NOT required to carry out a compulsory CP audit?"
            ),
            "options": [
                (
                    "One whose discharge concentrations comply but whose annual discharge of a key "
                    "pollutant exceeds the total-volume target set by the local government"
                ),
                "One that uses toxic or hazardous raw materials in production",
                (
                    "One that complies reliably, uses and releases no toxic or hazardous "
                    "substances, is below the energy limit and audits voluntarily to cut costs"
                ),
                "One whose energy use per unit of product exceeds the national limit",
            ],
            "explanation": (
                "Compulsory audits apply in three situations: exceeding standards or totals, using "
                "or releasing toxic or hazardous substances, and exceeding the energy limit per "
                "unit of product. An enterprise auditing to cut costs is doing a voluntary audit, "
                "which the state encourages but does not require."
            ),
        },
    },
    {
        "code": "AUD-131",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "业内常说的“双超”“双有”企业分别指：",
            "options": [
                "“双超”指超过能耗限额和水耗限额；“双有”指有环评批复、有排污许可",
                "“双超”指超过安全和消防标准；“双有”指有事故记录、有群众投诉",
                "“双超”指超过设计产能和销售目标；“双有”指有废水、有废气",
                (
                    "“双超”指排放超过国家或地方排放标准，或超过重点污染物排放总量控制指标；"
                    "“双有”指使用有毒有害原料或排放有毒有害物质"
                ),
            ],
            "explanation": (
                "“双超”和“双有”是2003年法律规定的两类强制审核对象，2012年修法又增加了超过单位产品能"
                "耗限额的高耗能企业。"
            ),
        },
        "en": {
            "prompt": (
                "In Chinese practice, enterprises are often called 'double-exceeding' (双超) or "
                "'double-toxic' (双有). What do the two terms mean?"
            ),
            "options": [
                (
                    "Double-exceeding: above both the energy and water limits; double-toxic: "
                    "holding both an EIA approval and a discharge permit"
                ),
                (
                    "Double-exceeding: above safety and fire standards; double-toxic: having both "
                    "an accident record and public complaints"
                ),
                (
                    "Double-exceeding: above design capacity and sales targets; double-toxic: "
                    "generating both waste water and waste gas"
                ),
                (
                    "Double-exceeding: discharges above national or local standards, or above the "
                    "total-volume target for key pollutants; double-toxic: using toxic or "
                    "hazardous raw materials or releasing toxic or hazardous substances"
                ),
            ],
            "explanation": (
                "These are the two groups named by the law of 2003; the 2012 revision added "
                "energy-intensive enterprises exceeding the energy limit per unit of product."
            ),
        },
    },
    {
        "code": "AUD-132",
        "topic": "compulsory",
        "difficulty": 1,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 2.0, "tolerance": 0.0, "tolerance_type": "absolute", "unit": "month"},
        "zh": {
            "prompt": (
                "按照现行审核办法，列入强制性审核名单的企业，应在名单公布后多少个月内启动审核？"
                "（填写数字）"
            ),
            "explanation": (
                "企业应在名单公布后1个月内公布相关信息，2个月内启动审核（成立审核小组、"
                "签订咨询合同、制订工作计划），名单公布之日起1年内完成本轮审核并报送审核报告。"
            ),
        },
        "en": {
            "prompt": (
                "Under the current audit measures, within how many months of the list being "
                "published must a listed enterprise start its compulsory audit? (Enter a number.)"
            ),
            "explanation": (
                "The enterprise must publish its information within 1 month, start the audit "
                "within 2 months (set up the team, sign the consultancy contract, draw up the work "
                "plan) and complete the round and submit the report within 1 year of publication."
            ),
        },
    },
    {
        "code": "AUD-133",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "列入强制性审核名单的企业，应在何时完成本轮审核并报送审核报告？",
            "options": [
                "名单公布后2个月内",
                "评估通过后5年内",
                "名单公布之日起1年内",
                "没有时间要求",
            ],
            "explanation": (
                "名单公布之日起1年内，企业应按七个阶段完成本轮审核，并把审核报告报送主管部门，"
                "随后接受评估。2个月是启动审核的期限，5年是“双有”企业两轮审核的最长间隔。"
            ),
        },
        "en": {
            "prompt": (
                "By when must a listed enterprise complete its audit round and submit the audit "
                "report?"
            ),
            "options": [
                "Within 2 months of the list being published",
                "Within 5 years of passing assessment",
                "Within 1 year of the list being published",
                "There is no deadline",
            ],
            "explanation": (
                "Within 1 year of publication the enterprise must complete all seven phases and "
                "submit the report to the authority, which then assesses it. Two months is the "
                "deadline to start the audit, and 5 years the maximum interval between rounds for "
                "enterprises using or discharging toxic substances."
            ),
        },
    },
    {
        "code": "AUD-134",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "列入强制性审核名单的企业，应在名单公布后1个月内通过当地媒体、"
                "企业网站等方式公布主要污染物排放、有毒有害物质使用和排放或能耗超限额等相关信息。"
            ),
            "explanation": (
                "正确。公布企业相关信息是名单公布后的第一个节点（1个月内），之后是2个月内启动审核、"
                "1年内报送审核报告。"
            ),
        },
        "en": {
            "prompt": (
                "A listed enterprise must, within 1 month of the list being published, publish its "
                "main pollutant discharges, its use and discharge of toxic substances or how far "
                "its energy use exceeds the limit, through local media, its website or similar."
            ),
            "explanation": (
                "True. Publishing the enterprise's information is the first deadline (within 1 "
                "month), followed by starting the audit within 2 months and submitting the report "
                "within 1 year."
            ),
        },
    },
    {
        "code": "AUD-135",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "强制性审核名单中的高耗能企业由哪个部门确定？",
            "options": [
                "教育主管部门",
                "节能主管部门",
                "财政部门",
                "生态环境主管部门",
            ],
            "explanation": (
                "“双超”“双有”企业由生态环境主管部门确定，高耗能企业由节能主管部门确定。"
                "名单通过政府网站等便于公众知晓的方式公布，并书面通知企业。"
            ),
        },
        "en": {
            "prompt": (
                "Which department identifies the energy-intensive enterprises on the compulsory "
                "audit list?"
            ),
            "options": [
                "The education authority",
                "The energy-conservation authority",
                "The finance department",
                "The environmental authority",
            ],
            "explanation": (
                "The environmental authority identifies enterprises exceeding standards or totals "
                "and those using or discharging toxic substances; the energy-conservation "
                "authority identifies the energy-intensive ones. The list is published publicly "
                "and each enterprise is notified in writing."
            ),
        },
    },
    {
        "code": "AUD-136",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "某企业委托咨询机构开展强制性审核。关于审核师证书，下列说法正确的是：",
            "options": [
                "企业自己的工程师由咨询机构指导，不需要证书",
                "证书只在验收阶段才需要出示",
                (
                    "参与审核的所有人员，包括咨询机构的审核人员和企业审核小组中的技术骨干，"
                    "都应参加全国清洁生产审核师培训班并取得证书"
                ),
                "只要咨询机构的项目负责人持证即可",
            ],
            "explanation": (
                "证书要求针对人而不是机构：凡参与强制性审核的人员都须持证。评估时专家会核对审核组名"
                "单和证书状态；本平台上，公开的强制性审核记录会把审核组成员链接到各自证书的核验页面"
                "。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise engages a consultancy for its compulsory audit. Which statement "
                "about auditor certificates is correct?"
            ),
            "options": [
                (
                    "The enterprise's own engineers are guided by the consultancy and need no "
                    "certificate"
                ),
                "Certificates only need to be shown at acceptance",
                (
                    "Everyone working on the audit, including the consultancy's auditors and the "
                    "senior engineers on the enterprise's team, must attend the National Training "
                    "Course for CP Auditors and hold its certificate"
                ),
                "It is enough for the consultancy's project leader to be certified",
            ],
            "explanation": (
                "The requirement applies to people, not organisations: everyone working on a "
                "compulsory audit must be certified. Assessors check the team list and certificate "
                "status; on this platform each team member of a published compulsory audit links "
                "to their certificate's verification page."
            ),
        },
    },
    {
        "code": "AUD-137",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "与自愿审核相比，强制性审核在方法上的两个突出特点是：",
            "options": [
                "可以不按七个阶段进行",
                "由主管部门代替企业完成审核",
                "首先着眼于稳定达标（或把单位产品能耗降到限额以内），并以中/高费技术类方案为重点",
                "以无/低费管理类方案为主，并且不要求报告审核结果",
            ],
            "explanation": (
                "强制性审核一是首先解决达标问题，而不只是“比过去少排一些”；二是强调中/高费技术类方"
                "案，推动工艺和设备升级。它同样采用七个阶段的方法，由企业负责实施，"
                "结果须报告并接受评估验收。"
            ),
        },
        "en": {
            "prompt": (
                "Compared with a voluntary audit, what are the two distinctive features of a "
                "compulsory audit's method?"
            ),
            "options": [
                "It may skip the seven-phase procedure",
                "The authority carries out the audit on the enterprise's behalf",
                (
                    "It aims first at reliable compliance (or at bringing energy per unit of "
                    "product below the limit), and it concentrates on mid/high-cost technology "
                    "options"
                ),
                (
                    "It relies mainly on no/low-cost management options and need not report its "
                    "results"
                ),
            ],
            "explanation": (
                "A compulsory audit first fixes compliance, not merely discharging a little less "
                "than before, and it stresses mid/high-cost technology options that upgrade "
                "processes and equipment. It uses the same seven phases, the enterprise carries it "
                "out, and the results are reported, assessed and accepted."
            ),
        },
    },
    {
        "code": "AUD-138",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 2],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "下列哪些问题属于强制性审核“评估”环节重点核查的内容？",
            "options": [
                "物料平衡是否基于实测数据并基本闭合，废物产生原因是否分析到位",
                "产量、原辅材料、能耗和污染物数据能否追溯到台账和监测报告",
                "审核是否真实开展，领导是否参与，审核小组是否到位并持证",
                "中/高费方案稳定运行一年后实际节约了多少水",
            ],
            "explanation": (
                "评估在审核报告完成后进行，考察审核过程是否真实、完整，预期效益是否可信："
                "包括组织和人员、基础数据、审核重点和目标、实测和物料平衡、方案针对性以及无/低费方"
                "案成效。中/高费方案运行后的实际成效在验收时核实。"
            ),
        },
        "en": {
            "prompt": (
                "Which of these questions are examined at the assessment step of a compulsory "
                "audit?"
            ),
            "options": [
                (
                    "Is the material balance based on measured data and does it close, and were "
                    "the causes of waste properly analysed?"
                ),
                (
                    "Can the figures for output, raw materials, energy and pollutants be traced to "
                    "ledgers and monitoring reports?"
                ),
                (
                    "Did the audit really happen, were managers involved, and was the audit team "
                    "in place and certified?"
                ),
                (
                    "How much water did the mid/high-cost option actually save after a year of "
                    "operation?"
                ),
            ],
            "explanation": (
                "Assessment follows the audit report and asks whether the process was real and "
                "complete and the expected benefits credible: organisation and people, baseline "
                "data, focus and targets, measurement and balance, relevance of options and "
                "results of no/low-cost options. The real results of mid/high-cost options are "
                "verified at acceptance."
            ),
        },
    },
    {
        "code": "AUD-139",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "强制性审核“验收”环节的核心问题是：",
            "options": [
                "审核启动会是否按时召开",
                "中/高费方案是否按计划实施，其实际成效是否得到验证，审核目标是否实现",
                "审核报告的排版和装订是否美观",
                "预评估中选择审核重点的打分是否合理",
            ],
            "explanation": (
                "评估看计划和预期，验收看事实和结果：核查中/高费方案的实施记录和运行情况，"
                "用实施后的监测报告、计量台账和财务记录核算实际成效，判断目标是否实现、"
                "是否建立了持续清洁生产机制，并给出本轮审核的最终结论。"
            ),
        },
        "en": {
            "prompt": "What is the central question at the acceptance step of a compulsory audit?",
            "options": [
                "Was the launch meeting held on time?",
                (
                    "Were the mid/high-cost options implemented as planned, have their real "
                    "results been verified, and were the audit targets met?"
                ),
                "Is the audit report nicely laid out and bound?",
                "Was the scoring used to choose the audit focus in pre-assessment sensible?",
            ],
            "explanation": (
                "Assessment looks at plans and expectations; acceptance looks at facts and "
                "results. It checks implementation records and operation, works out the real "
                "results from post-implementation monitoring, meter ledgers and financial records, "
                "judges whether targets were met and CP is being sustained, and gives the round "
                "its final conclusion."
            ),
        },
    },
    {
        "code": "AUD-140",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": "企业委托咨询机构开展强制性审核以后，审核的责任就随之转移给了咨询机构。",
            "explanation": (
                "错误。企业是审核的责任主体：领导要承诺并亲自推动，要提供真实数据、承担费用、"
                "实施方案、按时报送报告并申请评估验收。委托咨询机构并不转移企业的责任；"
                "咨询机构弄虚作假的，也要被通报并追究责任。"
            ),
        },
        "en": {
            "prompt": (
                "Once an enterprise engages a consultancy for its compulsory audit, responsibility "
                "for the audit passes to the consultancy."
            ),
            "explanation": (
                "False. The enterprise is responsible for the audit: its managers must commit and "
                "drive it, supply true data, pay, implement options, submit the report on time and "
                "apply for assessment and acceptance. Engaging a consultancy does not transfer "
                "that responsibility, and a consultancy that falsifies an audit is named and held "
                "to account as well."
            ),
        },
    },
    {
        "code": "AUD-141",
        "topic": "compulsory",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "评估现场检查时，专家发现审核报告中声称已实施的多项无/低费方案在现场找不到任何痕迹"
                "，企业也拿不出实施记录。专家组最恰当的处理是："
            ),
            "options": [
                "无/低费方案不在评估范围内，可以忽略",
                "跳过评估，直接进入验收",
                "说明企业已经进入持续清洁生产阶段，应予加分",
                (
                    "认定审核的真实性存疑，要求企业说明并补充证据；问题严重时判定不通过并要求整改或"
                    "重新审核"
                ),
            ],
            "explanation": (
                "评估的核心是审核是否真实。已实施的无/低费方案应能在现场看到并有效果数据；"
                "找不到痕迹是典型的“纸面审核”信号。不通过的，专家组书面列出问题和整改要求，"
                "问题严重的须重新审核。"
            ),
        },
        "en": {
            "prompt": (
                "During the site inspection at assessment, the experts find no trace of several "
                "no/low-cost options the report says are in place, and the enterprise has no "
                "implementation records. What should the panel do?"
            ),
            "options": [
                "Ignore it, since no/low-cost options are outside the scope of assessment",
                "Skip assessment and go straight to acceptance",
                "Award extra points because the enterprise has moved on to sustaining CP",
                (
                    "Treat the audit's genuineness as doubtful, require explanations and evidence, "
                    "and if the problems are serious fail it with required corrections or a new "
                    "audit"
                ),
            ],
            "explanation": (
                "Assessment is about whether the audit is real. Implemented no/low-cost options "
                "should be visible on site with data on their effect; no trace is a classic sign "
                "of a paper audit. On failure the panel records the problems and corrections "
                "required in writing, and serious cases must redo the audit."
            ),
        },
    },
    {
        "code": "AUD-142",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "强制性审核的评估和验收分别在什么时候进行？",
            "options": [
                "评估在审核报告完成后进行；验收在中/高费方案实施并稳定运行一段时间后进行",
                "两者都在名单公布后1个月内完成",
                "评估在中/高费方案实施后进行；验收在审核报告完成前进行",
                "两者都在审核启动时同时进行",
            ],
            "explanation": (
                "评估在企业完成审核报告后进行，此时可行性分析已完成、无/低费方案基本落实、"
                "中/高费方案有实施计划；验收在中/高费方案实施并稳定运行一段时间后进行，"
                "是本轮审核的最终结论。"
            ),
        },
        "en": {
            "prompt": "When do the assessment and the acceptance of a compulsory audit take place?",
            "options": [
                (
                    "Assessment after the audit report is finished; acceptance after the "
                    "mid/high-cost options are in place and have run steadily for a while"
                ),
                "Both within 1 month of the list being published",
                (
                    "Assessment after the mid/high-cost options are implemented; acceptance before "
                    "the report is finished"
                ),
                "Both together when the audit starts",
            ],
            "explanation": (
                "Assessment follows the completed report, when feasibility analysis is done, "
                "no/low-cost options are largely in place and mid/high-cost options have a plan. "
                "Acceptance follows implementation and steady operation of the mid/high-cost "
                "options and gives the final conclusion of the round."
            ),
        },
    },
    {
        "code": "AUD-143",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [1, 2, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "承担强制性审核的咨询服务机构应当做到下列哪些？",
            "options": [
                "数据不全时适当估算填补，使物料平衡恰好闭合",
                "与企业共同完成七个阶段的工作，保证数据真实、方法规范",
                "有取得审核师证书的审核人员，并具备开展审核所需的测试条件",
                "在办公室里根据企业年报代写审核报告，不必到现场",
                "有熟悉相关行业工艺和污染防治的技术人员",
            ],
            "explanation": (
                "咨询机构要具备相应能力并与企业共同开展审核；不得代写“纸面审核”或编造数据。"
                "物料平衡恰好100%闭合而没有原始记录，恰恰是评估中重点怀疑的信号。"
            ),
        },
        "en": {
            "prompt": "What must a consultancy working on compulsory audits do?",
            "options": [
                "Fill data gaps with estimates so that the material balance closes exactly",
                (
                    "Work through the seven phases together with the enterprise, keeping data true "
                    "and the method sound"
                ),
                (
                    "Have certified auditors and the means to carry out the measurements an audit "
                    "needs"
                ),
                (
                    "Write the audit report at a desk from the enterprise's annual statistics "
                    "without site work"
                ),
                "Have engineers who know the sector's processes and pollution control",
            ],
            "explanation": (
                "A consultancy must be competent and work through the audit with the enterprise; "
                "it must never produce a paper audit or invent data. A balance that closes at "
                "exactly 100% with no original records is precisely what assessors treat as "
                "suspicious."
            ),
        },
    },
    {
        "code": "AUD-144",
        "topic": "compulsory",
        "difficulty": 3,
        "type": "essay",
        "points": 10,
        "zh": {
            "prompt": (
                "案例（示例，仅用于教学）：某制革企业在鞣制工序使用含铬鞣剂，废水中含有总铬，"
                "近两年COD排放浓度稳定达标。今年该企业被列入本市强制性清洁生产审核名单。"
                "企业负责人认为：“我们排放是达标的，不知道为什么要审核；请一家咨询公司写个报告交上"
                "去就行，我们的技术人员不必参加。”请作为持证审核人员，向企业负责人系统说明：（1）"
                "企业被列入名单的原因和属于哪一类强制审核对象；（2）名单公布后企业必须遵守的时间节"
                "点；（3）企业和咨询机构的责任分工以及对审核人员的证书要求；（4）"
                "本次审核应把重点放在哪里、方案应有什么特点；（5）评估和验收各看什么、"
                "企业如何准备，以及信息披露和下一轮审核的要求。"
            ),
            "rubric": (
                "评分要点（共10分，每项2分）：\n"
                "1. 列入原因（2分）：指出企业使用含铬原料、排放含铬废水，属于“双有”（使用或排放有毒"
                "有害物质）企业；说明即使排放达标，也不影响“双有”情形下的强制审核义务。\n"
                "2. 时间节点（2分）：名单公布后1个月内公布相关信息，2个月内启动审核，"
                "1年内完成审核并报送报告；“双有”企业两轮审核间隔一般不超过5年。\n"
                "3. 责任和证书（2分）：企业是责任主体，委托咨询机构不转移责任；咨询机构须具备能力、"
                "不得代写纸面报告；所有参与审核的人员（含企业技术骨干）都须持全国清洁生产审核师证书"
                "。\n"
                "4. 审核重点和方案（2分）：以鞣制等涉铬工序为审核重点；以中/高费技术类方案为重点，"
                "如提高铬吸收率的工艺、含铬废液单独收集和铬回收利用等，无/低费方案边审核边实施；"
                "方案要针对列入原因。\n"
                "5. 评估验收和披露（2分）：评估在报告完成后，看审核是否真实、数据可追溯、"
                "预期效益是否可信；验收在中/高费方案稳定运行后，核实实际成效和目标；"
                "企业须在年度环境信息依法披露报告（次年3月15日前）中公开审核原因、"
                "实施情况和评估验收结果；不审核或弄虚作假将被责令改正并可处罚款。"
            ),
            "explanation": (
                "参考答案要点：“双有”企业须强制审核，与浓度是否达标无关；1个月、2个月、"
                "1年三个节点；企业负责、人员持证；以涉铬工序和中/高费技术方案为重点；先评估后验收，"
                "并依法披露。"
            ),
        },
        "en": {
            "prompt": (
                "Case (illustrative, for teaching only): a tannery uses chromium tanning agents in "
                "its tanning step, and its waste water contains total chromium; its COD "
                "concentrations have complied reliably for two years. This year it was put on the "
                "city's list for compulsory CP audits. The managing director says: 'We comply with "
                "our limits, so I don't see why we need an audit. We'll pay a consultancy to write "
                "a report and hand it in; our engineers needn't be involved.' As a certified "
                "auditor, explain to the managing director: (1) why the enterprise was listed and "
                "which category of compulsory audit it falls under; (2) the deadlines it must meet "
                "after the list is published; (3) the responsibilities of the enterprise and the "
                "consultancy and the certificate requirement for auditors; (4) where this audit "
                "should concentrate and what its options should look like; (5) what assessment and "
                "acceptance each examine and how the enterprise should prepare, plus the "
                "requirements for disclosure and the next audit round."
            ),
            "rubric": (
                "Marking scheme (10 points, 2 per item):\n"
                "1. Reason for listing (2 points): the enterprise uses chromium-bearing inputs and "
                "discharges chromium-bearing waste water, so it falls under toxic or hazardous "
                "substances; compliance with discharge limits does not remove that duty.\n"
                "2. Deadlines (2 points): publish information within 1 month of the list, start "
                "the audit within 2 months, complete it and submit the report within 1 year; "
                "rounds for toxic-substance enterprises no more than 5 years apart.\n"
                "3. Responsibilities and certificates (2 points): the enterprise remains "
                "responsible and engaging a consultancy does not transfer this; the consultancy "
                "must be competent and must not write a paper audit; everyone working on the "
                "audit, including the enterprise's engineers, must hold the national CP auditor "
                "certificate.\n"
                "4. Focus and options (2 points): the chromium-using steps such as tanning as the "
                "audit focus; emphasis on mid/high-cost technology options aimed at chromium, such "
                "as high-exhaustion tanning and separate collection and recovery of spent chrome "
                "liquor, with no/low-cost options implemented along the way; options target the "
                "reason for listing.\n"
                "5. Assessment, acceptance and disclosure (2 points): assessment after the report "
                "checks that the audit is genuine, data traceable and expected benefits credible; "
                "acceptance after steady operation of mid/high-cost options verifies real results "
                "and targets; the reason for the audit, its implementation and the assessment and "
                "acceptance results go in the annual disclosure report (by 15 March of the "
                "following year); not auditing or falsifying leads to an order to correct and "
                "possible fines."
            ),
            "explanation": (
                "Key points: a toxic-substance enterprise must be audited whether or not its "
                "concentrations comply; deadlines of 1 month, 2 months and 1 year; the enterprise "
                "is responsible and every participant must be certified; focus on chromium and "
                "mid/high-cost technology options; assessment, then acceptance, then disclosure."
            ),
        },
    },
    {
        "code": "AUD-145",
        "topic": "disclosure",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某企业须依法披露2025年度的环境信息。其年度环境信息依法披露报告最迟应在哪一天前发布"
                "？"
            ),
            "options": [
                "2026年1月15日",
                "2026年6月30日",
                "2026年3月15日",
                "2025年12月31日",
            ],
            "explanation": (
                "企业每年3月15日前发布上一年度（1月1日至12月31日）的年度报告。2025年度报告的截止日"
                "期是2026年3月15日；年度结束之前无法完成全年报告。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise must disclose its environmental information for 2025. By what date "
                "must it publish its annual disclosure report?"
            ),
            "options": [
                "15 January 2026",
                "30 June 2026",
                "15 March 2026",
                "31 December 2025",
            ],
            "explanation": (
                "The annual report is due every year by 15 March and covers 1 January to 31 "
                "December of the previous year, so the 2025 report is due by 15 March 2026. It "
                "cannot be completed before the year has ended."
            ),
        },
    },
    {
        "code": "AUD-146",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "企业收到生态环境行政处罚决定书后，应在多长时间内发布临时环境信息依法披露报告？"
            ),
            "options": [
                "收到法律文书之日起5个工作日内",
                "行政处罚不需要披露",
                "收到法律文书之日起30个自然日内",
                "次年3月15日前随年度报告一并披露",
            ],
            "explanation": (
                "发生行政许可变化、行政处罚、刑事责任追究、生态环境损害赔偿等情形时，"
                "企业应在收到相关法律文书之日起5个工作日内发布临时报告；年度报告不能代替临时报告。"
            ),
        },
        "en": {
            "prompt": (
                "After receiving a decision imposing an environmental administrative penalty, "
                "within what time must an enterprise publish an ad-hoc disclosure report?"
            ),
            "options": [
                "Within 5 working days of receiving the legal document",
                "Penalties do not have to be disclosed",
                "Within 30 calendar days of receiving the legal document",
                "With the annual report, by 15 March of the following year",
            ],
            "explanation": (
                "For a permit change, a penalty, criminal liability or an environmental damage "
                "settlement, the enterprise must publish an ad-hoc report within 5 working days of "
                "receiving the legal document; the annual report does not replace it."
            ),
        },
    },
    {
        "code": "AUD-147",
        "topic": "disclosure",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "某企业在星期一收到生态环境行政处罚决定书，其间没有法定节假日。"
                "按照收到文书当天不计入的期间计算规则，它最迟应在哪一天发布临时报告？"
            ),
            "options": [
                "本周四",
                "下周一",
                "本周五",
                "下周三",
            ],
            "explanation": (
                "收到文书的星期一不计入，5个工作日依次为星期二、星期三、星期四、星期五和下周一，"
                "所以最迟在下周一完成披露。把收到当天计入会错误地得出本周五。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise receives a penalty decision on a Monday, and there is no public "
                "holiday in between. Under the rule that the day of receipt is not counted, what "
                "is the latest day for its ad-hoc report?"
            ),
            "options": [
                "Thursday of the same week",
                "The following Monday",
                "Friday of the same week",
                "The following Wednesday",
            ],
            "explanation": (
                "The Monday of receipt is not counted, so the 5 working days are Tuesday, "
                "Wednesday, Thursday, Friday and the following Monday. Counting the day of receipt "
                "would wrongly give Friday."
            ),
        },
    },
    {
        "code": "AUD-148",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [1, 3, 4],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "下列哪些情形发生后，企业须在5个工作日内发布临时环境信息依法披露报告？",
            "options": [
                "更换职工食堂的供应商",
                "达成或被判定生态环境损害赔偿",
                "按计划完成一次例行的月度自行监测",
                "生态环境行政许可准予、变更、延续或撤销",
                "因生态环境违法行为受到行政处罚",
            ],
            "explanation": (
                "触发临时报告的情形包括：行政许可的准予、变更、延续或撤销；受到行政处罚；"
                "有关人员被行政拘留或被追究刑事责任；生态环境损害赔偿；以及需要更正已披露信息。"
                "例行自行监测结果在年度报告中披露，食堂供应商与环境信息披露无关。"
            ),
        },
        "en": {
            "prompt": (
                "After which of these events must an enterprise publish an ad-hoc disclosure "
                "report within 5 working days?"
            ),
            "options": [
                "It changes the supplier of its staff canteen",
                "Liability for environmental damage is agreed or decided",
                "It completes a routine monthly self-monitoring run as planned",
                "An environmental permit is granted, changed, renewed or revoked",
                "It is penalised for an environmental violation",
            ],
            "explanation": (
                "Ad-hoc reports are triggered by permit grants, changes, renewals or revocations, "
                "penalties, detention or criminal liability, environmental damage settlements, and "
                "corrections to disclosed information. Routine self-monitoring goes in the annual "
                "report, and the canteen supplier is irrelevant."
            ),
        },
    },
    {
        "code": "AUD-149",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "企业发现已发布的年度报告中某项排放数据填写错误。正确的做法是：",
            "options": [
                "等到下一年度报告中再悄悄改正",
                "发布临时报告，写明更正的事项、原数值、更正后数值、原因和数据来源，原报告保留不动",
                "直接修改原报告中的数字后重新上传，不作说明",
                "删除原报告，重新发布一份新的年度报告",
            ],
            "explanation": (
                "已披露信息发生变化或发现错误时，不能悄悄修改原报告，而应以临时报告说明变更的内容和"
                "理由，让公众看到完整的记录：最初发布了什么、改成了什么、为什么、何时改的。"
                "本平台同样遵循“只追加、不覆盖”的原则。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise finds an error in an emission figure in its published annual "
                "report. What should it do?"
            ),
            "options": [
                "Quietly correct it in next year's annual report",
                (
                    "Publish an ad-hoc report stating the item corrected, the original and "
                    "corrected values, the reason and the data source, leaving the original report "
                    "in place"
                ),
                "Change the figure in the original report and upload it again without comment",
                "Delete the original report and publish a new annual report",
            ],
            "explanation": (
                "Published information is never quietly edited. A change is published as an ad-hoc "
                "report stating what changed and why, so the public sees the full record: what was "
                "first published, what it became, why and when. This platform follows the same "
                "add, never overwrite rule."
            ),
        },
    },
    {
        "code": "AUD-150",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 3],
        "partial_credit": "all_or_nothing",
        "zh": {
            "prompt": (
                "按照2021年发布的企业环境信息依法披露管理办法，下列哪些企业属于应当依法披露环境信息"
                "的主体？"
            ),
            "options": [
                "重点排污单位",
                "实施强制性清洁生产审核的企业",
                "所有职工人数超过50人的企业",
                "符合规定情形（如上一年度因生态环境违法行为受到处罚）的上市公司和发债企业",
            ],
            "explanation": (
                "披露主体包括重点排污单位、实施强制性清洁生产审核的企业，以及符合规定情形的上市公司"
                "和发债企业。职工人数不是判断依据。"
            ),
        },
        "en": {
            "prompt": (
                "Under the 2021 measures on legal disclosure of enterprise environmental "
                "information, which of these must disclose?"
            ),
            "options": [
                "Key pollutant dischargers",
                "Enterprises required to carry out a compulsory CP audit",
                "Every enterprise with more than 50 employees",
                (
                    "Listed companies and bond issuers in the cases set out in the measures, such "
                    "as a penalty for an environmental violation in the previous year"
                ),
            ],
            "explanation": (
                "The disclosing enterprises are key pollutant dischargers, enterprises under a "
                "compulsory CP audit, and listed companies and bond issuers in the specified "
                "cases. Headcount is not a criterion."
            ),
        },
    },
    {
        "code": "AUD-151",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "实施强制性清洁生产审核的企业，在年度环境信息依法披露报告中还须披露哪些审核信息？"
            ),
            "options": [
                "咨询服务合同的全部价格条款",
                "只需写明“已开展审核”五个字",
                "实施强制性审核的原因，审核的实施情况，以及评估与验收结果",
                "审核小组成员的家庭住址",
            ],
            "explanation": (
                "年度报告中有专门的强制性清洁生产审核信息一栏：审核原因、实施情况、评估与验收结果。"
                "审核中承诺的成效迟早要接受公众检验，这也是认真做好审核的理由之一。"
            ),
        },
        "en": {
            "prompt": (
                "Besides the usual content, what audit information must an enterprise under a "
                "compulsory CP audit disclose in its annual report?"
            ),
            "options": [
                "All the price terms of its consultancy contract",
                "Just the words 'audit carried out'",
                (
                    "Why the compulsory audit was required, how it was carried out, and the "
                    "assessment and acceptance results"
                ),
                "The home addresses of the audit team members",
            ],
            "explanation": (
                "The annual report has a section on compulsory CP audits: the reason, how it was "
                "carried out, and the assessment and acceptance results. The results promised in "
                "an audit are sooner or later tested in public."
            ),
        },
    },
    {
        "code": "AUD-152",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "生态环境部于2021年发布《企业环境信息依法披露管理办法》，该办法自2022年2月起施行。"
            ),
            "explanation": (
                "正确。该办法系统规定了披露主体、年度报告和临时报告的时限与内容，"
                "以及更正已披露信息的方式。"
            ),
        },
        "en": {
            "prompt": (
                "The Ministry of Ecology and Environment issued the Measures for the "
                "Administration of Legal Disclosure of Enterprise Environmental Information in "
                "2021, and they took effect in February 2022."
            ),
            "explanation": (
                "True. The measures set out who must disclose, the deadlines and contents of "
                "annual and ad-hoc reports, and how disclosed information is corrected."
            ),
        },
    },
    {
        "code": "AUD-153",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "应当依法披露环境信息的企业名单由谁确定？",
            "options": [
                "设区的市级生态环境主管部门，每年确定本行政区域的名单",
                "国家发展改革委，每五年确定一次",
                "行业协会根据会员情况确定",
                "企业自行决定是否列入",
            ],
            "explanation": (
                "设区的市级生态环境主管部门每年制定本行政区域内依法披露环境信息的企业名单。"
                "名单中应写明列入年份和法律依据，强制性审核企业还应写明列入原因。"
            ),
        },
        "en": {
            "prompt": (
                "Who draws up the list of enterprises that must disclose environmental information?"
            ),
            "options": [
                (
                    "The environmental authority of each prefecture-level city, every year for its "
                    "area"
                ),
                "NDRC, once every five years",
                "Industry associations, based on their membership",
                "Each enterprise decides for itself",
            ],
            "explanation": (
                "The environmental authority of each prefecture-level city draws up the list for "
                "its area every year. Each entry should give the year and legal basis, and for "
                "compulsory audit enterprises the reason for listing."
            ),
        },
    },
    {
        "code": "AUD-154",
        "topic": "disclosure",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "审核人员发现，审核报告中的年度二氧化硫排放量与企业已披露的年度报告数据明显不一致。"
                "正确的处理是："
            ),
            "options": [
                "删除审核报告中的排放数据，以免引起疑问",
                "查明差异原因并在审核中说明；若已披露的数据有误，由企业通过临时报告更正",
                "由审核人员直接修改企业已发布的年度报告",
                "以审核报告为准，不必理会已披露的数据",
            ],
            "explanation": (
                "审核报告中的排放数据必须与企业已披露的数据一致；不一致时要查明原因并在审核中解释。"
                "已披露信息的更正只能由企业以临时报告的方式进行，不能覆盖原报告。"
                "评估专家也会核对两者是否一致。"
            ),
        },
        "en": {
            "prompt": (
                "An auditor finds that the annual SO2 emissions in the audit report clearly differ "
                "from the figure in the enterprise's published annual disclosure report. What is "
                "the right course?"
            ),
            "options": [
                "Remove the emission figures from the audit report to avoid questions",
                (
                    "Find out why and explain it in the audit; if the disclosed figure is wrong, "
                    "the enterprise corrects it through an ad-hoc report"
                ),
                "Have the auditor edit the enterprise's published annual report directly",
                "Treat the audit report as correct and ignore the disclosed figure",
            ],
            "explanation": (
                "Emission data in the audit report must agree with what the enterprise has "
                "disclosed; where they differ, find and explain the reason. Disclosed information "
                "can be corrected only by the enterprise through an ad-hoc report, never by "
                "overwriting. Assessors check the two for consistency too."
            ),
        },
    },
    {
        "code": "OFF-001",
        "topic": "law",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "在国家层面，负责统筹协调全国清洁生产促进工作的部门是：",
            "options": [
                "教育部",
                "财政部",
                "国家发展改革委",
                "国家统计局",
            ],
            "explanation": (
                "国家发展改革委作为宏观经济调控部门，统筹协调全国清洁生产促进工作，"
                "组织起草了《清洁生产促进法》和审核办法，并组织编制技术导向目录和行业评价指标体系。"
                "生态环境主管部门监督实施并规范强制性审核，财政部管理专项资金。"
            ),
        },
        "en": {
            "prompt": (
                "At national level, which body coordinates the promotion of cleaner production "
                "across the country?"
            ),
            "options": [
                "The Ministry of Education",
                "The Ministry of Finance",
                "The National Development and Reform Commission (NDRC)",
                "The National Bureau of Statistics",
            ],
            "explanation": (
                "NDRC, as the macro-economic planning body, coordinates CP promotion nationwide; "
                "it led the drafting of the law and the audit measures and organised the "
                "technology inventories and indicator systems. The environmental authority "
                "supervises implementation and regulates compulsory audits, and the Ministry of "
                "Finance manages the special funds."
            ),
        },
    },
    {
        "code": "OFF-002",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某化工企业申请中央财政清洁生产专项资金：职工2200人，年销售额2.8亿元，"
                "资产总额4.5亿元。它是否属于专项资金所定义的中小企业？"
            ),
            "options": [
                "不属于，因为资产总额超过4亿元",
                "不属于，因为必须同时满足三项条件",
                "属于，因为年销售额低于3亿元",
                "不属于，因为职工超过2000人",
            ],
            "explanation": (
                "三项条件满足任意一项即可：职工少于2000人，或年销售额低于3亿元，"
                "或资产总额低于4亿元。该企业年销售额2.8亿元，满足销售额条件，因此属于中小企业。"
            ),
        },
        "en": {
            "prompt": (
                "A chemical enterprise applying to the central special CP funds has 2,200 "
                "employees, annual sales of RMB 280 million and total assets of RMB 450 million. "
                "Is it an SME under the funds' definition?"
            ),
            "options": [
                "No, because its assets exceed RMB 400 million",
                "No, because all three conditions must be met",
                "Yes, because its sales are below RMB 300 million",
                "No, because it has more than 2,000 employees",
            ],
            "explanation": (
                "Meeting any one condition is enough: fewer than 2,000 employees, sales below RMB "
                "300 million, or assets below RMB 400 million. Sales of RMB 280 million meet the "
                "sales condition, so it is an SME."
            ),
        },
    },
    {
        "code": "OFF-003",
        "topic": "law",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": False,
        "zh": {
            "prompt": (
                "只要申报企业属于重点行业，单纯扩大产能的扩建项目也可以按清洁生产项目申请专项资金。"
            ),
            "explanation": (
                "错误。判断是否属于清洁生产项目，要看它能否降低单位产品的资源能源消耗和污染物产生，"
                "而不是单纯增加产量或末端处理能力。审查时应确认项目来自审核、"
                "针对审核发现的主要问题，很多地方还要求通过评估验收后才受理申请。"
            ),
        },
        "en": {
            "prompt": (
                "As long as the applicant is in a key sector, an expansion project that simply "
                "adds capacity can apply for special funds as a CP project."
            ),
            "explanation": (
                "False. The test is whether the project reduces resource and energy use and "
                "pollutant generation per unit of product, not whether it adds output or "
                "end-of-pipe capacity. Reviewers check that the project comes out of an audit and "
                "tackles its main findings, and many localities require a passed assessment and "
                "acceptance first."
            ),
        },
    },
    {
        "code": "OFF-004",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "地方人民政府确定的“清洁生产综合协调部门”通常是：",
            "options": [
                "卫生健康部门",
                "发展改革部门或工业和信息化部门",
                "公安部门",
                "统计部门",
            ],
            "explanation": (
                "清洁生产综合协调部门负责组织协调本行政区域的清洁生产促进工作，"
                "通常由发展改革或工业和信息化部门承担。它与生态环境主管部门按职责分工，"
                "共同监督强制性审核。"
            ),
        },
        "en": {
            "prompt": (
                "Which department does a local government usually make its CP coordinating "
                "department?"
            ),
            "options": [
                "The health department",
                (
                    "The development and reform department or the industry and information "
                    "technology department"
                ),
                "The public security department",
                "The statistics department",
            ],
            "explanation": (
                "The CP coordinating department organises CP promotion in the area and is usually "
                "the development and reform or the industry and IT department. It shares "
                "supervision of compulsory audits with the environmental authority within their "
                "respective remits."
            ),
        },
    },
    {
        "code": "OFF-005",
        "topic": "law",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [1, 2, 3],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "除专项资金外，《清洁生产促进法》还规定了哪些激励措施？",
            "options": [
                "开展清洁生产审核的企业可以不执行污染物排放标准",
                "对在清洁生产工作中做出显著成绩的单位和个人给予表彰和奖励",
                "对利用废物生产的产品和从废物中回收的原料，按国家规定减征或免征增值税",
                "企业用于清洁生产审核和培训的费用，可以列入经营成本",
            ],
            "explanation": (
                "法律规定的激励包括表彰奖励、增值税减免、审核和培训费用列入经营成本，"
                "中小企业发展基金和技术进步资金也可用于支持清洁生产。开展审核不能免除任何排放标准的"
                "执行义务。"
            ),
        },
        "en": {
            "prompt": (
                "Besides the special funds, which incentives does the CP Promotion Law provide?"
            ),
            "options": [
                "Enterprises carrying out CP audits are exempt from discharge standards",
                (
                    "Commendation and rewards for units and individuals with outstanding CP "
                    "achievements"
                ),
                (
                    "Reduced or zero VAT, under national rules, on products made from wastes and "
                    "materials recovered from wastes"
                ),
                "The cost of CP audits and training may be counted as an operating cost",
            ],
            "explanation": (
                "The incentives include commendation and rewards, VAT relief, counting audit and "
                "training costs as operating costs, and the use of SME development and technology "
                "funds for CP. An audit never exempts an enterprise from discharge standards."
            ),
        },
    },
    {
        "code": "OFF-006",
        "topic": "law",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "支撑《清洁生产促进法》的配套规定可分为技术类、管理类和资金类。2008年的《重点企业清"
                "洁生产审核评估、验收实施指南（试行）》属于哪一类？"
            ),
            "options": [
                "不属于配套规定",
                "技术类",
                "管理类",
                "资金类",
            ],
            "explanation": (
                "技术类规定说明审核做什么、怎么做（如审核办法、重点企业审核程序规定）；"
                "管理类规定要求对每一项强制性审核开展评估和验收（即2008年指南）；"
                "资金类规定指财政部的专项资金管理办法。"
            ),
        },
        "en": {
            "prompt": (
                "The rules supporting the CP Promotion Law fall into technical, management and "
                "funding rules. Which group does the 2008 Guideline for Assessment and Acceptance "
                "of CP Audits in Key Enterprises (trial) belong to?"
            ),
            "options": [
                "None of these",
                "Technical rules",
                "Management rules",
                "Funding rules",
            ],
            "explanation": (
                "Technical rules say what an audit must do and how (the audit measures, the "
                "procedure rules for key enterprises); management rules require every compulsory "
                "audit to be assessed and accepted (the 2008 guideline); funding rules are the "
                "Ministry of Finance's measures for the special funds."
            ),
        },
    },
    {
        "code": "OFF-007",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": (
                "主管部门跟踪强制性审核进度时，应核查企业是否在名单公布后分别按时完成哪三项工作？"
            ),
            "options": [
                "只需在5年内完成审核，中间不设节点",
                "1周内公布相关信息，1个月内启动审核，半年内报送审核报告",
                "3个月内公布相关信息，半年内启动审核，3年内报送审核报告",
                "1个月内公布相关信息，2个月内启动审核，1年内报送审核报告",
            ],
            "explanation": (
                "跟踪节点是：名单公布后1个月内公布信息、2个月内启动审核、1年内报送审核报告。"
                "对逾期企业要及时督促。"
            ),
        },
        "en": {
            "prompt": (
                "When tracking compulsory audits, which three deadlines after publication of the "
                "list should the authority check?"
            ),
            "options": [
                "Only that the audit is finished within 5 years, with no intermediate deadlines",
                (
                    "Information published within 1 week, audit started within 1 month, report "
                    "submitted within 6 months"
                ),
                (
                    "Information published within 3 months, audit started within 6 months, report "
                    "submitted within 3 years"
                ),
                (
                    "Information published within 1 month, audit started within 2 months, report "
                    "submitted within 1 year"
                ),
            ],
            "explanation": (
                "The deadlines are: publish information within 1 month of the list, start the "
                "audit within 2 months and submit the report within 1 year. Chase late enterprises "
                "promptly."
            ),
        },
    },
    {
        "code": "OFF-008",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "multiple",
        "points": 1,
        "correct": [0, 1, 3],
        "partial_credit": "proportional",
        "zh": {
            "prompt": "组织评估时，下列哪些迹象提示审核质量可能有问题，值得重点核查？",
            "options": [
                "报告中大段文字与其他企业的报告雷同",
                "中/高费方案与企业被列入名单的原因毫无关系",
                "物料平衡相对误差为3%，并附有完整的原始实测记录",
                "物料平衡恰好100%闭合，却没有任何原始实测记录",
            ],
            "explanation": (
                "雷同文字、完美闭合却无原始记录、方案与列入原因无关，以及监测数据来源不合规、"
                "声称实施的无/低费方案现场找不到、审核人员证书失效、报告数据与披露数据明显不符等，"
                "都是常见的警示信号。误差在±5%以内且有原始记录的平衡是正常的。"
            ),
        },
        "en": {
            "prompt": (
                "When organising an assessment, which of these signs suggest a weak audit that "
                "deserves a closer look?"
            ),
            "options": [
                "Long passages of the report match other enterprises' reports",
                (
                    "The mid/high-cost options have nothing to do with the reason the enterprise "
                    "was listed"
                ),
                (
                    "The material balance has a 3% error and complete original measurement records "
                    "are attached"
                ),
                (
                    "The material balance closes at exactly 100% but there are no original "
                    "measurement records"
                ),
            ],
            "explanation": (
                "Copied text, a perfect balance with no records and options unrelated to the "
                "reason for listing are warning signs, as are monitoring from unaccredited bodies, "
                "missing no/low-cost options, lapsed certificates and report figures that "
                "contradict disclosures. A balance within ±5% backed by original records is normal."
            ),
        },
    },
    {
        "code": "OFF-009",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "组建评估或验收专家组时，最重要的要求是：",
            "options": [
                "专家必须来自为该企业提供咨询的机构，以便了解情况",
                "专家熟悉审核方法和相关行业，且与被审核企业及为其服务的咨询机构没有利害关系",
                "专家只需熟悉法律，不必了解行业技术",
                "专家人数越多越好，不必考虑专业背景",
            ],
            "explanation": (
                "专家组的组成决定结论的质量。专家应懂审核方法、懂行业技术，并与企业和咨询机构无利害"
                "关系；通常由审核方法专家和行业技术专家共同组成。"
            ),
        },
        "en": {
            "prompt": (
                "What is the most important requirement when forming an expert panel for "
                "assessment or acceptance?"
            ),
            "options": [
                "Experts from the consultancy that served the enterprise, since they know the case",
                (
                    "Experts who know the audit method and the sector, with no interest in the "
                    "enterprise or in the consultancy that served it"
                ),
                "Experts who know the law but need not know the sector's technology",
                "As many experts as possible, whatever their background",
            ],
            "explanation": (
                "The panel's make-up decides the quality of its conclusions. Experts should know "
                "the method and the sector and have no interest in the enterprise or its "
                "consultancy; a panel usually combines method experts with sector experts."
            ),
        },
    },
    {
        "code": "OFF-010",
        "topic": "compulsory",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "审核未通过评估或验收的，主管部门应书面列出问题和整改期限，企业整改后再行复核；"
                "问题严重的，应要求重新开展审核。"
            ),
            "explanation": (
                "正确。这是处理评估验收不通过的基本做法。企业不按时审核、弄虚作假或不如实报告的，"
                "依法责令限期改正，拒不改正的依法处以罚款；参与造假的咨询机构会被通报并依规处理。"
            ),
        },
        "en": {
            "prompt": (
                "If an audit fails assessment or acceptance, the authority sets out the problems "
                "and a deadline for correcting them in writing and reviews again after correction; "
                "where the problems are serious, it requires a new audit."
            ),
            "explanation": (
                "True. This is the basic way to handle a failed review. An enterprise that does "
                "not audit on time, falsifies or misreports is ordered to correct within a "
                "deadline and fined if it refuses, and a consultancy involved in falsification is "
                "named and dealt with."
            ),
        },
    },
    {
        "code": "OFF-011",
        "topic": "compulsory",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": (
                "评估时专家组发现：审核报告列出的审核组中有两名成员的审核师证书已被撤销。"
                "专家组最恰当的处理是："
            ),
            "options": [
                (
                    "核实证书状态和这两人实际承担的工作；无有效证书人员参与审核属于否决性问题，"
                    "应要求整改直至判定不通过"
                ),
                "建议企业删去这两人的名字后直接通过",
                "证书只是形式，不影响评估结论",
                "只要组长持证即可，其他成员不必核查",
            ],
            "explanation": (
                "凡参与强制性审核的人员都须持有有效证书，过程检查和评估都要核验证书状态。"
                "审核人员无有效证书，在示例评分表中属于否决项；简单删去名字并不能改变他们已经参与审"
                "核的事实。"
            ),
        },
        "en": {
            "prompt": (
                "At assessment the panel finds that the certificates of two members of the listed "
                "audit team have been revoked. What should the panel do?"
            ),
            "options": [
                (
                    "Verify the certificate status and what the two actually did; participation by "
                    "people without valid certificates is a veto issue requiring correction, up to "
                    "failing the audit"
                ),
                "Advise the enterprise to delete the two names and then pass the audit",
                "Ignore it; certificates are a formality",
                "Check only the team leader's certificate",
            ],
            "explanation": (
                "Everyone working on a compulsory audit must hold a valid certificate, and status "
                "is checked both during the audit and at assessment. Auditors without valid "
                "certificates are a veto item on the illustrative scoring sheet; deleting their "
                "names does not change the fact that they worked on the audit."
            ),
        },
    },
    {
        "code": "OFF-012",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [0],
        "zh": {
            "prompt": "维护依法披露企业名单时，每家企业的条目至少应写明哪些信息？",
            "options": [
                (
                    "统一社会信用代码、列入年份和法律依据；强制性审核企业还应写明列入原因（双超、"
                    "双有或高耗能）"
                ),
                "只需写企业简称",
                "企业法定代表人的个人联系电话",
                "企业上一年度的利润总额",
            ],
            "explanation": (
                "名单条目应能说明“谁、哪一年、依据什么”列入：统一社会信用代码、列入年份和法律依据；"
                "强制性审核企业还应写明原因。公开名单本身有助于公众理解某家企业为什么需要披露。"
            ),
        },
        "en": {
            "prompt": (
                "When maintaining the list of enterprises that must disclose, what should each "
                "entry at least state?"
            ),
            "options": [
                (
                    "The unified social credit code, the year of listing and the legal basis, plus "
                    "for compulsory-audit enterprises the reason (exceeding standards or totals, "
                    "toxic substances, or energy intensity)"
                ),
                "Only the enterprise's short name",
                "The legal representative's personal phone number",
                "The enterprise's total profit last year",
            ],
            "explanation": (
                "An entry should show who was listed, in which year and on what basis: the unified "
                "social credit code, year and legal basis, and for compulsory audits the reason. "
                "Publishing the list helps the public see why an enterprise must disclose."
            ),
        },
    },
    {
        "code": "OFF-013",
        "topic": "disclosure",
        "difficulty": 3,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "某企业的验收材料显示，中/高费方案使COD年产生量削减约30%。主管部门调取其审核前后各"
                "三年的年度披露报告，却发现在产量基本不变的情况下，COD年排放量反而上升。"
                "最恰当的做法是："
            ),
            "options": [
                "直接修改企业的年度披露报告，使两者一致",
                "约谈企业、查明原因，必要时现场核查验收结论所依据的数据",
                "等下一轮审核时再说",
                "以验收材料为准，不必理会披露数据",
            ],
            "explanation": (
                "披露数据可以用来检验审核成果是否持续。两组数据方向相反，说明验收数据或披露数据至少"
                "有一方有问题，或方案没有持续运行，应约谈企业并查明原因；比较时还要考虑产量、"
                "统计边界和监测方法的变化。主管部门不能替企业修改披露报告。"
            ),
        },
        "en": {
            "prompt": (
                "An enterprise's acceptance documents show that its mid/high-cost options cut "
                "annual COD generation by about 30%. The authority pulls its annual disclosure "
                "reports for three years before and after the audit and finds that, at about the "
                "same output, annual COD discharges rose. What is the best course of action?"
            ),
            "options": [
                "Edit the enterprise's disclosure reports so that the two agree",
                (
                    "Call the enterprise in, find out why and, if necessary, check on site the "
                    "data behind the acceptance decision"
                ),
                "Leave it until the next audit round",
                "Rely on the acceptance documents and ignore the disclosures",
            ],
            "explanation": (
                "Disclosure data show whether audit results last. Figures moving in opposite "
                "directions mean the acceptance data or the disclosures are wrong, or the options "
                "stopped running; call the enterprise in and find out, allowing for changes in "
                "output, boundaries and monitoring methods. The authority must never edit an "
                "enterprise's disclosures."
            ),
        },
    },
    {
        "code": "OFF-014",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "主管部门掌握行政处罚决定书的送达日期，因此可以直接核查企业是否在5个工作日内发布了"
                "临时报告。"
            ),
            "explanation": (
                "正确。临时报告的期限从企业收到法律文书之日起计算，主管部门持有送达记录，"
                "可以直接核对。逾期未披露的，应要求企业立即披露并依法处理；年度报告不能代替临时报告"
                "。"
            ),
        },
        "en": {
            "prompt": (
                "Because the authority holds the date its penalty decision was served, it can "
                "check directly whether the enterprise published its ad-hoc report within 5 "
                "working days."
            ),
            "explanation": (
                "True. The ad-hoc deadline runs from the day the enterprise receives the legal "
                "document, and the authority has the record of service. If the report is late, "
                "require immediate disclosure and deal with it according to law; the annual report "
                "does not replace it."
            ),
        },
    },
    {
        "code": "OFF-015",
        "topic": "disclosure",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "利用披露数据选择重点监管对象时，下列哪类企业最应优先安排检查？",
            "options": [
                "职工人数最多的企业",
                "长期在排放限值附近运行、频繁发布临时报告，或前后披露数据相互矛盾的企业",
                "按时发布年度报告、数据稳定且远低于限值的企业",
                "刚被评为清洁生产Ⅰ级的企业",
            ],
            "explanation": (
                "披露数据也是主管部门的工作资料：长期接近限值、频繁发布临时报告、"
                "数据前后矛盾的企业风险较高，应优先检查；超标记录和排放总量与许可量的比较还可用于识"
                "别应列入强制性审核的企业。"
            ),
        },
        "en": {
            "prompt": (
                "When using disclosure data to target supervision, which enterprises deserve "
                "inspection first?"
            ),
            "options": [
                "Those with the most employees",
                (
                    "Those running close to their limits for long periods, publishing ad-hoc "
                    "reports often, or reporting figures that contradict each other"
                ),
                "Those that publish on time with stable figures well below their limits",
                "Those just graded CP level I",
            ],
            "explanation": (
                "Disclosure data are working material for the authority: long periods near the "
                "limits, frequent ad-hoc reports and contradictory figures signal higher risk. "
                "Exceedance records and totals compared with permitted amounts also help identify "
                "candidates for compulsory audits."
            ),
        },
    },
    {
        "code": "UNI-001",
        "topic": "cp_concept",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "下列哪项措施最符合清洁生产的核心思想？",
            "options": [
                "把固体废物运到更远的填埋场",
                "加高排气筒，降低周边的落地浓度",
                "扩建污水处理站，处理更多的废水",
                "用低毒原料替代高毒原料，使有毒物质根本不进入生产过程",
            ],
            "explanation": (
                "清洁生产着眼于从源头削减污染、提高资源利用效率。替代有毒原料属于源头削减；"
                "扩建污水站、远运填埋和加高排气筒都是在污染物产生以后处理或转移，没有减少产生量。"
            ),
        },
        "en": {
            "prompt": "Which measure best fits the central idea of cleaner production?",
            "options": [
                "Sending solid waste to a landfill further away",
                "Building a taller stack to lower ground-level concentrations nearby",
                "Enlarging the wastewater plant to treat more water",
                (
                    "Replacing a highly toxic raw material with a low-toxicity one so that the "
                    "toxic substance never enters the process"
                ),
            ],
            "explanation": (
                "CP cuts pollution at its source and uses resources more efficiently. Substituting "
                "a toxic input is source reduction; a bigger treatment plant, a more distant "
                "landfill and a taller stack all treat or move pollution after it has been "
                "generated."
            ),
        },
    },
    {
        "code": "UNI-002",
        "topic": "cp_concept",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "我国在国际合作项目和国内试点经验的基础上，把联合国环境规划署和联合国工业发展组织推"
                "广的五阶段审核方法发展为七阶段方法。"
            ),
            "explanation": (
                "正确。七个阶段是：筹划和组织、预评估、评估、方案产生和筛选、可行性分析、方案实施、"
                "持续清洁生产。我国几乎所有审核都按这一程序进行。"
            ),
        },
        "en": {
            "prompt": (
                "Building on international projects and domestic pilots, China developed the "
                "five-phase audit method promoted by UNEP and UNIDO into a seven-phase method."
            ),
            "explanation": (
                "True. The seven phases are planning and organisation, pre-assessment, assessment, "
                "option generation and screening, feasibility analysis, option implementation and "
                "sustaining CP. Almost every audit in China follows this procedure."
            ),
        },
    },
    {
        "code": "UNI-003",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "我国的清洁生产推进体系由四个部分组成。下列哪一项不属于这四个部分？",
            "options": [
                "法规体系",
                "教育培训体系",
                "技术支撑体系",
                "金融市场体系",
            ],
            "explanation": (
                "四个部分是：以《清洁生产促进法》为核心的法规体系；由发展改革、生态环境、"
                "工业和信息化等部门组成的管理体系；由审核方法、行业指南、标准、"
                "评价指标体系和技术目录组成的技术支撑体系；以及教育培训体系。金融市场体系不在其中。"
            ),
        },
        "en": {
            "prompt": (
                "China's CP promoting system has four parts. Which of the following is NOT one of "
                "them?"
            ),
            "options": [
                "A regulatory system",
                "An education and training system",
                "A technical support system",
                "A financial market system",
            ],
            "explanation": (
                "The four parts are the regulatory system centred on the CP Promotion Law, the "
                "administrative system of NDRC, the environmental authority, MIIT and others, the "
                "technical support system of audit method, guidelines, standards, indicator "
                "systems and inventories, and the education and training system. A financial "
                "market system is not one of them."
            ),
        },
    },
    {
        "code": "UNI-004",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": (
                "2007年，全国1500余家企业开展清洁生产审核并实施方案。下列哪一组数字与课程介绍的成效"
                "一致？"
            ),
            "options": [
                "节水3.8亿吨、节电3.69亿千瓦时、经济效益589亿元",
                "节水3.8亿吨、节电36.9亿千瓦时、经济效益58.9亿元",
                "节水0.38亿吨、节电369亿千瓦时、经济效益58.9亿元",
                "节水38亿吨、节电3.69亿千瓦时、经济效益5.89亿元",
            ],
            "explanation": (
                "2007年，1500余家企业通过实施审核方案节水3.8亿吨、节电36.9亿千瓦时，"
                "取得经济效益58.9亿元，同时削减COD 9.5万吨、二氧化硫7.1万吨，"
                "说明清洁生产既减污又增效。"
            ),
        },
        "en": {
            "prompt": (
                "In 2007 more than 1,500 enterprises in China carried out CP audits and "
                "implemented their options. Which set of figures matches the results described in "
                "the course?"
            ),
            "options": [
                "380 million t of water and 369 million kWh saved, RMB 58.9 billion of returns",
                "380 million t of water and 3.69 billion kWh saved, RMB 5.89 billion of returns",
                "38 million t of water and 36.9 billion kWh saved, RMB 5.89 billion of returns",
                "3.8 billion t of water and 369 million kWh saved, RMB 589 million of returns",
            ],
            "explanation": (
                "In 2007 these enterprises saved 380 million tonnes of water and 3.69 billion kWh, "
                "gained RMB 5.89 billion, and cut COD by 95,000 t and SO2 by 71,000 t, showing "
                "that CP reduces pollution and pays at the same time."
            ),
        },
    },
    {
        "code": "UNI-005",
        "topic": "cp_concept",
        "difficulty": 2,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "在污染物产生之前，通过改变原料、工艺、设备、操作或产品设计，"
                "减少废物和污染物的产生量或降低其毒性的做法，称为什么？"
            ),
            "accepted": [
                "源头削减",
                "源削减",
            ],
            "explanation": (
                "源头削减是清洁生产优先采用的手段。厂外回收处理和末端治理都不属于源头削减。"
            ),
        },
        "en": {
            "prompt": (
                "What is the term for any change to raw materials, process, equipment, operation "
                "or product design that reduces the amount or toxicity of waste before it is "
                "generated?"
            ),
            "accepted": [
                "source reduction",
                "reduction at source",
                "reduction at the source",
            ],
            "explanation": (
                "Source reduction is the preferred CP measure. Off-site recycling and end-of-pipe "
                "treatment are not source reduction."
            ),
        },
    },
    {
        "code": "UNI-006",
        "topic": "phase_1",
        "difficulty": 1,
        "type": "single",
        "points": 1,
        "correct": [1],
        "zh": {
            "prompt": "筹划和组织阶段的主要成果是：",
            "options": [
                "物料平衡和原因分析",
                "审核小组名单和审核工作计划",
                "推荐实施的方案",
                "实施成效汇总",
            ],
            "explanation": (
                "筹划和组织阶段取得领导支持、组建审核小组、制订计划并宣传动员，"
                "主要成果是审核小组名单和工作计划。物料平衡属于评估，推荐方案属于可行性分析，"
                "成效汇总属于方案实施。"
            ),
        },
        "en": {
            "prompt": "What are the main outputs of the planning and organisation phase?",
            "options": [
                "A material balance and cause analysis",
                "The audit team list and the work plan",
                "Options recommended for implementation",
                "A summary of results",
            ],
            "explanation": (
                "Planning and organisation wins management support, sets up the team, plans the "
                "work and raises awareness; its outputs are the team list and the work plan. The "
                "balance belongs to assessment, recommended options to feasibility analysis and "
                "the results summary to implementation."
            ),
        },
    },
    {
        "code": "UNI-007",
        "topic": "phase_2",
        "difficulty": 1,
        "type": "short_text",
        "points": 1,
        "zh": {
            "prompt": (
                "摸清全厂现状、找出主要问题、确定审核重点并设定清洁生产目标，"
                "是七个审核阶段中哪一个阶段的任务？请写出阶段名称。"
            ),
            "accepted": [
                "预评估",
                "预评估阶段",
            ],
            "explanation": (
                "预评估是第二阶段，回答“审哪里、达到什么目标”；随后的评估阶段回答“废物在哪里产生、"
                "为什么产生”。"
            ),
        },
        "en": {
            "prompt": (
                "Surveying the whole site, finding the main problems, choosing the audit focus and "
                "setting CP targets are the tasks of which of the seven audit phases? Give its "
                "name."
            ),
            "accepted": [
                "pre-assessment",
                "preassessment",
                "pre assessment",
            ],
            "explanation": (
                "Pre-assessment, the second phase, answers 'where do we audit and what do we aim "
                "for?'; assessment then answers 'where does waste arise, and why?'"
            ),
        },
    },
    {
        "code": "UNI-008",
        "topic": "phase_2",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "用权重总和计分排序法选择审核重点时，做法正确的是：",
            "options": [
                "选择加权总分最低的部位，因为它最容易改进",
                "把各部位的得分直接相加，不使用权重",
                (
                    "为废物量、主要消耗、环境代价、清洁生产潜力、车间积极性等因素赋权，"
                    "对各备选部位逐项打分，按加权总分排序"
                ),
                "只比较各部位的废物量，其他因素一概不考虑",
            ],
            "explanation": (
                "该方法先确定评价因素和权重，再对各备选部位逐项打分，每项得分乘以权重后相加，"
                "总分最高的部位一般作为审核重点。"
            ),
        },
        "en": {
            "prompt": "Which is the correct way to choose the audit focus by weighted-sum ranking?",
            "options": [
                (
                    "Choose the candidate with the lowest weighted total because it is easiest to "
                    "improve"
                ),
                "Add up the scores directly without weights",
                (
                    "Weight factors such as amount of waste, main consumption, environmental cost, "
                    "CP potential and workshop commitment, score each candidate on each factor and "
                    "rank by weighted total"
                ),
                "Compare only the amount of waste and ignore every other factor",
            ],
            "explanation": (
                "Set the factors and their weights, score each candidate on each factor, multiply "
                "by the weights and add; the candidate with the highest total normally becomes the "
                "audit focus."
            ),
        },
    },
    {
        "code": "UNI-009",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "numeric",
        "points": 1,
        "numeric": {
            "value": 4.17,
            "tolerance": 0.05,
            "tolerance_type": "absolute",
            "unit": "percent",
        },
        "zh": {
            "prompt": (
                "某工段实测输入物料1200千克，已查明的输出合计1150千克。该物料平衡的相对误差是多少？"
                "（以%表示，保留两位小数）"
            ),
            "explanation": (
                "相对误差＝（输入－已查明输出）÷输入×100%＝50÷1200×100%≈4.17%，在±5%以内，"
                "平衡可以用于分析。"
            ),
        },
        "en": {
            "prompt": (
                "A section's measured input is 1,200 kg and the outputs accounted for total 1,150 "
                "kg. What is the relative error of the material balance? (Give the answer in %, to "
                "two decimal places.)"
            ),
            "explanation": (
                "Relative error = (input − outputs accounted for) ÷ input × 100% = 50 ÷ 1,200 × "
                "100% ≈ 4.17%, within ±5%, so the balance can be used for analysis."
            ),
        },
    },
    {
        "code": "UNI-010",
        "topic": "phase_3",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": (
                "某工段补水没有计量，水箱常年溢流。按八个方面分析废物产生原因，"
                "“补水没有计量”主要属于："
            ),
            "options": [
                "废物",
                "原辅材料和能源",
                "过程控制",
                "产品",
            ],
            "explanation": (
                "八个方面是原辅材料和能源、技术工艺、设备、过程控制、产品、废物、管理和员工。"
                "对流量、温度、投料等参数的计量和控制属于过程控制。"
            ),
        },
        "en": {
            "prompt": (
                "In a section, make-up water is not metered and the tank overflows all the time. "
                "Across the eight aspects of cause analysis, which one does 'make-up water not "
                "metered' mainly belong to?"
            ),
            "options": [
                "Wastes",
                "Raw materials and energy",
                "Process control",
                "Products",
            ],
            "explanation": (
                "The eight aspects are raw materials and energy, process technology, equipment, "
                "process control, product, the waste itself, management and staff. Metering and "
                "control of flow, temperature and dosing belong to process control."
            ),
        },
    },
    {
        "code": "UNI-011",
        "topic": "phase_4",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "无/低费方案见效快、风险小，通常应在审核过程中边发现边实施，"
                "而不必等到可行性分析之后。"
            ),
            "explanation": (
                "正确。无/低费方案随审核推进及时实施；中/高费方案投资大、影响面广，要先筛选、"
                "再做可行性分析。"
            ),
        },
        "en": {
            "prompt": (
                "No/low-cost options work quickly and carry little risk, so they are usually "
                "implemented as the audit goes along rather than waiting for feasibility analysis."
            ),
            "explanation": (
                "True. No/low-cost options are implemented as the audit proceeds; mid/high-cost "
                "options cost more and affect more of the operation, so they are screened first "
                "and then analysed for feasibility."
            ),
        },
    },
    {
        "code": "UNI-012",
        "topic": "phase_5",
        "difficulty": 1,
        "type": "numeric",
        "points": 1,
        "numeric": {"value": 3.75, "tolerance": 0.05, "tolerance_type": "absolute", "unit": "year"},
        "zh": {
            "prompt": (
                "某方案投资45万元，预计每年净收益12万元。其静态投资回收期是多少年？（保留两位小数）"
            ),
            "explanation": "静态投资回收期＝投资÷年净收益＝45÷12＝3.75年。",
        },
        "en": {
            "prompt": (
                "An option costs RMB 450,000 and is expected to bring a net benefit of RMB 120,000 "
                "a year. What is its simple payback period in years? (Give two decimal places.)"
            ),
            "explanation": (
                "Simple payback = investment ÷ annual net benefit = 450,000 ÷ 120,000 = 3.75 years."
            ),
        },
    },
    {
        "code": "UNI-013",
        "topic": "phase_5",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [2],
        "zh": {
            "prompt": "某方案按12%折现计算的净现值为－3万元。下列说法正确的是：",
            "options": [
                "其内部收益率高于12%",
                "只要环境效益大，就可以不做经济评估",
                "其内部收益率低于12%",
                "其静态投资回收期必然长于方案寿命",
            ],
            "explanation": (
                "净现值与内部收益率的结论一致：在某折现率下净现值为负，说明使净现值为零的折现率更低"
                "，即内部收益率低于12%。静态回收期不考虑资金时间价值，可能短于寿命；"
                "经济评估不能省略。"
            ),
        },
        "en": {
            "prompt": (
                "An option's NPV at a 12% discount rate is −RMB 30,000. Which statement is correct?"
            ),
            "options": [
                "Its IRR is above 12%",
                "If its environmental benefit is large, no economic evaluation is needed",
                "Its IRR is below 12%",
                "Its simple payback must be longer than its life",
            ],
            "explanation": (
                "NPV and IRR agree: a negative NPV at a given rate means the rate that makes NPV "
                "zero is lower, so the IRR is below 12%. Simple payback ignores the time value of "
                "money and may still be shorter than the life; the economic evaluation cannot be "
                "skipped."
            ),
        },
    },
    {
        "code": "UNI-014",
        "topic": "phase_6",
        "difficulty": 2,
        "type": "single",
        "points": 1,
        "correct": [3],
        "zh": {
            "prompt": "方案稳定运行后核算实际成效，下列做法正确的是：",
            "options": [
                "只报告超过预期的方案，其余不提",
                "直接采用可行性分析中的预计值作为实际成效",
                "方案一旦安装完成就视为达到目标，不必测量",
                (
                    "实测节约的原材料、水和能源以及减少的污染和经济收益，并与审核开始时设定的目标逐"
                    "项比较，如实说明差异和原因"
                ),
            ],
            "explanation": (
                "方案实施阶段要在方案稳定运行后实测实际成效，与清洁生产目标逐项对照；"
                "实际与预期常有差异，审核报告应如实说明并解释原因。"
            ),
        },
        "en": {
            "prompt": (
                "Once the options are running steadily, which is the correct way to account for "
                "their real results?"
            ),
            "options": [
                "Report only the options that beat expectations",
                "Use the feasibility estimates as the actual results",
                "Treat the targets as met as soon as installation is finished, without measuring",
                (
                    "Measure the materials, water and energy saved, the pollution avoided and the "
                    "financial benefit, compare them target by target with the CP targets, and "
                    "explain any differences honestly"
                ),
            ],
            "explanation": (
                "In the implementation phase, measure the real results once options run steadily "
                "and compare them with each CP target; results often differ from expectations, and "
                "the report should say so honestly and explain why."
            ),
        },
    },
    {
        "code": "UNI-015",
        "topic": "phase_7",
        "difficulty": 1,
        "type": "true_false",
        "points": 1,
        "answer": True,
        "zh": {
            "prompt": (
                "持续清洁生产阶段要设立负责清洁生产的机构或岗位，把单位产品水耗、"
                "能耗和污染物产生量等关键指标纳入日常考核，并把未实施的方案和新发现的问题列入下一轮"
                "审核计划。"
            ),
            "explanation": "正确。这样审核就变成“计划、实施、检查、改进”的循环，而不是一次性项目。",
        },
        "en": {
            "prompt": (
                "The sustaining CP phase sets up a unit or post responsible for CP, builds key "
                "indicators such as water, energy and pollutant generation per unit of product "
                "into routine reviews, and puts unimplemented options and new problems into the "
                "plan for the next round."
            ),
            "explanation": (
                "True. The audit thus becomes a plan, do, check, improve cycle rather than a "
                "one-off project."
            ),
        },
    },
]
