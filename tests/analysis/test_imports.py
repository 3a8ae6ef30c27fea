"""The analysis layer stays pure: no UI or database modules come with it."""

from __future__ import annotations

import subprocess
import sys


def test_importing_analysis_pulls_no_ui_or_sql() -> None:
    code = (
        "import sys, newsreader.analysis as a; a.analyze('Mr Biden said: “Yes.”'); "
        "bad = [m for m in ('textual', 'sqlite3', 'sqlite_utils') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
