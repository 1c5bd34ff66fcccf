"""Whose a standing committee's work report is: the 人大常委会 or 政协常委会 that reports, named as its title or
its `我代表/我受…委托` sentence names it (人大 expanded, a 政协 name kept as written with its term)."""

from __future__ import annotations

import re
from itertools import pairwise

from models.folding import compact
from models.ingest.metadata_issuer_names import has_place

_NUM = "一二三四五六七八九十〇零0-9"
_TERM = rf"第?[{_NUM}]+届"
# the sentence a standing committee's chairman opens the report with: 我代表/我受…常务委员会(的)委托, 向大会报告工作
_ENTRUSTED = re.compile(
    r"我(?:代表|受)([\u4e00-\u9fffA-Za-z0-9]{2,40}?(?:常务委员会|常委会))(?:的?委托|[,，、]?向(?:大会|各位代表))"
)
_ZX_NAME = re.compile(r"^(?:中国人民政治协商会议|政协)[\u4e00-\u9fffA-Za-z0-9]*?委员会常务委员会$")
_ZX_TITLE = re.compile(
    rf"^((?:中国人民政治协商会议|政协)[\u4e00-\u9fffA-Za-z]{{2,20}}?(?:{_TERM})?委员会常务委员会)工作报告"
)
_RD_TITLE = re.compile(
    r"^([\u4e00-\u9fff]{2,20}?[省市区县州旗盟])(?:" + _TERM + r")?(?:人民代表大会常务委员会|人大常委会)工作报告"
)
# ——2021年1月14日在琼中黎族苗族自治县第十五届人民代表大会第七次会议上: the congress the committee reports to
_RD_DELIVERY = re.compile(
    r"在([\u4e00-\u9fff]{2,20}?[省市区县州旗盟])" + _TERM + r"人民代表大会第?[一二三四五六七八九十]+次会议"
)
# (2018年1月6日在政协常州市第十四届委员会第二次会议上): the CPPCC committee, with its term, the session is of
_ZX_DELIVERY = re.compile(
    rf"在((?:中国人民政治协商会议|政协)[\u4e00-\u9fffA-Za-z]{{2,20}}?{_TERM}委员会)第?[{_NUM}]+次(?:全体)?会议"
)
# 武昌区人大常委会主任 胡太荣: the chairman's line under the delivery line names the committee with its place
_RD_CHAIR = re.compile(r"^([\u4e00-\u9fff]{2,20}?[省市区县州旗盟])(?:" + _TERM + r")?人大常委会(?:副?主任|常务副主任)")
_RD_SENTENCE = re.compile(r"^([\u4e00-\u9fff]{2,20}?[省市区县州旗盟])(?:" + _TERM + r")?人大常委会$")
# 全国人民代表大会常务委员会工作报告, 我代表全国人大常委会: the national congress's committee, no place before it
_NPC = re.compile(r"^全国(?:人民代表大会常务委员会|人大常委会)(?:工作报告|$)")
_MASK = re.compile(r"[XxＸ×*某]{1,3}[省市区县州旗]|[(（]略[)）]")


def _heads(title: str | None, lines: list[str]) -> list[str]:
    """The title and the opening lines, each also joined with the next (a title split over two lines)."""
    opening = [compact(line) for line in lines[:14] if line.strip()]
    return [compact(title or "")] + opening + [a + b for a, b in pairwise(opening)]


def _is_committee_report(heads: list[str], sentence: str | None) -> bool:
    return sentence is not None or any(re.search(r"(?:常务委员会|常委会)工作报告", head) for head in heads[:1])


def committee_issuer(title: str | None, lines: list[str]) -> tuple[str | None, bool]:
    """(the committee, True) for a standing committee's work report, (None, True) when its name is masked
    (中国人民政治协商会议XX市委员会), (None, False) for any other report."""
    heads = _heads(title, lines)
    opening = heads[1:15]
    sentence = next((m.group(1) for line in opening if (m := _ENTRUSTED.search(line))), None)
    if not _is_committee_report(heads, sentence):
        return None, False
    zx_sentence = sentence is not None and ("政协" in sentence or "政治协商" in sentence)
    zx = [m.group(1) for head in heads if (m := _ZX_TITLE.match(head))]
    if sentence and _ZX_NAME.match(sentence):
        zx.append(sentence)
    if zx:
        # the name as written with its term; of two, the one that spells 中国人民政治协商会议 out
        zx.sort(key=lambda name: ("届" not in name, not name.startswith("中国人民政治协商会议")))
        return (None, True) if _MASK.search(zx[0]) else (zx[0], True)
    delivered = [m.group(1) + "常务委员会" for line in opening if (m := _ZX_DELIVERY.search(line))]
    if delivered and zx_sentence:
        # 我代表县政协常委会 ⏎ (在政协某县第九届委员会第三次会议上): the committee of the session the report goes to
        return (None, True) if _MASK.search(delivered[0]) else (delivered[0], True)
    if zx_sentence:
        return None, True  # a 政协 committee the text never names in full
    if any(_NPC.match(head) for head in heads[:3]) or (sentence is not None and _NPC.match(sentence)):
        return "全国人民代表大会常务委员会", True  # the national congress's committee (1982, 1983)
    places = [m.group(1) for head in heads if (m := _RD_TITLE.match(head))]
    places += [m.group(1) for line in opening if (m := _RD_CHAIR.match(line))]
    if sentence and (m := _RD_SENTENCE.match(sentence)):
        places.append(m.group(1))
    # (no title, chairman line or placed sentence: the congress the delivery line names)
    places += [m.group(1) for line in opening if (m := _RD_DELIVERY.search(line))]
    for place in places:
        if _MASK.search(place):
            return None, True
        if has_place(place):
            return place + "人民代表大会常务委员会", True
    # a congress's committee reporting that no line places: unknown, never the government of the place
    return None, sentence is not None and "人大" in sentence
