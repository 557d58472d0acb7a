"""Cue words for the consistency checks (`policyextract check`): data only, read by check.py.

Each list holds both scripts where they differ, because the checks read the sentence as written.
"""

from __future__ import annotations

# A change downward: the figure after it is subtracted (减少1.6% is −1.6%).
DECREASE_WORDS: tuple[str, ...] = (
    "减少", "下降", "降低", "回落", "减小", "缩小", "缩减", "压减", "削减", "下滑", "降幅", "减幅", "少了",
    "減少", "降幅", "減小", "縮小", "縮減", "壓減", "削減", "減幅",
)  # fmt: skip
# A change upward (增长21.67%, 提高0.3个百分点).
INCREASE_WORDS: tuple[str, ...] = (
    "增加", "增长", "提高", "上升", "增幅", "增多", "扩大", "提升", "攀升", "多出", "净增", "涨幅", "增收",
    "增長", "提昇", "擴大", "淨增", "漲幅",
)  # fmt: skip
# Words right before a share: the percentage is one figure's part of another (占60%, 占比60%).
SHARE_CUES: tuple[str, ...] = ("占", "佔", "占比", "所占比例", "比重")
# Words that say every part is listed, so the parts must add up to the total.
FULL_BREAKDOWN_CUES: tuple[str, ...] = ("分别为", "分别是", "分别有", "分別為", "分別是")
# Verbs that pick some of a total out before its 分别 list (毕业生4216人，升入高中和中职的分别为
# 2530人和1348人): the list names where some went, not every part, so it need not add up.
SELECTING_VERBS: tuple[str, ...] = (
    "升入", "考入", "进入", "录取", "转入", "就读", "流向", "选择", "参加", "获得", "达到", "取得", "通过",
    "升學", "進入", "錄取", "轉入", "就讀", "選擇", "參加", "獲得", "達到",
)  # fmt: skip
# A clause boundary: figures across one of these do not form a group.
CLAUSE_STOPS: str = "。！？；;!?\n"
