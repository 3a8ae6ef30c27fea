#!/usr/bin/env bash
# Real-terminal smoke test of `make run` for a new user (not part of `make test`).
#
# Starts `make run` in a detached tmux session on a fresh library, then drives it with send-keys and
# reads the screen with capture-pane: the library lists the samples, an article opens with its
# leaders panel, a sentence can be selected and tagged, the annotations screen shows it, help opens,
# and the app quits cleanly. Needs tmux. Usage: scripts/smoke_tmux.sh [WIDTH HEIGHT]
set -euo pipefail

cd "$(dirname "$0")/.."
WIDTH=${1:-100}
HEIGHT=${2:-30}
SESSION="newsreader-smoke-$$"
WORK=$(mktemp -d)
export NEWSREADER_DB="$WORK/library.db"
export NEWSREADER_CONFIG_DIR="$WORK/config"

cleanup() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT


fail() {
    echo "smoke: FAIL: $1" >&2
    echo "----- screen -----" >&2
    tmux capture-pane -p -t "$SESSION" >&2 || true
    exit 1
}

screen() { tmux capture-pane -p -t "$SESSION"; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows
wait_for() {
    local deadline=$((SECONDS + ${2:-30}))
    while ((SECONDS < deadline)); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.2
    done
    fail "waited for '$1'"
}

keys() {
    for key in "$@"; do
        tmux send-keys -t "$SESSION" "$key"
        # a key right after Escape would reach the app as Alt+key: give Escape time to stand alone
        if [[ "$key" == Escape ]]; then sleep 0.8; else sleep 0.25; fi
    done
}

command -v tmux >/dev/null || { echo "smoke: tmux is not installed" >&2; exit 2; }

# The environment goes on the command line: a running tmux server would not pass ours to the session.
tmux new-session -d -s "$SESSION" -x "$WIDTH" -y "$HEIGHT" \
    "NEWSREADER_DB='$NEWSREADER_DB' NEWSREADER_CONFIG_DIR='$NEWSREADER_CONFIG_DIR' make run; echo SMOKE-EXIT=\$?; sleep 30"

wait_for "Library · 5 articles" 180
wait_for "The Telegraph"
echo "smoke: library lists the samples"

keys Enter
wait_for " words"
wait_for "Next quote"
echo "smoke: an article opens"

keys n
wait_for "Quotation 1/"
keys s
wait_for "Selected"
keys t
wait_for "Annotate passage"
tmux send-keys -t "$SESSION" "smoketag"
keys C-s
wait_for "Annotation saved"
echo "smoke: a sentence was selected and tagged"

keys Escape Escape A
wait_for "#smoketag"
echo "smoke: the annotations screen lists it"

keys "?"
wait_for "Keys"
keys Escape Escape
wait_for "Library · 5 articles"

keys q
wait_for "SMOKE-EXIT=0" 15
echo "smoke: quit cleanly"

count=$(.venv/bin/newsreader --db "$NEWSREADER_DB" list --json | .venv/bin/python -c "import json,sys; print(sum(a['annotations'] for a in json.load(sys.stdin)))")
[[ "$count" == "1" ]] || fail "expected 1 annotation in the library after quitting, found $count"
echo "smoke: OK (${WIDTH}x${HEIGHT})"
