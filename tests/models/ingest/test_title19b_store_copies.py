"""Titles at first sight (session 19b): a doc store prints its page title twice at the head of its first chunk;
a 公文 title (issuer, 关于, matter, kind) glued after the copies is the report's own (1068); with nothing but the
text after the copies the copy stays the title (365)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


STORE = "2022年上半年生态某县建设工作总结.doc\n《2022年上半年生态某县建设工作总结.doc》由会员分享,可在线阅读。\n"
TEXT = (
    "按照中共某县委某县人民政府的统一部署,我局今年上半年完成公路绿化里程120公里,栽植行道树2.3万株,"
    "公路绿化率达到86%,比上年提高4个百分点。"
)


def test_about_title_after_the_store_copies() -> None:
    copy = "2022年上半年生态某县建设工作总结"
    text = STORE + "1、" + copy + copy + "某县交通运输局关于上半年公路绿化工作总结" + TEXT + "\n"
    assert _read(text).title == "某县交通运输局关于上半年公路绿化工作总结"


def test_copies_over_the_text_stay_the_title() -> None:
    copy = "某县经开区2022年工作总结和2023年工作思路"
    text = copy + copy + "2022年是全面贯彻党的二十大精神的开局之年," + TEXT + "\n"
    assert _read(text).title == copy
