"""Reading .doc (Word 97–2003) and .wps (WPS Writer) files by converting them to .docx with LibreOffice.

LibreOffice (Debian ``libreoffice-writer-nogui``) runs headless once per file, with its own
throw-away profile directory (so it never meets a running office or another conversion) and a
timeout; the .docx it writes is read by ``read_docx`` so Word numbering comes out the same way.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from models.errors import DecodeError, message

CONVERTER_PACKAGE = "libreoffice-writer-nogui"
TIMEOUT_SECONDS = 120
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def converter() -> str | None:
    """Path of the LibreOffice program, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _refuse_missing(name: str) -> DecodeError:
    return DecodeError(
        message(
            "读取“{0}”需要 LibreOffice，但本机没有安装；请安装 Debian 软件包 {1}"
            "（或在 Word/WPS 中另存为 .docx）后再导入。",
            name,
            CONVERTER_PACKAGE,
        )
    )


def _check_content(data: bytes, name: str, suffix: str) -> None:
    """Accept what offices save under these suffixes: OLE (Word/WPS), a renamed .docx, RTF or HTML."""
    head = data.lstrip()[:5].lower()
    if data.startswith((_OLE_MAGIC, b"PK\x03\x04")) or head in (b"{\\rtf", b"<?xml", b"<html"):
        return
    kind = message("WPS 文字文档") if suffix == ".wps" else message("Word 97–2003 文档")
    raise DecodeError(message("文件“{0}”不是有效的{1}（文件头不对，可能已损坏或扩展名有误）。", name, kind))


def convert_to_docx(data: bytes, name: str, *, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Convert a .doc/.wps file's bytes to .docx bytes with LibreOffice.

    Raises:
        DecodeError: no converter installed, the file is not a Word/WPS document, the conversion
            failed or ran past ``timeout`` seconds.
    """
    suffix = Path(name).suffix.lower() or ".doc"
    _check_content(data, name, suffix)
    program = converter()
    if program is None:
        raise _refuse_missing(name)
    with tempfile.TemporaryDirectory(prefix="reportmark-doc-") as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        profile = (work / "profile").as_uri()
        out_dir = work / "out"
        cmd = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        env = dict(os.environ, HOME=str(work), SAL_USE_VCLPLUGIN="svp")
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=work,
            start_new_session=True,  # its own process group, so a timeout ends every helper it started
        )
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise DecodeError(
                message("转换“{0}”超时（超过 {1} 秒），文件可能已损坏，未读取。", name, int(timeout))
            ) from exc
        target = out_dir / "input.docx"
        if proc.returncode != 0 or not target.is_file():
            detail = err.decode("utf-8", "replace")[-500:]
            raise DecodeError(message("文件“{0}”无法转换，可能已损坏或不是 Word/WPS 文档。", name), detail)
        return target.read_bytes()


def read_doc(data: bytes, name: str) -> str:
    """Text of a .doc/.wps file in order, with its numbering labels (through ``read_docx``)."""
    from models.ingest.read_docx import read_docx

    return read_docx(convert_to_docx(data, name), name)
