#!/usr/bin/env bash
# Schemathesis (property-based API fuzzing from the gateway's own OpenAPI document) in a cached
# Python virtualenv, so a fresh machine needs only python3 with venv.
#
#   scripts/fuzz.sh install   create the venv and install the pinned schemathesis (idempotent, fast when done)
#   scripts/fuzz.sh path      print the schemathesis executable
#
# The fuzz run itself is test/api-contract.e2e-spec.ts (part of `npm test`): it starts a platform,
# signs in an admin and a viewer and runs schemathesis against the live gateway.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCHEMATHESIS_VERSION="4.32.5"
VENV="${ONSTREAM_VENV:-$HOME/.cache/onstream/venv}"
BIN="$VENV/bin/schemathesis"

cmd_install() {
  if [[ -x $BIN ]] && "$BIN" --version 2>/dev/null | grep -q "version $SCHEMATHESIS_VERSION\$"; then return; fi
  if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    # Debian ships venv/ensurepip separately.
    say "installing python3 and python3-venv (apt)"
    if [[ $EUID -eq 0 ]]; then apt-get install -y -qq python3 python3-venv >/dev/null; else sudo apt-get install -y -qq python3 python3-venv >/dev/null; fi
  fi
  say "installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
}

case "${1:-}" in
  install) cmd_install ;;
  path) echo "$BIN" ;;
  *) echo "usage: $0 install|path" >&2; exit 2 ;;
esac
