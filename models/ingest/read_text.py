"""Decoding the bytes of a plain-text file: BOMs, UTF-8, GB18030/GBK, Big5, refusals.

Policy, in order:
1. A file that is really an image, PDF, archive or Office file (by its magic bytes) is refused.
2. A BOM decides the codec (UTF-32, UTF-16 LE/BE, UTF-8); the rest must decode strictly.
3. NUL bytes mean binary, unless the whole file is plausible BOM-less UTF-16.
4. Strict UTF-8 wins if it decodes.
5. Otherwise GB18030, Big5 (or cp950, or HKSCS) and lenient UTF-8 are decoded and scored by how
   many of their non-ASCII characters are common Chinese characters or punctuation;
   the codec is chosen on the first 128 KB (cut at a newline) and then decodes the whole
   file. charset-normalizer's guess is one small extra vote, asked only when the top
   scores are close, never the decider on its own.
A multibyte character cut off at the very end of the file (a truncated download or copy)
is refused with a clear message rather than dropped or guessed. A handful of undecodable
bytes inside an otherwise clearly decoded file (at most 0.5% of the text, and no more than
20 or 0.1%, whichever is larger) are kept as U+FFFD so they stay visible and can be
flagged; more than that and the file is refused.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from models.errors import DecodeError, UnsupportedFormat, message
from models.ingest.read_common_chars import COMMON_HAN

# Magic numbers of formats that are sometimes saved or renamed with a text suffix.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG 图片"),
    (b"\xff\xd8\xff", "JPEG 图片"),
    (b"GIF87a", "GIF 图片"),
    (b"GIF89a", "GIF 图片"),
    (b"%PDF-", "PDF 文件"),
    (b"PK\x03\x04", "ZIP 压缩包（或 .docx/.xlsx 等 Office 文档）"),
    (b"PK\x05\x06", "ZIP 压缩包"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office 文档（.doc/.xls/.wps 等）"),
    (b"Rar!\x1a\x07", "RAR 压缩包"),
    (b"7z\xbc\xaf\x27\x1c", "7z 压缩包"),
    (b"\x1f\x8b", "GZIP 压缩包"),
    (b"II*\x00", "TIFF 图片"),
    (b"MM\x00*", "TIFF 图片"),
    (b"\x7fELF", "程序文件"),
    (b"MZ", "Windows 程序文件（.exe/.dll）"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)

# C0 controls other than tab/newline/carriage return, DEL, C1 controls (0x9B is a terminal's CSI) and lone
# surrogates (a Word symbol or a JSON escape can carry one; no file can store it).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NEWLINE_RE = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_MAX_STRAY_CONTROLS = 10
_MAX_BAD_BYTES = 20
_MIN_SCORE = 0.6
_SCORE_SAMPLE = 60_000
_CHOICE_SAMPLE = 128 * 1024
_PROBE_BYTES = 8 * 1024
_VOTE_MARGIN = 0.1
_VOTE_BONUS = 0.03


def sniff_binary(data: bytes) -> str | None:
    """Name the non-text format ``data`` starts with (in Chinese), or None."""
    for magic, label in _MAGIC:
        if data.startswith(magic):
            return label
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP 图片"
    return None


def spaced_label(label: str) -> str:
    """Put a space between a Chinese word and a following Latin-letter label."""
    kind = _KINDS.get(label, label)  # a message, so that an English sentence names the kind in English
    return message(" {0}", kind) if label[:1].isascii() else kind


# The kinds sniff_binary names, as messages (their English is in the catalogue like every other)
_KINDS = {
    "PNG 图片": message("PNG 图片"),
    "JPEG 图片": message("JPEG 图片"),
    "GIF 图片": message("GIF 图片"),
    "WEBP 图片": message("WEBP 图片"),
    "TIFF 图片": message("TIFF 图片"),
    "PDF 文件": message("PDF 文件"),
    "ZIP 压缩包（或 .docx/.xlsx 等 Office 文档）": message("ZIP 压缩包（或 .docx/.xlsx 等 Office 文档）"),
    "ZIP 压缩包": message("ZIP 压缩包"),
    "旧版 Office 文档（.doc/.xls/.wps 等）": message("旧版 Office 文档（.doc/.xls/.wps 等）"),
    "RAR 压缩包": message("RAR 压缩包"),
    "7z 压缩包": message("7z 压缩包"),
    "GZIP 压缩包": message("GZIP 压缩包"),
    "程序文件": message("程序文件"),
    "Windows 程序文件（.exe/.dll）": message("Windows 程序文件（.exe/.dll）"),
}


def normalize_text(text: str, name: str) -> str:
    """Unify newlines to "\\n" and refuse text that is really binary.

    Vertical tab and form feed (Word's manual line and page breaks) become newlines; a
    trailing DOS end-of-file mark (0x1A) is dropped; a few other stray control characters
    become U+FFFD so they stay visible; many of them mean the file is not text.

    Raises:
        DecodeError: if the text holds NUL characters or many control characters.
    """
    return control_policy(_NEWLINE_RE.sub("\n", text).rstrip("\x1a"), name)


def control_policy(text: str, name: str) -> str:
    """The one control-character policy of every reader (same length in, same length out).

    A few stray control characters or lone surrogates become U+FFFD (visible, storable, harmless in a
    terminal); NUL or many of them mean the content is not text.

    Raises:
        DecodeError: NUL characters, or more than a few control characters.
    """
    if "\x00" in text:
        raise DecodeError(message("文件“{0}”含有二进制数据（空字节），不是文本文件。", name))
    stray = len(_CONTROL_RE.findall(text))
    if stray:
        if stray > _MAX_STRAY_CONTROLS or stray * 1000 > len(text):
            raise DecodeError(message("文件“{0}”含有大量控制字符，像是二进制文件，不是文本文件。", name))
        text = _CONTROL_RE.sub("\ufffd", text)
    return text


def plausibility(text: str) -> float:
    """Share (0..1) of the non-ASCII, non-space characters that look like real Chinese text.

    Common characters and CJK/full-width punctuation count fully, rarer ideographs and
    other letters a quarter, and private-use, replacement, kana, Hangul and box-drawing
    characters (what a wrong CJK codec typically produces) not at all.
    """
    good = 0.0
    total = 0
    for ch, count in Counter(text[:_SCORE_SAMPLE]).items():
        code = ord(ch)
        if code < 0x80 or ch.isspace():
            continue
        total += count
        if ch in COMMON_HAN or _is_good_symbol(code):
            good += count
        elif not _is_bad(code):
            good += 0.25 * count
    return 1.0 if total == 0 else good / total


def _is_good_symbol(code: int) -> bool:
    return (
        0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF01 <= code <= 0xFF5E  # full-width ASCII
        or 0x2010 <= code <= 0x2030  # dashes, quotes, ellipsis, per mille
        or 0x2460 <= code <= 0x24FF  # circled numbers
        or 0x2160 <= code <= 0x217F  # Roman numerals
        or code in (0x00B7, 0x00D7, 0x00F7, 0x00B0, 0x2103, 0x00A5, 0xFFE5)
    )


def _is_bad(code: int) -> bool:
    return (
        code == 0xFFFD
        or 0xE000 <= code <= 0xF8FF  # private use
        or 0x3040 <= code <= 0x30FF  # kana
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0x2500 <= code <= 0x259F  # box drawing, blocks
        or 0x0080 <= code <= 0x009F  # C1 controls
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
    )


@dataclass(frozen=True)
class _Candidate:
    codec: str
    text: str
    bad_bytes: int
    truncated: bool
    score: float


def _decode_candidate(data: bytes, codec: str) -> _Candidate:
    try:
        text = data.decode(codec)
        return _Candidate(codec, text, 0, False, plausibility(text))
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and len(data) - exc.start <= 3:
            try:
                head = data[: exc.start].decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                return _Candidate(codec, head, 0, True, plausibility(head))
    probe = _sample(data, _PROBE_BYTES)
    if len(probe) < len(data):
        # Decoding with replacement is slow when errors are many; a wrong codec shows it early.
        bad = probe.decode(codec, errors="replace").count("\ufffd")
        if bad * 50 > len(probe):
            return _Candidate(codec, "", bad * (len(data) // max(len(probe), 1)), False, 0.0)
    text = data.decode(codec, errors="replace")
    return _Candidate(codec, text, text.count("\ufffd"), False, plausibility(text))


def _detector_vote(data: bytes) -> str | None:
    """charset-normalizer's guess for a sample, mapped to our codec family."""
    from charset_normalizer import from_bytes

    best = from_bytes(_sample(data, 65536)).best()
    if best is None:
        return None
    enc = best.encoding.lower().replace("-", "_")
    if enc in ("gb18030", "gbk", "gb2312", "hz"):
        return "gb18030"
    if enc in ("big5", "cp950", "big5hkscs"):
        return "big5"
    if enc in ("utf_8", "utf_8_sig"):
        return "utf-8"
    return None


def _family(codec: str) -> str:
    return "big5" if codec in ("big5", "cp950", "big5hkscs") else codec


def _try_bomless_utf16(data: bytes) -> tuple[str, str] | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_RE.search(text) and plausibility(text) >= 0.9:
            return text, "utf-16"
    return None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes, choosing the encoding.

    Args:
        data: the file's bytes.
        name: the file name, for messages.

    Returns:
        (text with "\\n" newlines, codec name: "utf-8", "utf-16", "utf-32", "gb18030",
        "big5", "cp950" or "big5hkscs").

    Raises:
        UnsupportedFormat: the bytes are an image, PDF, archive or Office file.
        DecodeError: binary data, truncated text, or no encoding gives plausible text.
    """
    kind = sniff_binary(data)
    if kind is not None:
        raise UnsupportedFormat(
            message("文件“{0}”虽然是文本文件的扩展名，实际是{1}，无法作为文本读取。", name, spaced_label(kind))
        )
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    message(
                        "文件“{0}”标明是 {1} 编码，但第 {2} 字节处的内容不符合该编码，文件可能已损坏或被截断。",
                        name,
                        label.upper(),
                        exc.start + len(bom),
                    )
                ) from exc
            return normalize_text(text, name), label
    if b"\x00" in data:
        found = _try_bomless_utf16(data)
        if found is None:
            raise DecodeError(message("文件“{0}”含有二进制数据（空字节），不是文本文件。", name))
        return normalize_text(found[0], name), found[1]
    try:
        return normalize_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_cjk(data, name)


def _sample(data: bytes, size: int = _CHOICE_SAMPLE) -> bytes:
    """The first ``size`` bytes, cut after a newline (never inside a multibyte character)."""
    if len(data) <= size:
        return data
    cut = data.rfind(b"\n", 0, size)
    return data[: cut + 1] if cut > 0 else data[:size]


def _wider_big5(data: bytes, big5: _Candidate) -> _Candidate:
    """Big5 bytes plain Big5 cannot read may be Microsoft's cp950 or Hong Kong's HKSCS (rarer characters)."""
    best = big5
    for codec in ("cp950", "big5hkscs"):
        if not (best.bad_bytes or best.truncated):
            break
        wider = _decode_candidate(data, codec)
        if wider.bad_bytes < best.bad_bytes or (best.truncated and not wider.truncated):
            best = wider
    return best


def _choose(sample: bytes, partial: bool) -> tuple[_Candidate, list[_Candidate]]:
    """Score the candidate codecs on a sample; returns (best, all candidates)."""
    candidates = [_decode_candidate(sample, codec) for codec in ("gb18030", "big5", "utf-8")]
    candidates[1] = _wider_big5(sample, candidates[1])
    if partial:  # a sample cut mid-character is not a truncated file
        candidates = [replace(c, truncated=False) for c in candidates]
    ordered = sorted(c.score for c in candidates)
    # charset-normalizer is slow to load; ask it only when the scores leave room for doubt.
    vote = _detector_vote(sample) if ordered[-1] - ordered[-2] < _VOTE_MARGIN else None

    def rank(c: _Candidate) -> float:
        return c.score + (_VOTE_BONUS if vote == _family(c.codec) else 0.0)

    return max(candidates, key=rank), candidates  # ties keep the order: GB18030 first


def _decode_cjk(data: bytes, name: str) -> tuple[str, str]:
    sample = _sample(data)
    best, _ = _choose(sample, partial=len(sample) < len(data))
    if len(sample) < len(data) and best.score >= _MIN_SCORE:
        # The codec is chosen on the sample; decode the whole file with it.
        full = _decode_candidate(data, best.codec)
        best = _wider_big5(data, full) if full.codec == "big5" else full
    if best.score < _MIN_SCORE:
        raise DecodeError(
            message(
                "无法识别文件“{0}”的文字编码：按 UTF-8、GB18030/GBK、Big5 解码都得不到"
                "像样的中文，文件可能不是文本文件或已损坏。",
                name,
            )
        )
    if best.truncated:
        raise DecodeError(
            message(
                "文件“{0}”（{1} 编码）的最后一个字只有半截，文件可能没有保存完整或下载不全，请重新获取完整的文件。",
                name,
                best.codec.upper(),
            )
        )
    if best.bad_bytes * 200 > len(best.text) or best.bad_bytes > max(_MAX_BAD_BYTES, len(best.text) // 1000):
        raise DecodeError(
            message(
                "文件“{0}”中有 {1} 处无法按 {2} 编码识别的字节，文件可能已损坏。",
                name,
                best.bad_bytes,
                best.codec.upper(),
            )
        )
    return normalize_text(best.text, name), best.codec
