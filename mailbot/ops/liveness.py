"""Signals that say mailbot is alive and well, for whatever watches it.

- systemd: ``Type=notify`` gets READY=1 once the service runs, WATCHDOG=1 while its main loop
  turns, RELOADING=1/READY=1 around a SIGHUP reload and STOPPING=1 at the end (sd_notify(3):
  one datagram to the socket in $NOTIFY_SOCKET; nothing happens without it).
- a heartbeat URL (healthchecks.io, Uptime Kuma push monitors): a GET after each healthy poll,
  so the monitor raises the alarm when the pings stop, also when email itself is down.
- a Prometheus textfile (node_exporter's textfile collector), rewritten after each poll.
"""
from __future__ import annotations

import logging
import os
import socket
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.store.db import session_scope
from mailbot.store.models import InboundMessage, MailboxState, OutboundMail, utcnow
from mailbot.store.oprows import OperatorAlert, RunCounter

log = logging.getLogger(__name__)

HEARTBEAT_TIMEOUT_SECONDS = 10.0


def sd_notify(state: str, environ: dict[str, str] | None = None) -> bool:
    """Send `state` (e.g. "READY=1") to systemd; False when not run by systemd or it failed."""
    address = (environ if environ is not None else os.environ).get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
        return True
    except OSError as exc:
        log.debug("sd_notify(%s) failed: %s", state, exc)
        return False


def watchdog_interval(environ: dict[str, str] | None = None) -> float | None:
    """Seconds between WATCHDOG=1 pings (half of $WATCHDOG_USEC), or None without a watchdog."""
    env = environ if environ is not None else os.environ
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec.isdigit() or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 2_000_000


def reloading_message() -> str:
    """RELOADING=1 with the monotonic time systemd 253+ wants for Type=notify-reload."""
    return f"RELOADING=1\nMONOTONIC_USEC={time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000}"


def ping_heartbeat(settings: Settings) -> bool:
    """GET [monitoring] heartbeat_url; True when the monitor answered 2xx."""
    url = settings.monitoring.heartbeat_url
    if not url:
        return False
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "mailbot"}),
                                    timeout=HEARTBEAT_TIMEOUT_SECONDS) as response:
            return bool(200 <= response.status < 300)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        log.warning("the heartbeat URL did not answer (%s)", exc)
        return False


def count(engine: Engine, name: str, now: datetime | None = None, by: int = 1) -> None:
    """Add `by` to the run counter `name` (polls_total, poll_failures_total, ...)."""
    with session_scope(engine) as session:
        row = session.get(RunCounter, name) or RunCounter(name=name)
        row.value += by
        row.updated_at = now or utcnow()
        session.add(row)


def metrics_text(engine: Engine) -> str:
    """The Prometheus text exposition of what a monitor needs."""
    with Session(engine) as session:
        counters = {r.name: r.value for r in session.exec(select(RunCounter)).all()}
        kinds = dict(session.exec(select(InboundMessage.kind, func.count()).group_by(col(InboundMessage.kind))).all())
        outbox = dict(session.exec(select(OutboundMail.status, func.count()).group_by(col(OutboundMail.status))).all())
        parked = session.exec(select(func.count()).select_from(InboundMessage)
                              .where(InboundMessage.target_folder == "attention")).one()
        last = session.exec(select(func.max(MailboxState.last_success_at))).one()
        alerts = session.exec(select(func.count()).select_from(OperatorAlert)
                              .where(col(OperatorAlert.open_key).is_not(None))).one()
    lines = [
        "# HELP mailbot_polls_total Mailbox polls run.", "# TYPE mailbot_polls_total counter",
        f"mailbot_polls_total {counters.get('polls_total', 0)}",
        "# HELP mailbot_poll_failures_total Mailbox polls that failed.", "# TYPE mailbot_poll_failures_total counter",
        f"mailbot_poll_failures_total {counters.get('poll_failures_total', 0)}",
        "# HELP mailbot_messages Inbound messages recorded, by kind.", "# TYPE mailbot_messages gauge",
        *(f'mailbot_messages{{kind="{_label(k or "unhandled")}"}} {n}' for k, n in sorted(kinds.items())),
        "# HELP mailbot_outbox Outgoing emails by status.", "# TYPE mailbot_outbox gauge",
        *(f'mailbot_outbox{{status="{_label(s)}"}} {n}' for s, n in sorted(outbox.items())),
        "# HELP mailbot_outbox_depth Outgoing emails waiting to be sent.", "# TYPE mailbot_outbox_depth gauge",
        f"mailbot_outbox_depth {outbox.get('pending', 0)}",
        "# HELP mailbot_parked Messages put in the Needs attention folder.", "# TYPE mailbot_parked gauge",
        f"mailbot_parked {parked}",
        "# HELP mailbot_open_alerts Operator alerts not yet resolved.", "# TYPE mailbot_open_alerts gauge",
        f"mailbot_open_alerts {alerts}",
        "# HELP mailbot_last_success_timestamp_seconds Last successful mailbox read (Unix time).",
        "# TYPE mailbot_last_success_timestamp_seconds gauge",
        f"mailbot_last_success_timestamp_seconds {last.timestamp() if last else 0:.0f}",
    ]
    return "\n".join(lines) + "\n"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def write_metrics(engine: Engine, settings: Settings) -> Path | None:
    """Rewrite [monitoring] metrics_file atomically (a scraper never reads half a file)."""
    if not settings.monitoring.metrics_file:
        return None
    path = Path(settings.monitoring.metrics_file)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(metrics_text(engine), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot write the metrics file %s (%s)", path, exc.strerror)
        return None
    return path
