"""Names quoted in a text as documents it issues (关于印发《…》的通知, 《…》已经…审议通过) and lines repeating one."""

from __future__ import annotations

import re

from models.ingest.outline_lines import squeeze

_QUOTED_MAX = 80
_INSERTED = 3
_MISREAD_MIN = 10  # characters of a name one misread character of leaves recognisable
# (a hard wrap may break the name once: 《关于本市加强政务诚信建设 ⏎ 的实施意见》)
_QUOTED = re.compile(rf"《((?:[^《》\n]|\n(?![\n《])){{6,{_QUOTED_MAX}}})》")
# a doc site's blurb naming what it collected (整理了多篇相关的《…》, 可以找到更多《…》): no document issued there
_FARM_BLURB = re.compile(r"整理|相关的|更多|推荐|下载|阅读|小编")
# what a document issued by a notice is quoted with (印发《…》, 《…》已经…审议通过, 现将《…》…)
_ISSUING = re.compile(r"印发|发布|转发|现将|通知|已经|审议|通过|会议|施行|执行|实施|予以|制定|出台|落实|全文")
_BLURB_REACH = 12
_LISTED_NAME = re.compile(rf"[、，,和及与]?《[^《》\n]{{6,{_QUOTED_MAX}}}》")  # the next name of a list of them
# an unquoted name in a 印发 notice's title: 关于印发2024年政府工作报告的通知 (关于发布…统计公报的通知); the name
# may quote the report it carries out inside it (关于印发2023年区《政府工作报告》确定的…分解方案的通知)
_ISSUED = re.compile(r"(?:印发|发布)((?:[^《》“”\n，,。：:]|《[^《》\n]{2,30}》){4,40}?)的通知")
# an unquoted name in the notice's own sentence, the notice's title lost or not naming it: 现发布2022年度…统计公报。,
# …发展规划已经市政府同意，现予印发, 现将…实施方案印发给你们
_ISSUED_IN_BODY = (
    re.compile(r"现(?:予|正式)?(?:印发|发布)([^《》\n，,。；;：:]{6,60})[。；;]"),
    re.compile(r"现将([^《》\n，,。；;：:]{6,60}?)(?:印发|发布)给"),
)
# …发展规划已经市政府同意，现予印发: the name is the sentence's subject, before 已经
_APPROVED_ISSUED = re.compile(r"已经?[^。\n]{1,20}(?:同意|通过)[，,]现(?:予|将其)?(?:印发|发布)")
_NAME_SUBJECT = re.compile(r"[^《》\n，,。；;：:]{6,60}")
# what may stand before the embedded document's name on its title line: the body that wrote it
_ORG_END = ("人民政府", "委员会", "办公室", "办公厅", "局", "厅", "委", "中心")
_NOT_ORG = re.compile(r"[0-9]|关于|印发|年")
_ORG_OVERLAP = 2  # 人民政府 + 政府工作报告 share 政府


def quoted_names(text: str) -> dict[str, int]:
    """Each name the text quotes as a document it issues, passes or carries out, with where it is first quoted; a
    doc site's blurb (小编整理了多篇相关的《…》) and a page title with nothing of issuing about it quote none."""
    quoted: dict[str, int] = {}
    for m in _QUOTED.finditer(text):
        # 《A》《B》和《C》已经…审议通过: names listed together share the verb after the last of them
        end = m.end()
        while (more := _LISTED_NAME.match(text, end)) is not None:
            end = more.end()
        issuing = _ISSUING.search(text, max(0, m.start() - _BLURB_REACH), end + _BLURB_REACH)
        if issuing and not _FARM_BLURB.search(text, max(0, m.start() - _BLURB_REACH), m.start()):
            quoted.setdefault(name_key(m.group(1)), m.start())
    for m in _ISSUED.finditer(text):
        quoted.setdefault(name_key(m.group(1)), m.start())
    for pattern in _ISSUED_IN_BODY:
        for m in pattern.finditer(text):
            quoted.setdefault(name_key(m.group(1)), m.start())
    for m in _APPROVED_ISSUED.finditer(text):
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _NAME_SUBJECT.fullmatch(text, start, m.start()):
            quoted.setdefault(name_key(text[start : m.start()]), start)
    return quoted


def quoted_before(quoted: dict[str, int], text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a name quoted (《…》) earlier in the text."""
    return bool(quoted_at(quoted, text, start, end))


def quoted_at(quoted: dict[str, int], text: str, start: int, end: int) -> list[int]:
    """Where ``text[start:end]`` was quoted as a name before ``start`` (each place found, none when it was not)."""
    if not quoted or end - start > _QUOTED_MAX + 20:
        return []
    key = name_key(text[start:end]).removesuffix("全文")  # 《某省政府工作报告》全文: a news site's copy of it
    if quoted.get(key, len(text)) < start:
        return [quoted[key]]
    # 《十大民生实事责任分解》 quoted, 十大民生实事项目责任分解 as the title; an OCR copy misreading one character of
    # either (《关于进一步提升…措施》 quoted, 关千进一步提升…措施 as the title: 669, 643's 关千印发)
    found = [at for name, at in quoted.items() if at < start and (_loosely_same(name, key) or _misread(name, key))]
    # the name with the body that wrote it before it: 某镇人民政府 ⏎ 2024年政府工作报告
    found += [
        quoted[key[cut:]]
        for cut in range(4, min(len(key) - 4, 30))
        if quoted.get(key[cut:], len(text)) < start and _written_by(key, cut)
    ]
    return found


def _written_by(key: str, cut: int) -> bool:
    """``key[:cut]`` names the body that wrote the document named ``key[cut:]``; the body's name may end inside
    the document's (某区人民 ⏎ 政府工作报告: the body 某区人民政府 writes its 政府工作报告)."""
    for end in range(cut, min(cut + _ORG_OVERLAP, len(key) - 4) + 1):
        org = key[:end]
        if not _NOT_ORG.search(org) and any(org.endswith(e) and len(e) > end - cut for e in _ORG_END):
            return True
    return False


def _loosely_same(name: str, key: str) -> bool:
    """``key`` is the quoted ``name`` with a word or two inserted: same opening and ending, every character of
    ``name`` in order, at most ``_INSERTED`` more."""
    if not 0 < len(key) - len(name) <= _INSERTED or len(name) < 8 or name[:2] != key[:2] or name[-2:] != key[-2:]:
        return False
    it = iter(key)
    return all(ch in it for ch in name)


def _misread(name: str, key: str) -> bool:
    """``key`` is ``name`` with one character read as another (an OCR copy), the name long enough to tell."""
    return len(name) == len(key) >= _MISREAD_MIN and sum(a != b for a, b in zip(name, key, strict=True)) == 1


def name_key(s: str) -> str:
    """A quoted name as compared: its Chinese characters, letters and digits only (dashes and brackets vary)."""
    return "".join(ch for ch in squeeze(s) if ch.isalnum())
