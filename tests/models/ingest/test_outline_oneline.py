"""Reports run together on one line (issue 17): paragraphs that open with a headline sentence."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年发展打下了坚实基础。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_paragraphs_opening_with_a_headline_sentence_are_subheadings() -> None:
    text = (
        "某县农业农村局2022年工作总结 今年以来，我局认真贯彻落实县委县政府决策部署。现将主要工作总结如下： "
        f"一、2022年工作成效 粮食生产稳定。{PARA} 产业项目有进展。{PARA} 做好农村改厕工作。{PARA} "
        f"二、2023年工作打算 {PARA}\n"
    )
    assert flat(text) == [
        (1, "一、", "2022年工作成效"),
        (2, "", "粮食生产稳定"),
        (2, "", "产业项目有进展"),
        (2, "", "做好农村改厕工作"),
        (1, "二、", "2023年工作打算"),
    ]


def test_a_section_leading_its_paragraphs_with_yi_shi_keeps_headline_sentences_as_leads() -> None:
    # the 一是 gate holds section by section: a review written with 一是… leads and a plan written with headline
    # sentences (the session-10 ruling on one-line texts: the plan's leads are headings, the 一是 leads stay leads)
    text = (
        "某县农业农村局2022年工作总结 今年以来，我局认真贯彻落实县委县政府决策部署。现将主要工作总结如下： "
        f"一、2022年工作成效 一是稳粮食。{PARA} 粮食生产稳定。{PARA} 二是强产业。{PARA} 产业项目有进展。{PARA} "
        f"二、2023年工作打算 粮食生产稳定。{PARA} 产业项目有进展。{PARA} 做好农村改厕工作。{PARA}\n"
    )
    assert flat(text) == [
        (1, "一、", "2022年工作成效"),
        (1, "二、", "2023年工作打算"),
        (2, "", "粮食生产稳定"),
        (2, "", "产业项目有进展"),
        (2, "", "做好农村改厕工作"),
    ]


def test_headline_sentences_under_a_numbered_section_of_a_part_stay_under_it() -> None:
    # 2021年工作计划 ⏎ 一、… ⏎ 推动迭代升级。…: the headline sentences are subheadings of 一、, not siblings of the
    # unnumbered part title above it
    plan = " ".join(
        f"{n}、{t} {h[0]}。{PARA} {h[1]}。{PARA} {h[2]}。{PARA}"
        for n, t, h in (
            ("一", "以创新为核，构筑产业强市新高地", ("推动迭代升级", "聚焦五型经济", "提升创新实力")),
            ("二", "以融合为先，建设区域发展新枢纽", ("加快区域融合", "推动城乡融合", "深化产教融合")),
        )
    )
    text = (
        "某市发展和改革委员会2020年工作总结和2021年工作计划 2020年工作总结 "
        f"一、战疫情强保障 一是强化应急保供。{PARA} 二是强化稳价保市。{PARA} "
        f"二、绘蓝图谋全局 一是精心编规划。{PARA} 二是科学定政策。{PARA} "
        f"2021年工作计划 {PARA} {plan}\n"
    )
    assert flat(text) == [
        (1, "", "2020年工作总结"),
        (2, "一、", "战疫情强保障"),
        (2, "二、", "绘蓝图谋全局"),
        (1, "", "2021年工作计划"),
        (2, "一、", "以创新为核，构筑产业强市新高地"),
        (3, "", "推动迭代升级"),
        (3, "", "聚焦五型经济"),
        (3, "", "提升创新实力"),
        (2, "二、", "以融合为先，建设区域发展新枢纽"),
        (3, "", "加快区域融合"),
        (3, "", "推动城乡融合"),
        (3, "", "深化产教融合"),
    ]


def test_headline_sentences_standing_as_pieces_of_their_own_are_subheadings_among_many_paragraphs() -> None:
    # a one-line copy of a report whose subheadings were sentence lines of their own (国民经济发展质量提高。 ⏎ …):
    # each a piece between blanks, its paragraph the next piece, counted as lead lines are (not as a share of the
    # paragraphs, and whatever 一要… leads the paragraphs hold)
    heads = ("国民经济发展质量提高。", "国有企业改革取得重要进展。", "城乡人民生活继续改善。")
    body = " ".join(f"{head} 一要{PARA} {PARA} {PARA} 二要{PARA}" for head in heads)
    text = f"政府工作报告 各位代表： {PARA} 一、1999年国内工作回顾 {PARA} {body} 二、今年的工作 {PARA}\n"
    assert flat(text) == [
        (1, "一、", "1999年国内工作回顾"),
        (2, "", "国民经济发展质量提高"),
        (2, "", "国有企业改革取得重要进展"),
        (2, "", "城乡人民生活继续改善"),
        (1, "二、", "今年的工作"),
    ]


def test_one_headline_sentence_alone_is_not_a_heading() -> None:
    # (right after a numbered heading alone on its piece it is that heading's first sub-head: test_outline_families)
    text = (
        "某县农业农村局2022年工作总结 今年以来，我局认真贯彻落实县委县政府决策部署。现将主要工作总结如下： "
        f"一、2022年工作成效 {PARA} 粮食生产稳定。{PARA} {PARA} 二、2023年工作打算 {PARA}\n"
    )
    assert flat(text) == [(1, "一、", "2022年工作成效"), (1, "二、", "2023年工作打算")]


def test_headings_run_on_after_the_lead_in_colon_in_a_one_line_copy() -> None:
    text = (
        "第1页共5页某县水利局工作总结报告今年以来，我局积极安排部署，各项水利工作有序推进，取得一定成效。"
        "现总结汇报如下：一、2023年工作完成情况(一)重点工程进展情况1、某水库除险保安工程。"
        + PARA * 3
        + "2、农村饮水工程。"
        + PARA * 3
        + "(二)河湖管理情况。"
        + PARA * 2
    )
    assert flat(text) == [
        (1, "一、", "2023年工作完成情况"),
        (2, "(一)", "重点工程进展情况"),
        (3, "1、", "某水库除险保安工程"),
        (3, "2、", "农村饮水工程"),
        (2, "(二)", "河湖管理情况"),
    ]


def test_a_list_after_a_colon_inside_a_sentence_is_not_a_heading() -> None:
    text = (
        "某县水利局工作总结 今年以来，我局积极安排部署，重点抓了三项工作：1、水库除险；2、河道清淤；3、饮水安全。"
        + PARA * 4
    )
    assert flat(text) == []


def test_a_speech_whose_paragraphs_now_and_then_open_with_a_short_sentence_has_no_headline_series() -> None:
    # a one-line copy of a speech written in paragraphs: a few of many paragraphs open with a short sentence, as prose
    # does; a headline series is how the document writes its paragraphs (most of them), not an accident of wording
    opening = ("但是我们没有任何理由可以自满。", "中国人民一定要解放台湾。", "手工业在国民经济中有重要的作用。")
    paras = [(opening[k // 6] if k % 6 == 1 else "") + PARA for k in range(16)]
    text = "政府工作报告 各位代表： " + " ".join(paras) + "\n"
    assert flat(text) == []


def test_a_half_width_stop_inside_a_title_stays_in_it_when_a_single_blank_ends_the_title_line() -> None:
    # a one-line copy whose line breaks became single blanks: the title line ends at the blank, as at a line break
    title = "一、农业结构调整初见成效.农村经济稳定增长,也存在一些问题,政府工作有成绩有特色"
    lines = ["某县政府工作报告", PARA, title, PARA, "二、工业经济快速发展", PARA]
    assert flat(" ".join(lines))[0] == (1, "一、", title[2:])
    assert flat("\n".join(lines))[0] == (1, "一、", title[2:])


def test_lead_sentences_standing_as_pieces_are_read_as_lead_lines_even_with_two_clauses() -> None:
    # a one-line copy of a report whose lead sentences stood on lines of their own: each is a piece between blanks,
    # read as lead_lines reads a line (up to two clauses), its paragraph the next piece
    heads = (
        "这一年，我们迎难而上稳大盘，保持了稳中有进的良好态势。",
        "这一年，我们大抓实体兴产业，迈出了转型升级的有力步伐。",
        "这一年，我们用心用情惠民生，群众的获得感不断增强。",
    )
    body = " ".join(f"{head} {PARA}{PARA}" for head in heads)
    text = f"某县人民政府工作报告 各位代表： {PARA} 一、2022年工作回顾 {PARA} {body} 二、2023年工作安排 {PARA}\n"
    assert flat(text) == [
        (1, "一、", "2022年工作回顾"),
        *[(2, "", head[:-1]) for head in heads],
        (1, "二、", "2023年工作安排"),
    ]


def test_a_stray_blank_inside_the_first_sentence_of_the_paragraph_does_not_hide_its_lead() -> None:
    # (挖掘引入上下游产业链 企业 ,探索…: a web copy's stray blanks; the paragraph still runs on to its sentence end)
    heads = ("着力发展在线经济。", "合力引入招商资源。", "加快升级产业结构。")
    paras = ("围绕龙头企业，挖掘引入上下游产业链 企业 ，" + PARA, PARA + PARA, PARA + PARA)
    body = " ".join(f"{h} {p}" for h, p in zip(heads, paras, strict=True))
    text = f"某街道2023年工作计划 {PARA} 一、稳中求进，推动经济质效新提升 {PARA} {body} 二、民生为本 {PARA}\n"
    assert flat(text) == [
        (1, "一、", "稳中求进，推动经济质效新提升"),
        *[(2, "", h[:-1]) for h in heads],
        (1, "二、", "民生为本"),
    ]


def test_a_lead_in_over_enumerated_leads_is_no_lead_sentence() -> None:
    # …抓好以下几个方面。 一是 …: the sentence counts what follows, and 一是 alone is no paragraph
    text = (
        f"政府工作报告 各位代表： {PARA} 一、今年的主要任务 {PARA} 当前和今后一段时期，要集中力量抓好以下几个方面。 "
        f"一是 {PARA} 二是 {PARA} 要围绕优化结构，着重抓好四个环节。 一是 {PARA} 二是 {PARA} "
        f"继续实施积极的财政政策，扩大内需。 一是{PARA} 二、政府建设 {PARA}\n"
    )
    assert flat(text) == [(1, "一、", "今年的主要任务"), (1, "二、", "政府建设")]


def test_a_figure_rest_after_a_stray_blank_and_a_lead_in_are_no_headline_sentences() -> None:
    # 光缆线路550 ​ 多万公里。: the rest of a figure a stray blank cut off; 一年来，我们主要做了以下工作。: a lead-in
    heads = ("粮食生产稳定。", "产业项目有进展。", "做好农村改厕工作。")
    body = " ".join(f"{h}{PARA}" for h in heads)
    text = (
        f"某县2022年工作总结 {PARA} 一、2022年工作成效 {body} {PARA}新增光缆线路550 \u200b 多万公里。{PARA} "
        f"一年来，我们主要做了以下工作。{PARA} 二、2023年工作打算 {PARA}\n"
    )
    assert [t for _, label, t in flat(text) if not label] == [h[:-1] for h in heads]


def test_a_numbered_item_that_is_one_long_sentence_keeps_it_whole_as_in_the_lined_copy() -> None:
    # 5.拟订…，负责…，组织…工作。 6.…: in the lined copy the item's line is its title up to its full stop, however
    # long; run together on one line, the same sentence ending right before the next item is still the whole item
    duty = (
        "拟订全市{0}管理政策和{0}管理办法，负责全市{0}的设立、命名、撤销、变更和审核申报工作，"
        "组织并指导全市{0}的勘定、管理工作，调处{0}争议，负责{0}的日常管理和监督检查工作，承办上级交办的其他事项"
    )
    items = [duty.format(w) for w in ("行政区划", "婚姻登记", "殡葬服务")]
    assert all(len(item) > 100 for item in items)
    listed = " ".join(f"{n}.{item}。" for n, item in enumerate(items, 1))
    text = f"某市民政局2020年部门决算 第一部分 部门概况 一、主要职责 {listed} 二、机构设置 {PARA}\n"
    assert [t for _, label, t in flat(text) if label[:1].isdigit()] == items


# --- an excerpt keeping one or two of a section's headlined paragraphs (371, 696, 230, 752) --------------------------

PARA2 = PARA * 2  # (a line this long is a report run together: its blanks break it)


def test_an_excerpt_keeping_two_headlined_paragraphs_of_a_section_reads_both_as_subheadings() -> None:
    # the series is cut by the excerpt: two paragraphs, both opening with a headline sentence, under one heading
    text = (
        "某县2019年国民经济和社会发展统计公报 2019年，全县上下认真贯彻落实各项决策部署，经济社会平稳发展。 "
        f"一、综 合 工业经济稳中有进。{PARA2} 农业生产总体平稳。{PARA2}"
    )
    assert flat(text) == [(1, "一、", "综 合"), (2, "", "工业经济稳中有进"), (2, "", "农业生产总体平稳")]


def test_a_headlined_paragraph_after_prose_in_a_short_section_is_a_subheading() -> None:
    # (一)… ⏎ one paragraph of prose, then one opening with a headline sentence, the excerpt cut after it
    text = (
        "某开发区2020年工作总结 回顾全年工作，主要取得了以下几个方面的成绩： (一)抢抓机遇，开创各项工作新局面 "
        f"{PARA2} 招商引资成效明显。{PARA2}"
    )
    assert flat(text) == [(1, "(一)", "抢抓机遇，开创各项工作新局面"), (2, "", "招商引资成效明显")]


def test_a_period_sentence_right_under_its_heading_opens_the_section_and_is_no_subheading() -> None:
    text = (
        "某县政府工作报告 各位代表： 一、过去五年工作回顾 本届政府的五年，是全县发展史上极不平凡的五年。"
        f"{PARA2} 综合实力大幅提升。{PARA2}"
    )
    assert flat(text) == [(1, "一、", "过去五年工作回顾"), (2, "", "综合实力大幅提升")]


def test_a_phrase_left_by_a_page_that_stripped_figures_is_no_headline() -> None:
    # 县域综合实力显著增强。,同比增长16%;…: no paragraph goes on after it
    text = f"某县政府工作报告 各位代表： 一、工作回顾 {PARA2} 县域综合实力显著增强。,同比增长16%;,%;{PARA2}"
    assert flat(text) == [(1, "一、", "工作回顾")]


def test_a_headline_whose_paragraph_opens_with_a_spaced_figure_is_still_a_subheading() -> None:
    # a PDF copy sets figures apart with blanks (轨道交通 4 号线…): the blank around the figure ends no paragraph
    spaced = "轨道交通 4 号线二期开通试运营，与 2 号线一期共同串联起三镇，交通格局正在改写。"
    text = (
        "某市2015年政府工作报告 各位代表：现在，我代表市人民政府向大会报告工作，请予审议。 "
        f"一、2014年工作回顾 经济总量突破万亿大关。{PARA} 先行先试一批改革创新举措。{PARA} "
        f"三镇通地铁。{spaced}{PARA} 二、2015年工作安排 {PARA}\n"
    )
    got = flat(text)
    assert (2, "", "经济总量突破万亿大关") in got
    assert (2, "", "三镇通地铁") in got
    spaced = "全市地区生产总值达到 1101 亿元，增长 9.7%，其中第三产业增长 10.2%，结构继续优化。"
    got = flat(
        text.replace("三镇通地铁。", "综合实力稳步提升。").replace(
            "轨道交通 4 号线二期开通试运营，与 2 号线一期共同串联起三镇，交通格局正在改写。", spaced
        )
    )
    assert (2, "", "综合实力稳步提升") in got
