"""Cleaning by family (session 19): what a page prints over the report's own title block.

- a doc site's outline preview whose leads open ``一要…`` as well as ``一是…`` (1614; 088 and 578 the ``一是`` form);
- a farm's page title that is the report's title block glued onto one line, a site's tail after it (1683, 258);
- a page's title line over a text flattened onto one line that opens with the same title, blanks after it (1630, 176);
- a farm's piece number over the title, set off by blanks with a word count after the copy (1585; 049 with a colon).
"""

from __future__ import annotations

from tests.models.ingest._reading import kept_lines as _lines

_PREVIEW = [
    "目录/提纲:……",
    "一、2017年工作总结",
    "(一)造林绿化工程",
    "(二)产业基地建设",
    "二、2018年工作计划",
    "(一)围绕林业发展抓造林绿化",
    "一是查缺补漏,筑牢基础",
    "(二)围绕生态安全抓资源保护",
    "一要深入实施保护行动",
    "二要严密防范森林火灾",
    "……",
]
_OWN = [
    "林业局关于2017年工作总结及2018年工作计划的汇报",
    "2017年,林业工作紧紧围绕县委、县政府总体战略部署,全力推进各项工作,现将2017年工作总结及2018年工作计划汇报如下:",
    "一、2017年工作总结",
    "(一)造林绿化工程。2017年我县营造林目标任务3.5万亩,全县共完成营造林面积3.61万亩。",
]


def test_a_paywalled_preview_whose_leads_say_yi_yao_leaves() -> None:
    lines = _lines("\n".join([*_PREVIEW, *_OWN]) + "\n")
    assert lines[0] == _OWN[0]
    assert "一要深入实施保护行动" not in lines and "(一)围绕林业发展抓造林绿化" not in lines
    assert "一、2017年工作总结" in lines  # the heading in the text stays


def test_yi_yao_leads_in_the_text_stay() -> None:
    leads = ["一要深入实施保护行动", "二要严密防范森林火灾", "三要严守生态保护红线"]
    text = "\n".join([_OWN[0], _OWN[1], *leads, _OWN[3]])
    lines = _lines(text + "\n")
    assert "一要深入实施保护行动" in lines and "三要严守生态保护红线" in lines


_BLOCK = [
    "2021年某市某区政府工作报告",
    "——2021年1月27日在某市某区第十八届人民代表大会第六次会议上",
    "区长:张三",
    "各位代表:",
    "现在,我代表区人民政府,向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。",
]


def test_the_title_block_glued_over_itself_leaves() -> None:
    glued = _BLOCK[0] + _BLOCK[1] + "(全文15938字)"
    lines = _lines("\n".join([glued, *_BLOCK]) + "\n")
    assert glued not in lines
    assert lines[0] == _BLOCK[0] and lines[1] == _BLOCK[1]


def test_a_title_with_its_delivery_glued_alone_stays() -> None:
    # the glued line is the report's only title block: nothing under it repeats it
    glued = _BLOCK[0] + _BLOCK[1]
    lines = _lines("\n".join([glued, *_BLOCK[2:]]) + "\n")
    assert lines[0] == glued


_FLAT = "某局2019年上半年工作总结和下半年工作重点汇编   2019年,我局继续深入贯彻落实全会精神,扎实推进各项工作。"


def test_a_page_title_over_a_flattened_text_opening_with_it_leaves() -> None:
    page = ["当前位置:某文档网>工作总结", "[某局2019年上半年工作总结和下半年工作重点汇编]", _FLAT]
    lines = _lines("\n".join(page) + "\n")
    assert "[某局2019年上半年工作总结和下半年工作重点汇编]" not in lines
    assert lines[-1].startswith("某局2019年上半年工作总结")  # the text keeps its own title


def test_a_title_over_a_sentence_that_names_it_stays() -> None:
    # the text runs on from the title without a break: a sentence naming the report, not a flattened copy
    own = "2009年某街道办事处工作总结"
    text = own + "是按照总体要求,全力推进社区改造建设,三年来共投入资金3亿元,完成改造任务。"
    lines = _lines("\n".join([own, text]) + "\n")
    assert lines[0] == own


def test_a_farm_piece_number_with_a_word_count_leaves() -> None:
    page = [
        "某镇镇长个人述职报告",
        "第一篇 某镇镇长个人述职报告2150字",
        "尊敬的各位领导、同志们:",
        "本人自2019年1月起任某镇党委副书记、镇长。现将三年来各方面情况报告如下,请予评议。",
        "一、抓好学习这个根本前提",
        "自觉把学习作为基本需要,作为工作的第一课,利用八小时之外的时间自觉学习。",
    ]
    lines = _lines("\n".join(page) + "\n")
    assert "第一篇 某镇镇长个人述职报告2150字" not in lines
    assert lines[0] == "某镇镇长个人述职报告"


def test_a_plan_part_heading_stays() -> None:
    page = [
        "某市国民经济和社会发展第十四个五年规划纲要",
        "第一篇 开启全面建设社会主义现代化新征程",
        "第一章 发展基础",
        "十三五时期是全面建成小康社会决胜阶段,全市经济社会发展取得新的重大成就,综合实力显著增强。",
    ]
    lines = _lines("\n".join(page) + "\n")
    assert "第一篇 开启全面建设社会主义现代化新征程" in lines
