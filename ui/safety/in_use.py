"""One window per project: the window lock held while a project is open, and what the clerk is told otherwise.

A window listens on a local socket named after its project; a second window (of any process on this
computer) that finds the project locked offers to bring that window forward instead of opening a twin.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from models.errors import Cancelled
from models.store.window_lock import ProjectInUse
from ui.errors import user_text

translate = QCoreApplication.translate
_RAISE = b"raise\n"
_WAIT_MS = 2000


class ProjectAlreadyOpen(Cancelled):
    """The project is open in another window; the clerk has been told (nothing more to show)."""


def socket_name(project: Path) -> str:
    """The local socket a window of ``project`` listens on (per user: the clerk's own windows only)."""
    try:
        user = getpass.getuser()
    except Exception:
        user = ""
    digest = hashlib.sha1(f"{user}\n{Path(project).resolve()}".encode()).hexdigest()[:16]
    return f"reportmark-{digest}"


class RaiseListener(QObject):
    """Emits ``raise_requested`` when another window asks this project's window to come forward."""

    raise_requested = Signal()

    def __init__(self, project: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raiseListener")
        self.server = QLocalServer(self)
        name = socket_name(project)
        if not self.server.listen(name):
            # a crashed window left its socket file; we hold the project's lock, so it is ours to take
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while (conn := self.server.nextPendingConnection()) is not None:
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                self._read(conn)

    def _read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(_RAISE.strip()):
            self.raise_requested.emit()


def request_raise(project: Path) -> bool:
    """Ask the window holding ``project`` on this computer to come forward; True when it was reached."""
    sock = QLocalSocket()
    sock.connectToServer(socket_name(project))
    if not sock.waitForConnected(_WAIT_MS):
        return False
    sock.write(_RAISE)
    ok = sock.waitForBytesWritten(_WAIT_MS)
    sock.disconnectFromServer()
    return ok


def _ask(box: QMessageBox) -> QAbstractButton | None:
    """Run the box modally and return the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()


def tell_in_use(parent: QWidget | None, exc: ProjectInUse) -> ProjectAlreadyOpen:
    """Say the project is open elsewhere; on this computer offer to bring that window forward.

    Returns the error for the caller to raise (already shown: it only stops the opening).
    """
    box = QMessageBox(parent)
    box.setObjectName("projectInUseBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("safety", "项目已打开"))
    switch = None
    if exc.holder.on_this_computer:
        box.setText(user_text(exc) + translate("safety", "\n\n可以切换到已打开的那个窗口继续工作。"))
        switch = box.addButton(translate("safety", "切换到已打开的窗口"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("safety", "取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(switch)
    else:
        box.setText(
            user_text(exc)
            + translate("safety", "\n\n请先在那台电脑上关闭这个项目再打开；那边的程序意外退出时，锁会自动解除。")
        )
        box.addButton(translate("safety", "确定"), QMessageBox.ButtonRole.AcceptRole)
    clicked = _ask(box)
    if switch is not None and clicked is switch and not request_raise(exc.path):
        text = translate("safety", "没能切换到那个窗口，请在任务栏中找到它。")
        fail = QMessageBox(QMessageBox.Icon.Information, box.windowTitle(), text, parent=parent)
        fail.addButton(translate("safety", "确定"), QMessageBox.ButtonRole.AcceptRole)
        _ask(fail)
    return ProjectAlreadyOpen(exc.user_message)
