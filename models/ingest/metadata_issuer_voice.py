"""The bureau a summary speaks as when no line names it: its sector system at the text's one level (全市人社系统)
with the bureau's own voice (局党组, 我局), or the one line of work a 我委/我局 text names as its own (市发改系统),
at the place the text names."""

from __future__ import annotations

import re

from models.ingest.metadata_issuer_bureaus import _SECTOR_BUREAUS
from models.ingest.metadata_own_work import placed_name, spoken_level
from models.ingest.metadata_places import MASK

# 全市人社系统, 全县民政系统, 我区医保系统: the sector's system at the level the text speaks as
_LEVEL_SYSTEM = re.compile(r"(?:全|我|本)([市县区])(" + "|".join(_SECTOR_BUREAUS) + r")系统")
# the bureau's own voice: its party group, its leaders, its offices, 我局
_BUREAU_VOICE = re.compile(r"我局|局党组|局机关|局领导班子|局班子")
# a level the text speaks at (全市, 我县, 本区), to tell one level from two
_SPOKEN_LEVEL = re.compile(r"(?:我|全|本)([市县区])(?![第首前排平均])")


def voiced_bureau(title: str | None, lines: list[str]) -> str | None:
    """The bureau of the one sector system the text speaks of at its one level (``全市人社系统`` with ``局党组``:
    the city's 人社局), in the place the text names (``“就”在中山`` → 中山市人力资源和社会保障局); None when the
    text has no bureau's voice, names two systems or two levels, or never names its place."""
    text = "\n".join(lines)[:8000]
    if not _BUREAU_VOICE.search(text):
        return None
    systems = {(m.group(1), m.group(2)) for m in _LEVEL_SYSTEM.finditer(text)}
    if len(systems) != 1 or len(set(_SPOKEN_LEVEL.findall(text))) != 1:
        return None
    level, sector = systems.pop()
    return placed_name(level + _SECTOR_BUREAUS[sector], lines)


# the body's own voice and the kind of body it is: 我局, 局党委, 全局上下 a bureau's; 我委, 委党组 a commission's
_VOICE_OF_KIND = {
    "局": re.compile(r"我局|局党[组委]|局机关|局领导班子|全局(?:上下|干部|职工)"),
    "委": re.compile(r"我委|委党组|委机关|委领导班子|全委(?:上下|干部|职工)"),
}
# a line of work and its bodies' names, by the kind of body that speaks for it (a bureau; a commission)
_SECTOR_NAMES = {
    "发展改革": ("发展和改革局", "发展和改革委员会"),
    "司法": ("司法局", None),
    "科技": ("科技局", None),
    **{s: (b, None) for s, b in _SECTOR_BUREAUS.items() if s != "司法"},
}
# how a text writes each line of work (发改 and 发展和改革 for 发展改革, 司法行政 for 司法)
_SECTOR_WORDS = {"发改": "发展改革", "发展和改革": "发展改革", "司法行政": "司法"}
_SECTOR = "|".join(sorted({*_SECTOR_NAMES, *_SECTOR_WORDS}, key=len, reverse=True))
# the line of work a text names as its own: its level's system (市发改系统, 广州市司法行政系统), its level's work
# (我区科技工作, 全县统计工作), its work in all its items (发展改革各项工作); or the body written bare as the subject
# of its sentences (农业局在市委、市政府的正确领导下, 农业局荣获)
_OWN_SECTOR = re.compile(
    rf"(?:(?<=[市县区])({_SECTOR})(?:系统|工作)|(?<![\u4e00-\u9fff])({_SECTOR})(?:各项工作|系统))"
    rf"|(?:^|[,，。；;:：])(?:(?:19|20)\d\d年(?:以来)?[,，])?([\u4e00-\u9fff]{{2,4}}局)(?=在[^。]{{2,30}}领导下|荣获)"
)
# 配合做好全市财政系统改革, 会同市审计系统: another body's line of work, which the text helps with
_HELPING = re.compile(r"(?:配合|支持|协助|会同|协调|联合|服务)[\u4e00-\u9fff]{0,6}$")


