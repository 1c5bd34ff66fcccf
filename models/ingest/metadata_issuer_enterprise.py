"""An agency's or enterprise's own news item: the placed 供电公司, 供电局, 医院 or bank whose year it retells."""

from __future__ import annotations

import re
from functools import lru_cache

from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_speaker import FIRST_PERSON_PLACE

# the kinds of body that are neither a government nor its bureau but file news of their own year (a grid company,
# a hospital, a bank's branch: gold README set 144, 1879, 1883, 1884), and the word each uses for itself (该局,
# 本公司, 我院, 该行)
_KIND = r"供电分公司|供电公司|电力公司|供电局|电业局|[\u4e00-\u9fff]{0,4}医院|卫生院|[\u4e00-\u9fff]{0,6}银行|支行|分行"
_SELF_WORD = {"局": "局", "司": "公司", "院": "院", "行": "行"}
# a sentence's opening words before its subject: the time it speaks of (近年来, 2019年, 1月9日, 下一步)
_TIME = (
    r"(?:近年来|近几年来?|今年以来|去年以来|(?:19|20)\d\d年(?:以来|来|度)?|\d{1,2}月\d{1,2}日(?:上午|下午)?"
    r"|下一步|同时|此外|另外|目前|日前|近日)[,，]?\s*"
)
# the body at a sentence's opening: a line's start or after a full stop, past the time words; a grid's brand
# (国网, 南方电网) may stand before the place
_SUBJECT = re.compile(
    rf"(?:^|[。！？；;])\s*[“”\"]?(?:{_TIME})?"
    rf"((?:国网|国家电网|南方电网|南网)?[^\W\d对向在与和及、的为把将被给等]{{2,10}}?(?:{_KIND}))"
    r"(?![的和与及、])"
)


def working_enterprise(lines: list[str]) -> str | None:
    """The one placed grid company, hospital or bank that is the subject of a sentence opening (``近年来,某县供电公司
    紧紧围绕…``) and that the lead names or the text calls itself by (该局, 本公司, 我院); None when the text speaks as
    its place (我县: a government's item naming the firm at work), names two such bodies, or never writes the
    firm's place (县供电公司)."""
    firsts = [line.strip() for line in lines if re.search(r"[\u4e00-\u9fff]", line)]
    if not firsts:
        return None
    text = "\n".join(firsts)[:8000]
    if FIRST_PERSON_PLACE.search(text):
        return None
    subjects = {m.group(1) for line in firsts[:40] for m in _SUBJECT.finditer(line)}
    found = {name for name in subjects if _placed(name) and _own_voice(name, text, firsts[0])}
    return found.pop() if len(found) == 1 else None


def _own_voice(name: str, text: str, lead: str) -> bool:
    """The body named again (twice at least), and by the lead or by the word it uses for itself (该局, 本公司)."""
    if text.count(name) < 2:
        return False
    self_word = _SELF_WORD.get(name[-1], "")
    return name in lead or bool(self_word and re.search(rf"[该本我]{self_word}", text))


def _placed(name: str) -> bool:
    """Whether ``name`` opens with a city or county the gazetteer knows (full, or its short name of two letters or
    more), then at most six letters before the body's kind (毕节织金供电局, 郏县人民医院, 国网商丘供电公司)."""
    rest = re.sub(r"^(?:国网|国家电网|南方电网|南网)", "", name)
    known = _place_names()
    end = 0
    for k in range(min(len(rest), 8), 1, -1):
        if rest[:k] in known:
            end = k
            break
    if end == 0:
        return False
    for k in range(min(len(rest) - end, 8), 1, -1):  # 毕节 + 织金: a county after its city
        if rest[end : end + k] in known:
            end += k
            break
    kind = re.search(rf"(?:{_KIND})$", rest[end:])
    return kind is not None and kind.start() <= 6


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Every city's and county's full name and short name of two letters or more."""
    places = gazetteer()
    names = set(places.cities) | {short for short in places.cities.values() if len(short) >= 2}
    names |= set(places.counties) | {short for short, _, _ in places.counties.values() if len(short) >= 2}
    return frozenset(names)
