package com.quizdeck.live.ui;

import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.live.LiveQuestion;
import com.quizdeck.live.LiveQuestions;
import com.quizdeck.live.LiveSnapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Pieces the projector and the phones share: option tiles, rich text, the countdown, the answer chart. */
final class LiveUi {

    /** Shape and colour per displayed option: never colour alone (the letter and the shape say it too). */
    static final String[] SHAPES = {"▲", "◆", "●", "■", "★", "⬟", "⬢", "✚"};
    static final String[] SHAPE_NAMES = {"triangle", "diamond", "circle", "square", "star", "pentagon", "hexagon", "cross"};

    private LiveUi() {
    }

    /** Sanitised HTML of one of a question's texts, in a div (or a span for inline use). */
    static Div rich(Question q, String text, String className) {
        var div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", LiveQuestions.safeHtml(q, text));
        return div;
    }

    static Span richInline(Question q, String text) {
        var span = new Span();
        var html = LiveQuestions.safeHtml(q, text);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        span.getElement().setProperty("innerHTML", html);
        return span;
    }

    /** The question's text: its prompt, or for a cloze the instruction and the text with numbered gaps. */
    static Div prompt(Question q, String className) {
        if (q instanceof ClozeQuestion c) {
            var text = c.fill(n -> "(" + n + ") _____");
            var prompt = c.prompt() == null || c.prompt().isBlank() ? text : c.prompt() + "\n\n" + text;
            return rich(q, prompt, className);
        }
        return rich(q, q.prompt(), className);
    }

    /** A coloured tile with shape and letter: the projector's options and the phones' buttons look alike. */
    static Div shapeBadge(int displayed) {
        var shape = new Span(SHAPES[displayed % SHAPES.length]);
        shape.addClassName("qd-live-shape");
        shape.getElement().setAttribute("aria-hidden", "true");
        var letter = new Span(LiveQuestions.letter(displayed));
        letter.addClassName("qd-live-letter");
        var badge = new Div(shape, letter);
        badge.addClassName("qd-live-badge");
        return badge;
    }

    static String colourClass(int displayed) {
        return "qd-live-c" + (displayed % SHAPES.length);
    }

    /** The texts shown for a choice question's options, in displayed order. */
    static List<String> optionTexts(LiveQuestion lq) {
        return switch (lq.question()) {
            case SingleChoiceQuestion q -> lq.optionOrder().stream().map(i -> q.options().get(i).text()).toList();
            case MultipleResponseQuestion q -> lq.optionOrder().stream().map(i -> q.options().get(i).text()).toList();
            default -> List.of();
        };
    }

    /** Whether the displayed option is (fully or partly) right. */
    static boolean optionRight(LiveQuestion lq, int displayed) {
        return switch (lq.question()) {
            case SingleChoiceQuestion q -> q.options().get(lq.optionOrder().get(displayed)).correct();
            case MultipleResponseQuestion q -> q.options().get(lq.optionOrder().get(displayed)).weight() > 0;
            case TrueFalseQuestion q -> q.answer() == (displayed == 0);
            default -> false;
        };
    }

