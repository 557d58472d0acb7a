"""Built-in indicator table: metric keywords → stable indicator codes (data only).

Order matters: the first entry whose keywords occur in the metric wins, so specific rates
(毛入学率) come before general ones (入学率). Users prepend their own entries at run time.
"""

from __future__ import annotations

from typing import Any

_RATE = ["percentage", "percentage_point"]

BUILT_IN: list[dict[str, Any]] = [
    {"code": "gross_enrollment_rate", "keywords": ["毛入学率", "毛入园率"], "kinds": _RATE},
    {"code": "preschool_enrollment_rate", "keywords": ["入园率", "入园(班)率", "受教育率"], "kinds": _RATE},
    {"code": "dropout_rate", "keywords": ["辍学率", "流失率"], "kinds": _RATE},
    {"code": "retention_rate", "keywords": ["巩固率"], "kinds": _RATE},
    {"code": "promotion_rate", "keywords": ["升学率"], "kinds": _RATE},
    {"code": "admission_rate", "keywords": ["录取率", "上线率", "达线率", "本科率"], "kinds": _RATE},
    {
        "code": "pass_rate",
        "keywords": ["及格率", "合格率", "通过率", "优秀率"],
        "kinds": _RATE,
        "exclude": ["学历合格率"],
    },
    {"code": "teacher_qualification_rate", "keywords": ["学历合格率", "学历达标率"], "kinds": _RATE},
    {"code": "coverage_rate", "keywords": ["覆盖率", "普及率", "达标率", "配备率", "完成率", "办结率"], "kinds": _RATE},
    {"code": "enrollment_rate", "keywords": ["入学率", "入学"], "kinds": _RATE},
    {"code": "satisfaction_rate", "keywords": ["满意度", "满意率"], "kinds": _RATE},
    {"code": "student_teacher_ratio", "keywords": ["生师比", "师生比"], "kinds": ["ratio"]},
    {"code": "vocational_general_ratio", "keywords": ["职普比"], "kinds": ["ratio"]},
    {"code": "debt", "keywords": ["欠款", "债务", "贷款", "欠账"], "kinds": ["money"]},
    {
        "code": "student_aid",
        "keywords": ["资助", "助学", "补助", "奖学金", "救助", "免费"],
        "kinds": ["money", "count"],
    },
    {"code": "investment", "keywords": ["投资", "投入", "建设资金", "引资"], "kinds": ["money"]},
    {"code": "funding", "keywords": ["经费", "资金", "拨款", "专款", "预算", "缺口"], "kinds": ["money"]},
    {"code": "school_places", "keywords": ["学位"], "kinds": ["count"]},
    {
        "code": "schools_new",
        "keywords": ["新建", "新增", "开工建设"],
        "kinds": ["count"],
        "exclude": ["学位", "教师", "学生"],
    },
    {"code": "schools_rebuilt", "keywords": ["改扩建", "改造", "维修", "危房"], "kinds": ["count", "area"]},
    {"code": "enrolment_intake", "keywords": ["招生", "录取"], "kinds": ["count"]},
    {"code": "students", "keywords": ["在校生", "学生", "幼儿", "儿童"], "kinds": ["count"]},
    {"code": "teachers", "keywords": ["教师", "教职工", "校长", "老师", "专任"], "kinds": ["count"]},
    {"code": "schools", "keywords": ["学校", "中学", "小学", "幼儿园", "校", "园"], "kinds": ["count"]},
    {"code": "training", "keywords": ["培训"], "kinds": ["count"]},
]
