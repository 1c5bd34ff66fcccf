"""Cleaning by family (session 20, issue 17): a site's series label, a photo credit naming its photographer after
the word, several related links on one line, an encyclopaedia's classing rows and defining lead, a speaker line
printed again under the salutation, a farm's title over its bundle (disc20 1759, 1760, 1762, 1765, 1779, 1822;
corpus 1389, 049, 056, 142, 979)."""

from __future__ import annotations

from models.ingest.chrome_notices import photo_credit
from models.ingest.clean import clean
from models.ingest.clean_site_words import site_word_count
from tests.models.ingest._reading import kept_lines as _lines

_PARA = "2023年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"


def test_a_series_label_is_a_site_word() -> None:
    for line in ("本文隶属:农村乡村产业融合(第52/188篇)", "本文所属专题:乡村振兴", "工业经济(第3/20篇)"):
        assert site_word_count(line) >= 1, line
    for line in ("全年发表论文52篇,其中核心期刊18篇。", "本文件所称企业是指在本县登记的企业。"):
        assert site_word_count(line) == 0, line


def test_a_series_label_over_the_text_leaves() -> None:
    text = "\n\n".join(["某县2023年工作总结", "本文隶属:县域经济观察(第7/40篇)", _PARA, _PARA2])
    lines = _lines(text)
    assert not any("隶属" in line for line in lines)
    assert _PARA in lines and _PARA2 in lines


def test_credits_naming_the_photographer_after_the_word() -> None:
    for line in (
        "(省工信厅厅长雷绍业。 摄影 赵持)",
        "(省工信厅厅长雷绍业。摄影赵持)",
        "(图/新华社 李明)",
        "会议现场。摄影:王磊",
        "市长作报告 摄影记者 王五、赵六",
        "(摄影 张三)",
    ):
        assert photo_credit(line), line
    for line in ("组织 摄影 培训", "完成航空摄影测量", "举办摄影展览", "全市建成蓝图 张三", "示意图:李四王五"):
        assert not photo_credit(line), line


def test_a_credit_over_the_text_leaves_whoever_it_shows() -> None:
    person = "(市发改委主任李明。 摄影 王强)"
    lines = _lines("\n".join([person, "某某日报记者 张华", _PARA, _PARA2]))
    assert person not in lines and _PARA in lines
    # session-25 ruling (2239, 2306): one showing who delivers the report is the picture's too
    delivering = "市长王伟作政府工作报告。 记者 周坤 摄"
    assert delivering not in _lines("\n".join([delivering, _PARA, _PARA2]))


def test_related_links_printed_on_one_line_leave() -> None:
    links = "某市要在全省率先做到“办事不求人” 一名外国籍男子在某地被警方逮捕 外交部长:与此前被捕案件无关"
    text = "\n\n".join([_PARA, _PARA2, "相关阅读:", links])
    lines = _lines(text)
    assert links not in lines and _PARA2 in lines
    # a sentence under the head is the text's own, not a link
    own = "全年新增就业1.2万人。城镇登记失业率控制在3%以内。"
    assert own in _lines("\n\n".join([_PARA, "相关阅读:", own]))


def test_an_encyclopaedia_infobox_classing_the_article_and_its_defining_lead_leave() -> None:
    text = "\n".join(
        [
            "某州2012年政府工作报告",
            "《某州2012年政府工作报告》是某州人民政府2014年发布的一份报告。",
            "基本介绍",
            "  • 中文名:某州2012年政府工作报告",
            "  • 时间:2014年",
            "  • 类别:地方法规",
            "  • 性质:报告",
            "2011年工作回顾",
            _PARA,
        ]
    )
    lines = _lines(text)
    assert not any(line.startswith(("《某州", "•")) for line in lines), lines
    assert "2011年工作回顾" in lines and _PARA in lines


def test_an_infobox_giving_the_documents_fields_stays() -> None:
    text = "\n".join(
        [
            "某县政府工作报告",
            "基本介绍",
            "  • 中文名:某县政府工作报告",
            "  • 报告时间:2013年1月8日",
            "  • 类别:政府工作报告",
            _PARA,
        ]
    )
    chrome = " ".join(clean(text).chrome_lines)
    assert "报告时间" not in chrome and "中文名" not in chrome  # header fields the metadata reads, kept


def test_a_speaker_line_printed_again_under_the_salutation_leaves_once() -> None:
    speaker = "某省发展和改革委员会主任张某某"
    text = "\n".join(
        [
            "关于某省2024年上半年国民经济和社会发展计划执行情况的报告",
            "——2024年7月23日在某省第十四届人民代表大会常务委员会第十次会议上",
            speaker,
            "主任、各位副主任、秘书长、各位委员:",
            speaker,
            "受省人民政府委托,我向会议报告上半年全省国民经济和社会发展计划执行情况,请予审议。",
            _PARA,
        ]
    )
    assert _lines(text).count(speaker) == 1


def test_a_farms_title_over_its_first_piece_leaves() -> None:
    text = "\n\n".join(
        [
            "乡镇扶贫半年工作总结",
            "某某范文网  发布于:2017-01-16  分类: 半年工作总结",
            "篇一:某镇2014年扶贫工作总结",
            "着力推进精准扶贫 全面建设小康社会",
            "——某镇2014年扶贫工作总结",
            _PARA,
            _PARA2,
        ]
    )
    lines = _lines(text)
    assert "乡镇扶贫半年工作总结" not in lines
    assert "着力推进精准扶贫 全面建设小康社会" in lines  # the piece's own main title over its ——subtitle


def test_a_pages_tags_from_its_headline_leave_a_menu_bar_does_not_count() -> None:
    headline = "某县农业农村局:以项目促发展,提升农产品质量安全水平"
    tags = "某县农业农村局 项目 发展 提升 质量安全"
    text = "\n\n".join([headline, _PARA, _PARA2, tags, "分享到:", "【打印正文】"])
    assert tags not in _lines(text)
    # a line of words not taken from one line above is not read as tags here
    other = "乡村振兴 粮食安全 耕地保护"
    assert other in _lines("\n\n".join([headline, _PARA, _PARA2, other]))


def test_a_pages_widgets_are_site_words() -> None:
    for line in ("点击关闭详细目录信息", "点击展开全部内容", "页面宽度(px):", "页面宽度范围为200至2000"):
        assert site_word_count(line) >= 1, line
    for line in (
        "网站页面宽度自适应改造完成,移动端访问量增长35%,群众满意度明显提升。",
        "点击量达到120万次。",
        "关闭落后产能企业12家。",
    ):
        assert site_word_count(line) == 0, line
