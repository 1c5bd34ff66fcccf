"""Family: a text that is a policy (意见, 办法, 若干措施) lays its terms down sentence after sentence; every figure of a
sentence that grants, shares a cost or caps is a term, conditions included, while the outcomes it aims at stay
indicators (README, lead's decision on policy documents). Seen in 13 policy documents of 11 sources (553 scored)."""

from __future__ import annotations

from models.suggest.indicators import find_indicators

# written for the test in the shape such policies take: an aims paragraph, then measures with their terms
_POLICY = (
    "关于加快发展社区托育服务的实施意见\n"
    "一、发展目标\n"
    "到2025年，全市建成40家以上社区托育服务中心，托位覆盖率达到90%。\n"
    "二、政策措施\n"
    "1．对新建达标的社区托育服务中心，一次性给予每平方米500元的建设补贴，最高不超过50万元。\n"
    "2．托育机构每年新招用毕业生5人及以上，且缴纳社会保险满1年的，给予3万元一次性补贴。\n"
    "3．从业人员在同一机构工作满2年的，每人每月给予200元岗位补贴。\n"
    "4．以上补贴资金由市财政承担40%、区财政承担60%。\n"
    "5．对连锁运营5家以上托育机构的企业，每年一次性给予8万元资助。\n"
)


def _texts(text: str) -> list[str]:
    return [s.text for s in find_indicators(text)]


def test_a_policys_terms_are_no_indicators_its_aims_are() -> None:
    found = find_indicators(_POLICY)
    assert [s.text for s in found] == ["40家", "托位覆盖率达到90%"]
    assert {s.attributes["kind"] for s in found} == {"target"}


def test_a_report_that_mentions_grants_keeps_what_it_paid() -> None:
    report = (
        "2023年工作总结\n"
        "全年为1200名困难老人发放护理补贴360万元。对新建的8家托育中心给予建设补贴共计400万元。"
        "城乡低保标准由每人每月700元提高到760元。\n"
    )
    assert "护理补贴360万元" in _texts(report)
    assert any("8家" in t for t in _texts(report))


def test_one_grant_sentence_does_not_make_a_report_a_policy() -> None:
    # a plan section may state one grant; the text is no policy, its other figures are read as before
    report = "2024年工作计划\n全年新增就业3000人。对首次升规的企业给予10万元奖励。建成口袋公园12个。\n"
    texts = _texts(report)
    assert any("3000人" in t for t in texts) and any("12个" in t for t in texts)
