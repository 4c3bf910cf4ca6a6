package io.escapement.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The console's first sign-in: user {@code admin} with a random password written, on first start,
 * to {@code console-admin-password.txt} in the data directory, readable by the owner only and
 * never logged. Only its Argon2id hash is kept in memory.
 */
@Configuration(proxyBeanMethods = false)
class BootstrapAdministrator {

    static final String USER = "admin";

    @Bean
    UserDetailsService consoleUsers(
            PasswordEncoder encoder,
            @Value("${escapement.console.password-file:data/console-admin-password.txt}") Path file)
            throws IOException {
        return new InMemoryUserDetailsManager(User.withUsername(USER)
                .password(encoder.encode(password(file)))
                .roles("STAFF", "DPO")
                .build());
    }

    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return password;
    }
}
