#!/usr/bin/env bash
# OnStream local infrastructure: the embedded stand-ins for production services (see
# docs in /work/shared/DESIGN.md, "Data and infrastructure").
#
#   scripts/infra.sh install   install missing tools (apt + `go install`), idempotent and fast when done
#   scripts/infra.sh up        start every service on 127.0.0.1 in the background and wait until ready
#   scripts/infra.sh down      stop what `up` started (pid files)
#   scripts/infra.sh status    print each service and whether it answers (the store: a write probe)
#
# Services and the env names/defaults the app uses:
#   mongo   MONGO_URL=mongodb://127.0.0.1:27017           FerretDB v1.24.2 on a PostgreSQL cluster of its own
#           (Debian's, data in .data/postgres, port ONSTREAM_PG_PORT=5433; ONSTREAM_STORE_BACKEND=sqlite: SQLite files; ADR 0016)
#   redis   REDIS_URL=redis://127.0.0.1:6379              redis-server (Debian)
#   nats    NATS_URL=nats://127.0.0.1:4222                nats-server -js, monitoring on :8222
#   minio   S3_ENDPOINT=http://127.0.0.1:9000             MinIO (console :9001), S3_ACCESS_KEY/S3_SECRET_KEY
#   mail    SMTP_URL=smtp://127.0.0.1:1025, MAIL_API_URL=http://127.0.0.1:8025   Mailpit
#   stripe  STRIPE_API_BASE=http://127.0.0.1:12111        stripe-mock (HTTPS on :12112)
#
# If one of those variables points somewhere other than the default address, `up` does not start
# that service, it only checks that it answers. Data lives in ${ONSTREAM_DATA_DIR:-<repo>/.data}
# (one folder per service, logs in logs/, pid files in run/). Tools are installed into
# ${ONSTREAM_TOOLS_BIN:-$HOME/.cache/onstream/bin}.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_BIN="${ONSTREAM_TOOLS_BIN:-$HOME/.cache/onstream/bin}"
DATA_DIR="${ONSTREAM_DATA_DIR:-$REPO_ROOT/.data}"
LOG_DIR="$DATA_DIR/logs"
RUN_DIR="$DATA_DIR/run"
READY_TIMEOUT="${ONSTREAM_READY_TIMEOUT:-60}" # seconds per service
STORE_PROBE_TIMEOUT="${ONSTREAM_STORE_PROBE_TIMEOUT:-20}" # seconds a write to the store may take
STORE_BACKEND="${ONSTREAM_STORE_BACKEND:-postgresql}" # postgresql (Debian's, a cluster in $DATA_DIR/postgres) | sqlite
PG_PORT="${ONSTREAM_PG_PORT:-5433}"
# FerretDB 1.24 (PostgreSQL) keeps a pool connection for a query's rows while it takes a second one to write each
# matched document: with as many updates in flight as its pool has connections, each waits for another and the
# store hangs until they are cancelled (ADR 0027). Its pool (default 50) is sized for two per Mongo connection
# of two apps at their driver's default maxPoolSize (100) at once, PostgreSQL's connections above that.
FERRETDB_PG_POOL="${ONSTREAM_FERRETDB_PG_POOL:-500}"
PG_MAX_CONNECTIONS=$((FERRETDB_PG_POOL + 20))

# ---- pinned versions -------------------------------------------------------------------------
# FerretDB is pinned by tools/ferretdb/go.mod (+ go.sum): a tiny wrapper around its embeddable
# package, because `go install .../cmd/ferretdb@v1.24.2` is refused by the proxy and a tool build
# of cmd/ferretdb panics on the missing generated build/version/version.txt.
FERRETDB_MODULE="github.com/FerretDB/FerretDB"
FERRETDB_VERSION="v1.24.2"
NATS_MODULE="github.com/nats-io/nats-server/v2"
NATS_VERSION="v2.12.3"
MAILPIT_MODULE="github.com/axllent/mailpit"
MAILPIT_VERSION="v1.27.11"
STRIPE_MOCK_MODULE="github.com/stripe/stripe-mock"
STRIPE_MOCK_VERSION="v0.203.0"
MINIO_MODULE="github.com/minio/minio"
MINIO_VERSION="v0.0.0-20260212201848-7aac2a2c5b7c" # master of 2026-02-12 (what @latest resolved to)
# chromium: the headless browser the player e2e tests drive (with playwright-core from npm).
APT_PACKAGES=(redis-server ffmpeg chromium)
[[ $STORE_BACKEND != postgresql ]] || APT_PACKAGES+=(postgresql)

