"""The alternatives a clerk may choose for a report's title, issuer and date, best first, each with its source.

The reader picks one value per field (``models.ingest.metadata``); this module lists what else it had in
view so the 信息 panel can offer the runners-up in one step. It only *reads* the metadata modules' candidate
functions (head lines scored as titles, the page's chrome and header fields, the signature, the dates the
text gives itself) and never changes a choice. Sources are written in plain Chinese (首行, 网页标题, 落款,
来源行, 会议日期 …); offsets are ``str`` indices into the display text when the value is found there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from models.ingest.clean import clean
from models.ingest.metadata import title_options
from models.ingest.metadata_body_names import formal_name
from models.ingest.metadata_candidates import head_lines, title_score, title_text
from models.ingest.metadata_dates import find_dates, parse_date
from models.ingest.metadata_header import head_fields, header_fields
from models.ingest.metadata_issuers import bureau_from_head, has_place, issuer_from_text
from models.ingest.metadata_learned import Ranked
from models.ingest.metadata_own_dates import own_dates, signature_orgs
from models.ingest.metadata_places import known_place
from models.types import Metadata, ParsedDocument

FIELDS = ("title", "issuer", "date")
_LIMIT = 8
_LEVELS = "省市区县州旗"
_LEARNED_FLOOR = 0.01  # below this the learned ranking's candidates are a page's buttons and greetings
_KIND_SCORE = 3.0  # title_score of a line that names a document's kind (总结, 报告, 通知 …)


@dataclass(frozen=True)
class Option:
    """One candidate value of a field: where it came from and, when found, where it stands in the display text."""

    value: str
    source: str  # plain Chinese: 首行, 网页标题, 落款 …
    start: int | None = None
    end: int | None = None
    chosen: bool = False  # the reader's own choice
    probability: float | None = None  # when the reader scores its candidates

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"value": self.value, "source": self.source, "start": self.start, "end": self.end}
        if self.chosen:
            data["chosen"] = True
        if self.probability is not None:
            data["probability"] = round(self.probability, 4)
        return data


@dataclass(frozen=True)
class MetadataOptions:
    """The ranked options of each field (the reader's choice first when it has one)."""

    title: tuple[Option, ...] = ()
    issuer: tuple[Option, ...] = ()
    date: tuple[Option, ...] = ()
    extra: Mapping[str, tuple[Option, ...]] = field(default_factory=dict)

    def of(self, name: str) -> tuple[Option, ...]:
        """The options of ``name`` (``title``, ``issuer``, ``date``; ``()`` for a field without any)."""
        if name in FIELDS:
            return tuple(getattr(self, name))
        return tuple(self.extra.get(name, ()))

    def as_json(self) -> dict[str, list[dict[str, Any]]]:
        return {name: [o.as_json() for o in self.of(name)] for name in FIELDS}


# why the reader chose a value (``Metadata.extra``) -> where it came from, in the clerk's words
_TITLE_SOURCES = (
    ("名称", "页面字段“名称”"),
    ("two lines", "首两行"),
    ("over two", "首两行"),
    ("several lines", "标题多行"),
    ("file name", "文件名"),
    ("chrome", "网页标题"),
    ("set aside", "网页标题"),
    ("page", "网页标题"),
    ("store", "网页标题"),
    ("farm", "网页标题"),
    ("news", "新闻标题"),
    ("headline", "新闻标题"),
    ("transmits", "所转发的文件"),
    ("attachment", "所附文件"),
    ("running into", "正文开头"),
    ("opening sentence", "正文开头"),
    ("speech", "讲话标题"),
    ("head line", "首行"),
)
_ISSUER_SOURCES = (
    ("落款", "落款"),
    ("发布机构", "页面字段“发布机构”"),
    ("发文机关", "页面字段“发文机关”"),
    ("来源", "来源行"),
    ("speaker", "讲话人行"),
    ("delivery", "会议行"),
    ("organisation line", "单位行"),
    ("title", "标题"),
    ("bureau opening", "正文开头"),
    ("代表", "正文（代表…政府报告）"),
    ("government", "正文"),
    ("congress", "正文"),
    ("news", "新闻导语"),
    ("lead", "新闻导语"),
)
_DATE_SOURCES = (
    ("落款", "落款"),
    ("signature", "落款"),
    ("delivery", "会议日期"),
    ("under the title", "标题下日期行"),
    ("date in the title", "标题中的日期"),
    ("page's title", "网页标题"),
    ("成文日期", "成文日期"),
    ("发文日期", "发文日期"),
    ("发布日期", "发布日期"),
)
_PAGE_ISSUER_KEYS = ("发布机构", "发文机关", "发文单位", "来源", "信息来源")
_PAGE_DATE_KEYS = ("成文日期", "发文日期", "发布日期", "落款日期")
_FILE_SUFFIX = re.compile(r"\.(?:txt|text|docx?|html?|pdf|wps|ofd|png|jpe?g|tiff?)$", re.IGNORECASE)


def _source(reason: str, table: tuple[tuple[str, str], ...], default: str) -> str:
    for needle, label in table:
        if needle in reason:
            return label
    return default


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-blank display lines with the offset of their first non-blank character."""
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((pos + raw.index(stripped[0]), stripped))
        pos += len(raw) + 1
    return out


class _Collector:
    """Options of one field in the order offered, one per value, located in the display text when there."""

    def __init__(self, text: str, *, dates: bool = False, accept: Callable[[str], bool] | None = None) -> None:
        self._text = text
        self._accept = accept
        self._dates = dates
        self._found: dict[str, tuple[float, int, Option]] = {}

    def add(
        self, value: str | None, source: str, rank: float, *, chosen: bool = False, probability: float | None = None
    ) -> None:
        value = (value or "").strip()
        if self._dates and value:
            value = parse_date(value) or ""
        if not value or len(value) > 200 or (not chosen and self._accept is not None and not self._accept(value)):
            return
        key = re.sub(r"\s+", "", value)
        if key in self._found and not chosen:
            return
        start, end = self._where(value)
        order = len(self._found) if key not in self._found else self._found[key][1]
        self._found[key] = (rank, order, Option(value, source, start, end, chosen, probability))

    def ranked(self) -> list[tuple[float, Option]]:
        """Every option with its rank, in the order offered."""
        return [(rank, option) for rank, _order, option in sorted(self._found.values(), key=lambda i: i[1])]

    def _where(self, value: str) -> tuple[int | None, int | None]:
        if self._dates:
            for start, end, iso in find_dates(self._text):
                if iso == value:
                    return start, end
            return None, None
        at = self._text.find(value)
        return (at, at + len(value)) if at >= 0 else (None, None)

    def options(self) -> tuple[Option, ...]:
        ranked = sorted(self._found.values(), key=lambda item: (-item[2].chosen, -item[0], item[1]))
        return tuple(option for _rank, _order, option in ranked[:_LIMIT])


def _title_like(value: str) -> bool:
    """A title's shape: six Chinese characters at least, mostly Chinese, no table row's spaced-out cells."""
    han = len(re.findall(r"[\u4e00-\u9fff]", value))
    return han >= 6 and han * 2 >= len(value) and not re.search(r"\S\s{2,}\S", value)


def _title_options(
    text: str,
    lines: list[str],
    meta: Metadata,
    chrome: Iterable[str],
    fields: Mapping[str, str],
    source_name: str,
    learned: Sequence[Ranked] = (),
) -> tuple[Option, ...]:
    """The reader's choice, then the candidates its learned ranking scores (best first, with their probability),
    then what else the head, the page and the file name offer."""
    seen = _title_candidates(text, lines, chrome, fields, source_name)
    sources = {_key(o.value): o.source for _rank, o in seen.ranked()}
    chance = {_key(r.text): r.probability for r in learned}
    found = _Collector(text, accept=_title_like)
    reason = str(meta.extra.get("标题依据", ""))
    chosen_key = _key(meta.title or "")
    chosen_source = sources.get(chosen_key) if "head line" in reason else None
    found.add(
        meta.title,
        chosen_source or _source(reason, _TITLE_SOURCES, "阅读器选定"),
        100,
        chosen=True,
        probability=chance.get(chosen_key),
    )
    for r in learned:
        if r.probability >= _LEARNED_FLOOR:
            source = sources.get(_key(r.text)) or _source(r.reason, _TITLE_SOURCES, "阅读器候选")
            found.add(r.text, source, 50 + 40 * r.probability, probability=r.probability)
    for rank, option in seen.ranked():
        found.add(option.value, option.source, rank)
    return found.options()


def _key(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _title_candidates(
    text: str, lines: list[str], chrome: Iterable[str], fields: Mapping[str, str], source_name: str
) -> _Collector:
    """Titles the head lines, the page's chrome and header and the file name offer, each with its source."""
    found = _Collector(text, accept=_title_like)
    found.add(fields.get("名称"), "页面字段“名称”", 9)
    head = head_lines(lines)
    for k, line in enumerate(head[:6]):
        score = title_score(line)
        if score is None:
            continue
        value, penalty = title_text(line)
        found.add(value, "首行" if k == 0 else f"第{k + 1}行", 5 + score - penalty - 0.3 * k)
        nxt = head[k + 1] if k + 1 < len(head) else ""
        joinable = nxt and len(line + nxt) <= 60 and not find_dates(line + nxt) and title_text(nxt)[0] not in value
        if joinable and (below := title_score(nxt)) is not None:
            found.add(title_text(line + nxt)[0], "首两行" if k == 0 else "两行标题", 4 + below - 0.3 * k)
    for k, line in enumerate(list(chrome)[:8]):
        # a page's chrome holds its buttons and notices too: only a line that names a document's kind
        if (score := title_score(line)) is not None and score >= _KIND_SCORE:
            found.add(title_text(line)[0], "网页标题", 4 + score - 0.2 * k)
    stem = _FILE_SUFFIX.sub("", PurePath(source_name).name) if source_name else ""
    if re.search(r"[\u4e00-\u9fff]{4}", stem):
        found.add(re.sub(r"^\d{1,4}[_\-\s.、]+", "", stem), "文件名", 1)
    return found


def _issuer_options(
    text: str, lines: list[str], meta: Metadata, fields: Mapping[str, str], extra: Mapping[str, str]
) -> tuple[Option, ...]:
    found = _Collector(text)
    reason = str(extra.get("发布机构依据", ""))
    found.add(meta.issuer, _source(reason, _ISSUER_SOURCES, "阅读器选定"), 100, chosen=True)
    found.add(extra.get("落款单位"), "落款", 9)
    for k, key in enumerate(_PAGE_ISSUER_KEYS):
        value = fields.get(key) or extra.get(key)
        label = "来源行" if key in ("来源", "信息来源") else f"页面字段“{key}”"
        found.add(value, label, 8 - 0.5 * k)
    for org in reversed(signature_orgs(lines)[-3:]):
        found.add(org, "落款", 7)
    head = head_lines(lines)
    bureau = bureau_from_head(head, meta.title)
    found.add(bureau.value, _source(bureau.reason, _ISSUER_SOURCES, "首部"), 6)
    spoken = issuer_from_text(meta.title, lines)
    found.add(spoken.value, "正文", 5)
    for option in found.options():
        rank = (100 if option.chosen else 9) - 0.01
        # 县卫生健康局 where the text writes 天台县卫生健康局: the name with its place, as the text gives it
        if (placed := _with_place(option.value, (text, meta.title or ""))) is not None:
            found.add(placed, "正文中的全称", rank)
        # a 街道 issues as its 办事处, a 镇 or 乡 as its 人民政府 (公文 usage)
        if (formal := formal_name(placed or option.value)) is not None:
            found.add(formal, option.source + "（正式名称）", rank - 0.001)
    return found.options()


def _with_place(name: str, texts: Iterable[str]) -> str | None:
    """``name`` with the known place the texts write right before it (most often), when it names none itself."""
    if len(name) < 3 or has_place(name):
        return None
    level = name[0] if name[0] in _LEVELS else ""  # 县卫生健康局: the place's own level comes first
    counts: Counter[str] = Counter()
    for text in texts:
        for m in re.finditer(re.escape(name), text):
            place = known_place(text[max(0, m.start() - 8) : m.start()] + level)
            if place is not None and len(place) >= 2 + bool(level) and (not level or place.endswith(level)):
                counts[place[: len(place) - len(level)] + name] += 1
    return counts.most_common(1)[0][0] if counts else None


def _date_options(
    text: str, lines: list[str], meta: Metadata, fields: Mapping[str, str], extra: Mapping[str, str]
) -> tuple[Option, ...]:
    found = _Collector(text, dates=True)
    reason = str(extra.get("日期来源", ""))
    found.add(meta.date, _source(reason, _DATE_SOURCES, "阅读器选定"), 100, chosen=True)
    found.add(extra.get("落款日期"), "落款", 9)
    for k, key in enumerate(_PAGE_DATE_KEYS):
        found.add(fields.get(key) or extra.get(key), key, 8 - 0.5 * k)
    head = head_lines(lines)
    for score, iso, why in own_dates(lines, head, parse_date(str(extra.get("发布日期", ""))) or None):
        found.add(iso, _source(why, _DATE_SOURCES, "正文日期"), score / 2)
    for k, line in enumerate(lines[:12]):
        for _s, _e, iso in find_dates(line)[:1]:
            found.add(iso, "首部日期", 1.5 - 0.05 * k)
    for line in lines[-8:]:
        for _s, _e, iso in find_dates(line)[-1:]:
            found.add(iso, "文末日期", 1.2)
    return found.options()


def metadata_options(
    display_text: str, metadata: Metadata, *, original_text: str = "", source_name: str = ""
) -> MetadataOptions:
    """The ranked options for a report's title, issuer and date.

    Args:
        display_text: the report's display text (offsets refer to it).
        metadata: what the reader chose, with its reasons in ``extra`` (a stored document's fields will do).
        original_text: the decoded text, read again for the page's title and header rows the cleaner set
            aside; ``""`` to offer only what the display text and ``metadata`` hold.
        source_name: the file name, offered last as a title when it reads as one.

    Returns:
        Options per field, the reader's choice first (marked ``chosen``), at most eight each.
    """
    chrome: tuple[str, ...] = ()
    fields: dict[str, str] = {}
    learned: list[Ranked] = []
    if original_text:
        cleaned = clean(original_text)
        chrome = cleaned.chrome_lines
        fields = header_fields(cleaned.header_lines)
        learned = title_options(cleaned, original_text)
    lines = [line for _pos, line in _lines(display_text)]
    for key, value in head_fields(lines[:12]).items():
        fields.setdefault(key, value)
    extra = {str(k): str(v) for k, v in metadata.extra.items()}
    return MetadataOptions(
        title=_title_options(display_text, lines, metadata, chrome, fields, source_name, learned),
        issuer=_issuer_options(display_text, lines, metadata, fields, extra),
        date=_date_options(display_text, lines, metadata, fields, extra),
    )


def options_for_parsed(parsed: ParsedDocument) -> MetadataOptions:
    """``metadata_options`` of a freshly parsed report."""
    return metadata_options(
        parsed.display_text, parsed.metadata, original_text=parsed.original_text, source_name=parsed.source_name
    )
