"""Lines a page prints for its reader, never the report's: photo credits and captions, login walls, tracking codes.

Each is told by how such lines are written on any site, not by the site's name (a credit's shapes:
``photo_credits.py``):

* **a photo credit**: a news page's caption ends with who took the picture, a name (or an agency and a
  name) and ``摄`` (``发布会现场(3月22日摄)。新华网 邵维岑 摄``, ``记者 周坤 摄``), or with ``摄影``/``图/`` and the
  name after it (``(省工信厅厅长雷绍业。 摄影 赵持)``), closed by a bracket or a table row's rule too
  (``…开幕。[记者 涂序波 摄]``, ``| …引人关注。 本报记者 刘涛 摄 |``). Inside the report's text it is chrome; over
  the text (before the body starts) it is the picture's whoever it names, one saying who delivers the report too
  (``上图:唐良智作政府工作报告。记者邱焰 摄``, ``1月14日,许达哲…作政府工作报告。记者 赵持 摄``: the session-25
  ruling on captions over an item's text); the speaker line and the text name the speaker for the metadata.
* **a credited caption that says what happened**, written as the text's own sentences with their full stop
  (``…贵州省代省长谌贻琴作政府工作报告。 贺俊怡 摄``, ``…这是与会代表举手表决通过选举办法。 江门日报记者 周华东摄``):
  inside the text it is body with its credit (a news item's paragraph set under its picture); a caption
  showing the scene (``图为大会会场。``, ``…会议现场。``) or no sentence (``陈玲芳作政府工作报告 (马玉龙摄)``)
  stays chrome.
* **a photo caption with no credit** between a news item's paragraphs: who does what at the meeting
  (``曹阜忠作讲话``, ``县长李献文向大会作政府工作报告 |``), its speaker named in the paragraph next to it; and the
  short caption sentences right over a news item's dateline that credits its photos (``…深圳新闻网1月24日讯(记者
  胡安坤/文 史蒙/图)``), but for one saying who delivers the report, which stays for the metadata.
* **a caption showing only the scene** with no credit, the whole line (``(会议现场)``, ``大会现场``), or with only who
  supplied the picture in brackets after it (``新闻发布会现场(通讯员供图)``): a report writes no line that only names
  where a picture was taken.
* **who supplied the picture, alone on its line**: a body's name and ``供图`` with nothing before
  (``青岛市住房和城乡建设局 供图``, ``(县委宣传部供图)``), the name set off by a blank or ending as a body's name does:
  no caption sentence, a report writes no such line of its own. The supplier stays evidence for the metadata
  (``supplied_credit``); a caption telling the event with its supplier after it (``…会议在哈尔滨召开。某厅供图``) is
  the text's own sentence.
* **captions repeating the item's lead** over it: two lines or more opening with the same dated sentence
  (``2008年1月16日上午9时,…会议在宁夏人民会堂隆重开幕。`` and the same with a second sentence), the lead under them
  telling that day's event again (``…1月16日上午9时,…第一次会议在雄壮的国歌声中隆重开幕。``): one picture's caption
  each; a report does not open two paragraphs with the same dated sentence and then tell the event a third time.
* **a delivery caption repeating the speaker** over the text (``自治区主席王莉霞作政府工作报告。`` under
  ``自治区主席 王莉霞``, naming the same person): the metadata reads the speaker line.
* **a notice to the reader**: a short line that speaks to the reader (``您``, ``你``) about what the site
  wants done to see, keep or get the page (``(阅读全部图文内容,您需要先登录!)``, ``请登录后查看全文``).
* **an editor's blurb**: over the text (up to its first paragraph), a farm's editor (``小编``) tells the
  reader (``您``, ``大家``) what the page holds and hopes they like it.
* **a tracking code**: a line of twelve digits or more and nothing else (a page's id, a store's item
  number); a report writes figures with their units and labels.
"""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.photo_credits import credit_start, photo_credit, supplied_credit

