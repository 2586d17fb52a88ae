# Shared by scripts/*.sh: repo root, .env loading, npm dependencies.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${ONSTREAM_DATA_DIR:-$REPO_ROOT/.data}"

say() { printf '[onstream] %s\n' "$*" >&2; }

# Variables from .env, when present, for every process started from here (never printed).
load_env() {
  if [[ -f "$REPO_ROOT/.env" ]]; then
    set -a
    # shellcheck disable=SC1091
    source "$REPO_ROOT/.env"
    set +a
  fi
}

# Exports variable $1 from a random value made once per machine in .data/secrets/$2 (never
# committed; $3 is the node expression of the value), unless the variable is already set.
machine_secret() {
  local name="$1" file="$DATA_DIR/secrets/$2"
  [[ -n "${!name:-}" ]] && return 0
  if [[ ! -s "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && node -e "process.stdout.write($3)" >"$file")
  fi
  export "$name=$(cat "$file")"
}

# A development JWT secret (never printed), and the demo accounts' password (ADR 0022; printed by
# `npm run up`, so none in production, where the users service refuses it).
ensure_dev_secrets() {
  machine_secret JWT_SECRET jwt-secret 'require("crypto").randomBytes(32).toString("hex")'
  [[ "${NODE_ENV:-development}" == production ]] || machine_secret DEMO_ACCOUNTS_PASSWORD demo-password 'require("crypto").randomBytes(9).toString("base64url")'
}

# Installs the locked npm dependencies when node_modules is missing or older than the lockfile.
# `npm install`, not `npm ci`: the registry mirror here serves only this platform's optional
# binaries (rspack, swc), so the lockfile lacks the other platforms' entries and `npm ci` refuses it.
ensure_node_modules() {
  local stamp="$REPO_ROOT/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$REPO_ROOT/package-lock.json" -nt "$stamp" ]]; then
    say "installing npm dependencies"
    (cd "$REPO_ROOT" && npm install --no-audit --no-fund --loglevel=error)
  fi
}

build_apps() {
  say "building the seven apps (rspack)"
  (cd "$REPO_ROOT" && npx nest build --all >/dev/null)
}
