"""Indicator names, periods and target cues read from the words around a quantity."""

from __future__ import annotations

import re

from models import section_roles
from models.jieba_import import import_jieba
from models.suggest.keywords import _LIGHT, cut


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tokens that end a name when reading backwards from the number (verbs, fillers, places).
BREAK = _words(
    """百分点 个百分点 千分点 个千分点 以上 以下 左右 完成 实现 达到 达 为 是 已 已经 全市 全县 全州 全省 全区 全国
    我市 我县 我局 我区 全镇 全乡 我镇 我乡 全年 今年 上半年 下半年 前三季度 一季度 目前 其中 同时 累计 共 共计 总计
    合计 安装 安装完成 建成 新建 生产 推荐 推动
    帮助 解决 审批 开展 处理 发送 捐赠 争取 获得 兑现 申报 报送 落实 对 在 和 与 及 有 共有 现有 拥有 还 并
    将 力争 预计 确保 要 拟 截至 截止 当年 年底 此外 另外 分别 约 近 超过 突破 同比 环比 增长 下降 提高
    上升 增加 减少 回落 收窄 扩大 了 的 等 中 由 从 向 给 以 按 使 让 被 把 通过 达成 超额 实际完成 进行 形成
    摸底 统计 汇总 抽调 下沉 约为 共计为 已有 可 可获批 获批 发放 涉及 培育 举办 召开 首位 位列 位居
    排名 居 列 排 相比 比 较 上年 去年 同期 迅速 成立 签订 涉 覆盖 达到了 突破了 超过了 实现了 完成了 成功
    直接 得到 受益 基础上 基础 连续 首次 超额 超额完成 成为 每家 每个 获批 可获批 新 年 月 日 个 家 项 名 人 件
    只 条 处 户 次 元 万元
    亿元 亿 万 吨 亩 全部 全面 均 均为 都 压减 压缩 削减 缩减 降低 减 增 带动 超 逾 高于 低于 持平 预期 包括 涵盖"""
)
# Filler at the end of the text before a number (``…面积达到`` → ``…面积``).
TRAIL = _words(
    """稳定在 稳定 保持在 保持 控制在 达到 达 为 是 突破 超过 完成 实现 累计 共计 总计 共 约 近 超 逾 已 已达
    同比 环比 分别 有 共有 在 的 了 由 计 总数 将 达到了 约为 合计 比上年 较上年 比去年 较去年 上年 去年 同期 比
    较 到 至 提高 提升 上升 增加 降低 下降 增长 提高到 提升至 提高至 上升至 增加到 降至 降低到 不足 仅 仅为
    只有 超 过 惠及 增至 增加到 提高到 提升到 降至 降到 下降到 下降至 降低至 降低到 扩大到 扩大至 减少到 减少至 达到了
    稳定在 保持 控制 控制在 首次超过 首次 超过 突破了 跃升至 跃升到 增长到 增长至
    可 可达 能 也 均 都 又 再 还 仍 继续 分别为 高达
    按 可比 口径 同口径 计算 按可比口径 完成了 实现了 新增
    预计 力争 确保 争取 要 将 拟 要求 不低于 不少于 不超过 不高于 不到 低于 高于 预计可 有望
    压减 压缩 削减 缩减 减少 精简 不 需"""
)
# Adverbs of manner, sequence and scope that stand only before a verb, never at a noun phrase's end (财政收入一举突破,
# 项目顺利实施, 产业规模双双突破, 区领导先后8次): the name ends before them
END_ADVERBS = _words("一举 就 双双 先后 相继 陆续 顺利 率先 正式 大幅 再次 依次 逐年 逐步 稳步 纷纷")
# Verbs that may open the noun phrase but are not part of the indicator's name (建设5G基站 → 5G基站).
LEAD = _words(
    """建设 新建 安装 实施 收集 滚动 调度 获批 可获批 申报 定向 培养 组织 开展 推动 认定 登记 发布 查出 下达
    进驻 针对 反馈 组织 兑现 发放 入统 备案 完成 实现 新开工 开工 培育 引进 争取 推进 计划 全区 全市 全县 全省"""
)
# Verbs that, alone before a count, name nothing: what they set up, win or send follows it (上马6座…项目, 选派…干部).
LONE_VERBS = _words(
    """上马 争创 吸引 取得 打造 创建 改造 创办 招引 扶持 帮扶 支持 评选 遴选 新上 承办 创成 建立
    选派 输送 派出 选聘 招聘 招录 选调 培训 慰问 走访 启动"""
)
# (5714.2万名65岁以上老年人, 1467位80周岁及以上老人: an age bound qualifies the people counted)
_QUALIFIER_RE = re.compile(r"^(?:[\d.]*\s?(?:亿元|万元|万|亿|元|㎡|平方米|平米|吨|个|周岁|岁)?(?:及)?以上|以下|左右)")
_INNER_QUALIFIER_RE = re.compile(r"^([^\d,，。；;、]{1,3}?)(?:千万元|亿元|万元)(?:以上|以下)")
_DIGIT_RE = re.compile(r"\d|[零〇一二两三四五六七八九十百千万亿]{2,}")

