# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Demo content for CP Hub: bilingual (Simplified Chinese / English) pages, regulations, news.

Pure data, loaded into Wagtail by the demo-data loader. Facts come from the China National
Cleaner Production Center paper "CP Promoting System in China" and from the disclosure rules
summarised in the project's reference notes; the wording is our own.

Body fields are StreamField values written as lists of ``(block_type, value)`` tuples using the
block types of ``content.blocks.BodyBlock``: "heading", "paragraph" (rich text), "callout" and
"table". ``link_slug`` and ``related_slug`` refer to the ``slug`` of another entry in this module.
"""

HOME: dict = {
    "zh": {
        "title": "首页",
        "hero_title": "清洁生产，从源头减污降耗",
        "hero_text": (
            "CP Hub 是国家清洁生产推进工作的线上平台。您可以在这里参加全国清洁生产审核师培训、"
            "取得可在线核验的证书，查阅重点企业依法公开的污染物排放和清洁生产成效，"
            "也可以把清洁生产课程模块接入高校教学平台。"
        ),
        "paths": [
            {
                "icon": "learn",
                "title": "学习与认证",
                "text": (
                    "参加为期5天的全国清洁生产审核师培训班，通过结业考试，"
                    "取得参与强制性清洁生产审核所需的证书。"
                    "政府工作人员和高校学生也有相应的学习路径。"
                ),
                "link_text": "进入清洁生产学院",
                "link_slug": "academy",
            },
            {
                "icon": "verify",
                "title": "核验证书",
                "text": (
                    "用人单位、委托审核的企业和主管部门无需注册，"
                    "凭核验码或证书编号加持证人姓名即可查询证书状态，"
                    "也可扫码核验或一次核验整个审核组。"
                ),
                "link_text": "了解核验方式",
                "link_slug": "verification",
            },
            {
                "icon": "disclose",
                "title": "企业信息披露",
                "text": (
                    "列入名单的重点企业在这里发布年度报告和临时报告；公众可以检索、"
                    "比较和下载已公开的排放数据和清洁生产审核成果。"
                ),
                "link_text": "阅读披露指南",
                "link_slug": "disclosure-guide",
            },
            {
                "icon": "embed",
                "title": "高校课程接入",
                "text": (
                    "高校可以通过 LTI 1.3 或网页嵌入，把清洁生产课程模块引入本校教学平台，"
                    "用于专业课程和职业教育。"
                ),
                "link_text": "查看高校接入指南",
                "link_slug": "universities",
            },
        ],
        "stats_heading": "清洁生产审核带来的实效",
        "stats": [
            {"value": "1500余", "unit": "家", "label": "2007年开展清洁生产审核的企业"},
            {"value": "3.8亿", "unit": "吨", "label": "节约用水"},
            {"value": "36.9亿", "unit": "千瓦时", "label": "节约用电"},
            {"value": "58.9亿", "unit": "元", "label": "取得经济效益"},
            {"value": "9.5万", "unit": "吨", "label": "化学需氧量（COD）减排"},
            {"value": "7.1万", "unit": "吨", "label": "二氧化硫减排"},
            {
                "value": "1.2万余",
                "unit": "名",
                "label": "持证审核师（截至2008年底，累计举办226期全国培训班）",
            },
        ],
        "stats_source": (
            "数据来源：中国国家清洁生产中心论文《CP Promoting System in China》。节水、节电、"
            "经济效益和减排数据为2007年1500余家企业开展清洁生产审核的合计成效；"
            "培训数据截至2008年底。"
        ),
    },
    "en": {
        "title": "Home",
        "hero_title": "Cleaner production: prevent pollution at the source",
        "hero_text": (
            "CP Hub is the online home of the national Cleaner Production programme. Train and "
            "qualify as a CP auditor and receive a certificate anyone can check online, look up "
            "the emissions and CP results that key enterprises publish by law, or bring CP course "
            "modules into your university's learning platform."
        ),
        "paths": [
            {
                "icon": "learn",
                "title": "Learn and qualify",
                "text": (
                    "Take the 5-day National Training Course for CP Auditors, pass the final exam "
                    "and earn the certificate required to work on a compulsory CP audit. "
                    "Government officers and university students have their own learning paths."
                ),
                "link_text": "Go to the CP Academy",
                "link_slug": "academy",
            },
            {
                "icon": "verify",
                "title": "Verify a certificate",
                "text": (
                    "Employers, enterprises and authorities can check an auditor's certificate "
                    "without an account: by verification code, or by certificate number and holder "
                    "name, by scanning its QR code, or for a whole audit team at once."
                ),
                "link_text": "How verification works",
                "link_slug": "verification",
            },
            {
                "icon": "disclose",
                "title": "Disclose and compare",
                "text": (
                    "Listed key enterprises file their annual and ad-hoc reports here. Anyone can "
                    "search, compare and download the published emissions data and CP audit "
                    "results."
                ),
                "link_text": "Read the disclosure guide",
                "link_slug": "disclosure-guide",
            },
            {
                "icon": "embed",
                "title": "Teach CP at your university",
                "text": (
                    "Universities and vocational colleges can add CP course modules to their own "
                    "learning platform through LTI 1.3, or embed them in a web page."
                ),
                "link_text": "Guide for universities",
                "link_slug": "universities",
            },
        ],
        "stats_heading": "What CP audits delivered",
        "stats": [
            {"value": "1,500+", "unit": "enterprises", "label": "completed a CP audit in 2007"},
            {"value": "380 million", "unit": "tonnes", "label": "of water saved"},
            {"value": "3.69 billion", "unit": "kWh", "label": "of electricity saved"},
            {"value": "5.89 billion", "unit": "RMB", "label": "in economic returns"},
            {"value": "95,000", "unit": "tonnes", "label": "less COD discharged"},
            {"value": "71,000", "unit": "tonnes", "label": "less sulphur dioxide (SO₂) emitted"},
            {
                "value": "12,000+",
                "unit": "auditors",
                "label": "certified by the end of 2008, across 226 national courses",
            },
        ],
        "stats_source": (
            "Source: China National Cleaner Production Center, “CP Promoting System in China”. "
            "Savings, returns and emission cuts are the combined 2007 results of more than 1,500 "
            "audited enterprises; training figures are as of the end of 2008."
        ),
    },
}

STANDARD_PAGES: list[dict] = [
    {
        "slug": "about",
        "show_in_menus": True,
        "zh": {
            "title": "关于 CP Hub",
            "intro": (
                "CP Hub 是国家清洁生产推进体系的线上门户，集培训认证与企业环境信息披露于一体。"
                "本页介绍平台的定位，以及支撑清洁生产工作的法规、管理、技术和教育培训体系。"
            ),
            "search_description": (
                "CP Hub 平台简介：清洁生产促进法、主管部门分工、七阶段审核方法、行业清洁生产标准、"
                "评价指标体系、技术导向目录、培训和信息公开。"
            ),
            "body": [
                ("heading", "平台做什么"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产强调从源头预防：通过改进设计、使用清洁的能源和原料、"
                        "采用先进的工艺和设备、改善管理、开展综合利用，减少污染物的产生，"
                        "而不是等污染产生后再去治理。1993年，世界银行支持的“中国推行清洁生产”"
                        "项目首次把这一理念引入我国。经过近二十年的探索，我国逐步形成了由法规、"
                        "行政管理、技术支撑和教育培训四个方面组成的清洁生产推进体系。</p><p>CP Hub "
                        "把这一体系中与从业人员、企业和公众关系最密切的两项工作搬到了线上："
                        "</p><ul><li><b>清洁生产学院</b>：开设全国清洁生产审核师培训班、"
                        "政府工作人员培训和高校课程模块，考试合格后签发可在线核验的证书；"
                        "</li><li><b>信息披露平台</b>："
                        "重点企业在此公开主要污染物排放情况和清洁生产审核成果，公众可以检索、"
                        "比较和下载。</li></ul><p>两部分相互衔接："
                        "企业公开的强制性清洁生产审核会列明审核组成员，"
                        "每位审核师的证书都可以链接到对应的公开核验页面。</p>"
                    ),
                ),
                ("heading", "法规体系"),
                (
                    "paragraph",
                    (
                        "<p>2003年施行的《中华人民共和国清洁生产促进法》"
                        "是我国第一部以清洁生产为主题的法律，标志着清洁生产推进工作进入法制化阶段。"
                        "这部法律以促进和激励为主，明确了各级政府部门的职责，"
                        "对清洁生产的实施和鼓励措施作了规定。2012年修正后，"
                        "强制性清洁生产审核的适用范围进一步扩大。</p><p>围绕这部法律，"
                        "有关部门陆续出台了配套规定，大体可以分为三类："
                        "</p><ul><li><b>技术性规定</b>：如《清洁生产审核暂行办法》"
                        "和《重点企业清洁生产审核程序的规定》，明确审核的要求和程序；"
                        "</li><li><b>管理性规定</b>：如《重点企业清洁生产审核评估、"
                        "验收实施指南（试行）》，用于把控强制性审核的质量；"
                        "</li><li><b>资金类规定</b>：如财政部制定的清洁生产专项资金管理办法，"
                        "支持重点行业中小企业实施清洁生产。</li></ul><p>各项规定的要点，"
                        "请查阅本站的法规库。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "哪些企业必须开展强制性清洁生产审核",
                        "text": (
                            "<p>按照现行法律，以下三类企业应当实施强制性清洁生产审核："
                            "</p><ol><li>污染物排放超过国家或地方排放标准，"
                            "或者超过重点污染物排放总量控制指标的；"
                            "</li><li>在生产中使用有毒有害原料，或者排放有毒有害物质的；"
                            "</li><li>超过单位产品能源消耗限额标准、"
                            "构成高耗能的（2012年修法时新增）。</li></ol>"
                        ),
                    },
                ),
                ("heading", "管理体系"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法施行后，国家层面形成了多部门分工协作的管理格局："
                        "</p><ul><li><b>国家发展和改革委员会</b>：统筹协调全国清洁生产促进工作。"
                        "曾组织起草清洁生产促进法，会同环境保护主管部门发布清洁生产审核暂行办法，"
                        "编制发布重点行业清洁生产技术导向目录和行业清洁生产评价指标体系，"
                        "并开展清洁生产示范城市建设和宣传推广。"
                        "</li><li><b>生态环境主管部门</b>（原国家环境保护总局、原环境保护部，"
                        "现生态环境部）：最早把清洁生产引入我国并开展企业审核试点，"
                        "负责监督清洁生产的实施，推动和规范重点企业的强制性清洁生产审核，"
                        "组织制定行业清洁生产标准和审核指南。</li><li><b>工业和信息化部</b>："
                        "2008年组建，负责拟订并组织实施工业和信息化领域的清洁生产促进政策，"
                        "参与编制清洁生产促进规划。工业是推行清洁生产的主战场，"
                        "工信部因而是重要的推进部门。</li><li><b>财政部</b>："
                        "通过中央财政清洁生产专项资金，支持重点行业中小企业实施清洁生产项目。"
                        "</li></ul><p>地方各级人民政府及其有关部门按照职责分工，"
                        "负责本行政区域内的清洁生产促进工作。</p>"
                    ),
                ),
                ("heading", "技术支撑体系"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产审核是在企业层面推行清洁生产最常用的工具。"
                        "我国在联合国环境规划署和联合国工业发展组织五阶段方法的基础上，"
                        "结合国内大量审核实践，形成了七阶段审核程序，"
                        "目前绝大多数审核都按这一程序开展："
                        "</p><ol><li>筹划和组织</li><li>预评估</li><li>评估</li><li>方案产生和筛选<"
                        "/li><li>可行性分析</li><li>方案实施</li><li>持续清洁生产</li></ol><p>针对"
                        "强制性审核，方法作了两点调整：一是审核首先要帮助企业稳定达到排放标准，"
                        "而不仅仅是削减污染物的产生量和排放量；二是审核重点放在中/高费方案上，"
                        "以技术改造类方案为主、管理类方案为辅，带动行业整体技术水平的提升。</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["工具", "牵头部门", "作用", "进展"],
                            [
                                "行业清洁生产审核指南",
                                "生态环境主管部门",
                                (
                                    "分析全行业的技术水平和污染状况，逐一剖析关键工序，"
                                    "列出管理类和技术类备选方案，帮助企业迅速把握行业全貌"
                                ),
                                (
                                    "20世纪90年代首批覆盖化工原料、丝绸印染、电镀、酿造4个行业，"
                                    "此后陆续编制水泥、饭店、化肥、钢铁、炼油等行业指南，"
                                    "并组织编制近100个行业的指南"
                                ),
                            ],
                            [
                                "行业清洁生产标准",
                                "生态环境主管部门",
                                "按三个等级、六类指标评价和区分行业内企业的清洁生产水平",
                                (
                                    "2000年从电镀、酿造、制浆造纸3个行业起步，"
                                    "截至2008年底已发布42个行业"
                                ),
                            ],
                            [
                                "清洁生产评价指标体系",
                                "国家发展改革委",
                                "为各项指标设定权重和评价基准，对企业打分并确定清洁生产水平",
                                "已发布氮肥、电镀、钢铁、电池、制浆造纸、印染等24个行业",
                            ],
                            [
                                "国家重点行业清洁生产技术导向目录",
                                "国家发展改革委",
                                (
                                    "推荐经生产实践检验、经济环境社会效益明显、便于推广的成熟技术，"
                                    "是各级经贸部门推荐和审批清洁生产项目的技术依据"
                                ),
                                "2000年、2003年、2006年分三批发布，分别收录57项、56项和28项技术",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "清洁生产技术支撑工具一览",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>行业清洁生产标准采用统一框架：三个等级依次为国际清洁生产先进水平、"
                        "国内清洁生产先进水平和国内清洁生产基本水平；评价指标分为六类，"
                        "即生产工艺与装备要求、资源能源利用指标、产品指标、污染物产生指标、"
                        "废物回收利用指标和环境管理要求。"
                        "</p><p>早期的评价指标体系由定量指标（能源消耗、资源消耗、废物综合利用、"
                        "污染物排放）和定性指标（执行清洁生产技术政策情况、清洁生产管理、"
                        "环境管理体系与达标排放）组成，按总分把企业评为“清洁生产先进企业”"
                        "或“清洁生产企业”。新近的行业指标体系改为一、二级指标加权计分，设Ⅰ、Ⅱ、"
                        "Ⅲ级基准值和限定性指标，据此确定企业的清洁生产水平等级。</p>"
                    ),
                ),
                ("heading", "教育培训与宣传"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法要求教育主管部门把清洁生产技术和管理课程纳入高等教育、"
                        "职业教育和技术培训体系。开设环境类专业的高校中，"
                        "已有一半以上开设了清洁生产选修课。</p><p>清洁生产审核专业性强，"
                        "审核人员既要掌握方法，也要熟悉行业。为此，"
                        "国家开设了为期5天的全国清洁生产审核师培训班，"
                        "参与强制性审核的人员须经培训并取得证书。截至2008年底，"
                        "全国共举办226期培训班，1.2万余人取得证书。"
                        "各地也根据本地企业的咨询需求开办地方培训班。</p><p>此外，"
                        "还面向政府工作人员开展专题培训，内容涵盖法规政策、基本概念和最新进展；"
                        "面向企业管理层、一线员工和社会公众开展形式多样的宣传。"
                        "清洁生产促进法施行之际，国家发展改革委在全国组织了大量宣传活动；"
                        "各类宣传累计使十万余人了解了清洁生产的意义和效益。</p>"
                    ),
                ),
                ("heading", "信息公开"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法规定，"
                        "列入污染严重企业名单的企业应当公布主要污染物的排放情况。"
                        "按照2021年出台的企业环境信息依法披露管理办法，"
                        "相关企业每年3月15日前发布上一年度的年度报告，"
                        "发生规定事项后5个工作日内发布临时报告。CP Hub "
                        "的披露平台为这些企业提供统一的填报渠道，并向公众开放检索和数据下载。</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "About CP Hub",
            "intro": (
                "CP Hub is the online home of the national Cleaner Production (CP) promoting "
                "system. It brings auditor training and certification together with public "
                "environmental disclosure by enterprises. This page explains what the platform "
                "does and how the laws, government bodies, technical tools and training behind it "
                "fit together."
            ),
            "search_description": (
                "About CP Hub: the CP Promotion Law, which ministries do what, the 7-phase audit "
                "method, sector CP standards, evaluation indicator systems, technology "
                "inventories, training and disclosure."
            ),
            "body": [
                ("heading", "What the platform does"),
                (
                    "paragraph",
                    (
                        "<p>Cleaner production means preventing pollution where it starts. Instead "
                        "of treating waste after it has been made, an enterprise improves its "
                        "product design, switches to cleaner energy and raw materials, adopts "
                        "better processes and equipment, manages its operations more carefully and "
                        "reuses what it can. The idea reached China in 1993 through “Promoting CP "
                        "in China”, a project supported by the World Bank. Over the following two "
                        "decades the country built a promoting system with four parts: regulation, "
                        "administration, technical support, and education and training.</p><p>CP "
                        "Hub puts the two parts of that system that matter most to practitioners, "
                        "enterprises and the public online:</p><ul><li><b>The CP Academy</b> runs "
                        "the National Training Course for CP Auditors, a training track for "
                        "government officers and modules for universities. Trainees who pass the "
                        "exam receive a certificate that anyone can verify online.</li><li><b>The "
                        "disclosure portal</b> is where key enterprises publish their main "
                        "pollutant emissions and the results of their CP audits. Anyone can "
                        "search, compare and download the data.</li></ul><p>The two halves are "
                        "linked. When an enterprise publishes a compulsory CP audit, it names the "
                        "audit team, and each auditor's certificate leads to its public "
                        "verification page.</p>"
                    ),
                ),
                ("heading", "Laws and regulations"),
                (
                    "paragraph",
                    (
                        "<p>The Cleaner Production Promotion Law, in force since 2003, was China's "
                        "first law devoted to CP and put the programme on a legal footing. It "
                        "mainly encourages and supports: it sets out what each level of government "
                        "is responsible for, how CP should be put into practice and which "
                        "incentives apply. A revision in 2012 widened the group of enterprises "
                        "that must carry out a compulsory audit.</p><p>Several implementing "
                        "instruments followed the law. They fall into three "
                        "groups:</p><ul><li><b>Technical rules</b>, such as the Interim Measures "
                        "for CP Audit and the Rules on CP Audit Procedures for Key Enterprises, "
                        "which say what an audit must cover and how it is "
                        "done;</li><li><b>Management rules</b>, such as the Guideline for "
                        "Assessment and Acceptance of CP Audit in Key Enterprises, which lets "
                        "authorities control the quality of compulsory audits;</li><li><b>Funding "
                        "rules</b>, such as the Ministry of Finance's measures for the special CP "
                        "funds, which support small and medium-sized enterprises in key "
                        "sectors.</li></ul><p>The regulations library on this site summarises each "
                        "of them.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Who must carry out a compulsory CP audit",
                        "text": (
                            "<p>Under the law as it stands, three groups of enterprises must be "
                            "audited:</p><ol><li>enterprises whose discharges exceed national or "
                            "local standards, or exceed the total-volume control targets for key "
                            "pollutants;</li><li>enterprises that use toxic or hazardous raw "
                            "materials, or release toxic or hazardous "
                            "substances;</li><li>enterprises whose energy use per unit of product "
                            "exceeds the energy consumption limit set for that product (added by "
                            "the 2012 revision).</li></ol>"
                        ),
                    },
                ),
                ("heading", "Who does what in government"),
                (
                    "paragraph",
                    (
                        "<p>Since the law took effect, responsibility at national level has been "
                        "shared among several bodies:</p><ul><li><b>National Development and "
                        "Reform Commission (NDRC)</b> coordinates CP work across the country. It "
                        "organised the drafting of the law, issued the Interim Measures for CP "
                        "Audit together with the environmental authority, published the technology "
                        "inventories for key sectors and the sector evaluation indicator systems, "
                        "ran a CP demonstration cities programme and led many public "
                        "campaigns.</li><li><b>The environmental ministry</b> (the former SEPA, "
                        "then the Ministry of Environmental Protection, today the Ministry of "
                        "Ecology and Environment) brought CP to China and ran the first enterprise "
                        "audit pilots. It supervises how CP is implemented, promotes and regulates "
                        "compulsory audits of key enterprises, and issues the sector CP standards "
                        "and audit guidelines.</li><li><b>Ministry of Industry and Information "
                        "Technology (MIIT)</b>, created in 2008, prepares and carries out CP "
                        "policy for industry and the IT sector and helps draft CP promotion plans. "
                        "Because industry is where most CP happens, MIIT is one of the programme's "
                        "main drivers.</li><li><b>Ministry of Finance</b> funds CP projects of "
                        "small and medium-sized enterprises in key sectors through the central "
                        "special CP funds.</li></ul><p>Local governments and their departments "
                        "carry out CP promotion in their own areas, each within its own remit.</p>"
                    ),
                ),
                ("heading", "Technical support"),
                (
                    "paragraph",
                    (
                        "<p>The CP audit is the main tool for putting CP into practice inside an "
                        "enterprise. Drawing on many audits carried out in international and "
                        "domestic pilot projects, China extended the 5-phase method promoted by "
                        "UNEP and UNIDO into 7 phases. Almost every audit in the country now "
                        "follows them:</p><ol><li>planning and "
                        "organisation</li><li>pre-assessment</li><li>assessment</li><li>option "
                        "generation and screening</li><li>feasibility analysis</li><li>option "
                        "implementation</li><li>sustaining CP</li></ol><p>For compulsory audits "
                        "the method has two extra emphases. First, the audit must bring the "
                        "enterprise reliably within its emission standards, not just cut the "
                        "pollution it generates. Second, it concentrates on mid/high-cost options: "
                        "technology changes come first and management measures second, so that the "
                        "audit also lifts the technical level of the sector.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["Tool", "Lead body", "Purpose", "Progress"],
                            [
                                "Sector guidelines for CP audits",
                                "Environmental ministry",
                                (
                                    "Describe a sector's technology and pollution, analyse each "
                                    "key process and list management and technology options, so "
                                    "that an enterprise quickly sees the whole picture"
                                ),
                                (
                                    "First 4 sectors in the 1990s (chemical raw materials, silk "
                                    "dyeing, electroplating, brewing); later cement, hotels, "
                                    "fertiliser, steel, petroleum refining and others; guidelines "
                                    "for nearly 100 sectors in preparation"
                                ),
                            ],
                            [
                                "Sector CP standards",
                                "Environmental ministry",
                                (
                                    "Rank enterprises in a sector on 3 levels using 6 categories "
                                    "of indicators"
                                ),
                                (
                                    "Started in 2000 with electroplating, brewing and pulp and "
                                    "paper; 42 sectors by the end of 2008"
                                ),
                            ],
                            [
                                "CP evaluation indicator systems",
                                "NDRC",
                                (
                                    "Give each indicator a weight and benchmarks, score an "
                                    "enterprise and grade its CP level"
                                ),
                                (
                                    "24 sectors, including nitrogen fertiliser, electroplating, "
                                    "steel, batteries, pulp and paper, and dyeing"
                                ),
                            ],
                            [
                                "National Inventory of CP Technologies in Key Industries",
                                "NDRC",
                                (
                                    "Recommend proven technologies with clear economic, "
                                    "environmental and social benefits; the technical basis on "
                                    "which economic and trade authorities recommend and approve CP "
                                    "projects"
                                ),
                                (
                                    "Three batches, in 2000, 2003 and 2006, with 57, 56 and 28 "
                                    "technologies"
                                ),
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Technical tools that support CP",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>All sector CP standards share one framework. The three levels are "
                        "international advanced, domestic advanced and domestic general (the "
                        "minimum a standard requires). The six indicator categories are production "
                        "process and equipment, resource and energy use, products, pollutant "
                        "generation, waste reuse and recycling, and environmental "
                        "management.</p><p>The first evaluation indicator systems combined "
                        "quantitative indicators (energy use, resource use, use of wastes and "
                        "pollutant discharge) with qualitative ones (compliance with CP technology "
                        "policy, CP management, and environmental management systems and "
                        "compliance). The total score placed an enterprise in one of two grades, "
                        "“Advanced CP Enterprise” or “CP Enterprise”. Newer sector systems use "
                        "weighted first- and second-level indicators with level I, II and III "
                        "benchmarks and a set of limiting indicators, and grade the enterprise "
                        "from the result.</p>"
                    ),
                ),
                ("heading", "Education, training and outreach"),
                (
                    "paragraph",
                    (
                        "<p>The law asks the education authorities to build courses on CP "
                        "technology and management into higher education, vocational education and "
                        "technical training. More than half of the universities that teach "
                        "environmental subjects now offer CP as an optional course.</p><p>A CP "
                        "audit is skilled work: auditors need both the method and a good knowledge "
                        "of the sector. This is why the 5-day National Training Course for CP "
                        "Auditors exists, and why everyone who works on a compulsory audit must "
                        "hold its certificate. By the end of 2008, 226 courses had been held and "
                        "more than 12,000 people certified. Local governments run additional "
                        "courses to meet the needs of their own enterprises.</p><p>Government "
                        "officers receive their own training on CP law, policy, basic concepts and "
                        "recent developments. Campaigns reach managers, shop-floor workers and the "
                        "public. When the law took effect, NDRC organised campaigns across the "
                        "country, and outreach of all kinds has so far taught more than 100,000 "
                        "people what CP is and what it offers.</p>"
                    ),
                ),
                ("heading", "Public disclosure"),
                (
                    "paragraph",
                    (
                        "<p>The CP Promotion Law requires enterprises on the published list of "
                        "heavily polluting enterprises to make their main pollutant emissions "
                        "public. Under the disclosure measures issued in 2021, these enterprises "
                        "publish an annual report for the previous year by 15 March and an ad-hoc "
                        "report within 5 working days of certain events. The CP Hub disclosure "
                        "portal gives them one place to file, and gives the public one place to "
                        "search and download.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "academy",
        "show_in_menus": True,
        "zh": {
            "title": "清洁生产学院",
            "intro": (
                "学院提供三条学习路径：面向审核从业人员的全国清洁生产审核师培训班、"
                "面向政府工作人员的专题培训，以及供高校和职业院校使用的课程模块。"
            ),
            "search_description": (
                "全国清洁生产审核师培训班（5天）的课程安排、参训要求、结业考试和证书；"
                "政府工作人员培训；高校清洁生产课程模块。"
            ),
            "body": [
                ("heading", "谁需要审核师证书"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产审核是一项专业性很强的技术工作：审核人员既要熟练掌握审核方法，"
                        "也要了解所在行业的工艺、装备和污染特点。生态环境主管部门规定，"
                        "<b>凡参与强制性清洁生产审核的人员，"
                        "都须参加全国清洁生产审核师培训班并取得证书</b>。"
                        "这既包括咨询服务机构的审核人员，也包括企业内部审核小组的技术骨干。"
                        "</p><p>历年学员来自科研院所、咨询机构、高等院校、企业和政府部门。"
                        "截至2008年底，全国共举办226期培训班，1.2万余人取得证书，"
                        "他们已成为各地推行清洁生产的骨干力量。</p>"
                    ),
                ),
                ("heading", "五天课程安排"),
                (
                    "paragraph",
                    (
                        "<p>培训班为期5天，以清洁生产审核方法和实操技能为重点，"
                        "课堂讲授与案例练习相结合。各天的安排如下：</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["日程", "主题", "主要内容"],
                            [
                                "第1天",
                                "清洁生产概念与法规体系",
                                (
                                    "清洁生产的内涵和在我国的发展历程；清洁生产促进法及配套规定；"
                                    "各有关部门的职责分工；自愿性审核与强制性审核的区别"
                                ),
                            ],
                            [
                                "第2天",
                                "审核第一至三阶段",
                                (
                                    "筹划和组织：争取领导支持、组建审核小组、制订工作计划、"
                                    "开展宣传动员；预评估：摸清现状、现场考察、确定审核重点、"
                                    "设定清洁生产目标；评估：实测输入输出物流，"
                                    "建立物料平衡和能量平衡，分析废物产生原因"
                                ),
                            ],
                            [
                                "第3天",
                                "审核第四至七阶段",
                                (
                                    "方案产生和筛选；可行性分析，包括技术、环境和经济评估，"
                                    "经济评估采用投资回收期、净现值和内部收益率等指标；"
                                    "方案实施与成效核算；建立持续清洁生产的长效机制"
                                ),
                            ],
                            [
                                "第4天",
                                "行业技术工具",
                                (
                                    "行业清洁生产审核指南；行业清洁生产标准的三个等级和六类指标；"
                                    "清洁生产评价指标体系的计分和定级；"
                                    "重点行业清洁生产技术导向目录的使用"
                                ),
                            ],
                            [
                                "第5天",
                                "强制性审核与结业考试",
                                (
                                    "强制性审核的对象和程序；评估与验收两个环节；"
                                    "企业环境信息依法披露；典型案例研讨；结业考试"
                                ),
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "全国清洁生产审核师培训班日程",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "可行性分析算例",
                        "text": (
                            "<p>某企业拟投资80万元改造染色工序，预计每年可节省水费、"
                            "蒸汽费和排污费合计25万元，静态投资回收期约为80÷25＝3.2年。"
                            "课堂上还将练习用净现值（NPV）和内部收益率（IRR）评价方案："
                            "在选定的折现率下，净现值大于零、内部收益率高于基准收益率的方案，"
                            "才具备经济可行性。</p><p>以上数字仅用于教学演示。</p>"
                        ),
                    },
                ),
                ("heading", "结业考试与证书"),
                (
                    "paragraph",
                    (
                        "<p>学员须全程参加五天课程，并通过第5天的结业考试。考试合格后，"
                        "平台签发电子证书，证书上载有证书编号、核验码和二维码。用人单位、"
                        "委托审核的企业和主管部门无需登录即可在线核验证书的真伪和当前状态；"
                        "持证人登录后可随时下载证书。</p>"
                    ),
                ),
                ("heading", "政府工作人员培训"),
                (
                    "paragraph",
                    (
                        "<p>这一路径面向发展改革、生态环境、工业和信息化等部门的工作人员，"
                        "帮助其提升推动和监管清洁生产的能力。主要内容包括："
                        "</p><ul><li>清洁生产法规和政策；</li><li>清洁生产的基本概念和审核方法；"
                        "</li><li>强制性清洁生产审核的监督管理，以及评估和验收的要点；"
                        "</li><li>国内清洁生产工作的最新进展。"
                        "</li></ul><p>各单位的管理员可以为本单位人员分配培训任务，"
                        "并查看学习进度和完成情况。</p>"
                    ),
                ),
                ("heading", "高校课程模块"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法要求把清洁生产技术和管理课程纳入高等教育和职业教育。"
                        "学院把核心内容拆分为若干独立模块，高校教师可以通过 LTI 1.3 "
                        "将其接入本校教学平台，也可以嵌入课程网页使用。具体做法见“高校接入指南”。"
                        "</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "报名前请确认",
                        "text": (
                            "<ul><li>参与强制性清洁生产审核，必须持有全国清洁生产审核师证书；"
                            "</li><li>证书须通过结业考试取得，"
                            "仅完成高校模块或政府工作人员培训不能替代；"
                            "</li><li>报名需使用经过验证的电子邮箱注册账号。</li></ul>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "CP Academy",
            "intro": (
                "The Academy offers three learning paths: the National Training Course for CP "
                "Auditors for people who carry out audits, a training track for government "
                "officers, and course modules for universities and vocational colleges."
            ),
            "search_description": (
                "The 5-day National Training Course for CP Auditors: day-by-day outline, who needs "
                "the certificate, final exam and certificates; officer training; university "
                "modules."
            ),
            "body": [
                ("heading", "Who needs an auditor certificate"),
                (
                    "paragraph",
                    (
                        "<p>A CP audit is demanding technical work. Auditors must know the audit "
                        "method well and understand the processes, equipment and pollution of the "
                        "sector they work in. The environmental authority therefore requires "
                        "<b>everyone who works on a compulsory CP audit to attend the National "
                        "Training Course for CP Auditors and obtain its certificate</b>. That "
                        "includes consultants and the engineers on an enterprise's own audit "
                        "team.</p><p>Trainees have come from research institutes, consulting "
                        "firms, universities, enterprises and government bodies. By the end of "
                        "2008, 226 courses had been held and more than 12,000 people had been "
                        "certified; they now form the core of CP work across the country.</p>"
                    ),
                ),
                ("heading", "The five days"),
                (
                    "paragraph",
                    (
                        "<p>The course lasts 5 days and concentrates on the audit method and the "
                        "practical skills an auditor needs. Lectures alternate with case "
                        "exercises:</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["Day", "Theme", "What is covered"],
                            [
                                "Day 1",
                                "The CP concept and the legal system",
                                (
                                    "What CP means and how it developed in China; the CP Promotion "
                                    "Law and its implementing rules; who is responsible for what; "
                                    "voluntary versus compulsory audits"
                                ),
                            ],
                            [
                                "Day 2",
                                "Audit phases 1 to 3",
                                (
                                    "Planning and organisation: management commitment, the audit "
                                    "team, the work plan, raising awareness. Pre-assessment: the "
                                    "current situation, site walk-through, choosing the audit "
                                    "focus, setting CP targets. Assessment: measuring inputs and "
                                    "outputs, material and energy balances, finding the causes of "
                                    "waste"
                                ),
                            ],
                            [
                                "Day 3",
                                "Audit phases 4 to 7",
                                (
                                    "Generating and screening options; feasibility analysis "
                                    "(technical, environmental and economic, using payback period, "
                                    "net present value and internal rate of return); implementing "
                                    "options and measuring results; making CP a permanent part of "
                                    "management"
                                ),
                            ],
                            [
                                "Day 4",
                                "Sector tools",
                                (
                                    "Sector audit guidelines; sector CP standards with their 3 "
                                    "levels and 6 indicator categories; scoring and grading with "
                                    "evaluation indicator systems; using the technology inventories"
                                ),
                            ],
                            [
                                "Day 5",
                                "Compulsory audits and the final exam",
                                (
                                    "Which enterprises must be audited and how; the two steps of "
                                    "assessment and acceptance; environmental disclosure; a case "
                                    "study; the final exam"
                                ),
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "National Training Course for CP Auditors: outline",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "A feasibility calculation",
                        "text": (
                            "<p>An enterprise plans to spend RMB 800,000 on its dyeing line and "
                            "expects to save RMB 250,000 a year on water, steam and discharge "
                            "fees. The simple payback period is 800,000 ÷ 250,000 = 3.2 years. On "
                            "the course you also practise net present value (NPV) and internal "
                            "rate of return (IRR): at the chosen discount rate, an option is "
                            "economically feasible only if its NPV is above zero and its IRR is "
                            "higher than the benchmark rate.</p><p>These figures are for teaching "
                            "only.</p>"
                        ),
                    },
                ),
                ("heading", "Final exam and certificate"),
                (
                    "paragraph",
                    (
                        "<p>Trainees must attend all five days and pass the final exam on Day 5. "
                        "Those who pass receive a digital certificate with a certificate number, a "
                        "verification code and a QR code. Employers, enterprises and authorities "
                        "can check that it is genuine and see its current status online without an "
                        "account, and holders can download their certificates at any time after "
                        "signing in.</p>"
                    ),
                ),
                ("heading", "Training for government officers"),
                (
                    "paragraph",
                    (
                        "<p>This track is for staff of development and reform, environmental, "
                        "industry and other departments who promote or regulate CP. It "
                        "covers:</p><ul><li>CP laws and policies;</li><li>basic CP concepts and "
                        "the audit method;</li><li>supervising compulsory audits, and what to look "
                        "for in assessment and acceptance;</li><li>recent developments in CP in "
                        "China.</li></ul><p>Each agency's administrator can assign training to "
                        "staff and follow their progress and completion.</p>"
                    ),
                ),
                ("heading", "Modules for universities"),
                (
                    "paragraph",
                    (
                        "<p>The CP Promotion Law asks for CP to be taught in higher and vocational "
                        "education. The Academy splits its core material into self-contained "
                        "modules that lecturers can add to their own learning platform through LTI "
                        "1.3, or embed in a course web page. See the guide for universities.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Before you enrol",
                        "text": (
                            "<ul><li>Working on a compulsory CP audit requires the national CP "
                            "auditor certificate.</li><li>The certificate is earned by passing the "
                            "final exam; university modules or officer training do not replace "
                            "it.</li><li>You need an account with a verified email address to "
                            "enrol.</li></ul>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "verification",
        "show_in_menus": False,
        "zh": {
            "title": "证书核验指南",
            "intro": (
                "全国清洁生产审核师证书可以随时在线核验。用人单位、"
                "委托审核的企业和主管部门无需注册账号，即可确认证书是否真实、当前是否有效。"
            ),
            "search_description": (
                "如何核验清洁生产审核师证书：核验码、证书编号加姓名、二维码、JSON接口和批量核验，"
                "以及有效、已过期、已暂停、已撤销、已换发等状态的含义。"
            ),
            "body": [
                ("heading", "为什么要核验"),
                (
                    "paragraph",
                    (
                        "<p>参与强制性清洁生产审核的人员须持有有效的审核师证书。"
                        "企业选择咨询服务机构、主管部门评估审核报告时，都应当核实审核组成员的证书。"
                        "纸质证书或PDF文件有可能被改动，也无法反映证书签发后是否被暂停或撤销，"
                        "<b>证书状态一律以本平台核验页面显示的信息为准</b>。</p>"
                    ),
                ),
                ("heading", "五种核验方式"),
                (
                    "paragraph",
                    (
                        "<ol><li><b>核验码</b>：在核验页面（/verify/）输入证书上的核验码，"
                        "即可打开该证书的核验页面。</li><li><b>证书编号加姓名</b>："
                        "手头没有核验码时，可以同时输入证书编号和持证人姓名。"
                        "两项必须同时吻合才会显示结果，平台不提供仅凭姓名查找证书的功能。"
                        "</li><li><b>扫描二维码</b>：证书上的二维码指向该证书的核验页面。"
                        "扫码后请留意浏览器地址栏，确认打开的是本平台的网址。"
                        "</li><li><b>JSON接口</b>：信息系统可以通过 /api/v1/certificates/ "
                        "加核验码的地址，获取单张证书的结构化信息，便于在本单位系统中自动比对。"
                        "</li><li><b>批量核验</b>：需要一次核验整个审核组时，可以向 "
                        "/api/v1/certificates/verify 提交证书清单（JSON 列表或CSV文件），"
                        "平台逐条返回核验结果。</li></ol><p>接口的字段和调用方法见 "
                        "/api/v1/openapi.json 提供的接口说明文档。</p>"
                    ),
                ),
                ("heading", "证书状态的含义"),
                (
                    "table",
                    {
                        "data": [
                            ["状态", "含义", "建议"],
                            [
                                "有效",
                                "证书真实，在有效期内，且未被暂停或撤销",
                                "可以确认持证人具备相应资格",
                            ],
                            [
                                "已过期",
                                "证书真实，但已超过有效期",
                                "不能再作为参与强制性审核的资格证明；请持证人按规定重新取得证书",
                            ],
                            [
                                "已暂停",
                                "证书因核查、申诉处理等原因暂时停止效力",
                                (
                                    "暂停期间不视为有效证书；核验页面会显示暂停日期，"
                                    "可在处理结束后再次核验"
                                ),
                            ],
                            [
                                "已撤销",
                                "证书已被撤销，例如考试成绩被认定无效或发现弄虚作假",
                                "不能作为任何资格证明；核验页面会显示撤销日期和原因",
                            ],
                            [
                                "已换发",
                                "原证书已被新证书取代，例如更正了证书信息或重新取得证书",
                                "核验页面会指向新证书，请以新证书的状态为准",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "证书状态及处理建议",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "核验结果有疑问时",
                        "text": (
                            "<p>如果核验页面的信息与证书不一致，或者显示“已暂停”“已撤销”，"
                            "请不要把该证书作为资格证明，并及时告知清洁生产学院。</p>"
                        ),
                    },
                ),
                ("heading", "核验页面显示哪些信息"),
                (
                    "paragraph",
                    (
                        "<p>为保护持证人的个人信息，核验页面只显示核验所必需的内容：持证人姓名、"
                        "所学课程、证书编号、签发和有效日期，以及当前状态和状态变更的日期。"
                        "页面不显示身份证件号码、联系方式或考试成绩。</p>"
                    ),
                ),
                ("heading", "给持证人的提示"),
                (
                    "paragraph",
                    (
                        "<ul><li>登录后可以在个人账户中查看和下载自己的全部证书；"
                        "</li><li>向用人单位或委托企业提供证书时，"
                        "可以同时附上核验码或核验页面链接；</li><li>证书上的姓名等信息有误时，"
                        "请申请更正。更正后将换发新证书，原证书显示为“已换发”并指向新证书。"
                        "</li></ul>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Verifying a certificate",
            "intro": (
                "Every National CP Auditor certificate can be checked online at any time. "
                "Employers, enterprises commissioning an audit and authorities need no account to "
                "confirm that a certificate is genuine and currently valid."
            ),
            "search_description": (
                "How to verify a CP auditor certificate: by verification code, by certificate "
                "number and name, by QR code, through the JSON API or in bulk, and what each "
                "status means."
            ),
            "body": [
                ("heading", "Why verify"),
                (
                    "paragraph",
                    (
                        "<p>Everyone who works on a compulsory CP audit must hold a valid auditor "
                        "certificate. An enterprise choosing a consultancy, or an authority "
                        "assessing an audit report, should check the certificates of the whole "
                        "audit team. A paper copy or PDF can be altered, and it cannot show "
                        "whether the certificate was later suspended or revoked. <b>The status "
                        "shown on the verification page of this site is the one that "
                        "counts.</b></p>"
                    ),
                ),
                ("heading", "Five ways to verify"),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Verification code.</b> Enter the code printed on the "
                        "certificate at /verify/ to open that certificate's verification "
                        "page.</li><li><b>Certificate number and name.</b> If you do not have the "
                        "code, enter the certificate number together with the holder's name. Both "
                        "must match; you cannot search for certificates by name "
                        "alone.</li><li><b>QR code.</b> The QR code on the certificate opens its "
                        "verification page. After scanning, check the address bar to make sure you "
                        "are on this site.</li><li><b>JSON API.</b> Systems can fetch one "
                        "certificate as structured data from /api/v1/certificates/ followed by the "
                        "verification code, and compare it automatically with their own "
                        "records.</li><li><b>Bulk check.</b> To check a whole audit team at once, "
                        "send a list of certificates to /api/v1/certificates/verify as a JSON list "
                        "or a CSV file. You get one result per certificate.</li></ol><p>Fields and "
                        "usage of the API are described in /api/v1/openapi.json.</p>"
                    ),
                ),
                ("heading", "What the statuses mean"),
                (
                    "table",
                    {
                        "data": [
                            ["Status", "Meaning", "What to do"],
                            [
                                "Valid",
                                "Genuine, within its validity period, not suspended or revoked",
                                "You can rely on it as proof of the holder's qualification",
                            ],
                            [
                                "Expired",
                                "Genuine, but past its validity period",
                                (
                                    "It no longer qualifies the holder to work on compulsory "
                                    "audits; the holder needs to requalify"
                                ),
                            ],
                            [
                                "Suspended",
                                (
                                    "Temporarily without effect, for example while a complaint or "
                                    "appeal is examined"
                                ),
                                (
                                    "Treat it as not valid for now; the page shows the suspension "
                                    "date, and you can check again later"
                                ),
                            ],
                            [
                                "Revoked",
                                (
                                    "Withdrawn, for example because an exam result was annulled or "
                                    "misconduct was found"
                                ),
                                "It proves nothing; the page shows the date and reason",
                            ],
                            [
                                "Replaced",
                                (
                                    "Superseded by a new certificate, for example after a "
                                    "correction or requalification"
                                ),
                                "Follow the link to the new certificate and rely on its status",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Certificate statuses",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If something does not match",
                        "text": (
                            "<p>If the verification page disagrees with the certificate you were "
                            "shown, or it says suspended or revoked, do not accept the certificate "
                            "as proof of qualification, and let the CP Academy know.</p>"
                        ),
                    },
                ),
                ("heading", "What the verification page shows"),
                (
                    "paragraph",
                    (
                        "<p>To protect holders, the page shows only what is needed to verify: the "
                        "holder's name, the course, the certificate number, the issue and expiry "
                        "dates, the current status and when it last changed. It never shows ID "
                        "numbers, contact details or exam scores.</p>"
                    ),
                ),
                ("heading", "Tips for certificate holders"),
                (
                    "paragraph",
                    (
                        "<ul><li>Sign in to see and download all your certificates.</li><li>When "
                        "you give a certificate to an employer or client, include its verification "
                        "code or the link to its verification page.</li><li>If your name or other "
                        "details are wrong, ask for a correction. You will receive a new "
                        "certificate, and the old one will show as replaced, with a link to the "
                        "new one.</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "disclosure-guide",
        "show_in_menus": False,
        "zh": {
            "title": "企业环境信息披露指南",
            "intro": (
                "本指南说明哪些企业需要在本平台披露环境信息、年度报告和临时报告的提交期限、"
                "已发布信息的更正方式，以及强制性清洁生产审核的评估与验收。"
            ),
            "search_description": (
                "重点企业环境信息披露：哪些企业须披露，强制性清洁生产审核的三类对象，"
                "年度报告3月15日截止，临时报告5个工作日，信息更正，评估与验收。"
            ),
            "body": [
                ("heading", "哪些企业需要披露"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法规定，"
                        "列入污染严重企业名单的企业应当向社会公布主要污染物的排放情况。"
                        "按照现行的企业环境信息依法披露制度，需要披露的企业主要包括："
                        "</p><ul><li>重点排污单位；</li><li>实施强制性清洁生产审核的企业；"
                        "</li><li>符合规定条件的上市公司和发债企业，"
                        "例如上一年度因生态环境违法行为受到处罚的。"
                        "</li></ul><p>企业名单由生态环境主管部门确定并公布，"
                        "本平台同时显示每家企业列入名单的年度和依据。"
                        "列入名单的企业会收到开通披露账号的邀请；账号须启用多因素认证，"
                        "且只能为本企业填报。</p>"
                    ),
                ),
                ("heading", "强制性清洁生产审核的三类对象"),
                (
                    "callout",
                    {
                        "kind": "regulation",
                        "title": "清洁生产促进法（2012年修正）",
                        "text": (
                            "<ol><li><b>“双超”企业</b>：污染物排放超过国家或地方规定的排放标准，"
                            "或者虽未超标，但超过重点污染物排放总量控制指标；</li><li><b>“双有”"
                            "企业</b>：使用有毒有害原料进行生产，或者在生产中排放有毒有害物质；"
                            "</li><li><b>高耗能企业</b>：超过单位产品能源消耗限额标准，构成高耗能。"
                            "这一类是2012年修法时新增的。</li></ol>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>被确定为强制性审核对象的企业，应当按规定开展清洁生产审核，"
                        "并在披露报告中说明实施审核的原因、审核进展，以及评估与验收的结果。</p>"
                    ),
                ),
                ("heading", "提交期限"),
                (
                    "table",
                    {
                        "data": [
                            ["报告类型", "期限", "主要内容"],
                            [
                                "年度报告",
                                "每年3月15日前，报告上一年度的情况",
                                (
                                    "企业基本信息；排污许可；主要污染物及其排放情况；"
                                    "工业固体废物和危险废物；有毒有害物质；自行监测；"
                                    "清洁生产审核情况；生态环境违法处罚等"
                                ),
                            ],
                            [
                                "临时报告",
                                "触发事项发生后5个工作日内（以相关决定或法律文书的日期起算）",
                                "排污许可证变更、受到生态环境行政处罚、生态环境损害赔偿等规定事项",
                            ],
                            [
                                "更正",
                                "发现已发布的信息有误时及时提交",
                                "以新版本发布，写明更正的事项和理由",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "披露报告的类型和期限",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "已发布的数据不会被覆盖",
                        "text": (
                            "<p>报告一经发布即成为公开记录，不能直接修改或删除。需要更正时，"
                            "请提交新版本，并写明变更了哪些内容、为什么变更。"
                            "平台同时保留原版本和新版本，公众可以看到每一次更正。</p>"
                        ),
                    },
                ),
                ("heading", "强制性审核的评估与验收"),
                (
                    "paragraph",
                    (
                        "<p>强制性清洁生产审核由生态环境主管部门按照规定的程序和标准组织评估和验收"
                        "，分两步进行：</p><ol><li><b>评估</b>：重点审查审核工作过程，"
                        "判断审核报告是否真实，以及审核提出的清洁生产方案预期效果是否可信；"
                        "</li><li><b>验收</b>：在中/高费方案实施后，核实方案取得的实际成效，"
                        "并对本轮审核作出最终结论。"
                        "</li></ol><p>评估和验收的结果由主管部门的工作人员在平台上登记，"
                        "并显示在企业的公开披露页面上。</p>"
                    ),
                ),
                ("heading", "填报前的准备"),
                (
                    "paragraph",
                    (
                        "<ul><li>确认本企业的统一社会信用代码和所属名单年度；"
                        "</li><li>开通账号并设置多因素认证，指定专人负责填报；"
                        "</li><li>整理排污许可证、自行监测数据和危险废物台账，"
                        "注明每个数据的计量单位和获取方式（监测、核算或估算）；"
                        "</li><li>如开展了强制性清洁生产审核，准备审核报告要点、"
                        "审核组成员的证书编号，以及评估、验收的结论。</li></ul>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Guide to environmental disclosure",
            "intro": (
                "This guide explains which enterprises must disclose environmental information on "
                "this platform, when annual and ad-hoc reports are due, how published information "
                "is corrected, and how compulsory CP audits are assessed and accepted."
            ),
            "search_description": (
                "Disclosure for key enterprises: who must disclose, the three triggers for a "
                "compulsory CP audit, annual report due 15 March, ad-hoc reports within 5 working "
                "days, corrections, assessment and acceptance."
            ),
            "body": [
                ("heading", "Who must disclose"),
                (
                    "paragraph",
                    (
                        "<p>The CP Promotion Law requires enterprises on the published list of "
                        "heavily polluting enterprises to make their main pollutant emissions "
                        "public. Under the current disclosure rules, the enterprises that must "
                        "disclose are mainly:</p><ul><li>key pollutant "
                        "dischargers;</li><li>enterprises under a compulsory CP "
                        "audit;</li><li>listed companies and bond issuers that meet the conditions "
                        "in the rules, for example because they were penalised for an "
                        "environmental offence in the previous year.</li></ul><p>The environmental "
                        "authority decides and publishes the list. For each enterprise, this "
                        "platform shows the year and the legal basis of its listing. Listed "
                        "enterprises are invited to open a disclosure account; the account must "
                        "use multi-factor authentication and can file only for its own "
                        "enterprise.</p>"
                    ),
                ),
                ("heading", "Three triggers for a compulsory CP audit"),
                (
                    "callout",
                    {
                        "kind": "regulation",
                        "title": "CP Promotion Law (as revised in 2012)",
                        "text": (
                            "<ol><li><b>Exceeding limits:</b> discharges above national or local "
                            "standards, or within the standards but above the total-volume control "
                            "targets for key pollutants;</li><li><b>Toxic or hazardous:</b> using "
                            "toxic or hazardous raw materials, or releasing toxic or hazardous "
                            "substances;</li><li><b>Energy-intensive:</b> energy use per unit of "
                            "product above the consumption limit set for that product. This third "
                            "category was added in 2012.</li></ol>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>An enterprise selected for a compulsory audit must carry it out as "
                        "required and state in its disclosure why it is being audited, how far the "
                        "audit has got and the outcome of assessment and acceptance.</p>"
                    ),
                ),
                ("heading", "Deadlines"),
                (
                    "table",
                    {
                        "data": [
                            ["Report", "Deadline", "Main content"],
                            [
                                "Annual report",
                                "By 15 March each year, covering the previous year",
                                (
                                    "Basic information; discharge permit; main pollutants and "
                                    "their discharges; industrial solid and hazardous waste; toxic "
                                    "and hazardous substances; self-monitoring; CP audits; "
                                    "environmental penalties"
                                ),
                            ],
                            [
                                "Ad-hoc report",
                                (
                                    "Within 5 working days of the triggering event (counted from "
                                    "the date of the decision or legal document)"
                                ),
                                (
                                    "Events such as a change to the discharge permit, an "
                                    "environmental penalty, or compensation for environmental "
                                    "damage"
                                ),
                            ],
                            [
                                "Correction",
                                "As soon as an error in published information is found",
                                "Published as a new version that says what changed and why",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Types of disclosure report and their deadlines",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Published data is never overwritten",
                        "text": (
                            "<p>Once a report is published it is a public record and cannot be "
                            "edited or deleted. To correct it, file a new version stating what "
                            "changed and why. The platform keeps both versions, so the public can "
                            "see every correction.</p>"
                        ),
                    },
                ),
                ("heading", "Assessment and acceptance of compulsory audits"),
                (
                    "paragraph",
                    (
                        "<p>The environmental authority assesses and accepts every compulsory CP "
                        "audit according to set procedures and criteria, in two "
                        "steps:</p><ol><li><b>Assessment</b> looks at how the audit was done: is "
                        "the audit report truthful, and are the expected benefits of the proposed "
                        "CP options credible?</li><li><b>Acceptance</b> comes after the "
                        "mid/high-cost options have been implemented: it verifies the results they "
                        "actually achieved and gives the audit its final "
                        "conclusion.</li></ol><p>Authority staff record both results on the "
                        "platform, and they appear on the enterprise's public disclosure page.</p>"
                    ),
                ),
                ("heading", "Before you file"),
                (
                    "paragraph",
                    (
                        "<ul><li>Check your enterprise's unified social credit code and the year "
                        "of its listing.</li><li>Open your account, set up multi-factor "
                        "authentication and name the person responsible for filing.</li><li>Gather "
                        "your discharge permit, self-monitoring data and hazardous waste records, "
                        "and note the unit of every figure and how it was obtained (measured, "
                        "calculated or estimated).</li><li>If you have had a compulsory CP audit, "
                        "prepare the key points of the audit report, the certificate numbers of "
                        "the audit team and the conclusions of assessment and acceptance.</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "universities",
        "show_in_menus": False,
        "zh": {
            "title": "高校接入指南",
            "intro": (
                "高校和职业院校可以把清洁生产学院的课程模块接入本校教学平台，或嵌入课程网页，"
                "把清洁生产纳入专业教学和职业培训。"
            ),
            "search_description": (
                "高校如何使用清洁生产课程模块：LTI 1.3 接入、网页嵌入（iframe），"
                "以及高校管理员的操作步骤。"
            ),
            "body": [
                ("heading", "为什么把清洁生产纳入高校教学"),
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法要求教育主管部门把清洁生产技术和管理课程纳入高等教育、"
                        "职业教育和技术培训体系。开设环境类专业的高校中，"
                        "已有一半以上开设了清洁生产选修课。</p><p>清洁生产学院把审核方法、"
                        "行业标准和评价指标体系等核心内容拆分为若干独立模块，任课教师可以直接选用，"
                        "与本校课程组合，不必从零编写教材。</p>"
                    ),
                ),
                ("heading", "两种接入方式"),
                (
                    "table",
                    {
                        "data": [
                            ["方式", "适用情况", "学生使用体验"],
                            [
                                "LTI 1.3",
                                "学校使用支持 LTI 1.3 的教学平台（如 Moodle、Canvas 等）",
                                "学生在本校平台中直接打开模块，无需在本平台另行注册",
                            ],
                            [
                                "网页嵌入（iframe）",
                                "在课程网站或教学页面中展示模块内容",
                                "模块以精简界面显示，只能嵌入已登记的网站域名",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "高校课程模块的接入方式",
                    },
                ),
                ("heading", "高校管理员需要做什么"),
                (
                    "paragraph",
                    (
                        "<ol><li>申请高校管理员账号，并启用多因素认证。</li><li>采用 LTI 1.3 的，"
                        "在本平台登记学校教学平台的签发者标识（issuer）、客户端 ID、部署 ID "
                        "和公钥地址；再在学校教学平台中填写本平台的登录发起地址 /lti/login/、"
                        "启动地址 /lti/launch/ 和公钥地址 /lti/jwks/。</li><li>采用网页嵌入的，"
                        "登记允许嵌入模块的网站来源（协议加域名），模块地址格式为 /embed/modules/ "
                        "加模块标识。</li><li>通知任课教师选择模块，加入相应课程。"
                        "</li><li>定期检查接入情况，及时停用不再使用的平台或网站。</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "课程模块与审核师证书",
                        "text": (
                            "<p>高校模块服务于课堂教学，"
                            "完成模块学习不等于取得全国清洁生产审核师证书。"
                            "学生今后如需参与强制性清洁生产审核，仍须参加全国培训班并通过结业考试。"
                            "</p>"
                        ),
                    },
                ),
                ("heading", "学生信息的保护"),
                (
                    "paragraph",
                    (
                        "<p>通过 LTI 1.3 进入模块时，本平台只接收完成教学所需的最少信息，"
                        "如学校平台中的用户标识、姓名和课程角色。网页嵌入方式不要求学生登录，"
                        "除每次访问都会产生的技术日志外，不收集学生的个人信息。"
                        "详见本平台的隐私声明。</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Guide for universities",
            "intro": (
                "Universities and vocational colleges can connect CP Academy course modules to "
                "their own learning platform, or embed them in a course web page, and so build CP "
                "into degree courses and vocational training."
            ),
            "search_description": (
                "Using CP course modules at a university: connecting through LTI 1.3, embedding in "
                "an iframe, and the steps for a university administrator."
            ),
            "body": [
                ("heading", "Why teach CP at university"),
                (
                    "paragraph",
                    (
                        "<p>The CP Promotion Law asks the education authorities to include CP "
                        "technology and management in higher education, vocational education and "
                        "technical training. More than half of the universities that teach "
                        "environmental subjects already offer CP as an optional course.</p><p>The "
                        "CP Academy splits its core material, such as the audit method, sector "
                        "standards and evaluation indicator systems, into self-contained modules. "
                        "Lecturers can pick the ones they need and combine them with their own "
                        "teaching instead of writing everything from scratch.</p>"
                    ),
                ),
                ("heading", "Two ways to connect"),
                (
                    "table",
                    {
                        "data": [
                            ["Method", "When to use it", "What students see"],
                            [
                                "LTI 1.3",
                                (
                                    "Your university uses a learning platform that supports LTI "
                                    "1.3, such as Moodle or Canvas"
                                ),
                                (
                                    "Students open the module from their own platform, with no "
                                    "separate registration"
                                ),
                            ],
                            [
                                "Embedding (iframe)",
                                "You want to show module content on a course website or page",
                                (
                                    "The module appears in a minimal layout, and only on "
                                    "registered website origins"
                                ),
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Ways to connect course modules",
                    },
                ),
                ("heading", "What a university administrator does"),
                (
                    "paragraph",
                    (
                        "<ol><li>Apply for a university administrator account and turn on "
                        "multi-factor authentication.</li><li>For LTI 1.3, register your learning "
                        "platform here with its issuer, client ID, deployment ID and key set URL. "
                        "Then, in your platform, enter this site's login initiation URL "
                        "/lti/login/, launch URL /lti/launch/ and key set URL "
                        "/lti/jwks/.</li><li>For embedding, register each website origin (scheme "
                        "and domain) that may show modules. A module's address is /embed/modules/ "
                        "followed by the module's short name.</li><li>Tell lecturers which modules "
                        "are available so they can add them to their courses.</li><li>Review your "
                        "connections regularly and switch off platforms or websites you no longer "
                        "use.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Modules and the auditor certificate",
                        "text": (
                            "<p>University modules are for teaching. Completing them does not give "
                            "a student the national CP auditor certificate. Anyone who later wants "
                            "to work on a compulsory CP audit must still take the national course "
                            "and pass its final exam.</p>"
                        ),
                    },
                ),
                ("heading", "Protecting students' data"),
                (
                    "paragraph",
                    (
                        "<p>When a student opens a module through LTI 1.3, this platform receives "
                        "only what it needs for teaching, such as the user identifier from your "
                        "platform, the student's name and their role in the course. Embedded "
                        "modules do not ask students to sign in and collect no personal data "
                        "beyond the technical logs that every page visit creates. See our privacy "
                        "notice for details.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "privacy",
        "show_in_menus": False,
        "zh": {
            "title": "隐私声明",
            "intro": (
                "本声明说明 CP Hub 收集哪些个人信息、为什么收集、哪些信息会公开、保存多长时间，"
                "以及您依法享有的权利。"
            ),
            "search_description": (
                "CP Hub 隐私声明：账号、考试和证书信息的处理，核验页面公开的内容，"
                "依法公开的披露信息，Cookie，保存期限和个人权利。"
            ),
            "body": [
                ("heading", "适用范围"),
                (
                    "paragraph",
                    (
                        "<p>本声明适用于 CP Hub 的全部服务，包括清洁生产学院、证书核验、"
                        "信息披露平台和高校课程模块。CP Hub 的运营单位（以下简称“我们”）"
                        "是您个人信息的处理者，依照《中华人民共和国个人信息保护法》"
                        "等法律法规处理您的个人信息。</p>"
                    ),
                ),
                ("heading", "我们处理哪些信息"),
                (
                    "table",
                    {
                        "data": [
                            ["类别", "具体内容", "用途"],
                            [
                                "账号信息",
                                (
                                    "姓名、电子邮箱、密码（只保存经过加密处理的摘要）、语言偏好、"
                                    "多因素认证设置"
                                ),
                                "注册登录、身份验证、账号安全、发送与学习或披露有关的通知",
                            ],
                            [
                                "学习和考试记录",
                                "报名和学习进度、考试作答、成绩、阅卷意见",
                                "评定成绩、处理申诉、复核考试质量",
                            ],
                            [
                                "证书信息",
                                "持证人姓名、课程、证书编号、核验码、签发和有效日期、状态变更记录",
                                "签发证书，并向用人单位和主管部门提供公开核验",
                            ],
                            [
                                "机构和角色",
                                "所属企业、政府部门或高校，以及在平台中的角色",
                                "确定您可以查看和办理的事项",
                            ],
                            [
                                "技术日志",
                                "IP地址、访问时间、请求的页面、错误信息",
                                "保障系统安全、排查故障、防止滥用",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "我们处理的个人信息",
                    },
                ),
                ("heading", "哪些信息会公开"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>证书核验页面</b>：为便于社会核验，公开持证人姓名、课程、"
                        "证书编号、签发和有效日期以及证书状态。核验页面不显示身份证件号码、"
                        "联系方式和考试成绩。</li><li><b>企业披露信息</b>："
                        "企业的环境信息依法向社会公开，其中可能包括企业联系人、"
                        "审核组成员的姓名及其证书链接。已发布的披露信息作为公开记录保存，"
                        "更正以新版本的形式发布。</li><li><b>其他信息</b>：账号信息、"
                        "学习记录和考试作答不会公开。任课教师和阅卷人员只能看到自己负责的班级；"
                        "政府部门的管理员只能看到本单位人员的培训情况。</li></ul>"
                    ),
                ),
                ("heading", "Cookie"),
                (
                    "paragraph",
                    (
                        "<p>本平台只使用三类必需的 Cookie：会话 Cookie，用于保持登录状态；CSRF "
                        "Cookie，用于防范跨站请求伪造；语言 Cookie，用于记住您选择的语言。"
                        "我们不使用统计分析、广告或第三方跟踪 Cookie，"
                        "网页所用的脚本和字体均由本平台自己的服务器提供。</p>"
                    ),
                ),
                ("heading", "保存期限"),
                (
                    "paragraph",
                    (
                        "<ul><li>账号信息：在账号存续期间保存；注销账号后30日内删除或匿名化处理，"
                        "但需要继续保存的证书和考试记录除外。</li><li>考试作答和阅卷记录："
                        "自考试结束之日起保存5年，用于处理申诉和复核。</li><li>证书记录：长期保存，"
                        "包括暂停、撤销和换发记录，以便随时核验。</li><li>技术日志：一般保存6个月，"
                        "用于安全事件调查的可适当延长。</li><li>企业披露信息："
                        "作为依法公开的信息长期保存。</li></ul>"
                    ),
                ),
                ("heading", "您的权利"),
                (
                    "paragraph",
                    (
                        "<p>您有权查阅、复制、更正和补充您的个人信息，"
                        "有权在法律规定的情形下要求删除，有权撤回同意，"
                        "并要求我们对个人信息处理规则作出解释。"
                        "已签发证书的公开核验信息和依法公开的披露信息，"
                        "我们将在法律允许的范围内处理。我们将在收到请求后15个工作日内答复。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "联系我们",
                        "text": (
                            "<p>如对本声明或个人信息处理有任何疑问，或需要行使上述权利，"
                            "请发送电子邮件至 privacy@cphub.example，并注明您的姓名、"
                            "注册邮箱和具体请求。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Privacy notice",
            "intro": (
                "This notice explains what personal information CP Hub collects and why, what is "
                "made public, how long we keep it, and your rights."
            ),
            "search_description": (
                "CP Hub privacy notice: accounts, exam attempts and certificates, what the public "
                "verification page shows, disclosures that are public by law, cookies, retention "
                "and your rights."
            ),
            "body": [
                ("heading", "Scope"),
                (
                    "paragraph",
                    (
                        "<p>This notice covers all CP Hub services: the CP Academy, certificate "
                        "verification, the disclosure portal and the university modules. The "
                        "operator of CP Hub (“we”) is responsible for your personal information "
                        "and handles it in line with the Personal Information Protection Law of "
                        "the People's Republic of China and other applicable law.</p>"
                    ),
                ),
                ("heading", "What we collect"),
                (
                    "table",
                    {
                        "data": [
                            ["Category", "What it includes", "Why we use it"],
                            [
                                "Account",
                                (
                                    "Name, email address, password (stored only as a secure hash), "
                                    "language preference, multi-factor authentication settings"
                                ),
                                (
                                    "Signing in, proving who you are, keeping your account safe, "
                                    "and sending notices about your training or disclosures"
                                ),
                            ],
                            [
                                "Learning and exams",
                                (
                                    "Enrolments and progress, exam answers, scores, examiners' "
                                    "comments"
                                ),
                                "Grading, handling appeals and reviewing the quality of exams",
                            ],
                            [
                                "Certificates",
                                (
                                    "Holder's name, course, certificate number, verification code, "
                                    "issue and expiry dates, history of status changes"
                                ),
                                (
                                    "Issuing certificates and letting employers and authorities "
                                    "verify them"
                                ),
                            ],
                            [
                                "Organisation and role",
                                (
                                    "The enterprise, government body or university you belong to, "
                                    "and your role on the platform"
                                ),
                                "Deciding what you can see and do",
                            ],
                            [
                                "Technical logs",
                                "IP address, time of access, page requested, error details",
                                "Security, fixing faults and preventing abuse",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Personal information we handle",
                    },
                ),
                ("heading", "What is made public"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Certificate verification pages</b> show the holder's name, the "
                        "course, the certificate number, the issue and expiry dates and the "
                        "status, so that anyone can verify a certificate. They never show ID "
                        "numbers, contact details or exam scores.</li><li><b>Enterprise "
                        "disclosures</b> are public by law. They may include the names of contact "
                        "persons and of audit team members, with links to their certificates. "
                        "Published disclosures stay on the public record; corrections appear as "
                        "new versions.</li><li><b>Everything else</b>, including your account "
                        "details, learning records and exam answers, is not public. Instructors "
                        "and examiners see only their own cohorts, and agency administrators see "
                        "only their own staff's training.</li></ul>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>We use only three cookies, all of them necessary: a session cookie "
                        "that keeps you signed in, a CSRF cookie that protects forms against "
                        "cross-site request forgery, and a language cookie that remembers your "
                        "choice of language. We use no analytics, advertising or third-party "
                        "tracking cookies, and all scripts and fonts are served from our own "
                        "servers.</p>"
                    ),
                ),
                ("heading", "How long we keep it"),
                (
                    "paragraph",
                    (
                        "<ul><li>Account details: while your account exists, and deleted or "
                        "anonymised within 30 days after you close it, except certificate and exam "
                        "records we must keep.</li><li>Exam answers and grading records: 5 years "
                        "after the exam, for appeals and reviews.</li><li>Certificate records: "
                        "kept permanently, including suspensions, revocations and replacements, so "
                        "that certificates can always be verified.</li><li>Technical logs: "
                        "normally 6 months, longer if needed to investigate a security "
                        "incident.</li><li>Enterprise disclosures: kept permanently as information "
                        "published by law.</li></ul>"
                    ),
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    (
                        "<p>You may ask to see, copy, correct or complete your personal "
                        "information, ask us to delete it where the law allows, withdraw your "
                        "consent, and ask us to explain how we handle it. Public verification "
                        "details of issued certificates and disclosures published by law are "
                        "handled within the limits the law sets. We reply within 15 working days "
                        "of receiving a request.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Contact us",
                        "text": (
                            "<p>For questions about this notice or to exercise your rights, email "
                            "privacy@cphub.example with your name, the email address of your "
                            "account and what you are asking for.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "accessibility",
        "show_in_menus": False,
        "zh": {
            "title": "无障碍声明",
            "intro": (
                "我们希望每个人都能顺利使用 CP Hub，包括使用键盘、读屏软件或放大工具的用户。"
                "本声明介绍本网站的无障碍情况和问题反馈渠道。"
            ),
            "search_description": (
                "CP Hub 无障碍声明：键盘操作、读屏软件支持、中英文双语、已知局限和问题反馈方式。"
            ),
            "body": [
                ("heading", "我们的目标"),
                (
                    "paragraph",
                    (
                        "<p>本网站以《Web内容无障碍指南》（WCAG）2.1 AA 级为目标进行设计和测试。"
                        "每个页面的中文和英文版本都要通过自动化无障碍检查，"
                        "并进行键盘操作测试和手机端浏览测试。</p>"
                    ),
                ),
                ("heading", "您可以这样使用本网站"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>键盘操作</b>：所有功能都可以只用键盘完成，焦点位置清晰可见；"
                        "每个页面开头设有“跳到主要内容”链接。</li><li><b>读屏软件</b>："
                        "页面使用规范的标题层级、表单标签和表格表头，图片提供替代文字。"
                        "</li><li><b>中英文双语</b>：每个页面都有中文和英文版本，可随时切换；"
                        "页面标明了所用语言，读屏软件能按正确的语言朗读。"
                        "</li><li><b>放大和小屏幕</b>：页面放大到200%或在手机上浏览时，"
                        "内容不会缺失或重叠。</li><li><b>图表</b>：用于比较的数字除图表外，"
                        "还同时提供数据表格。</li><li><b>考试</b>：计时考试会提示剩余时间，"
                        "作答随时自动保存。如因残障需要延长考试时间，请在考试前与我们联系。"
                        "</li></ul>"
                    ),
                ),
                ("heading", "已知的局限"),
                (
                    "paragraph",
                    (
                        "<ul><li>PDF 格式的证书可能无法被所有读屏软件完整读取；"
                        "证书核验页面以网页形式提供同样的信息。</li><li>企业上传的附件（如 PDF "
                        "文件）由企业自行制作，可能不完全符合无障碍要求；"
                        "每份报告的主要数据同时以网页和数据文件的形式公开。"
                        "</li><li>在高校教学平台中使用课程模块时，"
                        "外层页面的无障碍情况取决于学校所用的平台。</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "反馈问题",
                        "text": (
                            "<p>如果您在使用中遇到障碍，或需要其他格式的内容，请发送电子邮件至 "
                            "accessibility@cphub.example。请说明页面地址、您当时想完成的操作，"
                            "以及所用的浏览器和辅助技术。我们会在5个工作日内答复。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "intro": (
                "We want everyone to be able to use CP Hub, including people who use a keyboard, a "
                "screen reader or magnification. This statement describes how accessible the site "
                "is and how to tell us about a problem."
            ),
            "search_description": (
                "CP Hub accessibility statement: keyboard use, screen reader support, Chinese and "
                "English versions, known limitations and how to report a problem."
            ),
            "body": [
                ("heading", "Our aim"),
                (
                    "paragraph",
                    (
                        "<p>We design and test this site against the Web Content Accessibility "
                        "Guidelines (WCAG) 2.1 at level AA. Every page, in both Chinese and "
                        "English, must pass an automated accessibility check, and we test pages "
                        "with a keyboard and on phones.</p>"
                    ),
                ),
                ("heading", "What you can expect"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Keyboard:</b> everything can be done with a keyboard alone, "
                        "the focus is always visible, and each page starts with a “skip to main "
                        "content” link.</li><li><b>Screen readers:</b> pages use a proper heading "
                        "structure, labelled form fields and table headers, and images have text "
                        "alternatives.</li><li><b>Two languages:</b> every page exists in Chinese "
                        "and English and you can switch at any time; pages declare their language "
                        "so screen readers pronounce them correctly.</li><li><b>Zoom and small "
                        "screens:</b> nothing is lost or overlaps when you zoom to 200% or use a "
                        "phone.</li><li><b>Charts:</b> figures that people compare are also given "
                        "as a data table.</li><li><b>Exams:</b> timed exams announce the time left "
                        "and save your answers as you go. If you need extra time because of a "
                        "disability, contact us before the exam.</li></ul>"
                    ),
                ),
                ("heading", "Known limitations"),
                (
                    "paragraph",
                    (
                        "<ul><li>Certificate PDFs may not be read completely by every screen "
                        "reader; the certificate's verification page gives the same information as "
                        "a web page.</li><li>Attachments that enterprises upload, such as PDF "
                        "files, are prepared by the enterprises and may not be fully accessible; "
                        "the main figures of every report are also published as web pages and data "
                        "files.</li><li>When a module is used inside a university's learning "
                        "platform, the accessibility of the surrounding page depends on that "
                        "platform.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Report a problem",
                        "text": (
                            "<p>If something on the site is hard to use, or you need content in "
                            "another format, email accessibility@cphub.example. Tell us the page "
                            "address, what you were trying to do, and the browser and assistive "
                            "technology you use. We reply within 5 working days.</p>"
                        ),
                    },
                ),
            ],
        },
    },
]

REGULATIONS_INDEX: dict = {
    "slug": "regulations",
    "zh": {
        "title": "法规库",
        "intro": (
            "收录我国清洁生产推进体系中的主要法律、部门规章、指南和资金管理办法，"
            "用本平台的语言概述每项规定的要点、适用对象和相互关系。"
            "正式文本以发布机关公布的版本为准。"
        ),
    },
    "en": {
        "title": "Regulations library",
        "intro": (
            "The main laws, ministerial rules, guidelines and funding measures of China's CP "
            "promoting system, each summarised in plain language with who it binds and how it "
            "relates to the others. The official text published by the issuing body is the "
            "authoritative version."
        ),
    },
}

REGULATIONS: list[dict] = [
    {
        "slug": "cp-promotion-law-2003",
        "instrument_type": "law",
        "year_issued": 2003,
        "status": "amended",
        "binds": ["enterprises", "key_enterprises", "authorities", "governments"],
        "related_slug": "cp-promotion-law-amendment-2012",
        "zh": {
            "title": "中华人民共和国清洁生产促进法",
            "issuing_body": "全国人民代表大会常务委员会",
            "summary": (
                "<p>《清洁生产促进法》是我国第一部专门规范清洁生产的法律，于2003年施行。在此之前，"
                "清洁生产主要依靠国际合作项目和国内试点推动；这部法律的出台，"
                "标志着清洁生产推进工作走上法制化轨道，也为此后一系列配套规定的制定打下了基础。"
                "</p><p>法律从我国国情出发，以促进和激励为主，目的是提高资源利用效率，"
                "减少和避免污染物的产生，保护和改善环境，保障人体健康，推动经济社会可持续发展。"
                "</p><p>法律明确了国家和地方各级政府部门的职责，对清洁生产的推行、"
                "实施和鼓励措施作出规定，并要求两类企业实施清洁生产审核。2012年，"
                "全国人大常委会对本法作了修正，修正内容见相关条目。</p>"
            ),
            "body": [
                ("heading", "立法背景"),
                (
                    "paragraph",
                    (
                        "<p>作为发展中国家，我国不少企业的环境管理能力相对薄弱，单靠企业自愿，"
                        "难以在较短时间内达到国家的环境要求。因此，法律在以鼓励为主的同时，"
                        "保留了必要的行政手段：对环境表现较差的企业，"
                        "要求其通过清洁生产审核改进工艺、提升管理，尽快稳定达到基本的环境标准。</p>"
                    ),
                ),
                ("heading", "主要内容"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>政府职责</b>：明确国务院有关部门和地方各级人民政府在组织、"
                        "协调和推行清洁生产方面的分工。</li><li><b>推行与实施</b>：对清洁生产技术、"
                        "工艺和设备的推广，以及企业在设计、生产、管理等环节实施清洁生产作出规定。"
                        "</li><li><b>清洁生产审核</b>：要求超标或超总量排放的企业，"
                        "以及使用或排放有毒有害物质的企业实施清洁生产审核。"
                        "</li><li><b>信息公开</b>："
                        "列入污染严重企业名单的企业应当公布主要污染物的排放情况。"
                        "</li><li><b>教育培训</b>："
                        "要求教育主管部门把清洁生产技术和管理课程纳入高等教育、职业教育和技术培训。"
                        "</li><li><b>鼓励措施</b>："
                        "对在清洁生产工作中成绩显著的单位和个人给予表彰奖励，"
                        "并在资金和税收方面给予支持。</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "两类强制审核对象",
                        "text": (
                            "<ol><li>污染物排放超过国家或地方排放标准，"
                            "或者超过地方人民政府核定的污染物排放总量控制指标的企业；"
                            "</li><li>使用有毒有害原料进行生产，"
                            "或者在生产中排放有毒有害物质的企业。</li></ol><p>2012年修正后，"
                            "又增加了超过单位产品能源消耗限额标准、构成高耗能的企业。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Cleaner Production Promotion Law of the People's Republic of China",
            "issuing_body": "Standing Committee of the National People's Congress",
            "summary": (
                "<p>The CP Promotion Law, in force since 2003, was China's first law devoted to "
                "cleaner production. Until then CP had been driven by international cooperation "
                "projects and domestic pilots. The law put CP promotion on a legal footing and "
                "became the base for the implementing rules that followed.</p><p>Written for "
                "China's circumstances, it mainly encourages and supports. Its aims are to use "
                "resources more efficiently, to reduce or avoid the generation of pollutants, to "
                "protect the environment and human health, and so to support sustainable economic "
                "and social development.</p><p>The law sets out the responsibilities of government "
                "bodies at national and local level, describes how CP is to be promoted and "
                "implemented and which incentives apply, and requires two groups of enterprises to "
                "carry out CP audits. It was revised in 2012; see the related entry.</p>"
            ),
            "body": [
                ("heading", "Why the law was needed"),
                (
                    "paragraph",
                    (
                        "<p>As in many developing countries, many Chinese enterprises had limited "
                        "capacity to meet national environmental requirements, and voluntary "
                        "action alone would not close the gap quickly. So alongside its "
                        "encouraging measures the law keeps some administrative tools: enterprises "
                        "with a poor environmental record must use a CP audit to upgrade their "
                        "processes and management and meet basic environmental standards reliably "
                        "within a short time.</p>"
                    ),
                ),
                ("heading", "Main content"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Government responsibilities:</b> which national departments "
                        "and local governments organise, coordinate and promote "
                        "CP.</li><li><b>Promotion and implementation:</b> spreading CP "
                        "technologies, processes and equipment, and applying CP in design, "
                        "production and management.</li><li><b>CP audits:</b> enterprises that "
                        "exceed discharge standards or total-volume targets, and those that use or "
                        "release toxic or hazardous substances, must be "
                        "audited.</li><li><b>Disclosure:</b> enterprises on the list of heavily "
                        "polluting enterprises must publish their main pollutant "
                        "emissions.</li><li><b>Education and training:</b> the education "
                        "authorities must include CP technology and management in higher, "
                        "vocational and technical education.</li><li><b>Incentives:</b> "
                        "recognition and rewards for organisations and people with outstanding CP "
                        "achievements, plus financial and tax support.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "The two groups that must be audited",
                        "text": (
                            "<ol><li>enterprises whose discharges exceed national or local "
                            "standards, or the total-volume control targets set by the local "
                            "government;</li><li>enterprises that use toxic or hazardous raw "
                            "materials, or release toxic or hazardous substances during "
                            "production.</li></ol><p>The 2012 revision added a third group: "
                            "enterprises whose energy use per unit of product exceeds the "
                            "consumption limit set for that product.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "cp-promotion-law-amendment-2012",
        "instrument_type": "law",
        "year_issued": 2012,
        "status": "in_force",
        "binds": ["enterprises", "key_enterprises", "authorities", "governments"],
        "related_slug": "cp-promotion-law-2003",
        "zh": {
            "title": "关于修改《中华人民共和国清洁生产促进法》的决定（2012年）",
            "issuing_body": "全国人民代表大会常务委员会",
            "summary": (
                "<p>2012年，全国人大常委会对《清洁生产促进法》作出修正，"
                "这是该法施行近十年来的首次修改。修正后的法律是现行有效的版本。"
                "</p><p>最受关注的变化是扩大了强制性清洁生产审核的范围：在“超标或超总量排放”"
                "和“使用或排放有毒有害物质”两类企业之外，新增超过单位产品能源消耗限额标准、"
                "构成高耗能的企业，把节能正式纳入强制审核。"
                "</p><p>修正还加大了政府对清洁生产的资金投入，加强了对强制性审核的监督，"
                "并提高了企业不开展审核或审核弄虚作假的法律责任。</p>"
            ),
            "body": [
                ("heading", "新增高耗能企业"),
                (
                    "paragraph",
                    (
                        "<p>单位产品能源消耗限额标准规定了生产单位产品允许消耗的能源上限。"
                        "能耗超过限额、构成高耗能的企业，须与超标排放企业、"
                        "使用或排放有毒有害物质的企业一样，实施强制性清洁生产审核。"
                        "清洁生产由此从减污延伸到降耗。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "regulation",
                        "title": "修正后的三类强制审核对象",
                        "text": (
                            "<ol><li>污染物排放超过国家或地方排放标准，"
                            "或者超过重点污染物排放总量控制指标的；"
                            "</li><li>超过单位产品能源消耗限额标准、构成高耗能的；"
                            "</li><li>使用有毒有害原料进行生产，或者在生产中排放有毒有害物质的。"
                            "</li></ol>"
                        ),
                    },
                ),
                ("heading", "资金保障与监督"),
                (
                    "paragraph",
                    (
                        "<p>修正后的法律要求中央预算加大对清洁生产促进工作的资金投入，"
                        "包括中央财政清洁生产专项资金和中央预算内投资。"
                        "</p><p>实施强制性审核的企业应当向有关部门报告审核结果；"
                        "有关部门对企业实施审核的情况进行监督，"
                        "必要时可以组织对审核效果进行评估验收，所需费用由政府预算承担，"
                        "不向被评估验收的企业收取。</p>"
                    ),
                ),
                ("heading", "法律责任"),
                (
                    "paragraph",
                    (
                        "<p>对于不实施强制性清洁生产审核、在审核中弄虚作假，或者不报告、"
                        "不如实报告审核结果的企业，由有关部门责令限期改正；拒不改正的，"
                        "依法处以罚款。与修正前相比，罚款幅度明显提高。</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Amendment of the Cleaner Production Promotion Law (2012)",
            "issuing_body": "Standing Committee of the National People's Congress",
            "summary": (
                "<p>In 2012 the Standing Committee of the National People's Congress revised the "
                "CP Promotion Law, the first change in nearly ten years. The law as revised is the "
                "version in force.</p><p>The best-known change widens compulsory CP audits. "
                "Besides enterprises that exceed discharge standards or totals and those that use "
                "or release toxic or hazardous substances, enterprises whose energy use per unit "
                "of product exceeds the limit set for that product must now be audited too. Energy "
                "saving thus became part of compulsory auditing.</p><p>The revision also increased "
                "government funding for CP, strengthened oversight of compulsory audits, and "
                "raised the penalties for enterprises that fail to carry out an audit or falsify "
                "one.</p>"
            ),
            "body": [
                ("heading", "Energy-intensive enterprises added"),
                (
                    "paragraph",
                    (
                        "<p>Energy consumption limits per unit of product set the most energy a "
                        "product may take to make. An enterprise above the limit now counts as "
                        "energy-intensive and must have a compulsory CP audit, just like "
                        "enterprises that exceed discharge limits or handle toxic or hazardous "
                        "substances. CP thereby reaches beyond pollution to energy use.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "regulation",
                        "title": "The three groups that must be audited since 2012",
                        "text": (
                            "<ol><li>enterprises whose discharges exceed national or local "
                            "standards, or the total-volume control targets for key "
                            "pollutants;</li><li>enterprises whose energy use per unit of product "
                            "exceeds the consumption limit set for that "
                            "product;</li><li>enterprises that use toxic or hazardous raw "
                            "materials, or release toxic or hazardous substances during "
                            "production.</li></ol>"
                        ),
                    },
                ),
                ("heading", "Funding and oversight"),
                (
                    "paragraph",
                    (
                        "<p>The revised law asks the central budget to invest more in CP, through "
                        "the central special CP funds and central budget "
                        "investment.</p><p>Enterprises under a compulsory audit must report its "
                        "results to the authorities. The authorities supervise these audits and "
                        "may, where needed, have their effects assessed and accepted. The cost is "
                        "met from the government budget, not charged to the enterprise.</p>"
                    ),
                ),
                ("heading", "Penalties"),
                (
                    "paragraph",
                    (
                        "<p>An enterprise that does not carry out a required audit, falsifies one, "
                        "or fails to report its results truthfully is ordered to put this right "
                        "within a set time; if it refuses, it is fined. The fines are considerably "
                        "higher than before the revision.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "interim-measures-cp-audit-2004",
        "instrument_type": "measures",
        "year_issued": 2004,
        "status": "repealed",
        "binds": ["enterprises", "key_enterprises", "auditors", "authorities"],
        "related_slug": "cp-promotion-law-2003",
        "zh": {
            "title": "清洁生产审核暂行办法",
            "issuing_body": "国家发展和改革委员会、原国家环境保护总局",
            "summary": (
                "<p>2004年，国家发展改革委和原国家环境保护总局联合发布《清洁生产审核暂行办法》，"
                "这是清洁生产促进法最重要的配套规定。"
                "</p><p>清洁生产审核是在企业层面落实清洁生产最实用的工具。"
                "暂行办法对审核提出了具体要求，规定了详细的审核程序。办法适用于各类企业，"
                "重在推动企业自愿开展审核。</p><p>暂行办法首次提出了“强制性清洁生产审核”："
                "法律规定的两类企业必须开展审核，帮助其稳定达到环境要求。2016年，"
                "国家发展改革委和原环境保护部联合发布《清洁生产审核办法》，取代了本暂行办法。</p>"
            ),
            "body": [
                ("heading", "自愿审核与强制审核"),
                (
                    "paragraph",
                    (
                        "<p>暂行办法把清洁生产审核分为两种：一是自愿审核，"
                        "鼓励各类企业根据自身情况主动开展；二是强制审核，"
                        "适用于超标或超总量排放的企业，以及使用或排放有毒有害物质的企业。</p>"
                    ),
                ),
                ("heading", "审核程序"),
                (
                    "paragraph",
                    (
                        "<p>暂行办法规定了审核的基本程序和要求。在实践中，审核普遍采用七阶段方法："
                        "筹划和组织、预评估、评估、方案产生和筛选、可行性分析、方案实施、"
                        "持续清洁生产。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "regulation",
                        "title": "后续配套规定",
                        "text": (
                            "<p>暂行办法面向所有企业，此后又出台了专门针对强制性审核的规定："
                            "原国家环境保护总局的《重点企业清洁生产审核程序的规定》，"
                            "以及环境保护部2008年的《重点企业清洁生产审核评估、验收实施指南（试行）"
                            "》。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Interim Measures for CP Audit",
            "issuing_body": (
                "National Development and Reform Commission; former State Environmental Protection "
                "Administration (SEPA)"
            ),
            "summary": (
                "<p>The NDRC and the former SEPA jointly issued the Interim Measures for CP Audit "
                "in 2004. They were the most important supplement to the CP Promotion Law.</p><p>A "
                "CP audit is the most practical way to put CP into effect inside an enterprise. "
                "The Interim Measures set specific requirements for audits and a detailed "
                "procedure. They applied to every enterprise and mainly aimed to encourage "
                "voluntary audits.</p><p>They also introduced compulsory CP audits for the first "
                "time: the two groups of enterprises named in the law had to be audited, to help "
                "them meet environmental requirements consistently. In 2016 the NDRC and the "
                "former Ministry of Environmental Protection replaced the Interim Measures with "
                "the Measures for CP Audit.</p>"
            ),
            "body": [
                ("heading", "Voluntary and compulsory audits"),
                (
                    "paragraph",
                    (
                        "<p>The Interim Measures recognise two kinds of audit. Voluntary audits "
                        "are encouraged for any enterprise that chooses to carry one out. "
                        "Compulsory audits apply to enterprises that exceed discharge standards or "
                        "totals, and to those that use or release toxic or hazardous "
                        "substances.</p>"
                    ),
                ),
                ("heading", "The audit procedure"),
                (
                    "paragraph",
                    (
                        "<p>The Interim Measures lay down the basic steps and requirements of an "
                        "audit. In practice audits follow the 7-phase method: planning and "
                        "organisation, pre-assessment, assessment, option generation and "
                        "screening, feasibility analysis, option implementation, and sustaining "
                        "CP.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "regulation",
                        "title": "What followed",
                        "text": (
                            "<p>Because the Interim Measures covered all enterprises, rules aimed "
                            "specifically at compulsory audits followed: the former SEPA's Rules "
                            "on CP Audit Procedures for Key Enterprises, and the Ministry of "
                            "Environmental Protection's 2008 Guideline for Assessment and "
                            "Acceptance of CP Audit in Key Enterprises.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "key-enterprise-audit-procedure-rules-2005",
        "instrument_type": "rules",
        "year_issued": 2005,
        "status": "in_force",
        "binds": ["key_enterprises", "auditors", "authorities"],
        "related_slug": "interim-measures-cp-audit-2004",
        "zh": {
            "title": "重点企业清洁生产审核程序的规定",
            "issuing_body": "原国家环境保护总局",
            "summary": (
                "<p>《清洁生产审核暂行办法》适用于所有企业，侧重推动自愿审核；"
                "强制性审核还需要一部专门的程序性规定。为此，"
                "原国家环境保护总局在暂行办法发布之后出台了本规定，"
                "对象明确为必须实施强制性清洁生产审核的重点企业。</p><p>规定共12章，"
                "围绕如何组织实施强制性清洁生产审核展开，"
                "并着重明确了各级环境保护主管部门在其中的职责。</p>"
            ),
            "body": [
                ("heading", "适用对象"),
                (
                    "paragraph",
                    (
                        "<p>本规定所称重点企业，是指依法必须实施强制性清洁生产审核的企业，"
                        "即超标或超总量排放污染物的企业，"
                        "以及使用有毒有害原料或排放有毒有害物质的企业。</p>"
                    ),
                ),
                ("heading", "主要内容"),
                (
                    "paragraph",
                    (
                        "<p>规定的重点是强制性审核如何落地：从确定和公布需要审核的重点企业，"
                        "到企业组织开展审核、形成审核报告，再到主管部门的监督和检查，"
                        "对全过程提出了要求。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "环境保护主管部门的职责",
                        "text": (
                            "<p>规定强调，各级环境保护主管部门对辖区内重点企业的强制性清洁生产审核"
                            "负有推动和监督责任。2008年出台的评估验收指南，"
                            "进一步规定了主管部门如何把控审核质量。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Rules on CP Audit Procedures for Key Enterprises",
            "issuing_body": "Former State Environmental Protection Administration (SEPA)",
            "summary": (
                "<p>The Interim Measures for CP Audit applied to all enterprises and focused on "
                "voluntary audits, so compulsory audits still needed a procedure of their own. The "
                "former SEPA issued these Rules after the Interim Measures to fill that gap. They "
                "are aimed at the key enterprises that must carry out a compulsory CP "
                "audit.</p><p>The Rules have 12 chapters. They concentrate on how a compulsory "
                "audit is carried out and stress the responsibilities of environmental authorities "
                "at every level.</p>"
            ),
            "body": [
                ("heading", "Who the Rules apply to"),
                (
                    "paragraph",
                    (
                        "<p>Key enterprises here are those that must be audited by law: "
                        "enterprises whose discharges exceed standards or totals, and enterprises "
                        "that use toxic or hazardous raw materials or release toxic or hazardous "
                        "substances.</p>"
                    ),
                ),
                ("heading", "Main content"),
                (
                    "paragraph",
                    (
                        "<p>The Rules focus on putting compulsory audits into practice. They cover "
                        "the whole process, from identifying and publishing the key enterprises "
                        "that must be audited, through the audit itself and its report, to "
                        "supervision and inspection by the authorities.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Responsibilities of environmental authorities",
                        "text": (
                            "<p>Environmental authorities at each level are responsible for "
                            "driving and supervising the compulsory audits of key enterprises in "
                            "their area. The 2008 guideline on assessment and acceptance later set "
                            "out how they control audit quality.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "audit-assessment-acceptance-guideline-2008",
        "instrument_type": "guideline",
        "year_issued": 2008,
        "status": "in_force",
        "binds": ["key_enterprises", "auditors", "authorities"],
        "related_slug": "key-enterprise-audit-procedure-rules-2005",
        "zh": {
            "title": "重点企业清洁生产审核评估、验收实施指南（试行）",
            "issuing_body": "环境保护部（原国家环境保护总局，现生态环境部）",
            "summary": (
                "<p>法律法规相继实施后，企业开展清洁生产审核的积极性大幅提高。"
                "但审核主要依靠市场化的咨询服务完成，政府难以直接把控审核质量。</p><p>2008年7月，"
                "环境保护部发布本指南，要求地方环境保护主管部门按照规定的程序和标准，"
                "对两类重点企业的全部强制性清洁生产审核进行评估和验收。</p><p>指南确立了“先评估、"
                "后验收”的两步程序，使主管部门能够从更高层面监控强制性审核的质量，"
                "确保审核取得实效。</p>"
            ),
            "body": [
                ("heading", "第一步：评估"),
                (
                    "paragraph",
                    (
                        "<p>评估着眼于审核的工作过程：审核是否真实开展，审核报告是否属实，"
                        "审核提出的清洁生产方案预期能取得的效果是否可信。</p>"
                    ),
                ),
                ("heading", "第二步：验收"),
                (
                    "paragraph",
                    (
                        "<p>验收着眼于实际效果：在中/高费方案实施之后，核实方案实际取得的成效，"
                        "并对本轮审核作出最终结论。</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["环节", "开展时间", "重点审查内容"],
                            [
                                "评估",
                                "审核报告完成后",
                                "审核过程是否真实、规范；审核报告是否属实；方案预期效果是否可信",
                            ],
                            [
                                "验收",
                                "中/高费方案实施后",
                                "方案的实际成效是否得到核实；对审核作出最终结论",
                            ],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "评估与验收的区别",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "在本平台上",
                        "text": (
                            "<p>主管部门的工作人员在平台上登记评估和验收的结果，"
                            "结果显示在企业的公开披露页面上，审核组成员的证书可以一键核验。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Guideline for Assessment and Acceptance of CP Audit in Key Enterprises",
            "issuing_body": (
                "Ministry of Environmental Protection (formerly SEPA; now the Ministry of Ecology "
                "and Environment)"
            ),
            "summary": (
                "<p>Once the law and its implementing rules were in place, far more enterprises "
                "carried out CP audits. But audits were mostly done by commercial consultancies, "
                "and the government had little direct control over their quality.</p><p>In July "
                "2008 the Ministry of Environmental Protection issued this Guideline. It requires "
                "local environmental authorities to assess and accept every compulsory CP audit in "
                "the two groups of key enterprises, following set procedures and "
                "criteria.</p><p>The Guideline sets up a two-step procedure, assessment first and "
                "acceptance second. It lets the authorities monitor the quality of compulsory "
                "audits more closely and makes sure the audits deliver real results.</p>"
            ),
            "body": [
                ("heading", "Step 1: assessment"),
                (
                    "paragraph",
                    (
                        "<p>Assessment looks at how the audit was done: was the audit really "
                        "carried out, is the audit report truthful, and are the expected effects "
                        "of the proposed CP options credible?</p>"
                    ),
                ),
                ("heading", "Step 2: acceptance"),
                (
                    "paragraph",
                    (
                        "<p>Acceptance looks at results: after the mid/high-cost options have been "
                        "implemented, it verifies what they actually achieved and gives the audit "
                        "its final conclusion.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["Step", "When", "What is checked"],
                            [
                                "Assessment",
                                "After the audit report is finished",
                                (
                                    "Whether the audit process was genuine and sound; whether the "
                                    "report is truthful; whether the expected effects of options "
                                    "are credible"
                                ),
                            ],
                            [
                                "Acceptance",
                                "After the mid/high-cost options are implemented",
                                (
                                    "Whether the real results of the options are verified; the "
                                    "final conclusion on the audit"
                                ),
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
                        "kind": "example",
                        "title": "On this platform",
                        "text": (
                            "<p>Authority staff record the results of assessment and acceptance "
                            "here. They appear on the enterprise's public disclosure page, where "
                            "each audit team member's certificate can be verified with one "
                            "click.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "special-cp-funds-measures-2004",
        "instrument_type": "funding",
        "year_issued": 2004,
        "status": "in_force",
        "binds": ["smes", "governments"],
        "related_slug": "cp-promotion-law-2003",
        "zh": {
            "title": "中央补助地方清洁生产专项资金使用管理办法",
            "issuing_body": "财政部",
            "summary": (
                "<p>清洁生产促进法施行后，财政部发布本办法，对中央财政安排、"
                "补助地方使用的清洁生产专项资金的管理作出规定。</p><p>专项资金由中央预算安排，"
                "用于支持重点行业的中小企业实施清洁生产。这里的重点行业是指污染较重的行业，"
                "包括石化、冶金、化工、轻工、纺织和建材。</p><p>专项资金以补助的方式安排，"
                "支持源头削减、过程控制、资源回收利用，以及适合示范推广的成熟清洁生产技术等项目。"
                "</p>"
            ),
            "body": [
                ("heading", "支持对象"),
                (
                    "paragraph",
                    (
                        "<p>办法支持的是上述重点行业中的中小企业。符合下列任一条件的企业，"
                        "即属于本办法所称的中小企业：</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["指标", "标准"],
                            ["职工人数", "少于2000人"],
                            ["销售额", "低于3亿元"],
                            ["资产总额", "低于4亿元"],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "中小企业的界定标准（满足其一即可）",
                    },
                ),
                ("heading", "补助的项目类型"),
                (
                    "paragraph",
                    (
                        "<ol><li><b>源头削减</b>：改进产品设计，采用无毒原料、"
                        "清洁能源或可再生能源，应用物料消耗低的先进技术和设备；"
                        "</li><li><b>过程控制</b>：更新生产线，提高管理水平，加强现场监测，"
                        "减少生产过程中的污染物；</li><li><b>回收利用</b>：对废物、"
                        "废水和余能进行回收和循环利用；</li><li><b>技术推广</b>：应用成熟、"
                        "适合示范和推广的清洁生产技术和工艺；</li><li><b>其他项目</b>："
                        "其他具有示范和推广价值的清洁生产项目。</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "与技术导向目录的衔接",
                        "text": (
                            "<p>国家发展改革委发布的重点行业清洁生产技术导向目录，"
                            "收录了经实践检验、便于推广的成熟技术，"
                            "是各级经贸部门推荐和审批清洁生产项目的技术依据。企业申请补助时，"
                            "可以参考目录中的技术。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "Management Measures for the Special CP Funds Supplied by the Central Government "
                "to the Local Government"
            ),
            "issuing_body": "Ministry of Finance",
            "summary": (
                "<p>After the CP Promotion Law took effect, the Ministry of Finance issued these "
                "Measures to govern the special CP funds that the central government provides for "
                "use by local governments.</p><p>The funds come from the central budget and "
                "support CP in small and medium-sized enterprises (SMEs) in key sectors. The key "
                "sectors are the heavily polluting ones: petrochemicals, metallurgy, chemicals, "
                "light industry, textiles and building materials.</p><p>The money is paid as "
                "subsidies for projects in source reduction, process control, reuse and recycling, "
                "and proven CP technologies suitable for demonstration.</p>"
            ),
            "body": [
                ("heading", "Who can benefit"),
                (
                    "paragraph",
                    (
                        "<p>The Measures support SMEs in the key sectors above. An enterprise "
                        "counts as an SME if it meets any one of these conditions:</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["Criterion", "Threshold"],
                            ["Employees", "Fewer than 2,000"],
                            ["Sales", "Less than RMB 300 million"],
                            ["Total assets", "Less than RMB 400 million"],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "SME thresholds (any one is enough)",
                    },
                ),
                ("heading", "Projects that can be subsidised"),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Source reduction:</b> better product design, non-toxic raw "
                        "materials, cleaner or renewable energy, and advanced technology and "
                        "equipment that use less material;</li><li><b>Process control:</b> "
                        "upgrading production lines, better management and closer on-site "
                        "monitoring to cut pollution during production;</li><li><b>Reuse and "
                        "recycling</b> of waste materials, water and energy;</li><li><b>Proven "
                        "technology:</b> applying mature CP technologies and processes that are "
                        "suitable for demonstration and wider use;</li><li><b>Other projects</b> "
                        "with value for demonstration and dissemination.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Link to the technology inventories",
                        "text": (
                            "<p>The NDRC's National Inventory of CP Technologies in Key Industries "
                            "lists proven technologies that are easy to adopt. Economic and trade "
                            "authorities use it as the technical basis for recommending and "
                            "approving CP projects, so it is a good starting point for an "
                            "application.</p>"
                        ),
                    },
                ),
            ],
        },
    },
]

NEWS_INDEX: dict = {
    "slug": "news",
    "zh": {
        "title": "新闻动态",
        "intro": "CP Hub 的平台公告、培训安排、政策解读和清洁生产宣传活动。",
    },
    "en": {
        "title": "News",
        "intro": (
            "Announcements from CP Hub, training dates, policy explainers and public campaigns on "
            "cleaner production."
        ),
    },
}

NEWS: list[dict] = [
    {
        "slug": "cp-hub-launch",
        "date": "2025-06-05",
        "category": "announcement",
        "zh": {
            "title": "CP Hub 正式上线",
            "summary": (
                "全国清洁生产推进工作的线上平台 CP Hub 于今日上线，提供审核师培训、"
                "证书在线核验和重点企业环境信息披露等服务。"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>在六五环境日到来之际，CP Hub 正式上线。平台把清洁生产审核师培训、"
                        "证书核验和企业环境信息披露集中到一个网站，中英文双语提供服务。</p>"
                    ),
                ),
                ("heading", "上线的主要功能"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>清洁生产学院</b>：在线报名全国清洁生产审核师培训班，完成预习、"
                        "结业考试，下载电子证书；</li><li><b>证书核验</b>：凭核验码、"
                        "证书编号加姓名或二维码核验证书，无需注册账号；</li><li><b>信息披露</b>："
                        "重点企业在线填报年度报告和临时报告，公众可以检索、比较和下载已公开的数据；"
                        "</li><li><b>法规库</b>：用通俗的语言概述清洁生产相关法律、"
                        "规章和指南的要点。</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "欢迎提出意见",
                        "text": (
                            "<p>平台将根据用户反馈持续改进。使用中遇到任何问题，"
                            "包括无障碍方面的问题，都欢迎通过无障碍声明中的联系方式告诉我们。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "CP Hub goes live",
            "summary": (
                "CP Hub, the online platform of the national Cleaner Production programme, opens "
                "today with auditor training, online certificate verification and environmental "
                "disclosure for key enterprises."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>CP Hub opens today, on World Environment Day. It brings CP auditor "
                        "training, certificate verification and environmental disclosure by "
                        "enterprises together on one website, in Chinese and English.</p>"
                    ),
                ),
                ("heading", "What you can do from today"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>CP Academy:</b> enrol in the National Training Course for CP "
                        "Auditors, do the preparatory study and the final exam, and download your "
                        "certificate;</li><li><b>Verification:</b> check a certificate by "
                        "verification code, by number and name or by QR code, with no account "
                        "needed;</li><li><b>Disclosure:</b> key enterprises file annual and ad-hoc "
                        "reports online, and anyone can search, compare and download the published "
                        "data;</li><li><b>Regulations library:</b> plain-language summaries of the "
                        "laws, rules and guidelines behind CP.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Tell us what you think",
                        "text": (
                            "<p>We will keep improving the platform based on what users tell us. "
                            "If anything gets in your way, including accessibility problems, "
                            "please contact us using the details in the accessibility "
                            "statement.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "officer-training-track-opens",
        "date": "2025-09-16",
        "category": "training",
        "zh": {
            "title": "政府工作人员清洁生产培训路径开放",
            "summary": (
                "面向发展改革、生态环境、工业和信息化等部门工作人员的清洁生产培训路径今日开放，"
                "各单位管理员可为本单位人员分配培训任务。"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>推动和监管清洁生产，既需要企业和咨询机构的专业能力，"
                        "也需要政府工作人员熟悉政策和方法。"
                        "清洁生产学院今日开放政府工作人员培训路径，"
                        "供各级有关部门的工作人员在线学习。</p>"
                    ),
                ),
                ("heading", "课程内容"),
                (
                    "paragraph",
                    (
                        "<ol><li>清洁生产的法规和政策体系；"
                        "</li><li>清洁生产的基本概念和七阶段审核方法；"
                        "</li><li>强制性清洁生产审核的监督管理，以及评估和验收的要点；"
                        "</li><li>国内清洁生产工作的最新进展。</li></ol>"
                    ),
                ),
                ("heading", "如何开通"),
                (
                    "paragraph",
                    (
                        "<p>各单位先申请单位管理员账号，由管理员为本单位人员分配培训任务，"
                        "并查看学习进度和完成情况。政府工作人员账号须启用多因素认证。</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Training track for government officers opens",
            "summary": (
                "A CP training track for staff of development and reform, environmental, industry "
                "and other departments opens today. Agency administrators can assign it to their "
                "staff."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Promoting and regulating CP needs skilled enterprises and consultants, "
                        "but also officials who know the policies and methods. From today the CP "
                        "Academy offers an online training track for government officers at every "
                        "level.</p>"
                    ),
                ),
                ("heading", "What the track covers"),
                (
                    "paragraph",
                    (
                        "<ol><li>the laws and policies behind CP;</li><li>basic CP concepts and "
                        "the 7-phase audit method;</li><li>supervising compulsory CP audits, and "
                        "what to look for in assessment and acceptance;</li><li>recent "
                        "developments in CP in China.</li></ol>"
                    ),
                ),
                ("heading", "How to get started"),
                (
                    "paragraph",
                    (
                        "<p>Each agency first applies for an administrator account. The "
                        "administrator assigns training to staff and follows their progress and "
                        "completion. Officer accounts must use multi-factor authentication.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "auditor-course-cohorts-spring-2026",
        "date": "2025-12-01",
        "category": "training",
        "zh": {
            "title": "2026年春季全国清洁生产审核师培训班开始报名",
            "summary": "2026年3月至5月共安排三期全国清洁生产审核师培训班，每期5天，现已开放报名。",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>清洁生产学院2026年春季将举办三期全国清洁生产审核师培训班。"
                        "凡拟参与强制性清洁生产审核的咨询机构人员和企业技术人员，均可报名。</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["期次", "日期", "报名截止"],
                            ["第一期", "2026年3月9日至13日", "2026年2月13日"],
                            ["第二期", "2026年4月13日至17日", "2026年3月27日"],
                            ["第三期", "2026年5月18日至22日", "2026年4月30日"],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "2026年春季培训班安排",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>学员报名后即可在平台上开始课前预习。培训期间须全程参加五天课程，"
                        "并在第5天参加结业考试，考试合格者获得可在线核验的电子证书。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "报名提示",
                        "text": (
                            "<ul><li>报名须使用经过验证的电子邮箱注册账号；</li><li>每期名额有限，"
                            "额满即止；</li><li>如需因残障安排考试便利，请在报名时说明。</li></ul>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Spring 2026 CP auditor courses open for enrolment",
            "summary": (
                "Three 5-day cohorts of the National Training Course for CP Auditors run from "
                "March to May 2026. Enrolment is now open."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The CP Academy will run three cohorts of the National Training Course "
                        "for CP Auditors in spring 2026. Consultants and enterprise engineers who "
                        "expect to work on compulsory CP audits are welcome to enrol.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "data": [
                            ["Cohort", "Dates", "Enrolment closes"],
                            ["1", "9–13 March 2026", "13 February 2026"],
                            ["2", "13–17 April 2026", "27 March 2026"],
                            ["3", "18–22 May 2026", "30 April 2026"],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Spring 2026 cohorts",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Once enrolled, you can start the preparatory study on the platform. "
                        "You must attend all five days and sit the final exam on Day 5; if you "
                        "pass, you receive a digital certificate that anyone can verify online.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Before you enrol",
                        "text": (
                            "<ul><li>You need an account with a verified email "
                            "address.</li><li>Places are limited and allocated in order of "
                            "enrolment.</li><li>If you need exam arrangements because of a "
                            "disability, tell us when you enrol.</li></ul>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "annual-disclosure-deadline-2026",
        "date": "2026-02-09",
        "category": "announcement",
        "zh": {
            "title": "提醒：2025年度环境信息披露报告须于3月15日前发布",
            "summary": (
                "列入名单的企业须在2026年3月15日前发布2025年度环境信息披露报告。"
                "今年3月15日是星期日，请尽早提交。"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>按照企业环境信息依法披露制度，"
                        "列入名单的企业应当在每年3月15日前发布上一年度的年度报告。"
                        "2025年度报告的截止日期为2026年3月15日，当天是星期日，建议各企业预留时间，"
                        "尽早完成填报和内部审核。</p>"
                    ),
                ),
                ("heading", "提交前请核对"),
                (
                    "paragraph",
                    (
                        "<ul><li>主要污染物的排放量和浓度是否注明了计量单位和数据来源；"
                        "</li><li>排污许可、自行监测、固体废物和危险废物等信息是否完整；"
                        "</li><li>实施强制性清洁生产审核的企业，是否说明了审核原因、进展以及评估、"
                        "验收结果，审核组成员的证书编号是否准确。</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "临时报告和更正",
                        "text": (
                            "<p>年度报告之外，发生排污许可证变更、"
                            "受到生态环境行政处罚等规定事项的，须在5个工作日内发布临时报告。"
                            "已发布的报告如需更正，请提交新版本，并写明更正的事项和理由，"
                            "原版本将继续保留。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Reminder: 2025 annual disclosure reports are due by 15 March",
            "summary": (
                "Listed enterprises must publish their 2025 annual environmental disclosure report "
                "by 15 March 2026. This year 15 March is a Sunday, so please file early."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Under the disclosure rules, listed enterprises must publish their "
                        "annual report for the previous year by 15 March. The deadline for the "
                        "2025 report is 15 March 2026, which falls on a Sunday. Please leave "
                        "enough time to complete the report and your internal review.</p>"
                    ),
                ),
                ("heading", "Check before you submit"),
                (
                    "paragraph",
                    (
                        "<ul><li>Every emission quantity and concentration shows its unit and "
                        "where the figure comes from.</li><li>Permit, self-monitoring, solid waste "
                        "and hazardous waste information is complete.</li><li>If you are under a "
                        "compulsory CP audit: the reason for the audit, its progress and the "
                        "outcome of assessment and acceptance are stated, and the audit team's "
                        "certificate numbers are correct.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ad-hoc reports and corrections",
                        "text": (
                            "<p>Apart from the annual report, events such as a change to your "
                            "discharge permit or an environmental penalty require an ad-hoc report "
                            "within 5 working days. To correct a published report, file a new "
                            "version that says what changed and why; the original stays on the "
                            "record.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "textile-dyeing-water-saving-campaign",
        "date": "2026-03-20",
        "category": "campaign",
        "zh": {
            "title": "“节水从源头做起”印染行业清洁生产宣传活动启动",
            "summary": (
                "围绕世界水日，CP Hub 启动面向印染企业的节水清洁生产宣传活动，介绍审核方法、"
                "行业工具和常见的节水方案。"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>印染是用水量大、废水排放多的行业，"
                        "也是我国最早开展清洁生产审核的行业之一："
                        "20世纪90年代首批编制的行业审核指南中就包括丝绸印染，"
                        "国家发布的清洁生产评价指标体系也覆盖印染行业。值此世界水日，CP Hub "
                        "启动“节水从源头做起”宣传活动，邀请印染企业从工艺源头寻找节水潜力。</p>"
                    ),
                ),
                ("heading", "从审核入手"),
                (
                    "paragraph",
                    (
                        "<p>开展清洁生产审核时，建议把水作为审核重点之一："
                        "在评估阶段实测各工序的用水和排水，建立水平衡，找出用水多、损失大的环节，"
                        "再据此产生和筛选方案。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "印染企业常见的节水方案",
                        "text": (
                            "<ul><li>无/低费方案：完善计量、及时维修跑冒滴漏、规范操作，"
                            "把节水纳入班组考核；</li><li>中/高费方案：采用小浴比染色设备、"
                            "逆流漂洗，回收冷却水和蒸汽冷凝水，对处理后的废水分质回用。"
                            "</li></ul><p>方案是否可行，需要结合企业实际做技术、环境和经济评估。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>活动期间，清洁生产学院将陆续发布印染行业案例和学习资料。欢迎企业、"
                        "咨询机构和高校师生参与。</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "“Save water at the source”: CP campaign for textile dyeing",
            "summary": (
                "For World Water Day, CP Hub launches a campaign for textile dyeing enterprises on "
                "saving water through cleaner production, covering the audit method, sector tools "
                "and common water-saving options."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Textile dyeing uses a great deal of water and discharges a great deal "
                        "of wastewater. It was also one of the first sectors in China to take up "
                        "CP audits: silk dyeing was among the first sector audit guidelines in the "
                        "1990s, and dyeing is covered by a national CP evaluation indicator "
                        "system. For World Water Day, CP Hub is launching “Save water at the "
                        "source”, inviting dyeing enterprises to look for savings in their "
                        "processes rather than at the end of the pipe.</p>"
                    ),
                ),
                ("heading", "Start with an audit"),
                (
                    "paragraph",
                    (
                        "<p>When you carry out a CP audit, consider making water one of its focus "
                        "areas. In the assessment phase, measure the water used and discharged by "
                        "each process, draw up a water balance and find the steps that use or lose "
                        "the most. Then generate and screen options from there.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Common water-saving options in dyeing",
                        "text": (
                            "<ul><li>No/low-cost: better metering, fixing leaks promptly, standard "
                            "operating practice, and water targets for each "
                            "shift;</li><li>Mid/high-cost: low liquor-ratio dyeing machines, "
                            "counter-current rinsing, recovery of cooling water and steam "
                            "condensate, and reuse of treated wastewater where its quality "
                            "allows.</li></ul><p>Whether an option is feasible depends on the "
                            "enterprise: assess it technically, environmentally and "
                            "economically.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>During the campaign the CP Academy will publish dyeing case studies "
                        "and learning materials. Enterprises, consultants, lecturers and students "
                        "are all welcome to take part.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "university-module-pilot",
        "date": "2026-09-01",
        "category": "policy",
        "zh": {
            "title": "清洁生产课程模块高校试点启动",
            "summary": (
                "新学期起，首批试点院校通过 LTI 1.3 或网页嵌入，"
                "在本校课程中使用清洁生产学院的课程模块。"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>清洁生产促进法要求把清洁生产技术和管理课程纳入高等教育和职业教育。"
                        "为落实这一要求，清洁生产学院自本学期起开展高校课程模块试点，"
                        "首批试点院校包括开设环境类专业的本科院校和职业院校。</p>"
                    ),
                ),
                ("heading", "试点内容"),
                (
                    "paragraph",
                    (
                        "<ul><li>试点院校可通过 LTI 1.3 把模块接入本校教学平台，学生无需另行注册；"
                        "</li><li>也可以把模块嵌入课程网页，用于课堂演示和课后学习；"
                        "</li><li>首批开放的模块涵盖清洁生产概念、七阶段审核方法、"
                        "行业清洁生产标准和评价指标体系。</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "其他院校如何参与",
                        "text": (
                            "<p>有意参与的院校可以申请高校管理员账号，按照“高校接入指南”完成登记。"
                            "试点期间收集的意见将用于完善模块内容和接入流程。</p>"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "University pilot of CP course modules begins",
            "summary": (
                "From the new semester, the first pilot institutions use CP Academy modules in "
                "their own courses, through LTI 1.3 or by embedding them in web pages."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The CP Promotion Law asks for CP technology and management to be "
                        "taught in higher and vocational education. To support this, the CP "
                        "Academy starts a pilot of its university modules this semester. The first "
                        "institutions are universities and vocational colleges that teach "
                        "environmental subjects.</p>"
                    ),
                ),
                ("heading", "What the pilot includes"),
                (
                    "paragraph",
                    (
                        "<ul><li>Pilot institutions can connect modules to their learning platform "
                        "through LTI 1.3, so students need no separate account.</li><li>Modules "
                        "can also be embedded in course web pages for lectures and "
                        "self-study.</li><li>The first modules cover the CP concept, the 7-phase "
                        "audit method, sector CP standards and evaluation indicator "
                        "systems.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "How other institutions can join",
                        "text": (
                            "<p>Institutions that want to take part can apply for a university "
                            "administrator account and register by following the guide for "
                            "universities. Feedback from the pilot will shape the modules and the "
                            "way institutions connect.</p>"
                        ),
                    },
                ),
            ],
        },
    },
]