def spoken_sector_bureau(lines: list[str]) -> str | None:
    """The body a text speaks as (``我委``, ``我局``, ``局党委``) of the one line of work it names as its own
    (``市发改系统``, ``发展改革各项工作``; a bureau written bare as its subject, ``农业局在市委…领导下``), at the level
    the text speaks at, in the place it names (徐州 → ``徐州市发展和改革委员会``); None when it speaks as no body or
    as two kinds, names no line of work or two, or never names its place."""
    text = "\n".join(lines)[:8000]
    kinds = [kind for kind, voice in _VOICE_OF_KIND.items() if voice.search(text)]
    if len(kinds) != 1:
        return None
    found: set[str] = set()
    for m in _OWN_SECTOR.finditer(text):
        if _HELPING.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # 支持全市发改系统: another body's line of work
        if m.group(3) is not None:
            found.add(m.group(3))  # the body as the text writes it (农业局)
        else:
            sector = m.group(1) or m.group(2)
            found.add(_SECTOR_WORDS.get(sector, sector))
    if len(found) != 1:
        return None
    sector = found.pop()
    if sector.endswith("局"):
        body = sector if kinds[0] == "局" else None
    else:
        body = _SECTOR_NAMES[sector][0 if kinds[0] == "局" else 1]
    if body is None:
        return None
    # 1997年利津县统计局以…, 在全市统计业务评比中: the level the text writes its own body at, over the level of
    # the awards and meetings it speaks of (627)
    written = {m.group(1) for m in re.finditer(rf"([市县区]){body}", text)}
    level = written.pop() if len(written) == 1 else spoken_level(text)
    return placed_name(level + body, lines) if level is not None else None


# 在县委、县政府的坚强领导下,在市司法局的有力指导下; 在区委、区政府的正确领导和市水利局的业务指导下; 在市委、市政府的
# 坚强领导和省司法厅的正确指导下: led by its own level's party committee and government, guided by the bureau of its
# line of work one level up (the 业务指导 of a 上级主管部门 over its counterpart)
_GUIDED = re.compile(
    r"在(?P<led>[市县区])委[、,，]?(?:(?P=led))?政府[^。；;！!]{0,24}?领导(?:下[,，]?在|和|及|[,，、])"
    r"(?P<guide>[省市])(?P<body>(?:(?![和及与])[\u4e00-\u9fff]){2,10}?(?:局|厅))(?:、[^。；;，,]{2,10}?委)?的[^。；;，,指]{0,6}指导下"
)
_ONE_UP = {"县": "市", "区": "市", "市": "省"}


def guided_bureau(lines: list[str]) -> str | None:
    """The bureau a text speaks for (``我们``, ``我局``, or no subject at all) when it says it works under its own
    level's 党委 and government and under the guidance of the bureau of one line of work one level up (``在县委、县政府
    的坚强领导下,在市司法局的有力指导下``): that bureau's counterpart at its level (县司法局; a province's 厅 is a
    city's 局), in the place the text names; None when no such sentence, two guiding bodies, a level that is no
    bureau's (镇), or the place is never named."""
    text = "\n".join(lines)[:3000]
    if re.search(rf"{MASK}(?:[\u4e00-\u9fff]{{0,6}}?(?:局|厅|委)|[市县区])", text):
        return None  # XX水利局: the page hides its place (157)
    found = {
        (
            m.group("led"),
            m.group("body").removesuffix("厅") + "局" if m.group("body").endswith("厅") else m.group("body"),
        )
        for m in _GUIDED.finditer(text)
        if _ONE_UP[m.group("led")] == m.group("guide")
    }
    if len(found) != 1:
        return None
    level, body = found.pop()
    return placed_name(level + body, lines)
