"""The window lock: one window per project across processes; a crashed holder blocks nobody (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from models import ops
from models.store.window_lock import ProjectInUse, WindowLock, holder_of

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys; from models.store.window_lock import WindowLock; "
    "lock = WindowLock.acquire(sys.argv[1]); print('held', flush=True); sys.stdin.read()"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "共享项目.reportmark"
    ops.open_project(path).close()
    return path


def _holder_process(project: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(project)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_open_in_the_same_process_is_refused_until_the_first_closes(project: Path) -> None:
    first = WindowLock.acquire(project)
    with pytest.raises(ProjectInUse) as info:
        WindowLock.acquire(project)
    assert info.value.holder.pid == os.getpid()
    assert "共享项目.reportmark" in info.value.user_message and "已在" in info.value.user_message
    first.release()
    WindowLock.acquire(project).release()


def test_another_process_holding_the_project_is_named_and_its_end_frees_it(project: Path) -> None:
    proc = _holder_process(project)
    try:
        with pytest.raises(ProjectInUse) as info:
            WindowLock.acquire(project)
        holder = info.value.holder
        assert holder.pid == proc.pid and holder.on_this_computer and holder.since
    finally:
        proc.communicate("")  # the other window closes
    assert holder_of(project) is None
    WindowLock.acquire(project).release()


def test_a_crashed_holder_leaves_no_lock_that_blocks(project: Path) -> None:
    proc = _holder_process(project)
    os.kill(proc.pid, signal.SIGKILL)  # a crash: no release ran, the lock file still names the dead process
    proc.wait()
    assert proc.pid != os.getpid()
    lock = WindowLock.acquire(project)
    try:
        assert lock.held
    finally:
        lock.release()
        if proc.stdout is not None:
            proc.stdout.close()
        if proc.stdin is not None:
            proc.stdin.close()


def test_a_folder_where_no_lock_file_can_be_made_does_not_stop_the_opening(tmp_path: Path) -> None:
    missing = tmp_path / "不存在的文件夹" / "p.reportmark"  # the lock file cannot be created there
    lock = WindowLock.acquire(missing)
    assert not lock.held
    lock.release()
