#!/usr/bin/env bash
# The whole platform on this machine:
#   scripts/platform.sh up     install what is missing, start the infrastructure, build, start the seven apps,
#                              make the demo video once (scripts/demo-video.mjs)
#   scripts/platform.sh down   stop the apps and the infrastructure
#   scripts/platform.sh status
# Apps log JSON to .data/logs/apps/<app>.log; pid files in .data/run/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APPS=(users catalog media billing analytics engagement gateway)
APP_LOG_DIR="$DATA_DIR/logs/apps"
RUN_DIR="$DATA_DIR/run"
GATEWAY_URL="http://${GATEWAY_HOST:-127.0.0.1}:${GATEWAY_PORT:-3000}"

app_pid() {
  local file="$RUN_DIR/app-$1.pid"
  [[ -f "$file" ]] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

stop_apps() {
  local app pid
  for app in "${APPS[@]}"; do
    if pid=$(app_pid "$app"); then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
      say "stopped $app ($pid)"
    fi
    rm -f "$RUN_DIR/app-$app.pid"
  done
}

# Each app serves Prometheus metrics on its own port: 9464 (gateway) and up, in the order below.
metrics_port() {
  case "$1" in gateway) echo 9464 ;; users) echo 9465 ;; catalog) echo 9466 ;; media) echo 9467 ;; billing) echo 9468 ;; analytics) echo 9469 ;; engagement) echo 9470 ;; esac
}

start_apps() {
  mkdir -p "$APP_LOG_DIR" "$RUN_DIR"
  local app
  for app in "${APPS[@]}"; do
    METRICS_PORT="$(metrics_port "$app")" setsid nohup node "$REPO_ROOT/dist/apps/$app/main.js" >>"$APP_LOG_DIR/$app.log" 2>&1 </dev/null &
    echo $! >"$RUN_DIR/app-$app.pid"
  done
}

wait_until_ready() {
  local deadline=$((SECONDS + 90)) app
  until curl -fs -o /dev/null "$GATEWAY_URL/api/v1/health/ready"; do
    for app in "${APPS[@]}"; do
      app_pid "$app" >/dev/null || { tail -n 20 "$APP_LOG_DIR/$app.log" >&2; say "ERROR: $app exited during start-up (log above)"; exit 1; }
    done
    ((SECONDS < deadline)) || { curl -sS "$GATEWAY_URL/api/v1/health/ready" >&2 || true; say "ERROR: platform not ready after 90 s"; exit 1; }
    sleep 0.5
  done
}

load_env
ensure_dev_secrets
case "${1:-}" in
  up)
    started=$SECONDS
    ensure_node_modules
    bash "$REPO_ROOT/scripts/infra.sh" install
    bash "$REPO_ROOT/scripts/infra.sh" up
    build_apps
    stop_apps # a fresh build replaces whatever ran before
    start_apps
    wait_until_ready
    if [[ -n "${DEMO_ACCOUNTS_PASSWORD:-}" ]]; then
      GATEWAY_URL="$GATEWAY_URL" ONSTREAM_DATA_DIR="$DATA_DIR" node "$REPO_ROOT/scripts/demo-video.mjs" || say "WARNING: no demo video this time (the rest is up; npm run up tries again)"
    fi
    say "OnStream is up in $((SECONDS - started)) s: ${#APPS[@]} apps (${APPS[*]})"
    say "  Player:  $GATEWAY_URL/play"
    if [[ -n "${DEMO_ACCOUNTS_PASSWORD:-}" ]]; then
      say "           sign in as viewer@onstream.test (or studio@onstream.test, an admin) with password $DEMO_ACCOUNTS_PASSWORD"
    fi
    say "  API:     $GATEWAY_URL/api/v1   (health: $GATEWAY_URL/api/v1/health/ready)"
    say "  Swagger: $GATEWAY_URL/docs     (OpenAPI: $GATEWAY_URL/docs-json)"
    say "  Metrics: http://127.0.0.1:9464/metrics (gateway) … :9470 (engagement)"
    say "  Logs:    $APP_LOG_DIR/<app>.log     stop with: npm run down"
    ;;
  down)
    stop_apps
    bash "$REPO_ROOT/scripts/infra.sh" down
    ;;
  status)
    for app in "${APPS[@]}"; do
      if pid=$(app_pid "$app"); then echo "$app up (pid $pid)"; else echo "$app DOWN"; fi
    done
    bash "$REPO_ROOT/scripts/infra.sh" status
    ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
