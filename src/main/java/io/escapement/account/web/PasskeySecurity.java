package io.escapement.account.web;

import io.escapement.account.signin.Passkeys;
import io.escapement.vault.SubjectId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passkey sign-in for buyers with Spring Security's WebAuthn support (C-6, see docs/adr/0010):
 * the account module adds it to the platform's filter chain as a {@code Customizer<HttpSecurity>}.
 * The device must verify its user (face, fingerprint or PIN) and keep the passkey itself, so a
 * buyer signs in without typing anything. Only buyers' accounts that are neither locked nor
 * cancelled may sign in; the authentication names the buyer by subject id with the buyer role.
 */
@Configuration(proxyBeanMethods = false)
class PasskeySecurity {

    private static final Duration CEREMONY_TIMEOUT = Duration.ofMinutes(5);

    @Bean
    JdbcPublicKeyCredentialUserEntityRepository passkeyUserEntities(DataSource dataSource) {
        return new JdbcPublicKeyCredentialUserEntityRepository(inAccountSchema(dataSource));
    }

    @Bean
    LabelledCredentials passkeyCredentials(DataSource dataSource) {
        return new LabelledCredentials(new JdbcUserCredentialRepository(inAccountSchema(dataSource)));
    }

    @Bean
    Webauthn4JRelyingPartyOperations passkeyCeremonies(
            JdbcPublicKeyCredentialUserEntityRepository userEntities,
            LabelledCredentials credentials,
            WebAuthnProperties properties) {
        var operations = new Webauthn4JRelyingPartyOperations(
                userEntities,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(properties.rpId())
                        .name(properties.rpName())
                        .build(),
                properties.allowedOrigins());
        operations.setCustomizeCreationOptions(options -> options.timeout(CEREMONY_TIMEOUT)
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(
                options -> options.timeout(CEREMONY_TIMEOUT).userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    @Bean
    Customizer<HttpSecurity> passkeySignIn(Passkeys passkeys, PasskeyResponses responses, JsonMapper json) {
        return http -> {
            // Read by the WebAuthn configurer only: buyers are not a UserDetailsService bean, so
            // neither HTTP Basic nor the console ever authenticates against them.
            http.setSharedObject(UserDetailsService.class, buyers(passkeys));
            http.authorizeHttpRequests(requests ->
                    requests.requestMatchers("/webauthn/register/**").hasRole("BUYER"));
            http.addFilterBefore(new RegistrationProblems(json), AuthorizationFilter.class);
            http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                    .creationOptionsRepository(new ServerSideCreationOptions(CEREMONY_TIMEOUT))
                    .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                        @Override
                        public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                            filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                            filter.setRequestOptionsRepository(new SessionRequestOptions());
                            filter.setAuthenticationSuccessHandler(responses::signedIn);
                            filter.setAuthenticationFailureHandler(responses::refused);
                            return filter;
                        }
                    }));
        };
    }

    /** The buyer behind a passkey's user entity, whose name is the buyer's subject id. */
    private static UserDetailsService buyers(Passkeys passkeys) {
        return name -> {
            SubjectId buyer;
            try {
                buyer = new SubjectId(UUID.fromString(name));
            } catch (IllegalArgumentException notABuyer) {
                throw new UsernameNotFoundException("Passkeys sign in buyers only");
            }
            var refusal = passkeys.refusal(buyer);
            if (refusal != null) {
                throw new LockedException(refusal);
            }
            return User.withUsername(name)
                    .password("")
                    .authorities(SubjectId.BUYER_ROLE)
                    .build();
        };
    }

    /**
     * Spring Security's WebAuthn tables have fixed, unqualified names; these connections resolve
     * them in the account schema and reset the search path before going back to the pool.
     */
    private static JdbcTemplate inAccountSchema(DataSource dataSource) {
        return new JdbcTemplate(new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                var connection = super.getConnection();
                execute(connection, "set search_path to account");
                return (Connection) Proxy.newProxyInstance(
                        PasskeySecurity.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, arguments) -> {
                            if ("close".equals(method.getName())) {
                                try {
                                    execute(connection, "reset search_path");
                                } finally {
                                    connection.close();
                                }
                                return null;
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
