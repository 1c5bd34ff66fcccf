"""The issuer's office written with its one full official name (``宜城市地税局`` → ``宜城市地方税务局``).

Gold README, lead's notes of session 21: abbreviated office names are written in full. Only the standard short
forms of government departments that have ONE full form are expanded, and only as the name's last word (the body's
kind) after its place or level (``某县人社局``, ``市发改委``); a longer name holding a short form inside it
(``某市经信局市新经济委``, ``市市场监管局某某局``) stays as written, and so do short forms that are or were official
names themselves (科技局, 交通局, 农业局, 教育局). A name in traditional script is read through its simplified
fold and expanded in its own script.
"""

from __future__ import annotations

import re
from functools import cache

from models.folding import fold_text

# short form → the department's one full official name (the kinds of 县级/市级/省级 bodies, old and new)
_FULL = {
    "发改委": "发展和改革委员会",
    "发改局": "发展和改革局",
    "经信委": "经济和信息化委员会",
    "经信局": "经济和信息化局",
    "工信局": "工业和信息化局",
    "人社局": "人力资源和社会保障局",
    "住建局": "住房和城乡建设局",
    "卫健委": "卫生健康委员会",
    "卫健局": "卫生健康局",
    "卫计委": "卫生和计划生育委员会",
    "卫计局": "卫生和计划生育局",
    "市场监管局": "市场监督管理局",
    "文旅局": "文化和旅游局",
    "林草局": "林业和草原局",
    "应急局": "应急管理局",
    "地税局": "地方税务局",
    "国税局": "国家税务局",
    "民宗局": "民族宗教事务局",
    "民宗委": "民族宗教事务委员会",
    "人防办": "人民防空办公室",
}
# the place or level the short form follows: 某县, 某市, 某区, 浙江省, 市 alone (国家 for a national body)
_NAME = re.compile(r"^(.*(?:[省市区县州旗盟]|国家))(" + "|".join(sorted(_FULL, key=len, reverse=True)) + r")$")


def short_forms(kind: str) -> tuple[str, ...]:
    """The standard short forms of a department's full kind (``人民防空办公室`` → 人防办)."""
    return tuple(short for short, full in _FULL.items() if full == kind)


def issuer_in_full(issuer: str | None) -> str | None:
    """``issuer`` with each of its bodies' (joint ones are spaced or 、-separated) short last word written in full."""
    if not issuer:
        return issuer
    return "".join(_name_in_full(part) for part in re.split(r"(\s+|、)", issuer))


def _name_in_full(name: str) -> str:
    m = _NAME.match(fold_text(name))
    if m is None:
        return name
    place, short = name[: m.start(2)], name[m.start(2) :]
    full = _FULL[m.group(2)]
    return place + (full if short == m.group(2) else _traditional(full))


@cache
def _traditional(text: str) -> str:
    """The full name in traditional script, for a name the text writes so (衡陽市發改委)."""
    from opencc import OpenCC

    return str(OpenCC("s2t").convert(text))
