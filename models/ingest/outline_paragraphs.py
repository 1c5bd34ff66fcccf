"""Where a piece stands in a text written in lines: inside a paragraph, or opening a line its paragraph runs on."""

from __future__ import annotations

from models.ingest.outline_lines import PARAGRAPH_LINES_MIN, PARAGRAPH_MAX, Line


def inside_paragraph(text: str, at: int) -> bool:
    """``at`` lies inside a paragraph (a physical line shorter than ``PARAGRAPH_MAX``) of a text written in lines."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return end - start < PARAGRAPH_MAX and text.count("\n") >= PARAGRAPH_LINES_MIN and text[start:at].strip() != ""


def runs_on_in_paragraph(text: str, line: Line) -> bool:
    """Piece ``line`` opens a physical line that is a paragraph of a text written in lines, more of the paragraph
    following it on that line (主导产业多点开花。 优化发展金融服务业。 深入推进…, a PDF copy's blanks after its
    stops): a run-in lead, not a heading of its own (gold 322); a report run together is no text written in lines."""
    if text[line.start - 1 : line.start] not in ("", "\n"):
        return False
    end = text.find("\n", line.start)
    end = len(text) if end < 0 else end
    return end > line.end and end - line.start < PARAGRAPH_MAX and text.count("\n") >= PARAGRAPH_LINES_MIN
