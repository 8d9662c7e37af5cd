#!/usr/bin/env bash
# The restore drill (docs/operations/restore-drill.md): dump a MySQL/MariaDB database of ARA's, destroy it, restore
# it from the dump, prove it is the same (row counts and CHECKSUM TABLE of every table), and time each phase against
# the 15-minute recovery-time objective. Run it against a copy or a drill database, never against production.
#
#   scripts/restore-drill.sh [--seed N] [--keep-dump]
#
# Connection: DRILL_HOST (127.0.0.1), DRILL_PORT (3306), DRILL_USER (root), DRILL_PASSWORD (empty),
# DRILL_DATABASE (ara_restore_drill). With --seed N the database is first created afresh and filled with N scored
# audits by ara.benchmarks.RestoreDrillSeed (build it with ./mvnw -q -Pbench -DskipTests package -pl ara-benchmarks -am).
set -euo pipefail

host=${DRILL_HOST:-127.0.0.1}
port=${DRILL_PORT:-3306}
user=${DRILL_USER:-root}
password=${DRILL_PASSWORD:-}
database=${DRILL_DATABASE:-ara_restore_drill}
rto_seconds=900
seed=0
keep_dump=false
while [ $# -gt 0 ]; do
    case "$1" in
        --seed) seed=$2; shift 2 ;;
        --keep-dump) keep_dump=true; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
if ! [[ $database =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "DRILL_DATABASE must be letters, digits and underscores, got: $database" >&2
    exit 2
fi

client=$(command -v mariadb || command -v mysql) || { echo "no mariadb or mysql client on PATH" >&2; exit 1; }
dumper=$(command -v mariadb-dump || command -v mysqldump) || { echo "no mariadb-dump or mysqldump on PATH" >&2; exit 1; }
export MYSQL_PWD=$password
connection=(--host="$host" --port="$port" --user="$user")
sql() { "$client" "${connection[@]}" --batch --skip-column-names "$@"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# One line per table: name, row count, checksum; the fingerprint the restored database must match.
fingerprint() {
    local tables table
    tables=$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$database'
                     AND table_type = 'BASE TABLE' ORDER BY table_name")
    for table in $tables; do
        printf '%s %s %s\n' "$table" \
            "$(sql "$database" -e "SELECT COUNT(*) FROM \`$table\`")" \
            "$(sql "$database" -e "CHECKSUM TABLE \`$table\` EXTENDED" | awk '{ print $2 }')"
    done
}

if [ "$seed" -gt 0 ]; then
    jar=$(dirname "$0")/../ara-benchmarks/target/benchmarks.jar
    [ -f "$jar" ] || { echo "build the seeder first: ./mvnw -q -Pbench -DskipTests package -pl ara-benchmarks -am" >&2; exit 1; }
    sql -e "DROP DATABASE IF EXISTS \`$database\`; CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
    java -cp "$jar" ara.benchmarks.RestoreDrillSeed "jdbc:mysql://$host:$port/$database" "$user" "$password" "$seed"
fi

audits=$(sql "$database" -e "SELECT COUNT(*) FROM audits")
echo "database $database on $host:$port: $audits audits, $(sql -e "SELECT ROUND(SUM(data_length + index_length) / 1048576)
    FROM information_schema.tables WHERE table_schema = '$database'") MiB"
dump=$(mktemp --suffix=.sql.gz)
trap '[ "$keep_dump" = true ] || rm -f "$dump"' EXIT
before=$(fingerprint)

t0=$(now)
# One consistent snapshot without locking writers (InnoDB), as a running ARA would be dumped.
"$dumper" "${connection[@]}" --single-transaction --quick --routines --triggers --hex-blob --databases "$database" \
    | gzip -1 > "$dump"
t1=$(now)
sql -e "DROP DATABASE \`$database\`"
t2=$(now)
gunzip -c "$dump" | sql
t3=$(now)
after=$(fingerprint)

if [ "$before" != "$after" ]; then
    echo "RESTORE DRILL FAILED: the restored database differs" >&2
    diff <(echo "$before") <(echo "$after") >&2 || true
    exit 1
fi
total=$(seconds "$t0" "$t3")
echo "dump $(seconds "$t0" "$t1") s ($(du -h "$dump" | cut -f1) compressed), destroy $(seconds "$t1" "$t2") s," \
    "restore $(seconds "$t2" "$t3") s; total $total s against the RTO of $rto_seconds s"
echo "verified: $(echo "$after" | wc -l) tables, row counts and checksums equal"
[ "$keep_dump" = true ] && echo "dump kept at $dump"
awk -v t="$total" -v rto="$rto_seconds" 'BEGIN { exit (t <= rto) ? 0 : 1 }' || { echo "over the RTO" >&2; exit 1; }
