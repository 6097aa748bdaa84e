"""Shape 3: fillable PDFs (AcroForm) made with reportlab; two are drawn blank
and then filled with pypdf, the way an applicant fills a form in a viewer."""
import io
import textwrap

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, BooleanObject
from reportlab.lib.colors import black, HexColor, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

from common import FORMS, out_path, val, write_expected


class Layout:
    def __init__(self, c, size, title, sub=None, label_w=165, font="Helvetica"):
        self.c, self.W, self.H = c, size[0], size[1]
        self.font = font
        self.reg = {"Times": "Times-Roman"}.get(font, font)
        self.label_w = label_w
        self.x0 = 48
        self.fx = self.x0 + label_w + 8
        self.fw = self.W - self.fx - 48
        self.page = 1
        self.title, self.sub = title, sub
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFont(self.font + "-Bold", 13)
        c.drawString(self.x0, self.H - 50, self.title)
        if self.sub:
            c.setFont(self.reg, 8)
            c.drawString(self.x0, self.H - 63, self.sub)
        c.setFont(self.reg, 7)
        c.drawRightString(self.W - 48, 28, f"Page {self.page}")
        self.y = self.H - 80

    def need(self, h):
        if self.y - h < 50:
            self.c.showPage()
            self.page += 1
            self.start_page()

    def label(self, text, h):
        c = self.c
        c.setFont(self.font + "-Bold", 8.5)
        lines = textwrap.wrap(text, int(self.label_w / 4.6))
        yy = self.y - 10
        for ln in lines:
            c.drawString(self.x0, yy, ln)
            yy -= 10
        return max(h, 10 * len(lines) + 4)

    def text(self, label, name, value="", tooltip=None, lines=1):
        h = 16 if lines == 1 else 11 * lines + 6
        self.need(h + 6)
        hh = self.label(label, h)
        kw = dict(name=name, value=value or "", x=self.fx, y=self.y - h, width=self.fw, height=h,
                  fontName="Helvetica", fontSize=9 if lines == 1 else 8, borderColor=HexColor("#7f7f7f"),
                  fillColor=HexColor("#eef3fb"), textColor=black, forceBorder=True)
        if tooltip:
            kw["tooltip"] = tooltip
        if lines > 1:
            kw["fieldFlags"] = "multiline"
        self.c.acroForm.textfield(**kw)
        self.y -= max(h, hh) + 6

    def auto_lines(self, value):
        if not value:
            return 1
        n = sum(max(1, len(textwrap.wrap(p, int(self.fw / 4.3)))) for p in value.split("\n"))
        return 1 if n == 1 and len(value) < self.fw / 5.2 else min(n, 12)

    def options(self, label, opts, kind, name=None, tooltip=None):
        """opts: list of (field name or export value, caption, selected)."""
        self.need(22)
        hh = self.label(label, 16)
        x = self.fx
        c = self.c
        for key, cap, sel in opts:
            if kind == "check":
                kw = dict(name=key, checked=sel, x=x, y=self.y - 13, size=11, buttonStyle="cross",
                          borderColor=black, fillColor=white, forceBorder=True)
                if tooltip:
                    kw["tooltip"] = tooltip if isinstance(tooltip, str) else tooltip.get(key)
                c.acroForm.checkbox(**kw)
            else:
                kw = dict(name=name, value=key, selected=sel, x=x, y=self.y - 13, size=11,
                          buttonStyle="circle", borderColor=black, fillColor=white, forceBorder=True)
                if tooltip:
                    kw["tooltip"] = tooltip
                c.acroForm.radio(**kw)
            c.setFont(self.reg, 8.5)
            c.drawString(x + 14, self.y - 10, cap)
            x += 14 + c.stringWidth(cap, self.reg, 8.5) + 14
        self.y -= max(18, hh) + 6

    def choice(self, label, name, value, options, tooltip=None, listbox=False):
        h = 16 if not listbox else 12 * len(options) + 4
        self.need(h + 6)
        hh = self.label(label, h)
        kw = dict(name=name, value=value, options=options, x=self.fx, y=self.y - h, width=180, height=h,
                  fontName="Helvetica", fontSize=9, borderColor=HexColor("#7f7f7f"), fillColor=white,
                  forceBorder=True)
        if tooltip:
            kw["tooltip"] = tooltip
        if listbox:
            self.c.acroForm.listbox(**kw)
        else:
            self.c.acroForm.choice(**kw)
        self.y -= max(h, hh) + 6

    def heading(self, text):
        self.need(30)
        self.c.setFillColor(HexColor("#1f3864"))
        self.c.rect(self.x0, self.y - 15, self.W - 96, 15, stroke=0, fill=1)
        self.c.setFillColor(white)
        self.c.setFont(self.font + "-Bold", 9)
        self.c.drawString(self.x0 + 4, self.y - 11, text)
        self.c.setFillColor(black)
        self.y -= 22