# what a caption showing the scene says of its picture (图为大会会场。, …会议现场。): no event told
_SCENE_WORD = re.compile(r"现场|会场|全景|图为|图片|合影")
# a news photo's caption with no credit: who does what at the meeting (曹阜忠作讲话, 县长李献文向大会作政府工作报告)
_ACT = re.compile(
    r"(?:(?<![工制合协动创写操])作|向大会作)[^，,。；]{0,12}(?:报告|讲话)》?[。|｜\s]*$"
    r"|开幕[。|｜\s]*$|认真听讲[。|｜\s]*$"
)
# what the metadata reads an over-the-text caption for: who delivers the report (市长吴翠云…作政府工作报告, 724)
_DELIVERS = re.compile(r"作[^，,。；]{0,16}(?:报告|讲话)")
# a caption that names only the scene, no credit (会议现场, (大会现场), 会场全景): a meeting's or a ceremony's place
_SCENE = re.compile(
    r"^[(（]?(?:[\u4e00-\u9fff]{0,6}(?:会议|大会|会|式|典礼|仪式|活动|现场会)现场|会场(?:全景)?)[。.]?[)）]?"
    r"(?:[(（][\u4e00-\u9fff·]{0,12}供图[)）])?$"  # who supplied the picture: (通讯员供图), (县委宣传部供图)
)
_DATE_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日(?:上午|下午)?(?:\d{1,2}时)?[,，]")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}(?=作|向大会|在|认真)")
_ACT_MAX = 36
_READER = re.compile(r"您|你(?!们)")
# what a site asks of its reader to read, keep or get the page
_SITE_ACT = re.compile(
    r"登录|登陆|注册|下载|开通|充值|付费|购买|扫码|扫一扫|关注|收藏|订阅|会员|VIP|vip|"
    r"(?:阅读|查看|浏览)(?:全部|全文|完整|更多)|全文|客户端|APP|App|浏览器"
)
_NOTICE_MAX = 40
_CODE = re.compile(r"^\d{12,}$")
# a farm's editor speaking of itself to its reader over the text: 小编特地编辑了…, 希望您能阅读并收藏
_EDITOR = re.compile(r"小编|本站编辑|本站整理|本站为|[网站]为(?:大家|您)(?:精心)?(?:整理|收集|搜集|准备)")
_ADDRESSEE = re.compile(r"您|你|大家|各位读者|朋友们")
_BLURB_MAX = 400
_OWN_TEXT = re.compile(r"各位代表|同志们|我代表|[一二三四五六七八九十]、")

# the reasons of the lines `reader_lines` takes for a picture's caption or credit
_CREDIT_IN = "a news page's photo credit"
_CREDIT_OVER = "a news page's credited photo over the text, the picture's whoever it names"
_SPEAKER_CAPTION = "a news photo's caption over the text repeating the speaker named"
_SCENE_CAPTION = "a news photo's caption showing only the scene"
_PICTURES = {_CREDIT_IN, _CREDIT_OVER, _SPEAKER_CAPTION, _SCENE_CAPTION}


def event_caption(line: str) -> bool:
    """A credited caption written as the text's own sentence, with its full stop, telling what happened
    (``…贵州省代省长谌贻琴作政府工作报告。 贺俊怡 摄``): inside the text it is body, its credit with it."""
    text = line.strip()
    start = credit_start(text)
    if start is None or text[:1] in "(（":
        return False
    head = _compact(text[: start + (1 if text[start] in "。." else 0)])
    return len(head) >= 8 and head.endswith(("。", ".")) and _SCENE_WORD.search(head) is None


_PARAGRAPH = 40  # characters: a paragraph of the item's text, longer than a caption's one sentence


def _paragraph(line: str) -> bool:
    text = _compact(line)
    return len(text) >= _PARAGRAPH and "。" in text and not photo_credit(line)


