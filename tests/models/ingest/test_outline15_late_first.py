"""A copy cut inside the top run: its first heading (二、) is real when a run from 1 opens right under it."""

from __future__ import annotations

from models.ingest.outline import build_outline


def _flat(text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def walk(sections: object, depth: int) -> None:
        for s in sections:  # type: ignore[attr-defined]
            out.append((depth, s.label, s.title))
            walk(s.children, depth + 1)

    walk(build_outline(text), 0)
    return out


def test_a_one_line_copy_cut_before_its_second_part_keeps_that_part_over_its_items() -> None:
    text = (
        "设施。完成20个村(社区)综合文化服务中心提标升级,6个社区阅读点正常有序开放。建成全市体育健身圈,"
        "实现行政村体育设施全覆盖。现有各类体育俱乐部18家,晨晚练点246个。二、精心策划,文体工作创新出彩(一)主要工作。"
        "1、举办“我们的节日”广场演出。抓住重要时间节点,成功举办新年音乐会、戏曲展演、文艺晚会等重大活动。"
        "2、举办第十四届河豚文化节开幕式大型广场活动。以充满地方特色的演出展示城市风貌,观众达两万人次。"
    )
    got = [(d, label) for d, label, _ in _flat(text)]
    assert got == [(0, "二、"), (1, "(一)"), (2, "1、"), (2, "2、")]


def test_a_late_first_heading_with_no_items_of_its_own_under_it_gains_nothing() -> None:
    # 一、… 一、…: a part title over its first run keeps its place (181), the late-first bonus needs a late heading
    text = (
        "区侨办2023年工作总结\n一、2023年工作总结\n今年以来,我办在区委区政府的正确领导下,各项工作取得新进展。\n"
        "一、固本强基,全面开展侨情调查\n全年走访归侨侨眷300余户,建立侨情档案。\n"
        "二、以活动为载体,凝聚侨心,深化联谊交流\n1、精心组织开展大型联谊活动\n举办联谊会3场,参加人数600余人。\n"
        "2、认真组织开展系列走访慰问活动\n走访慰问困难归侨侨眷45户。\n"
    )
    got = [(d, label) for d, label, _ in _flat(text)]
    assert got[0] == (0, "一、") and got[1] == (1, "一、")