def numbered(items, fmt="{i}. {t}"):
    return "\n".join(fmt.format(i=i, t=t, a="abcdefgh"[i - 1]) for i, t in enumerate(items, 1))


def sel(d, key, code):
    return FORMS[d]["fields"].get(key) == code


# ----------------------------------------------------------------------------
def t07():
    d = "t07"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=letter)
    c.setTitle("Micro-Course / Credential Concept Form")
    L = Layout(c, letter, "Micro-Course / Credential Concept Form",
               "Continuing Education – fillable version. Save the completed PDF and email it to the CE office.")

    def T(label, name, key, lines=None):
        v = val(d, key) if key != "learning_outcomes" else numbered(f[key])
        L.text(label, name, v, lines=lines or L.auto_lines(v))
    L.heading("PROPOSER")
    T("Proposed Title", "Proposed Title", "proposal_title")
    T("Lead Proposer", "Lead Proposer", "proposer_name")
    T("Position / Title", "Position", "proposer_title")
    T("Department / Program", "Department", "proposer_department")
    T("Email", "Email", "proposer_email")
    T("Phone", "Phone", "proposer_phone")
    L.heading("REQUEST")
    L.options("Type of Request", [("New", "New micro-credential", sel(d, "request_type", "new")),
                                  ("Convert", "Convert an existing program", sel(d, "request_type", "existing_program")),
                                  ("Micro", "Micro-course", sel(d, "request_type", "micro_course"))], "radio",
              name="Request Type")
    T("Existing Program Name", "Existing Program", "existing_program_name")
    T("Target Learners", "Target Learners", "target_learners")
    T("Rationale / Need", "Rationale", "rationale")
    T("Competencies / Skills Targeted", "Competencies", "competencies")
    T("Learning Outcomes", "Learning Outcomes", "learning_outcomes")
    T("Competency Framework Alignment", "Framework", "competency_framework")
    T("Summative Assessment", "Summative Assessment", "summative_assessment")
    L.heading("PARTNER")
    T("Industry / Employment Partner", "Partner", "partner_name")
    T("Partner Contact", "Partner Contact", "partner_contact")
    L.options("Letter of support attached", [("Letter of support attached", "Yes", True)], "check")
    L.options("Endorsement Status", [("Letter", "Letter attached", sel(d, "endorsement_status", "letter_attached")),
                                     ("Confirmed", "Confirmed", sel(d, "endorsement_status", "confirmed")),
                                     ("Discussion", "In discussion", sel(d, "endorsement_status", "in_discussion")),
                                     ("None", "None", sel(d, "endorsement_status", "none"))], "radio",
              name="Endorsement")
    T("Alignment with Michener's Education Plan", "Education Plan", "education_plan_alignment")
    L.heading("DELIVERY")
    L.options("Delivery Format", [("Online", "Online", sel(d, "delivery_format", "online")),
                                  ("InPerson", "In person", sel(d, "delivery_format", "in_person")),
                                  ("Hybrid", "Hybrid", sel(d, "delivery_format", "hybrid"))], "radio", name="Format")
    T("Estimated Hours", "Hours", "estimated_hours")
    T("Proposed Start", "Start", "proposed_start")
    T("Expected Enrolment per Year", "Enrolment", "expected_enrolment")
    T("Resources Required", "Resources", "resources_required")
    T("Date", "Date", "submission_date")
    c.save()
    write_expected(d)


