"""Fault injection for the crash-recovery tests, read from the environment.

MAILBOT_CRASH_AT=<step>[:<n>] kills the process (os._exit, no cleanup, like SIGKILL) the n-th
time it reaches that step. Unset in production, where the hook does nothing.
"""
from __future__ import annotations

import os
from collections.abc import Callable

CrashHook = Callable[[str], None]


def crash_hook_from_env() -> CrashHook:
    spec = os.environ.get("MAILBOT_CRASH_AT", "")
    if not spec:
        return lambda step: None
    name, _, nth = spec.partition(":")
    remaining = [int(nth or 1)]

    def hook(step: str) -> None:
        if step == name:
            remaining[0] -= 1
            if remaining[0] <= 0:
                os._exit(77)

    return hook
