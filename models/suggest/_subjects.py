"""A name's subject when the clause split it off: a verb between them, a share's numerator, a project after 的.

``全省规模工业实现增加值4250.1亿元`` → ``规模工业增加值`` (not ``增加值``); ``非农产业占农村经济的比重达到82.8%`` →
``非农产业占农村经济的比重``; ``总投资30亿元的某某商贸综合体项目`` → ``某某商贸综合体项目总投资``. The grammar is read
with jieba's part-of-speech tags; inside ``without_jieba()`` (a span read alone) names stay as they are.
"""

from __future__ import annotations

import re

from models.jieba_import import import_jieba
from models.suggest import _names
from models.suggest.keywords import _LIGHT


def _share_tail(parts: list[str]) -> list[str]:
    from models.suggest._naming import _share_tail as tail

    return tail(parts)


#: A head this short names nothing on its own when a verb split its subject off (增加值, 投资, 产值 …).
_BARE_HEAD = 4
_PUNCT = set('，,。；;：:、（）()“”"《》 \u3000.!?！？')
_SHARE_HEAD_RE = re.compile(r"^(?:的)?(?:比重|比例|占比)$")
_RELATION_RE = re.compile(r"(?P<rel>占|对)(?P<base>[^，,。；;、占对\d]{1,20}?)(?P<de>的?)$")
_SCOPE_RE = re.compile(r"(?:我|全|本)[省市州盟县区旗镇乡村局委]")
_THREE_SECTORS_RE = re.compile(r"三次产业|三大产业|第?一、二、三次?产业?")


def _tags(text: str) -> list[tuple[str, str]]:
    pseg = import_jieba("jieba.posseg")

    return [(w.word, w.flag) for w in pseg.cut(text)]


def _verbal(flag: str) -> bool:
    return (flag.startswith("v") and flag != "vn") or flag.startswith("d")


def _nominal(flag: str) -> bool:
    return flag.startswith("n") or flag in ("vn", "an", "j", "l", "b", "eng")


def _head(name: str) -> bool:
    """``name`` ends in a noun (``增加值``, ``投资``), not a time or a verb (``年内``, ``完成``)."""
    tags = _tags(name)
    return bool(tags) and _nominal(tags[-1][1])


def split_subject(prefix: str, name: str) -> str:
    """``name`` with the subject a verb split off it: ``prefix`` is the clause before the name.

    ``全省规模工业实现`` + ``增加值`` → ``规模工业增加值``; nothing changes unless ``prefix`` ends in a verb (or
    adverb and verb) after a noun phrase, and ``name`` is a bare head.
    """
    if _LIGHT.get() or not name or len(name) > _BARE_HEAD or not prefix.strip():
        return name
    found = verb_subject(prefix)
    if found is None:
        return name
    subject, kept = found
    if subject.endswith(name) or not _head(name):
        return name
    return subject + kept + name


def verb_subject(prefix: str) -> tuple[str, str] | None:
    """The subject of a clause whose verb ends ``prefix``, and the verb words a name keeps (``""`` for 实现, 完成).

    ``全省规模工业实现`` → (``规模工业``, ``""``); ``各县气象局发布`` → (``各县气象局``, ``发布``); None when ``prefix``
    does not end in a verb after a noun phrase, or the noun phrase is a place, a count or a preposition's object.
    """
    if _LIGHT.get() or not prefix.strip():
        return None
    toks = _tags(prefix.rstrip())
    verbs = 0
    kept: list[str] = []
    while toks and _verbal(toks[-1][1]) and verbs < 3:
        word, flag = toks.pop()
        verbs += 1
        if word not in _names.TRAIL and word not in _names.BREAK and flag != "d":
            kept.insert(0, word)  # a linking verb (实现, 完成) is left out, 各县气象局发布预警信号 keeps its own
    if not verbs or not toks or not _nominal(toks[-1][1]) or toks[-1][0] in _PUNCT:
        return None
    before = "".join(w for w, _ in toks)
    subject, at, _ = _names.name_before(before)
    scope = _SCOPE_RE.match(subject)  # 我乡共有劳动力: the place of the report is no subject of the name
    if scope:
        subject, at = subject[scope.end() :], at + scope.end()
    lead = _tags(before[:at])[-1:] if at > 0 else []
    if lead and (lead[0][1][:1] in ("q", "p") or _names._DIGIT_RE.search(lead[0][0])):
        return None  # 为12所学校发放: a counted object or a preposition's, not the subject
    if len(subject) < 2 or _names._DIGIT_RE.search(subject):
        return None
    return subject, "".join(kept)


def share_name(prefix: str, name: str, owner: str) -> str:
    """``X占Y的比重``: a share named by its head only gets its numerator and base back.

    ``prefix`` is the clause before the head (``非农产业占农村经济的``); when the clause opens with ``占`` the
    numerator is ``owner``, the name of the level just read (``增加值345.5亿元,占…的比重``).
    """
    if name.startswith("占") and len(name) > 2 and not prefix.strip() and len(owner) >= 2:
        return owner + name  # 农业人口12万人,占总人口的94%: the share of the level before it
    if len(name) > _BARE_HEAD:
        return name
    m = _RELATION_RE.search(prefix.rstrip())
    if (
        not m
        or (m.group("rel") == "对" and not m.group("de"))
        or (m.group("rel") == "占" and not _SHARE_HEAD_RE.match(name))
    ):
        return name  # 对经济增长的贡献率, 占生产总值的比重: the relation and its base are part of the name
    numerator, _, _ = _names.name_before(prefix[: m.start()])
    if not numerator and not prefix[: m.start()].strip():
        numerator = owner
    if len(numerator) < 2:
        return name
    return f"{numerator}{m.group(0)}{name.lstrip('的')}"