def t08():
    d = "t08"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=A4)
    L = Layout(c, A4, "CONCEPT FORM – MICRO-COURSE / CREDENTIAL", "Michener Continuing Education", label_w=150)
    n = [0]

    def T(label, key, tip):
        n[0] += 1
        v = val(d, key) if key != "learning_outcomes" else "\n".join(f[key])
        L.text(label, f"Text{n[0]}", v, tooltip=tip, lines=L.auto_lines(v))
    cb = [0]

    def boxes(label, key, opts, tip):
        out = []
        for code, cap in opts:
            cb[0] += 1
            out.append((f"Check Box{cb[0]}", cap, sel(d, key, code)))
        L.options(label, out, "check", tooltip=tip)
    T("Title", "proposal_title", "Proposed title of the micro-course or credential")
    T("Name", "proposer_name", "Name of proposer")
    T("Position", "proposer_title", "Your position or job title")
    T("Department", "proposer_department", "Department or program")
    T("Email", "proposer_email", "Email address")
    T("Phone", "proposer_phone", "Phone number or extension")
    boxes("Request", "request_type", [("new", "New"), ("existing_program", "Convert existing"),
                                      ("micro_course", "Micro-course")], "Type of request")
    T("Program (if converting)", "existing_program_name", "Name of the existing program to be converted")
    T("Learners", "target_learners", "Target learners")
    T("Need", "rationale", "Rationale / need for this offering")
    T("Competencies", "competencies", "Competencies / skills targeted (R1)")
    T("Outcomes", "learning_outcomes", "Learning outcomes - one per line")
    T("Framework", "competency_framework", "Competency framework alignment")
    T("Assessment", "summative_assessment", "Summative assessment (R2)")
    T("Partner", "partner_name", "Industry / employment partner (R3)")
    T("Partner contact", "partner_contact", "Partner contact name and email")
    boxes("Endorsement", "endorsement_status", [("letter_attached", "Letter attached"), ("confirmed", "Confirmed"),
                                                ("in_discussion", "In discussion"), ("none", "None")],
          "Endorsement status")
    T("Education Plan", "education_plan_alignment", "Alignment with Michener's Education Plan (R4)")
    boxes("Format", "delivery_format", [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
          "Delivery format")
    T("Hours", "estimated_hours", "Estimated total learning hours")
    T("Start", "proposed_start", "Proposed start")
    T("Learners / year", "expected_enrolment", "Expected enrolment per year")
    T("Resources", "resources_required", "Resources required")
    T("Date", "submission_date", "Date submitted")
    c.save()
    write_expected(d)


def fill_with_pypdf(blank_bytes, path, values, checks=()):
    r = PdfReader(io.BytesIO(blank_bytes))
    w = PdfWriter()
    w.append(r)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
        for a in page.get("/Annots", []):
            a = a.get_object()
            if a.get("/T") in checks:
                a[NameObject("/V")] = NameObject("/Yes")
                a[NameObject("/AS")] = NameObject("/Yes")
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.add_metadata({"/Producer": "pypdf", "/Creator": "Preview"})
    with open(path, "wb") as fh:
        w.write(fh)


def t09():
    d = "t09"
    f = FORMS[d]["fields"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    L = Layout(c, letter, "Micro-credential Concept Form", "Type directly into this PDF", label_w=170,
               font="Times")
    layout = [("Course Title", "txtTtl", 1), ("Name of Proposer", "txtPropNm", 1), ("Job Title", "txtPropTtl", 1),
              ("Program Area", "txtDept", 1), ("E-mail Address", "txtEml", 1), ("Telephone", "txtPh", 1)]
    for lab, nm, ln in layout:
        L.text(lab, nm, "", lines=ln)
    L.options("This proposal is for", [("chkReqNew", "New", False), ("chkReqConv", "Conversion", False),
                                       ("chkReqMC", "Micro-course", False)], "check")
    for lab, nm, ln in [("Program to be Converted", "txtExistProg", 1), ("Intended Learners", "txtTgt", 2),
                        ("Labour Market Need", "txtRat", 4), ("Competencies Addressed", "txtComp", 3),
                        ("Intended Learning Outcomes", "txtLO", 5), ("Framework", "txtFw", 1),
                        ("Assessment of Outcomes", "txtAssess", 2), ("Partner Organization", "txtPartner", 1),
                        ("Partner Contact", "txtPartCont", 1), ("Endorsement Status", "txtEndSt", 1),
                        ("Education Plan Alignment", "txtEdPlan", 2)]:
        L.text(lab, nm, "", lines=ln)
    L.choice("Delivery Mode", "cboFmt", " ", [" ", "Online (asynchronous)", "Online (live)", "In person", "Hybrid"])
    for lab, nm, ln in [("Duration (hours)", "txtHrs", 1), ("Target Launch", "txtStart", 1),
                        ("Estimated Learners / Year", "txtEnrol", 1), ("Budget / Resources", "txtRes", 2),
                        ("Date", "txtDate", 1)]:
        L.text(lab, nm, "", lines=ln)
    c.save()
    values = {"txtTtl": f["proposal_title"], "txtPropNm": f["proposer_name"], "txtPropTtl": f["proposer_title"],
              "txtDept": f["proposer_department"], "txtEml": f["proposer_email"], "txtPh": f["proposer_phone"],
              "txtTgt": f["target_learners"], "txtRat": f["rationale"],
              "txtLO": "\n".join("- " + x for x in f["learning_outcomes"]),
              "txtAssess": f["summative_assessment"], "txtPartner": f["partner_name"],
              "txtPartCont": f["partner_contact"], "txtEndSt": "In discussion",
              "txtEdPlan": f["education_plan_alignment"], "cboFmt": "Online (asynchronous)",
              "txtHrs": val(d, "estimated_hours"), "txtStart": f["proposed_start"],
              "txtEnrol": val(d, "expected_enrolment"), "txtDate": val(d, "submission_date")}
    fill_with_pypdf(buf.getvalue(), out_path(d), values, checks=("chkReqNew",))
    write_expected(d)


def t10():
    d = "t10"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=letter)
    c.setAuthor("CE Office")
    L = Layout(c, letter, "Micro-Course / Credential Concept Form", "Form CE-05 (Designer edition)", label_w=175)
    n = [0]
    P = "form1[0].Page1[0]."

    def T(label, key, tip, v=None):
        n[0] += 1
        v = v if v is not None else val(d, key)
        L.text(label, f"{P}TextField{n[0]}[0]", v, tooltip=tip, lines=L.auto_lines(v))
    T("Proposed Title", "proposal_title", "Proposed Title")
    T("Name of Proposer", "proposer_name", "Name of Proposer")
    T("Position / Title", "proposer_title", "Position / Title")
    T("Department / Program", "proposer_department", "Department / Program")
    T("Email", "proposer_email", "Email")
    T("Phone / Extension", "proposer_phone", "Phone / Extension")
    L.options("Type of Request", [(f"{P}CheckBox1[0]", "New micro-credential", sel(d, "request_type", "new")),
                                  (f"{P}CheckBox2[0]", "Convert an existing program", sel(d, "request_type", "existing_program")),
                                  (f"{P}CheckBox3[0]", "Micro-course", sel(d, "request_type", "micro_course"))],
              "check", tooltip={f"{P}CheckBox1[0]": "Type of Request: New micro-credential",
                                f"{P}CheckBox2[0]": "Type of Request: Convert an existing program",
                                f"{P}CheckBox3[0]": "Type of Request: Micro-course"})
    T("Existing Program Name", "existing_program_name", "Existing Program Name")
    T("Target Learners", "target_learners", "Target Learners")
    T("Rationale / Need", "rationale", "Rationale / Need")
    T("Competencies / Skills Targeted", "competencies", "Competencies / Skills Targeted")
    T("Learning Outcomes", "learning_outcomes", "Learning Outcomes", v=numbered(f["learning_outcomes"], "{a}. {t}"))
    T("Competency Framework Alignment", "competency_framework", "Competency Framework Alignment")
    T("Summative Assessment", "summative_assessment", "Summative Assessment")
    T("Industry / Employment Partner", "partner_name", "Industry / Employment Partner")
    T("Partner Contact", "partner_contact", "Partner Contact")
    codes = ["letter_attached", "confirmed", "in_discussion", "none"]
    caps = ["Letter attached", "Confirmed", "In discussion", "None"]
    L.options("Endorsement Status", [(f"Choice{i}", caps[i - 1], sel(d, "endorsement_status", codes[i - 1]))
                                     for i in range(1, 5)], "radio", name=f"{P}RadioButtonList1[0]",
              tooltip="Endorsement Status")
    T("Alignment with Michener's Education Plan", "education_plan_alignment",
      "Alignment with Michener's Education Plan")
    L.choice("Delivery Format", f"{P}ListBox1[0]", "In person", ["Online", "In person", "Hybrid"],
             tooltip="Delivery Format", listbox=True)
    T("Estimated Hours", "estimated_hours", "Estimated Hours")
    T("Proposed Start", "proposed_start", "Proposed Start")
    T("Expected Enrolment per Year", "expected_enrolment", "Expected Enrolment per Year")
    T("Resources Required", "resources_required", "Resources Required")
    T("Date", "submission_date", "Date")
    c.save()
    write_expected(d)


def h07():
    d = "h07"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=letter)
    c.setTitle("Formulaire de concept – microcours / microcrédit")
    L = Layout(c, letter, "Formulaire de concept – microcours / microcrédit",
               "Formation continue – version à remplir à l'écran", label_w=170)

    def T(label, name, key, tip, v=None):
        v = v if v is not None else val(d, key)
        L.text(label, name, v, tooltip=tip, lines=L.auto_lines(v))
    L.heading("1. PROPOSANT(E)")
    T("Titre proposé", "titre_propose", "proposal_title", "Titre proposé du microcours ou microcrédit")
    T("Nom", "nom_proposant", "proposer_name", "Nom du proposant ou de la proposante")
    T("Poste", "titre_poste", "proposer_title", "Poste ou titre d'emploi")
    T("Service / programme", "service", "proposer_department", "Service, programme ou organisme")
    T("Courriel", "courriel", "proposer_email", "Adresse courriel")
    T("Téléphone", "telephone", "proposer_phone", "Numéro de téléphone")
    L.heading("2. DEMANDE")
    L.options("Type de demande", [("Nouveau", "Nouveau microcrédit", sel(d, "request_type", "new")),
                                  ("Conversion", "Conversion d'un programme", sel(d, "request_type", "existing_program")),
                                  ("Microcours", "Microcours", sel(d, "request_type", "micro_course"))], "radio",
              name="type_demande", tooltip="Type de demande")
    T("Programme existant (si conversion)", "nom_programme_existant", "existing_program_name",
      "Nom du programme à convertir")
    T("Public cible", "public_cible", "target_learners", "Public cible")
    T("Justification / besoin", "justification", "rationale", "Justification ou besoin")
    T("Compétences visées", "competences", "competencies", "Compétences visées (R1)")
    T("Résultats d'apprentissage", "resultats_apprentissage", "learning_outcomes",
      "Résultats d'apprentissage – un par ligne", v="\n".join("- " + x for x in f["learning_outcomes"]))
    T("Référentiel de compétences", "referentiel", "competency_framework", "Référentiel de compétences")
    T("Évaluation sommative", "evaluation_sommative", "summative_assessment", "Évaluation sommative (R2)")
    L.heading("3. PARTENAIRE ET ALIGNEMENT")
    T("Partenaire", "partenaire", "partner_name", "Partenaire du milieu ou organisme externe (R3)")
    T("Personne-ressource", "personne_ressource", "partner_contact", "Personne-ressource chez le partenaire")
    L.options("Lettre d'appui", [("lettre_appui_jointe", "Lettre d'appui jointe", True)], "check",
              tooltip="Cochez si une lettre d'appui est jointe")
    T("Lien avec le Plan d'éducation", "plan_education", "education_plan_alignment",
      "Lien avec le Plan d'éducation de Michener (R4)")
    L.heading("4. MODALITÉS")
    L.options("Mode de prestation", [("EnLigne", "En ligne", sel(d, "delivery_format", "online")),
                                     ("Presentiel", "En présentiel", sel(d, "delivery_format", "in_person")),
                                     ("Hybride", "Hybride", sel(d, "delivery_format", "hybrid"))], "radio",
              name="mode_prestation", tooltip="Mode de prestation")
    T("Durée (heures)", "duree_heures", "estimated_hours", "Durée totale estimée")
    T("Début prévu", "date_debut", "proposed_start", "Date de début prévue")
    T("Inscriptions par année", "inscriptions_annee", "expected_enrolment", "Nombre prévu d'inscriptions par année")
    T("Ressources nécessaires", "ressources", "resources_required", "Ressources nécessaires")
    T("Date", "date_soumission", "submission_date", "Date de soumission")
    c.save()
    write_expected(d)


