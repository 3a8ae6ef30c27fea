"""The app quits when its terminal hangs up instead of spinning on end-of-file with nobody watching."""

from __future__ import annotations

import os
import pty

from newsreader.ui.app import terminal_gone


def test_terminal_gone_only_once_the_terminal_hangs_up() -> None:
    master, slave = pty.openpty()
    try:
        assert not terminal_gone(slave)
        os.write(master, b"typed but unread")  # pending input is not a hang-up
        assert not terminal_gone(slave)
        os.close(master)  # the terminal window closes
        master = -1
        assert terminal_gone(slave)
    finally:
        os.close(slave)
        if master >= 0:
            os.close(master)