    /** The right answer in words, for the reveal. */
    static String correctAnswer(LiveQuestion lq) {
        var q = lq.question();
        return switch (q) {
            case SingleChoiceQuestion sc -> IntStream.range(0, lq.optionOrder().size())
                    .filter(d -> sc.options().get(lq.optionOrder().get(d)).correct())
                    .mapToObj(d -> LiveQuestions.letter(d) + ". " + LiveQuestions.plain(q, sc.options().get(lq.optionOrder().get(d)).text()))
                    .collect(Collectors.joining("; "));
            case MultipleResponseQuestion mr -> IntStream.range(0, lq.optionOrder().size())
                    .filter(d -> mr.options().get(lq.optionOrder().get(d)).weight() > 0)
                    .mapToObj(d -> LiveQuestions.letter(d) + ". " + LiveQuestions.plain(q, mr.options().get(lq.optionOrder().get(d)).text()))
                    .collect(Collectors.joining("; "));
            case TrueFalseQuestion tf -> I18NProvider.translate(tf.answer() ? "live.true" : "live.false");
            case ShortAnswerQuestion sa -> sa.answers().stream().filter(a -> a.weight() == 100).map(TextAnswer::text)
                    .filter(t -> !t.contains("*")).findFirst()
                    .orElse(sa.answers().isEmpty() ? "" : sa.answers().getFirst().text().replace("*", ""));
            case NumericQuestion n -> n.answers().stream().filter(a -> a.weight() == 100)
                    .map(com.quizdeck.content.NumericAnswer::describe).collect(Collectors.joining(I18NProvider.translate("live.or")));
            case OrderingQuestion o -> o.items().stream().map(i -> LiveQuestions.plain(q, i)).collect(Collectors.joining(" → "));
            case MatchingQuestion m -> m.pairs().stream().map(p -> LiveQuestions.plain(q, p.left()) + " → " + p.right())
                    .collect(Collectors.joining("; "));
            case ClozeQuestion c -> IntStream.range(0, c.blanks().size())
                    .mapToObj(i -> "(" + (i + 1) + ") " + (c.blanks().get(i) instanceof ChoiceBlank cb
                            ? LiveQuestions.plain(q, cb.correctAnswer()) : c.blanks().get(i).correctAnswer()))
                    .collect(Collectors.joining("  "));
            default -> "";
        };
    }

    /** What kind of answer the phones expect, in a few words for the projector. */
    static String answerHint(Question q) {
        return switch (q) {
            case SingleChoiceQuestion x -> I18NProvider.translate("live.hint.pick-one");
            case MultipleResponseQuestion x -> I18NProvider.translate("live.hint.pick-all");
            case TrueFalseQuestion x -> I18NProvider.translate("live.hint.true-false");
            case ShortAnswerQuestion x -> I18NProvider.translate("live.hint.type");
            case NumericQuestion x -> I18NProvider.translate("live.hint.number");
            case OrderingQuestion x -> I18NProvider.translate("live.hint.order");
            case MatchingQuestion x -> I18NProvider.translate("live.hint.match");
            case ClozeQuestion x -> I18NProvider.translate("live.hint.gaps");
            default -> "";
        };
    }

    /** A number of seconds that counts down in the browser, from the time left as the server sees it. */
    static Span countdown(LiveSnapshot s, Clock clock) {
        var span = new Span();
        span.addClassName("qd-live-countdown");
        span.getElement().setAttribute("role", "timer");
        span.getElement().setAttribute("aria-label", I18NProvider.translate("live.countdown.label"));
        // The timer itself is not read out every second (role timer is not live); milestones go to the page's
        // own live region (.qd-live-milestone, see milestoneRegion) once each: half the time, 10 and 5 seconds left.
        var milestone = I18NProvider.translate("live.countdown.milestone", "{0}");
        long left = s.paused() ? s.remainingMillis()
                : s.deadline() == null ? 0 : Math.max(0, Duration.between(clock.instant(), s.deadline()).toMillis());
        span.setText(String.valueOf((left + 999) / 1000));
        if (!s.paused() && left > 0) {
            span.getElement().executeJs("""
                    const el = this; clearInterval(el._qdTimer); const end = Date.now() + $0;
                    const total = Math.ceil($0 / 1000); const said = new Set();
                    const marks = [10, 5]; if (total >= 30) marks.push(Math.round(total / 2 / 5) * 5);
                    const say = n => { const root = el.closest('main') || document;
                      const live = root.querySelector('.qd-live-milestone'); if (!live) return;
                      live.textContent = $1.replace('{0}', n); };
                    const tick = () => { const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                      el.textContent = s; if (s <= 5) el.classList.add('qd-live-hurry');
                      for (const m of marks) { if (s === m && !said.has(m) && m < total) { said.add(m); say(m); } }
                      if (s <= 0) clearInterval(el._qdTimer); };
                    tick(); el._qdTimer = setInterval(tick, 200);""", left, milestone);
        }
        return span;
    }

