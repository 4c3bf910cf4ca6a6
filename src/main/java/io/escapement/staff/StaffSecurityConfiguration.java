package io.escapement.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Who may open which part of the console, in one table (P-4): each role gets only the pages its
 * work needs, and a console page not listed here is refused to everyone. Merchant staff reach
 * {@code /merchant} only. Staff sign in on {@code /staff/signin} with handle, password and second
 * factor.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain staffSecurity(HttpSecurity http, StaffDirectory directory) throws Exception {
        http.securityMatcher("/console/**", "/console", "/merchant/**", "/merchant", "/staff/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/staff/signin", "/staff/enroll")
                        .permitAll()
                        .requestMatchers("/console/staff/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/console/merchants/**")
                        .hasRole("OPERATIONS")
                        .requestMatchers("/console/policy/**")
                        .hasRole("DPO")
                        .requestMatchers("/console/data-map")
                        .hasAnyRole("DPO", "SECURITY", "ADMINISTRATOR")
                        .requestMatchers("/console/audit/**")
                        .hasAnyRole("DPO", "SECURITY")
                        .requestMatchers("/console/security/**")
                        .hasRole("SECURITY")
                        .requestMatchers("/console/customers/**", "/console/customers")
                        .hasRole("CUSTOMER_SERVICE")
                        .requestMatchers("/console/inspections/**", "/console/inspections")
                        .hasRole("INSPECTOR")
                        .requestMatchers("/console/reviews/**", "/console/reviews")
                        .hasAnyRole("CUSTOMER_SERVICE", "OPERATIONS")
                        .requestMatchers("/console")
                        .hasRole("STAFF")
                        .requestMatchers("/merchant/**", "/merchant")
                        .hasRole("MERCHANT")
                        .anyRequest()
                        .denyAll())
                .authenticationProvider(new SecondFactorAuthentication(directory))
                .formLogin(form -> form.loginPage("/staff/signin")
                        .loginProcessingUrl("/staff/signin")
                        .usernameParameter("handle")
                        .authenticationDetailsSource(SecondFactorAuthentication::code)
                        .successHandler((request, response, authentication) ->
                                response.sendRedirect(request.getContextPath() + home(authentication)))
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + "/staff/signin?" + (exception instanceof LockedException ? "locked" : "error"))))
                .logout(logout -> logout.logoutUrl("/staff/signout").logoutSuccessUrl("/staff/signin?signedOut"))
                // explicit, so that sign-in methods other modules add to every chain never apply here
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/staff/signin")));
        return http.build();
    }

    private static String home(Authentication authentication) {
        return StaffMember.of(authentication)
                .filter(StaffMember::isMerchantStaff)
                .map(member -> "/merchant")
                .orElse("/console");
    }

    /** Password plus TOTP or recovery code, checked by the directory in one step. */
    private record SecondFactorAuthentication(StaffDirectory directory) implements AuthenticationProvider {

        /** The second factor and the client's address travel in the authentication details. */
        record Code(String value, String client) {}

        static Code code(HttpServletRequest request) {
            var code = request.getParameter("code");
            return new Code(code == null ? "" : code, request.getRemoteAddr());
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var details = authentication.getDetails() instanceof Code given ? given : new Code("", "");
            var code = details.value();
            var password = authentication.getCredentials() == null
                    ? ""
                    : authentication.getCredentials().toString();
            var result = (UsernamePasswordAuthenticationToken) directory
                    .authenticate(authentication.getName(), password, code, details.client())
                    .authentication();
            // the factors used, instead of the code itself, which must not reach the session
            result.setDetails(code.matches("\\d{6}") ? "password+totp" : "password+recovery-code");
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