# ---- defaults (the app code uses exactly these names and defaults) ----------------------------
DEFAULT_MONGO_URL="mongodb://127.0.0.1:27017"
DEFAULT_REDIS_URL="redis://127.0.0.1:6379"
DEFAULT_NATS_URL="nats://127.0.0.1:4222"
DEFAULT_S3_ENDPOINT="http://127.0.0.1:9000"
DEFAULT_SMTP_URL="smtp://127.0.0.1:1025"
DEFAULT_MAIL_API_URL="http://127.0.0.1:8025"
DEFAULT_STRIPE_API_BASE="http://127.0.0.1:12111"
NATS_MONITOR_PORT=8222
MINIO_CONSOLE_PORT=9001
STRIPE_MOCK_HTTPS_PORT=12112
S3_ACCESS_KEY="${S3_ACCESS_KEY:-onstream}"
S3_SECRET_KEY="${S3_SECRET_KEY:-onstream-secret}"
S3_REGION="${S3_REGION:-us-east-1}"
S3_BUCKET="${S3_BUCKET:-onstream-media}"

SERVICES=(mongo redis nats minio mail stripe)

# ---- small helpers ---------------------------------------------------------------------------
log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

# hostport URL DEFAULT_PORT -> "host:port" of the first host in URL (scheme, user:pass, path dropped)
hostport() {
  local rest="${1#*://}"
  rest="${rest%%[/?#]*}"
  rest="${rest##*@}"
  rest="${rest%%,*}"
  [[ $rest == *:* ]] || rest="$rest:$2"
  printf '%s' "$rest"
}

# shellcheck disable=SC2016 # the single-quoted script gets host:port as $1
tcp_ok() { # tcp_ok host:port
  timeout 2 bash -c 'exec 3<>"/dev/tcp/${1%:*}/${1##*:}"' _ "$1" 2>/dev/null
}

http_ok() { # http_ok URL [curl args...]: answers with a status < 400
  local url="$1"; shift
  curl -fsS -o /dev/null --max-time 3 "$@" "$url" 2>/dev/null
}

# shellcheck disable=SC2016
redis_ok() { # redis_ok host:port: answers PING with PONG
  timeout 2 bash -c 'exec 3<>"/dev/tcp/${1%:*}/${1##*:}"; printf "PING\r\n" >&3; IFS= read -r l <&3; [[ $l == "+PONG"* ]]' _ "$1" 2>/dev/null
}

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }

# is_alive PID: the process exists and is not a zombie waiting to be reaped
is_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]
}

# running_pid NAME: prints the pid from NAME's pid file if that process is alive
running_pid() {
  local f pid
  f="$(pid_file "$1")"
  [[ -f $f ]] || return 1
  pid="$(<"$f")"
  [[ $pid =~ ^[0-9]+$ ]] && is_alive "$pid" || return 1
  printf '%s' "$pid"
}

# wait_for NAME CHECK...: poll CHECK until it succeeds or READY_TIMEOUT passes; on failure name the
# service and show its log tail. Fails fast when the process we started (pid file) has died.
wait_for() {
  local name="$1"; shift
  local deadline=$((SECONDS + READY_TIMEOUT)) managed=0
  running_pid "$name" >/dev/null && managed=1
  until "$@"; do
    if ((managed)) && ! running_pid "$name" >/dev/null; then
      show_log_tail "$name"
      die "$name: process exited before it answered (check: $*)"
    fi
    if ((SECONDS >= deadline)); then
      ((managed)) && show_log_tail "$name"
      die "$name: not answering after ${READY_TIMEOUT}s (check: $*)"
    fi
    sleep 0.25
  done
}

