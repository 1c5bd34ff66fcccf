"""A notice stored without its title that sends one attachment: the attached document's own title line under the
notice's signature is the title as written (1966 `附件:2015年工作总结及2016年工作思路` over
`2015年福州市科技工作及2016年工作思路`; the 1079/1072/151 rulings), never the 附件 line's shorter name; the 附件 line
stands when nothing follows."""

from __future__ import annotations

import pytest

from models.ingest.metadata_titles import sent_document

NOTICE = [
    "各县(市)区科技局、机关各处室:",
    "为做好今年的各项科技工作,现将《某市2015年科技工作总结及2016年工作思路》印发给你们,请认真组织学习,并积极抓好贯彻落实。",
]


@pytest.mark.parametrize(
    ("attached", "signature", "own"),
    [
        (
            "2015年工作总结及2016年工作思路",
            ["福州市科学技术局", "2016年3月10日"],
            "2015年福州市科技工作及2016年工作思路",
        ),
        ("2020年工作要点", ["某县农业农村局", "2020年2月3日", "(此件公开发布)"], "某县农业农村局2020年工作要点"),
        ("工作总结", ["某区统计局", "2019年12月30日"], "某区统计局2019年工作总结"),
    ],
)
def test_the_attached_documents_own_title_line(attached: str, signature: list[str], own: str) -> None:
    text = "2015年,我市科技工作紧紧围绕市委、市政府的决策部署,取得新成效。"
    lines = [*NOTICE, f"附件:{attached}", *signature, own, text]
    assert sent_document(lines).value == own


@pytest.mark.parametrize(
    "after",
    [
        [],  # nothing follows the signature
        ["一、主要工作"],  # a heading, no title
        ["2016年县政府重点工作任务分解表"],  # another kind of document
        ["2015年,我市科技工作紧紧围绕市委、市政府的决策部署,取得新成效。"],  # the text itself
    ],
)
def test_the_attachment_line_stands_without_an_own_title(after: list[str]) -> None:
    lines = [*NOTICE, "附件:2015年工作总结及2016年工作思路", "福州市科学技术局", "2016年3月10日", *after]
    assert sent_document(lines).value == "2015年工作总结及2016年工作思路"
