#!/usr/bin/env bash
# Before/after comparison on this noisy machine: runs two builds of ARA side by side, interleaved (A B, B A, A B, …),
# N repetitions of each measure, and prints each figure of B as a ratio to A's from the same repetition, with the
# spread over the repetitions. Measures: the scoring JMH benchmark (ScoringBenchmark.scoreFullAudit, ops/s) and the
# autosave load (load/run.sh's wrk phase on MariaDB: req/s, p50, p99).
# Each checkout must be built first: ./mvnw -q -Pbench -DskipTests package (benchmarks.jar and the packaged launcher).
# Usage: ara-benchmarks/load/compare.sh <checkout-A (before)> <checkout-B (after)> [repetitions=3] [seconds=20] [connections=4]
# Only loopback is targeted; every run stops by itself.
set -euo pipefail
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); REPS=${3:-3}; SECS=${4:-20}; CONN=${5:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=$(mktemp -d); echo "raw output in $OUT"
for side in "$A" "$B"; do
  [ -f "$side/ara-benchmarks/target/benchmarks.jar" ] && [ -x "$side/ara-bootstrap/target/ara/bin/ara" ] \
    || { echo "$side is not built: ./mvnw -q -Pbench -DskipTests package" >&2; exit 1; }
done

scoring() { # $1 checkout -> ops/s
  "$JAVA_HOME/bin/java" -jar "$1/ara-benchmarks/target/benchmarks.jar" 'ScoringBenchmark.scoreFullAudit' \
    -f 1 -wi 4 -w 2s -i 5 -r 2s -rf csv -rff "$OUT/jmh.csv" > "$OUT/jmh.log" 2>&1
  tail -1 "$OUT/jmh.csv" | awk -F, '{gsub(/"/,"",$5); print $5}'
}
autosave() { # $1 checkout -> "req/s p50 p99"
  ARA_LOAD_HOME="$1" ARA_LOAD_WIZARD=false ARA_LOAD_PORT=17071 "$HERE/run.sh" 1 "$SECS" "$CONN" true > "$OUT/load.log" 2>&1 \
    || { cat "$OUT/load.log" >&2; exit 1; }
  sed -n 's/^autosave: .* = \([0-9.]*\) req\/s; p50 \([0-9.]*\) ms, p95 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1 \2 \3/p' "$OUT/load.log"
}

: > "$OUT/rows.tsv"
for rep in $(seq 1 "$REPS"); do
  if [ $((rep % 2)) -eq 1 ]; then order="A B"; else order="B A"; fi
  for s in $order; do
    dir=$A; [ "$s" = B ] && dir=$B
    sc=$(scoring "$dir"); au=$(autosave "$dir")
    printf '%s\t%s\t%s\t%s\n' "$rep" "$s" "$sc" "$au" | tee -a "$OUT/rows.tsv"
  done
done

# rows: rep side scoring req/s p50 p99 -> ratios B/A per repetition, then median and range
awk -F'[\t ]' '
  { v[$1,$2,1]=$3; v[$1,$2,2]=$4; v[$1,$2,3]=$5; v[$1,$2,4]=$6; if ($1>n) n=$1 }
  END {
    split("scoring ops/s|autosave req/s|autosave p50 ms|autosave p99 ms", name, "|")
    printf "%-18s %-34s %-34s %s\n", "measure", "A (before) per rep", "B (after) per rep", "B/A per rep -> median [min, max]"
    for (m=1; m<=4; m++) {
      a=""; b=""; r=""; k=0
      for (i=1; i<=n; i++) { ratio=v[i,"B",m]/v[i,"A",m]; a=a sprintf("%.4g ", v[i,"A",m]); b=b sprintf("%.4g ", v[i,"B",m]); r=r sprintf("%.3f ", ratio); q[++k]=ratio }
      for (i=1;i<=k;i++) for (j=i+1;j<=k;j++) if (q[j]<q[i]) { t=q[i]; q[i]=q[j]; q[j]=t }
      med = (k%2) ? q[(k+1)/2] : (q[k/2]+q[k/2+1])/2
      printf "%-18s %-34s %-34s %s-> %.3f [%.3f, %.3f]\n", name[m], a, b, r, med, q[1], q[k]
    }
  }' "$OUT/rows.tsv"