show_log_tail() {
  local f; f="$(log_file "$1")"
  [[ -f $f ]] && { printf -- '--- last lines of %s ---\n' "$f" >&2; tail -n 25 "$f" >&2; printf -- '---\n' >&2; }
  return 0
}

# start_bg NAME CMD...: run CMD detached (own session, survives this shell), log + pid file
start_bg() {
  local name="$1"; shift
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  printf '\n=== %s: starting %s\n' "$(date -u +%FT%TZ)" "$*" >>"$(log_file "$name")"
  setsid nohup "$@" >>"$(log_file "$name")" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
  log "$name: started pid $! (log $(log_file "$name"))"
}

# is_external VAR DEFAULT: the variable is set and points at another address than the default
is_external() {
  local value="${!1:-}" port="${3:-}" a b
  [[ -n $value ]] || return 1
  a="$(hostport "$value" "$port")"; b="$(hostport "$2" "$port")"
  [[ ${a/#localhost:/127.0.0.1:} != "${b/#localhost:/127.0.0.1:}" ]]
}

# ensure NAME EXTERNAL_VAR DEFAULT_URL DEFAULT_PORT CHECK...: reuse / check / start a service
# (the start function is start_NAME)
ensure() {
  local name="$1" var="$2" def="$3" port="$4"; shift 4
  if is_external "$var" "$def" "$port"; then
    log "$name: using external $var=${!var} (not started here)"
    wait_for "$name" "$@"
    return
  fi
  if "$@"; then
    log "$name: already answering, reused"
    return
  fi
  if running_pid "$name" >/dev/null; then
    log "$name: pid $(running_pid "$name") is running but not answering yet, waiting"
  else
    "start_$name"
  fi
  wait_for "$name" "$@"
  log "$name: ready"
}

# ---- install ---------------------------------------------------------------------------------
need_go() {
  if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then PATH="/usr/local/go/bin:$PATH"; fi
  command -v go >/dev/null 2>&1 || die "Go >= 1.24 is needed to build the tools (https://go.dev/dl/); not found in PATH"
}

# has_tool BIN MODULE VERSION: BIN is in TOOLS_BIN and was built from MODULE@VERSION
has_tool() {
  local bin="$TOOLS_BIN/$1"
  [[ -x $bin ]] || return 1
  command -v go >/dev/null 2>&1 || return 0 # cannot inspect without go; trust the binary
  go version -m "$bin" 2>/dev/null | awk -v m="$2" -v v="$3" '($1=="mod"||$1=="dep") && $2==m && $3==v {f=1} END {exit !f}'
}

go_env() {
  local flags="${GOFLAGS:-}"
  [[ " $flags " == *" -trimpath "* ]] || flags="$flags -trimpath"
  env GOBIN="$TOOLS_BIN" GOFLAGS="${flags# }" GOTOOLCHAIN="${GOTOOLCHAIN:-auto}" "$@"
}

# install_go_tool BIN MODULE VERSION [PACKAGE]
install_go_tool() {
  local bin="$1" module="$2" version="$3" pkg="${4:-$2}" t0=$SECONDS
  if has_tool "$bin" "$module" "$version"; then return 0; fi
  need_go
  log "go install $pkg@$version (cold build can take minutes)"
  go_env go install "$pkg@$version"
  has_tool "$bin" "$module" "$version" || die "$bin: built, but $TOOLS_BIN/$bin is not $module@$version"
  log "$bin: installed in $((SECONDS - t0))s"
}

install_ferretdb() {
  local t0=$SECONDS
  if has_tool ferretdb "$FERRETDB_MODULE" "$FERRETDB_VERSION"; then return 0; fi
  need_go
  log "go install ./tools/ferretdb ($FERRETDB_MODULE $FERRETDB_VERSION, pinned by tools/ferretdb/go.mod)"
  (cd "$REPO_ROOT/tools/ferretdb" && go_env go install .)
  has_tool ferretdb "$FERRETDB_MODULE" "$FERRETDB_VERSION" || die "ferretdb: built, but not from $FERRETDB_MODULE $FERRETDB_VERSION (check tools/ferretdb/go.mod)"
  log "ferretdb: installed in $((SECONDS - t0))s"
}

install_apt_packages() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get; install them by hand"
  log "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

cmd_install() {
  mkdir -p "$TOOLS_BIN"
  install_apt_packages
  install_ferretdb
  install_go_tool nats-server "$NATS_MODULE" "$NATS_VERSION"
  install_go_tool mailpit "$MAILPIT_MODULE" "$MAILPIT_VERSION"
  install_go_tool stripe-mock "$STRIPE_MOCK_MODULE" "$STRIPE_MOCK_VERSION"
  install_go_tool minio "$MINIO_MODULE" "$MINIO_VERSION"
  log "tools ready in $TOOLS_BIN"
}

# ---- services: one start function and one check per service ----------------------------------
mongo_addr()  { hostport "${MONGO_URL:-$DEFAULT_MONGO_URL}" 27017; }
redis_addr()  { hostport "${REDIS_URL:-$DEFAULT_REDIS_URL}" 6379; }
nats_addr()   { hostport "${NATS_URL:-$DEFAULT_NATS_URL}" 4222; }
smtp_addr()   { hostport "${SMTP_URL:-$DEFAULT_SMTP_URL}" 25; }
s3_url()      { local u="${S3_ENDPOINT:-$DEFAULT_S3_ENDPOINT}"; printf '%s' "${u%/}"; }
mail_api()    { local u="${MAIL_API_URL:-$DEFAULT_MAIL_API_URL}"; printf '%s' "${u%/}"; }
stripe_base() { local u="${STRIPE_API_BASE:-$DEFAULT_STRIPE_API_BASE}"; printf '%s' "${u%/}"; }

check_mongo()  { tcp_ok "$(mongo_addr)"; }
check_redis()  { redis_ok "$(redis_addr)"; }
check_nats()   { tcp_ok "$(nats_addr)" && { is_external NATS_URL "$DEFAULT_NATS_URL" 4222 || http_ok "http://127.0.0.1:$NATS_MONITOR_PORT/healthz?js-enabled-only=true"; }; }
check_minio()  { if is_external S3_ENDPOINT "$DEFAULT_S3_ENDPOINT" 80; then tcp_ok "$(hostport "$(s3_url)" 80)"; else http_ok "$(s3_url)/minio/health/live"; fi; }
check_mail()   { tcp_ok "$(smtp_addr)" && curl -sS -o /dev/null --max-time 3 "$(mail_api)/" 2>/dev/null; }
check_stripe() { curl -sS -o /dev/null --max-time 3 "$(stripe_base)/v1/customers" 2>/dev/null; }

# A crashed FerretDB refuses connections, but a stuck one still accepts them (and a ping may pass):
# only a write shows it works. scripts/store-probe.mjs needs the npm dependencies (mongodb driver).
can_probe_store() { [[ -d $REPO_ROOT/node_modules/mongodb ]]; }
mongo_write_ok() {
  timeout $((STORE_PROBE_TIMEOUT + 5)) node "$REPO_ROOT/scripts/store-probe.mjs" "${MONGO_URL:-$DEFAULT_MONGO_URL}" "$STORE_PROBE_TIMEOUT" >/dev/null 2>&1
}

# crash_lines NAME: the last fatal lines a Go service wrote to its log ("fatal error: fault",
# "[signal SIGBUS ...]", "panic: ..."), on one line; empty when there are none.
crash_lines() {
  local f; f="$(log_file "$1")"
  [[ -f $f ]] || return 0
  grep -E '^(fatal error|panic:|\[signal )' "$f" | tail -n 2 | paste -sd ' ' - || true
}

# check_store_writes: after `up`, fail loudly when the store accepts connections but cannot write.
check_store_writes() {
  can_probe_store || { log "mongo: write probe skipped (npm dependencies not installed yet)"; return 0; }
  mongo_write_ok && return 0
  running_pid mongo >/dev/null && show_log_tail mongo
  die "mongo: accepts connections at ${MONGO_URL:-$DEFAULT_MONGO_URL} but a write got no answer within ${STORE_PROBE_TIMEOUT}s: the store is hung"
}

# PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() {
  local dir; dir="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  [[ -n $dir ]] || die "postgres: not installed (ONSTREAM_STORE_BACKEND=postgresql): run scripts/infra.sh install"
  printf '%s' "$dir"
}

# Where the store's PostgreSQL cluster lives: $DATA_DIR/postgres, unless PostgreSQL's own user
# cannot reach it (as root, a clone under a private directory such as /root, mode 700); then in
# that user's home, one cluster per data directory.
pg_dir() {
  if [[ $EUID -ne 0 ]] || as_pg test -x "$DATA_DIR"; then
    printf '%s' "$DATA_DIR/postgres"
  else
    printf '%s' "$(getent passwd postgres | cut -d: -f6)/onstream-$(printf '%s' "$DATA_DIR" | cksum | cut -d' ' -f1)"
  fi
}

# The store's own PostgreSQL cluster (trust auth, 127.0.0.1 only: a local development store).
start_postgres() {
  local dir log bin
  bin="$(pg_bin)" dir="$(pg_dir)" log="$(log_file postgres)"
  mkdir -p "$LOG_DIR"
  if [[ $EUID -eq 0 ]]; then
    if [[ $dir == "$DATA_DIR/postgres" ]]; then mkdir -p "$dir" && chown postgres:postgres "$dir"; else as_pg mkdir -p "$dir"; fi
    # PostgreSQL writes its own log: beside its data when it cannot reach ours (we read it through a link).
    if ! as_pg test -x "$DATA_DIR"; then
      [[ -L $log ]] || { rm -f "$log"; ln -s "$dir/server.log" "$log"; }
      log="$dir/server.log"
    fi
    as_pg touch "$log" 2>/dev/null || { touch "$log"; chown postgres:postgres "$log"; }
  else
    mkdir -p "$dir"
    touch "$log"
  fi
  if [[ ! -f $dir/data/PG_VERSION ]]; then
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >>"$log" 2>&1 || { show_log_tail postgres; die "postgres: initdb failed"; }
  fi
  if ! as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$log" -w -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c max_connections=$PG_MAX_CONNECTIONS" start >/dev/null \
      || { show_log_tail postgres; die "postgres: did not start on 127.0.0.1:$PG_PORT"; }
  fi
  as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ferretdb'" | grep -q 1 \
    || as_pg "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres ferretdb
  # FerretDB's equality filters need GIN twins of its btree indexes to avoid sequential scans (ADR 0034).
  PGOPTIONS='-c client_min_messages=warning' as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ferretdb \
    -v ON_ERROR_STOP=1 -qAt <"$REPO_ROOT/scripts/sql/ferretdb-equality-indexes.sql" >/dev/null \
    || die "postgres: could not install scripts/sql/ferretdb-equality-indexes.sql"
  log "postgres: cluster ready on 127.0.0.1:$PG_PORT (data $dir/data)"
}

stop_postgres() {
  local dir; dir="$(pg_dir)"
  [[ -f $dir/data/PG_VERSION ]] || return 0
  local bin; bin="$(pg_bin)"
  as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 || return 0
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null && log "postgres: stopped"
}

start_mongo() {
  # A pid file whose process is gone means the store died (`down` removes pid files): say how.
  if [[ -f $(pid_file mongo) ]]; then log "mongo: the store died since it was started. $(crash_lines mongo)"; fi
  local -a backend
  case $STORE_BACKEND in
    sqlite) mkdir -p "$DATA_DIR/mongo"; backend=(--handler=sqlite --sqlite-url="file:$DATA_DIR/mongo/") ;;
    postgresql) start_postgres; backend=(--handler=postgresql --postgresql-url="postgres://postgres@127.0.0.1:$PG_PORT/ferretdb?pool_max_conns=$FERRETDB_PG_POOL") ;;
    *) die "ONSTREAM_STORE_BACKEND must be sqlite or postgresql, not '$STORE_BACKEND'" ;;
  esac
  start_bg mongo "$TOOLS_BIN/ferretdb" --listen-addr="$(hostport "$DEFAULT_MONGO_URL" 27017)" \
    "${backend[@]}" --log-level="${FERRETDB_LOG_LEVEL:-error}"
}

