"""Session-27 ruling: an office's own units are counted, like its staff (made-up snippets in the family's shapes)."""

from __future__ import annotations

from tests.models.suggest.figures import quoted_figures


def _counts(text: str) -> list[str]:
    return [q for q, *_ in quoted_figures(text)]


def test_an_office_s_own_units_named_after_their_count_are_counted() -> None:
    # 271 内设2个中队,即…; 1130 共有八个内设机构,即…; 1247 下设三个事业编制机构(…); 1194 设置事业机构7个,即…
    for text, figure in [
        ("负责全局文电处理。内设2个中队,即文秘调研中队、机要通信中队。", "2个"),
        ("我部门共有三个内设机构,即党政综合办公室、经济发展办公室、社会事务办公室。", "三个"),
        ("乡人民政府下设三个事业编制机构(农牧综合服务中心、文化综合服务中心、机关后勤服务中心)。", "三个"),
        ("我局内设2个股室,即办公室、业务股,编制8人。", "2个"),
        ("某县某局机关设2个内设机构:综合部、业务部。", "2个"),
    ]:
        assert [q for q in _counts(text) if figure in q], (text, _counts(text))


def test_a_roll_of_other_things_after_its_count_still_restates_it() -> None:
    # the roll is what is counted when the units are no office's own (开工5个医院建设项目(甲、乙、…))
    assert not [q for q in _counts("开工2个医院建设项目(福永二期、石岩医院)。") if "2个" in q]
    # names listed before the count, no 等 (048, 1443): still a restatement
    assert not [q for q in _counts("办公室、业务股、财务股、信息中心4个股室和直属单位。") if "4个" in q]


def test_offices_listed_before_a_verb_of_their_own_are_not_what_it_counts() -> None:
    # 1247: the bracketed offices are the 决算单位's own; 下设 opens a count of three more units
    text = "乡人民政府为一级决算单位(党政办、财务室、人大办、宣传办)下设三个事业编制机构(农牧中心、文化中心、后勤)。"
    assert [q for q in _counts(text) if "三个" in q], _counts(text)
    text = "区政府为一级决算单位(党政办、财务室、人大办、宣传办)下设2个事业单位(农牧中心、文化中心)。"
    assert [q for q in _counts(text) if "2个" in q], _counts(text)