PERIOD_RE = re.compile(
    r"(?:\d{4}年(?:\d{1,2}[-至]\d{1,2}月|\d{1,2}月份?(?!\d)|上半年|前三季度|全年|年底|度)?"
    r"|\d{1,2}[-至]\d{1,2}月|[元1一]至\d{1,2}月|截[至止](?:目前|\d{1,2}月底?)|\d{1,2}月份?(?!\d)"
    r"|全年|上半年|下半年|前三季度|一季度|今年|年底|当年)"
)
# (雨露计划补助411.59万元: a programme named …计划 paid out subsidies, 1619)
TARGET_RE = re.compile(
    r"力争|(?<!完成)(?<!规划)计划(?!生育|的\s?\d|执行|单列|惠及|补助|补贴|学员|内|外|中|共|项目|经济|司|局|委|处|科|部|\d|$)"
    r"|^计划(?!生育|[内外])|预期目标|预期(?=增长|达到|增速|实现|下降|控制|\d)|预期$|(?<!完成)目标(?!企业|客户|群体|人群|(?:任务)?(?:完成率|实现率|完成进度|进度|完成比例|执行率))|确保(?!企业)|争取(?:实现|达到|完成|突破|在|新增)|将(?:分别)?(?:达到|突破|超过|实现|完成|新增|建成)"
    r"|拟|年内(?:实现|完成|新)|(?:今年|明年|下一步|下步)(?:要|将)|要(?:达到|实现|高于|控制)|(?<![主重需必只紧简])要(?:突破|超过)"
)
# the words of a plan's and of a review's heading are one vocabulary, shared with the comparison
TARGET_SECTION_RE = section_roles.PLAN_RE
REVIEW_SECTION_RE = section_roles.REVIEW_RE
#: A section or sentence reporting what was done, even inside a plan (上半年计划执行情况).
ACTUAL_RE = re.compile(r"同比|上半年|前三季度|\d{1,2}[-至]\d{1,2}月|截[至止]|已经?|累计|完成了")
DONE_RE = re.compile(r"已经?(?:完成|实现|达到)|(?:完成|实现|达到|突破|超过|建成)了|超额完成")  # V了: done


def _is_break(tok: str) -> bool:
    return tok in BREAK or bool(_DIGIT_RE.search(tok) and not re.search(r"\dG", tok)) or not tok.strip()


# Pollutant codes are part of a name, never a figure before it: PM2.5平均浓度, 细颗粒物(PM2.5)浓度, 二氧化硫(SO2)年均值
CODE_RE = re.compile(r"[(（]?(?:PM|pm)\s?(?:2\.5|10)[)）]?|[(（]?(?:SO|NO)[2₂][)）]?|[(（](?:O[3₃]|CO)[)）]")


def _merge_codes(clause: str, toks: list[str]) -> tuple[list[str], set[int]]:
    """``toks`` with each pollutant code the cutter split (``PM2``, ``.``, ``5``) made one token; their indexes."""
    starts = {m.start(): m.end() for m in CODE_RE.finditer(clause)}
    if not starts:
        return toks, set()
    merged: list[str] = []
    codes: set[int] = set()
    pos = i = 0
    while i < len(toks):
        end = starts.get(pos)
        j, p = i, pos
        while end is not None and j < len(toks) and p < end:
            p += len(toks[j])
            j += 1
        if end is not None and p == end:
            codes.add(len(merged))
            merged.append(clause[pos:end])
            pos, i = p, j
            continue
        merged.append(toks[i])
        pos += len(toks[i])
        i += 1
    return merged, codes


