"""mailbot: email-driven intake and tracking of micro-credential concept forms."""
from __future__ import annotations

__version__ = "0.1.0"
