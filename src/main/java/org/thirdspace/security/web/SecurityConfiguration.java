package org.thirdspace.security.web;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.security.internal.AccountAuthenticationProvider;
import org.thirdspace.security.internal.AccountRepository;
import org.thirdspace.security.internal.AccountUserDetailsService;
import org.thirdspace.security.internal.DisabledAccounts;
import org.thirdspace.security.internal.LoginThrottle;
import org.thirdspace.security.internal.LoginThrottleProperties;
import org.thirdspace.security.internal.PersonalAccessTokenAuthenticationProvider;
import org.thirdspace.security.internal.PersonalAccessTokenRepository;
import org.thirdspace.security.internal.RememberMeTokens;
import org.thirdspace.security.internal.Tokens;
import org.thirdspace.security.ui.LoginView;

/**
 * Two filter chains: a stateless one for {@code /api/**} (personal access tokens, HTTP Basic, problem
 * documents) and the Vaadin one for everything else (form login, remember-me).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final Duration REMEMBER_ME_VALIDITY = Duration.ofDays(14);

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            // our own stylesheets and images (Vaadin only opens its own resources)
            "/styles/**", "/images/**", "/icons/**",
            // one-click unsubscribe from notification mails: the signed token is the authorisation
            "/unsubscribe"};

    /** API reads that answer visitors too (the services show them public data only). */
    private static final String[] PUBLIC_API_READS = {"/api/v1/groups", "/api/v1/groups/{id:[0-9]+}",
            "/api/v1/groups/{id:[0-9]+}/members", "/api/v1/groups/{id:[0-9]+}/seats",
            // published case studies: search, read, history, diff, export, discussion, attachments
            "/api/v1/case-studies", "/api/v1/case-studies/{id:[0-9]+}", "/api/v1/case-studies/{id:[0-9]+}/**",
            // public forum categories and public groups' forums (the service decides what a visitor sees)
            "/api/v1/forum/categories", "/api/v1/forum/categories/*", "/api/v1/topics", "/api/v1/topics/{id:[0-9]+}",
            "/api/v1/posts/{id:[0-9]+}", "/api/v1/posts/{id:[0-9]+}/quote"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties) {
        return new LoginThrottle(properties);
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(
            AccountUserDetailsService userDetailsService, RememberMeTokens rememberMeTokens,
            @Value("${thirdspace.security.remember-me.key:}") String key) {
        // persistent tokens live in the database; the key only signs the in-memory authentication
        String rememberMeKey = key.isBlank() ? Tokens.newSecret() : key;
        PersistentTokenBasedRememberMeServices rememberMe =
                new PersistentTokenBasedRememberMeServices(rememberMeKey, userDetailsService, rememberMeTokens);
        rememberMe.setTokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds());
        return rememberMe;
    }

    @Bean
    ProviderManager thirdspaceAuthenticationManager(AccountRepository accounts,
                                                    PersistentTokenBasedRememberMeServices rememberMeServices,
                                                    PersonalAccessTokenRepository tokens,
                                                    PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                                    PlatformTransactionManager transactionManager,
                                                    ObjectProvider<Clock> clock,
                                                    ApplicationEventPublisher events) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Clock c = clock.getIfUnique(Clock::systemUTC);
        return new ProviderManager(
                new AccountAuthenticationProvider(accounts, passwordEncoder, throttle, tx, c, events),
                new PersonalAccessTokenAuthenticationProvider(tokens, accounts, throttle, tx, c),
                new RememberMeAuthenticationProvider(rememberMeServices.getKey()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ProviderManager thirdspaceAuthenticationManager,
                                               ApiProperties api) throws Exception {
        Problems problems = new Problems(api.basicAuthEnabled());
        http.securityMatcher("/api/**")
                .authenticationManager(thirdspaceAuthenticationManager)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_READS).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new PersonalAccessTokenFilter(thirdspaceAuthenticationManager, problems),
                        BasicAuthenticationFilter.class);
        if (api.basicAuthEnabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        } else {
            http.httpBasic(basic -> basic.disable());
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http,
                                                  ProviderManager thirdspaceAuthenticationManager,
                                                  PersistentTokenBasedRememberMeServices rememberMe,
                                                  DisabledAccounts disabledAccounts) throws Exception {
        http.authenticationManager(thirdspaceAuthenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC).permitAll())
                // RFC 8058 one-click unsubscribe is a cross-site POST without a CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe"))
                .rememberMe(r -> r.rememberMeServices(rememberMe).key(rememberMe.getKey()))
                .addFilterBefore(new DisabledAccountSessionFilter(disabledAccounts),
                        AnonymousAuthenticationFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
