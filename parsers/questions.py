"""Question-and-answer documents: numbered questions, each with its answer below.

An applicant who cannot use the form often answers its questions in a list of
their own: "Q1. What is the micro-course called?", "1. Who is proposing this?",
"a) Partner", "Q: ..." with the answer on the next lines (sometimes marked "A1."
or "A:"). The questions are in the applicant's words, so many name no field the
label matcher knows; but each one still ends the answer before it. This module
finds such a run of questions in the reading-order blocks and turns each
question and the blocks up to the next one into a label/answer pair, so the
section finder reads the question by its meaning and its answer's type, and an
answer never runs on into the next question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .labels import match_label, names_field
from .layout import Block
from .normalise import PHONE, find_emails, only_contact
from .stacked import labels_over_answers

MIN_QUESTIONS = 4      # a run shorter than this is a numbered list, not a questionnaire
MAX_QUESTION_WORDS = 25
MIN_PROMPTS = 2        # real questions a run must hold before numbered sentences in it count as prompts too

# "Q1." "Q 1:" "Question 1 -" "Question 3 of 23 ·" (a portal's export) / "1." "1)" / "a)" "(a)" / "Q:" "Question:"
_MARK = re.compile(
    r"^\s*(?:(?P<q>q|question)\s*(?P<qn>\d{1,2})(?:\s+(?:of|/|de|sur)\s+\d{1,3})?\s*[.):\-–—·|]?\s+"
    r"|(?P<n>\d{1,2})\s*[.)]\s+"
    r"|\(?(?P<a>[a-z])\)\s+"
    r"|(?P<bare>q|question)\s*[.:]\s+)",
    re.IGNORECASE,
)
# "A1." "A:" "Answer -", and in French "R :" "R1." "Réponse :" "Rép. :"
_ANSWER_MARK = re.compile(r"^\s*(?:a|answer|r|r[ée]p\.?|r[ée]ponse)\s*\d{0,2}\s*[.):\-–—]\s*", re.IGNORECASE)
# a "Label: answer" line inside what looks like an answer means the numbers head sections of a form; so does a
# numbered sub-part that gives its own label and answer ("3a. Learners – community pharmacists")
_LABEL_LINE = re.compile(r"^[^:\n]{1,40}:(?:\s+\S|\s*$)|^\(?\d{1,2}(?:[a-z]|\.\d{1,2})[.)]?\s+[^\n—–:]{1,40}?\s[—–-]\s+\S",
                         re.IGNORECASE)
_REQUIRED_MARK = re.compile(r"\s*(?:\*+|\((?:required|requis|obligatoire)\))\s*$", re.IGNORECASE)
# a few words, then a colon or a spaced dash, then the answer on the same line
_INLINE_ANSWER = re.compile(r"^(?:[^\s:—–?]+\s+){0,5}[^\s:—–?]+\s*(?::|\s[—–])\s+\S")


@dataclass
class _Question:
    index: int
    family: str
    number: int
    text: str
    asks: bool = True  # a question or a label; False for a sentence ("Tell us about the person proposing it.")


def _question(i: int, b: Block, wraps_to_mark: bool = False) -> _Question | None:
    """The numbered question block i holds, if any; ``wraps_to_mark`` when its question mark is on the next line."""
    if b.is_pair or b.list_item and not b.bold:
        return None
    text = b.text.strip()
    if not text or "\n" in text:
        return None
    m = _MARK.match(text)
    if not m:
        return None
    # a survey's required-answer mark is no part of the question ("Your full name *")
    rest = _REQUIRED_MARK.sub("", text[m.end():]).strip()
    words = len(rest.split())
    # (a question may go on with a prompt: "Why is this needed? Tell us about the need or the gap.")
    if not rest or words > MAX_QUESTION_WORDS or (words > 12 and "?" not in rest and not wraps_to_mark):
        return None
    if rest.endswith((";", ",")):
        return None  # an item of a numbered list, not a question or a label
    # a sentence ("Tell us about the person proposing it.") is a prompt only among questions (see question_pairs)
    asks = not rest.endswith(".") or rest.endswith("etc.")
    if _INLINE_ANSWER.match(rest):
        return None  # "a) Working title — Trauma-informed care": a labelled line that holds its own answer
    if m.group("qn"):
        return _Question(i, "q", int(m.group("qn")), rest, asks)
    if m.group("n"):
        return _Question(i, "n", int(m.group("n")), rest, asks)
    if m.group("a"):
        return _Question(i, "a", ord(m.group("a").lower()) - ord("a") + 1, rest, asks)
    return _Question(i, "bare", 0, rest, asks)


def _run(found: list[_Question]) -> list[_Question]:
    """The longest run of one family numbered 1, 2, 3... (or unnumbered "Q:"), in reading order."""
    best: list[_Question] = []
    for family in ("q", "n", "a", "bare"):
        cands = [q for q in found if q.family == family]
        if family == "bare":
            run = cands
        else:
            run = []
            for q in cands:
                if q.number == (run[-1].number + 1 if run else 1):
                    run.append(q)
                elif q.number == 1 and len(run) < MIN_QUESTIONS:
                    run = [q]  # a fresh start after a short false run
        if len(run) > len(best):
            best = run
    return best if len(best) >= MIN_QUESTIONS else []


_QUOTED = re.compile(r"^\s*>\s?")
_QUOTED_NUMBER = re.compile(r"^\s*>\s*\(?\d{1,2}[.)]\s+\S")


def _unquoted(blocks: list[Block]) -> list[Block]:
    """A reply that answers the questions of the message it quotes ("> 2. Who is it for?" and the answer
    under it): the quoted questions lose their quote marks, up to the last of them; blank quoted lines go.

    The quoted text after the last question (the asker's sign-off) stays quoted: it is not the applicant's.
    """
    asked = [n for n, b in enumerate(blocks) if not b.is_pair and _QUOTED_NUMBER.match(b.text)]
    if len(asked) < MIN_PROMPTS:
        return blocks
    out: list[Block] = []
    for n, b in enumerate(blocks):
        if b.is_pair or not _QUOTED.match(b.text) or n > asked[-1]:
            out.append(b)
        elif _QUOTED.sub("", b.text).strip():
            out.append(Block(text=_QUOTED.sub("", b.text), heading=b.heading, bold=b.bold, list_item=b.list_item,
                             line=b.line))
    return out


def question_pairs(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a run of numbered questions turned into label/answer pairs (unchanged without one)."""
    blocks = _unquoted(blocks)
    found = [q for q in (_question(i, b, i + 1 < len(blocks) and _ends_question(blocks, i + 1))
                         for i, b in enumerate(blocks)) if q is not None and not _wraps_on(blocks, q.index)]
    run = _run([q for q in found if q.asks])
    # numbered sentences are a list's items, unless real questions around them make the run a questionnaire
    # ("2. Tell us about the person proposing it." between "1. What is ...?" and "3. Is this ...?")
    prompted = _run(found)
    asked = sum(q.asks for q in prompted)
    if len(prompted) > len(run) and asked >= MIN_PROMPTS and asked * 2 >= len(prompted):
        run = prompted
    if run and not _answered(blocks, run):
        starts = _answers_in_order(blocks, run)
        return _paired_in_order(blocks, run, starts) if starts else blocks
    if not run:
        return _faq_run_ins(blocks)
    out = blocks[: run[0].index]
    tail = _answer_end(blocks, run[-1].index + 1)
    # a form's numbered section names ("1. Proposer", "2. Request"): when one of the run heads "Label: answer" lines,
    # the others named as briefly (a few words, nothing asked) head sections of the same form, not questions
    # (a printed line only: a styled heading shows itself, and a questionnaire's own headings ask in few words too)
    sections = all(blocks[q.index].heading is None for q in run) and any(
        _heads_labels(blocks, q, run[n + 1].index if n + 1 < len(run) else tail) for n, q in enumerate(run))
    # parts asked in lettered sub-questions: once one part has two or more, a part with one is a heading over it too
    subbed = any(_sub_questions(_answer(blocks[q.index + 1:run[n + 1].index if n + 1 < len(run) else tail], q)) >= 2
                 for n, q in enumerate(run))
    for n, q in enumerate(run):
        end = run[n + 1].index if n + 1 < len(run) else tail
        label, start = q.text, q.index + 1
        if start < end and _ends_question(blocks, start):
            label, start = f"{label} {blocks[start].text.strip()}", start + 1
        page = _page_heading(blocks, start, end)
        if page < end:
            # the answer ends where the survey's next page begins; the page's name stays, as a heading
            out.extend(_paired(blocks, q, label, start, page))
            out.append(Block(text=blocks[page].text, heading=2, line=blocks[page].line))
            out.extend(blocks[page + 1:end])
            continue
        answer = _answer(blocks[start:end], q)
        if any(b.is_pair for b in blocks[q.index + 1:end]) or sum(
                1 for b in answer if _LABEL_LINE.match(b.text.strip())) >= 2 or sections and _section_name(q.text) \
                or _sub_questions(answer) >= (1 if subbed else 2):
            # a numbered heading over a table or over "Label: answer" lines: the heading is not a question, but
            # it still ends the answer above it (a printed line has no style to show that it is a heading)
            head = blocks[q.index]
            text = head.text if start == q.index + 1 else f"{head.text.strip()} {blocks[q.index + 1].text.strip()}"
            out.append(Block(text=text, heading=head.heading if head.heading is not None else 2, bold=head.bold))
            out.extend(blocks[start:end])
            continue
        level = blocks[q.index].heading
        styled = next((j for j in range(start, end) if level is not None and not blocks[j].is_pair and (
            (blocks[j].heading or 0) > level or j == start and _RUN_IN_LEAD.match(blocks[j].lead)
            and names_field(blocks[j].lead, SURE_RUN_IN))), end)
        if styled < end:
            # "1. Background" over its paragraphs, then a sub-heading of its own ("Population") over other ones: a
            # heading the writer styled under a numbered heading ends that heading's answer and heads what follows;
            # and a heading whose first paragraph runs in under a bold head that names a field ("4. Evaluation" over
            # "Summative assessment. An observed ...") is the heading of those heads, not a question they answer
            if styled > start:
                out.extend(_paired(blocks, q, label, start, styled))
            else:
                out.append(Block(text=blocks[q.index].text, heading=blocks[q.index].heading, bold=blocks[q.index].bold))
            out.extend(blocks[styled:end])
            continue
        if n + 1 == len(run):
            tail = _signed_under(blocks, start, end)
            answer = _answer(blocks[start:tail], q)
        out.append(Block(text=blocks[q.index].text, pair_label=label, answer=answer,
                         line=blocks[q.index].line, question=True))
    out.extend(blocks[tail:])
    return out


# a survey service prints each page of its questionnaire under the page's name ("Page 2: Your idea"): the name of
# a part of the questions, never part of the answer printed above it
# (or numbers it, "Page 2 of 3", inside the text: where it starts a page, the answer above has ended)
_PAGE_HEADING = re.compile(r"^\s*page\s+\d{1,2}\s*(?:(?::|\s[–—-])\s+\S.{0,60}|(?:of|/|sur|de)\s*\d{1,2})$",
                           re.IGNORECASE)


def _page_heading(blocks: list[Block], start: int, end: int) -> int:
    """The first survey page heading (see :data:`_PAGE_HEADING`) among an answer's blocks, else ``end``. Only a
    printed line on its own: a paragraph that opens with "Page 3: the audit sheet" is still an answer."""
    for j in range(start, end):
        b = blocks[j]
        if not b.is_pair and b.line and "\n" not in b.text and _PAGE_HEADING.match(b.text) \
                and not b.text.rstrip().endswith((".", ";", ",")) and len(b.text.split()) <= 10:
            return j
    return end


_RUN_IN_LEAD = re.compile(r"^[^\W\d_][^.:;?!]*\.\s*$")  # a bold head closed by a full stop: "Summative assessment."
SURE_RUN_IN = 0.9  # how surely a run-in head under a numbered heading names a field before it heads its own answer


def _paired(blocks: list[Block], q: _Question, label: str, start: int, end: int) -> list[Block]:
    """Question ``q`` with the blocks from ``start`` to ``end`` as its answer."""
    return [Block(text=blocks[q.index].text, pair_label=label, answer=_answer(blocks[start:end], q),
                  line=blocks[q.index].line, question=True)]


def _answers_in_order(blocks: list[Block], run: list[_Question]) -> list[int] | None:
    """Where the answers to questions asked one after another are given later, numbered as the questions were
    ("Answers below, in your order." then "1. It's for ...", "2. Skills: ..."): the blocks that start answers 1..n,
    in reading order after the last question; None unless there is one for every question."""
    if run[0].family not in ("n", "q") or not all(q.text.rstrip().endswith("?") for q in run):
        return None  # (only questions asked with a question mark: a numbered list over its twin in French is no Q&A)
    group = "n" if run[0].family == "n" else "qn"
    starts: list[int] = []
    for j in range(run[-1].index + 1, len(blocks)):
        m = _MARK.match(blocks[j].text) if not blocks[j].is_pair else None
        if m and m.group(group) and int(m.group(group)) == len(starts) + 1 \
                and not blocks[j].text.rstrip().endswith("?"):
            starts.append(j)
            if len(starts) == len(run):
                return starts
    return None


_OWN_LABEL = re.compile(r"^\s*([^:\n]{1,30}):\s+\S")
_SIGNATURE_DASHES = re.compile(r"^\s*[-–—_]{2,}\s*$")


def _paired_in_order(blocks: list[Block], run: list[_Question], starts: list[int]) -> list[Block]:
    """The questions of ``run`` paired with the answers numbered alike further down (see _answers_in_order); what
    stands between the questions and the answers (a sign-off, the reply's header) stays where it was."""
    out = blocks[: run[0].index] + blocks[run[-1].index + 1: starts[0]]
    tail = _answer_end(blocks, starts[-1] + 1)
    tail = next((j for j in range(starts[-1] + 1, tail) if _SIGNATURE_DASHES.match(blocks[j].text)), tail)
    for n, q in enumerate(run):
        start = starts[n]
        end = starts[n + 1] if n + 1 < len(run) else _signed_under(blocks, start, tail)
        first = blocks[start]
        lead = Block(text=_MARK.sub("", first.text, count=1), heading=first.heading, bold=first.bold,
                     list_item=first.list_item, line=first.line)
        own = _OWN_LABEL.match(lead.text)
        if own and names_field(own.group(1), 0.9):
            # "2. Skills: ...; Outcomes – ...": an answer that names its fields itself is read by its own labels
            out.extend([lead, *blocks[start + 1:end]])
            continue
        out.append(Block(text=blocks[q.index].text, pair_label=q.text, answer=_answer([lead, *blocks[start + 1:end]], q),
                         line=blocks[q.index].line, question=True))
    out.extend(blocks[tail:])
    return out


SECTION_NAME_WORDS = 3
SUB_LABEL_SCORE = 0.9  # how surely a lettered sub-question must name a field of the form
# a lettered or roman sub-part of a numbered item: "(a) Intended learners", "b) Why now?", "(iv) Hours"
_SUB_ITEM = re.compile(r"^\s*\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _sub_questions(answer: list[Block]) -> int:
    """How many lines of a numbered item's answer are lettered sub-questions that name a field of the form: a
    numbered part of a questionnaire ("2. The micro-credential") asked in sub-parts "(a) Intended learners",
    "(b) Labour market need", each answered under it or after a colon, is a heading over them, not one question."""
    n = 0
    for b in answer:
        text = b.text.strip()
        m = _SUB_ITEM.match(text) if "\n" not in text else None
        if m is None:
            continue
        rest = m.group("rest")
        if names_field(rest.partition(":")[0].strip().rstrip("?").strip(), SUB_LABEL_SCORE):
            n += 1
            continue
        # (a short sub-part with its label run straight into its answer: "(b) Hours 6", "(d) Learners per year 90")
        words = rest.split()
        if len(words) <= RUN_IN_WORDS and any(names_field(" ".join(words[:k]), 1.0) and any(c.isdigit() for c in
                                                                                      " ".join(words[k:]))
                                              for k in range(1, min(4, len(words) - 1) + 1)):
            n += 1
    return n


RUN_IN_WORDS = 8  # words of a sub-part whose label runs into a typed answer (a figure, a date)


def _heads_labels(blocks: list[Block], q: _Question, end: int) -> bool:
    """Whether numbered line ``q`` stands over two "Label: answer" lines or more (a section of a form), or over two
    labels each set above its answer (a web form's print: see stacked.labels_over_answers)."""
    return _section_name(q.text) and (sum(1 for b in blocks[q.index + 1:end]
                                          if not b.is_pair and _LABEL_LINE.match(b.text.strip())) >= 2
                                      or labels_over_answers(blocks[q.index + 1:end]) >= 2)


def _section_name(text: str) -> bool:
    """A numbered line that only names a part ("2. Demande"): a few words, no question asked, no colon."""
    words = _MARK.sub("", text.strip()).split()
    return 0 < len(words) <= SECTION_NAME_WORDS and not text.rstrip().endswith(("?", ":"))


def _answer(blocks: list[Block], q: _Question) -> list[Block]:
    """The blocks of a question's answer, without "A:" markers where the questions are marked "Q"."""
    answer = [_unmarked(b) if q.family in ("q", "bare") else b for b in blocks if not b.is_pair]
    answer = [b for b in answer if b.text.strip()]
    if answer and _REQUIRED_LINE.fullmatch(answer[0].text.strip()):
        answer = answer[1:]  # a form service prints "Required" under a required question: no part of the answer
    return answer


_REQUIRED_LINE = re.compile(r"\*?\s*\(?(?:required|requis|obligatoire)\)?\s*\*?", re.IGNORECASE)


def _wraps_on(blocks: list[Block], i: int) -> bool:
    """A numbered PDF line that runs on into a lower-case line is a wrapped list item, not a question."""
    b = blocks[i]
    if not b.line or b.text.rstrip().endswith("?") or i + 1 >= len(blocks):
        return False
    m = _MARK.match(b.text)
    if m and m.group("qn"):
        # "Q18 Target launch" over "as soon as possible": a list numbers its items, never marks them as questions;
        # the answer under a "Q" question may open in lower case
        return False
    if _REQUIRED_MARK.search(b.text) or b.text.rstrip().endswith(":"):
        # "9. Competencies / Skills Targeted *" over "concentration and trichrome staining": a line closed by a
        # required-answer mark or a colon asks for what follows; a wrapped item's sentence ends neither way
        return False
    nxt = blocks[i + 1]
    t = nxt.text.strip()
    # (a question that wraps onto a line ending in its question mark is still a question)
    return nxt.line and not nxt.is_pair and _runs_on(t) and not _ends_question(blocks, i + 1)


# an address typed in lower case ("j.doe@example.org", "www.example.org") opens an answer, never goes on with a sentence
_ADDRESS = re.compile(r"^\S*(?:@|://|www\.)\S*")


def _runs_on(text: str) -> bool:
    """Whether a printed line reads as the rest of the sentence above it: it opens in lower case with a word."""
    # (a word: "x4417", an extension under "Phone / Extension", opens with a letter but is no word of a sentence)
    return text[:1].islower() and not _ADDRESS.match(text) and re.match(r"[^\W\d_]+(?![\d_])", text) is not None


def _ends_question(blocks: list[Block], i: int) -> bool:
    """Whether block i is the lower-case end of a printed question wrapped from the line above."""
    b = blocks[i]
    t = b.text.strip()
    return b.line and not b.is_pair and t[:1].islower() and t.endswith("?") and len(t.split()) <= 12


def _answered(blocks: list[Block], run: list[_Question]) -> bool:
    """Whether the run reads as questions with answers: most questions have text before the next one.
    Numbered lines one after another with nothing between them are the items of a list (the outcomes
    under a label), not a questionnaire whose last "answer" would swallow the rest of the form."""
    gaps = [any(b.text.strip() or b.is_pair for b in blocks[q.index + 1:nxt.index])
            for q, nxt in zip(run, run[1:])]
    # a printed list item wraps: the line under it goes on in lower case with the same sentence
    wrapped = sum(1 for q in run if not q.text.rstrip().endswith(("?", ":")) and _goes_on(blocks, q.index + 1))
    return sum(gaps) * 2 >= len(gaps) and wrapped * 2 < len(run)


def _goes_on(blocks: list[Block], start: int) -> bool:
    nxt = next((b for b in blocks[start:start + 1] if not b.is_pair and b.text.strip()), None)
    return nxt is not None and nxt.line and _runs_on(nxt.text.strip())


def _answer_end(blocks: list[Block], start: int) -> int:
    """Where the last question's answer ends: at a heading, a closing line, or the end."""
    for j in range(start, len(blocks)):
        b = blocks[j]
        if b.heading is not None and j > start:
            return j
        if j > start and _SUBMITTED_AT.match(b.text):
            return j  # "Response submitted 2026-11-27 14:41:09 EST": the service's record of the reply, no answer
        if j > start and _POWERED_BY.match(b.text):
            return j  # "Powered by FormCraft · Report abuse": the form service's footer
        if re.match(r"^\s*(?:thank you|thanks|with\s+(?:many\s+)?thanks|many\s+thanks|sincerely|yours|regards|kind regards|"
                    r"best regards|warm regards|best wishes|cheers|merci|cordialement|salutations)\b", b.text, re.IGNORECASE):
            return j
        if j > start and (cm := _CONTACT_LABEL.match(b.text)) and only_contact(b.text[cm.end():]):
            return j  # "Correspondence: a.roy@example.org | 416-…": the writer's address and number, no answer
        if j > start and _BYLINE_LINE.match(b.text) and len(b.text.split()) <= 40 \
                and (find_emails(b.text) or PHONE.search(b.text)):
            return j  # "Submitted by Ada Eze, Role · ada@x.org · 613-…": the writer's byline, no part of the answer
    return len(blocks)


_CONTACT_LABEL = re.compile(r"^\s*[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_'’-]+)?\s*:\s*")  # a word or two and a colon
_SUBMITTED_AT = re.compile(r"^\s*(?:response\s+|form\s+)?(?:submitted|completed|received|envoy[ée]e?|soumise?)"
                           r"(?:\s+(?:on|at|le))?\s*:?\s*\d[\d/.-]+\d(?:[ ,T]+\d{1,2}:\d{2}\S*)?(?:\s+[A-Z]{2,5})?\s*$",
                           re.IGNORECASE)
_POWERED_BY = re.compile(r"^\s*(?:powered by|propulsé par|créé avec|made with)\b", re.IGNORECASE)
# a line that opens as a byline does ("Submitted by", "Prepared by", "Questions? Contact")
_BYLINE_LINE = re.compile(r"^\s*(?:(?:submitted|prepared|proposed|pitched|written|compiled|drafted|presented)\s+by\b"
                          r"|questions\s*[?:])", re.I)


def _signed_under(blocks: list[Block], start: int, end: int) -> int:
    """Where lines that are a field's own label and its value begin under the last answer ("Date: 6 March
    2026" signed below the answers): they are no part of that answer. ``end`` when there are none."""
    for j in range(start + 1, end):
        label, colon, value = blocks[j].text.partition(":")
        if colon and value.strip() and "\n" not in blocks[j].text and len(label.split()) <= 4:
            if names_field(label.strip(), 0.9):
                return j
    return end


def _unmarked(b: Block) -> Block:
    """An answer block without its "A1." / "A:" marker."""
    m = _ANSWER_MARK.match(b.text)
    if not m:
        return b
    return Block(text=b.text[m.end():], heading=b.heading, bold=b.bold, list_item=b.list_item, line=b.line)


# An FAQ: questions in the writer's words set as headings of their own ("Who is it for?", "How long is it?"),
# unnumbered, each over its answer; they read as labels line by line. A question that runs on into its answer on the
# same line ("Who do I contact? Beatrix Lindqvist, ...", a LaTeX run-in paragraph head) is one of them all the same:
# it is set as the others are, the question on its line and the answer under it, so that it ends the answer above.
FAQ_WORDS = 14         # the most words of a question standing as a heading
FAQ_RUN_IN_WORDS = 6   # ... of one that runs on into its answer on the same line
FAQ_RUN_IN_LABEL = 0.6  # how surely such a question's words name a field (or the contact) it asks for
_FAQ_RUN_IN = re.compile(r"^\s*([A-ZÀ-Þ][^?:\n]{2,60}\?)\s+([A-ZÀ-Þ].*)$", re.S)


def _faq_question(b: Block) -> bool:
    """Whether a block is a question standing alone on its line, as an FAQ's heading."""
    text = b.text.strip()
    return not b.is_pair and not b.list_item and "\n" not in text and text.endswith("?") and text[:1].isupper() \
        and len(text.split()) <= FAQ_WORDS and "?" not in text[:-1]


def _faq_run_in(b: Block) -> re.Match[str] | None:
    """A short question that runs on into its answer on its line, else None."""
    if b.is_pair or b.list_item or "\n" in b.text.strip():
        return None
    m = _FAQ_RUN_IN.match(b.text.strip())
    if m is None or len(m.group(1).split()) > FAQ_RUN_IN_WORDS:
        return None
    # (a question in words that name what it asks: "Interested? Talk to ..." is a pitch's closing line, no question)
    asked = match_label(m.group(1))
    return m if asked is not None and asked.score >= FAQ_RUN_IN_LABEL and asked.key != "_noise" else None


def _faq_run_ins(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each question that runs on into its answer after an FAQ's questions set apart (MIN_QUESTIONS
    of them, each with an answer under it) split into the question's line and the answer's."""
    standing = [n for n, b in enumerate(blocks) if _faq_question(b)]
    answered = [n for k, n in enumerate(standing)
                if (standing[k + 1] if k + 1 < len(standing) else len(blocks)) > n + 1]
    if len(answered) < MIN_QUESTIONS or len(answered) < len(standing):
        return blocks
    out = blocks[:answered[-1] + 1]
    for b in blocks[answered[-1] + 1:]:
        m = _faq_run_in(b)
        out.extend([replace(b, text=m.group(1), bold=False), replace(b, text=m.group(2))] if m else [b])
    return out
