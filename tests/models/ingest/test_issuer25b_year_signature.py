"""A signature whose date line keeps only its year or month (`中共广元市商务局党组` ⏎ `2021年`, corpus 2107): the body
signs (the date stays unknown); variants written here for other bodies, places, numerals and scripts."""

from __future__ import annotations

from models.ingest.metadata_lines import display_lines, signature
from tests.models.ingest._reading import issuer as _issuer

_BODY = (
    "值此新春佳节来临之际,市财政局党组向全市财政系统干部职工及家属,向长期关心支持全市财政工作的各级领导、"
    "社会各界人士致以新春的祝福和诚挚的问候!\n"
    "刚刚过去的2022年极不平凡。全市财政系统坚定落实中央和省委、市委决策部署,圆满完成全年各项目标任务,"
    "一般公共预算收入增长5.1%,为绵阳高质量发展作出贡献。\n"
    "恭祝大家新春快乐、身体健康、工作顺利、阖家幸福。\n"
)


def test_a_party_group_over_a_bare_year_signs() -> None:
    assert _issuer(_BODY + "中共绵阳市财政局党组\n2023年\n") == "中共绵阳市财政局党组"


def test_a_bureau_over_a_year_and_month_in_chinese_numerals_signs_without_a_date() -> None:
    org, date = signature(display_lines(_BODY + "绵阳市财政局\n二〇二三年一月\n"))
    assert (org, date) == ("绵阳市财政局", None)


def test_traditional_script_reads_the_same() -> None:
    text = (
        "值此新春佳節來臨之際,市財政局黨組向全市財政系統幹部職工及家屬,向長期關心支持全市財政工作的各級領導、"
        "社會各界人士致以新春的祝福和誠摯的問候!\n"
        "剛剛過去的2022年極不平凡。全市財政系統堅定落實中央和省委、市委決策部署,圓滿完成全年各項目標任務,"
        "一般公共預算收入增長5.1%,為綿陽高質量發展作出貢獻。\n"
        "恭祝大家新春快樂、身體健康、工作順利、闔家幸福。\n中共綿陽市財政局黨組\n2023年\n"
    )
    assert _issuer(text) == "中共绵阳市财政局党组"


def test_a_sentence_over_a_bare_year_signs_nothing() -> None:
    assert signature(display_lines(_BODY + "2023年\n")) == (None, None)
