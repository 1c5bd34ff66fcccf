"""Issuer reasons carry their kind: the order's checks read the kind, the UI the unchanged text (made-up snippets)."""

from __future__ import annotations

import copy
import pickle

from models.ingest.metadata_issuer_reasons import IssuerReason, ReasonKind, reason_kind
from models.ingest.metadata_issuers import choose_issuer


def _kind_of(fields: dict[str, str], lines: list[str], sig_org: str | None = None) -> tuple[str | None, object]:
    extra: dict[str, str] = {}
    issuer = choose_issuer(fields, lines[:2], lines[0], sig_org, extra, lines)
    return issuer, reason_kind(extra.get("发布机构依据"))


def test_a_reason_is_its_text_to_every_reader_and_keeps_its_kind_through_copies() -> None:
    reason = IssuerReason("落款单位", ReasonKind.SIGNATURE)
    assert reason == "落款单位" and str(reason) == "落款单位" and f"{reason}" == "落款单位"
    for copied in (copy.copy(reason), copy.deepcopy(reason), pickle.loads(pickle.dumps(reason))):
        assert copied == reason and reason_kind(copied) is ReasonKind.SIGNATURE
    assert reason_kind("落款单位") is None  # a plain string has no kind


def test_each_step_names_its_kind() -> None:
    lines = ["关于优化营商环境的实施方案", "各部门:", "现印发给你们。", "宁远区人民政府", "2019年3月1日"]
    assert _kind_of({}, lines, "宁远区人民政府") == ("宁远区人民政府", ReasonKind.SIGNATURE)
    assert _kind_of({"发布机构": "宁远区发展和改革局"}, lines) == ("宁远区发展和改革局", ReasonKind.FIELD)
    titled = ["2022年度长河市农业农村局部门决算", "目录", "第一部分 部门概况"]
    assert _kind_of({"来源": "长河市财政局"}, titled) == ("长河市农业农村局", ReasonKind.TITLE)


def test_a_masked_place_a_title_names_is_unknown_but_a_signature_writing_it_stands() -> None:
    masked = ["某县农业农村局2022年工作总结", "2022年,我局紧紧围绕全县中心工作。"]
    assert _kind_of({}, masked) == (None, ReasonKind.UNKNOWN)
    signed = ["关于做好春耕工作的通知", "各乡镇:", "现将有关事项通知如下。", "某县农业农村局", "2022年3月1日"]
    issuer, kind = _kind_of({}, signed, "某县农业农村局")
    assert issuer is not None and kind is ReasonKind.SIGNATURE
