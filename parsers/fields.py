"""The field contract of the concept form (``shared/concept-form/FIELDS.md``) in code.

Each field lists the labels people actually write for it. The first variants
come from FIELDS.md; the rest are wording a person would plausibly use on a
retyped form. Matching is done by :mod:`parsers.labels`, which tolerates case,
punctuation, numbering and word order, so variants are listed once in plain words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

FieldValue = str | list[str] | int | float


@dataclass(frozen=True)
class Field:
    key: str
    type: str  # "text" | "list" | "email" | "choice" | "number" | "date"
    required: bool
    requirement: str | None
    labels: tuple[str, ...]
    # choice code -> phrases that mean it (matched inside answers and checkbox captions)
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # generic words that name the field only when they are the whole label ("Design:", "Created", "Inputs"): each
    # is the word of one genre (a protocol, a ticket, a logic model) and means something else inside a longer label
    # ("Course design", "Created by", "Version history"), so it never counts as a part of one, nor as the field's
    # vocabulary (see :mod:`labels`)
    whole_labels: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field("proposal_title", "text", True, None, (
        "Proposed Title", "Title of Micro-Course / Credential", "Working Title",
        "Proposed Micro-credential Title", "Course Title", "Title of Proposal", "Proposal Title",
        "Micro-credential Title", "Micro-course Title", "Program Title", "Title of the Micro-credential",
        "Name of Micro-Course / Credential", "Proposed Course Title", "Credential Title",
        "Credential Name", "Course Name", "Name of the Course", "Name of the Credential", "Proposed Name",
        # (a grant or funding application calls the course it would fund its project)
        "Project Title", "Project Name",
    )),
    Field("proposer_name", "text", True, None, (
        "Name of Proposer", "Lead Proposer", "Submitted by", "Name", "Contact Name", "Proponent",
        "Proposer", "Proposer Name", "Your Name", "Full Name", "Prepared by", "Lead Contact",
        "Applicant", "Applicant Name", "From", "Proposed by", "Person Submitting", "Requester", "Requestor",
        "Lead", "Lead Name", "Contact Person",
    ), whole_labels=("Author",)),
    Field("proposer_title", "text", False, None, (
        "Position / Title", "Job Title", "Role", "Position", "Your Role", "Proposer Title",
        "Position Title", "Current Position", "Position Held", "Title / Role",
    )),
    Field("proposer_department", "text", False, None, (
        "Department / Program", "School / Department", "Program Area", "Organization", "Department",
        "Program", "Unit", "Organization / Department", "Employer", "Affiliation", "School",
        "Home Department", "Proposer Department",
    )),
    Field("proposer_email", "email", True, None, (
        "Email", "E-mail Address", "Contact Email", "Email Address", "Proposer Email", "Your Email",
    )),
    Field("proposer_phone", "text", False, None, (
        "Phone", "Telephone", "Phone / Extension", "Phone Number", "Telephone Number", "Contact Phone",
        "Extension", "Tel", "Mobile", "Proposer Phone", "Phone / Ext", "Telephone / Ext",
    )),
    Field("request_type", "choice", True, None, (
        "Type of Request", "This proposal is for", "Request Type", "Type of Proposal", "Proposal Type",
        "Request", "Type of Credential", "Request Category", "Credential Type", "Type of Submission",
        "Submission Type", "Type of Application",
    ), choices={
        "existing_program": ("convert an existing program", "convert existing program", "existing program",
                             "conversion", "convert", "converting", "existing"),
        "micro_course": ("micro-course", "micro course", "microcourse", "stand-alone course",
                         "single course"),
        "new": ("new micro-credential", "new micro credential", "new credential", "new"),
    }, whole_labels=(
        # (a proposal written as a protocol states what kind of course it is as the study's design)
        "Design",
    )),
    Field("target_learners", "text", True, None, (
        "Target Learners", "Target Audience", "Intended Learners", "Who is this for?", "Audience",
        "Learners", "Intended Audience", "Target Population", "Target Group", "Participants",
        "Who are the learners", "Who will take it", "Who should take it", "Intended Participants",
    ), whole_labels=(
        # (a protocol names whom a study or course is for under the heading "Population")
        "Population",
    )),
    Field("rationale", "text", True, None, (
        "Rationale / Need", "Labour Market Need", "Identified Skills Gap", "Why is this needed?",
        "Rationale", "Need", "Why now", "Justification", "Statement of Need", "Needs Assessment",
        "Background and Rationale", "Market Need", "Skills Gap", "Why is it needed",
    ), whole_labels=("Purpose",)),
    Field("competencies", "text", True, "R1", (
        "Competencies / Skills Targeted", "Skills and Competencies", "Competencies Addressed",
        "Competencies", "Skills", "Key Competencies", "Skills Targeted", "Competencies Targeted",
        "Target Competencies", "Skills Developed", "Competencies and Skills",
        "Competencies Gained", "Skills Gained", "Skills Covered", "Competencies Covered",
    )),
    Field("learning_outcomes", "list", True, "R1", (
        "Learning Outcomes", "Intended Learning Outcomes", "By the end learners will be able to",
        "Outcomes", "Course Learning Outcomes", "Learning Objectives", "Objectives",
        "Expected Outcomes", "What will learners be able to do", "Learners will be able to",
    )),
    Field("competency_framework", "text", False, None, (
        "Competency Framework Alignment", "Framework (e.g. ESCO, professional body)", "Competency Framework",
        "Framework", "Framework Alignment", "Professional Framework", "Standards Alignment", "Framework Used",
        "Standards", "Professional Standards", "Practice Standards",
    )),
    Field("summative_assessment", "text", True, "R2", (
        "Summative Assessment", "Assessment of Outcomes", "How will achievement be evidenced?",
        "Assessment", "Final Assessment", "How learners will be assessed", "Assessment Method",
        "Assessment Strategy", "Evaluation", "Assessment Plan", "Evidence of Achievement",
    )),
    Field("partner_name", "text", True, "R3", (
        "Industry / Employment Partner", "Endorsing Partner / External Body", "Partner Organization",
        "Partner", "Industry Partner", "Employment Partner", "Endorsing Partner", "External Body",
        "Partner Name", "Endorsing Organization", "External Partner", "Employer Partner",
    )),
    Field("partner_contact", "text", False, None, (
        "Partner Contact", "Partner Contact Name and Email", "Partner Contact Name",
        "Contact at Partner", "Partner Contact Person", "Partner Representative",
    )),
    Field("endorsement_status", "choice", True, "R3", (
        "Endorsement Status", "Letter of Support Attached?", "Endorsement", "Letter of Support",
        "Status of Endorsement", "Partner Endorsement", "Endorsed",
    ), choices={
        "letter_attached": ("letter of support enclosed", "letter attached", "letter enclosed",
                            "letter of support attached", "attached", "enclosed"),
        "confirmed": ("endorsement confirmed", "confirmed", "agreed", "letter to follow", "committed",
                      "will follow", "endorsed"),
        "in_discussion": ("in discussion", "discussion", "discussing", "pending", "in progress",
                          "under review", "reviewing", "negotiating", "in talks", "ongoing", "not yet confirmed",
                          "awaiting", "being discussed", "in conversation", "conversations", "nothing signed",
                          "nothing is signed", "still talking", "talking with",
                          # an organisation that is interested but has not committed is still being won over
                          "no commitment yet", "no commitment", "not committed yet", "is interested", "are interested",
                          "expressed interest"),
        "none": ("none yet", "none", "not yet", "no endorsement", "no partner",
                 # nobody asked yet: "We have not approached an external partner yet"
                 "not approached", "not contacted"),
    }),
    Field("education_plan_alignment", "text", True, "R4", (
        "Alignment with Michener's Education Plan", "Education Plan Alignment", "Strategic Alignment",
        "Alignment with the Education Plan", "Education Plan", "Strategic Fit",
        "Alignment with Strategic Plan", "Institutional Alignment", "Fit with the Education Plan",
    )),
    Field("delivery_format", "choice", False, None, (
        "Delivery Format", "Delivery Mode", "Format", "Delivery", "Mode of Delivery", "Delivery Method",
        "Modality",
    ), choices={
        "hybrid": ("hybrid", "blended", "mixed mode"),
        "in_person": ("in person", "in-person", "face to face", "face-to-face", "on campus", "on-site",
                      "classroom"),
        "online": ("online", "virtual", "remote", "e-learning", "elearning", "distance"),
    }),
    Field("estimated_hours", "number", False, None, (
        "Estimated Hours", "Duration (hours)", "Total Learning Hours", "Hours", "Duration",
        "Length (hours)", "Number of Hours", "Learning Hours", "Total Hours", "Contact Hours",
    )),
    Field("proposed_start", "text", False, None, (
        "Proposed Start", "Target Launch", "Anticipated Start Date", "Start Date", "Proposed Start Date",
        "Launch Date", "Start", "Target Start", "Proposed Launch", "When would it start", "Start Term", "Intake",
    )),
    Field("expected_enrolment", "number", False, None, (
        "Expected Enrolment per Year", "Estimated Learners / Year", "Expected Enrolment",
        "Enrolment", "Estimated Enrolment", "Learners per Year", "Projected Enrolment",
        "Anticipated Enrolment", "Number of Learners", "Annual Enrolment",
    )),
    Field("resources_required", "text", False, None, (
        "Resources Required", "Resources You Can Provide", "Budget / Resources", "Resources",
        "Resources Needed", "Budget", "Required Resources", "Resource Requirements", "Resources Needed from CE",
    ), whole_labels=(
        "Inputs",  # a logic model's column of what the work takes
    )),
    Field("existing_program_name", "text", False, None, (
        "Existing Program Name", "Program to be Converted", "Name of Existing Program",
        "Existing Program", "Current Program",
    )),
    Field("submission_date", "date", False, None, (
        "Date", "Date Submitted", "Submission Date", "Date of Submission", "Submitted on",
        # (a request filed through a ticketing portal is dated by when its ticket was created)
        "Date Created",
    ), whole_labels=(
        "Created",
        # (a draft dated on its version line: "Version: 0.3 -- 12 November 2026")
        "Version",
    )),
)

FIELDS_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS)
REQUIRED_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.required)
# the one-answer questions whose options forms print as boxes to tick
CHOICE_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.type == "choice")
REQUIREMENTS: dict[str, tuple[str, ...]] = {
    "R1": ("competencies", "learning_outcomes"),
    "R2": ("summative_assessment",),
    "R3": ("partner_name", "endorsement_status"),
    "R4": ("education_plan_alignment",),
}


def missing_required(fields: Mapping[str, FieldValue]) -> list[str]:
    """Required keys absent from ``fields``, in contract order.

    ``existing_program_name`` is required only when the request converts an existing program.
    """
    missing = [k for k in REQUIRED_KEYS if not _filled(fields.get(k))]
    if fields.get("request_type") == "existing_program" and not _filled(fields.get("existing_program_name")):
        missing.append("existing_program_name")
    return missing


def requirements_unmet(fields: Mapping[str, FieldValue]) -> list[str]:
    """Which of R1..R4 the form does not evidence (a required field of it is missing).

    An endorsement status of ``none`` means the form does not evidence R3.
    """
    unmet = []
    for req, keys in REQUIREMENTS.items():
        if any(not _filled(fields.get(k)) for k in keys) or (req == "R3" and fields.get("endorsement_status") == "none"):
            unmet.append(req)
    return unmet


def _filled(value: FieldValue | None) -> bool:
    if value is None:
        return False
    if isinstance(value, (str, list)):
        return len(value) > 0
    return True
