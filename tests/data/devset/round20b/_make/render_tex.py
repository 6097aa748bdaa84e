"""LaTeX (pdflatex) renderer of the official concept form (genre G4): longtable label | answer, shaded section rows
spanning both columns, help text in a smaller second line, an 'Outcome | How assessed' table inside the outcomes cell,
nested enumerate/itemize inside answer cells, options marked by typing X."""
import os, subprocess, tempfile, shutil
from lib import D, P, L, LABELS, SECTIONS, OPTIONS, CHOICES, show_date, shown


def esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    s = "".join(rep.get(c, c) for c in s)
    s = s.replace("–", "--").replace("—", "---").replace("’", "'").replace("°", r"\textdegree{}")
    s = s.replace("≥", r"$\geq$").replace("≤", r"$\leq$").replace("×", r"$\times$")
    for c in s:
        assert ord(c) < 128, (c, s)
    return s


def value_tex(v, opt):
    if isinstance(v, P):
        return r"\par ".join(esc(p) for p in v.paras)
    if isinstance(v, L):
        env = "enumerate" if v.numbered else "itemize"
        out = [r"\begin{minipage}[t]{\linewidth}\vspace{-0.8\baselineskip}\begin{%s}\setlength{\itemsep}{0pt}\setlength{\leftmargini}{1.2em}" % env]
        for it in v.items:
            par, kids = it if isinstance(it, tuple) else (it, [])
            out.append(r"\item " + esc(par))
            if kids:
                out.append(r"\begin{%s}\setlength{\itemsep}{0pt}" % env)
                out += [r"\item " + esc(k) for k in kids]
                out.append(r"\end{%s}" % env)
        out.append(r"\end{%s}\vspace{2pt}\end{minipage}" % env)
        return "\n".join(out)
    return esc(shown(v))


def render(doc_data, path, opt):
    lang = "en"
    labels = LABELS[lang]
    f = doc_data["f"]
    font = opt.get("font", r"\renewcommand{\familydefault}{\sfdefault}")
    lines = [r"\documentclass[10pt]{article}", r"\usepackage[T1]{fontenc}" if opt.get("t1") else "",
             r"\usepackage[%s,margin=2cm]{geometry}" % ("a4paper" if opt.get("a4") else "letterpaper"),
             font, r"\usepackage{longtable,array,colortbl,color,fancyhdr}",
             r"\input{glyphtounicode}\pdfgentounicode=1",
             r"\pagestyle{fancy}\fancyhf{}\lhead{\footnotesize %s}\rhead{\footnotesize %s}\cfoot{\footnotesize Page \thepage}" % (
                 esc(opt.get("lhead", "The Michener Institute of Education at UHN")),
                 esc(opt.get("rhead", "Continuing Education"))),
             r"\renewcommand{\headrulewidth}{0.4pt}", r"\setlength{\parindent}{0pt}",
             r"\definecolor{sec}{gray}{0.85}", r"\begin{document}",
             r"{\Large\bfseries %s\par}\medskip" % esc(opt.get("title", "Micro-Course / Credential Concept Form")),
             r"{\small\itshape %s\par}\medskip" % esc(opt.get("intro", "Complete all sections; required items are needed before an assessment can start. Return to ce@michener.example.")),
             r"\begin{longtable}{|>{\raggedright\arraybackslash}p{4.4cm}|>{\raggedright\arraybackslash}p{11.6cm}|}\hline"]
    for heading, keys in SECTIONS[lang]:
        lines.append(r"\rowcolor{sec}\multicolumn{2}{|l|}{\textbf{%s}}\\\hline" % esc(heading))
        for k in keys:
            l_, h_ = labels[k]
            lt = r"\textbf{%s}" % esc(l_) + (r"\newline{\footnotesize\itshape %s}" % esc(h_) if h_ else "")
            v = f.get(k)
            if k in CHOICES:
                at = r"\newline ".join(("[\\,X\\,] " if c == v else "[\\quad] ") + esc(t) for c, t in OPTIONS[lang][k])
            elif v in (None, ""):
                at = ""
            elif k == "learning_outcomes":
                if isinstance(v[0], tuple):
                    at = (esc(opt.get("lead", "By the end learners will be able to:")) +
                          r"\newline\begin{tabular}[t]{|p{6.9cm}|p{3.9cm}|}\hline \textbf{Outcome} & \textbf{How assessed}\\\hline " +
                          " ".join(esc(o) + " & " + esc(a) + r"\\\hline" for o, a in v) + r"\end{tabular}\vspace{3pt}")
                else:
                    at = value_tex(L(*v, numbered=True), opt)
            elif k == "submission_date":
                at = esc(shown(v) if isinstance(v, D) else show_date(v, opt.get("date_style", "long")))
            else:
                at = value_tex(v, opt)
            lines.append(lt + " & " + at + r"\\\hline")
    lines.append(r"\end{longtable}")
    if opt.get("office_box", True):
        lines.append(r"\bigskip\begin{tabular}{|p{5cm}|p{5cm}|p{5cm}|}\hline\rowcolor{sec}\multicolumn{3}{|l|}{\textbf{For CE office use only}}\\\hline Received: & Tracking no.: & Reviewer: \\\hline\end{tabular}")
    lines.append(r"\end{document}")
    tmp = tempfile.mkdtemp(prefix="tex20b_")
    with open(os.path.join(tmp, "f.tex"), "w") as fh:
        fh.write("\n".join(lines))
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "f.tex"], cwd=tmp, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=120)
    log = open(os.path.join(tmp, "f.log"), errors="replace").read()
    assert r.returncode == 0 and "Missing character" not in log, log[-3000:]
    shutil.copy(os.path.join(tmp, "f.pdf"), path)
    shutil.rmtree(tmp)
