package com.quizdeck.quiz.ui;

import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.AttemptState;
import com.quizdeck.quiz.AttemptSummary;
import com.quizdeck.quiz.FeedbackTiming;
import com.quizdeck.quiz.FinishedBy;
import com.quizdeck.quiz.QuizTimes;
import com.quizdeck.quiz.StudentQuizDetail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** One quiz for a student: what it is like, start or resume, and the history of their attempts. */
@Route("quizzes/:quizId")
@RolesAllowed("STUDENT")
class QuizDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AttemptService attempts;

    QuizDetailView(AttemptService attempts) {
        this.attempts = attempts;
        addClassNames("qd-page", "qd-quiz-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudentQuizDetail detail;
        try {
            detail = attempts.quizForStudent(Long.valueOf(event.getRouteParameters().get("quizId").orElse("")));
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("quiz.detail.not-found"));
            return;
        }
        show(detail);
    }

    private void show(StudentQuizDetail d) {
        removeAll();
        var q = d.quiz();
        var back = new RouterLink(getTranslation("quiz.detail.all"), StudentQuizzesView.class);
        back.addClassName("qd-back-link");
        var title = new H2(q.title());
        var klass = new Paragraph(q.className());
        klass.addClassName("qd-muted");
        var facts = StudentQuizzesView.facts(q);
        var head = new Div(back, title, klass, facts);
        var scores = StudentQuizzesView.scores(q);
        if (scores != null) {
            head.add(new Div(scores));
        }
        add(head);

        var rules = new UnorderedList(
                new ListItem(q.feedbackTiming() == FeedbackTiming.AFTER_EACH_QUESTION
                        ? getTranslation("quiz.detail.rule.check") : getTranslation("quiz.detail.rule.after")),
                new ListItem(getTranslation("quiz.detail.rule.points", d.pointsPerQuestion())),
                new ListItem(q.timeLimitMinutes() == null ? getTranslation("quiz.detail.rule.no-limit")
                        : getTranslation("quiz.detail.rule.limit", q.timeLimitMinutes())));
        rules.addClassName("qd-quiz-rules");
        var about = new Section(new H3(getTranslation("quiz.detail.how")), rules);
        about.addClassNames("qd-section", "qd-card");
        add(about);

        var actions = new Div();
        actions.addClassName("qd-card-actions");
        if (q.canResume()) {
            var resume = new Button(getTranslation("quiz.detail.resume", q.attemptsUsed()), VaadinIcon.PLAY.create(),
                    e -> StudentQuizzesView.open(q.inProgressAttemptId()));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(resume);
        } else if (q.canStart()) {
            var start = new Button(q.attemptsUsed() == 0 ? getTranslation("quiz.detail.start") : getTranslation("quiz.list.start-attempt", q.attemptsUsed() + 1),
                    VaadinIcon.PLAY.create(), e -> StudentQuizzesView.start(attempts, q.quizId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(start);
        } else {
            var none = new Span(getTranslation(q.done() ? "quiz.detail.no-more" : "quiz.detail.not-open"));
            none.addClassName("qd-muted");
            actions.add(none);
        }
        add(actions);

        var history = new Div();
        history.addClassName("qd-history");
        if (d.attempts().isEmpty()) {
            var none = new Paragraph(getTranslation("quiz.detail.no-attempts"));
            none.addClassName("qd-muted");
            history.add(none);
        }
        for (var a : d.attempts().reversed()) {
            history.add(row(a));
        }
        var section = new Section(new H3(getTranslation("quiz.detail.attempts")), history);
        section.addClassName("qd-section");
        add(section);
    }

    private Div row(AttemptSummary a) {
        var name = new Span(getTranslation("quiz.attempt.number", a.attemptNo()));
        name.addClassName("qd-history-name");
        var status = new Span(describe(a));
        status.addClassName("qd-muted");
        var text = new Div(name, status);
        text.addClassName("qd-card-text");
        var row = new Div(text);
        row.addClassNames("qd-card", "qd-history-row");
        if (a.state() == AttemptState.SUBMITTED) {
            var score = new Span(score(a));
            score.addClassName("qd-history-score");
            row.add(score);
        }
        if (a.state().finished()) {
            var review = new RouterLink(getTranslation("quiz.list.review"), ReviewView.class,
                    new RouteParameters("attemptId", String.valueOf(a.attemptId())));
            review.getElement().setAttribute("aria-label", getTranslation("quiz.detail.review-label", a.attemptNo()));
            review.addClassName("qd-link-button");
            row.add(review);
        } else {
            var resume = new Button(getTranslation("quiz.list.resume"), e -> StudentQuizzesView.open(a.attemptId()));
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(resume);
        }
        return row;
    }

    static String describe(AttemptSummary a) {
        return switch (a.state()) {
            case IN_PROGRESS, OVERDUE -> com.vaadin.flow.i18n.I18NProvider.translate("quiz.detail.since", QuizTimes.dateTime(a.startedAt(), StudentQuizzesView.locale()))
                    + (a.deadline() == null ? "" : com.vaadin.flow.i18n.I18NProvider.translate("quiz.detail.ends", QuizTimes.dateTime(a.deadline(), StudentQuizzesView.locale())));
            case SUBMITTED -> com.vaadin.flow.i18n.I18NProvider.translate(a.finishedBy() == FinishedBy.TIME_UP ? "quiz.detail.submitted-time-up" : "quiz.detail.submitted",
                    QuizTimes.dateTime(a.submittedAt(), StudentQuizzesView.locale()));
            case ABANDONED -> com.vaadin.flow.i18n.I18NProvider.translate("quiz.detail.abandoned");
        };
    }

    static String score(AttemptSummary a) {
        return com.vaadin.flow.i18n.I18NProvider.translate("quiz.detail.score", points(a.score()), points(a.maxScore()), StudentQuizzesView.percent(a.percent()));
    }

    static String points(Double value) {
        if (value == null) {
            return "–";
        }
        var format = java.text.NumberFormat.getNumberInstance(StudentQuizzesView.locale()); // "2.5", "2,5" in German
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.detail.page-title");
    }
}
