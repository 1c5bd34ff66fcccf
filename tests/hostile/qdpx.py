"""Hostile REFI-QDA projects (.qdpx): control characters, zip bombs, entity references, deep or broken JSON."""

from __future__ import annotations

import io
import json
import zipfile

NS = "urn:QDA-XML:project:1.0"
TEXT = "一、总体情况\n全年完成投资12亿元，同比增长8%。\n二、存在问题\n项目推进偏慢。"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def qde(
    text: str = TEXT,
    *,
    doctype: str = "",
    content: str | None = None,
    description: str = "",
    attributes: str | None = None,
    codes: int = 1,
    nest: int = 0,
    path: str | None = None,
) -> str:
    """A project.qde with one text source coded once; each keyword plants one hostile detail."""
    code_xml = "".join(f'<Code guid="c{i}" name="代码{i}" isCodable="true"/>' for i in range(codes))
    for depth in range(nest):
        code_xml = f'<Code guid="n{depth}" name="层{depth}" isCodable="true">{code_xml}</Code>'
    notes = ""
    note_ref = ""
    if attributes is not None:
        notes = (
            '<Notes><Note guid="note1" name="ReportMark attributes">'
            f"<PlainTextContent>{_escape(attributes)}</PlainTextContent></Note></Notes>"
        )
        note_ref = '<NoteRef targetGUID="note1"/>'
    body = content if content is not None else f"<PlainTextContent>{_escape(text)}</PlainTextContent>"
    source_attrs = f' plainTextPath="{path}"' if path else ""
    if path:
        body = ""
    desc = f"<Description>{_escape(description)}</Description>" if description else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{doctype}<Project xmlns="{NS}" name="外来项目">'
        f"<CodeBook><Codes>{code_xml}</Codes></CodeBook>{notes}"
        f'<Sources><TextSource guid="s1" name="外来报告"{source_attrs}>{desc}{body}'
        f'<PlainTextSelection guid="sel1" startPosition="2" endPosition="6">'
        f'<Coding guid="cd1"><CodeRef targetGUID="c0"/></Coding>{note_ref}</PlainTextSelection>'
        "</TextSource></Sources></Project>"
    )


def qdpx(project: str, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", project)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def variants() -> dict[str, bytes]:
    """Every hostile .qdpx of the sweep, by file name."""
    return {
        "qdpx_ok.qdpx": qdpx(qde()),
        "qdpx_esc_in_text.qdpx": qdpx(qde(TEXT.replace("总体", "总体\x1b[2J"))),
        "qdpx_bel_in_text.qdpx": qdpx(qde(TEXT + "\x07")),
        "qdpx_c1_csi_in_text.qdpx": qdpx(qde(TEXT.replace("12", "1\x9b2"))),
        "qdpx_many_controls.qdpx": qdpx(qde("\x01\x02\x03\x04" * 400)),
        # XML cannot carry these characters: a source file beside project.qde can
        "qdpx_esc_in_source_file.qdpx": qdpx(
            qde(path="internal://esc.txt"), {"sources/esc.txt": (TEXT * 40).replace("总体", "总体\x1b[2J", 1).encode()}
        ),
        "qdpx_bel_c1_in_source_file.qdpx": qdpx(
            qde(path="internal://bel.txt"), {"sources/bel.txt": (TEXT * 100 + "\x07\x9b31m").encode()}
        ),
        "qdpx_nul_in_source_file.qdpx": qdpx(
            qde(path="internal://nul.txt"), {"sources/nul.txt": (TEXT * 40 + "\x00").encode()}
        ),
        "qdpx_controls_in_source_file.qdpx": qdpx(
            qde(path="internal://many.txt"), {"sources/many.txt": ("\x1b[31m" * 200 + TEXT).encode()}
        ),
        "qdpx_bomb_qde.qdpx": qdpx(qde(content="<PlainTextContent>" + "增" * 120_000_000 + "</PlainTextContent>")),
        "qdpx_bomb_source.qdpx": qdpx(qde(path="internal://big.txt"), {"sources/big.txt": b"a" * 600_000_000}),
        "qdpx_many_members.qdpx": qdpx(qde(), {f"sources/x{i}.txt": b"x" for i in range(20_000)}),
        "qdpx_entity_truncates.qdpx": qdpx(
            qde(
                doctype='<!DOCTYPE Project [<!ENTITY e "嵌入">]>',
                content="<PlainTextContent>一、总体&e;情况，全年完成投资12亿元。</PlainTextContent>",
            )
        ),
        "qdpx_external_entity.qdpx": qdpx(
            qde(
                doctype='<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                content="<PlainTextContent>一、总体&x;情况</PlainTextContent>",
            )
        ),
        "qdpx_billion_laughs.qdpx": qdpx(
            qde(
                doctype='<!DOCTYPE Project [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
                content="<PlainTextContent>&d;&d;&d;&d;&d;&d;</PlainTextContent>",
            )
        ),
        "qdpx_deep_json_attributes.qdpx": qdpx(qde(attributes=deep_json(100_000))),
        "qdpx_deep_json_metadata.qdpx": qdpx(qde(description="ReportMark metadata: " + deep_json(100_000))),
        "qdpx_surrogate_json_attributes.qdpx": qdpx(
            qde(attributes=json.dumps({"name": "指标"}).replace("指标", "\\ud800"))
        ),
        "qdpx_surrogate_json_metadata.qdpx": qdpx(
            qde(description="ReportMark metadata: " + '{"title": "\\udc00标题", "issuer": "\\ud83d"}')
        ),
        "qdpx_deep_codes.qdpx": qdpx(qde(nest=5000)),
        "qdpx_many_codes.qdpx": qdpx(qde(codes=50_000)),
        "qdpx_huge_positions.qdpx": qdpx(qde().replace('endPosition="6"', 'endPosition="99999999999999999999"')),
        "qdpx_negative_positions.qdpx": qdpx(qde().replace('startPosition="2"', 'startPosition="-5"')),
        "qdpx_not_utf8_source.qdpx": qdpx(qde(path="internal://gbk.txt"), {"sources/gbk.txt": TEXT.encode("gb18030")}),
        "qdpx_path_traversal.qdpx": qdpx(qde(path="internal://../../../etc/passwd")),
        "qdpx_absolute_path.qdpx": qdpx(qde(path="file:///etc/passwd")),
        "qdpx_no_qde.qdpx": qdpx("", {"readme.txt": b"hi"}).replace(b"project.qde", b"project.txt"),
        "qdpx_not_zip.qdpx": b"this is not a zip" * 10,
        "qdpx_bad_xml.qdpx": qdpx("<Project><unclosed>"),
        "qdpx_wrong_root.qdpx": qdpx(f'<?xml version="1.0"?><Other xmlns="{NS}"/>'),
        "qdpx_nul_in_text.qdpx": qdpx(qde(content="<PlainTextContent>一、总体&#0;情况</PlainTextContent>")),
    }
