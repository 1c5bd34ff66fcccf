"""Session 23, wrap spaces: a blank a flattened wrap left before 的 (1353 ``…农副产品 的采购…``) is a stray inside a
clause, even in a one-line copy whose other blanks stand for line breaks: no clause, heading or field opens with
的 (but 的确, 的士, 的哥); a blank after 的 or before another character is not decided here."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean_word_spaces import word_spaces

_BEFORE = st.sampled_from(["农副产品", "全县", "市委市政府", "群众", "重点项目", "企业"])
_AFTER = st.sampled_from(["采购", "发展需求", "热点难点问题", "合法权益", "工作部署"])
_TAIL = st.sampled_from(["。", ",全年", ";", "得到保障。"])


@given(_BEFORE, _AFTER, _TAIL)
def test_a_blank_before_de_is_a_stray(before: str, after: str, tail: str) -> None:
    for head in ("加强", "一、主要工作 加强", "   "):  # running text; a one-line copy's pieces around it
        line = f"{head}{before} 的{after}{tail}"
        assert line.index(" 的") in word_spaces(line), line


def test_de_que_and_a_piece_opening_on_its_own_word_keep_their_blank() -> None:
    for line in ("工作总结 的确取得了成效。", "出租车 的士行业规范,", "县长 的哥"):
        assert line.index(" 的") not in word_spaces(line), line