# A conjunction inside one figure's name (a budget class, an industry, a price class: 科学研究和技术服务业): with
# no figure between the two words, they are one quantity's name; a list with 分别 is read by enumeration instead.
_JOINERS = frozenset("和及与")


def _joins_words(tok: str) -> bool:
    return len(tok) >= 2 and not _is_break(tok) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", tok))


# Coverbs that open a phrase around a joined name (从后备干部和致富能手中选任, 经局党组和组织部同意): a closed class
_COVERBS = _words("从 经 对 由 向 给 以 按 使 让 被 把 在 与 和 及 为 将 自 据 凭 随 同 跟")


def _opens_name(stop: str) -> bool:
    """A joined name stands when the read stopped anywhere but at a coverb or at the length cap."""
    return stop != "…" and stop not in _COVERBS


# Letters the segmenter splits off as words of their own that never open a compound with the letter after them
_FREE_LETTERS = frozenset("的了等是年月日较比更约近")


def _bound_letter(toks: list[str], i: int, picked: list[str]) -> bool:
    """A one-letter break word before a name that opens with a lone letter: one word the dictionary lacks.

    (``还|本|支出``, ``并|网|装机``, ``人|畜|饮水``: no Chinese name opens with a letter standing alone; a coverb,
    a particle, or a measure word after a figure is a word of its own.)
    """
    tok = toks[i]
    if not picked or len(tok) != 1 or len(picked[-1]) != 1 or tok in _COVERBS or tok in _FREE_LETTERS:
        return False
    if not re.fullmatch(r"[\u4e00-\u9fff]", tok) or not re.fullmatch(r"[\u4e00-\u9fff]", picked[-1]):
        return False
    return i == 0 or not _DIGIT_RE.search(toks[i - 1])


def name_before(clause: str, enumeration: bool = False) -> tuple[str, int, bool]:
    """The noun phrase ending ``clause`` (with ``enumeration``, ``甲、乙、丙产值`` stays whole).

    Returns:
        ``(name, start_in_clause, stopped_by_quantity)``; ``name`` may be empty.
    """
    toks, codes = _merge_codes(clause, cut(clause))
    while toks and (toks[-1] in TRAIL or toks[-1] in END_ADVERBS):
        toks.pop()
    if len(toks) >= 2 and toks[-1] == "户" and len(toks[-2]) >= 2 and not _is_break(toks[-2]):
        toks[-2:] = [toks[-2] + "户"]  # 致贫风险户12户: the households are the name, not its unit
    picked: list[str] = []
    stopped_by_quantity = False
    i = len(toks) - 1
    joined_at = -1  # len(picked) when a conjunction was crossed
    stop = ""  # the token the read stopped at ("" at the clause's start)
    while i >= 0:
        tok = toks[i]
        if tok == "、" and enumeration:
            picked.append(tok)
            i -= 1
            continue
        # (增长3.2%城镇、农村居民…: a lost full stop after a share, the % ends the name before it)
        if i in codes or (tok == "年" and i - 1 in codes):  # PM2.5年平均浓度: the year is the average's
            picked.append(tok)
            i -= 1
            continue
        if tok in _JOINERS and not enumeration and picked and joined_at < 0 and i > 0 and _joins_words(toks[i - 1]):
            joined_at = len(picked)
            picked.append(tok)  # 社会保障和就业支出, 石油及制品类: one name whose words a conjunction joins
            i -= 1
            continue
        if _is_break(tok) or tok in '，,。；;：:、（）()“”"《》 \u3000.!?！？%‰':
            if _bound_letter(toks, i, picked):
                picked.append(tok)  # 还本支出, 并网装机, 人畜饮水: the segmenter split one letter off the head's word
                i -= 1
                continue
            stopped_by_quantity = bool(_DIGIT_RE.search(tok)) or tok in {"个", "家", "项", "名", "人", "件"}
            stop = tok
            break
        picked.append(tok)
        if sum(len(t) for t in picked) >= (40 if enumeration else 16):
            stop = "…"
            break
        i -= 1
    if joined_at >= 0 and not _opens_name(stop):
        del picked[joined_at:]  # 经局党组和组织部同意提拔: a verb ended the read, the conjunction joined clauses
    while picked and picked[-1] == "、":
        picked.pop()
    while len(picked) > 1 and picked[-1] in LEAD:
        picked.pop()
    name = "".join(reversed(picked))
    end = sum(len(t) for t in toks)
    return name, end - len(name), stopped_by_quantity


