package io.escapement.bench;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load driver of the checkout and payment benchmark (issue 13; {@code bench/orders.sh} runs it
 * and docs/benchmarks.md has the method and the figures). Against a running application started
 * with the {@code dev} profile:
 *
 * <pre>
 * checkout BASE SANDBOX_KEYSET LISTINGS BUYERS WARM_UP_SECONDS SECONDS [RATE]
 *     BUYERS signed-in buyers on one thread each loop for SECONDS after a warm-up: check out a
 *     listing (a random one from 1..LISTINGS, each thread its own share of them), start paying it
 *     at the sandbox provider, and send the provider's signed callback as the sandbox bank would.
 *     An order is completed when the callback is answered 200; every 20th is read back and must say
 *     PAID. Prints completed orders per second and the latencies (p50, p90, p99, p99.9, max).
 *     Without RATE (or 0) each buyer starts its next order as soon as one is done, which measures
 *     the most the machine completes. With RATE the buyers together start RATE orders a second on a
 *     fixed schedule, which measures the latencies at that load.
 * orders-of-one BASE SANDBOX_KEYSET LISTINGS ORDERS COOKIE_FILE
 *     One buyer places ORDERS orders the same way (three in four paid, the rest awaiting payment)
 *     and writes its session cookie to COOKIE_FILE for wrk.
 * </pre>
 *
 * The callback is signed with the sandbox's own keyset (the application's key store is the
 * benchmark's fresh one), as the sandbox's pay page would have it signed.
 */
