"""Throughput, latency and footprint of mailbot, measured in one run, printed as one table.

    python bench/throughput.py [--backlog 1000] [--old 10000] [--latency 50] [--apps 10000]
                               [--idle-seconds 60] [--profile FILE]

Uses the servers the tests use (tests/mailservers.py: a real Dovecot and an SMTP sink on
loopback) and SQLite in a scratch folder (the read-only commands also on the tests' PostgreSQL); every mailbot figure is the wall time of the real
command (`mailbot poll --once`, `mailbot run`, `status`, `list`, `digest --preview`) in a child
process. The backlog is the corpus emails cycled, each copy with a fresh Message-ID and
attachments of distinct bytes (bench/mailcopies.py). Next to it, in the same run and on the same
messages: a plain imapclient FETCH of every message, and the same FETCH plus Python's MIME
parsing of every message (the work no intake can skip); the ratios are the figures to read.
`--profile FILE` also runs the backlog poll once in-process under cProfile and writes FILE (the
parse workers' cProfile beside it, FILE.workers); `--profile-clock` chooses what is measured:
`wall` (cProfile, the default), `cpu` (cProfile on the process's CPU clock), `sample`
(pyinstrument, if installed), `thread-cpu` (the poll thread's own CPU time, sampled: waits and
other threads cost nothing) or `py-spy` (the real `poll --once` command and its workers sampled
from outside by py-spy, if installed; `python bench/spysum.py FILE` summarises it per process).
`--profile-only` skips the measured poll. Before measuring, the bytecode of mailbot and the
parsers is written as an install writes it (`--no-compile` skips it; see `_compile_project`).
"""
from __future__ import annotations

import argparse
import email
import email.policy
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import Any
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "tests", ROOT / "bench"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from apphelpers import write_config  # noqa: E402
from mailcopies import SHARED, backlog, fresh_copy, old_message  # noqa: E402
from mailservers import DovecotServer, PostgresServer, SmtpSink  # noqa: E402

CLI = [sys.executable, "-m", "mailbot"]
NO_CAPS = "per_correspondent_daily_cap = 0\nper_thread_daily_cap = 0\n"
FETCH_CHUNK = 50
Row = tuple[str, str, str]  # measure, value, target / note


# --- process measurements ----------------------------------------------------------------------

