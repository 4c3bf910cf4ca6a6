package io.escapement.payment.sandbox;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.OrderFixtures;
import io.escapement.order.PaymentState;
import io.escapement.party.MerchantId;
import io.escapement.payment.Charge;
import io.escapement.payment.ChargeState;
import io.escapement.payment.Ledger;
import io.escapement.payment.Payments;
import io.escapement.platform.database.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application is killed (SIGKILL) between a payment callback and the order's update, and the
 * provider's retry after a restart pays the order exactly once. Two nodes share one external
 * database: this test's context places the order, and a second application in a process of its own
 * takes the callbacks. A row lock the test holds on the order stops that process just before the
 * order's update, with the charge and the ledger already written in the same transaction, and the
 * test kills it there.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
class PaymentCrashTests {

    static final TestDatabases.External DATABASE = TestDatabases.create("crash");
    static final Path KEYS =
            Path.of("target", "crash-keys", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void sharedDatabaseAndKeys(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("escapement.vault.key-dir", () -> KEYS.resolve("store").toString());
        registry.add("escapement.vault.kek-file", () -> KEYS.resolve("kek").toString());
        registry.add(
                "escapement.audit.anchor-file", () -> KEYS.resolve("anchor").toString());
    }

    @Autowired
    Payments payments;

    @Autowired
    SandboxBank bank;

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void aPaymentInterruptedByAKillIsPaidOnceWhenTheProviderRetries() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("CRASH0001")
                .withPrice(99_000)
                .byMerchant(new MerchantId(83))
                .listIn(catalog);
        var order = checkout.place(customer.buyer(), listing, customer.address());
        var start = payments.start(customer.buyer(), order.number(), "sandbox")
                .target()
                .toString();
        var token = URLDecoder.decode(start.substring(start.indexOf("order=") + 6), StandardCharsets.UTF_8);
        var signed = bank.open(token).orElseThrow();
        int port = freePort();
        var atNodeB = new SandboxOrder(
                signed.reference(),
                signed.amountFen(),
                signed.subject(),
                URI.create("http://localhost:" + port + "/api/v1/payments/sandbox/notify"),
                signed.returnUrl(),
                signed.expiresAt());
        var callback = bank.callback(atNodeB, SandboxBank.Outcome.PAID);

        var node = startNode(port, "first");
        try (var lock = DriverManager.getConnection(DATABASE.url(), DATABASE.user(), DATABASE.password())) {
            lock.setAutoCommit(false);
            try (var statement =
                    lock.prepareStatement("select id from orders.buyer_order where number = ? for update")) {
                statement.setString(1, order.number().value());
                statement.executeQuery();
            }
            var pending = CompletableFuture.supplyAsync(() -> bank.send(atNodeB, callback));
            await(() -> waitingForTheOrderRow() == 1, Duration.ofSeconds(30));
            assertThat(chargeStateInTheDatabase(signed.reference())).isEqualTo("CREATED");

            node.destroyForcibly().waitFor();
            lock.rollback();
            assertThat(pending.get()).isEqualTo(-1); // the provider got no answer and will retry
        }
        await(() -> waitingForTheOrderRow() == 0, Duration.ofSeconds(10));
        assertThat(chargeStateInTheDatabase(signed.reference())).isEqualTo("CREATED");
        assertThat(journalsOf(signed.reference())).isZero();
        assertThat(orders.find(customer.buyer(), order.number()).orElseThrow().payment())
                .isEqualTo(PaymentState.AWAITING);

        startNode(port, "restarted");
        assertThat(bank.send(atNodeB, callback)).isEqualTo(200);
        assertThat(bank.send(atNodeB, callback)).isEqualTo(200);

        assertThat(orders.find(customer.buyer(), order.number()).orElseThrow().payment())
                .isEqualTo(PaymentState.PAID);
        assertThat(payments.chargesOf(order.number()))
                .singleElement()
                .extracting(Charge::state)
                .isEqualTo(ChargeState.PAID);
        assertThat(journalsOf(signed.reference())).isEqualTo(1);
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    Process startNode(int port, String name) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var log = Path.of("target", "crash-node-" + name + ".log");
        Files.createDirectories(log.getParent());
        var node = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.escapement.EscapementApplication",
                        "--server.port=" + port,
                        "--escapement.tls.enabled=false",
                        "--escapement.demo.enabled=false",
                        "--spring.datasource.url=" + DATABASE.url(),
                        "--spring.datasource.username=" + DATABASE.user(),
                        "--spring.datasource.password=" + DATABASE.password(),
                        "--escapement.vault.key-dir=" + KEYS.resolve("store"),
                        "--escapement.vault.kek-file=" + KEYS.resolve("kek"),
                        "--escapement.audit.anchor-file=" + KEYS.resolve("anchor"),
                        "--escapement.search.index-dir=" + KEYS.resolve("search-" + name),
                        "--escapement.visual.index-dir=" + KEYS.resolve("visual-" + name),
                        "--escapement.visual.indexing=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        nodes.add(node);
        var client = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        await(
                () -> {
                    if (!node.isAlive()) {
                        throw new AssertionError("The node stopped; see " + log);
                    }
                    try {
                        return client.send(health, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException notYet) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                },
                Duration.ofSeconds(120));
        return node;
    }

    long waitingForTheOrderRow() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'update orders.buyer_order%'""").query(Long.class).single();
    }

    String chargeStateInTheDatabase(String reference) {
        return jdbc.sql("select state from payment.charge where reference = :reference")
                .param("reference", reference)
                .query(String.class)
                .single();
    }

    long journalsOf(String reference) {
        return jdbc.sql("""
                        select count(*) from payment.journal j join payment.charge c on c.id = j.charge_id
                        where c.reference = :reference""").param("reference", reference).query(Long.class).single();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void await(BooleanSupplier condition, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
