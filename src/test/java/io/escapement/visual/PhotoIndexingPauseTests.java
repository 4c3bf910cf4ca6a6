package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Photo indexing never competes with the shop (ADR 0030): it runs on one thread below normal
 * priority, and makes no progress while a request is being served, then goes on.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "escapement.visual.max-indexing-pause=10m")
class PhotoIndexingPauseTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotoSync sync;

    @Autowired
    PhotoIndexer indexer;

    @Autowired
    ShopTraffic traffic;

    @Test
    void pausesWhileARequestIsInFlightAndGoesOnAfterwards() throws Exception {
        var ids = catalog.onSaleIdsAfter(new ListingId(0), 10_000);
        var indexing = CompletableFuture.runAsync(() -> sync.sync(ids));
        long before = indexer.described();
        await().atMost(Duration.ofMinutes(1)).until(() -> indexer.described() > before);

        try (var upload = heldUpload()) {
            await().atMost(Duration.ofSeconds(20)).until(traffic::busy);
            Thread.sleep(500);
            long paused = indexer.described();
            Thread.sleep(2_000);
            assertThat(indexer.described()).isEqualTo(paused);
            assertThat(indexing).isNotDone();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> !traffic.busy());
        indexing.get(5, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(indexer.described()).isGreaterThanOrEqualTo(before + ids.size());
    }

    @Test
    void describesOnOneThreadBelowNormalPriority() {
        var threads = new java.util.ArrayList<Thread>();
        indexer.run(() -> threads.add(Thread.currentThread()));
        sync.sync(catalog.onSaleIdsAfter(new ListingId(0), 3));
        indexer.run(() -> threads.add(Thread.currentThread()));
        assertThat(threads).hasSize(2).containsOnly(threads.get(0));
        assertThat(threads.get(0).getName()).isEqualTo("photo-indexer");
        assertThat(threads.get(0).getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }

    /** A photo upload whose body is still on its way: the request stays in flight until the socket closes. */
    private Socket heldUpload() throws IOException {
        var socket = new Socket("localhost", port);
        var out = socket.getOutputStream();
        out.write(("POST /api/v1/search/photo HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: multipart/form-data; boundary=held\r\nContent-Length: 100000\r\n\r\n"
                        + "--held\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
