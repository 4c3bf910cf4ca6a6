package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.CaseMaterial;
import io.escapement.testing.DatabaseDump;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadataNode;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Query photos are never stored (C-7): after photo searches through the API and the page, no file
 * under the data directories changed and ImageIO left no cache file, the database is unchanged
 * and holds no trace of the photo, and the log does not mention it. (Uploads below 11 MB are kept
 * in memory by the servlet container: {@code spring.servlet.multipart.file-size-threshold}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class QueryPhotoResidueTests {

    private static final String[] SCHEMAS = {
        "merchant", "catalog", "vault", "audit", "consent", "analytics", "policy", "account", "staff", "platform"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ListingPhotoSync sync;

    @Value("${escapement.visual.index-dir}")
    Path indexDir;

    @Value("${escapement.catalog.photo-dir}")
    Path listingPhotoDir;

    @Test
    void leavesNoTraceOfTheQueryPhoto(CapturedOutput output) throws Exception {
        sync.rebuild();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(thread -> thread.getName().equals("photo-index-build")));
        var marker = "query-photo-" + UUID.randomUUID();
        var photo = pngWithText(marker);
        var filesBefore = files(indexDir, listingPhotoDir);
        var imageioCacheBefore = imageioCacheFiles();
        var databaseBefore = DatabaseDump.take(dataSource, SCHEMAS);

        mvc.perform(multipart("/api/v1/search/photo")
                        .file(new MockMultipartFile("photo", marker + ".png", "image/png", photo)))
                .andExpect(status().isOk());
        mvc.perform(multipart("/photo-search")
                        .file(new MockMultipartFile("photo", marker + ".png", "image/png", photo))
                        .with(csrf()))
                .andExpect(status().isOk());

        assertThat(files(indexDir, listingPhotoDir)).isEqualTo(filesBefore);
        assertThat(imageioCacheFiles()).isEqualTo(imageioCacheBefore);
        var databaseAfter = DatabaseDump.take(dataSource, SCHEMAS);
        assertThat(databaseAfter.sizeInBytes()).isEqualTo(databaseBefore.sizeInBytes());
        assertThat(databaseAfter.contains(marker)).isFalse();
        assertThat(output.getAll()).doesNotContain(marker);
    }

    /** A watch photo as PNG carrying {@code text} in a tEXt chunk, so any copy of it can be recognised. */
    private static byte[] pngWithText(String text) throws IOException {
        var image = TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 3);
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        var metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        var entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "Comment");
        entry.setAttribute("value", text);
        var chunk = new IIOMetadataNode("tEXt");
        chunk.appendChild(entry);
        var root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(chunk);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        var out = new java.io.ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        var bytes = out.toByteArray();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(text);
        return bytes;
    }

    /** ImageIO's own temporary cache files ({@code imageio*.tmp} in the temporary directory). */
    private static Map<Path, String> imageioCacheFiles() {
        var files = new TreeMap<Path, String>();
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            list.filter(file -> file.getFileName().toString().startsWith("imageio"))
                    .forEach(file -> files.put(file, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every regular file under the directories, with its size and modification time. */
    private static Map<Path, String> files(Path... directories) {
        var files = new TreeMap<Path, String>();
        for (var directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    try {
                        files.put(file, Files.size(file) + "@" + Files.getLastModifiedTime(file));
                    } catch (IOException e) {
                        // a file that vanished while walking is not residue
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
