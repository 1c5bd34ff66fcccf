"""The issuer of a 督查 bulletin: a government's inspection office that names no place, placed by a page field.

Gold README, set 69 (1131, 1132): a county's 督查通报 opens ``县政府督查室对…开展了专项督查`` and names its county
only in a page field (``公开责任部门 | 紫阳县政府办公室``, ``信息来源:灌云县``); the issuer is the name composed from
the two (``紫阳县政府督查室``), never the office that posted it, and the fuller name when the page writes it (1067's
masthead ``寿县人民政府督查室``). A bulletin whose page names no place has none (1134).
"""

from __future__ import annotations

import re

from models.ingest.metadata_fields import parse_fields

# the bulletin's opening: the office, written without its place, reporting the inspection it made
_INSPECTING = re.compile(
    r"(?:^|[,，。;；])(?:近期|近日|日前)?[,，]?([县市区旗])((?:人民)?政府督查(?:室|办))(?:对|于|组织|开展|会同)"
)
# the page fields that may name the place: the office responsible, the publisher, the source
_PLACING_KEYS = ("公开责任部门", "发布机构", "发布者", "所属机构", "信息来源", "来源", "文章来源")


def inspection_office(lines: list[str], headers: tuple[str, ...], written: str) -> str | None:
    """``某县政府督查室`` when the text's opening has the county's inspection office report its inspection and a page
    field (in ``headers``) names the county; the fuller ``某县人民政府督查室`` when ``written`` (the page) writes it."""
    for line in lines[:3]:
        if (m := _INSPECTING.search(line.strip())) is None:
            continue
        level, office = m.group(1), m.group(2)
        values = [v for h in headers for _c, key, v in parse_fields(h) or [] if key.replace(" ", "") in _PLACING_KEYS]
        for value in values:
            value = re.sub(r"[\[\]【】\s]", "", value)
            if (place := re.match(rf"[\u4e00-\u9fff]{{1,6}}?{level}", value)) is not None and len(place.group(0)) > 1:
                fuller = f"{place.group(0)}人民{office.removeprefix('人民')}"
                return fuller if fuller in written else place.group(0) + office
        # no field names the place: the masthead or signature line writing the office in full (1067)
        bare = office.removeprefix("人民").removeprefix("政府")
        named = set(
            re.findall(rf"(?m)^\s*([\u4e00-\u9fff]{{1,6}}?{level}(?:人民)?政府{bare})(?![\u4e00-\u9fff])", written)
        )
        return named.pop() if len(named) == 1 else None
    return None
