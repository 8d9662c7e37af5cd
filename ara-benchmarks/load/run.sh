#!/usr/bin/env bash
# Load harness: starts the packaged ARA against a fresh schema on the local MariaDB, then
#  1. drives whole audits through the wizard with closed-loop virtual users (WizardLoad, per-route percentiles),
#  2. hammers autosave with wrk (throughput and latency percentiles).
# Only loopback is targeted. Build first: ./mvnw -q -Pbench -DskipTests package
# Usage: ara-benchmarks/load/run.sh [users=16] [seconds=30] [wrk-connections=16] [virtual-threads=true]
# ARA_LOAD_REDIS=redis://127.0.0.1:6379 runs ARA with Redis (a fresh key namespace); without it, in process.
# ARA_LOAD_HOME=<another checkout> runs that checkout's build (compare.sh uses it); ARA_LOAD_WIZARD=false skips phase 1.
# Every client is 127.0.0.1, so the rate limits are raised far above the load (they are still checked per request).
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-16}; SECONDS_=${2:-30}; CONNECTIONS=${3:-16}; VIRTUAL=${4:-true}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${ARA_LOAD_PORT:-17070}
DB_HOST=127.0.0.1; DB_PORT=${ARA_LOAD_DB_PORT:-3306}
SCHEMA=ara_load_$(date +%s)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
mariadb -h"$DB_HOST" -P"$DB_PORT" -uroot -e "CREATE DATABASE $SCHEMA"
trap 'kill "${ARA_PID:-0}" 2>/dev/null || true; wait "${ARA_PID:-0}" 2>/dev/null || true; mariadb -h"$DB_HOST" -P"$DB_PORT" -uroot -e "DROP DATABASE IF EXISTS $SCHEMA"' EXIT

WORK=$(mktemp -d)
for scope in API_PER_IP AUDIT_CREATE_PER_IP ANSWER_WRITES_PER_AUDIT SUBMIT_PER_AUDIT REPORTS_PER_AUDIT \
             CHAT_PER_AUDIT UPLOADS_PER_AUDIT; do
  export "ARA_LIMIT_$scope=100000000/1m"
done
if [ -n "${ARA_LOAD_REDIS:-}" ]; then
  export ARA_REDIS_URL="$ARA_LOAD_REDIS" ARA_REDIS_NAMESPACE="ara-load-$SCHEMA"
fi
ARA_PORT=$PORT ARA_HOST=127.0.0.1 ARA_DATA_DIR="$WORK/data" ARA_VIRTUAL_THREADS=$VIRTUAL ARA_DB_POOL_SIZE=${ARA_DB_POOL_SIZE:-16} \
  ARA_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$SCHEMA" ARA_DB_USER=root ARA_LOG_LEVEL=INFO ARA_JAVA_HOME="$JAVA_HOME" \
  JAVA_OPTS="-Xms512m -Xmx1g" "${ARA_LOAD_HOME:-.}/ara-bootstrap/target/ara/bin/ara" > "$WORK/ara.log" 2>&1 &
ARA_PID=$!
until curl -sf "http://127.0.0.1:$PORT/api/live" >/dev/null; do sleep 0.1; done
echo "ARA up (virtual threads: $VIRTUAL, schema $SCHEMA, Redis: ${ARA_LOAD_REDIS:-none})"

if [ "${ARA_LOAD_WIZARD:-true}" = true ]; then
  echo "== wizard flow: $USERS users, $SECONDS_ s (after 15 s unmeasured warm-up) =="
  "$JAVA_HOME/bin/java" -cp ara-benchmarks/target/benchmarks.jar ara.benchmarks.load.WizardLoad \
    "http://127.0.0.1:$PORT" "$USERS" "$SECONDS_" 15
fi

echo "== autosave: wrk, 2 threads, $CONNECTIONS connections, $SECONDS_ s =="
AUDITS_FILE="$WORK/audits.txt"
for _ in $(seq 1 200); do
  body=$(curl -s -H 'Content-Type: application/json' -d '{}' "http://127.0.0.1:$PORT/api/v1/audits")
  id=$(printf '%s' "$body" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
  token=$(printf '%s' "$body" | grep -o '"guestToken":"[^"]*"' | cut -d'"' -f4)
  echo "/api/v1/audits/$id $token"
done > "$AUDITS_FILE"
[ "$(wc -l < "$AUDITS_FILE")" -eq 200 ] || { echo "could not start 200 guest audits" >&2; exit 1; }
# warm-up, then the measured run
ARA_AUDITS_FILE="$AUDITS_FILE" ARA_WRK_THREADS=2 wrk -t2 -c"$CONNECTIONS" -d10s -s ara-benchmarks/load/autosave.lua "http://127.0.0.1:$PORT" >/dev/null
ARA_AUDITS_FILE="$AUDITS_FILE" ARA_WRK_THREADS=2 wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --latency -s ara-benchmarks/load/autosave.lua "http://127.0.0.1:$PORT" | grep '^autosave:'
# A graceful stop logs the progress cache's hits and misses.
kill "$ARA_PID"; wait "$ARA_PID" 2>/dev/null || true
grep -o "progress cache: [0-9].*" "$WORK/ara.log" | tail -1 || echo "progress cache: none (an external database without Redis runs none)"
grep -E "ERROR|Exception" "$WORK/ara.log" | head -5 || true
