package io.escapement.bench;

import io.escapement.EscapementApplication;
import io.escapement.shipping.sandbox.SandboxCarrier;
import io.escapement.shipping.spi.TrackingCode;
import io.escapement.shipping.spi.TrackingEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tracking webhook ingestion (issue 14, target ≥ 1,000 events a second, idempotent). Starts the
 * application on its own fresh data directory (embedded PostgreSQL, HTTPS on a free port), books
 * {@value #SHIPMENTS} shipments of the sandbox carrier straight into its table, and has four
 * threads push signed route events to {@code /api/v1/shipping/sandbox/events} over HTTPS, as the
 * carrier does: each push one event, signed by the sandbox's Ed25519 key and verified by the
 * application. {@code fresh} sends a new event each time; {@code repeat} sends again an event that
 * was stored already, which must change nothing. After the run the benchmark fails unless the
 * table holds exactly one row per distinct event sent. Run with {@code bench/tracking.sh}; figures
 * in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(4)
@State(Scope.Benchmark)
public class TrackingBenchmark {

    static final int SHIPMENTS = 1_000;
    static final int BATCH = 20;
    private static final TrackingCode[] CODES = {
        TrackingCode.PICKED_UP, TrackingCode.IN_TRANSIT, TrackingCode.OUT_FOR_DELIVERY
    };
    private static final String REPEATED_EVENT = "bench-repeated";

    private ConfigurableApplicationContext application;
    private SandboxCarrier sandbox;
    private JdbcClient jdbc;
    private URI webhook;
    private final AtomicLong sent = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    /** One connection per thread, as a carrier's pushes come from several workers. */
    @State(Scope.Thread)
    public static class Connection {
        final HttpClient http = BenchBuyer.client(null);
    }

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        var dir = Path.of("target/bench-tracking");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        // arguments, so they win over the test class path's config/application.properties: this is
        // the application as it runs, on a persistent database and with TLS
        application = new SpringApplicationBuilder(EscapementApplication.class)
                .run(
                        "--escapement.database.embedded.ephemeral=false",
                        "--escapement.database.embedded.data-dir=" + dir.resolve("postgres"),
                        "--escapement.tls.enabled=true",
                        "--escapement.tls.dir=" + dir.resolve("tls"),
                        "--escapement.tls.http-port=-1",
                        "--server.port=0",
                        "--escapement.demo.listings=0",
                        "--escapement.visual.indexing=false",
                        "--escapement.shipping.sandbox.step=PT0S",
                        "--logging.level.root=WARN");
        sandbox = application.getBean(SandboxCarrier.class);
        jdbc = application.getBean(JdbcClient.class);
        webhook = URI.create("https://localhost:"
                + application.getEnvironment().getProperty("local.server.port")
                + "/api/v1/shipping/" + SandboxCarrier.ID + "/events");
        for (int i = 0; i < SHIPMENTS; i++) {
            jdbc.sql("""
                            insert into shipping.shipment (order_id, merchant_id, carrier, waybill, state, booked_at)
                            values (:order, 1, :carrier, :waybill, 'BOOKED', now())""")
                    .param("order", 900_000_000L + i)
                    .param("carrier", SandboxCarrier.ID)
                    .param("waybill", waybill(i))
                    .update();
        }
        var first = new Connection();
        expect(push(first, REPEATED_EVENT, waybill(0), TrackingCode.PICKED_UP), "\"stored\":1");
        sent.incrementAndGet();
    }

    /** A new event for a random shipment: stored once. */
    @Benchmark
    public String fresh(Connection connection) throws IOException, InterruptedException {
        var id = "bench-" + run + "-" + sent.incrementAndGet();
        var random = ThreadLocalRandom.current();
        return expect(
                push(connection, id, waybill(random.nextInt(SHIPMENTS)), CODES[random.nextInt(CODES.length)]),
                "\"stored\":1");
    }

    /**
     * {@value #BATCH} new events in one push, as SF batches its route pushes; the score counts
     * events, not pushes.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public String batch(Connection connection) throws IOException, InterruptedException {
        var random = ThreadLocalRandom.current();
        var events = new ArrayList<TrackingEvent>(BATCH);
        var now = Instant.now();
        for (int i = 0; i < BATCH; i++) {
            events.add(new TrackingEvent(
                    "bench-" + run + "-" + sent.incrementAndGet(),
                    waybill(random.nextInt(SHIPMENTS)),
                    CODES[random.nextInt(CODES.length)],
                    now));
        }
        return expect(send(connection, sandbox.routePush(events)), "\"stored\":" + BATCH + ",");
    }

    /** The same event again, as a carrier's retry: acknowledged, nothing stored. */
    @Benchmark
    public String repeat(Connection connection) throws IOException, InterruptedException {
        return expect(push(connection, REPEATED_EVENT, waybill(0), TrackingCode.PICKED_UP), "\"repeated\":1");
    }

    @TearDown(Level.Trial)
    public void check() {
        try {
            long rows = jdbc.sql("select count(*) from shipping.tracking_event where event_id like 'bench-%'")
                    .query(Long.class)
                    .single();
            if (rows != sent.get()) {
                throw new IllegalStateException(
                        "Not idempotent: " + sent.get() + " distinct events sent, " + rows + " stored");
            }
            System.out.printf("%nStored %,d distinct events, one row each.%n", rows);
        } finally {
            application.close();
        }
    }

    private HttpResponse<String> push(Connection connection, String eventId, String waybill, TrackingCode code)
            throws IOException, InterruptedException {
        return send(connection, sandbox.routePush(eventId, waybill, code, Instant.now()));
    }

    private HttpResponse<String> send(Connection connection, byte[] body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        sandbox.signed(body).forEach(request::header);
        return connection.http.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> response, String fragment) {
        if (response.statusCode() != 200 || !response.body().contains(fragment)) {
            throw new IllegalStateException("Unexpected answer " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String waybill(int shipment) {
        return "SFBENCH" + shipment;
    }
}
