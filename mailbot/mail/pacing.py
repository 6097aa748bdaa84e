"""Send pacing: at most N emails in any minute, for providers that throttle a mailbox.

Exchange Online accepts about 30 messages a minute per mailbox and answers more with temporary
errors; waiting before the limit keeps a backlog draining in order instead of bouncing off it.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class Pacer:
    """A sliding one-minute window: `wait()` returns when one more send keeps the count of sends
    in the last 60 seconds at or below `per_minute`. `per_minute` 0 means no limit."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_minute = max(per_minute, 0)
        self._clock, self._sleep = clock, sleep
        self._sent: deque[float] = deque()

    def wait(self) -> float:
        """Block until the next send is allowed, then count it; returns the seconds waited."""
        if not self.per_minute:
            return 0.0
        waited = 0.0
        now = self._clock()
        while self._sent and now - self._sent[0] >= 60.0:
            self._sent.popleft()
        if len(self._sent) >= self.per_minute:
            waited = 60.0 - (now - self._sent[0])
            self._sleep(waited)
            now = self._clock()
            self._sent.popleft()
        self._sent.append(now)
        return waited
