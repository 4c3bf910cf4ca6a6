package io.escapement.staff;

import io.escapement.privacy.StaffRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first administrator. While no administrator is active or enrolling, one called {@code admin}
 * is invited, and its enrolment link is written to a file readable by the owner only (never to the
 * log). While it stays un-enrolled, every start writes a fresh link. The administrator then invites
 * the rest of the staff; it holds no other role.
 */
@Component
class StaffBootstrap {

    static final String HANDLE = "admin";
    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final StaffDirectory directory;
    private final Path file;
    private final String baseUrl;

    StaffBootstrap(
            StaffDirectory directory,
            @Value("${escapement.console.enrolment-file:data/console-admin-enrolment.txt}") Path file,
            @Value("${escapement.console.base-url:https://localhost:8443}") String baseUrl) {
        this.directory = directory;
        this.file = file;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void inviteFirstAdministrator() {
        var pending = directory.enrollingAdministrator(HANDLE);
        if (directory.hasAdministrator() && pending.isEmpty()) {
            return;
        }
        var invitation = pending.isPresent()
                ? directory.reset(pending.get())
                : directory.invite(HANDLE, Set.of(StaffRole.ADMINISTRATOR), null);
        write(baseUrl + "/staff/enroll?token=" + invitation.token());
        log.info("The console administrator '{}' is not enrolled yet: open the link in {}", HANDLE, file);
    }

    private void write(String link) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, link + "\n", StandardCharsets.UTF_8);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
