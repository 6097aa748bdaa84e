"""A database of many applications for timing the read-only commands and the digest.

Each application carries the fields of a real parsed corpus form, a stage drawn from the whole
workflow, dates spread over two years, and the events a real history leaves (received, the CE
decision, a wait for the applicant); rows are inserted in bulk, not through intake.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from mailbot.review.workflow import Stage
from mailbot.store.db import open_database
from mailbot.store.models import Application, Event

STAGES = [s.value for s in Stage if s != Stage.RECEIVED]


def sample_fields(corpus: Path) -> dict[str, object]:
    """The fields of the first text-layer corpus form that parses (realistic sizes and keys)."""
    import mailbot_parsers as parsers

    for path in sorted(corpus.glob("*.docx")) + sorted(corpus.glob("*.pdf")):
        try:
            result = parsers.parse(path.read_bytes(), path.name, "")
        except parsers.ParseError:
            continue
        if result.is_concept_form and result.fields:
            return dict(result.fields)
    return {"proposal_title": "A micro-credential", "proposer_name": "A. Person"}


def build(url: str, count: int, corpus: Path, now: datetime | None = None, seed: int = 14) -> None:
    """Create the schema at `url` and insert `count` applications with their events."""
    now = now or datetime.now(timezone.utc)
    rng = random.Random(seed)
    fields = sample_fields(corpus)
    engine = open_database(url)
    apps, events = [], []
    for i in range(1, count + 1):
        received = now - timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
        stage = rng.choice(STAGES)
        entered = received + timedelta(days=rng.randrange(0, 30))
        entered = min(entered, now)
        apps.append({
            "id": i, "reference": f"MC-{received.year}-{i:05d}", "stage": stage,
            "applicant_email": f"person{i % 900}@example.org", "applicant_name": f"Person {i}",
            "title": f"{fields.get('proposal_title', 'A micro-credential')} ({i})"[:300],
            "request_type": str(fields.get("request_type", "")), "received_at": received,
            "stage_entered_at": entered, "target_at": entered + timedelta(days=10),
            "deadline_at": entered + timedelta(days=20), "fields": fields, "missing_required": [],
            "requirements_unmet": rng.choice([[], ["R3"], ["R2", "R4"]]), "needs_manual_review": False,
            "version": 1, "assigned_to": "", "source_message_id": None, "thread_message_id": f"<a{i}@example.org>",
            "stage_entry": 1, "paused_at": entered if stage == Stage.AWAITING_APPLICANT.value else None,
            "paused_seconds": 0,
        })
        events.append({"application_id": i, "at": received, "kind": "received", "actor": f"person{i}@example.org",
                       "stage_from": "", "stage_to": "ce_assessment", "comment": "", "data": {}})
        if stage != Stage.CE_ASSESSMENT.value:
            if rng.random() < 0.2:
                asked = received + timedelta(days=2)
                events.append({"application_id": i, "at": asked, "kind": "decision", "actor": "ce.lead@michener.example",
                               "stage_from": "ce_assessment", "stage_to": "awaiting_applicant", "comment": "more info",
                               "data": {"keyword": "MORE INFO"}})
                events.append({"application_id": i, "at": asked + timedelta(days=3), "kind": "stage",
                               "actor": f"person{i}@example.org", "stage_from": "awaiting_applicant",
                               "stage_to": "ce_assessment", "comment": "", "data": {}})
            events.append({"application_id": i, "at": entered, "kind": "decision", "actor": "ce.lead@michener.example",
                           "stage_from": "ce_assessment", "stage_to": stage, "comment": "", "data": {"keyword": "SUPPORTED"}})
    with engine.begin() as conn:
        for start in range(0, len(apps), 2000):
            conn.execute(insert(Application), apps[start:start + 2000])
        for start in range(0, len(events), 4000):
            conn.execute(insert(Event), events[start:start + 4000])
    engine.dispose()
