"""Words only a site says: a line crediting a visitor's upload (网友投稿, 网友上传) is the site's."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_site_words import site_word_count


def test_a_posting_line_crediting_a_visitor_leaves_the_body() -> None:
    text = "\n".join(
        [
            "某省促进农民增收意见",
            "",
            "网友投稿  2009-03-03  互联网",
            "",
            "各市、县人民政府：",
            "为促进农业农村经济稳定发展，现提出如下意见。",
        ]
    )
    lines = clean(text).display_text.split("\n")
    assert not any("网友投稿" in line for line in lines)
    assert "为促进农业农村经济稳定发展，现提出如下意见。" in lines


def test_a_visitors_upload_is_a_site_word_either_way() -> None:
    assert site_word_count("来源:网友投稿") == site_word_count("来源:网友上传") == 1
