package com.quizdeck.cluster;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses how nodes talk: {@code LISTEN/NOTIFY} when the database is PostgreSQL (several nodes may share
 * it), nothing on H2 (one node). {@code quizdeck.cluster.enabled=false} turns it off on PostgreSQL too.
 */
@Configuration
class ClusterConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    ClusterEventsHolder clusterEventsHolder(Environment env, DataSource dataSource) {
        var url = env.getProperty("spring.datasource.url", "");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres || !env.getProperty("quizdeck.cluster.enabled", Boolean.class, true)) {
            return new ClusterEventsHolder(new SingleNodeEvents());
        }
        return new ClusterEventsHolder(new PostgresNotifyEvents(new JdbcTemplate(dataSource), url,
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password")));
    }

    @Bean
    ClusterEvents clusterEvents(ClusterEventsHolder holder) {
        return holder.events;
    }

    @Bean
    JobLock jobLock(DataSource dataSource, java.time.Clock clock) {
        return new JobLock(new JdbcTemplate(dataSource), clock);
    }

    /** Starts and stops the listening thread with the context. */
    static final class ClusterEventsHolder {
        final ClusterEvents events;

        ClusterEventsHolder(ClusterEvents events) {
            this.events = events;
        }

        void start() {
            if (events instanceof PostgresNotifyEvents pg) {
                pg.start();
            }
        }

        void stop() {
            if (events instanceof PostgresNotifyEvents pg) {
                pg.stop();
            }
        }
    }
}
