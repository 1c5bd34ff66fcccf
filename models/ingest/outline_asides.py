"""Lines that are no heading by what they say of themselves: a photo's caption, a speaker's aside, a feature's subtitle.

A news item's photo keeps its caption on a line of its own between paragraphs, short and unpunctuated as a heading is;
its credit says what it is (``新闻发布会现场(通讯员供图)``, ``发布会现场(记者 某某 摄)``). A speech announces what it
turns to next in the speaker's own voice (``首先，我简要报告…情况。``, ``下面，我讲几点意见``): a transition in a
sentence, where a part's own heading names the part (``首先报告2001年的工作`` has no speaker and stays a heading).
A newspaper feature sets a dash-led subtitle under its headline saying whom it visits or profiles, by office
(``——访县工业和信息化局局长某某``, ``——记某镇党委书记某某``), or what it marks (``——写在…之际``): the headline's
subtitle, where a report's dash-led sub-head states a deed (``——坚持项目为王，产业发展不断壮大``).
"""

from __future__ import annotations

import re

from models.ingest.photo_credits import bracketed_credit

# a turn of the speech in the speaker's voice: 首先，我…; 下面我… (我国, 我市, 我们 are no speaker)
_SPEAKER_TURN = re.compile(r"(?:首先|其次|再次|然后|下面|接下来|现在|最后)[，,]?我(?![们国省市县区镇乡州盟旗])")
# a feature's subtitle: 访/记 a person named by office (the words a 职务 ends with, a name after it), 写在 an occasion
_FEATURE_SUBTITLE = re.compile(
    r"[—－-]{2,}\s*(?:(?:专访|访|记)[^。，,；;：:！？!?]{2,36}(?:长|书记|主任|主席|代表|委员|经理|专家|负责人)"
    r"[\u4e00-\u9fff·]{0,4}|写在[^。，,；;：:！？!?]{2,40})\s*$"
)


def is_aside(s: str) -> bool:
    """Line ``s`` is a photo's caption, a speaker's turn of the speech or a feature's subtitle, never a heading."""
    return bracketed_credit(s) or _SPEAKER_TURN.match(s) is not None or _FEATURE_SUBTITLE.match(s) is not None