def h08():
    d = "h08"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=letter)
    L = Layout(c, letter, "Micro-Course / Credential – Concept Form", None, label_w=160)
    n = [0]

    def T(label, key, v=None):
        n[0] += 1
        v = v if v is not None else val(d, key)
        L.text(label, f"Text Field {n[0]}", v, lines=L.auto_lines(v))
    T("Proposed Title", "proposal_title")
    T("Name of Proposer", "proposer_name")
    T("Position / Title", "proposer_title")
    T("Department / Program", "proposer_department")
    T("Email", "proposer_email")
    T("Phone", "proposer_phone")
    L.options("Type of Request", [("1", "New micro-credential", sel(d, "request_type", "new")),
                                  ("2", "Convert existing program", sel(d, "request_type", "existing_program")),
                                  ("3", "Micro-course", sel(d, "request_type", "micro_course"))], "radio", name="Group1")
    T("Existing Program Name", "existing_program_name")
    T("Target Learners", "target_learners")
    T("Rationale / Need", "rationale")
    T("Competencies / Skills Targeted", "competencies")
    T("Learning Outcomes", "learning_outcomes", v="\n".join(f["learning_outcomes"]))
    T("Competency Framework Alignment", "competency_framework")
    T("Summative Assessment", "summative_assessment")
    T("Industry / Employment Partner", "partner_name")
    T("Partner Contact", "partner_contact")
    L.options("Endorsement Status", [("1", "Letter attached", sel(d, "endorsement_status", "letter_attached")),
                                     ("2", "Confirmed", sel(d, "endorsement_status", "confirmed")),
                                     ("3", "In discussion", sel(d, "endorsement_status", "in_discussion")),
                                     ("4", "None", sel(d, "endorsement_status", "none"))], "radio", name="Group2")
    T("Alignment with Michener's Education Plan", "education_plan_alignment")
    L.choice("Delivery Format", "Dropdown1", "Online", [" ", "Online", "In person", "Hybrid"])
    T("Estimated Hours", "estimated_hours")
    T("Proposed Start", "proposed_start")
    T("Expected Enrolment per Year", "expected_enrolment")
    T("Resources Required", "resources_required")
    T("Date", "submission_date")
    c.save()
    write_expected(d)


