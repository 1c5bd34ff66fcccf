"""A 范文 site's blurb over the text (session 27: 2267): the site names itself as the one who gathered the pieces for
its reader (``以下是某某范文网为大家整理的…``), as a farm's 小编 does."""

from __future__ import annotations

import pytest

from models.ingest.chrome_notices import editor_blurb


@pytest.mark.parametrize(
    "line",
    [
        "工作计划是指在提前一定时间安排工作。以下是i乐德范文网为大家整理的关于市场监管所2023工作总结的文章3篇,欢迎品鉴!",
        "以下是某某文库网为您精心整理的乡镇工作总结,欢迎阅读!",
        "下面是本站为大家收集的2篇工作报告,供大家参考。",
    ],
)
def test_a_site_naming_itself_as_the_gatherer_for_its_reader_is_a_blurb(line: str) -> None:
    assert editor_blurb(line)


@pytest.mark.parametrize(
    "line",
    [
        "县政务网为大家提供便捷的办事服务,全年网上办件12万件。",  # the text's own portal serving people
        "我们为大家整理了全年的各项工作。",
    ],
)
def test_the_texts_own_sentences_are_no_blurb(line: str) -> None:
    assert not editor_blurb(line)