# a photographer's name glued to the scene caption's full stop (会议现场。刘宵华摄: 2385)
_GLUED_CREDIT = re.compile(r"(?<=[。.])[\u4e00-\u9fff·]{2,4}(?<![拍航])摄$")


def scene_caption(line: str) -> bool:
    """A picture's caption showing only where it was taken, with no credit or its photographer glued to its full
    stop: ``(会议现场)``, ``大会现场``, ``会议现场。刘宵华摄``."""
    text = _GLUED_CREDIT.sub("", _compact(line))
    return _SCENE.match(text) is not None and not re.fullmatch(r"[(（]?会场[)）]?", text)


def speaker_named_elsewhere(lines: list[str], i: int, reach: int) -> bool:
    """The caption at ``i`` says who delivers the report (``自治区主席王莉霞作政府工作报告。``) and another line within
    ``reach`` of the page's top names that speaker too (the speaker line ``自治区主席 王莉霞``, the item's lead): the
    metadata reads that line, the caption is the picture's."""
    text = _compact(lines[i])
    names = [m.group() for m in _NAME.finditer(text)]
    if not names or not _DELIVERS.search(text):
        return False
    others = [_compact(lines[j]) for j in range(min(len(lines), reach)) if j != i and _compact(lines[j]) != text]
    return any(name[-2:] in line for name in names for line in others)


def delivery_caption(line: str) -> bool:
    """One short sentence saying who delivers the report, standing alone (``自治区主席王莉霞作政府工作报告。``), its
    full stop written or not, as captions are (``任振鹤作《政府工作报告》``: 2008; ``刘革安作政府工作报告``: 1287)."""
    text = _compact(line)
    return (
        len(text) <= _ACT_MAX
        and text.endswith(("。", "政府工作报告", "政府工作报告》"))
        and _ACT.search(text) is not None
        and not re.search(r"[，,；;：:]|。(?=.)", text)
    )


def uncredited_caption(lines: list[str], i: int) -> bool:
    """A news item's photo caption between its paragraphs: one short clause of who does what at the meeting
    (曹阜忠作讲话 ⏎ 与会人员认真听讲, 1259; 县长李献文向大会作政府工作报告 |, 1213; 1月28日,…旗长孙志刚向大会作
    政府工作报告。 891), whose speaker the paragraph next to it names; a report's own line never stands so."""
    whole = _compact(lines[i])
    text = _DATE_LEAD.sub("", whole)
    if text.endswith("。") and text == whole:
        return False  # a sentence with no date of its own may be the paragraph's (…奏唱国歌。⏎旗长某某向大会作报告。)
    if text.endswith(("开幕", "开幕。", "开幕|")) and text == whole:
        return False  # 大会在国歌中开幕: a minute's own line; a picture of the opening is dated (891)
    if len(text) > _ACT_MAX or not _ACT.search(text) or re.search(r"[，,；;：:]|。(?=.)", text):
        return False
    near = [lines[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines) and len(lines[j]) >= 40]
    if not near:
        return False
    if i > 0 and text.startswith("与会") and uncredited_caption(lines, i - 1):
        return True  # the second picture's caption under the first (与会人员认真听讲)
    if text.rstrip("。|｜").endswith("开幕"):
        # a picture of the opening retells the item's own narration (…会议在陕坝开幕。 under the lead saying it: 891);
        # the lead itself (…在省人民会堂隆重开幕。: 2014) is retold by no line near it
        scene = text[text.rfind("在") :].rstrip("。|｜") if "在" in text else ""
        return len(scene) >= 4 and any(scene in _compact(line) for line in near)
    names = [m.group() for m in _NAME.finditer(text)]
    return any(name[-2:] in line or name in line for name in names for line in near)


