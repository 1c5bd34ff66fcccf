"""A doc store's notice that its preview has ended, with or without 已 (文稿预览结束,…加入会员…: 1673; as 068)."""

from models.ingest.chrome_debris import is_page_debris


def test_a_preview_end_notice_without_yi_is_page_debris() -> None:
    assert is_page_debris("文稿预览结束,查看原文请点击下方加入会员全站免费下")


def test_a_sentence_about_a_preview_is_no_debris() -> None:
    assert not is_page_debris("规划草案已面向社会公开征求意见,共收到意见建议十二条,均已吸收采纳。")
