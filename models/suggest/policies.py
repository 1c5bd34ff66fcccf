"""Policies (政策): 《…》 document titles with their document numbers, and quoted programmes."""

from __future__ import annotations

import re

from models.suggest._text import Spans
from models.suggest.base import Suggestion
from models.suggest.keywords import domain_words

_TITLE_RE = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
# 潜政办发〔2020〕19号, 宣人社文[2020]5号, 鄂经信企业函〔2020〕16号
_DOCNO_RE = re.compile(
    r"(?P<issuer>[\u4e00-\u9fff]{1,10})[〔\[［(（](?P<year>(?:19|20)\d{2})[〕\]］)）](?P<serial>\d{1,4})号"
)
_FOLLOW_RE = re.compile(r"\s*[(（]\s*(?P<docno>[^()（）\n]{4,30}?)\s*[)）]")
_POLICY_WORDS = re.compile(
    r"意见|办法|方案|计划|规划|通知|决定|规定|细则|条例|纲要|措施|政策|指南|标准|报告|纪要|批复|函|制度|要点|规则|实施|"
    r"若干|暂行|工作|行动|[\d一二三四五六七八九十]+条$"
)
_PROGRAMME_RE = re.compile(r"[“\"](?P<name>[^“”\"\n]{2,12})[”\"]")
_PROGRAMME_WORDS = re.compile(
    r"上云|融合|工程|行动|计划|示范|专项|改造|技改|提升|培育|攻坚|创建|帮扶|氧舱|方舱|[\u4e00-\u9fff]\+"
)
_ISSUER_LEAD = re.compile(r"^(?:按照|根据|依据|落实|贯彻|执行|印发|转发|出台|制定|下发|参照|及|和|与|并|的|以|对|据)+")
_GENERIC_TITLES = ("政府工作报告",)


def parse_doc_number(text: str) -> dict[str, object] | None:
    """Split a document number such as ``潜政办发〔2020〕19号`` into its parts.

    Returns:
        ``{"doc_number", "issuer_code", "year", "serial"}`` or ``None`` when ``text`` has none.
    """
    m = _DOCNO_RE.search(text)
    if m is None:
        return None
    issuer = _ISSUER_LEAD.sub("", m.group("issuer")) or m.group("issuer")
    return {
        "doc_number": m.group(0)[len(m.group("issuer")) - len(issuer) :],
        "issuer_code": issuer,
        "year": int(m.group("year")),
        "serial": int(m.group("serial")),
    }


def find_policies(display_text: str, sections: object = ()) -> list[Suggestion]:
    """Find policy documents (《…》 plus any following document number) and named programmes.

    A bare document number (``宣办发〔2020〕9号文件``) is a policy too. Quoted phrases become
    ``policy_kind="programme"`` with lower confidence when they look like a programme.

    Args:
        display_text: a document's display text.
        sections: unused; accepted for a uniform suggester signature.

    Returns:
        ``政策`` suggestions in text order.
    """
    t = display_text
    out: list[Suggestion] = []
    covered = Spans()
    for m in _TITLE_RE.finditer(t):
        title = m.group("title").strip()
        start, end = m.start(), m.end()
        attrs: dict[str, object] = {"title": title, "policy_kind": "document"}
        follow = _FOLLOW_RE.match(t, end)
        if follow:
            parsed = parse_doc_number(follow.group("docno"))
            if parsed:
                attrs.update(parsed)
                end = follow.end()
        conf = 0.9 if _POLICY_WORDS.search(title) else 0.55
        if title in _GENERIC_TITLES:
            conf = 0.5
        if "doc_number" in attrs:
            conf = 0.95
        out.append(Suggestion("政策", start, end, t[start:end], attrs, conf))
        covered.add(start, end)
    for m in _DOCNO_RE.finditer(t):
        if covered.contains(m.start()):
            continue
        parsed = parse_doc_number(m.group(0))
        assert parsed is not None
        parsed["policy_kind"] = "document"
        start = m.end() - len(str(parsed["doc_number"]))
        out.append(Suggestion("政策", start, m.end(), t[start : m.end()], dict(parsed), 0.75))
        covered.add(m.start(), m.end())
    domain = domain_words()
    for m in _PROGRAMME_RE.finditer(t):
        name = m.group("name").strip()
        if covered.contains(m.start()) or not name or re.fullmatch(r"[\d\W]+", name):
            continue
        # the programme word may follow the quotation: “数商兴农”工程
        follows = re.match(r"(?:工程|行动|计划|专项行动|活动|战略|示范)", t[m.end() : m.end() + 4])
        if not (_PROGRAMME_WORDS.search(name) or follows) or re.search(r"[、，,\d]", name):
            continue
        conf = 0.55 if name in domain else 0.45
        attrs = {"title": name, "policy_kind": "programme"}
        out.append(Suggestion("政策", m.start(), m.end(), t[m.start() : m.end()], attrs, conf))
    out.sort(key=lambda s: (s.start, s.end))
    return out
