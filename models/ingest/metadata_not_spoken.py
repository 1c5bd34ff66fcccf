"""Texts that speak of their place (全县, 我区) without being its government's voice: a department's accounts, a body
working under that very government, a news item on a sector's meeting its government's head does not address.

``speaking_government`` guesses the place's 人民政府 from the level a text speaks as; these are the shapes where that
voice belongs to someone else, so the guess is withheld (gold README, session-18 order (3) and (6); a wrong body
costs as much as none).
"""

from __future__ import annotations

import re

from models.ingest.metadata_places import simplified

# 2021年度部门决算, 部门预算公开: a department's accounts are the department's (session-18 order (3)), whatever
# 全县 their tables speak of (1547, 1911)
_DEPARTMENT_ACCOUNTS = re.compile(r"部门(?:决算|预算)")
# a meeting opening a news item's lead: 近日,我县召开…工作会议 / 昨天下午,某区举行…会议 / …会议召开
_MEETING = re.compile(r"(?:召开|举行)了?[^。]{0,40}?(?:会议|大会|会)|会议(?:在[^。]{0,20})?(?:召开|举行)")


def accounts_of_department(text: str) -> bool:
    """True for a 部门决算/预算 disclosure (named in its opening)."""
    return _DEPARTMENT_ACCOUNTS.search(text[:600]) is not None


def under_own_government(text: str, level: str) -> bool:
    """True when the text works under the government of the very level it speaks as (``在县委、县政府的正确领导下``,
    ``贯彻落实州委、州人民政府的各项决策部署`` speaking as 全县 / 全州): a bureau or a sector's voice; a government
    names only its party committee or the level above as leading it (``在市委、市政府和县委的坚强领导下``)."""
    under = re.compile(
        rf"(?:在|落实|按照|根据|遵照)[^。，,;；]{{0,4}}{level}委[、，,]?{level}(?:人民)?政府(?![工办部])"
    )
    return under.search(text) is not None


def names_own_leaders(text: str, level: str) -> bool:
    """True when the text has the party committee and government of the very level it speaks as act in the third
    person (``阳泉市委、市政府始终坚持…``, ``县委、县政府高度重视…``): someone writing of them, a bureau or a farm's
    essay (2464, 1631, 1663, 1866, 984), not the government's own voice (no corpus government report writes so)."""
    acting = re.compile(rf"{level}委[、，,]\s*{level}(?:人民)?政府(?:始终|高度|坚持|认真|紧紧|历来|一直|坚决)")
    return acting.search(simplified(text)) is not None


def meeting_news_without_head(text: str, level: str) -> bool:
    """True for a news item whose lead reports a meeting (``我县召开…退役军人事务系统工作会议``) where neither the
    government (``区政府``, ``一府两院``, ``政府工作报告``) nor its head (``区长``, never ``副区长``) speaks: a
    sector's or a party body's meeting, not the government's report (1280, 1634, 1559; 1259's 区长 and 1863's
    区政府 speak)."""
    firsts = [line.strip() for line in text.splitlines() if line.strip()][:3]
    if not any(_MEETING.search(line.split("。")[0]) for line in firsts):
        return False
    lead = text[:600]
    head = re.compile(rf"(?<![副城都]){level}长(?!助理)")  # (城市长效: no head)
    return "政府" not in lead and "一府" not in lead and head.search(lead) is None


def not_its_voice(text: str, government: str) -> bool:
    """True when ``government`` (``某县人民政府``, guessed from the level the text speaks as) is not who speaks: the
    text works under it or reports a sector's meeting it does not address."""
    if not government.endswith("人民政府") or len(government) < 6:
        return False
    level = government[-5]
    return under_own_government(text, level) or meeting_news_without_head(text, level) or names_own_leaders(text, level)