start_redis() {
  local addr; addr="$(hostport "$DEFAULT_REDIS_URL" 6379)"
  mkdir -p "$DATA_DIR/redis"
  start_bg redis "$(command -v redis-server || die 'redis-server not found: run scripts/infra.sh install')" \
    --bind "${addr%:*}" --port "${addr##*:}" --dir "$DATA_DIR/redis" --daemonize no \
    --appendonly no --protected-mode yes --logfile "" --pidfile ""
}

start_nats() {
  local addr; addr="$(hostport "$DEFAULT_NATS_URL" 4222)"
  mkdir -p "$DATA_DIR/nats"
  start_bg nats "$TOOLS_BIN/nats-server" -n onstream-local -a "${addr%:*}" -p "${addr##*:}" \
    -js -sd "$DATA_DIR/nats" -m "$NATS_MONITOR_PORT"
}

start_minio() {
  local addr; addr="$(hostport "$DEFAULT_S3_ENDPOINT" 9000)"
  mkdir -p "$DATA_DIR/minio"
  start_bg minio env MINIO_ROOT_USER="$S3_ACCESS_KEY" MINIO_ROOT_PASSWORD="$S3_SECRET_KEY" \
    MINIO_REGION="$S3_REGION" MINIO_UPDATE=off MINIO_CI_CD=1 \
    "$TOOLS_BIN/minio" server "$DATA_DIR/minio" --address "$addr" \
    --console-address "${addr%:*}:$MINIO_CONSOLE_PORT"
}

