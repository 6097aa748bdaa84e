"""Send pacing: never more than N sends in any 60 seconds, and no waiting when off."""
from __future__ import annotations

from mailbot.mail.pacing import Pacer


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _sends(per_minute: int, count: int, gap: float = 0.0) -> tuple[list[float], FakeTime]:
    t = FakeTime()
    pacer = Pacer(per_minute, clock=t.clock, sleep=t.sleep)
    times = []
    for _ in range(count):
        pacer.wait()
        times.append(t.now)
        t.now += gap
    return times, t


def test_no_limit_never_waits() -> None:
    times, t = _sends(0, 100)
    assert t.slept == [] and len(times) == 100


def test_no_minute_holds_more_sends_than_the_limit() -> None:
    times, _ = _sends(30, 200, gap=0.1)
    for start in times:
        in_window = [x for x in times if start <= x < start + 60.0]
        assert len(in_window) <= 30


def test_a_backlog_drains_at_the_limit_rate_not_slower() -> None:
    times, _ = _sends(30, 90)
    # 90 sends at 30 a minute: the last leaves after two full minutes, not later.
    assert times[-1] - times[0] == 120.0


def test_sends_spread_over_time_do_not_wait() -> None:
    _, t = _sends(30, 50, gap=2.5)
    assert t.slept == []
