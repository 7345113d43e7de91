# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Course content: the refresher course certified CP auditors take to renew their certificate.

Pure data (no Django imports), loaded into Wagtail by the demo-data loader like the other
``demo_course_*`` modules and in the same structure. Facts come from the China National Cleaner
Production Center paper "CP Promoting System in China", the project's reference notes on
disclosure, and general CP knowledge; the wording is our own. Every worked example is
illustrative: the enterprises and figures are invented for teaching.

``REFRESHER_COURSE`` is a one-day, self-paced course in two units: what has changed in the
rules a practising auditor works under, and the quality lessons from assessment and acceptance
of compulsory audits. Lesson bodies are lists of ``(block_type, value)`` tuples using the block
types of ``courses.blocks.LessonBodyBlock``: "heading", "paragraph", "callout", "table",
"glossary" and "self_check".
"""

_REFRESHER_CHANGES_IN_THE_LAW: dict = {
    "slug": "changes-in-the-cp-legal-framework",
    "estimated_minutes": 75,
    "required": True,
    "preview": True,
    "zh": {
        "title": "清洁生产法规的新变化",
        "summary": (
            "回顾2012年清洁生产促进法修正和2016年《清洁生产审核办法》带来的变化，"
            "重点是把超过单位产品能耗限额列为强制性审核的第三种情形，"
            "以及这一变化对审核重点、平衡测算和目标设定的影响。"
        ),
        "body": [
            ("heading", "2012年修正的清洁生产促进法"),
            (
                "paragraph",
                (
                    "<p>清洁生产促进法于2002年通过、2003年1月1日起施行，"
                    "2012年2月修正，修正后的条文自2012年7月1日起施行。"
                    "如果您的审核师证书是在这之前取得的，或者近几年主要承担自愿审核，"
                    "下面几处变化需要重点掌握：</p><ol><li><b>强制性审核从两类情形扩大为三类</b>："
                    "除了超标或超总量排放（“双超”）、使用有毒有害原料或排放有毒有害物质（“双有”）"
                    "之外，超过单位产品能源消耗限额标准、构成高耗能的企业也必须开展强制性审核。"
                    "高耗能企业的名单由节能主管部门确定并公布。</li><li><b>审核结果要报告并公开</b>："
                    "实施强制性审核的企业要把审核结果报告所在地县级以上负责清洁生产综合协调的部门"
                    "和生态环境主管部门，并在本地主要媒体上公布，涉及商业秘密的除外。</li><li>"
                    "<b>评估验收有了法律依据</b>：县级以上有关部门对强制性审核实施监督，"
                    "必要时组织评估验收，所需费用纳入同级政府预算，"
                    "承担评估验收的单位不得向被评估验收的企业收费。</li><li><b>法律责任更明确</b>："
                    "不实施强制性审核、在审核中弄虚作假、不报告或不如实报告审核结果的，"
                    "责令限期改正；拒不改正的，处五万元以上五十万元以下罚款。</li></ol>"
                ),
            ),
            ("heading", "配套规定的更新"),
            (
                "table",
                {
                    "data": [
                        ["变化", "时间", "对审核工作的影响"],
                        [
                            "能耗超限额列为强制性审核情形",
                            "2012年修法，2012年7月1日起施行",
                            (
                                "高耗能企业进入审核名单；审核重点要覆盖主要耗能工序，"
                                "能量平衡和单位产品能耗目标成为核心内容"
                            ),
                        ],
                        [
                            "评估验收写入法律",
                            "2012年修法",
                            (
                                "2008年评估验收指南确立的两步程序有了法律依据，"
                                "评估验收费用由政府承担，不向企业收取"
                            ),
                        ],
                        [
                            "《清洁生产审核办法》取代2004年暂行办法",
                            "2016年发布，2016年7月1日起施行",
                            (
                                "名单公布后1个月内公开企业信息、2个月内启动审核、"
                                "1年内完成并报送审核报告；“双有”企业两次审核间隔不超过5年"
                            ),
                        ],
                        [
                            "《企业环境信息依法披露管理办法》",
                            "2021年发布，2022年2月起施行",
                            (
                                "实施强制性审核的企业在年度报告中公开审核原因、"
                                "实施情况和评估验收结果（见下一课）"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "审核师需要掌握的主要法规变化",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "因高耗能列入名单的企业怎么审",
                    "text": (
                        "<ul><li>审核重点要选在能耗最大、与超限额直接相关的工序或系统，"
                        "而不是最容易出成果的环节；</li><li>预评估要把单位产品综合能耗"
                        "与限额标准逐项对照，并说明统计口径和折标准煤系数；</li><li>"
                        "评估阶段要在物料平衡之外做实测的能量平衡，找出热量和电力的损失去向；</li>"
                        "<li>清洁生产目标要写成单位产品能耗，并给出达到限额标准的时间；</li>"
                        "<li>评估验收时，专家首先会问：审核是否解决了企业被列入名单的那个问题。</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "企业和审核人员的责任",
                    "text": (
                        "<p>企业是强制性审核的责任主体，委托咨询服务机构不转移企业的责任。"
                        "咨询服务机构和审核人员在审核中弄虚作假的，会被通报并追究责任；"
                        "证书颁发机构也可以暂停或撤销有关人员的审核师证书。"
                        "在本平台上，被暂停或撤销的证书会在其公开核验页面上如实显示。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "单位产品能源消耗限额",
                    "definition": (
                        "国家或地方标准规定的、生产单位产品允许消耗的最大能源量，"
                        "通常折算为标准煤表示。超过限额构成高耗能的企业须开展强制性清洁生产审核。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某水泥企业各项污染物稳定达标，不使用有毒有害原料，"
                        "但熟料单位产品综合能耗超过了国家限额标准。下列说法哪一项正确？"
                    ),
                    "options": [
                        {
                            "text": "排放达标的企业不属于强制性审核范围，可以自愿开展审核。",
                            "correct": False,
                            "feedback": (
                                "不正确。2012年修法后，能耗超限额本身就是强制性审核的情形。"
                            ),
                        },
                        {
                            "text": (
                                "该企业构成高耗能，应由节能主管部门列入名单并开展强制性审核，"
                                "审核重点应放在主要耗能工序。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。超过单位产品能耗限额是第三种强制性审核情形，"
                                "审核要针对列入名单的原因。"
                            ),
                        },
                        {
                            "text": "只有同时超标排放时，能耗超限额才会触发强制性审核。",
                            "correct": False,
                            "feedback": "不正确。三种情形相互独立，符合其中任何一种即可。",
                        },
                    ],
                    "explanation": (
                        "强制性审核的三种情形是：超标或超总量、使用或排放有毒有害物质、"
                        "超过单位产品能耗限额。任何一种都足以列入名单。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "What has changed in CP law and rules",
        "summary": (
            "The changes brought by the 2012 revision of the CP Promotion Law and the 2016 CP "
            "Audit Measures, above all the third trigger for a compulsory audit, exceeding an "
            "energy-consumption limit per unit product, and what it means for the audit focus, "
            "the balances and the targets."
        ),
        "body": [
            ("heading", "The CP Promotion Law as revised in 2012"),
            (
                "paragraph",
                (
                    "<p>The CP Promotion Law was adopted in 2002 and took effect on 1 January "
                    "2003. It was revised in February 2012, and the revised text has applied since "
                    "1 July 2012. If you were certified before then, or have mostly worked on "
                    "voluntary audits, these are the changes to be sure of:</p><ol><li><b>Three "
                    "triggers for a compulsory audit instead of two.</b> Besides enterprises that "
                    "exceed discharge standards or total-volume targets, and those that use toxic "
                    "or hazardous materials or discharge toxic or hazardous substances, an "
                    "enterprise whose energy use per unit of product exceeds the limit standard, "
                    "making it energy-intensive, must also carry out a compulsory audit. The "
                    "energy-conservation authority draws up and publishes the list of these "
                    "enterprises.</li><li><b>Audit results must be reported and published.</b> An "
                    "enterprise under a compulsory audit reports its results to the local CP "
                    "coordinating department and environmental authority at county level or "
                    "above, and publishes them in the main local media, except for commercial "
                    "secrets.</li><li><b>Assessment and acceptance have a legal basis.</b> "
                    "Departments at county level and above supervise compulsory audits and may "
                    "organise assessment and acceptance of the results. The cost is met from the "
                    "government budget, and the body doing the work may not charge the "
                    "enterprise.</li><li><b>Clearer liability.</b> An enterprise that does not "
                    "carry out a compulsory audit, falsifies it, or fails to report its results "
                    "truthfully is ordered to put this right within a time limit; if it refuses, "
                    "it is fined between RMB 50,000 and 500,000.</li></ol>"
                ),
            ),
            ("heading", "The supporting rules have changed too"),
            (
                "table",
                {
                    "data": [
                        ["Change", "When", "What it means for your audits"],
                        [
                            "Exceeding an energy-consumption limit becomes a compulsory trigger",
                            "2012 revision, in force from 1 July 2012",
                            (
                                "Energy-intensive enterprises are listed; the audit focus must "
                                "cover the main energy-using processes, and the energy balance "
                                "and per-unit energy targets become central"
                            ),
                        ],
                        [
                            "Assessment and acceptance written into the law",
                            "2012 revision",
                            (
                                "The two-step procedure of the 2008 Guideline has a legal basis; "
                                "the government pays for it and the enterprise is not charged"
                            ),
                        ],
                        [
                            "The CP Audit Measures replace the 2004 interim measures",
                            "Issued 2016, in force from 1 July 2016",
                            (
                                "Within 1 month of the list: publish the enterprise's data; "
                                "within 2 months: start the audit; within 1 year: finish and "
                                "submit the report. Audits for toxic or hazardous substances "
                                "recur at most 5 years apart"
                            ),
                        ],
                        [
                            "Measures for environmental information disclosure",
                            "Issued 2021, in force from February 2022",
                            (
                                "Enterprises under a compulsory audit publish its reason, how it "
                                "was carried out and its assessment and acceptance results in "
                                "their annual report (next lesson)"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "The main changes a practising auditor must know",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Auditing an enterprise listed for its energy use",
                    "text": (
                        "<ul><li>Choose an audit focus in the process or system that uses the "
                        "most energy and is directly linked to the exceeded limit, not the one "
                        "where results come easiest.</li><li>In pre-assessment, compare each "
                        "product's comprehensive energy use per unit with the limit standard, "
                        "and state the reporting boundary and the coefficients used to convert "
                        "to standard coal.</li><li>In assessment, measure an energy balance as "
                        "well as the material balance, and find where heat and power are "
                        "lost.</li><li>Write the CP targets as energy use per unit of product, "
                        "with the date by which the limit will be met.</li><li>At assessment and "
                        "acceptance the first question will be: did the audit deal with the "
                        "reason the enterprise was listed?</li></ul>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "regulation",
                    "title": "Responsibilities of enterprises and auditors",
                    "text": (
                        "<p>The enterprise remains responsible for its compulsory audit even when "
                        "it hires a consultancy. Consultancies and auditors who falsify an audit "
                        "are publicly named and held to account, and the certifying body may "
                        "suspend or revoke their auditor certificates. On this platform a "
                        "suspended or revoked certificate shows as such on its public "
                        "verification page.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Energy-consumption limit per unit product",
                    "definition": (
                        "The most energy a national or local standard allows for making one unit "
                        "of a product, usually expressed in standard coal. An enterprise that "
                        "exceeds it is energy-intensive and must carry out a compulsory CP audit."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "A cement plant meets every discharge standard and uses no toxic "
                        "materials, but its comprehensive energy use per tonne of clinker is above "
                        "the national limit. Which statement is right?"
                    ),
                    "options": [
                        {
                            "text": (
                                "An enterprise that meets its discharge standards is outside the "
                                "compulsory scheme and may audit voluntarily."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Since the 2012 revision, exceeding an energy limit is "
                                "a trigger on its own."
                            ),
                        },
                        {
                            "text": (
                                "It is energy-intensive, so the energy-conservation authority "
                                "should list it for a compulsory audit focused on its main "
                                "energy-using processes."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Exceeding a per-unit energy limit is the third trigger, "
                                "and the audit must address the reason for listing."
                            ),
                        },
                        {
                            "text": (
                                "Exceeding an energy limit only triggers a compulsory audit if "
                                "discharges exceed standards as well."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. The three triggers are independent; any one is enough."
                            ),
                        },
                    ],
                    "explanation": (
                        "The three triggers are exceeding standards or totals, using or "
                        "discharging toxic or hazardous substances, and exceeding an energy limit "
                        "per unit product. Any one of them is enough to be listed."
                    ),
                },
            ),
        ],
    },
}


_REFRESHER_DISCLOSURE_DUTIES: dict = {
    "slug": "disclosure-duties-since-2021",
    "estimated_minutes": 75,
    "required": True,
    "preview": False,
    "zh": {
        "title": "2021年披露办法与审核工作",
        "summary": (
            "掌握《企业环境信息依法披露管理办法》的三个时间规则：年度报告3月15日前发布，"
            "临时报告5个工作日内发布，已披露信息的变更以新的报告说明变更事项和原因；"
            "以及这些规则如何影响审核数据和审核报告。"
        ),
        "body": [
            ("heading", "谁要披露、披露什么"),
            (
                "paragraph",
                (
                    "<p>生态环境部2021年发布的《企业环境信息依法披露管理办法》自2022年2月起施行。"
                    "设区的市级生态环境主管部门每年制定本地区的披露企业名单，"
                    "名单包括重点排污单位、实施强制性清洁生产审核的企业，"
                    "以及符合规定情形的上市公司和发债企业。企业是披露的责任主体，"
                    "要建立环境信息台账、保存原始记录，披露的数据优先采用符合监测规范的监测数据"
                    "和排污许可证执行报告数据。</p><p>实施强制性审核的企业，"
                    "除了排放、污染防治设施、固体废物、自行监测和违法处罚等常规内容外，"
                    "还要在年度报告中公开<b>实施强制性审核的原因、审核的实施情况"
                    "和评估与验收结果</b>。</p>"
                ),
            ),
            ("heading", "三个时间规则"),
            (
                "table",
                {
                    "data": [
                        ["报告", "时限", "触发条件和要点"],
                        [
                            "年度报告",
                            "每年3月15日前",
                            "披露上一年度1月1日至12月31日的环境信息",
                        ],
                        [
                            "临时报告",
                            "收到相关法律文书之日起5个工作日内",
                            (
                                "生态环境行政许可准予、变更、延续或撤销；受到行政处罚；"
                                "有关人员被行政拘留或被追究刑事责任；"
                                "达成或被判定生态环境损害赔偿"
                            ),
                        ],
                        [
                            "变更和更正",
                            "发现后及时以临时报告发布",
                            "写明变更的事项和原因；原报告保留，不覆盖、不删除",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "环境信息依法披露的时间规则",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "工作日怎么数",
                    "text": (
                        "<p>收到文书的当天不计入，周末和法定节假日不算工作日。"
                        "例如企业在某个星期四收到行政处罚决定书，其间没有节假日，"
                        "5个工作日依次是星期五、下周一、周二、周三、周四，"
                        "临时报告最迟应在下周四发布。遇到节假日要顺延，不要凭印象推算。</p>"
                    ),
                },
            ),
            ("heading", "对审核人员意味着什么"),
            (
                "paragraph",
                (
                    "<ol><li><b>审核数据要与披露数据对得上</b>："
                    "预评估收集的排放现状应与企业已披露的年度报告和排污许可证执行报告一致。"
                    "对不上时要查明原因，在审核报告中说明。</li><li><b>发现已披露数据有误</b>："
                    "应建议企业以临时报告公开更正的事项、原数值、新数值和原因，"
                    "而不是在审核报告中悄悄换用另一个数字。</li><li><b>审核成效终将公开</b>："
                    "评估验收结果要写进年度报告，审核中承诺的减排和节能效果，"
                    "公众可以用此后几年的披露数据来检验。</li><li><b>披露数据可用于对标</b>："
                    "同行业企业公开的单位产品排放和能耗，是设定审核目标时有用的参考。</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：审核中发现披露数据有误",
                    "text": (
                        "<p>审核组在某示例化工企业核对废水台账时发现，"
                        "企业上一年度年度报告中的COD年排放量按错误的流量计系数计算，"
                        "披露值为46吨，按校准后的系数应为54吨。审核组没有直接在审核报告中"
                        "采用新数值了事，而是建议企业发布临时报告，写明更正的事项、"
                        "原披露值46吨、更正值54吨、原因（流量计系数错误）和依据（校准报告）。"
                        "审核报告以54吨作为基准，并引用这份临时报告。"
                        "以上情景仅用于教学演示。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "临时环境信息依法披露报告",
                    "definition": (
                        "企业在收到行政许可、行政处罚等法律文书之日起5个工作日内发布的报告，"
                        "也是变更或更正已披露信息的方式：写明变更的事项和原因，原报告保留。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业在一个星期一收到了行政处罚决定书，其后两周没有节假日。"
                        "临时报告最迟应在哪一天发布？"
                    ),
                    "options": [
                        {
                            "text": "同一周的星期五。",
                            "correct": False,
                            "feedback": "不正确。收到文书的当天不计入，星期五只是第4个工作日。",
                        },
                        {
                            "text": "下一个星期一。",
                            "correct": True,
                            "feedback": (
                                "正确。从星期二起数5个工作日：周二、周三、周四、周五、下周一。"
                            ),
                        },
                        {
                            "text": "次年3月15日，随年度报告一并披露。",
                            "correct": False,
                            "feedback": "不正确。临时报告有独立的时限，不能用年度报告代替。",
                        },
                    ],
                    "explanation": (
                        "临时报告在收到法律文书之日起5个工作日内发布，收到当天不计入，"
                        "周末和法定节假日不计。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Disclosure since 2021 and your audits",
        "summary": (
            "The three timing rules of the Measures for Environmental Information Disclosure: the "
            "annual report by 15 March, an ad-hoc report within 5 working days, and changes to "
            "published information made by a new report stating what changed and why; and how "
            "these rules affect audit data and audit reports."
        ),
        "body": [
            ("heading", "Who discloses, and what"),
            (
                "paragraph",
                (
                    "<p>The Ministry of Ecology and Environment issued the Measures for the "
                    "Administration of Enterprise Environmental Information Disclosure in 2021; "
                    "they have applied since February 2022. Every year the environmental "
                    "authority of each prefecture-level city lists the enterprises in its area "
                    "that must disclose: key pollutant dischargers, enterprises under a compulsory "
                    "CP audit, and listed companies and bond issuers that meet the conditions in "
                    "the measures. The enterprise is responsible for its own disclosure. It keeps "
                    "records of its environmental data and the original documents, and should "
                    "prefer monitoring data that meet national monitoring rules and the data in "
                    "its pollutant-discharge permit reports.</p><p>Besides the usual content "
                    "(discharges, pollution-control facilities, solid waste, self-monitoring, "
                    "violations and penalties), an enterprise under a compulsory audit also "
                    "publishes in its annual report <b>why it had to be audited, how the audit "
                    "was carried out, and the assessment and acceptance results</b>.</p>"
                ),
            ),
            ("heading", "Three timing rules"),
            (
                "table",
                {
                    "data": [
                        ["Report", "Deadline", "Triggers and points to note"],
                        [
                            "Annual report",
                            "By 15 March each year",
                            "Covers the previous calendar year, 1 January to 31 December",
                        ],
                        [
                            "Ad-hoc report",
                            "Within 5 working days of receiving the legal document",
                            (
                                "An environmental permit granted, changed, renewed or revoked; "
                                "an administrative penalty; staff detained or criminal liability "
                                "pursued; an environmental damage compensation agreed or ordered"
                            ),
                        ],
                        [
                            "Changes and corrections",
                            "Published as an ad-hoc report as soon as found",
                            (
                                "States what changed and why; the original report stays, never "
                                "overwritten or deleted"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Timing rules for environmental information disclosure",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Counting working days",
                    "text": (
                        "<p>The day the document arrives does not count, and weekends and public "
                        "holidays are not working days. If an enterprise receives a penalty "
                        "decision on a Thursday and there are no holidays, the five working days "
                        "are Friday, Monday, Tuesday, Wednesday and Thursday, so the ad-hoc report "
                        "is due by the following Thursday. Holidays push the deadline back: count "
                        "them on a calendar rather than from memory.</p>"
                    ),
                },
            ),
            ("heading", "What this means for auditors"),
            (
                "paragraph",
                (
                    "<ol><li><b>Audit data must agree with disclosed data.</b> The discharge "
                    "baseline collected in pre-assessment should match the enterprise's "
                    "published annual reports and permit reports. Where they differ, find out "
                    "why and explain it in the audit report.</li><li><b>When a disclosed figure "
                    "turns out to be wrong</b>, advise the enterprise to publish an ad-hoc report "
                    "giving the item, the old value, the new value and the reason, rather than "
                    "quietly using a different number in the audit report.</li><li><b>Audit "
                    "results will be public.</b> The assessment and acceptance results go into "
                    "the annual report, and anyone can test the savings and reductions an audit "
                    "promised against the disclosures of the following years.</li><li><b>"
                    "Disclosures help with benchmarking.</b> The per-unit discharges and energy "
                    "use that other enterprises in the sector publish are a useful reference when "
                    "setting audit targets.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: the audit finds a disclosure error",
                    "text": (
                        "<p>Checking the wastewater records of a fictional chemical plant, the "
                        "audit team finds that last year's annual report calculated annual COD "
                        "discharge with the wrong flow-meter factor: it disclosed 46 t, and the "
                        "calibrated factor gives 54 t. Instead of simply using the new figure in "
                        "the audit report, the team advises the enterprise to publish an ad-hoc "
                        "report stating the item corrected, the published value (46 t), the "
                        "corrected value (54 t), the reason (a wrong meter factor) and the "
                        "evidence (the calibration report). The audit report uses 54 t as the "
                        "baseline and cites the ad-hoc report. This scenario is for teaching "
                        "only.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Ad-hoc disclosure report",
                    "definition": (
                        "A report an enterprise publishes within 5 working days of receiving a "
                        "legal document such as a permit decision or a penalty. It is also how "
                        "published information is changed or corrected: it states what changed "
                        "and why, and the original report stays."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise receives a penalty decision on a Monday, and there are no "
                        "public holidays in the next two weeks. What is the last day for its "
                        "ad-hoc report?"
                    ),
                    "options": [
                        {
                            "text": "Friday of the same week.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. The day of receipt does not count, so Friday is only "
                                "the fourth working day."
                            ),
                        },
                        {
                            "text": "The following Monday.",
                            "correct": True,
                            "feedback": (
                                "Correct. Counting from Tuesday: Tuesday, Wednesday, Thursday, "
                                "Friday and the next Monday."
                            ),
                        },
                        {
                            "text": "15 March next year, together with the annual report.",
                            "correct": False,
                            "feedback": (
                                "Incorrect. Ad-hoc reports have their own deadline; the annual "
                                "report does not replace them."
                            ),
                        },
                    ],
                    "explanation": (
                        "An ad-hoc report is due within 5 working days of receiving the legal "
                        "document; the day of receipt, weekends and public holidays do not count."
                    ),
                },
            ),
        ],
    },
}


_REFRESHER_WHY_AUDITS_FAIL: dict = {
    "slug": "why-audits-fail-assessment-and-acceptance",
    "estimated_minutes": 90,
    "required": True,
    "preview": False,
    "zh": {
        "title": "评估验收：审核为什么不通过",
        "summary": (
            "回顾强制性审核评估和验收的两步程序，归纳审核在评估和验收中不通过的常见原因，"
            "以及审核人员从第一天起就能采取的预防措施。"
        ),
        "body": [
            ("heading", "两步程序回顾"),
            (
                "paragraph",
                (
                    "<p>按照2008年《重点企业清洁生产审核评估、验收实施指南（试行）》，"
                    "强制性审核要逐一经过两步把关：</p><ul><li><b>评估</b>在审核报告完成后进行，"
                    "针对审核的工作过程，判断审核是否真实开展、报告是否可信，"
                    "以及方案的预期效益是否有可靠依据；</li><li><b>验收</b>"
                    "在中/高费方案实施并稳定运行后进行，核实这些方案的实际成效，"
                    "并对本轮审核作出最终结论。</li></ul><p>两步的关注点不同："
                    "评估看“过程和预期”，验收看“实际和结果”。"
                    "不少审核在评估时顺利通过，却在验收时因为拿不出实测成效而被退回。</p>"
                ),
            ),
            ("heading", "常见的不通过原因"),
            (
                "table",
                {
                    "data": [
                        ["环节", "常见问题", "怎样避免"],
                        [
                            "评估",
                            "“纸面审核”：报告套用模板，员工不知道审核，没有培训和会议记录",
                            "审核小组真正参与，保存工作计划、培训、会议和现场调查记录",
                        ],
                        [
                            "评估",
                            "审核组成员的审核师证书已过期或无法核验",
                            "审核开始前逐一核验证书状态，证书到期前及时复训",
                        ],
                        [
                            "评估",
                            "现状数据无法追溯，或与披露数据、排污许可证执行报告不一致",
                            "每个数据注明来源，差异查明原因并在报告中说明",
                        ],
                        [
                            "评估",
                            "审核重点没有针对列入名单的原因，例如因高耗能列入却只审核用水",
                            "先写明列入名单的原因，再用它检验审核重点和目标",
                        ],
                        [
                            "评估",
                            "物料平衡不是实测得出，或相对误差超过±5%仍直接用于分析",
                            "按测试方案实测，平衡闭合后再分析废物产生原因",
                        ],
                        [
                            "评估",
                            "只有管理类无/低费方案，没有解决超标、有毒有害物质或超能耗的中/高费方案",
                            "针对主要问题提出技术类方案，并完成技术、环境和经济可行性分析",
                        ],
                        [
                            "评估",
                            "预期效益照抄设备供应商资料，没有计算依据",
                            "用审核中实测的基准数据和明确的假设计算效益",
                        ],
                        [
                            "验收",
                            "中/高费方案未实施，或设备已安装但没有正常运行",
                            "按计划实施，保存合同、发票、调试和运行记录",
                        ],
                        [
                            "验收",
                            "成效用设计值代替实测值，没有实施后的监测数据",
                            "实施前约定监测方案，稳定运行后按同一方法实测",
                        ],
                        [
                            "验收",
                            "前后对比没有考虑产量变化和监测方法变化",
                            "用单位产品指标比较，并保持边界和方法一致",
                        ],
                        [
                            "验收",
                            "排放仍未稳定达标，或没有建立持续清洁生产的机制",
                            "把稳定达标作为首要目标，落实管理制度、考核指标和下一轮计划",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "评估和验收中审核不通过的常见原因",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "从第一天起按验收的要求留证据",
                    "text": (
                        "<p>验收专家要看的是证据而不是描述。审核一开始就建立证据清单："
                        "实测原始记录和采样照片、仪表读数和校准证书、物料平衡计算表、"
                        "方案的可行性分析、设备合同和发票、调试和运行记录、"
                        "实施前后同口径的监测报告，以及效益核算所用的财务数据。"
                        "证据齐全的审核，评估和验收都会顺利得多。</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "一票否决",
                    "text": (
                        "<p>各地评分表普遍设有否决项，例如数据造假、审核人员无有效证书、"
                        "审核重点与列入名单的原因无关。触及否决项的审核，"
                        "其他部分做得再好也不能通过。</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "否决项",
                    "definition": (
                        "评估或验收评分表中单独列出的条件，一旦出现就直接判定不通过，"
                        "与总分无关，例如数据造假。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "某企业因单位产品能耗超过限额被列入强制性审核名单，"
                        "审核报告选择污水处理站作为审核重点，提出了几项节水方案。"
                        "评估时最可能出现什么结果？"
                    ),
                    "options": [
                        {
                            "text": "只要节水方案的经济效益好，就可以通过评估。",
                            "correct": False,
                            "feedback": (
                                "不正确。方案再好，没有针对列入名单的原因，审核就没有完成任务。"
                            ),
                        },
                        {
                            "text": (
                                "不通过：审核重点没有针对高耗能这一列入原因，"
                                "应改为主要耗能工序并补做能量平衡。"
                            ),
                            "correct": True,
                            "feedback": "正确。评估首先检验审核是否解决了企业被列入名单的问题。",
                        },
                        {
                            "text": "评估只看报告格式，审核重点由企业自行决定。",
                            "correct": False,
                            "feedback": "不正确。审核重点是否合理是评估的重点内容之一。",
                        },
                    ],
                    "explanation": (
                        "强制性审核的审核重点和目标必须针对企业被列入名单的原因，否则评估不能通过。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Assessment and acceptance: why audits fail",
        "summary": (
            "A recap of the two-step assessment and acceptance of compulsory audits, the common "
            "reasons audits fail at each step, and what auditors can do from the first day to "
            "avoid them."
        ),
        "body": [
            ("heading", "The two steps again"),
            (
                "paragraph",
                (
                    "<p>Under the Guideline for Assessment and Acceptance of CP Audits in Key "
                    "Enterprises (trial) of 2008, every compulsory audit passes two checks:</p>"
                    "<ul><li><b>Assessment</b> comes after the audit report is finished. It looks "
                    "at how the audit was done: was it really carried out, can the report be "
                    "trusted, and do the estimated benefits of the options rest on a sound "
                    "basis?</li><li><b>Acceptance</b> comes after the mid/high-cost options have "
                    "been implemented and have run steadily. It verifies what those options "
                    "actually achieved and gives the audit round its final conclusion.</li></ul>"
                    "<p>The two steps look at different things: assessment at the process and "
                    "the expectations, acceptance at the facts and the results. Many audits pass "
                    "assessment without trouble and are then sent back at acceptance because "
                    "they cannot show measured results.</p>"
                ),
            ),
            ("heading", "Common reasons for failing"),
            (
                "table",
                {
                    "data": [
                        ["Step", "Common problem", "How to avoid it"],
                        [
                            "Assessment",
                            (
                                "A paper audit: the report follows a template, staff know nothing "
                                "of the audit, there are no training or meeting records"
                            ),
                            (
                                "Involve the audit team for real; keep the work plan, training, "
                                "meeting and site-survey records"
                            ),
                        ],
                        [
                            "Assessment",
                            "Team members' auditor certificates have expired or cannot be verified",
                            (
                                "Verify every certificate before the audit starts; take the "
                                "refresher before a certificate expires"
                            ),
                        ],
                        [
                            "Assessment",
                            (
                                "Baseline data cannot be traced, or disagree with disclosures and "
                                "permit reports"
                            ),
                            "Give the source of every figure; explain any difference found",
                        ],
                        [
                            "Assessment",
                            (
                                "The audit focus ignores the reason for listing, e.g. listed for "
                                "energy use but auditing only water"
                            ),
                            (
                                "Write down the reason for listing first and test the focus and "
                                "targets against it"
                            ),
                        ],
                        [
                            "Assessment",
                            (
                                "The material balance was not measured, or its relative error is "
                                "above ±5% and it was used anyway"
                            ),
                            (
                                "Measure to a test plan; analyse the causes of waste only once the "
                                "balance closes"
                            ),
                        ],
                        [
                            "Assessment",
                            (
                                "Only no/low-cost management options, none of the mid/high-cost "
                                "options needed for exceedances, toxic substances or energy"
                            ),
                            (
                                "Propose technical options aimed at the main problem, with "
                                "technical, environmental and economic feasibility analysis"
                            ),
                        ],
                        [
                            "Assessment",
                            "Estimated benefits copied from suppliers' brochures with no workings",
                            "Calculate benefits from the measured baseline with stated assumptions",
                        ],
                        [
                            "Acceptance",
                            (
                                "Mid/high-cost options not implemented, or installed but not in "
                                "normal operation"
                            ),
                            (
                                "Implement to plan; keep contracts, invoices, commissioning and "
                                "operating records"
                            ),
                        ],
                        [
                            "Acceptance",
                            "Design values used instead of measured results; no monitoring after",
                            (
                                "Agree the monitoring plan beforehand; measure by the same method "
                                "once operation is stable"
                            ),
                        ],
                        [
                            "Acceptance",
                            (
                                "Before-and-after comparison ignores changes in output or in "
                                "monitoring methods"
                            ),
                            "Compare per unit of product, with the same boundary and methods",
                        ],
                        [
                            "Acceptance",
                            (
                                "Discharges still not steadily within standards, or no "
                                "arrangements for sustaining CP"
                            ),
                            (
                                "Make steady compliance the first target; put management rules, "
                                "indicators and the next round's plan in place"
                            ),
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Common reasons audits fail assessment and acceptance",
                },
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Keep the evidence acceptance will ask for, from day one",
                    "text": (
                        "<p>Acceptance experts want evidence, not descriptions. Start an evidence "
                        "list when the audit begins: raw measurement records and sampling photos, "
                        "meter readings and calibration certificates, the material balance "
                        "workings, the feasibility analyses, equipment contracts and invoices, "
                        "commissioning and operating records, monitoring reports from before and "
                        "after on the same basis, and the financial data behind the benefit "
                        "figures. An audit with complete evidence goes through both steps far "
                        "more smoothly.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Veto items",
                    "text": (
                        "<p>Local scoring sheets usually contain veto items, such as falsified "
                        "data, auditors without valid certificates, or an audit focus unrelated to "
                        "the reason for listing. An audit that hits a veto item fails however well "
                        "the rest was done.</p>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Veto item",
                    "definition": (
                        "A condition listed separately on an assessment or acceptance scoring "
                        "sheet that fails the audit outright, whatever its total score, such as "
                        "falsified data."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "An enterprise was listed for a compulsory audit because its energy use "
                        "per unit of product exceeds the limit. The audit report chose the "
                        "wastewater treatment station as its focus and proposes several "
                        "water-saving options. What is the most likely outcome at assessment?"
                    ),
                    "options": [
                        {
                            "text": (
                                "It passes, as long as the water-saving options pay back well."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. However good the options, an audit that ignores the "
                                "reason for listing has not done its job."
                            ),
                        },
                        {
                            "text": (
                                "It fails: the focus does not address the energy intensity the "
                                "enterprise was listed for. It should move to the main "
                                "energy-using processes, with a measured energy balance."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Assessment first checks that the audit dealt with the "
                                "reason the enterprise was listed."
                            ),
                        },
                        {
                            "text": (
                                "Assessment only checks the report's format; the focus is the "
                                "enterprise's choice."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Whether the focus is sound is one of the main things "
                                "assessment looks at."
                            ),
                        },
                    ],
                    "explanation": (
                        "The focus and targets of a compulsory audit must address the reason the "
                        "enterprise was listed; otherwise it cannot pass assessment."
                    ),
                },
            ),
        ],
    },
}


_REFRESHER_AUDIT_QUALITY: dict = {
    "slug": "baselines-balances-and-verified-results",
    "estimated_minutes": 90,
    "required": True,
    "preview": False,
    "zh": {
        "title": "审核质量：基准、平衡与成效核实",
        "summary": (
            "从评估验收的经验出发，讲清楚三件决定审核质量的事：建立可信的基准，"
            "做出实测且闭合的物料平衡和能量平衡，以及用可比的数据核实中/高费方案的实际成效。"
        ),
        "body": [
            ("heading", "可信的基准"),
            (
                "paragraph",
                (
                    "<p>基准是审核前的状态，审核目标和审核成效都以它为比较对象。"
                    "基准不可信，后面的目标、方案效益和验收结论都站不住。"
                    "建立基准时要做到：</p><ul><li>通常回溯近三年的数据，"
                    "对停产、检修、产品结构调整等异常年份加以说明；</li><li>"
                    "既给出总量，也给出单位产品指标，因为产量变化会掩盖或夸大真实变化；</li><li>"
                    "写明边界：哪些车间、哪些工序、哪些排放口计入；</li><li>"
                    "每一个数据都能追溯到原始来源，并与其他来源交叉核对。</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["数据", "可靠来源", "交叉核对"],
                        ["产量", "生产统计报表、销售和入库记录", "与主要原料消耗的比例是否稳定"],
                        [
                            "原辅材料",
                            "采购发票、出入库记录",
                            "消耗量＝采购量＋期初库存－期末库存",
                        ],
                        ["用水", "水表读数、水费单据", "与废水排放量和蒸发损失是否匹配"],
                        [
                            "能源",
                            "电费单据、燃料发票、蒸汽流量计",
                            "折标准煤系数是否规范，与能源统计报表是否一致",
                        ],
                        [
                            "污染物排放",
                            "监测报告、在线监测数据、排污许可证执行报告",
                            "与已披露的年度报告是否一致",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "基准数据的来源和核对方法",
                },
            ),
            ("heading", "实测且闭合的物料平衡和能量平衡"),
            (
                "paragraph",
                (
                    "<p>评估专家最常追问的是：平衡是测出来的，还是算出来的？"
                    "好的平衡要满足以下要求：</p><ul><li>按事先编制的测试方案，"
                    "在正常、有代表性的工况下，跨越多个班次实测输入和输出物流；</li><li>"
                    "使用经过校准的仪表，记录原始读数；</li><li>相对误差＝（输入总量－输出总量）"
                    "÷输入总量×100%，一般应在±5%以内；超出时先查找漏测物流或计量问题，"
                    "补测后再分析；</li><li>不能用一个来历不明的“其他损失”把平衡凑平；</li><li>"
                    "因高耗能列入名单的企业，要对主要耗能设备和系统做能量平衡，"
                    "找出烟气、冷凝水、散热和设备低效运行造成的损失。</li></ul>"
                ),
            ),
            ("heading", "核实中/高费方案的实际成效"),
            (
                "paragraph",
                (
                    "<p>验收时要证明的是“方案实施后确实带来了多少改善”。核实成效应当做到："
                    "</p><ul><li>在方案稳定运行足够长的时间后取数，而不是用调试期几天的数据"
                    "推算全年；</li><li>实施前后用同样的边界、同样的监测方法，"
                    "按单位产品比较；</li><li>几项方案同时实施时，尽量分开计量，"
                    "不要把管理措施的效果记到技术方案名下；</li><li>"
                    "经济效益与财务记录核对；</li><li>与可行性分析中的预期对比，"
                    "差距较大时说明原因。</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "示例：总量和单位产品指标",
                    "text": (
                        "<p>某示例印染企业实施逆流漂洗改造（中/高费方案）。"
                        "改造前一年用水120,000吨、产布3,000吨，单位产品用水40吨/吨；"
                        "改造后稳定运行一年用水112,000吨、产布3,500吨，单位产品用水32吨/吨。</p>"
                        "<ul><li>只看总量，用水仅下降约6.7%（8,000÷120,000），成效被产量增长掩盖；"
                        "</li><li>按单位产品比较，用水下降20%（（40－32）÷40）；</li><li>"
                        "按改造后的产量计算，方案每年节水（40－32）×3,500＝28,000吨。</li></ul>"
                        "<p>可行性分析预计单位产品用水下降25%，实际为20%。"
                        "验收材料应说明差距的原因，例如漂洗水回用管线尚未全部接通，"
                        "并给出完成时间。以上数据仅用于教学演示。</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "常见的成效核实陷阱",
                    "text": (
                        "<ul><li>用设计产能或设备供应商的保证值代替实测结果；</li><li>"
                        "用调试期几天的数据推算全年效益；</li><li>"
                        "实施前后监测点位或方法不同，却直接比较；</li><li>"
                        "把同期其他改造或减产带来的变化记为方案成效。</li></ul>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "基准期",
                    "definition": (
                        "审核前用来描述企业现状的时间段，通常为近三年。"
                        "审核目标和方案成效都与基准期的单位产品指标比较。"
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "按上面印染企业的示例数据，下列哪一种说法最能准确反映方案的成效？"
                    ),
                    "options": [
                        {
                            "text": "用水总量只下降约6.7%，方案基本没有效果。",
                            "correct": False,
                            "feedback": "不正确。产量增长了约17%，只看总量会低估方案的成效。",
                        },
                        {
                            "text": (
                                "单位产品用水下降20%，按当前产量每年节水约28,000吨，"
                                "比预期的25%低，需要说明原因。"
                            ),
                            "correct": True,
                            "feedback": (
                                "正确。按单位产品比较，并与可行性分析的预期对照，才是完整的核实。"
                            ),
                        },
                        {
                            "text": "可行性分析预计下降25%，验收时直接采用25%即可。",
                            "correct": False,
                            "feedback": "不正确。验收核实的是实际成效，不能用预期值代替实测值。",
                        },
                    ],
                    "explanation": (
                        "产量变化时，用单位产品指标比较实施前后的数据，"
                        "并与可行性分析中的预期对照、解释差距。"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Audit quality: baselines, balances and verified results",
        "summary": (
            "Lessons from assessment and acceptance on the three things that decide an audit's "
            "quality: a credible baseline, measured material and energy balances that close, and "
            "verifying what mid/high-cost options really achieved with comparable data."
        ),
        "body": [
            ("heading", "A credible baseline"),
            (
                "paragraph",
                (
                    "<p>The baseline is the state before the audit, against which the targets and "
                    "the results are both measured. If the baseline cannot be trusted, neither "
                    "can the targets, the option benefits or the acceptance decision. When you "
                    "build it:</p><ul><li>go back over the last three years as a rule, and "
                    "explain unusual years such as shutdowns, overhauls or a change in product "
                    "mix;</li><li>give figures per unit of product as well as totals, because "
                    "changes in output can hide or exaggerate real change;</li><li>state the "
                    "boundary: which workshops, processes and outlets are included;</li><li>make "
                    "every figure traceable to its original source and cross-check it against "
                    "another.</li></ul>"
                ),
            ),
            (
                "table",
                {
                    "data": [
                        ["Data", "Reliable sources", "Cross-check"],
                        [
                            "Output",
                            "Production statistics, sales and warehouse records",
                            "Is its ratio to the main raw materials stable?",
                        ],
                        [
                            "Raw and auxiliary materials",
                            "Purchase invoices, stock records",
                            "Use = purchases + opening stock − closing stock",
                        ],
                        [
                            "Water",
                            "Water-meter readings, water bills",
                            "Does it match wastewater discharge plus evaporation?",
                        ],
                        [
                            "Energy",
                            "Electricity bills, fuel invoices, steam meters",
                            (
                                "Are standard-coal coefficients the standard ones, and do the "
                                "figures agree with energy statistics reports?"
                            ),
                        ],
                        [
                            "Discharges",
                            "Monitoring reports, online monitoring, permit reports",
                            "Do they agree with the published annual disclosure report?",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Sources and checks for baseline data",
                },
            ),
            ("heading", "Measured balances that close"),
            (
                "paragraph",
                (
                    "<p>The question assessors ask most often is: was this balance measured or "
                    "calculated? A good balance:</p><ul><li>measures the input and output "
                    "streams to a test plan drawn up in advance, under normal, representative "
                    "operation, over several shifts;</li><li>uses calibrated instruments and "
                    "keeps the raw readings;</li><li>has a relative error, (total input − total "
                    "output) ÷ total input × 100%, within ±5% as a rule; if it is larger, look "
                    "for unmeasured streams or metering faults and measure again before "
                    "analysing causes;</li><li>is never closed with an unexplained “other "
                    "losses” item;</li><li>for an enterprise listed for its energy use, includes "
                    "an energy balance of the main energy-using equipment and systems, showing "
                    "the losses to flue gas, condensate, radiated heat and equipment running "
                    "below its best efficiency.</li></ul>"
                ),
            ),
            ("heading", "Verifying what mid/high-cost options achieved"),
            (
                "paragraph",
                (
                    "<p>At acceptance you must show how much an option really improved things "
                    "once it was in place. To verify results:</p><ul><li>take figures after the "
                    "option has run steadily for long enough, not a few days of commissioning "
                    "data scaled up to a year;</li><li>use the same boundary and the same "
                    "monitoring methods before and after, and compare per unit of product;</li>"
                    "<li>when several options are implemented at once, meter them separately "
                    "where you can, and do not credit a technical option with the effect of "
                    "management measures;</li><li>check the economic benefits against the "
                    "financial records;</li><li>compare the results with the feasibility "
                    "analysis and explain any large gap.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "title": "Illustrative example: totals and per-unit figures",
                    "text": (
                        "<p>A fictional dyeing plant installs counter-current rinsing, a "
                        "mid/high-cost option. In the year before, it used 120,000 t of water "
                        "for 3,000 t of fabric: 40 t of water per tonne. In its first full year "
                        "of steady operation afterwards it used 112,000 t for 3,500 t: 32 t per "
                        "tonne.</p><ul><li>On totals alone, water use fell only about 6.7% "
                        "(8,000 ÷ 120,000): the higher output hides the result.</li><li>Per unit "
                        "of product, water use fell 20% ((40 − 32) ÷ 40).</li><li>At the new "
                        "output, the option saves (40 − 32) × 3,500 = 28,000 t of water a "
                        "year.</li></ul><p>The feasibility analysis predicted a 25% cut per unit; "
                        "the plant achieved 20%. The acceptance documents should explain the gap, "
                        "for instance that the rinse-water reuse pipework is not yet fully "
                        "connected, and say when it will be. These figures are for teaching "
                        "only.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Common traps when verifying results",
                    "text": (
                        "<ul><li>Using design capacity or a supplier's guaranteed figures instead "
                        "of measured results.</li><li>Scaling a few days of commissioning data up "
                        "to a year.</li><li>Comparing before and after data taken at different "
                        "sampling points or by different methods.</li><li>Crediting the option "
                        "with changes that came from other projects or lower output in the same "
                        "period.</li></ul>"
                    ),
                },
            ),
            (
                "glossary",
                {
                    "term": "Baseline period",
                    "definition": (
                        "The period used to describe the enterprise before the audit, usually the "
                        "last three years. Audit targets and option results are both compared "
                        "with its per-unit figures."
                    ),
                },
            ),
            (
                "self_check",
                {
                    "question": (
                        "Using the dyeing plant's figures above, which statement best describes "
                        "what the option achieved?"
                    ),
                    "options": [
                        {
                            "text": (
                                "Total water use fell only about 6.7%, so the option hardly worked."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Output rose by about 17%; looking only at totals "
                                "understates the result."
                            ),
                        },
                        {
                            "text": (
                                "Water per tonne fell 20%, saving about 28,000 t a year at current "
                                "output; that is below the 25% expected, and the gap needs "
                                "explaining."
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Comparing per unit of product and against the "
                                "feasibility analysis is what full verification means."
                            ),
                        },
                        {
                            "text": (
                                "The feasibility analysis predicted 25%, so acceptance can simply "
                                "record 25%."
                            ),
                            "correct": False,
                            "feedback": (
                                "Incorrect. Acceptance verifies actual results; an expected value "
                                "cannot replace a measured one."
                            ),
                        },
                    ],
                    "explanation": (
                        "When output changes, compare before and after per unit of product, then "
                        "check the result against the feasibility analysis and explain any gap."
                    ),
                },
            ),
        ],
    },
}


REFRESHER_COURSE: dict = {
    "slug": "cp-auditor-refresher",
    "track": "auditor",
    "completion_rule": "all_lessons",
    "attendance_required": False,
    "self_paced": True,
    "duration_days": 1,
    "duration_hours": 8,
    "certificate_validity_years": 3,
    "instruction_language": "bilingual",
    "zh": {
        "title": "清洁生产审核师复训课程",
        "summary": (
            "面向已取得清洁生产审核师证书的人员的一天自学复训课程："
            "2012年清洁生产促进法修正和此后配套规定的变化，2021年环境信息依法披露的要求，"
            "强制性审核评估验收中审核不通过的常见原因，以及基准、平衡和成效核实等审核质量要点。"
            "复训考核合格后，审核师证书续期3年。"
        ),
        "audience": (
            "证书即将到期或已经到期、需要续期的清洁生产审核师，"
            "以及希望了解法规和评估验收新要求的咨询机构审核人员和企业审核小组技术骨干。"
        ),
        "learning_outcomes": [
            "说明2012年修法后强制性审核的三种情形，并针对因高耗能列入名单的企业确定审核重点",
            "按2021年披露办法判断年度报告和临时报告的时限，正确处理已披露数据的更正",
            "识别审核在评估和验收中不通过的常见原因，并在审核过程中预先防范",
            "建立可追溯、按单位产品表示的基准，做出实测且闭合的物料平衡和能量平衡",
            "用可比的数据核实中/高费方案的实际成效，并解释与预期的差距",
        ],
        "prerequisites": (
            "<p>持有（或曾经持有）清洁生产审核师证书，即已完成全国清洁生产审核师培训班"
            "并通过结业考试。尚未取得证书的学员请报名五天的全国清洁生产审核师培训班。</p>"
        ),
        "final_exam_intro": (
            "<p>学完全部课时后参加复训考核：共20道客观题，限时45分钟，成绩达到70%为合格，"
            "最多可以考3次。考核合格即为审核师证书续期3年：在原证书到期前提前复训的，"
            "新的有效期从原证书到期之日起算；原证书已经到期的，从考核合格之日起算。</p>"
        ),
    },
    "en": {
        "title": "CP auditor refresher course",
        "summary": (
            "A one-day, self-paced refresher for certified CP auditors: the 2012 revision of the "
            "CP Promotion Law and the rules that followed, the 2021 disclosure requirements, the "
            "common reasons compulsory audits fail assessment and acceptance, and the quality "
            "essentials of baselines, balances and verified results. Passing the refresher "
            "assessment renews the auditor certificate for 3 years."
        ),
        "audience": (
            "CP auditors whose certificate is about to expire or has expired, and consultancy "
            "auditors and technical members of enterprise audit teams who want to catch up on the "
            "current rules and on what assessment and acceptance look for."
        ),
        "learning_outcomes": [
            (
                "Name the three triggers for a compulsory audit since the 2012 revision, and set "
                "the audit focus for an enterprise listed for its energy use"
            ),
            (
                "Apply the 2021 disclosure deadlines for annual and ad-hoc reports, and handle "
                "corrections to published data properly"
            ),
            (
                "Recognise the common reasons audits fail assessment and acceptance, and prevent "
                "them during the audit"
            ),
            (
                "Build a traceable per-unit baseline and measured material and energy balances "
                "that close"
            ),
            (
                "Verify what mid/high-cost options achieved with comparable data, and explain any "
                "gap from the estimates"
            ),
        ],
        "prerequisites": (
            "<p>You hold, or have held, the CP auditor certificate: you completed the National "
            "Training Course for CP Auditors and passed its final exam. If you have never been "
            "certified, enrol in the five-day National Training Course for CP Auditors "
            "instead.</p>"
        ),
        "final_exam_intro": (
            "<p>When you have finished all the lessons, take the refresher assessment: a "
            "20-question objective quiz in 45 minutes, with 70% needed to pass and up to 3 "
            "attempts. Passing renews your auditor certificate for 3 years. If you renew before "
            "your certificate expires, the new 3 years run from the old certificate's expiry "
            "date; if it has already expired, they run from the day you pass.</p>"
        ),
    },
    "units": [
        {
            "slug": "unit-1",
            "number": 1,
            "zh": {
                "title": "第一单元：法规和披露要求的变化",
                "summary": "2012年修法和2016年审核办法带来的变化，以及2021年披露办法的时间规则。",
            },
            "en": {
                "title": "Unit 1: What has changed in law and disclosure",
                "summary": (
                    "The changes made by the 2012 revision of the law and the 2016 Audit "
                    "Measures, and the timing rules of the 2021 disclosure measures."
                ),
            },
            "lessons": [_REFRESHER_CHANGES_IN_THE_LAW, _REFRESHER_DISCLOSURE_DUTIES],
        },
        {
            "slug": "unit-2",
            "number": 2,
            "zh": {
                "title": "第二单元：评估验收与审核质量",
                "summary": "审核在评估验收中不通过的常见原因，以及基准、平衡和成效核实的要点。",
            },
            "en": {
                "title": "Unit 2: Assessment, acceptance and audit quality",
                "summary": (
                    "Why audits fail assessment and acceptance, and the essentials of "
                    "baselines, balances and verified results."
                ),
            },
            "lessons": [_REFRESHER_WHY_AUDITS_FAIL, _REFRESHER_AUDIT_QUALITY],
        },
    ],
}
