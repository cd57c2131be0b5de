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

    /** (Re)starts from this many milliseconds left; warnings already past are not repeated. */
    void start(long millisLeft) {
        getElement().executeJs("""
                const el = this;
                if (el._qdTimer) clearInterval(el._qdTimer);
                const end = Date.now() + $0;
                let warned5 = $0 <= 300000, warned1 = $0 <= 60000, done = false;
                const two = n => String(n).padStart(2, '0');
                const tick = () => {
                  const left = Math.max(0, end - Date.now());
                  const s = Math.ceil(left / 1000);
                  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
                  el.textContent = h > 0 ? h + ':' + two(m) + ':' + two(sec) : m + ':' + two(sec);
                  if (!warned5 && left <= 300000) { warned5 = true; el.$server.warn(5); }
                  if (!warned1 && left <= 60000) { warned1 = true; el.$server.warn(1); }
                  if (left <= 0 && !done) { done = true; clearInterval(el._qdTimer); el.$server.expired(); }
                };
                tick();
                el._qdTimer = setInterval(tick, 1000);
                """, millisLeft);
    }

    void stop() {
        getElement().executeJs("if (this._qdTimer) clearInterval(this._qdTimer);");
    }

    @ClientCallable
    void warn(int minutes) {
        onWarning.accept(minutes);
    }

    @ClientCallable
    void expired() {
        onExpired.run();
    }
}
