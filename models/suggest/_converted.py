"""A figure restated in another currency (折合8301美元): its own indicator, named by the level it restates.

A bulletin gives a money level and then says it again at the exchange rate (``人均生产总值99856元,按平均汇率计算
折合14846美元``; ``人均GDP17861元(折合2805美元),比上年增加908元``). The restatement is an indicator of its own, of the
same kind as the level and named by it; it stands aside, so a change said after it is still the level's.
"""

from __future__ import annotations

import re

from models.suggest._context import Item
from models.suggest._naming import kind_of
from models.suggest._text import sentence_start

#: the words that restate a figure at the exchange rate, ending right before it: 按2021年平均汇率计算为,
#: 按年平均匯率計算,折合, 按平均汇率折算约合, 折合人民币 (汇率 is simplified before the reading)
_CONVERTED_RE = re.compile(
    r"(?:(?:按(?:\d{4}年)?[^\d,，。；;()（）]{0,10}?)?汇率[^\d,，。；;()（）]{0,4}?"
    r"(?:(?:计算|折算|换算)[,，]?(?:折合|约合|折算)?|折合|约合)"
    r"|折合|约合)(?:为|约为|约|成|达到|达)?(?P<rmb>人民币)?\s*$"
)
#: the currencies a figure is restated in
_FOREIGN = ("美元", "欧元", "港元", "英镑", "日元")
#: what may stand between the level and the restatement (a note on the level: (按常住人口计算))
_GAP_RE = re.compile(r"[^\d。；;]{0,16}")


def conversion_at(t: str, start: int, unit: str) -> re.Match[str] | None:
    """The words restating a money figure at ``start`` in another currency, or ``None``."""
    if kind_of(unit) != "money":
        return None
    m = _CONVERTED_RE.search(t, max(sentence_start(t, start), start - 24), start)
    if m is None or not (m.group("rmb") or any(c in unit for c in _FOREIGN)):
        return None
    return m


def restate(t: str, items: list[Item], words: re.Match[str]) -> None:
    """Name the restatement just added (``items[-1]``) by the level it restates and set it aside.

    ``人均国内生产总值65560元,增长8.8%,按年平均汇率计算,折合10162美元`` → ``人均国内生产总值按年平均汇率计算折合``,
    of the level's kind. With no money level just before it in the sentence the figure keeps the name it was read with.
    """
    it = items[-1]
    level = next((p for p in reversed(items[:-1]) if not {"is_change", "aside", "shared"} & set(p.attrs)), None)
    if (
        level is None
        or kind_of(str(level.attrs.get("unit") or "")) != "money"
        or level.end > words.start()
        or sentence_start(t, level.qty_start) != sentence_start(t, it.qty_start)
        or not _GAP_RE.fullmatch(t, level.end, words.start())
        or not level.attrs.get("name")
    ):
        return
    phrase = re.sub(r"[,，\s]|(?:为|约为|约|成|达到|达)?(?:人民币)?$", "", words.group(0))
    it.attrs["name"] = f"{level.attrs['name']}{phrase}"
    it.attrs["kind"] = level.attrs.get("kind", it.attrs.get("kind"))
    it.attrs["aside"] = True
    it.start = words.start()
