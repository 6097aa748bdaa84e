"""Text colours: the neutral greys that set a template's hints apart from what the applicant typed."""
from __future__ import annotations

GREY_SPREAD = 0x18  # red, green and blue this close together: a grey, not a colour


def neutral_grey(r: int, g: int, b: int, shades: tuple[int, int]) -> bool:
    """Whether a colour is a grey (not a colour) whose mean channel lies within ``shades`` (inclusive)."""
    return max(r, g, b) - min(r, g, b) <= GREY_SPREAD and shades[0] <= (r + g + b) / 3 <= shades[1]
