package com.quizdeck.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Live games on {@code /actuator/prometheus}, per node: games this node serves that have not ended
 * ({@code quizdeck_live_sessions_active}), their active players ({@code quizdeck_live_players}), and
 * counters of accepted answers and joins ({@code rate(quizdeck_live_answers_total[1m])} is answers per
 * second). With several nodes, sum the counters; a game with screens on two nodes is counted by both.
 */
@Component
class LiveMetrics {

    private final Counter answers;
    private final Counter joins;

    LiveMetrics(MeterRegistry registry, LiveGames games) {
        this.answers = Counter.builder("quizdeck.live.answers").description("Live answers accepted on this node")
                .register(registry);
        this.joins = Counter.builder("quizdeck.live.joins").description("Players who joined a live game on this node")
                .register(registry);
        Gauge.builder("quizdeck.live.sessions.active", games,
                        g -> g.inMemory().stream().filter(x -> x.phase().state() != LiveState.ENDED).count())
                .description("Live games this node serves that have not ended").register(registry);
        Gauge.builder("quizdeck.live.players", games,
                        g -> g.inMemory().stream().filter(x -> x.phase().state() != LiveState.ENDED)
                                .mapToInt(LiveGame::activePlayers).sum())
                .description("Active players in those games").register(registry);
    }

    void answered() {
        answers.increment();
    }

    void joined() {
        joins.increment();
    }
}
