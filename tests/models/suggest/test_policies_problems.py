"""Policy titles, document numbers and programmes; problem sections and cue sentences."""

from __future__ import annotations

from models.suggest.policies import find_policies
from models.suggest.problems import find_problems


def test_title_with_document_number() -> None:
    text = "出台《关于加快推进全市5G网络建设的实施意见》(潜政办发〔2020〕19号),对5G网络建设提出要求。"
    (p,) = find_policies(text)
    assert p.text == "《关于加快推进全市5G网络建设的实施意见》(潜政办发〔2020〕19号)"
    assert (p.attributes["issuer_code"], p.attributes["year"], p.attributes["serial"]) == ("潜政办发", 2020, 19)
    assert p.attributes["policy_kind"] == "document" and p.confidence >= 0.9


def test_generic_report_title_is_kept_with_lower_confidence() -> None:
    text = "落实《政府工作报告》和《某县考核办法》。"
    report, rules = find_policies(text)
    assert report.text == "《政府工作报告》" and rules.text == "《某县考核办法》"
    assert report.confidence < rules.confidence


def test_programmes_only_when_they_look_like_programmes() -> None:
    text = "推进“万企上云”,深化“两化融合”,当好“店小二”,做到“两个维护”,实施“数商兴农”工程。"
    got = {p.text: p for p in find_policies(text)}
    assert set(got) == {"“万企上云”", "“两化融合”", "“数商兴农”"}
    assert all(p.attributes["policy_kind"] == "programme" and p.confidence < 0.7 for p in got.values())


def test_bare_document_number_is_a_policy() -> None:
    (p,) = find_policies("落实宣办发〔2020〕9号文件精神。")
    assert p.text == "宣办发〔2020〕9号" and p.attributes["serial"] == 9


def test_problem_section_with_subsections() -> None:
    text = (
        "一、工作成效\n产值增长。\n二、困难和问题\n（一）投入不足。研发经费少。\n（二）人才短缺。引才难。\n"
        "三、下一步打算\n补短板,强弱项。\n"
    )
    items = [p for p in find_problems(text) if p.confidence >= 0.8]
    assert [p.text for p in items] == ["（一）投入不足。研发经费少。", "（二）人才短缺。引才难。"]
    assert items[0].attributes["summary"] == "投入不足"


def test_problem_section_with_yishi_items() -> None:
    text = "三、存在的短板\n一是创新能力弱;二是融资难度大;三是用工成本高。\n四、明年计划\n继续努力。\n"
    items = [p.text for p in find_problems(text) if p.confidence >= 0.8]
    assert items == ["一是创新能力弱;", "二是融资难度大;", "三是用工成本高。"]


def test_cue_sentences_elsewhere_have_low_confidence_and_skip_measures() -> None:
    text = "一、总体情况\n企业融资仍然存在困难。我们帮助企业解决困难。围绕补短板开展工作。\n"
    got = find_problems(text)
    assert [p.text for p in got] == ["企业融资仍然存在困难。"]
    assert got[0].confidence < 0.5


def test_difficulties_met_or_overcome_are_no_problem() -> None:
    # seen in the window on a county report (2316): a review paragraph naming the difficulties the year was faced with
    text = (
        "一、本届政府工作回顾\n"
        "2013年以来,面对复杂形势、严峻挑战、艰巨任务,本届政府坚持产业主导,积极应对各种困难,较好地实现了目标任务。"
        "我们战胜了种种困难,经济持续健康发展。面对重重困难和压力,全市上下奋力拼搏。"
        "县域经济发展仍面临不少困难。\n"
    )
    got = find_problems(text)
    assert [p.text for p in got] == ["县域经济发展仍面临不少困难。"]