def list_heads(prefix: str, head: str) -> list[str]:
    """The names of a list's items when its subjects are listed before the verb, the head after it.

    ``一、二、三产业分别实现`` + ``增加值`` → ``一产业增加值``, ``二产业增加值``, ``三产业增加值``;
    ``三次产业对经济增长的`` + ``贡献率`` → ``第一产业对经济增长的贡献率`` …; ``[]`` when no subjects are listed.
    """
    if _LIGHT.get() or not head or len(head) > _BARE_HEAD + 2 or "、" in head:  # 拉动GDP
        return []
    rest = prefix.rstrip()
    rel = _RELATION_RE.search(rest)
    relation = ""
    if rel and rel.group("de"):
        relation, rest = rel.group(0), rest[: rel.start()]
    toks = _tags(rest)
    while toks and _verbal(toks[-1][1]) and (toks[-1][0] in _names.TRAIL or toks[-1][1] == "d"):
        toks.pop()
    rest = "".join(w for w, _ in toks)
    if not rest or rest == prefix.rstrip():
        return []  # no verb and no relation between the subjects and the head
    subject, at, _ = _names.name_before(rest, enumeration=True)
    if at > 0 and rest[at - 1] in "、与和及":
        return []  # 新能源与节能环保、…: the list runs on past a word that ended the name, its order is lost
    if _THREE_SECTORS_RE.fullmatch(subject):
        parts = ["第一产业", "第二产业", "第三产业"]  # 三次产业: the three sectors, in their order
    else:
        parts = _share_tail([p for p in subject.split("、") if p])
    if len(parts) < 2 or any(len(p) < 2 or head in p for p in parts) or not _head(head):
        return []
    return [f"{p}{relation}{head.lstrip('的')}" for p in parts]


def project_after(after: str, name: str, money: bool = True) -> str:
    """``总投资30亿元的某某项目``: the money is the project's, named after the figure.

    ``after`` is the text right after the quantity; the noun phrase after ``的`` (up to its first verb) comes first.
    """
    if _LIGHT.get() or not name or len(name) > _BARE_HEAD or not after.startswith("的") or not _head(name):
        return name
    if not money and not name.startswith("总"):  # 总长度57.9公里的城市道路: a total is the thing's after it
        return name
    picked: list[tuple[str, str]] = []
    for word, flag in _tags(after[1:32]):
        if word in _PUNCT or flag in ("m", "uj", "x", "p") or (word in _names.BREAK and flag != "c"):
            break
        if _verbal(flag) and picked and _nominal(picked[-1][1]) and sum(len(w) for w, _ in picked) >= 4:
            break  # 某某项目开工建设: the project ends where the clause's verb begins
        picked.append((word, flag))
    while picked and not _nominal(picked[-1][1]):
        picked.pop()  # …项目开工建设: the project, not what was done to it
    phrase = "".join(w for w, _ in picked)
    if len(phrase) < 2 or _names._DIGIT_RE.search(phrase) or phrase in name:
        return name
    return phrase + name


#: the generic words a measure of anything ends in: a four-character name so built is still a bare head
_GENERIC_TAIL_RE = re.compile("(?:资金|经费|总额|金额|比例|面积|总量|规模)$")


def _bare(name: str) -> bool:
    """``name`` names a measure and nothing whose it is: short (总投资, 容量, 完成率) or a generic tail (到位资金).

    ``煤炭产量``, ``旅游收入``, ``技改投资``, ``行政处罚`` say whose or what they are and are not bare.
    """
    return len(name) <= 3 or name.startswith("总") or _GENERIC_TAIL_RE.search(name) is not None


def carried_subject(prefix: str, name: str, owner: str, measured: bool = False) -> str:
    """``商贸类项目11个,完成投资10.2亿元``: a clause of verbs only before a bare head is about the items just counted.

    ``prefix`` is the clause before ``name``; ``owner`` the name of the count that ends the clause before. With no
    verb at all (``实施新能源项目304个,容量1255万千瓦``) the head must be ``measured`` (money, a measure, a share: not
    another count, which would be a peer, 城镇人口…,乡村人口…) and bare.
    """
    if _LIGHT.get() or not name or len(name) > _BARE_HEAD or len(owner) < 2 or name in owner or not _head(name):
        return name
    if len(name) > 2 and name[:2] in owner:
        return name  # 技改项目9个,完成技改投资…: the name already says whose (技改), it is no bare head
    toks = _tags(prefix.strip())
    if not toks and not (measured and _bare(name)):
        return name
    if not all(_verbal(flag) and (word in _names.TRAIL or flag == "d") for word, flag in toks):
        return name  # only a linking verb (完成, 实现, 累计): 发放补贴 after a count names what was given
    return owner + name
