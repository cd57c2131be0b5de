package com.quizdeck.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the live events the application published, for tests to read. Part of the shared test context. */
@Component
public class LiveEventsRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(LiveAnswerGraded event) {
        events.add(event);
    }

    @EventListener
    void on(LiveSessionEnded event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type, Long sessionId) {
        return events.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> sessionId.equals(e instanceof LiveAnswerGraded g ? g.sessionId()
                        : ((LiveSessionEnded) e).sessionId()))
                .toList();
    }
}
