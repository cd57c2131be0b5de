package com.quizdeck.support;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Proves that each run of the database tests talks to the engine it claims to test. */
@IntegrationTest
class DatabaseEngineTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_tests_run_on_the_engine_they_claim() throws Exception {
        var expected = "postgres".equals(System.getProperty("quizdeck.test.db")) ? "PostgreSQL" : "H2";
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
