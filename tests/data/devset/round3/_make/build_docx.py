# -*- coding: utf-8 -*-
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from mk_docx import *
from forms_tuning import T
from forms_heldout import H
ALL = {x["id"]: x for x in T + H}


def build(i, path=None):
    form = ALL[i]; path = path or out(form); f = form["f"]
    if i == "t_track":
        edits = {"proposal_title": [("t", "Tracheostomy Care "), ("del", "in the Community"), ("ins", "at Home"), ("t", " for Personal Support Workers")],
                 "estimated_hours": [("del", "4"), ("ins", "6")],
                 "expected_enrolment": [("del", "45 (three"), ("ins", "60 (four"), ("t", " cohorts of 15)")],
                 "rationale": [("t", "Our agency now supports "), ("del", "38"), ("ins", "41"), ("t", " clients with a tracheostomy at home, up from 12 three years ago. PSWs are asked to suction and change inner cannulas but most have only had a one-hour orientation.")],
                 "partner_contact": [("t", "Odile Pemberton, Director of "), ("del", "Nursing"), ("ins", "Clinical Practice"), ("t", ", opemberton@lakeviewcc.example.org")],
                 "learning_outcomes": {"Suction the tracheostomy to the pre-measured depth.": [("t", "Suction the tracheostomy "), ("ins", "to the pre-measured depth"), ("del", " safely"), ("t", ".")]}}
        table_form(form, path, edits=edits, deleted_outcomes=[(4, "Teach family caregivers to suction.")],
                   comments={"rationale": "Where does the 41 come from? Please cite the agency report.",
                             "summative_assessment": "Good – matches R2."},
                   header="Lakeview Community Care – draft for CE", footer="Concept form v2 – tracked changes on")
    elif i == "h_track":
        edits = {"delivery_format": [("del", "☐"), ("ins", "☒"), ("t", " Online   ☐ In person   "), ("del", "☒"), ("ins", "☐"), ("t", " Hybrid")],
                 "proposer_email": [("del", "ifeoma.castellano@oldmail.example.com"), ("ins", "icastellano@sablepoint.example.org")],
                 "rationale": [("t", "Pathologists at "), ("del", "two"), ("ins", "three"), ("t", " sites now ask technologists to perform "), ("del", "preliminary "), ("t", "differential counts on marrow aspirates, but no course teaches marrow morphology at technologist level.")],
                 "competencies": [("t", "Smear and particle quality assessment; 500-cell differential; "), ("ins", "myeloid-to-erythroid ratio; "), ("t", "recognising blasts, dysplasia and infiltrates.")],
                 "estimated_hours": [("del", "18"), ("ins", "24")]}
        table_form(form, path, on="☒", edits=edits, outcome_marker="{n}) ",
                   deleted_outcomes=[(0, "Prepare and stain a bone marrow smear.")],
                   inserted_outcomes=("Calculate the myeloid-to-erythroid ratio.",),
                   comments={"rationale": "Confirm the third site (Eastport?)", "summative_assessment": "Who sets the consensus counts?",
                             "partner_name": "Letter is in the shared folder."}, page="a4",
                   footer="MC concept form – B. marrow – v2 (I. Castellano / G. Fairweather edits)")
    elif i in ("t_blank", "t_scan1", "h_scan1"):
        table_form(form, path, footer="CE-FRM-07 Micro-Course / Credential Concept Form – rev. 2025-11",
                   outcome_marker="• " if i == "h_scan1" else "{n}. ")
    elif i == "t_web":
        web_form(form, path)
    elif i == "h_web":
        web_form(form, path, radio_on="◉", radio_off="○", row_sdt=True)
    elif i == "t_legacy":
        legacy_form(form, path)
    elif i == "h_legacyfr":
        legacy_form(form, path, text_prefix="Texte", check_prefix="CaseACocher", bullet="• ")
    elif i == "t_txbx":
        textbox_form(form, path, labels={"proposal_title": "Course Title", "proposer_name": "Lead Proposer", "proposer_title": "Role",
                                         "proposer_department": "Organization", "endorsement_status": "Letter of Support Attached?",
                                         "delivery_format": "Delivery Mode", "estimated_hours": "Duration (hours)",
                                         "submission_date": "Date", "learning_outcomes": "By the end learners will be able to"})
    elif i == "h_shapes":
        textbox_form(form, path, label_shapes=True, outcome_marker="• ",
                     labels={"proposal_title": "Working Title", "proposer_name": "Submitted by", "rationale": "Identified Skills Gap",
                             "target_learners": "Intended Learners", "expected_enrolment": "Estimated Learners / Year"},
                     pairs=[("proposer_title", "proposer_department"), ("proposer_email", "proposer_phone"),
                            ("estimated_hours", "expected_enrolment")])
    elif i == "t_gdocs":
        gdocs_form(form, path, [
            ("title", f["proposal_title"]), ("text", "Proposal for a Michener CE micro-credential – draft for discussion"), ("blank",),
            ("table", [("Name", f["proposer_name"]), ("Role", f["proposer_title"]), ("Organization", f["proposer_department"]),
                       ("Email", f["proposer_email"]), ("Type of request", written(form, "request_type"))]),
            ("h", "Who is it for?"), ("text", f["target_learners"]), ("blank",),
            ("h", "Why is this needed?"), ("text", f["rationale"]), ("blank",),
            ("h", "Skills and competencies"), ("text", f["competencies"]), ("blank",),
            ("h", "Learning outcomes"), ("text", "By the end, learners will be able to:"), ("outcomes",), ("blank",),
            ("h", "Summative assessment"), ("blank",), ("h", "Endorsing partner"), ("blank",), ("h", "Endorsement status"), ("blank",),
            ("h", "Strategic alignment"), ("text", f["education_plan_alignment"]), ("blank",),
            ("h", "Delivery"), ("text", written(form, "delivery_format")), ("blank",),
            ("table", [("Total learning hours", "10"), ("Target launch", f["proposed_start"]), ("Date", written(form, "submission_date"))])])
    elif i == "h_gdocs":
        gdocs_form(form, path, [
            ("title", f["proposal_title"]), ("text", "Micro-credential concept – submitted to Michener CE"), ("blank",),
            ("h", "Who we are"),
            ("table", [("Proponent", f["proposer_name"]), ("Role", f["proposer_title"]), ("Program Area", f["proposer_department"]),
                       ("E-mail Address", f["proposer_email"]), ("Telephone", f["proposer_phone"])]),
            ("h", "The idea"), ("text", "Type of request: " + written(form, "request_type")), ("blank",),
            ("h", "Who it's for"), ("text", f["target_learners"]), ("blank",),
            ("h", "The problem"), ("text", f["rationale"]), ("blank",),
            ("h", "Skills"), ("text", f["competencies"]), ("blank",),
            ("h", "What people will learn"), ("outcomes",), ("blank",),
            ("h", "How we'll know they've got it"), ("text", f["summative_assessment"]), ("blank",),
            ("h", "Partner"), ("text", f["partner_name"]), ("text", "Contact: " + f["partner_contact"]),
            ("text", "Endorsement: " + written(form, "endorsement_status")), ("blank",),
            ("h", "Fit with Michener's Education Plan"), ("text", f["education_plan_alignment"]), ("blank",),
            ("h", "Practicalities"),
            ("table", [("Format", written(form, "delivery_format")), ("Hours", "3"), ("Start", f["proposed_start"]),
                       ("Learners per year", written(form, "expected_enrolment")), ("Date", written(form, "submission_date"))])], bullets=True)
    elif i == "t_br":
        lab = lambda k, l: [l + ":", written(form, k)]
        blocks = [["MICHENER INSTITUTE – CONTINUING EDUCATION", "MICRO-COURSE / CREDENTIAL CONCEPT FORM", "(copy of the submitted web form)"],
                  lab("proposal_title", "Proposed Title") + lab("proposer_name", "Name") + lab("proposer_title", "Job Title")
                  + lab("proposer_department", "School / Department") + lab("proposer_email", "E-mail Address") + lab("proposer_phone", "Phone"),
                  lab("request_type", "Request Type") + lab("existing_program_name", "Program to be Converted")
                  + lab("target_learners", "Target Audience") + lab("rationale", "Why is this needed?"),
                  lab("competencies", "Competencies Addressed") + ["Learning Outcomes:"] + ["- " + o for o in f["learning_outcomes"]]
                  + lab("competency_framework", "Framework (e.g. ESCO, professional body)") + lab("summative_assessment", "Assessment of Outcomes"),
                  lab("partner_name", "Partner Organization") + lab("partner_contact", "Partner Contact") + lab("endorsement_status", "Endorsement Status")
                  + lab("education_plan_alignment", "Education Plan Alignment"),
                  lab("delivery_format", "Format") + lab("estimated_hours", "Total Learning Hours") + lab("proposed_start", "Anticipated Start Date")
                  + lab("expected_enrolment", "Estimated Learners / Year") + lab("resources_required", "Budget / Resources") + lab("submission_date", "Submission Date")]
        br_form(form, path, blocks)
    elif i == "h_tabs":
        o = f["learning_outcomes"]
        rows = [("Proposed title", f["proposal_title"]), ("Lead proposer", f["proposer_name"]), ("Job title", f["proposer_title"]),
                ("Program area", f["proposer_department"]), ("E-mail address", f["proposer_email"]), ("Telephone", f["proposer_phone"]),
                ("Request type", "Micro-course"), ("Target audience", f["target_learners"]), ("Labour market need", f["rationale"]),
                ("Skills and competencies", ""), ("Intended learning outcomes", "1. " + o[0]), (None, "2. " + o[1]), (None, "3. " + o[2]),
                ("Summative assessment", ""), ("Partner organization", f["partner_name"]), ("Endorsement status", written(form, "endorsement_status")),
                ("Education Plan alignment", ""), ("Delivery mode", "Online"), ("Duration (hours)", "2"), ("Date", written(form, "submission_date"))]
        tab_form(form, path, rows, "Concept Form – Micro-Course / Credential (typed copy)")
    elif i == "h_hdr":
        hdr_form(form, path)
    else:
        raise KeyError(i)
    return path


