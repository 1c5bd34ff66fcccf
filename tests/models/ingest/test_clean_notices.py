"""Lines a page prints for its reader (photo credits inside the text, login walls, tracking codes) leave the
body in any wording or script; the report's own sentences that mention a photo, a reader or a figure stay."""

from __future__ import annotations

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.ingest.chrome_notices import editor_blurb, photo_credit, reader_notice, tracking_code
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_OPENING = (
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
    "一、过去五年工作回顾\n五年来，全县生产总值年均增长8.4%，地方财政收入由2600万元增加到5300万元。\n"
)
_MORE = "据了解，2021年全县引进市外到位资金38.03亿元，同比增长13.01%，实现十四五良好开局。\n"


@pytest.mark.parametrize(
    "line",
    [
        "发布会现场（3月22日摄）。新华网 邵维岑 摄",
        "记者 周坤 摄",
        "市长作政府工作报告。记者  姜夏东  方仲华  摄",
        "图为项目建设现场。张三/摄",
        "（新华社记者 李四 摄）",
        "开工仪式现场。通讯员 王五、赵六 摄",
    ],
)
def test_photo_credits_are_recognised(line: str) -> None:
    assert photo_credit(line)


@pytest.mark.parametrize(
    "line",
    ["航空拍摄", "组织专业团队完成全县宣传片拍摄", "一、加强影像资料拍摄", "全年完成航拍摄影作品20件。"],
)
def test_the_reports_own_words_about_photos_are_not_credits(line: str) -> None:
    assert not photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "(阅读全部图文内容,您需要先登录!)",
        "【查看完整内容，请您先登录】",
        "请您登录后查看全文",
        "您需要开通VIP会员才能阅读全文",
        "你可以下载后阅读",
        "预览已结束,若您需要全文或定制写作此类文章,请扫码联系老师!",
    ],
)
def test_notices_to_the_reader_are_recognised(line: str) -> None:
    assert reader_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "科技特派员，您身边的科技专家！",
        "感谢您对我们工作的支持",
        "您好，欢迎回来",
        "全县新增注册企业1200家，下载量突破10万次。",
        "你们要认真做好群众来信来访工作，切实解决群众反映的问题。",
    ],
)
def test_the_reports_own_sentences_to_a_reader_stay(line: str) -> None:
    assert not reader_notice(line)


@pytest.mark.parametrize("line", ["010070210010000000000000011100001310524736", "6261900000044", " 123456789012 "])
def test_tracking_codes_are_recognised(line: str) -> None:
    assert tracking_code(line)


@pytest.mark.parametrize("line", ["2021", "12345678901", "110101199001011234X", "账号：6222021234567890123"])
def test_figures_and_labelled_numbers_are_no_tracking_codes(line: str) -> None:
    assert not tracking_code(line)


_CHROME = [
    "发布会现场(3月22日摄)。新华网 邵维岑 摄",
    "记者 周坤 摄",
    "(阅读全部图文内容,您需要先登录!)",
    "【查看完整内容，请您先登录】",
    "010070210010000000000000011100001310524736",
]


@pytest.mark.parametrize("line", _CHROME)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_reader_lines_leave_the_body_and_stay_in_the_original(line: str, script: str) -> None:
    text = "政府工作报告\n" + _OPENING + line + "\n" + _MORE
    if script == "traditional":
        text = str(opencc.OpenCC("s2t").convert(text))
    result = clean(text)
    assert line[-6:].replace(" ", "") not in result.display_text.replace(" ", "")
    assert "据了解" in result.display_text and "五年来" in result.display_text
    kept = " ".join(result.chrome_lines).replace(" ", "")
    assert str(opencc.OpenCC("t2s").convert(line)).replace(" ", "")[-6:] in kept
    check_map(text)


def test_a_credited_caption_over_the_text_is_the_pictures() -> None:
    # session-25 ruling (2239, 2306; 1773/1213) over 724's older one: a credited caption over the text is chrome
    # whoever it names; 724's metadata is read from its title and text (unchanged over the corpus, session 27)
    text = (
        "某市政府工作报告\n1月4日,在市十六届人大一次会议上,市长代表市人民政府作政府工作报告。  记者 周坤 摄\n"
        + _OPENING
    )
    assert "记者" not in clean(text).display_text


_NAMES = st.text(alphabet="张王李赵刘陈杨黄周吴徐孙朱马胡郭林何高罗郑", min_size=2, max_size=3)


@given(
    names=st.lists(_NAMES, min_size=1, max_size=3),
    sep=st.sampled_from([" ", "  ", "/", " / "]),
    lead=st.sampled_from(["", "记者 ", "新华社记者 ", "通讯员 ", "图为会议现场。", "活动现场（5月3日摄）。某某网 "]),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_photo_credit_leaves_the_body_and_the_map_stays_exact(names: list[str], sep: str, lead: str) -> None:
    credit = lead + "  ".join(names) + sep + "摄"
    text = _OPENING + credit + "\n" + _MORE
    result = clean(text)
    assert "摄\n" not in result.display_text + "\n" and "据了解" in result.display_text
    check_map(text)


@pytest.mark.parametrize(
    "blurb",
    [
        "光阴似箭，这一段时间的工作已经快过去了。一篇优秀的工作总结是怎么样的呢？考虑到您的需要，小编特地编辑了"
        "林业工作总结和工作要点，欢迎阅读，希望您能阅读并收藏。",
        "工作总结是对一定时期内的工作加以总结、分析和研究。小编为大家收集了这篇工作总结，希望对大家有所启发。",
    ],
)
def test_a_farms_editor_blurb_over_the_text_goes(blurb: str) -> None:
    text = "某市林业局2020年工作总结\n" + blurb + "\n" + _OPENING
    result = clean(text)
    assert "小编" not in result.display_text and "五年来" in result.display_text
    check_map(text)


def test_a_blurb_holding_the_reports_own_address_is_no_editor_blurb() -> None:
    line = "政府工作报告各位代表：我代表区人民政府，向大会作工作报告，请予审议。小编为大家整理，希望大家喜欢。"
    assert not editor_blurb(line)
