"""An OCR misread in a filed title (关千 for 关于): restored only where the page writes the same words whole."""

from __future__ import annotations

from models.folding import compact


def kept_misreads(title: str | None, lines: list[str]) -> str | None:
    """``title`` with each 关于 the reading restored from the page's 关千 put back as the page writes it, unless the
    page writes the same words whole elsewhere (1243's and 1483's own sentences: 《关于进一步…》); 669 writes 关千印发
    once and nowhere whole (README, session 17: a damaged title is restored only on the page's own evidence)."""
    if not title or "关于" not in title:
        return title
    text = [compact(line) for line in lines[:400]]
    out, at = title, 0
    while (k := out.find("关于", at)) >= 0:
        after = compact(out[k + 2 : k + 10])
        misread = any("关千" + after in line for line in text)
        if len(after) >= 4 and misread and not any("关于" + after in line for line in text):
            out = out[:k] + "关千" + out[k + 2 :]
        at = k + 2
    return out