def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _cpu_seconds(pids: list[int]) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in pids:
        try:
            text = Path(f"/proc/{p}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


class PeakRss(threading.Thread):
    """Samples the RSS of a process tree (the command and its parse workers) every 20 ms, and the
    CPU time of each process in it as last seen (a worker's figure is at most 20 ms old when it exits).

    The tree itself is looked for every `WALK` seconds: finding it reads the stat file of every
    process of the machine, which every 20 ms cost this process a sixth of a core (measured with 80
    processes), taken from the 2 cores the measured poll runs on, and the SMTP sink of the same
    process waited for the interpreter meanwhile."""

    WALK = 0.5

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0.0, threading.Event()
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        pids: list[int] = []
        walk_at = 0.0
        while not self.stop.wait(0.02):
            if time.monotonic() >= walk_at:
                pids, walk_at = _tree(self.pid), time.monotonic() + self.WALK
            self.peak = max(self.peak, _rss_mb(pids))
            for p in pids:
                seconds = _cpu_seconds([p])
                if seconds:
                    self.cpu[p] = max(self.cpu.get(p, 0.0), seconds)

    def workers_cpu(self) -> float:
        """CPU seconds of every process of the tree but the command itself."""
        return sum(s for p, s in self.cpu.items() if p != self.pid)


def _timed_cli(cfg: Path | None, *args: str, rss: bool = False,
               sampler_out: list[PeakRss] | None = None) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    cmd = CLI + (["--config", str(cfg)] if cfg else []) + list(args)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakRss(proc.pid)
    if rss:
        sampler.start()
    out, err = proc.communicate(timeout=3600)
    wall = time.perf_counter() - t
    sampler.stop.set()
    if sampler_out is not None:
        sampler_out.append(sampler)
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    return wall, sampler.peak, done


def _median_of(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- the cases -------------------------------------------------------------------------------

def _config(folder: Path, dovecot: DovecotServer, sink: SmtpSink, cutoff: str = "none", schedule: str = "") -> Path:
    cfg = write_config(folder, dovecot, sink, cutoff=cutoff, extra=NO_CAPS)
    if schedule:
        text = cfg.read_text().replace('[schedule]\ntimezone = "America/Toronto"\n',
                                       f'[schedule]\ntimezone = "America/Toronto"\n{schedule}')
        cfg.write_text(text)
    return cfg


def _fetch_all(dovecot: DovecotServer, work: Callable[[bytes], object]) -> tuple[float, int]:
    """Seconds to FETCH every inbox message (in chunks, as mailbot does) and apply `work` to each."""
    t = time.perf_counter()
    n = 0
    with dovecot.client() as c:
        c.select_folder("INBOX", readonly=True)
        uids = sorted(c.search("ALL"))
        for start in range(0, len(uids), FETCH_CHUNK):
            data = c.fetch(uids[start:start + FETCH_CHUNK], ["BODY.PEEK[]"])
            for row in data.values():
                work(row[b"BODY[]"])
                n += 1
    return time.perf_counter() - t, n


def _mime(raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)


def case_backlog(work: Path, count: int, profile: str | None, clock: str = "wall",
                 profile_only: bool = False) -> list[Row]:
    rows: list[Row] = []
    if profile and profile_only:
        return [("backlog: profile of the poll (in-process)", profile_backlog(work, backlog(count), profile, clock), "")]
    dovecot, sink = DovecotServer(), SmtpSink()
    dovecot.start()
    sink.start()
    try:
        cfg = _config(work / "backlog", dovecot, sink) if (work / "backlog").mkdir() is None else None
        assert cfg is not None
        _timed_cli(cfg, "poll", "--once")  # the schema and the folders, on an empty inbox
        messages = backlog(count)
        with dovecot.client() as c:
            for _, raw in messages:
                c.append("INBOX", raw)
        megabytes = sum(len(r) for _, r in messages) / 1e6
        fetch_s, n = _fetch_all(dovecot, lambda raw: None)
        cpu0 = time.process_time()
        mime_s, _ = _fetch_all(dovecot, _mime)
        mime_cpu = time.process_time() - cpu0
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        # OCR of scans runs off the intake path (the service's own job): not part of the backlog's time.
        samplers: list[PeakRss] = []
        wall, peak, done = _timed_cli(cfg, "poll", "--once", "--no-ocr", rss=True, sampler_out=samplers)
        sent = len(sink.messages)  # before any other command could send what the poll left
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the poll and its parse worker, both waited for
        poll_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        workers_cpu = samplers[0].workers_cpu()
        import sqlite3

        with sqlite3.connect(work / "backlog" / "mailbot.db") as db:
            left = db.execute("SELECT count(*) FROM outbound_mail WHERE status = 'pending'").fetchone()[0]
        fetch_rate, mime_rate, rate = n / fetch_s, n / mime_s, n / wall
        rows += [
            (f"backlog: {n} corpus emails ({megabytes:.0f} MB), raw FETCH", f"{fetch_rate:,.0f} msg/s", ""),
            ("backlog: FETCH + MIME parse (stdlib email)", f"{mime_rate:,.0f} msg/s", ""),
            ("backlog: mailbot poll --once --no-ocr (read, route, record, file, send)", f"{rate:,.1f} msg/s",
             f"{rate / mime_rate:.2f} of FETCH+MIME (target >= 0.20); {rate / fetch_rate:.3f} of FETCH"),
            ("backlog: CPU per message, FETCH+MIME (this process) / poll (mailbot + parse worker)",
             f"{mime_cpu / n * 1000:.1f} / {poll_cpu / n * 1000:.0f} ms",
             f"{mime_cpu / poll_cpu:.2f}: the same ratio in CPU time, which the machine's other load moves less"),
            ("backlog: CPU per message of that poll: mailbot process / parse workers (sampled from /proc)",
             f"{(poll_cpu - workers_cpu) / n * 1000:.0f} / {workers_cpu / n * 1000:.0f} ms", ""),
            ("backlog: emails sent by that poll / left pending", f"{sent} / {left}",
             "every queued email sent by the poll (target: 0 left)"),
            ("backlog: peak RSS (mailbot + parse worker)", f"{peak:.0f} MB", "target < 500 MB"),
        ]
        print(f"  backlog poll: {done.stdout.strip()}", file=sys.stderr)
        if profile:
            rows.append(("backlog: cProfile of the same poll (in-process)", profile_backlog(work, messages, profile, clock), ""))
    finally:
        dovecot.stop()
        sink.close()
    return rows


class ThreadCpuSampler(threading.Thread):
    """A sampling profiler of one thread's CPU time: every `interval` seconds it reads the thread's
    stack and charges the CPU time the thread used since the last sample to each function on it.
    Waits (for the parse workers, the servers, the disk) cost nothing, and neither do the other
    threads of the process (the SMTP sink of this benchmark runs in it)."""

    def __init__(self, target: int, interval: float = 0.001) -> None:
        super().__init__(daemon=True)
        self.target, self.interval, self.halt = target, interval, threading.Event()
        self.clock = time.pthread_getcpuclockid(target)
        self.inclusive: dict[str, float] = {}
        self.own: dict[str, float] = {}
        self.total = 0.0

    def run(self) -> None:
        last = time.clock_gettime(self.clock)
        while not self.halt.wait(self.interval):
            now = time.clock_gettime(self.clock)
            used, last = now - last, now
            frame = sys._current_frames().get(self.target)
            if frame is None or not used:
                continue
            self.total += used
            names: list[str] = []
            while frame is not None:
                code = frame.f_code
                names.append(f"{Path(code.co_filename).name}:{code.co_firstlineno}({code.co_name})")
                frame = frame.f_back
            self.own[names[0]] = self.own.get(names[0], 0.0) + used
            for name in set(names):
                self.inclusive[name] = self.inclusive.get(name, 0.0) + used

    def enable(self) -> None:
        # The sampler runs only when it gets the GIL: a short switch interval lets it in every
        # `interval`, not only when the profiled thread waits (which would charge the CPU time of
        # the computing that came before to the wait).
        self.switch = sys.getswitchinterval()
        sys.setswitchinterval(self.interval / 4)
        self.start()

    def disable(self) -> None:
        self.halt.set()
        self.join()
        sys.setswitchinterval(self.switch)

    def report(self, top: int = 60) -> str:
        lines = [f"CPU time of the profiled thread: {self.total:.2f} s", "", "inclusive (s, share):"]
        for name, t in sorted(self.inclusive.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"{t:8.2f} {t / self.total:6.1%}  {name}")
        lines += ["", "own (s, share):"]
        for name, t in sorted(self.own.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"{t:8.2f} {t / self.total:6.1%}  {name}")
        return "\n".join(lines) + "\n"


def profile_backlog(work: Path, messages: list[tuple[str, bytes]], out: str, clock: str = "wall") -> str:
    import cProfile

    from mailbot.config import load_settings
    from mailbot.intake.sandbox import SandboxPool
    from mailbot.ops.cycle import poll_cycle
    from mailbot.store.db import open_database

    dovecot, sink = DovecotServer(), SmtpSink()
    dovecot.start()
    sink.start()
    try:
        (work / "profile").mkdir()
        if clock == "py-spy":
            return _py_spy_backlog(_config(work / "profile", dovecot, sink), dovecot, messages, out)
        settings = load_settings(_config(work / "profile", dovecot, sink))
        engine = open_database(settings.database_url)
        with dovecot.client() as c:
            for _, raw in messages:
                c.append("INBOX", raw)
        # "cpu": the main thread's functions by the process's CPU time (waits for the parse workers,
        # the server and the disk cost nothing), the figure the CPU per message row adds up.
        prof: Any = cProfile.Profile(time.process_time) if clock == "cpu" else cProfile.Profile()
        if clock == "sample":  # pyinstrument (if installed): samples, so small functions are not inflated
            from pyinstrument import Profiler

            prof = Profiler(interval=0.001, async_mode="disabled")
            prof.enable, prof.disable = prof.start, prof.stop
        elif clock == "thread-cpu":
            prof = ThreadCpuSampler(threading.get_ident())
        workers_dir = work / "profile" / "workers"
        workers_dir.mkdir()
        os.environ["MAILBOT_BENCH_WORKER_PROFILE"] = str(workers_dir)  # the workers inherit it
        try:
            with SandboxPool(settings.intake.parse_workers) as sandbox:  # as `poll --once` reads
                t = time.perf_counter()
                prof.enable()
                # As `poll --once` runs it: each filed batch's mail is sent while the next one is read.
                poll_cycle(engine, settings, extract=sandbox.extract, readers=sandbox.workers)
                prof.disable()
                wall = time.perf_counter() - t
        finally:
            del os.environ["MAILBOT_BENCH_WORKER_PROFILE"]
        if clock == "sample":
            Path(out).write_text(prof.output_text(unicode=False, color=False, show_all=False))
        elif clock == "thread-cpu":
            Path(out).write_text(prof.report())
        else:
            prof.dump_stats(out)
        import pstats

        dumps = sorted(workers_dir.glob("worker-*.prof"))
        if dumps:
            merged = pstats.Stats(str(dumps[0]))
            for extra in dumps[1:]:
                merged.add(str(extra))
            merged.dump_stats(out + ".workers")
        return f"{wall:.1f} s under the profiler -> {out} (parse workers: {out}.workers)"
    finally:
        dovecot.stop()
        sink.close()


def _py_spy_backlog(cfg: Path, dovecot: DovecotServer, messages: list[tuple[str, bytes]], out: str) -> str:
    """The measured command itself (`poll --once --no-ocr`, and its parse workers) sampled from
    outside by py-spy: only samples where a thread is on a CPU count (no --idle), so the counts
    are CPU time, per process, with no profiler inside the process to inflate small functions."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    _timed_cli(cfg, "poll", "--once")  # the schema and the folders, on an empty inbox
    with dovecot.client() as c:
        for _, raw in messages:
            c.append("INBOX", raw)
    cmd = [spy, "record", "--format", "raw", "--subprocesses", "--rate", "250", "--output", out, "--",
           *CLI, "--config", str(cfg), "poll", "--once", "--no-ocr"]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return f"{time.perf_counter() - t:.1f} s under py-spy -> {out} (summarise: bench/spysum.py {out})"


def case_first_run(work: Path, count: int) -> list[Row]:
    dovecot, sink = DovecotServer(), SmtpSink()
    dovecot.start()
    sink.start()
    try:
        with dovecot.client() as c:  # the Maildir exists once the user has logged in
            c.select_folder("INBOX")
        assert dovecot.dir is not None
        maildir = dovecot.dir / "mail" / dovecot.user / "Maildir"
        stamp = time.time() - 400 * 86400
        owner = (maildir.stat().st_uid, maildir.stat().st_gid)
        for n in range(count):  # written as files: appending 10,000 over IMAP would dominate the run
            path = maildir / "cur" / f"{int(stamp)}.M{n}P1.bench:2,S"  # already seen: in cur/, as in a used mailbox
            path.write_bytes(old_message(n))
            os.utime(path, (stamp + n, stamp + n))
            os.chown(path, *owner)
        before = len(dovecot.uids())
        (work / "first").mkdir()
        cfg = _config(work / "first", dovecot, sink, cutoff="first-run")
        subprocess.run(CLI + ["--config", str(cfg), "check"], capture_output=True)  # schema, not timed
        wall, _, done = _timed_cli(cfg, "poll", "--once")
        after = len(dovecot.uids())
        return [(f"first run over {before:,} old messages (poll --once)", f"{wall:.2f} s",
                 f"target < 3 s; sent {len(sink.messages)}, moved {before - after} (target 0, 0)")]
    finally:
        dovecot.stop()
        sink.close()


def case_service(work: Path, count: int, idle_seconds: int) -> list[Row]:
    """Intake latency with `mailbot run` (IMAP IDLE), then the idle service's CPU and memory."""
    dovecot, sink = DovecotServer(), SmtpSink()
    dovecot.start()
    sink.start()
    proc = None
    try:
        (work / "service").mkdir()
        cfg = _config(work / "service", dovecot, sink,
                      schedule="poll_interval_seconds = 300\nidle = true\nflush_interval_seconds = 60\n")
        _timed_cli(cfg, "poll", "--once")
        proc = subprocess.Popen(CLI + ["--config", str(cfg), "run"], stdout=subprocess.DEVNULL,
                                stderr=open(work / "service" / "run.log", "wb"))
        time.sleep(3)  # started, IDLE established
        names = ["01-outlook-form-docx-with-signature-logo.eml", "02-gmail-fillable-pdf.eml",
                 "18-thunderbird-printed-pdf.eml", "20-outlook-fillable-pdf.eml"]
        sources = [(SHARED / "corpus" / "emails" / n).read_bytes() for n in names]
        latencies = []

        def acks() -> int:
            return sum(1 for m in list(sink.messages) if m.message["X-Mailbot"] == "acknowledgement")

        for i in range(count):
            # a new applicant each time: a second copy from the same sender is a revision, which gets no acknowledgement
            raw = fresh_copy(sources[i % len(sources)], 100000 + i, sender=f"applicant{i}@example.org")
            want = acks() + 1
            t = time.perf_counter()
            dovecot.append(raw)
            while acks() < want:
                if time.perf_counter() - t > 60:
                    raise SystemExit(f"no acknowledgement within 60 s for message {i}; see {work}/service/run.log")
                time.sleep(0.002)
            latencies.append(time.perf_counter() - t)
            time.sleep(0.3)  # let the staff notice go and the poll finish: one message at a time
        time.sleep(5)
        pids = _tree(proc.pid)
        cpu0, t0 = _cpu_seconds(pids), time.perf_counter()
        rss = []
        while time.perf_counter() - t0 < idle_seconds:
            time.sleep(1)
            rss.append(_rss_mb(_tree(proc.pid)))
        cpu = (_cpu_seconds(_tree(proc.pid)) - cpu0) / (time.perf_counter() - t0) * 100
        return [
            (f"intake latency, arrival -> acknowledgement accepted by SMTP ({count} msgs, IDLE)",
             f"median {statistics.median(latencies):.2f} s, p95 {_p95(latencies):.2f} s", "target <= 1 s, <= 2 s"),
            (f"idle service over {idle_seconds} s (mailbot run + parse worker)",
             f"{cpu:.2f} % CPU, {max(rss):.0f} MB RSS", "target < 1 %, < 150 MB"),
        ]
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        dovecot.stop()
        sink.close()


def case_parse(runs: int) -> list[Row]:
    """Per attachment shape (from the corpus README), in-process parse time of each form."""
    from extraction import SHAPE_NAMES, SHAPE_ORDER, shapes_from_readme

    import mailbot_parsers as parsers

    rows: list[Row] = []
    by_shape: dict[str, list[float]] = {}
    for corpus in (SHARED / "corpus", SHARED / "corpus-b"):
        shapes = shapes_from_readme(corpus)
        for path in sorted(corpus.iterdir()):
            if path.suffix.lower() not in (".docx", ".pdf", ".doc") or path.name not in shapes:
                continue
            data = path.read_bytes()
            for _ in range(runs):
                t = time.perf_counter()
                try:
                    parsers.parse(data, path.name, "")
                except parsers.ParseError:
                    pass
                by_shape.setdefault(shapes[path.name], []).append((time.perf_counter() - t) * 1000)
    for shape in SHAPE_ORDER:
        times = by_shape.get(shape)
        if times:
            rows.append((f"parse, shape {shape} ({SHAPE_NAMES.get(shape, shape)}), {len(times)} timings",
                         f"median {statistics.median(times):.0f} ms, p95 {_p95(times):.0f} ms",
                         "OCR of scans runs off the intake path" if shape == "6" else ""))
    return rows


def _wall_and_cpu(cfg: Path, *args: str, runs: int = 3) -> tuple[float, float]:
    """Median wall time and median CPU time (the command's user + system) of `runs` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(_timed_cli(cfg, *args)[0])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus)


def case_applications(work: Path, count: int) -> list[Row]:
    """status, list and the digest preview over `count` applications, on SQLite and on PostgreSQL."""
    from applications import build

    rows: list[Row] = []
    postgres = PostgresServer()
    postgres.start()
    try:
        for name, url in (("SQLite", "sqlite:///" + str(work / "apps-sqlite" / "mailbot.db")),
                          ("PostgreSQL", postgres.url)):
            folder = work / f"apps-{name.lower()}"
            folder.mkdir()
            dovecot, sink = DovecotServer(), SmtpSink()  # never started: the commands do not connect
            dovecot.port = sink.port = 1
            cfg = write_config(folder, dovecot, sink, db_url=url)
            build(url, count, SHARED / "corpus")
            status = _wall_and_cpu(cfg, "status")
            listing = _wall_and_cpu(cfg, "list")
            digest = _wall_and_cpu(cfg, "digest", "--preview", str(folder / "digest.html"))
            # CPU (user + sys, median of 3) next to the wall time: the machine's other load moves it less.
            cpu = "; CPU {:.2f} s"
            rows += [
                (f"status over {count:,} applications, {name} (wall, median of 3)", f"{status[0]:.2f} s",
                 "target < 1 s" + cpu.format(status[1])),
                (f"list over {count:,} applications, {name} (wall, median of 3)", f"{listing[0]:.2f} s",
                 "target < 1 s" + cpu.format(listing[1])),
                (f"digest --preview over {count:,} applications, {name} (wall, median of 3)", f"{digest[0]:.2f} s",
                 "target < 2 s" + cpu.format(digest[1])),
            ]
    finally:
        postgres.stop()
    return rows


def case_startup() -> list[Row]:
    bare = _median_of(lambda: _timed_cli(None, "--help")[0], 5)
    python = _median_of(lambda: (lambda t: (subprocess.run([sys.executable, "-c", "pass"]), time.perf_counter() - t)[1])(
        time.perf_counter()), 5)
    return [("CLI start-up: mailbot --help (wall, median of 5)", f"{bare:.2f} s", f"python -c pass: {python:.2f} s")]


def _compile_project() -> None:
    """Write the bytecode of mailbot and the parsers (`__pycache__`, ignored by git), as installing
    the package does. Under PYTHONDONTWRITEBYTECODE (set in some development shells) an editable
    checkout has none, and every command and every parse worker would compile ~90 modules from
    source at start: a cost of the checkout, not of mailbot, that the stdlib rows never pay."""
    import compileall

    for package in ("mailbot", "parsers"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--backlog", type=int, default=1000)
    ap.add_argument("--old", type=int, default=10000)
    ap.add_argument("--latency", type=int, default=50)
    ap.add_argument("--apps", type=int, default=10000)
    ap.add_argument("--idle-seconds", type=int, default=60)
    ap.add_argument("--parse-runs", type=int, default=3)
    ap.add_argument("--profile", default=None, help="also profile the backlog poll in-process into this file")
    ap.add_argument("--profile-clock", choices=("wall", "cpu", "sample", "thread-cpu", "py-spy"), default="wall",
                    help="what --profile measures: wall time, the process's CPU time (waits cost nothing), "
                    "wall time sampled by pyinstrument (a text tree), or the poll thread's own CPU time, "
                    "sampled (a text list; the parse workers are always profiled by cProfile), or the "
                    "command and its workers sampled from outside by py-spy (raw stacks, CPU only)")
    ap.add_argument("--profile-only", action="store_true",
                    help="with --profile: only the profiled poll, not the measured one (quicker)")
    ap.add_argument("--only", default="", help="comma-separated: backlog,first,service,parse,apps,startup")
    ap.add_argument("--no-compile", action="store_true",
                    help="do not write the project's bytecode first (see _compile_project)")
    args = ap.parse_args()
    if not args.no_compile:
        _compile_project()
    only = set(filter(None, args.only.split(",")))
    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    rows: list[Row] = []
    cases: list[tuple[str, Callable[[], list[Row]]]] = [
        ("startup", case_startup),
        ("backlog", lambda: case_backlog(work, args.backlog, args.profile, args.profile_clock,
                                                args.profile_only)),
        ("first", lambda: case_first_run(work, args.old)),
        ("service", lambda: case_service(work, args.latency, args.idle_seconds)),
        ("apps", lambda: case_applications(work, args.apps)),
        ("parse", lambda: case_parse(args.parse_runs)),
    ]
    try:
        for name, case in cases:
            if only and name not in only:
                continue
            print(f"running {name} ...", file=sys.stderr)
            rows += case()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    load = os.getloadavg()
    print(f"mailbot throughput, one run, {os.cpu_count()} CPUs, load average {load[0]:.1f} at the end")
    print(f"{'measure':<{width}}  {'value':<{vwidth}}  target / note")
    print(f"{'-' * width}  {'-' * vwidth}  {'-' * 13}")
    for measure, value, note in rows:
        print(f"{measure:<{width}}  {value:<{vwidth}}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
