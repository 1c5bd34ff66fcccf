"""Whose sector work conference a news item reports when no bureau takes a named part in it: the place's bureau of
that sector, when the item speaks of the place's sector system or department (湘潭市发改系统, 我市交通运输部门)."""

from __future__ import annotations

import re

from models.ingest.metadata_body_names import fullest_name
from models.ingest.metadata_own_work import placed_name

# a sector's full name → its standard short form and its body's name at a city's level and at a county's or
# district's (a city's 发改 and 卫健 are commissions, a county's bureaus; a line of work whose bodies are named
# otherwise from place to place — 文化广电和旅游局, 经信委 or 经信局, an 生态环境 branch — is left out: no guess)
_SECTORS: dict[str, tuple[str, str, str]] = {
    "发展和改革": ("发改", "发展和改革委员会", "发展和改革局"),
    "卫生健康": ("卫健", "卫生健康委员会", "卫生健康局"),
    "人力资源和社会保障": ("人社", "人力资源和社会保障局", "人力资源和社会保障局"),
    "住房和城乡建设": ("住建", "住房和城乡建设局", "住房和城乡建设局"),
    "工业和信息化": ("工信", "工业和信息化局", "工业和信息化局"),
    "市场监督管理": ("市场监管", "市场监督管理局", "市场监督管理局"),
    "应急管理": ("应急", "应急管理局", "应急管理局"),
    "医疗保障": ("医保", "医疗保障局", "医疗保障局"),
    **{
        s: (s, s + "局", s + "局")
        for s in ("交通运输", "农业农村", "自然资源", "退役军人事务", "统计", "财政", "审计", "商务", "民政", "水利")
    },
    **{s: (s, s + "局", s + "局") for s in ("司法", "教育", "林业", "水务", "税务", "公安")},
}
# the bodies a city's and a county's body of each sector may also be written as (市发改局, 县卫健委)
_KIND = {"局": "局", "委": "委员会", "委员会": "委员会"}


def reviewed_system(meeting: re.Match[str], text: str, lines: list[str]) -> str | None:
    """The bureau of the sector whose work conference ``meeting`` matched (``湘潭市2024年发展和改革工作会议``,
    ``我市召开全市交通运输工作会议``; group 1 the sector's words), at a city's, county's or district's level, when
    the text names that level's system or department of the sector (``湘潭市发改系统``, ``我市交通运输部门``) and
    the place the level stands for; None for a province (its bodies are 厅 or 局 by sector), a sector whose body is
    named otherwise from place to place, a text naming no system of the sector, or no place."""
    words = re.sub(r"^.*?(?:召开|举行)", "", meeting.group(1))
    sector = re.sub(r"^(?:全|本|我)?[省市区县州旗]", "", words).removesuffix("系统")
    if sector not in _SECTORS:
        return None
    before = meeting.group(0)[: meeting.start(1) - meeting.start(0) + len(meeting.group(1)) - len(sector)]
    levels = re.findall(r"[省市区县州旗]", before)
    if not levels or levels[-1] not in "市区县":
        return None
    level = levels[-1]
    short, city_body, county_body = _SECTORS[sector]
    names = "|".join(dict.fromkeys((sector, short)))
    if re.search(rf"(?:[我全本]|[\u4e00-\u9fff]{{2,4}}){level}(?:{names})(?:系统|部门)", text) is None:
        return None
    written = {_KIND[m.group(1)] for m in re.finditer(rf"{level}(?:{names})(局|委员会|委)", text)}
    body = written.pop() if len(written) == 1 else None
    name = sector + body if body is not None else (city_body if level == "市" else county_body)
    placed = placed_name(level + name, lines)
    return fullest_name(placed, lines) if placed is not None else None
