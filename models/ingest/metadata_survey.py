"""A statistical bulletin's issuers: the local 统计局 and the 国家统计局 survey team of the same place, never its
government by the voice of its text."""

from __future__ import annotations

import re

from models.ingest.metadata_places import simplified

# 某市统计局、国家统计局某市调查队 / 某县统计局⏎国家统计局某县调查队 2021年3月25日: the bureau and the national
# bureau's survey team of the same place, written side by side as the bulletin's issuer line (公文 joint issuers)
# (a province's team is its 调查总队, 国家统计局北京调查总队; a cover may set the two apart with a middle dot, 2136)
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,16}?统计局)[\s\u3000、，,•·・]*(国家统计局([\u4e00-\u9fff]{2,8}?)调查总?队)")

# 市统计局和国家统计局郑州调查队昨日发布…: a news item's two bodies releasing together, the bureau by its level alone
# (after a stop or a clause's first word, 据/由: never the tail of another place's bureau, 开封市统计局)
_LEVEL_PAIR = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|(?<=[据由经]))[省市县区]统计局(?:和|与|及|、)(国家统计局([\u4e00-\u9fff]{2,8}?)调查总?队)",
    re.M,
)


def with_survey_team(issuer: str | None, lines: list[str]) -> str | None:
    """``issuer`` (a place's 统计局 or the survey team alone) widened to both when the text writes them side by
    side; the fuller name of the bureau kept (``某市某县统计局`` over the pair's ``某县统计局``)."""
    if issuer is None or " " in issuer or not issuer.endswith(("统计局", "调查队", "调查总队")):
        return issuer
    text = "\n".join(simplified(line) for line in lines)
    for m in _PAIR.finditer(text):
        stem, team = m.group(3), m.group(2)
        at = m.group(1).rfind(stem)
        if at < 0:
            continue  # 某市统计局 beside 国家统计局某县调查队: two places, no pair
        bureau = m.group(1)[at:]  # (the match may start inside the title the issuer line is glued to)
        if issuer == team or bureau.endswith(issuer) or (issuer.endswith(team) and bureau in issuer):
            return f"{bureau} {team}"  # (the pair read as one name over its dot: 某市统计局·国家统计局某调查总队)
        if issuer.endswith(bureau):
            return f"{issuer} {team}"
    for m in _LEVEL_PAIR.finditer(text):
        if issuer.startswith(m.group(2)) and re.fullmatch(rf"{m.group(2)}[省市县区]统计局", issuer):
            return f"{issuer} {m.group(1)}"  # 市统计局 beside 国家统计局郑州调查队, the issuer 郑州市统计局: the pair
    return issuer


# a 统计公报 opens its figures with 一、综合 and goes on with 二、农业 or 二、农、林、牧、渔业 (the national statistics
# template; 1797, 1140, 1505, 990)
# (a mirror's bullets stand for the numbers: ■ 综合 ⏎ 年末全市常住人口… ⏎ 初步核算,全市生产总值…, disc19 1721)
_OVERVIEW = re.compile(r"^(?:[一1][、.．,，\s]*|[■□◆●▲◎]\s*)综\s*合$")
_FARMING = re.compile(r"^(?:[二三2-3][、.．,，\s]*|[■□◆●▲◎]\s*)农\s*(?:业|[、,，]?\s*林)")
# the national template's first figures under 综合: the accounting's preliminary output (初步核算,全年全市生产总值)
_ACCOUNTING = re.compile(r"^初步核算[,，]\s*(?:全年)?(?:全[国省市区县州旗盟])?(?:地区)?生产总值")


def is_statistical_bulletin(lines: list[str]) -> bool:
    """True for the text of a 统计公报 (its sections 一、综合 then 二、农业), whatever its title or head lost."""
    overview = next((i for i, line in enumerate(lines) if _OVERVIEW.match(simplified(line.strip()))), None)
    if overview is None:
        return False
    after = [simplified(line.strip()) for line in lines[overview + 1 :]]
    return any(_FARMING.match(line) for line in after) or any(_ACCOUNTING.match(line) for line in after[:4])