start_mail() {
  local smtp api
  smtp="$(hostport "$DEFAULT_SMTP_URL" 25)"; api="$(hostport "$DEFAULT_MAIL_API_URL" 80)"
  mkdir -p "$DATA_DIR/mail"
  start_bg mail "$TOOLS_BIN/mailpit" --smtp "$smtp" --listen "$api" \
    --database "$DATA_DIR/mail/mailpit.db" --max 5000 --disable-version-check \
    --smtp-auth-accept-any --smtp-auth-allow-insecure
}

start_stripe() {
  local addr; addr="$(hostport "$DEFAULT_STRIPE_API_BASE" 80)"
  # stripe-mock v0.203.0 also opens HTTPS on [::]:12112 when only -http-addr is given: bind it here
  start_bg stripe "$TOOLS_BIN/stripe-mock" -http-addr "$addr" -https-addr "${addr%:*}:$STRIPE_MOCK_HTTPS_PORT"
}

# create S3_BUCKET in our own MinIO (idempotent; 409 = exists)
ensure_bucket() {
  is_external S3_ENDPOINT "$DEFAULT_S3_ENDPOINT" 80 && return 0
  local code
  code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 -X PUT \
    --aws-sigv4 "aws:amz:$S3_REGION:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    "$(s3_url)/$S3_BUCKET")" || true
  case "$code" in
    200|409) log "minio: bucket $S3_BUCKET ready" ;;
    *) log "minio: WARNING could not create bucket $S3_BUCKET (HTTP $code); the app may create it" ;;
  esac
}

