#!/bin/bash
# Sustained reports through the whole pipeline on the embedded defaults (H2, the local storage): queues N distinct
# `standard` reports (each its own brand colour) of one scored audit with no worker running, restarts ARA with its
# render workers (one per core) and measures until every report is ready: claim, load, render, store, record.
# Usage: ara-benchmarks/load/reports.sh [N=600] [port=7172]; needs the distribution (./mvnw -q -DskipTests package)
# and curl. See docs/benchmarks.md.
set -eu
N=${1:-600}; PORT=${2:-7172}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID; rm -rf "$WORK"' EXIT
ara() {
  ARA_PORT=$PORT ARA_DATA_DIR=$WORK/data ARA_LIMIT_REPORTS_PER_AUDIT=1000000/1m ARA_LIMIT_API_PER_IP=1000000/1m \
  ARA_LIMIT_AUDIT_CREATE_PER_IP=1000000/1m ARA_REPORT_POLL_INTERVAL=50ms ARA_GUEST_SUBMIT=open ARA_REPORT_WORKERS=$1 \
    nohup "$HERE/ara-bootstrap/target/ara/bin/ara" >> "$WORK/ara.log" 2>&1 &
  PID=$!
  until curl -s localhost:$PORT/api/live >/dev/null; do sleep 0.1; done
}
ara 0
BASE=http://localhost:$PORT/api/v1
START=$(curl -s -D "$WORK/start.headers" -H 'Content-Type: application/json' -d '{"organizationName":"Acme"}' $BASE/audits)
AUDIT=http://localhost:$PORT$(tr -d '\r' < "$WORK/start.headers" | sed -n 's/^[Ll]ocation: //p')
GUEST="X-Guest-Token: $(echo "$START" | sed -n 's/.*"guestToken":"\([^"]*\)".*/\1/p')"
curl -s -o /dev/null -H "$GUEST" -X PATCH -H 'Content-Type: application/json' -d '{"answers": {"company_size": "medium",
  "industry": "retail", "current_ai_usage": "pilot", "tech_stack_maturity": 7, "api_architecture": "rest_mature",
  "cloud_infrastructure": "hybrid", "data_infrastructure": "data_warehouse", "version_control": "git_ci",
  "testing_practices": ["unit_tests", "integration_tests"], "code_quality": 6,
  "security_practices": ["access_control", "encryption", "audit_logs"], "compliance_requirements": ["gdpr"],
  "data_sensitivity": "confidential", "monitoring_capabilities": ["application_monitoring", "alerting"],
  "deployment_automation": "ci_cd_basic", "incident_response": 5}}' "$AUDIT/answers"
curl -s -o /dev/null -H "$GUEST" -X POST "$AUDIT/submit"
for i in $(seq 1 "$N"); do
  printf -v COLOUR '#%06X' "$i"
  curl -s -o /dev/null -H "$GUEST" -H 'Content-Type: application/json' \
    -d "{\"template\":\"standard\",\"customization\":{\"brandColour\":\"$COLOUR\"}}" "$AUDIT/reports"
done
kill $PID; wait $PID || true
T0=$(date +%s.%N)
ara "$(nproc)"
until [ "$(curl -s -H "$GUEST" "$AUDIT/reports" | grep -o '"status":"ready"' | wc -l)" -ge "$N" ]; do sleep 0.2; done
T1=$(date +%s.%N)
python3 -c "n=$N; s=$T1-$T0; print(f'{n} standard reports ready {s:.1f} s after the restart (start-up and warm-up included): {n/s*60:.0f} reports/min')"
echo "attempts: $(curl -s -H "$GUEST" "$AUDIT/reports" | grep -o '"attempts":[0-9]*' | sort | uniq -c | tr -s ' ')"
echo "documents stored: $(find "$WORK/data/objects/objects" -type f | wc -l)"
