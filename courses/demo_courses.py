# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""The demo courses, assembled from the lesson data modules beside this file.

Course facts are written here; the units and lessons live in the demo_course_* modules.
"""

from courses import demo_course_auditor_days_1_3 as days_1_3
from courses import demo_course_auditor_days_4_5_and_tracks as days_4_5_and_tracks
from courses import demo_course_refresher as refresher

COURSE_INDEX = {
    "slug": "courses",
    "zh": {
        "title": "课程",
        "intro": (
            "全国清洁生产审核师培训班、政府工作人员培训和高校课程模块。"
            "课程大纲向所有人公开；报名后即可学习全部课时，满足课程规则后开放结业考试。"
        ),
    },
    "en": {
        "title": "Courses",
        "intro": (
            "The National Training Course for CP Auditors, training for government officers and "
            "university modules. Every outline is public; enrol to study the lessons, and the "
            "final exam opens once you meet the course rules."
        ),
    },
}

AUDITOR_COURSE = {
    "slug": "cp-auditor-course",
    "track": "auditor",
    "completion_rule": "required_lessons",
    "attendance_required": True,
    "self_paced": True,
    "duration_days": 5,
    "duration_hours": 40,
    "certificate_validity_years": 3,
    "instruction_language": "bilingual",
    "zh": {
        "title": "全国清洁生产审核师培训班",
        "summary": (
            "为期5天的全国清洁生产审核师培训课程，系统讲授清洁生产理念与法规体系、"
            "审核七个阶段的方法、行业标准与评价指标体系，以及重点企业强制性审核、"
            "评估验收和信息披露要求，结业考试合格后颁发审核师证书。"
        ),
        "audience": (
            "咨询机构的清洁生产审核人员、企业环保和技术负责人，以及参与强制性清洁生产审核的"
            "所有人员。参与强制性审核的每一位审核人员都须持有审核师证书。"
        ),
        "learning_outcomes": [
            "说明清洁生产的概念、我国清洁生产法律法规体系和强制性审核的适用情形",
            "按七个阶段组织和实施一轮完整的清洁生产审核",
            "编制物料平衡、水平衡和能量平衡，并从八个方面分析废物产生原因",
            "运用投资回收期、净现值和内部收益率评价中/高费方案的经济可行性",
            "运用行业清洁生产标准和评价指标体系评定企业清洁生产水平",
            "为强制性审核的评估和验收以及企业信息披露准备材料",
        ],
        "prerequisites": (
            "<p>具有大专及以上学历，并有环境、化工、能源或相关工程领域的工作经验。"
            "无需事先学习清洁生产课程。</p>"
        ),
        "final_exam_intro": (
            "<p>结业考试共60道题，限时120分钟，成绩达到70%为合格。每位学员有两次考试机会，"
            "两次之间至少间隔7天。考试内容覆盖五天课程的全部主题。</p>"
        ),
    },
    "en": {
        "title": "National Training Course for CP Auditors",
        "summary": (
            "The five-day national course for Cleaner Production auditors: the CP concept and "
            "its legal system, the seven audit phases, sector standards and evaluation "
            "indicator systems, and the compulsory audits, assessment, acceptance and "
            "disclosure duties of key enterprises. Passing the final exam earns the auditor "
            "certificate."
        ),
        "audience": (
            "CP auditors at consultancies, environmental and technical managers in enterprises, "
            "and everyone who works on a compulsory CP audit: each of them must hold the "
            "auditor certificate."
        ),
        "learning_outcomes": [
            "Explain what CP is, the legal and regulatory system, and when an audit is compulsory",
            "Organise and run a complete audit through its seven phases",
            "Draw up material, water and energy balances and analyse causes from eight aspects",
            "Judge mid/high-cost options with payback period, NPV and IRR",
            "Grade an enterprise against sector CP standards and evaluation indicator systems",
            "Prepare a compulsory audit for assessment and acceptance, and support disclosure",
        ],
        "prerequisites": (
            "<p>A college degree or higher and work experience in environmental, chemical, "
            "energy or related engineering. No previous CP course is needed.</p>"
        ),
        "final_exam_intro": (
            "<p>The final exam has 60 questions and lasts 120 minutes; 70% is a pass. Each "
            "trainee has two attempts at least 7 days apart. It covers every topic of the "
            "five days.</p>"
        ),
    },
    "units": [*days_1_3.UNITS, *days_4_5_and_tracks.AUDITOR_UNITS],
}

COURSES = [
    AUDITOR_COURSE,
    days_4_5_and_tracks.OFFICER_COURSE,
    *days_4_5_and_tracks.UNIVERSITY_MODULES,
    refresher.REFRESHER_COURSE,
]
