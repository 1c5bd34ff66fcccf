"""Lines that are no heading by what they say of themselves: a photo's caption, a speaker's aside, a feature's subtitle.

A news item's photo keeps its caption on a line of its own between paragraphs, short and unpunctuated as a heading is;
its credit says what it is (``新闻发布会现场(通讯员供图)``, ``发布会现场(记者 某某 摄)``). A speech announces what it
turns to next in the speaker's own voice (``首先，我简要报告…情况。``, ``下面，我讲几点意见``): a transition in a
sentence, where a part's own heading names the part (``首先报告2001年的工作`` has no speaker and stays a heading).
A newspaper feature sets a dash-led subtitle under its headline saying whom it visits or profiles, by office
(``——访县工业和信息化局局长某某``, ``——记某镇党委书记某某``), or what it marks (``——写在…之际``): the headline's
subtitle, where a report's dash-led sub-head states a deed (``——坚持项目为王，产业发展不断壮大``). So is the
one dash-led line right under a news headline (``旅游产业发展喜获佳绩`` ⏎ ``——卓尼县获得…第一名``): the
headline's deck; under a title naming a kind of document (``政府工作报告`` ⏎ ``——坚持改进作风,…``) it is the first
part's sub-head.
"""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_candidates import OTHER_KIND, REPORT_END
from models.ingest.outline_lines import Line, has_sentence_end
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


_DASH_LED = re.compile(r"[ \u3000]*[—－-]{2,}[ \u3000]*(?=[\u4e00-\u9fff])")
HEADLINE_MAX = 30  # characters of a news headline over its deck


def headline_deck(text: str, lines: list[Line]) -> bool:
    """The text's second line is the deck of the headline its first line is (旅游产业发展喜获佳绩 ⏎ ——卓尼县获得…): the
    only dash-led line of the text, under a short first line that is no sentence and names no kind of document."""
    if len(lines) < 3 or lines[0].split or lines[1].split:
        return False
    first, second = lines[0], lines[1]
    if _DASH_LED.match(text, second.start, second.end) is None or _DASH_LED.match(text, first.start, first.end):
        return False
    head = compact(text[first.start : first.end])
    if not 4 <= len(head) <= HEADLINE_MAX or has_sentence_end(text, first):
        return False
    if REPORT_END.search(head) or OTHER_KIND.search(head):
        return False
    return not any(_DASH_LED.match(text, line.start, line.end) for line in lines[2:])
