"""Classes a name was cut from: an industry of the national classification written with 、, a size or level class."""

from __future__ import annotations

import re

from models.folding import fold_text

# Industries of the national classification (GB/T 4754, the 2002, 2011 and 2017 editions) whose names hold a 、:
# the name reader stops at the 、 and keeps only the last part (供应业 for 电力、热力、燃气及水生产和供应业).
_INDUSTRIES = (
    "农、林、牧、渔业",
    "农、林、牧、渔专业及辅助性活动",
    "农、林、牧、渔服务业",
    "电力、热力、燃气及水生产和供应业",
    "电力、燃气及水的生产和供应业",
    "电力、热力生产和供应业",
    "电力、热力的生产和供应业",
    "交通运输、仓储和邮政业",
    "交通运输、仓储及邮政业",
    "信息传输、软件和信息技术服务业",
    "信息传输、计算机服务和软件业",
    "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业",
    "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织",
    "酒、饮料和精制茶制造业",
    "纺织服装、服饰业",
    "纺织服装、鞋、帽制造业",
    "皮革、毛皮、羽毛及其制品和制鞋业",
    "木材加工和木、竹、藤、棕、草制品业",
    "文教、工美、体育和娱乐用品制造业",
    "石油、煤炭及其他燃料加工业",
    "石油加工、炼焦及核燃料加工业",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "计算机、通信和其他电子设备制造业",
    "通信设备、计算机及其他电子设备制造业",
    "金属制品、机械和设备修理业",
    "广播、电视、电影和录音制作业",
)
_INDUSTRY_RE = re.compile("|".join(sorted(_INDUSTRIES, key=len, reverse=True)))
_LONGEST = max(len(n) for n in _INDUSTRIES)

# A size or level class right before the head it bounds: 亿元以上重大项目, 500万元及以上技改项目, 60岁及以上人口,
# 省级以上创新平台, 三级及以上航道里程, 规模以上企业, 过千万元项目 (never a rate: 增长10%以上 has no unit here).
_AMOUNT = r"(?:\d[\d.,]*\s?|[一二三四五六七八九十两百千]+)?(?:万亿|亿|千万|百万|万|千)"
_CLASS_BEFORE_RE = re.compile(
    r"(?:(?:\d[\d.,]*\s?(?:万亿|亿|千万|百万|万|千)?|(?:万亿|亿|千万|百万)|[一二三四五六七八九十两百千]+)"
    r"(?:元|美元|岁|周岁|层|亩|头|吨|平方米|千瓦|公里|米|级|星)"
    r"|\d[\d.,]*\s?(?:万亿|亿|千万|百万|万)"
    r"|[国省市县区州部]级|[ⅠⅡⅢⅣⅤIV]+级(?:[(（][^()（）\d]{1,3}[)）])?|规模|限额|优良)"
    r"及?(?:以上|以下)$"
    r"|(?:超过|超|过)" + _AMOUNT + r"(?:元|美元)?$"
)


def class_named(t: str, start: int, name: str) -> tuple[str, int]:
    """``name`` (read from ``start``) with the industry or the size class its reader cut off put back in front, and
    where the name now starts (the quote holds the class: a comparison reads the clause before it as context).

    ``…电力、热力、燃气及水生产和供应业增长3.9%`` → ``电力、热力、燃气及水生产和供应业``; ``实施亿元以上重大项目21个``
    → ``亿元以上重大项目``; a name not standing at ``start`` in ``t`` is left as it is.
    """
    if len(name) < 2 or not t.startswith(name, start):
        return name, start
    lo = max(0, start - _LONGEST)
    window = fold_text(t[lo : start + min(len(name), _LONGEST)])
    at = start - lo
    for m in _INDUSTRY_RE.finditer(window):
        if m.start() < at < m.end():  # 电力、热力…|供应业: the name began inside the industry's name
            return t[lo + m.start() : start] + name, lo + m.start()
    size = _CLASS_BEFORE_RE.search(t, max(0, start - 16), start)
    return (t[size.start() : start] + name, size.start()) if size else (name, start)
