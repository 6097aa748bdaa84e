"""Read DMARC/DKIM/SPF results from Authentication-Results headers (RFC 8601). Pure code.

Only one header is believed: the topmost whose authserv-id the operator trusts (our own MX
or the Microsoft 365 / Google front end). Anyone can put an Authentication-Results header
in a message they send, so a header lower down, or with another authserv-id, is ignored.
This is sound only when the trusted server removes incoming headers carrying its own
authserv-id (RFC 8601 section 5) and always adds its own; both are standard behaviour.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Check", "Verdict", "aligned", "aligned_pass", "dmarc_verdict", "microsoft_verdict", "parse_header"]

_MAX_HEADER = 16_384  # longer headers are truncated before parsing: a bound on work, not a limit anyone meets


@dataclass(frozen=True)
class Check:
    """One method's result ("pass", "fail", "softfail", "none", ...) and the domain it concerns.

    ``domain`` is header.d (or the domain of header.i) for DKIM, the domain of smtp.mailfrom
    for SPF, header.from for DMARC; lower case, or None when the header did not say.
    """

    result: str
    domain: str | None = None


@dataclass(frozen=True)
class Verdict:
    """What the trusted header says. ``pass_`` is True only for dmarc=pass.

    ``authserv_id`` is None when no trusted header was found; then every result is absent.
    ``dkim`` holds one Check per signature, in header order.
    """

    pass_: bool = False
    authserv_id: str | None = None
    dmarc: Check | None = None
    dkim: tuple[Check, ...] = ()
    spf: Check | None = None
    methods: dict[str, tuple[dict[str, str], ...]] = field(default_factory=dict, compare=False, repr=False)


def _strip_comments(value: str) -> str:
    """``value`` without (nested) comments, keeping quoted strings intact."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\" and (quoted or depth):
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            out.append(ch)
            if ch == '"':
                quoted = False
            continue
        if ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            if ch == '"':
                quoted = True
            out.append(ch)
    return "".join(out)


def _split_semicolons(value: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


_PAIR = re.compile(r'([A-Za-z0-9_\-]+(?:/\d+)?(?:\s*\.\s*[A-Za-z0-9_\-]+)?)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s";]+)')


def parse_header(value: str) -> tuple[str, list[dict[str, str]]]:
    """(authserv-id lower-cased, one dict per resinfo) of one header value.

    Each dict has "method" (lower case, version removed), "result" (lower case) and the
    properties by "ptype.property" (lower-cased names, e.g. "header.d", "smtp.mailfrom") plus
    "reason". A leading "Authentication-Results:" is accepted. Malformed parts are skipped.
    """
    value = value[:_MAX_HEADER].replace("\r", " ").replace("\n", " ")
    value = re.sub(r"^\s*authentication-results\s*:", "", value, flags=re.IGNORECASE)
    segments = _split_semicolons(_strip_comments(value))
    head = segments[0].split()
    authserv_id = _unquote(head[0]).lower() if head else ""
    if "=" in authserv_id:
        # Microsoft 365 writes no authserv-id ("spf=pass (sender IP is ...) smtp.mailfrom=..."):
        # an authserv-id never holds "=", so the first segment is already a result.
        authserv_id, first = "", 0
    else:
        first = 1
    results: list[dict[str, str]] = []
    for segment in segments[first:]:
        pairs = _PAIR.findall(segment)
        if not pairs:
            continue  # "none", or garbage
        method, result = pairs[0]
        entry = {"method": method.split("/")[0].strip().lower(), "result": _unquote(result).lower()}
        for key, raw in pairs[1:]:
            entry.setdefault(re.sub(r"\s+", "", key).lower(), _unquote(raw))
        results.append(entry)
    return authserv_id, results


def _domain(value: str | None) -> str | None:
    if not value:
        return None
    domain = value.rpartition("@")[2].strip().strip(".").lower()
    return domain or None


def dmarc_verdict(headers: list[str], trusted_authserv_ids: set[str]) -> Verdict:
    """The verdict of the topmost header whose authserv-id is in ``trusted_authserv_ids``.

    ``headers`` are the Authentication-Results values in message order, topmost first.
    Authserv-ids are compared case-insensitively. No trusted header gives ``Verdict()``
    (not passed, nothing known). With several results for SPF or DMARC the first counts.
    """
    trusted = {t.strip().lower() for t in trusted_authserv_ids}
    for value in headers:
        authserv_id, results = parse_header(str(value))
        if not authserv_id or authserv_id not in trusted:
            continue
        return _verdict(authserv_id, results)
    return Verdict()


#: What Verdict.authserv_id says for Microsoft's header, which names no server.
MICROSOFT = "(microsoft 365)"


def microsoft_verdict(headers: list[str]) -> Verdict:
    """The verdict of the topmost header when it is in Microsoft 365's form (no authserv-id).

    Exchange Online adds its header on top of every message it receives, so only the topmost
    can be its own; one lower down (or a topmost that names a server) proves nothing here.
    """
    if not headers:
        return Verdict()
    authserv_id, results = parse_header(str(headers[0]))
    if authserv_id or not results:
        return Verdict()
    return _verdict(MICROSOFT, results)


def _verdict(authserv_id: str, results: list[dict[str, str]]) -> Verdict:
    dmarc = spf = None
    dkim: list[Check] = []
    methods: dict[str, list[dict[str, str]]] = {}
    for entry in results:
        methods.setdefault(entry["method"], []).append(entry)
        method, result = entry["method"], entry["result"]
        if method == "dmarc" and dmarc is None:
            dmarc = Check(result, _domain(entry.get("header.from")))
        elif method == "spf" and spf is None:
            spf = Check(result, _domain(entry.get("smtp.mailfrom")))
        elif method == "dkim":
            dkim.append(Check(result, _domain(entry.get("header.d") or entry.get("header.i"))))
    return Verdict(
        pass_=dmarc is not None and dmarc.result == "pass",
        authserv_id=authserv_id,
        dmarc=dmarc,
        dkim=tuple(dkim),
        spf=spf,
        methods={k: tuple(v) for k, v in methods.items()},
    )


def aligned(domain: str | None, from_domain: str) -> bool:
    """Relaxed DMARC alignment without a public-suffix list: equal, or one a subdomain of the other.

    A bare top-level name ("ca") never aligns: nobody can sign or send for it, and it would
    otherwise align with everything beneath it.
    """
    if not domain:
        return False
    a, b = domain.strip(".").lower(), from_domain.strip(".").lower()
    if "." not in a or "." not in b:
        return False
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def aligned_pass(verdict: Verdict, from_domain: str) -> bool:
    """True when the trusted header shows the From domain was authenticated.

    dmarc=pass counts when its header.from is ``from_domain`` (or unstated): a pass for another
    From domain (a message with two From headers, or a parsing difference) proves nothing about
    this one. dmarc=fail does not count (the receiving server already judged alignment).
    When DMARC was not evaluated (absent, "none", "temperror", "permerror"), a DKIM pass whose
    header.d aligns with ``from_domain``, or an SPF pass whose smtp.mailfrom domain aligns,
    counts instead.
    """
    if verdict.authserv_id is None:
        return False
    if verdict.dmarc is not None and verdict.dmarc.result in ("pass", "fail", "quarantine", "reject"):
        stated = verdict.dmarc.domain
        return verdict.dmarc.result == "pass" and (stated is None or stated == from_domain.strip(".").lower())
    if any(c.result == "pass" and aligned(c.domain, from_domain) for c in verdict.dkim):
        return True
    return verdict.spf is not None and verdict.spf.result == "pass" and aligned(verdict.spf.domain, from_domain)