# a news item's dateline (深圳新闻网1月24日讯, 某某日报2月3日电) whose byline credits its photos
# (胡安坤/文 史蒙/图, 摄影 李某)
_DATELINE = re.compile(r"^[^\s，,。]{2,16}?\d{1,2}月\d{1,2}日(?:讯|电)\s*[(（][^)）]*(?:/\s*图|图\s*/|摄)[^)）]*[)）]")
_CAPTION_SENTENCE = 40  # characters: one short sentence under a picture
_DATELINE_REACH = 12  # lines: the dateline opens the item near the page's top


def captions_over_dateline(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """The short sentences right over a news item's dateline that credits its photos are the photos' captions
    (龙华区第一届人民代表大会第二次会议开幕。 ⏎ 龙华区区长陈清作政府工作报告。 ⏎ 深圳新闻网1月24日讯(记者 胡安坤/文 史蒙
    赖志豪/图)…: 1215; 1177's captions over its dateline are credited). One saying who delivers the report stays
    for the metadata, as a credited one does; a dateline crediting no photo keeps the line over it (a lead or a
    headline)."""
    for d in range(min(len(lines), _DATELINE_REACH)):
        if roles[d] != "body" or not _DATELINE.match(_compact(lines[d])):
            continue
        j = d - 1
        while j >= 0 and roles[j] == "body":
            text = _compact(lines[j])
            if len(text) > _CAPTION_SENTENCE or not text.endswith("。") or re.search(r"[，,；;：:]|。(?=.)", text):
                break
            if not _DELIVERS.search(text):  # one saying who delivers the report stays for the metadata (above)
                roles[j], reasons[j] = "chrome", "a news photo's caption over the dateline crediting it"
            j -= 1
        return


# a caption's dated opening (2008年1月16日上午9时, / 3月5日,): the day, then the event told after the comma
_DATED = re.compile(r"^(?:\d{4}年)?(\d{1,2}月\d{1,2}日)(?:[上中下]午|晚上?)?(?:\d{1,2}[时点](?:\d{1,2}分)?)?[，,]")
_SHARED = 20  # compact characters two captions of one event share from their start
_EVENT = 10  # characters of the event after the date that the lead must tell again
_CAPTION_MAX = 120  # compact characters: a caption is a sentence or two, not a paragraph


def repeated_lead_captions(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """Mark as chrome the captions over a news item that open with the same dated sentence as each other, when the
    line under them tells that day's event again (2334): the pictures' captions repeat the lead, growing tails."""
    reach = min(len(lines), _DATELINE_REACH)
    i = 0
    while i < reach:
        first = _compact(lines[i])
        m = _DATED.match(first)
        j = i + 1
        while m and j < len(lines) and _one_caption(lines[j]) and _shared(first, _compact(lines[j])) >= _SHARED:
            j += 1
        lead = _compact(lines[j]) if j < len(lines) and roles[j] == "body" else ""
        told = m is not None and m.group(1) in lead and first[m.end() : m.end() + _EVENT] in lead
        if told and j - i >= 2 and _one_caption(lines[i]) and len(lead) > len(first):
            for k in range(i, j):
                roles[k], reasons[k] = "chrome", "a news photo's caption over the item repeating its lead"
            return
        i = j if j - i >= 2 else i + 1


def _one_caption(line: str) -> bool:
    text = _compact(line)
    return len(text) <= _CAPTION_MAX and text.endswith("。") and text.count("。") <= 2


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def reader_notice(line: str) -> bool:
    """A site's short notice that speaks to the reader about logging in, paying or downloading to read on."""
    text = _compact(line)
    if len(text) > _NOTICE_MAX or "。" in text.rstrip("。"):
        return False
    return _READER.search(text) is not None and _SITE_ACT.search(text) is not None


def editor_blurb(line: str) -> bool:
    """A farm's blurb over the text: its editor (小编) tells the reader (您, 大家) what the page holds."""
    text = _compact(line)
    if len(text) > _BLURB_MAX or _OWN_TEXT.search(text):
        return False  # the report's own text glued to the blurb stays (the cut falls elsewhere)
    return bool(_EDITOR.search(text)) and bool(_ADDRESSEE.search(text))


def tracking_code(line: str) -> bool:
    """A page's or a store's id printed on a line of its own: a long run of digits and nothing else."""
    return _CODE.match(_compact(line)) is not None


def reader_lines(lines: list[str], roles: list[str], reasons: list[str], start: int, keep: set[int]) -> None:
    """Mark photo credits inside the text, notices to the reader and tracking codes as chrome.

    Args:
        lines: the page's non-blank lines.
        roles: their roles so far (changed in place).
        reasons: why (changed in place).
        start: the first line of the body; a caption before it stays (the metadata may read it).
        keep: lines that must stay whatever they say (a flattened table's cells).
    """

    def delivered(i: int) -> bool:
        # the delivery line's own end, wrapped after its meeting (…会议上 ⏎ 代市长朱民作报告: 1821), is no caption
        return i > 0 and _compact(lines[i - 1]).endswith("上")

    # the item's text has begun at its first paragraph (captions over it, 1177's and 2014's, stay the pictures')
    begun = next((j for j in range(start, len(lines)) if _paragraph(lines[j]) and roles[j] == "body"), len(lines))

    for i, line in enumerate(lines):
        if roles[i] != "body" or i in keep:
            continue
        if i > begun and photo_credit(line) and event_caption(line):
            continue  # the item's own sentence set under its picture between its paragraphs: body, its credit with it
        if i >= start and photo_credit(line):
            roles[i], reasons[i] = "chrome", _CREDIT_IN
        elif supplied_credit(line) is not None:
            roles[i], reasons[i] = "chrome", "a line only crediting who supplied the picture"
        elif i > start and uncredited_caption(lines, i):
            roles[i], reasons[i] = "chrome", "a news photo's caption between the item's paragraphs"
        elif photo_credit(line):
            roles[i], reasons[i] = "chrome", _CREDIT_OVER
        elif i < start and delivery_caption(line) and speaker_named_elsewhere(lines, i, start + 2) and not delivered(i):
            roles[i], reasons[i] = "chrome", _SPEAKER_CAPTION
        elif scene_caption(line):
            roles[i], reasons[i] = "chrome", _SCENE_CAPTION
        elif i <= start and editor_blurb(line):
            roles[i], reasons[i] = "chrome", "a farm's editor blurb over the text"
        elif reader_notice(line):
            roles[i], reasons[i] = "chrome", "a site's notice to its reader"
        elif tracking_code(line):
            roles[i], reasons[i] = "chrome", "a page's or a store's id number"
    _caption_group(lines, roles, reasons, begun, keep)


def _caption_sentence(text: str) -> bool:
    # one short sentence, its full stop written, no clause inside (会议由…何朝建主持。, 代理州长杨宁作政府工作报告。)
    return len(text) <= _ACT_MAX and text.endswith("。") and re.search(r"[，,；;：:]|。(?=.)", text) is None


def _caption_group(lines: list[str], roles: list[str], reasons: list[str], begun: int, keep: set[int]) -> None:
    """The short sentences standing with a picture's caption over the item's first paragraph are the other pictures'
    captions (session 25: captions grouped over an item's text are the pictures' whoever they name): 会议现场。 ⏎
    会议由大会主席团常务主席、执行主席何朝建主持。 ⏎ 廖和明代表市人民政府向大会作政府工作报告。 (2379),
    代理州长杨宁作政府工作报告。 over a credited caption (2309). A headline, a deck or a dateline writes no full stop
    and stays."""
    captions = [i for i in range(begun) if roles[i] == "chrome" and reasons[i] in _PICTURES]
    for i in captions:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < begun and roles[j] == "body" and j not in keep and _caption_sentence(_compact(lines[j])):
                roles[j], reasons[j] = "chrome", "a short sentence standing with a photo's caption over the text"
                j += step
