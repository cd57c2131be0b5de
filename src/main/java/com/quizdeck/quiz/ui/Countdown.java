package com.quizdeck.quiz.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.IntConsumer;

/**
 * Time left until the server's deadline. The page ticks it down every second from the time left
 * as the server counts it (so a wrong clock on the device does not matter) and tells the server
 * when a warning is due and when the time is up; the server alone decides what happens then.
 */
@Tag("span")
class Countdown extends Component {

    private IntConsumer onWarning = minutes -> { };
    private Runnable onExpired = () -> { };
    /** Warnings given, by minutes: restarting the ticking (every poll re-syncs it) never repeats one. */
    private final java.util.Set<Integer> warned = new java.util.HashSet<>();

    Countdown() {
        getElement().getClassList().add("qd-countdown-time");
        // A timer is not read out every second; warnings are announced by the page instead.
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-live", "off");
    }

    void onWarning(IntConsumer listener) {
        this.onWarning = listener;
    }

    void onExpired(Runnable listener) {
        this.onExpired = listener;
    }

    /** A new attempt: no warning given yet. */
    void reset() {
        warned.clear();
    }

    /**
     * (Re)starts from this many milliseconds left. A warning is given once: at 5 minutes and at 1
     * minute left, or at once when the page opens later than that (only the more urgent one).
     */
    void start(long millisLeft) {
        getElement().executeJs("""
                const el = this;
                if (el._qdTimer) clearInterval(el._qdTimer);
                const end = Date.now() + $0;
                let warned5 = $1, warned1 = $2, done = false;
                const two = n => String(n).padStart(2, '0');
                const tick = () => {
                  const left = Math.max(0, end - Date.now());
                  const s = Math.ceil(left / 1000);
                  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
                  el.textContent = h > 0 ? h + ':' + two(m) + ':' + two(sec) : m + ':' + two(sec);
                  if (!warned1 && left <= 60000) { warned1 = warned5 = true; el.$server.warn(1); }
                  if (!warned5 && left <= 300000) { warned5 = true; el.$server.warn(5); }
                  if (left <= 0 && !done) { done = true; clearInterval(el._qdTimer); el.$server.expired(); }
                };
                tick();
                el._qdTimer = setInterval(tick, 1000);
                """, millisLeft, warned.contains(5) || warned.contains(1), warned.contains(1));
    }

    void stop() {
        getElement().executeJs("if (this._qdTimer) clearInterval(this._qdTimer);");
    }

    @ClientCallable
    void warn(int minutes) {
        if (warned.add(minutes)) {
            onWarning.accept(minutes);
        }
    }

    @ClientCallable
    void expired() {
        onExpired.run();
    }
}
