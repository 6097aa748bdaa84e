"""The poll cycle's sender thread: every send asked for before close runs, close never hangs, and
an error on the thread is raised on the poll's thread."""
from __future__ import annotations

import threading

import pytest

from mailbot.ops.cycle import _Sender


def test_a_kick_during_a_send_runs_one_more_send_and_close_waits_for_it() -> None:
    inside, release = threading.Event(), threading.Event()
    runs: list[str] = []

    def send() -> None:
        runs.append(threading.current_thread().name)
        inside.set()
        release.wait(5)

    sender = _Sender(send)
    sender.kick()
    assert inside.wait(5)
    sender.kick()  # while the first send runs: a second one is owed
    closer = threading.Thread(target=sender.close)
    closer.start()
    release.set()
    closer.join(5)
    assert not closer.is_alive(), "close() hung"
    assert runs == ["mailbot-send", "mailbot-send"]


def test_close_without_a_kick_starts_nothing() -> None:
    runs: list[int] = []
    sender = _Sender(lambda: runs.append(1))
    sender.close()
    assert runs == []


def test_an_error_on_the_thread_is_raised_by_close() -> None:
    def send() -> None:
        raise RuntimeError("the database went away")

    sender = _Sender(send)
    sender.kick()
    with pytest.raises(RuntimeError, match="went away"):
        sender.close()
    sender.close(reraise=False)  # a second close (the cycle's finally) is quiet
