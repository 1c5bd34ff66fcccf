"""Lines that are no heading by what they say of themselves: a photo's caption with its credit, a speaker's aside.

A news item's photo keeps its caption on a line of its own between paragraphs, short and unpunctuated as a heading is;
its credit says what it is (``新闻发布会现场(通讯员供图)``, ``发布会现场(记者 某某 摄)``). A speech announces what it
turns to next in the speaker's own voice (``首先，我简要报告…情况。``, ``下面，我讲几点意见``): a transition in a
sentence, where a part's own heading names the part (``首先报告2001年的工作`` has no speaker and stays a heading).
"""

from __future__ import annotations

import re

from models.ingest.photo_credits import bracketed_credit

# a turn of the speech in the speaker's voice: 首先，我…; 下面我… (我国, 我市, 我们 are no speaker)
_SPEAKER_TURN = re.compile(r"(?:首先|其次|再次|然后|下面|接下来|现在|最后)[，,]?我(?![们国省市县区镇乡州盟旗])")


def is_aside(s: str) -> bool:
    """Line ``s`` is a photo's caption or a speaker's turn of the speech, never a heading."""
    return bracketed_credit(s) or _SPEAKER_TURN.match(s) is not None
