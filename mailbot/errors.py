"""One error base, split by who can fix the problem.

- SenderError: the person who emailed us can fix it (a damaged form, a wrong format).
- OperatorError: the IT operator must fix it (bad config, wrong password, unreachable host).
- TransientError: nobody needs to act; retrying later should succeed.
"""
from __future__ import annotations


class MailbotError(Exception):
    """Base of every error mailbot raises on purpose. The message is one readable sentence."""


class SenderError(MailbotError):
    """The sender of an inbound email can fix this; they get a polite reply."""


class OperatorError(MailbotError):
    """Configuration or environment is wrong; the operator must act. Never retried blindly."""


class ConfigError(OperatorError):
    """The configuration file is missing, malformed or inconsistent."""


class TransientError(MailbotError):
    """A temporary failure (network, server busy, database locked); retried with backoff."""