# ---- commands ---------------------------------------------------------------------------------
cmd_up() {
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  local need_install=0 b
  for b in ferretdb nats-server mailpit stripe-mock minio; do [[ -x $TOOLS_BIN/$b ]] || need_install=1; done
  command -v redis-server >/dev/null 2>&1 || need_install=1
  [[ $STORE_BACKEND != postgresql ]] || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need_install=1
  ((need_install == 0)) || cmd_install

  ensure mongo  MONGO_URL       "$DEFAULT_MONGO_URL"       27017 check_mongo
  check_store_writes
  ensure redis  REDIS_URL       "$DEFAULT_REDIS_URL"       6379  check_redis
  ensure nats   NATS_URL        "$DEFAULT_NATS_URL"        4222  check_nats
  ensure minio  S3_ENDPOINT     "$DEFAULT_S3_ENDPOINT"     80    check_minio
  ensure_bucket
  if is_external SMTP_URL "$DEFAULT_SMTP_URL" 25 || is_external MAIL_API_URL "$DEFAULT_MAIL_API_URL" 80; then
    # one of the two points elsewhere: do not start Mailpit, just check both answer
    log "mail: using external SMTP_URL=$(smtp_addr) MAIL_API_URL=$(mail_api) (not started here)"
    wait_for mail check_mail
  else
    ensure mail SMTP_URL "$DEFAULT_SMTP_URL" 25 check_mail
  fi
  ensure stripe STRIPE_API_BASE "$DEFAULT_STRIPE_API_BASE" 80 check_stripe
  log "all services answer (data: $DATA_DIR)"
}

