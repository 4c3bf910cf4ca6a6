#!/usr/bin/env bash
# Checkout + payment benchmark, and the order list of a buyer with 1,000 orders (issue 13; figures
# and method in docs/benchmarks.md).
#   bench/orders.sh [listings]     catalogue size, default 100000
# Environment: DURATION (seconds of measured checkout load, default 60), WARM_UP (seconds, default
# 30), BUYERS (default 8), RATE (orders a second the buyers start together on a fixed schedule;
# default 0: each buyer goes on as soon as its order is done), ORDERS (orders of the one buyer, default
# 1000), LIST_DURATION (wrk, default 30s), PROFILE=1 (record a JFR file of the application into
# target/bench-orders.jfr). The driver also prints the CPU time that each process used per
# completed order, read from /proc; run it on an otherwise idle machine.
#
# The application runs from the jar on a fresh data directory and a fresh key store, with the vault,
# the ledger and the sharing gateway as always (none of them can be switched off) and the sandbox
# payment provider (on by default). It runs with the `dev` profile, which only adds the development
# outboxes /dev/sms and /dev/mail: the driver signs its buyers in as a person would, with a code read
# from /dev/sms. Nothing else in the configuration differs from a default start.
set -euo pipefail
cd "$(dirname "$0")/.."

listings=${1:-100000}
duration=${DURATION:-60}
warm_up=${WARM_UP:-30}
buyers=${BUYERS:-8}
rate=${RATE:-0}
orders=${ORDERS:-1000}
list_duration=${LIST_DURATION:-30s}
port=18445
base="https://localhost:$port"
dir=target/bench-orders
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

./mvnw -q -B -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package # compiles the driver too
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
jar=$(ls target/escapement-*.jar | grep -v original | head -n 1)

rm -rf "$dir" && mkdir -p "$dir"
profile=()
[ "${PROFILE:-0}" != 1 ] || profile=(-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=target/bench-orders.jfr,settings=profile)
started=$(date +%s)
ESCAPEMENT_DATA_DIR=$dir/data ESCAPEMENT_KEY_DIR=$dir/keys java -Xmx2g "${profile[@]}" -jar "$jar" \
  --spring.profiles.active=dev --server.port=$port --escapement.tls.http-port=-1 \
  --escapement.vault.kek-file="$dir/vault-kek" --escapement.demo.listings="$listings" \
  --escapement.visual.indexing=false >target/bench-orders.log 2>&1 &
pid=$!
driver=(java -Dbench.application-pid=$pid -cp "target/test-classes:$(cat target/bench-classpath.txt)" io.escapement.bench.OrderLoad)
stop() { [ -z "$pid" ] || { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }; }
trap stop EXIT
until curl -skf "$base/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "application died, see target/bench-orders.log"; exit 1; }
  sleep 0.5
done
echo "ready with $listings listings after $(($(date +%s) - started)) s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

pace="as fast as they can"; [ "$rate" = 0 ] || pace="$rate orders a second"
echo; echo "== checkout + payment: $buyers buyers, ${warm_up} s warm-up, ${duration} s measured, $pace =="
"${driver[@]}" checkout "$base" "$dir/keys/payment-sandbox.json" "$listings" "$buyers" "$warm_up" "$duration" "$rate"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "== order list of one buyer with $orders orders =="
"${driver[@]}" orders-of-one "$base" "$dir/keys/payment-sandbox.json" "$listings" "$orders" "$dir/cookie"
cookie=$(cat "$dir/cookie")
COOKIE="$cookie" wrk -t2 -c4 -d10s -s bench/orders.lua "$base" >/dev/null
echo; echo "-- GET /api/v1/me/orders (all: the newest 50), 4 connections, $list_duration --"
COOKIE="$cookie" wrk -t2 -c4 -d"$list_duration" --latency -s bench/orders.lua "$base"
echo; echo "-- GET /api/v1/me/orders?state= rotating all, awaiting-payment, awaiting-shipment, closed --"
COOKIE="$cookie" STATES=all,awaiting-payment,awaiting-shipment,closed \
  wrk -t2 -c4 -d"$list_duration" --latency -s bench/orders.lua "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
