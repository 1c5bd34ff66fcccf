"""The keyword helper process is cancellable and dies with the application, even after kill -9 (issue 15, item 9)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from models.helper_process import HelperProcess
from tests.models.harden.spin import pid, spin

ROOT = Path(__file__).resolve().parents[3]


def wait_gone(process_id: int, guard_s: float = 30) -> bool:
    """Wait (without polling) until the process ends; False if it is still there after the guard."""
    try:
        fd = os.pidfd_open(process_id)
    except ProcessLookupError:
        return True
    try:
        ready, _, _ = select.select([fd], [], [], guard_s)
        return bool(ready)
    finally:
        os.close(fd)


def test_a_cancelled_call_kills_the_busy_helper() -> None:
    helper = HelperProcess()
    try:
        child = helper.call(pid)
        assert child == helper.pid
        polls = iter(range(3))
        assert helper.call(spin, cancelled=lambda: next(polls, -1) == -1) is None
        assert wait_gone(child)
        assert helper.call(pid) != child  # a fresh helper serves the next call
    finally:
        helper.stop()


def test_errors_in_the_helper_reach_the_caller() -> None:
    helper = HelperProcess()
    try:
        with pytest.raises(ZeroDivisionError):
            helper.call(divmod, 1, 0)
    finally:
        helper.stop()


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs pidfd_open (Linux)")
def test_the_helper_dies_when_the_application_is_killed() -> None:
    app = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from models.helper_process import HelperProcess\n"
            "from tests.models.harden.spin import pid, spin\n"
            "h = HelperProcess()\n"
            "print(h.call(pid), flush=True)\n"
            "h.call(spin)\n",
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdout is not None
    helper_pid = int(app.stdout.readline())
    os.kill(app.pid, signal.SIGKILL)
    app.wait()
    assert wait_gone(helper_pid), "the helper outlived a kill -9 of the application"
