"""No report sentence removed as chrome (session 21, issue 17): an addressee line (主送机关) stays however short,
a year-led heading over the text stays, a delivery line a PDF set a token a line keeps its date's pieces, a site's
notice glued to the last paragraph is cut and the paragraph kept (corpus 787, 1858, 1110, 294; 1834; 1839; 1884)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_prelude import ADDRESSEE
from models.ingest.removed import removed_spans
from tests.models.ingest._reading import kept_lines as _lines

_PARA = "2023年,全县地区生产总值完成120亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"
_PARA3 = "下一步,我们将继续认真落实市委、市政府工作部署,按照稳增长、强监管、优服务的工作思路,推动各项工作再上新台阶。"


def test_an_addressee_line_is_told() -> None:
    told = ("市委:", "县政府：", "致:市委、市政府", "致：县委、县政府", "区人大常委会:", "市委、市政府:", "镇党委:")
    for line in told:
        assert ADDRESSEE.match(line), line
    for line in ("分享:", "来源:", "主办单位:", "发布机构:", "字号:", "作者:", "市委", "致谢"):
        assert not ADDRESSEE.match(line), line


@given(st.sampled_from(["市委:", "县委：", "区政府:", "致:市委、市政府", "致：州委、州政府", "旗政府:"]))
def test_an_addressee_under_store_chrome_stays(addressee: str) -> None:
    head = ["某县2022年度工作总结", "下面是小编为大家整理的某县2022年度工作总结,供大家参考。", addressee]
    lines = _lines("\n".join([*head, _PARA, _PARA2, _PARA3]))
    assert addressee in lines
    assert _PARA in lines


@given(st.sampled_from(["2016成绩单", "2023亮点", "2019年成绩单", "2024年工作亮点"]))
def test_a_year_led_heading_over_the_text_stays(heading: str) -> None:
    lead = "本报讯 记者 王明 昨日,从高新区管委会召开的2017年工作会议上获悉,2016年高新区地区生产总值增长11.8%左右。"
    lines = _lines("\n\n".join(["某某在线", "首页> 资讯中心> 正文", lead, heading, _PARA, _PARA2]))
    assert heading in lines
    assert "首页> 资讯中心> 正文" not in lines


@given(
    st.sampled_from([("2020", "1", "12"), ("2019", "2", "26"), ("2023", "12", "5")]),
    st.sampled_from(["吉林省", "某某市", "某县"]),
)
def test_a_delivery_line_set_a_token_a_line_keeps_its_date(date: tuple[str, str, str], place: str) -> None:
    y, m, d = date
    pieces = ["——", y, "年", m, "月", d]
    delivery = f"日在{place}第十三届人民代表大会第三次会议上"
    text = "\n".join([f"{y}", f"年{place}", "政府工作报告", *pieces, delivery, "各位代表:", _PARA2])
    display = clean(text).display_text
    assert f"——{y}年{m}月{d}日在{place}" in display.replace("\n", "")
    assert _PARA2 in display


def test_short_prelude_lines_not_of_a_date_still_leave() -> None:
    delivery = "——2020年1月12日在某县第十三届人民代表大会第三次会议上"
    text = "\n".join(["首页", "分享", "打印", "政府工作报告", delivery, _PARA2])
    lines = _lines(text)
    assert "分享" not in lines and "打印" not in lines


_NOTICES = [
    "该文观点仅代表作者本人,如有文章来源系网络转载,本网系信息发布平台,如有侵权,请联系本网及时删除。",
    "(吴越) 该文观点仅代表作者本人,如有侵权,请联系本网及时删除。",
    "(记者 李华) 本文系网络转载,观点仅代表作者本人。如有侵权请联系删除。",
]


@given(st.sampled_from(_NOTICES), st.sampled_from(["", " ", "\u3000"]))
def test_a_notice_glued_to_the_last_paragraph_is_cut_the_paragraph_stays(notice: str, gap: str) -> None:
    text = "\n\n".join([_PARA, _PARA2, _PARA3 + gap + notice])
    cleaned = clean(text)
    lines = [line.strip() for line in cleaned.display_text.split("\n") if line.strip()]
    assert _PARA3 in lines
    assert not any("侵权" in line for line in lines)
    # the notice is removed through the offset map: 显示原文 shows it struck through
    removed = "".join(text[s:e] for s, e in removed_spans(text, cleaned.offset_map))
    assert "侵权" in removed


def test_a_notice_line_alone_still_leaves() -> None:
    text = "\n\n".join([_PARA, _PARA2, _PARA3, _NOTICES[0]])
    lines = _lines(text)
    assert _PARA3 in lines and not any("侵权" in line for line in lines)
