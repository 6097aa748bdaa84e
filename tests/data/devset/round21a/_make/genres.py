"""Builders of the wording dict `x` for each genre, from the field values `f` and per-document wordings `w`."""


def g1(f, w):
    x = dict(w)
    x.setdefault("order", ["background", "objectives", "method", "evaluation", "partners", "alignment", "resources"])
    return x


def g3(f, w):
    """Portal ticket: w gives captions (cap), meta rows, chrome strings; values come from f / w."""
    cap = w["cap"]
    rows = []
    for key in w["rows"]:
        if key == "contact":
            rows.append((cap[key], f"{f['proposer_name']}\n{f.get('proposer_title', '')}\n{f.get('proposer_department', '')}\n{f['proposer_email']}\n{f.get('proposer_phone', '')}".replace("\n\n", "\n").strip()))
        elif key in ("req", "fmt", "hours", "enrol", "endo", "date"):
            rows.append((cap[key], w[key]))
        elif key == "learning_outcomes":
            rows.append((cap[key], [f"{i+1}. {o}" for i, o in enumerate(f[key])]))
        elif key in f:
            rows.append((cap[key], f[key]))
        elif key in w.get("blank", []):
            rows.append((cap[key], w.get("blank_text", "—")))
    x = dict(w); x["fields"] = rows
    return x


def g6(f, w):
    s = [("title", f["proposal_title"], [f"{f['proposer_name']}, {f['proposer_title']}", f["proposer_department"], w["date"]])]
    T = w["titles"]
    for key in w["order"]:
        if key == "learning_outcomes":
            s.append(("s", T[key], [f"• {o}" for o in f[key]]))
        elif key == "partner":
            body = [f["partner_name"], w["endo"]] + ([f"Contact: {f['partner_contact']}"] if "partner_contact" in f else [])
            s.append(("s", T[key], body))
        elif key == "logistics":
            s.append(("s", T[key], [f"• {b}" for b in w["logistics"]]))
        elif key == "contact":
            s.append(("s", T[key], [f["proposer_email"], f.get("proposer_phone", "")]))
        elif key in f:
            s.append(("s", T[key], [f[key]]))
    x = dict(w); x["slides"] = s
    return x
