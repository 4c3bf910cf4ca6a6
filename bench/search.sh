#!/usr/bin/env bash
# Text-search benchmark (issue 6): index build, index size, heap, search and autocomplete latency.
#   bench/search.sh [listings]   listings to generate with the demo-data command, default 1000000
# Starts the application with -Xmx2g on a data directory with [listings] demo listings (generated
# on the first run and kept in target/bench-search), rebuilds the index with the rebuild command
# to time it, then drives GET /api/v1/listings?q=... (text + facets + page from PostgreSQL) and
# GET /api/v1/search/suggest with wrk, 2 connections for $DURATION (default 30s) each.
set -euo pipefail
cd "$(dirname "$0")/.."

listings=${1:-1000000}
duration=${DURATION:-30s}
port=18444
data=target/bench-search
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/escapement-*.jar | grep -v original | head -n 1)
run() { ESCAPEMENT_DATA_DIR=$data java -Xmx2g -jar "$jar" --server.port=$port --escapement.tls.http-port=-1 \
  --escapement.demo.listings="$listings" "$@"; }

echo "== index build: --escapement.search.rebuild-and-exit=true ($listings listings requested) =="
started=$(date +%s%N)
run --escapement.search.rebuild-and-exit=true >target/bench-search-rebuild.log 2>&1
echo "generation (first run only) + rebuild: $((($(date +%s%N) - started) / 1000000)) ms"
grep -h "Search index rebuilt" target/bench-search-rebuild.log | tail -n 1
echo "index size: $(du -sh $data/search | cut -f1)"

run >target/bench-search.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -skf "https://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "application died, see target/bench-search.log"; exit 1; }
  sleep 0.2
done

base="https://localhost:$port"
echo "warm-up"
wrk -t2 -c2 -d10s -s bench/search.lua "$base" >/dev/null
wrk -t2 -c2 -d5s -s bench/suggest.lua "$base" >/dev/null
echo; echo "== text search + facets: GET /api/v1/listings?q=..., 2 connections =="
wrk -t2 -c2 -d"$duration" --latency -s bench/search.lua "$base"
echo; echo "== autocomplete: GET /api/v1/search/suggest?q=..., 2 connections =="
wrk -t2 -c2 -d"$duration" --latency -s bench/suggest.lua "$base"
echo; echo "== heap after the load (jcmd GC.heap_info) =="
jcmd "$pid" GC.run >/dev/null 2>&1 || true
jcmd "$pid" GC.heap_info 2>/dev/null | head -n 3 || echo "jcmd not available"
