"""Why the issuer order chose: each step's reason kind (title, field, signature …) with the text the UI shows."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class ReasonKind(StrEnum):
    """What kind of evidence named the issuer; code tests the kind, never the wording of the reason."""

    SESSION = "session"  # the session that adopts a resolution
    COMMITTEE = "committee"  # a 人大/政协 standing committee reporting its work
    SENDER = "sender"  # the body a 公文 title opens with (发文机关 + 关于…)
    NOTICE = "notice"  # the office a 印发 notice's title opens with, not the government whose report it prints
    DELIVERY = "delivery"  # the body under the delivery line, or a bureau's speaker line in the head
    HEAD = "head"  # an author or organisation line in the head
    GOVERNMENT = (
        "government"  # a 政府工作报告's (法治政府建设 report's) government by its speaker, delivery or session line
    )
    TITLE = "title"  # a body or place the title names as its label (a store's label may mask it: 某县…工作总结)
    FIELD = "field"  # a page field: 发布机构, 来源, 作者
    SIGNATURE = "signature"  # the signature (落款单位), of the text or of its one-line copy
    TEXT = "text"  # what the text says of itself: its voice, opening, entrustment, accounts headings
    PAGE = "page"  # what the page around the text names (news lead, portal, store, 来源 line)
    UNKNOWN = "unknown"  # decided: nobody the page names (masked, branded, voiceless)


# the kinds that take the issuer as a field, signature, delivery line or 公文 title writes it (not a place guessed
# for it): a template masking names does not undo them
NAMED_BY_PAGE = frozenset({ReasonKind.SENDER, ReasonKind.DELIVERY, ReasonKind.FIELD, ReasonKind.SIGNATURE})


class IssuerReason(str):
    """The human text of an issuer reason (``extra["发布机构依据"]``: a plain string to the UI, the CLI and the store)
    carrying its ``kind`` for the code that decides on it."""

    kind: ReasonKind

    def __new__(cls, text: str, kind: ReasonKind) -> IssuerReason:
        made = super().__new__(cls, text)
        made.kind = kind
        return made

    def __reduce__(self) -> tuple[type[IssuerReason], tuple[str, ReasonKind]]:
        return (IssuerReason, (str(self), self.kind))  # copies and pickles keep the kind


def reason_kind(reason: str | None) -> ReasonKind | None:
    """The kind ``reason`` carries; none for a plain string (a reason written before kinds, or composed from one)."""
    return reason.kind if isinstance(reason, IssuerReason) else None


# a step of the issuer order: ``(issuer, reason)`` (``(None, reason)`` decides there is none) or ``None`` to pass on
Step = Callable[[], "tuple[str | None, str] | None"]


def found_by(find: Callable[[], str | None], reason: str) -> Step:
    """A step giving what ``find`` finds, with ``reason``; none when it finds nothing."""

    def step() -> tuple[str | None, str] | None:
        found = find()
        return (found, reason) if found is not None else None

    return step


def kinded(kind: ReasonKind, steps: list[Step]) -> list[Step]:
    """``steps`` each giving its reason as an ``IssuerReason`` of ``kind``."""

    def with_kind(step: Step) -> Step:
        def found() -> tuple[str | None, str] | None:
            got = step()
            return None if got is None else (got[0], IssuerReason(got[1], kind))

        return found

    return [with_kind(step) for step in steps]
