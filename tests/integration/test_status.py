"""status / list / export over a database filled through the real pipeline."""
from __future__ import annotations

import csv
import io
import json

from apphelpers import EMAILS, HOSTILE, write_config
from mailbot.ops.cli import main


def test_list_filters_by_stage_and_export_neutralises_formulas(tmp_path, dovecot, smtp_sink, capsys):
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    dovecot.append((HOSTILE / "A14-form-template-injection.eml").read_bytes())
    assert main(["--config", str(cfg), "poll", "--once"]) == 0
    capsys.readouterr()
    assert main(["--config", str(cfg), "list", "--stage", "ce_assessment", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["--config", str(cfg), "list", "--stage", "approved", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    out = tmp_path / "apps.csv"
    assert main(["--config", str(cfg), "export", "--csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 2
    cells = [c for r in rows for c in r.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], "a cell a spreadsheet would execute"
    assert any("HYPERLINK" in c for c in cells), "the hostile value is kept, as text"
    assert all("\n" not in c for c in cells)


def test_status_names_what_needs_a_person(tmp_path, dovecot, smtp_sink, capsys):
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    dovecot.append((EMAILS / "17-calendar-invite-only.eml").read_bytes())
    smtp_sink.stop()
    dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    assert main(["--config", str(cfg), "poll", "--once"]) == 75, "SMTP unreachable is a temporary failure"
    capsys.readouterr()
    assert main(["--config", str(cfg), "status"]) == 3, "a parked message needs a person"
    out = capsys.readouterr().out
    assert "1 messages from people were left unanswered in the attention folder" in out
    assert "parked messages: 0" in out
    assert "outgoing emails are waiting to be sent" in out
    assert "needs attention: 1 parked" in out
