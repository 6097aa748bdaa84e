def J(items):
    """Join list items in a text field as the conventions say."""
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out[-1] in ".;:,!?)" else "; ") + it
    return out
