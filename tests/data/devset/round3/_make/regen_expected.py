"""Rewrite the expected files from forms_*.py (content unchanged, notes edited)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from forms_tuning import T
from forms_heldout import H
from build_other import OTHER
for f in T + H + OTHER:
    write_expected(f, out(f))