cmd_down() {
  local name pid deadline t0
  for name in "${SERVICES[@]}"; do
    if pid="$(running_pid "$name")"; then
      kill -TERM "$pid" 2>/dev/null || true
      t0=$SECONDS deadline=$((SECONDS + 20))
      while is_alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
      if is_alive "$pid"; then
        log "$name: pid $pid ignored SIGTERM for 20s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
      fi
      log "$name: stopped (pid $pid, $((SECONDS - t0))s)"
    fi
    rm -f "$(pid_file "$name")"
  done
  stop_postgres
}

cmd_status() {
  local name check addr state pid note rc=0
  for name in "${SERVICES[@]}"; do
    case $name in
      mongo)  addr="${MONGO_URL:-$DEFAULT_MONGO_URL}" ;;
      redis)  addr="${REDIS_URL:-$DEFAULT_REDIS_URL}" ;;
      nats)   addr="${NATS_URL:-$DEFAULT_NATS_URL} (monitor :$NATS_MONITOR_PORT)" ;;
      minio)  addr="$(s3_url) (console :$MINIO_CONSOLE_PORT)" ;;
      mail)   addr="smtp://$(smtp_addr) $(mail_api)" ;;
      stripe) addr="$(stripe_base)" ;;
    esac
    check="check_$name" note=""
    if "$check"; then state="up"; else state="DOWN"; rc=1; fi
    if pid="$(running_pid "$name")"; then pid="pid $pid"; else pid="not started here"; fi
    if [[ $name == mongo ]]; then
      if [[ $state == up ]] && can_probe_store && ! mongo_write_ok; then
        state="HUNG" rc=1 note="accepts connections, but a write got no answer within ${STORE_PROBE_TIMEOUT}s"
      elif [[ $state == DOWN && -n "$(crash_lines mongo)" ]]; then
        note="the store died: $(crash_lines mongo) (log $(log_file mongo))"
      fi
    fi
    printf '%-7s %-5s %-55s %s\n' "$name" "$state" "$addr" "$pid"
    [[ -z $note ]] || printf '        %s\n' "$note"
  done
  return "$rc"
}

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

main() {
  case "${1:-}" in
    install) cmd_install ;;
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