def h09():
    d = "h09"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=A4)
    L = Layout(c, A4, "Micro-Course / Credential Concept Form", "Fillable PDF – CE office", label_w=170)

    def T(label, name, key, tip, v=None, lines=None):
        v = v if v is not None else val(d, key)
        L.text(label, name, v, tooltip=tip, lines=lines or L.auto_lines(v))
    T("Proposed Title", "proposal_title_txt", "proposal_title", "Proposed title")
    T("Lead Proposer", "lead_proposer_name", "proposer_name", "Lead proposer - full name")
    T("Position / Title", "proposer_position", "proposer_title", "Position / title")
    T("Department / Program", "proposer_dept", "proposer_department", "Department / program")
    T("Email", "proposer_email_addr", "proposer_email", "Email")
    T("Phone", "proposer_tel", "proposer_phone", "Phone / extension")
    L.options("Type of Request", [("new_mc", "New micro-credential", sel(d, "request_type", "new")),
                                  ("convert", "Convert an existing program", sel(d, "request_type", "existing_program")),
                                  ("micro_course", "Micro-course", sel(d, "request_type", "micro_course"))], "radio",
              name="request_kind", tooltip="Type of request")
    T("Existing Program Name", "existing_program_txt", "existing_program_name", "Program to be converted (if any)")
    T("Target Learners", "target_learners_txt", "target_learners", "Target learners")
    T("Rationale / Need", "rationale_txt", "rationale", "Rationale / need")
    T("Competencies / Skills Targeted", "competencies_txt", "competencies", "Competencies / skills targeted")
    for i in range(1, 6):
        items = f["learning_outcomes"]
        T(f"Learning Outcome {i}", f"LO_{i}", None, f"Learning outcome {i}", v=items[i - 1] if i <= len(items) else "",
          lines=1)
    T("Competency Framework Alignment", "framework_txt", "competency_framework", "Competency framework")
    T("Summative Assessment", "summative_txt", "summative_assessment", "Summative assessment", lines=3)
    T("Industry / Employment Partner", "partner_org", "partner_name", "Partner organization")
    T("Partner Contact", "partner_contact_txt", "partner_contact", "Partner contact")
    L.options("Endorsement Status", [("letter", "Letter attached", sel(d, "endorsement_status", "letter_attached")),
                                     ("confirmed", "Confirmed", sel(d, "endorsement_status", "confirmed")),
                                     ("discussion", "In discussion", sel(d, "endorsement_status", "in_discussion")),
                                     ("none", "None", sel(d, "endorsement_status", "none"))], "radio",
              name="endorsement_radio", tooltip="Endorsement status")
    T("Alignment with Michener's Education Plan", "ed_plan_txt", "education_plan_alignment",
      "Alignment with the Education Plan", lines=3)
    L.options("Delivery Format", [("fmt_online", "Online", sel(d, "delivery_format", "online")),
                                  ("fmt_inperson", "In person", sel(d, "delivery_format", "in_person")),
                                  ("fmt_hybrid", "Hybrid", sel(d, "delivery_format", "hybrid"))], "check",
              tooltip={"fmt_online": "Delivery: online", "fmt_inperson": "Delivery: in person",
                       "fmt_hybrid": "Delivery: hybrid"})
    T("Estimated Hours", "hours_txt", "estimated_hours", "Estimated hours")
    T("Proposed Start", "start_txt", "proposed_start", "Proposed start")
    T("Expected Enrolment per Year", "enrolment_txt", "expected_enrolment", "Expected enrolment per year")
    T("Resources Required", "resources_txt", "resources_required", "Resources required", lines=2)
    T("Date", "date_txt", "submission_date", "Date submitted")
    c.save()
    write_expected(d)


