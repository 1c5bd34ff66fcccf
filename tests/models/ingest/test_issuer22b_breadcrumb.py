"""The body a portal's breadcrumb files the page under, named in full with its place (部门信息公开目录 > 中卫市机关
事务服务中心 >), when the text writes that body's kind (session 22b, 1908; as 186, 995 name theirs)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_issuer_source import breadcrumb_body


@pytest.mark.parametrize(
    ("crumb", "body", "said"),
    [
        (
            "当前位置:首页 > 政府信息公开 > 部门信息公开目录 > 中卫市机关事务服务中心 >",
            "中卫市机关事务服务中心",
            "市机关事务服务中心",
        ),
        ("当前位置:钦州市工业和信息化局 > 信息公开 > 公告通知", "钦州市工业和信息化局", "市工业和信息化局"),
        ("您的位置: 首页>政务公开>部门信息>嘉善县农业农村局>计划总结", "嘉善县农业农村局", "全县农业农村局系统"),
        ("首页 > 政务公开 > 乌恰县人民政府 > 政府工作报告", "乌恰县人民政府", "县人民政府"),
    ],
)
def test_a_placed_body_the_breadcrumb_files_the_page_under(crumb: str, body: str, said: str) -> None:
    text = f"2021年,{said}在上级的正确领导下,扎实推进各项工作。"
    assert breadcrumb_body([crumb], text) == body


@pytest.mark.parametrize(
    "crumb",
    [
        "首页 > 政务公开 > 乡镇信息公开目录 > 菁芜洲镇 > 规划总结",  # a town named bare, no body
        "当前位置:首页 > 部门信息公开 > 市交通运输局 > 规划计划",  # no place
        "首页 > 政府信息公开 > 乌恰县人民政府 > 吉根乡 > 工作总结",  # a township's folder under the county's
        "您的位置: 首页 > 新闻中心 > 区县信息 > 正文",
    ],
)
def test_no_placed_body_or_a_lower_folder_names_nobody(crumb: str) -> None:
    assert breadcrumb_body([crumb], "2021年,县人民政府在上级的正确领导下,扎实推进各项工作。") is None


def test_a_body_whose_kind_the_text_never_writes_is_not_taken() -> None:
    crumb = "当前位置:首页 > 部门信息公开目录 > 中卫市机关事务服务中心 > 工作总结"
    assert breadcrumb_body([crumb], "2021年,全市教育系统扎实推进各项工作。") is None
