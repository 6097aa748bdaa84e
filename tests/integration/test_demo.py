"""The README's first command works with nothing but what pip installed."""
from __future__ import annotations

import subprocess
import sys


def test_the_demo_records_acknowledges_and_takes_a_decision(tmp_path):
    out = subprocess.run([sys.executable, "-m", "mailbot", "demo", "--dir", str(tmp_path / "demo")],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    text = out.stdout
    assert "read 4 messages" in text
    assert "MC-2026-0001" in text and "MC-2026-0002" in text
    assert "Received: Point-of-Care Ultrasound for Rural Paramedics" in text
    assert "missing: learning_outcomes, summative_assessment" in text, "the incomplete form lists what it lacks"
    assert "(no concept form found)" in text
    assert "away@example.org" not in text, "the auto-reply got an answer"
    assert "MC-2026-0001 is now at stage smt_concept_review" in text
    assert len(list((tmp_path / "demo" / "sent").glob("*.eml"))) >= 8
