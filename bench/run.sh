#!/usr/bin/env bash
# Start-up and API latency benchmark (figures and method in docs/benchmarks.md).
#   bench/run.sh [listings]      listings for the API load test, default 100000
# 1. Start-up: a fresh data directory with the default 2,000 demo listings, started twice
#    (first start: database initialisation and demo data; later start: reuse).
# 2. API latency: a second data directory with [listings] listings; wrk drives the grid and the
#    detail API with 4 concurrent connections for $DURATION (default 30s) each, twice: first while
#    the photo index of the new catalogue is being built in the background, then again with the
#    photo indexer idle, as it is once the index is complete: by default a restart on the same
#    data with indexing switched off (building 200,000 photos takes hours of CPU on 2 cores);
#    with WAIT_FOR_INDEX=1 it waits instead until GET /api/v1/search/photo/index says complete
#    (at most $INDEX_WAIT seconds, default 7200).
set -euo pipefail
cd "$(dirname "$0")/.."

listings=${1:-100000}
duration=${DURATION:-30s}
index_wait=${INDEX_WAIT:-7200}
port=18443
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

./mvnw -q -B -DskipTests package
jar=$(ls target/escapement-*.jar | grep -v original | head -n 1)
pid=

start() { # label, data directory, listings, further arguments
  local started=$(date +%s%N)
  ESCAPEMENT_DATA_DIR=$2 java -Xmx2g -jar "$jar" --server.port=$port --escapement.tls.http-port=-1 \
    --escapement.demo.listings="$3" "${@:4}" >"target/bench-$1.log" 2>&1 &
  pid=$!
  until curl -skf "https://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "application died, see target/bench-$1.log"; exit 1; }
    sleep 0.1
  done
  local elapsed=$((($(date +%s%N) - started) / 1000000))
  echo "$1 start ($3 listings): $((elapsed / 1000)).$((elapsed % 1000 / 100)) s until ready"
}

stop() { [ -z "$pid" ] || { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }; }
trap stop EXIT

rm -rf target/bench-startup target/bench-load
start first target/bench-startup 2000
stop
start later target/bench-startup 2000
stop
start load-first target/bench-load "$listings"

base="https://localhost:$port"
warm_up() {
  echo "warm-up"
  wrk -t2 -c4 -d10s -s bench/listings.lua "$base" >/dev/null
  MAX_ID=$listings wrk -t2 -c4 -d10s -s bench/detail.lua "$base" >/dev/null
}
warm_up
measure() { # state
  echo; echo "== listing grid, $1: GET /api/v1/listings (filters, sorts, pages 1-20), 4 connections =="
  wrk -t2 -c4 -d"$duration" --latency -s bench/listings.lua "$base"
  echo; echo "== listing detail, $1: GET /api/v1/listings/{id}, 4 connections =="
  MAX_ID=$listings wrk -t2 -c4 -d"$duration" --latency -s bench/detail.lua "$base"
}

index_state() { curl -skf "$base/api/v1/search/photo/index"; }

index_state | grep -q '"complete":false' || echo "note: the photo index was complete before the load: $(index_state)"
measure "photo index building"
echo; echo "photo index after the load: $(index_state)"
if [ "${WAIT_FOR_INDEX:-0}" = 1 ]; then
  waited=0
  until index_state | grep -q '"complete":true'; do
    [ "$waited" -lt "$index_wait" ] || { echo "photo index not complete after ${index_wait} s"; exit 1; }
    [ $((waited % 60)) -ne 0 ] || echo "waiting for the photo index: $(index_state)"
    sleep 5; waited=$((waited + 5))
  done
  echo "photo index complete after ${waited} s more"
  measure "photo index complete"
else
  stop
  start load-idle target/bench-load "$listings" --escapement.visual.indexing=false
  warm_up
  measure "photo indexer idle"
fi
