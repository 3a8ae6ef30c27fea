"""Data flows one way: the lower layers never import the UI toolkit or the database driver."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PURE = ["newsreader.model", "newsreader.ingest", "newsreader.analysis", "newsreader.search", "newsreader.export"]
FORBIDDEN = ["textual", "sqlite3", "sqlite_utils", "_sqlite3"]


@pytest.mark.parametrize("module", PURE)
def test_pure_layers_import_neither_textual_nor_sqlite(module: str) -> None:
    code = (
        f"import json, sys, {module}; "
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_cli_imports_the_ui_only_for_the_app() -> None:
    code = "import sys, newsreader.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_package_import_is_cheap() -> None:
    code = "import sys, newsreader; print(len([m for m in sys.modules if m.startswith('newsreader')]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"