def hdr_form(form, path):
    from docx.enum.section import WD_SECTION
    f = form["f"]
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"; doc.styles["Normal"].font.size = Pt(10.5)
    s1 = doc.sections[0]
    s1.header_distance = Inches(0.3); s1.top_margin = Inches(2.0)
    hp = s1.header.paragraphs[0]; r = hp.add_run("CONCEPT PROPOSAL – MICHENER CE MICRO-CREDENTIALS"); r.bold = True
    for lab, v in [("Working Title", f["proposal_title"]), ("Proponent", f["proposer_name"]), ("Role", f["proposer_title"]),
                   ("Organization", f["proposer_department"]), ("Contact Email", f["proposer_email"]), ("Phone / Extension", f["proposer_phone"])]:
        q = s1.header.add_paragraph(); q.add_run(lab + ": ").bold = True; q.add_run(v)
    def H(t):
        p = doc.add_paragraph(); p.add_run(t).bold = True; p.paragraph_format.space_before = Pt(8)
    H("What we are asking for"); doc.add_paragraph(written(form, "request_type") + " – a short, stand-alone course.")
    H("Who it is for"); doc.add_paragraph(f["target_learners"])
    H("Why now"); doc.add_paragraph(f["rationale"])
    for n, keys in ((2, "design"), (3, "partner")):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.top_margin = Inches(1.0)
        s.header.is_linked_to_previous = False
        s.header.paragraphs[0].text = f"Syndromic PCR panels – proposal – section {n}"
        if keys == "design":
            H("Competencies Addressed"); doc.add_paragraph(f["competencies"])
            H("By the end learners will be able to"); [doc.add_paragraph(f"({j + 1}) {o}") for j, o in enumerate(f["learning_outcomes"])]
            H("How will achievement be evidenced?"); doc.add_paragraph(f["summative_assessment"])
        else:
            H("Endorsing Partner / External Body"); doc.add_paragraph(f["partner_name"])
            H("Partner Contact"); doc.add_paragraph(f["partner_contact"])
            H("Endorsement Status"); doc.add_paragraph(written(form, "endorsement_status"))
            H("Strategic Alignment"); doc.add_paragraph(f["education_plan_alignment"])
            H("Practicalities")
            for lab, v in [("Format", written(form, "delivery_format")), ("Hours", written(form, "estimated_hours")),
                           ("Learners per year", written(form, "expected_enrolment")), ("Date", written(form, "submission_date"))]:
                p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Inches(1.8)); p.add_run(f"{lab}:\t{v}")
    doc.save(path)


if __name__ == "__main__":
    ids = sys.argv[1:]
    for i in ids:
        p = build(i); write_expected(ALL[i], p) if not i.endswith("scan1") else None
        print("built", p)