def name_after(text: str, doers: bool = False) -> str:
    """The noun phrase right after a quantity (``253家规上企业进行…`` → ``规上企业``).

    Qualifiers such as ``亿元以上`` are skipped; ``功能齐全的县域…中心`` keeps what follows ``的``
    unless what precedes it is already a domain term (``5G基站的年度目标`` → ``5G基站``). With ``doers`` (a count of
    members opening its clause) a clause saying what they did names them (``11个项目开工建设`` → ``开工建设项目``).
    """
    from models.suggest.keywords import domain_words

    text = re.sub(r"^(?:[多余]|以?内)", "", text.replace("“", "").replace("”", ""))  # 48小时内放行 → 放行
    paren = re.match(r"[(（][^()（）]{0,30}[)）]", text)  # 31家(年初28家…)规上工业企业
    if paren:
        text = text[paren.end() :]
    q = _QUALIFIER_RE.match(text)
    if q:
        text = text[q.end() :]
    text = _INNER_QUALIFIER_RE.sub(r"\1", text, count=1)  # 752个省亿元以上重点项目 → 省重点项目
    picked: list[str] = []
    toks = cut(text[:24])
    ends = len(text) <= 24  # the clause ends where the picked words end
    for i, tok in enumerate(toks):
        if tok == "的":
            if picked and "".join(picked) in domain_words():
                break
            picked = []
            continue
        if tok in '，,。；;：:、（）()“”"《》\n.!?！？' or _is_break(tok):
            # 有融资需求的企业: a short relative clause before 的 names the thing after it
            rest = "".join(toks[i:])
            if not picked and "的" in rest[:10] and not re.search(r"[，,。；;：:\d]", rest[: rest.find("的")]):
                return name_after(rest[rest.find("的") + 1 :])
            ends = tok in "，,。；;\n!?！？"
            break
        picked.append(tok)
        if len(picked) >= 4:
            ends = i + 1 < len(toks) and toks[i + 1] in "，,。；;\n!?！？"
            break
    return _counted_subject("".join(picked)) if ends and doers else "".join(picked)


_NOUN_FLAGS = ("n", "nz", "nt", "ns", "j")


def _counted_subject(words: str) -> str:
    """What a count counts when the clause after it says what they did: the doers, named by the deed.

    ``11个项目开工建设`` → ``开工建设项目``, ``3400余名医护人员坚守一线`` → ``坚守一线医护人员``: the noun the
    measure word counts, then a predicate (verb or adverb first, no noun last: ``理论|宣讲|小分队`` is one noun
    phrase) closing the clause; else ``words`` as read.
    """
    if _LIGHT.get() or len(words) < 4:
        return words
    pseg = import_jieba("jieba.posseg")

    tags = [(w.word, w.flag) for w in pseg.cut(words, HMM=False)]
    k = 0
    while k < len(tags) and tags[k][1] in _NOUN_FLAGS:
        k += 1
    if k == 0 or k == len(tags) or not re.match(r"v(?!n)|d|ad|b", tags[k][1]) or tags[-1][1].startswith("n"):
        return words
    noun = "".join(w for w, _ in tags[:k])
    deed = "".join(w for w, _ in tags[k:])
    return deed + noun if len(noun) >= 2 and len(deed) >= 2 else words


def find_period(prefix: str) -> str | None:
    """The last period expression in ``prefix`` (text from the sentence start to the number)."""
    found = None
    for m in PERIOD_RE.finditer(prefix):
        found = m.group(0)
    return found


def verb_only(word: str) -> bool:
    """``word`` is one verb and nothing else (``组建``, ``签约``): before a count it names nothing by itself."""
    if _LIGHT.get() or not 2 <= len(word) <= 3:
        return False
    pseg = import_jieba("jieba.posseg")

    tags = list(pseg.cut(word, HMM=False))
    return len(tags) == 1 and tags[0].flag == "v"