public final class OrderLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int VERIFY_EVERY = 20;

    private final URI base;
    private final PublicKeySign sandbox;
    private final HttpClient provider = BenchBuyer.client(null);

    private OrderLoad(URI base, Path keyset) throws IOException, GeneralSecurityException {
        this.base = base;
        SignatureConfig.register();
        this.sandbox = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keyset), InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: checkout BASE KEYSET LISTINGS BUYERS WARM_UP SECONDS [RATE]"
                    + " | orders-of-one BASE KEYSET LISTINGS ORDERS COOKIE_FILE");
            System.exit(2);
        }
        var load = new OrderLoad(URI.create(args[1]), Path.of(args[2]));
        int listings = Integer.parseInt(args[3]);
        switch (args[0]) {
            case "checkout" ->
                load.checkout(
                        listings,
                        Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]),
                        Integer.parseInt(args[6]),
                        args.length > 7 ? Double.parseDouble(args[7]) : 0);
            case "orders-of-one" -> load.ordersOfOne(listings, Integer.parseInt(args[4]), Path.of(args[5]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** What one thread saw in one phase. */
    private static final class Tally {
        final LongArrayList checkout = new LongArrayList();
        final LongArrayList payment = new LongArrayList();
        final LongArrayList callback = new LongArrayList();
        final LongArrayList cycle = new LongArrayList();
        long completed;
        long verified;
        long refused;
    }

    /** Counts the unexpected answers by kind, keeping the first body of each. */
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    private final Map<String, String> firstBodies = new ConcurrentHashMap<>();

    private void checkout(int listings, int buyers, int warmUpSeconds, int seconds, double rate) throws Exception {
        var signedIn = new ArrayList<BenchBuyer>();
        for (int i = 0; i < buyers; i++) {
            signedIn.add(BenchBuyer.signUp(base, phone(i)));
        }
        System.out.printf("%d buyers signed in, each with an address%n", buyers);
        var ids = shuffled(listings, RUN);
        var tallies = new Tally[buyers];
        var threads = new ArrayList<Thread>();
        long warmUpEnds = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        var warmUpCompleted = new LongAdder();
        long interval = rate > 0 ? (long) (buyers * 1e9 / rate) : 0; // between one buyer's orders
        var behind = new LongAccumulator(Math::max, 0); // most an order started after its turn, ns
        for (int t = 0; t < buyers; t++) {
            int thread = t;
            var runner = new Thread(
                    () -> {
                        var buyer = signedIn.get(thread);
                        var warm = new Tally();
                        var measured = new Tally();
                        int next = thread;
                        long due = System.nanoTime() + interval * thread / buyers;
                        try {
                            while (System.nanoTime() < ends && next < ids.length) {
                                long early = due - System.nanoTime();
                                if (early > 0) {
                                    Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                                } else if (interval > 0 && System.nanoTime() >= warmUpEnds) {
                                    behind.accumulate(-early);
                                }
                                var tally = System.nanoTime() < warmUpEnds ? warm : measured;
                                long refused = tally.refused;
                                order(buyer, ids[next], tally, true);
                                if (tally.refused == refused) {
                                    due += interval; // a listing not on sale takes no turn
                                }
                                next += buyers;
                            }
                        } catch (IOException | InterruptedException e) {
                            failure("I/O: " + e, "");
                        }
                        tallies[thread] = measured;
                        warmUpCompleted.add(warm.completed);
                    },
                    "buyer-" + t);
            runner.start();
            threads.add(runner);
        }
        long application = Long.getLong("bench.application-pid", 0);
        Thread.sleep(Math.max(0, (warmUpEnds - System.nanoTime()) / 1_000_000));
        var before = CpuMeter.read(application);
        for (var thread : threads) {
            thread.join();
        }
        var after = CpuMeter.read(application);
        System.out.printf("warm-up: %d s, %d orders completed%n", warmUpSeconds, warmUpCompleted.sum());
        long completed = report(tallies, seconds, buyers);
        if (interval > 0) {
            // latencies are timed from each request's send: a buyer behind its schedule waited longer
            System.out.printf("orders started up to %.1f ms after their turn%n", behind.get() / 1e6);
        }
        System.out.println(after.since(before).perOrder(completed));
    }

    private void ordersOfOne(int listings, int count, Path cookieFile) throws Exception {
        var buyer = BenchBuyer.signUp(base, phone(99));
        var ids = shuffled(listings, RUN + 1);
        var tally = new Tally();
        long started = System.nanoTime();
        int next = 0;
        int placed = 0;
        while (placed < count && next < ids.length) {
            var before = tally.checkout.size();
            order(buyer, ids[next++], tally, placed % 4 != 3);
            placed += tally.checkout.size() - before;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Files.writeString(cookieFile, buyer.sessionCookie());
        var all = JSON.readTree(buyer.get("/api/v1/me/orders").body());
        System.out.printf(
                "one buyer placed %d orders (%d paid, %d refused listings skipped) in %.1f s; the list shows %d%n",
                placed, tally.completed, tally.refused, elapsed, all.size());
        printFailures();
    }

    /**
     * One listing: check out, and when {@code pay}, start paying and send the callback. A listing that
     * is not on sale (a draft, withdrawn, sold) is skipped and counted as refused.
     */
    private void order(BenchBuyer buyer, int listing, Tally tally, boolean pay)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        var placed = buyer.postJson(
                "/api/v1/me/orders",
                "{\"listingId\": \"" + listing + "\", \"addressId\": \"" + buyer.address() + "\"}");
        long placedAt = System.nanoTime();
        if (placed.statusCode() == 409 || placed.statusCode() == 404) {
            tally.refused++;
            return;
        }
        if (placed.statusCode() != 201) {
            failure("checkout " + placed.statusCode(), placed.body());
            return;
        }
        tally.checkout.add(placedAt - start);
        if (!pay) {
            return;
        }
        var number = JSON.readTree(placed.body()).path("number").asString();
        var started = buyer.postJson("/api/v1/me/orders/" + number + "/payments", "{\"provider\": \"sandbox\"}");
        long startedAt = System.nanoTime();
        if (started.statusCode() != 201) {
            failure("payment start " + started.statusCode(), started.body());
            return;
        }
        tally.payment.add(startedAt - placedAt);
        var target = URI.create(JSON.readTree(started.body()).path("target").asString());
        var token = target.getRawQuery().substring("order=".length());
        var order = JSON.readTree(Base64.getUrlDecoder()
                .decode(token.substring(0, token.indexOf('.')).getBytes(StandardCharsets.US_ASCII)));
        int status = notifyPaid(order);
        long notifiedAt = System.nanoTime();
        if (status != 200) {
            failure("callback " + status, "");
            return;
        }
        tally.callback.add(notifiedAt - startedAt);
        tally.cycle.add(notifiedAt - start);
        tally.completed++;
        if (tally.completed % VERIFY_EVERY == 0) {
            var read = buyer.get("/api/v1/me/orders/" + number);
            if (read.statusCode() == 200
                    && "PAID".equals(JSON.readTree(read.body()).path("payment").asString())) {
                tally.verified++;
            } else {
                failure("order not PAID after its callback", read.body());
            }
        }
    }

    /** Sends the sandbox bank's signed callback: paid in full, now. */
    private int notifyPaid(JsonNode order) throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(Map.of(
                "reference",
                order.path("reference").asString(),
                "transaction",
                "SBX" + HexFormat.of().withUpperCase().formatHex(random(8)),
                "amount",
                order.path("amountFen").asLong(),
                "currency",
                "CNY",
                "status",
                "PAID",
                "at",
                Instant.now().toString()));
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var nonce = HexFormat.of().formatHex(random(16));
        var head = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
        var signed = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, signed, head.length, body.length);
        String signature;
        try {
            signature = Base64.getEncoder().encodeToString(sandbox.sign(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return provider.send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/payments/sandbox/notify"))
                                .header("Content-Type", "application/json")
                                .header("Sandbox-Timestamp", timestamp)
                                .header("Sandbox-Nonce", nonce)
                                .header("Sandbox-Signature", signature)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Prints what the buyers saw and answers how many orders they completed. */
    private long report(Tally[] tallies, int seconds, int buyers) {
        var checkout = new LongArrayList();
        var payment = new LongArrayList();
        var callback = new LongArrayList();
        var cycle = new LongArrayList();
        long completed = 0;
        long verified = 0;
        long refused = 0;
        for (var tally : tallies) {
            checkout.addAll(tally.checkout);
            payment.addAll(tally.payment);
            callback.addAll(tally.callback);
            cycle.addAll(tally.cycle);
            completed += tally.completed;
            verified += tally.verified;
            refused += tally.refused;
        }
        System.out.printf(
                "measured: %d s, %d buyers: %d orders completed = %.1f orders/s (%d read back PAID;"
                        + " %d listings not on sale skipped)%n",
                seconds, buyers, completed, completed / (double) seconds, verified, refused);
        System.out.println(latencies("checkout  POST /api/v1/me/orders", checkout));
        System.out.println(latencies("payment   POST /api/v1/me/orders/{n}/payments", payment));
        System.out.println(latencies("callback  POST /api/v1/payments/sandbox/notify", callback));
        System.out.println(latencies("order     all three", cycle));
        printFailures();
        return completed;
    }

    private void printFailures() {
        if (failures.isEmpty()) {
            System.out.println("unexpected answers: none");
            return;
        }
        failures.forEach((kind, count) -> System.out.printf(
                "unexpected answers: %s × %d, first: %s%n", kind, count.get(), firstBodies.getOrDefault(kind, "")));
    }

    private void failure(String kind, String body) {
        failures.computeIfAbsent(kind, ignored -> new AtomicLong()).incrementAndGet();
        firstBodies.putIfAbsent(kind, body.length() > 300 ? body.substring(0, 300) : body);
    }

    private static String latencies(String what, LongArrayList nanos) {
        var sorted = nanos.toSortedArray();
        if (sorted.length == 0) {
            return what + ": no samples";
        }
        return String.format(
                "%-48s n=%-6d p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  p99.9 %6.1f ms  max %6.1f ms",
                what,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.90),
                percentile(sorted, 0.99),
                percentile(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Listing ids 1..n in an order fixed by the seed. */
    private static int[] shuffled(int n, long seed) {
        var ids = new ArrayList<Integer>(n);
        for (int i = 1; i <= n; i++) {
            ids.add(i);
        }
        Collections.shuffle(ids, new Random(seed));
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Mobile numbers of this run: a number may ask for only so many codes a day. */
    private static final long RUN = System.currentTimeMillis() / 1000 % 10_000;

    private static String phone(int buyer) {
        return String.format("139%04d%04d", RUN, buyer);
    }

    private static byte[] random(int n) {
        var bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A growable list of longs, without boxing. */
    static final class LongArrayList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongArrayList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        long[] toSortedArray() {
            var copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
