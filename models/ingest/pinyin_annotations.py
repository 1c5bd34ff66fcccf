"""Recognising tone-marked pinyin annotations such as ``當(dāng)`` that web converters insert after characters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Toneless syllables of Mandarin (ü written "v"), as listed by pypinyin's character table.
_SYLLABLE_TEXT = """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu
    ca cai can cang
    cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
    chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong
    dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen
    geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai
    huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei
    ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao
    lie lin ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min
    ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning niu nong nou nu
    nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang
    qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai
    san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui
    shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan
    tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
    ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan
    zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui
    zun zuo"""
_SYLLABLES = frozenset(_SYLLABLE_TEXT.split())
_MAX_SYLLABLE = max(len(s) for s in _SYLLABLES)

TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONELESS = str.maketrans({**{c: "aeiouv"[i // 4] for i, c in enumerate(TONE_VOWELS)}, "ü": "v"})
PINYIN_LETTERS = "a-z" + TONE_VOWELS + "ü"

# A CJK ideograph (BMP blocks, compatibility block, supplementary planes) or 〇.
CJK_CLASS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_CJK_RE = re.compile(f"[{CJK_CLASS}]")

# Parenthesised lowercase letters (with optional single separators), ASCII or full-width parentheses; some
# mirrors write one blank before the closing bracket (會(huì ) on 1843's traditional copy).
_PAREN_RE = re.compile(rf"[(（]([{PINYIN_LETTERS}]+(?:[ '’-][{PINYIN_LETTERS}]+)*) ?[)）]")
_ANNOTATION_RE = re.compile(rf"(?<=[{CJK_CLASS}])" + _PAREN_RE.pattern)


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph (the characters pinyin annotations follow)."""
    return bool(_CJK_RE.fullmatch(ch))


def toneless(s: str) -> str:
    """Pinyin without tone marks, ü as ``v`` (``lǘ`` -> ``lv``)."""
    return s.translate(_TONELESS)


def _segment(plain: str) -> list[str] | None:
    """Split toneless letters into valid syllables (any split), or None."""
    n = len(plain)
    back: list[int | None] = [None] * (n + 1)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 1, min(n, i + _MAX_SYLLABLE) + 1):
            if not reach[j] and plain[i:j] in _SYLLABLES:
                reach[j] = True
                back[j] = i
    if not reach[n]:
        return None
    parts: list[str] = []
    j = n
    while j > 0:
        prev = back[j]
        assert prev is not None
        parts.append(plain[prev:j])
        j = prev
    return parts[::-1]


@lru_cache(maxsize=4096)
def is_pinyin(content: str) -> bool:
    """True if ``content`` is one or more pinyin syllables carrying tone marks.

    At least one tone-marked vowel (or ü) is required, so English words in
    parentheses such as ``(men)`` or ``(GDP)`` never count; each syllable may
    carry at most one tone mark.
    """
    if not content or not any(c in TONE_VOWELS or c == "ü" for c in content):
        return False
    for word in re.split(r"[ '’-]", content):
        if not word:
            return False
        parts = _segment(toneless(word))
        if parts is None:
            return False
        pos = 0
        for part in parts:
            chunk = word[pos : pos + len(part)]
            pos += len(part)
            if sum(1 for c in chunk if c in TONE_VOWELS) > 1:
                return False
    return True


def reading(content: str) -> str | None:
    """The pinyin inside an annotation fragment (``xiàn)`` or ``(xiàn)``), or None if it is not pinyin."""
    core = content.strip("()（）")
    return core if is_pinyin(core) else None


def find_annotations(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, reading)`` of every pinyin annotation right after a CJK character.

    Only parentheses directly preceded by a CJK ideograph and holding tone-marked
    pinyin are annotations; ``(一)``, ``(GDP)``, ``(宣人社文[2020]5號)`` are not.
    """
    stop = len(text) if end is None else end
    for m in _ANNOTATION_RE.finditer(text, start, stop):
        if is_pinyin(m.group(1)):
            yield m.start(), m.end(), m.group(1)


def annotation_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every pinyin annotation right after a CJK character (fast path of find_annotations)."""
    check = is_pinyin
    return [m.span() for m in _ANNOTATION_RE.finditer(text) if check(m.group(1))]


def annotation_at(text: str, pos: int) -> tuple[int, str] | None:
    """If a pinyin annotation starts exactly at ``pos``, return ``(end, reading)`` (no CJK check)."""
    m = _PAREN_RE.match(text, pos)
    if m and is_pinyin(m.group(1)):
        return m.end(), m.group(1)
    return None