def h10():
    d = "h10"
    f = FORMS[d]["fields"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    L = Layout(c, A4, "Concept Form: Micro-Course / Credential", "Continuing Education", label_w=160,
               font="Courier")
    spec = [("Proposed Title", "f_title", 1), ("Name of Proposer", "f_prop", 1), ("Role", "f_role", 1),
            ("Department / Program", "f_dept", 1), ("Email", "f_eml", 1), ("Phone", "f_tel", 1)]
    for lab, nm, ln in spec:
        L.text(lab, nm, "", lines=ln)
    L.choice("Type of Request", "f_reqtype", " ", [" ", "New micro-credential", "Convert an existing program",
                                                 "Micro-course"])
    for lab, nm, ln in [("Existing Program Name", "f_exist", 1), ("Target Learners", "f_tgt", 2),
                        ("Rationale / Need", "f_why", 3), ("Competencies", "f_comp", 2),
                        ("Learning Outcomes", "f_lo", 4), ("Competency Framework", "f_fw", 1),
                        ("Summative Assessment", "f_assess", 2), ("Industry / Employment Partner", "f_partner", 1),
                        ("Partner Contact", "f_pcontact", 1)]:
        L.text(lab, nm, "", lines=ln)
    L.options("Letter of Support Attached?", [("Yes", "Yes", False), ("No", "No", False)], "radio", name="f_letter")
    for lab, nm, ln in [("Education Plan Alignment", "f_edplan", 2), ("Delivery Format", "f_fmt", 1),
                        ("Estimated Hours", "f_hrs", 1), ("Proposed Start", "f_start", 1),
                        ("Expected Enrolment / Year", "f_enrol", 1), ("Resources Required", "f_res", 2),
                        ("Date", "f_date", 1)]:
        L.text(lab, nm, "", lines=ln)
    c.save()
    values = {"f_title": f["proposal_title"], "f_prop": f["proposer_name"], "f_role": f["proposer_title"],
              "f_dept": f["proposer_department"], "f_eml": f["proposer_email"], "f_tel": f["proposer_phone"],
              "f_reqtype": "Convert an existing program", "f_exist": f["existing_program_name"],
              "f_tgt": f["target_learners"], "f_why": f["rationale"], "f_comp": f["competencies"],
              "f_lo": numbered(f["learning_outcomes"], "{a}) {t}"), "f_assess": f["summative_assessment"],
              "f_partner": f["partner_name"], "f_edplan": f["education_plan_alignment"], "f_fmt": "In person",
              "f_hrs": val(d, "estimated_hours"), "f_start": f["proposed_start"],
              "f_enrol": val(d, "expected_enrolment"), "f_res": f["resources_required"],
              "f_date": val(d, "submission_date")}
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    w.append(r)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
        for a in page.get("/Annots", []):
            a = a.get_object()
            par = a.get("/Parent")
            if par is not None and par.get_object().get("/T") == "f_letter":
                states = [k for k in a["/AP"]["/N"].keys() if k != "/Off"]
                on = states[0] == "/Yes"
                a[NameObject("/AS")] = NameObject("/Yes" if on else "/Off")
                if on:
                    par.get_object()[NameObject("/V")] = NameObject("/Yes")
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(out_path(d), "wb") as fh:
        w.write(fh)
    write_expected(d)


ALL = [t07, t08, t09, t10, h07, h08, h09, h10]

if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) == 1 or fn.__name__ in sys.argv[1:]:
            fn()
            print("made", fn.__name__)
