package com.quizdeck.quiz.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.QuizStatus;
import com.quizdeck.quiz.QuizTimes;
import com.quizdeck.quiz.QuizUnavailableException;
import com.quizdeck.quiz.StudentQuiz;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/** A student's quizzes: open ones to start or resume, upcoming ones, and done ones with their scores. */
@Route("quizzes")
@RolesAllowed("STUDENT")
class StudentQuizzesView extends Main implements HasDynamicTitle {

    private final AttemptService attempts;

    StudentQuizzesView(AttemptService attempts) {
        this.attempts = attempts;
        addClassNames("qd-page", "qd-student-quizzes");
        var title = new H2(getTranslation("quiz.list.title"));
        var intro = new Paragraph(getTranslation("quiz.list.intro"));
        intro.addClassName("qd-muted");
        add(title, intro);

        var all = attempts.myQuizzes();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("quiz.list.none"),
                    getTranslation("quiz.list.none-text")));
            return;
        }
        var open = all.stream().filter(q -> q.status() == QuizStatus.OPEN && !q.done()).toList();
        var upcoming = all.stream().filter(q -> q.status() == QuizStatus.UPCOMING).toList();
        var done = all.stream().filter(StudentQuiz::done).toList();
        add(section(getTranslation("quiz.list.open"), open, getTranslation("quiz.list.open-empty")));
        if (!upcoming.isEmpty()) {
            add(section(getTranslation("quiz.list.upcoming"), upcoming, null));
        }
        add(section(getTranslation("quiz.list.done"), done, getTranslation("quiz.list.done-empty")));
    }

    private Section section(String name, List<StudentQuiz> quizzes, String whenEmpty) {
        var list = new Div();
        list.addClassName("qd-card-list");
        if (quizzes.isEmpty()) {
            var empty = new Paragraph(whenEmpty);
            empty.addClassName("qd-muted");
            list.add(empty);
        }
        quizzes.forEach(q -> list.add(card(q)));
        var s = new Section(new H3(getTranslation("quiz.list.section", name, quizzes.size())), list);
        s.addClassName("qd-section");
        return s;
    }

    private Component card(StudentQuiz q) {
        var icon = (q.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLIPBOARD_CHECK).create();
        icon.addClassName("qd-card-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new H3(q.title());
        name.addClassName("qd-card-title");
        var klass = new Span(q.className());
        klass.addClassName("qd-muted");
        var text = new Div(name, klass, facts(q));
        text.addClassName("qd-card-text");
        var scores = scores(q);
        if (scores != null) {
            text.add(scores);
        }
        var actions = new Div();
        actions.addClassName("qd-card-actions");
        if (q.canResume()) {
            var resume = new Button(getTranslation("quiz.list.resume"), VaadinIcon.PLAY.create(), e -> open(q.inProgressAttemptId()));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.setAriaLabel(getTranslation("quiz.list.resume-label", q.title()));
            actions.add(resume);
        } else if (q.canStart()) {
            var start = new Button(q.attemptsUsed() == 0 ? getTranslation("quiz.list.start")
                    : getTranslation("quiz.list.start-attempt", q.attemptsUsed() + 1),
                    VaadinIcon.PLAY.create(), e -> start(q));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setAriaLabel(getTranslation(q.attemptsUsed() == 0 ? "quiz.list.start-label" : "quiz.list.start-another-label",
                    q.title()));
            actions.add(start);
        }
        if (q.lastAttemptId() != null) {
            var review = new RouterLink(getTranslation("quiz.list.review"), ReviewView.class,
                    new RouteParameters("attemptId", String.valueOf(q.lastAttemptId())));
            review.getElement().setAttribute("aria-label", getTranslation("quiz.list.review-label", q.title()));
            review.addClassName("qd-link-button");
            actions.add(review);
        }
        var details = new RouterLink(getTranslation("quiz.list.history"), QuizDetailView.class,
                new RouteParameters("quizId", String.valueOf(q.quizId())));
        details.getElement().setAttribute("aria-label", getTranslation("quiz.list.history-label", q.title()));
        details.addClassName("qd-link-button");
        actions.add(details);
        text.add(actions);
        var card = new Div(icon, text);
        card.addClassNames("qd-card", "qd-class-card", "qd-quiz-card");
        return card;
    }

    /** Questions, time limit, attempts, dates: one muted line. */
    static Span facts(StudentQuiz q) {
        var parts = new ArrayList<String>();
        var locale = locale();
        parts.add(t("quiz.facts.questions", q.questionCount()));
        parts.add(q.timeLimitMinutes() == null ? t("quiz.facts.no-limit") : t("quiz.facts.minutes", q.timeLimitMinutes()));
        if (q.attemptsAllowed() != null) {
            parts.add(t("quiz.facts.attempts-used", q.attemptsUsed(), q.attemptsAllowed()));
        } else if (q.attemptsUsed() > 0) {
            parts.add(t("quiz.facts.attempts", q.attemptsUsed()));
        }
        switch (q.status()) {
            case UPCOMING -> parts.add(t("quiz.facts.opens", QuizTimes.dateTime(q.opensAt(), locale)));
            case OPEN -> {
                if (q.closesAt() != null) {
                    parts.add(t("quiz.facts.closes", QuizTimes.dateTime(q.closesAt(), locale)));
                }
            }
            case CLOSED -> parts.add(t("quiz.facts.closed", QuizTimes.dateTime(q.closesAt(), locale)));
        }
        var text = String.join(" · ", parts);
        var span = new Span(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        span.addClassName("qd-muted");
        return span;
    }

    static Span scores(StudentQuiz q) {
        if (q.canResume() && q.bestPercent() == null) {
            var s = new Span(t("quiz.scores.in-progress", q.attemptsUsed()));
            s.addClassName("qd-quiz-progress");
            return s;
        }
        if (q.bestPercent() == null) {
            return null;
        }
        var s = new Span(t("quiz.scores.best-last", percent(q.bestPercent()), percent(q.lastPercent()))
                + (q.canResume() ? t("quiz.scores.and-in-progress", q.attemptsUsed()) : ""));
        s.addClassName("qd-quiz-scores");
        return s;
    }

    /** A text of the quiz bundle, in the current UI's language (for the static helpers other views share). */
    static String t(String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key, params);
    }

    /** The current UI's locale (English when there is none, as in a background thread). */
    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String percent(Double value) {
        if (value == null) {
            return "–";
        }
        var format = java.text.NumberFormat.getPercentInstance(locale()); // "36%", "36 %" in German
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value / 100);
    }

    private void start(StudentQuiz q) {
        start(attempts, q.quizId());
    }

    /** Starts (or resumes) an attempt and opens it; a refusal is explained. */
    static void start(AttemptService attempts, Long quizId) {
        Long attemptId;
        try {
            try {
                attemptId = attempts.start(quizId);
            } catch (DataIntegrityViolationException twoTabsAtOnce) {
                // Another tab created the attempt in the same instant: take that one.
                attemptId = attempts.start(quizId);
            }
        } catch (QuizUnavailableException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
            return;
        }
        open(attemptId);
    }

    static void open(Long attemptId) {
        UI.getCurrent().navigate(AttemptView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.student.page-title");
    }
}
