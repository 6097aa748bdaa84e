#!/usr/bin/env bash
# Developer entry points behind `make demo` and `make test` (see the Makefile and the README).
#
#   tools/dev.sh demo   a virtual environment in .venv with mailbot installed, then `mailbot demo`
#   tools/dev.sh test   the same environment with the test extras, the servers the tests start
#                       (Dovecot, PostgreSQL, Tesseract, docker-compose for a config check), then
#                       the type check, the whole suite on SQLite and the server/database tests on
#                       PostgreSQL: exactly what CI runs (.ci/run calls `make test`).
#
# Servers come from Debian packages. As root, missing ones are installed with apt-get (as on CI);
# otherwise the script stops with one sentence naming the packages. It never runs sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${MAILBOT_VENV:-.venv}
PY=${PYTHON:-python3}

die() { echo "mailbot dev: $*" >&2; exit 1; }

python_ok() {
    command -v "$PY" >/dev/null || die "no $PY on PATH: install Python 3.11 or newer (Debian: apt-get install python3 python3-venv)."
    "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "$("$PY" -V) is too old: mailbot needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)."
}

# venv EXTRAS: create .venv once; reinstall only when pyproject.toml changed or the extras differ.
venv() {
    local extras=$1 stamp="$VENV/.mailbot-installed"
    python_ok
    [[ -x $VENV/bin/python ]] || "$PY" -m venv "$VENV" || die "could not create $VENV (Debian: apt-get install python3-venv)."
    local want; want="$extras $(sha256sum pyproject.toml | cut -c1-16)"
    if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
        "$VENV/bin/python" -m pip install -q -e ".$extras" || die "pip could not install the project; see the lines above."
        echo "$want" > "$stamp"
    fi
}

# Each need: a command that proves it is there, and the Debian package that provides it.
NEEDS=(
    "test -x /usr/sbin/dovecot|dovecot-imapd"
    "compgen -G '/usr/lib/postgresql/*/bin/initdb'|postgresql"
    "command -v tesseract|tesseract-ocr"
    "test -d /usr/share/tesseract-ocr/5/tessdata -a -f /usr/share/tesseract-ocr/5/tessdata/fra.traineddata|tesseract-ocr-fra"
    "command -v openssl|openssl"
    "command -v docker-compose|docker-compose"
    "command -v systemd-analyze|systemd"
)

servers() {
    local missing=()
    for need in "${NEEDS[@]}"; do
        eval "${need%%|*}" >/dev/null 2>&1 || missing+=("${need##*|}")
    done
    ((${#missing[@]})) || return 0
    if [[ $(id -u) -ne 0 ]]; then
        die "the tests need Debian packages that are missing: ${missing[*]}; install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi
    command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get here: install them with your package manager."
    echo "mailbot dev: installing ${missing[*]} (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

case "${1:-}" in
    demo)
        venv ""
        exec "$VENV/bin/mailbot" demo "${@:2}"
        ;;
    test)
        servers
        venv "[test,postgres]"
        "$VENV/bin/python" tools/typecheck.py
        # Tests run in parallel (pytest-xdist): each worker starts its own servers on free ports.
        # (--durations: the slowest tests named at the end of each pass, so CI time can be kept under 20 minutes)
        "$VENV/bin/python" -m pytest -q -n auto --durations=15 "${@:2}"
        # PostgreSQL: the tests that touch the database and the servers (the pure-logic unit tests
        # do not depend on the database engine, nor do the integration tests that only OCR scans, run the parse
        # sandbox on files or build the wheel: those run once, in the pass above).
        MAILBOT_TEST_DB=postgres "$VENV/bin/python" -m pytest -q -n auto --durations=15 tests/integration \
            --ignore=tests/integration/test_parsers_ocr.py --ignore=tests/integration/test_parsers_ocr_boxes_13c.py \
            --ignore=tests/integration/test_real_scans.py --ignore=tests/integration/test_sandbox.py \
            --ignore=tests/integration/test_wheel.py "${@:2}"
        ;;
    *)
        die "usage: tools/dev.sh demo|test [pytest arguments]"
        ;;
esac
