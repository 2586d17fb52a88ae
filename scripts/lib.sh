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

# A development JWT secret made once per machine (never committed, never printed), unless one is set.
ensure_dev_secrets() {
  if [[ -z "${JWT_SECRET:-}" ]]; then
    local file="$DATA_DIR/secrets/jwt-secret"
    if [[ ! -s "$file" ]]; then
      mkdir -p "$(dirname "$file")"
      (umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' >"$file")
    fi
    JWT_SECRET="$(cat "$file")"
    export JWT_SECRET
  fi
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
