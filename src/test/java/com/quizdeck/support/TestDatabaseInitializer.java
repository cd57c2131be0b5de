package com.quizdeck.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the integration tests' database: a throw-away H2 in memory by default, or a real
 * PostgreSQL when the test run says so ({@code -Dquizdeck.test.db=postgres}, which the
 * {@code postgres} Surefire execution sets). Same tests, same Flyway migrations, two engines.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"postgres".equals(System.getProperty("quizdeck.test.db"))) {
            return;
        }
        var pg = ThrowawayPostgres.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("throwaway-postgres", Map.of(
                "spring.datasource.url", pg.url,
                "spring.datasource.username", pg.username,
                "spring.datasource.password", pg.password)));
    }
}