    /**
     * An empty live region for the countdown's milestones. Only the browser writes into it (the countdown's
     * script), never the server, so the two never fight over its text.
     */
    static Span milestoneRegion() {
        var span = new Span();
        span.addClassNames("qd-visually-hidden", "qd-live-milestone");
        span.getElement().setAttribute("aria-live", "polite");
        return span;
    }

    /** The answer chart: one bar per option (or right / partly / wrong), each with its count as text. */
    static Div chart(LiveSnapshot s, boolean markRight) {
        var chart = new Div();
        chart.addClassName("qd-live-chart");
        chart.getElement().setAttribute("role", "img");
        var q = s.question();
        int max = Math.max(1, s.distribution().stream().mapToInt(Integer::intValue).max().orElse(1));
        boolean choice = q.question() instanceof SingleChoiceQuestion || q.question() instanceof MultipleResponseQuestion
                || q.question() instanceof TrueFalseQuestion;
        var summary = new StringBuilder(I18NProvider.translate("live.chart.answers") + " ");
        for (int i = 0; i < s.distribution().size(); i++) {
            int n = s.distribution().get(i);
            var label = barLabel(q, s.distributionLabels(), i);
            summary.append(label).append(' ').append(n).append(i + 1 < s.distribution().size() ? ", " : "");
            var bar = new Div();
            bar.addClassName("qd-live-bar-fill");
            bar.getStyle().set("height", Math.round(100.0 * n / max) + "%");
            var count = new Span(String.valueOf(n));
            count.addClassName("qd-live-bar-count");
            var area = new Div(count, bar);
            area.addClassName("qd-live-bar-area");
            Component name;
            if (choice && q.question() instanceof TrueFalseQuestion) {
                name = new Span((i == 0 ? "✓ " : "✗ ") + label);
            } else if (choice) {
                name = shapeBadge(i);
            } else {
                name = new Span(label);
            }
            var column = new Div(area, name);
            column.addClassName("qd-live-bar");
            column.addClassName(choice ? colourClass(i) : "qd-live-g" + i);
            if (markRight && choice && optionRight(q, i)) {
                column.addClassName("qd-live-right");
                var tick = VaadinIcon.CHECK.create();
                tick.addClassName("qd-live-bar-tick");
                column.add(tick);
            } else if (markRight && choice) {
                column.addClassName("qd-live-wrong");
            }
            chart.add(column);
        }
        chart.getElement().setAttribute("aria-label", summary.toString());
        return chart;
    }

    /**
     * A bar's name in the reader's language: the game names its bars in English ("True", "Partly right") or by
     * letter; letters stay, words come from the bundle.
     */
    static String barLabel(LiveQuestion q, List<String> labels, int i) {
        if (q.question() instanceof TrueFalseQuestion) {
            return I18NProvider.translate(i == 0 ? "live.true" : "live.false");
        }
        if (q.question() instanceof SingleChoiceQuestion || q.question() instanceof MultipleResponseQuestion) {
            return labels.get(i);
        }
        return I18NProvider.translate(i == 0 ? "live.chart.right" : i == 1 ? "live.chart.partly" : "live.chart.wrong");
    }

    /** Where players join: the public address if configured, else as this browser reached the server. */
    static String baseUrl(String publicUrl) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        }
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        var port = http.getServerPort();
        var defaultPort = ("https".equals(http.getScheme()) && port == 443) || ("http".equals(http.getScheme()) && port == 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath() + "/";
    }

    /** "123 456": easier to read off a projector. */
    static String spacedCode(String code) {
        return code.length() == 6 ? code.substring(0, 3) + " " + code.substring(3) : code;
    }
}
