package io.escapement.account.signin;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.InetAddress;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own small Spring
 * application on a random port of 127.0.0.1, with a form login for a few people whose ID token and
 * user info carry a nickname and a picture, and also an e-mail address and a phone number that
 * Escapement must not take. It is not a {@code @Configuration}, so the application's component scan
 * leaves it alone; {@link #start()} runs it.
 */
@EnableWebSecurity
class AuthorizationServer {

    static final String CLIENT_ID = "escapement";
    static final String CLIENT_SECRET = "escapement-client-secret";
    static final String PASSWORD = "provider-password";
    static final String[] PEOPLE = {"alice", "bob", "carol", "dave", "erin", "frank"};

    /** What the provider says about {@code username}: more than Escapement asks for. */
    static Map<String, Object> claims(String username) {
        return Map.of(
                "sub",
                username,
                "nickname",
                "表匠" + username,
                "preferred_username",
                username,
                "name",
                "Provider Name " + username,
                "picture",
                "https://avatars.provider.example/" + username + ".png",
                "email",
                username + ".private@provider.example",
                "email_verified",
                true,
                "phone_number",
                phoneOf(username));
    }

    static String phoneOf(String username) {
        return "+861390000"
                + String.format("%04d", java.util.Arrays.asList(PEOPLE).indexOf(username) + 1000);
    }

    /** Starts the provider; close the context to stop it. */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AuthorizationServer.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .properties("spring.config.name=authorization-server-test", "spring.main.register-shutdown-hook=false")
                .run();
    }

    static String issuer(ConfigurableApplicationContext provider) {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) provider).getWebServer().getPort();
    }

    /** Registers Escapement as a client that may redirect to {@code redirectUri}. */
    static void registerClient(ConfigurableApplicationContext provider, String redirectUri) {
        provider.getBean(RegisteredClientRepository.class)
                .save(RegisteredClient.withId(CLIENT_ID)
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(redirectUri)
                        .scope("openid")
                        .scope("profile")
                        .scope("email")
                        .scope("phone")
                        .clientSettings(ClientSettings.builder()
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
    }

    @Bean
    TomcatServletWebServerFactory webServer() {
        var factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(InetAddress.getLoopbackAddress());
        // every endpoint is a filter; without a servlet for them to sit in front of, Tomcat answers 404
        factory.setRegisterDefaultServlet(true);
        return factory;
    }

    @Bean
    @Order(1)
    SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context ->
                            new OidcUserInfo(claims(context.getAuthorization().getPrincipalName())))));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        var users = new InMemoryUserDetailsManager();
        for (var person : PEOPLE) {
            users.createUser(User.withUsername(person)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
        return users;
    }

    @Bean
    RegisteredClientRepository clients() {
        return new Clients();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claims(claims ->
                                claims.putAll(claims(context.getPrincipal().getName())));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Clients registered once the application's port is known. */
    static final class Clients implements RegisteredClientRepository {

        private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

        @Override
        public void save(RegisteredClient client) {
            byId.put(client.getId(), client);
        }

        @Override
        public @Nullable RegisteredClient findById(String id) {
            return byId.get(id);
        }

        @Override
        public @Nullable RegisteredClient findByClientId(String clientId) {
            return byId.values().stream()
                    .filter(client -> Objects.equals(client.getClientId(), clientId))
                    .findFirst()
                    .orElse(null);
        }
    }
}
