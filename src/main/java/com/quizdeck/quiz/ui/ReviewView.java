package com.quizdeck.quiz.ui;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.quiz.AttemptReview;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.quiz.AttemptState;
import com.quizdeck.quiz.FinishedBy;
import com.quizdeck.quiz.QuizTimes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** A finished attempt: the score, then each question with its result and, as the quiz allows, the answers. */
@Route("attempts/:attemptId/review")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AttemptService attempts;
    final com.vaadin.flow.component.checkbox.Checkbox onlyMissed = new com.vaadin.flow.component.checkbox.Checkbox();

    ReviewView(AttemptService attempts) {
        this.attempts = attempts;
        addClassNames("qd-page", "qd-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long attemptId;
        try {
            attemptId = Long.valueOf(event.getRouteParameters().get("attemptId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("quiz.review.not-found"));
            return;
        }
        AttemptReview review;
        try {
            review = attempts.review(attemptId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("quiz.review.not-found"));
            return;
        } catch (IllegalStateException stillOpen) {
            // Still in progress: the attempt page resumes it (or ends it, if its time is up).
            event.forwardTo(AttemptView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
            return;
        }
        show(review);
    }

    private void show(AttemptReview review) {
        removeAll();
        var a = review.attempt();
        var student = CurrentUser.get().map(p -> p.role() == Role.STUDENT).orElse(false);
        if (student) {
            var back = new RouterLink("← " + review.quizTitle(), QuizDetailView.class,
                    new RouteParameters("quizId", String.valueOf(a.quizId())));
            back.addClassName("qd-back-link");
            add(back);
        }
        var title = new H2(review.quizTitle());
        var when = new Paragraph(getTranslation("quiz.review.attempt", a.attemptNo(), QuizDetailView.describe(a)));
        when.addClassName("qd-muted");
        add(title, when);

        var summary = new Div();
        summary.addClassNames("qd-card", "qd-score-card");
        if (a.state() == AttemptState.ABANDONED) {
            summary.add(new Paragraph(getTranslation("quiz.review.abandoned")));
            add(summary);
            return;
        }
        var percent = new Span(StudentQuizzesView.percent(a.percent()));
        percent.addClassName("qd-score-percent");
        var points = new Span(getTranslation("quiz.review.points", QuizDetailView.points(a.score()), QuizDetailView.points(a.maxScore())));
        points.addClassName("qd-score-points");
        var label = new Span(getTranslation("quiz.review.score"));
        label.addClassName("qd-review-label");
        var score = new Div(label, percent, points);
        score.addClassName("qd-score");
        score.getElement().setAttribute("role", "status");
        summary.add(score);

        var counts = new EnumMap<ReviewParts.Result, Long>(ReviewParts.Result.class);
        counts.putAll(review.items().stream().collect(Collectors.groupingBy(ReviewParts.Result::of, Collectors.counting())));
        var tally = new Div();
        tally.addClassName("qd-tally");
        counts.forEach((result, n) -> {
            var badge = ReviewParts.badge(result);
            badge.add(new Span(" " + n));
            tally.add(badge);
        });
        summary.add(tally);
        if (a.finishedBy() == FinishedBy.TIME_UP) {
            var note = new Paragraph(getTranslation("quiz.review.time-up", QuizTimes.time(a.deadline(), getLocale())));
            note.addClassName("qd-muted");
            summary.add(note);
        }
        if (!review.showsAnswers()) {
            var note = new Paragraph(getTranslation("quiz.review.no-answers"));
            note.addClassName("qd-muted");
            summary.add(note);
        }
        add(summary);

        var list = new Div();
        list.addClassName("qd-review-list");
        int total = review.items().size();
        var toRevisit = new java.util.ArrayList<com.vaadin.flow.component.Component>();
        review.items().forEach(item -> {
            var card = ReviewParts.card(item, item.position() + 1, total);
            var result = ReviewParts.Result.of(item);
            if (result != ReviewParts.Result.CORRECT && result != ReviewParts.Result.SELF_RATED
                    && result != ReviewParts.Result.NOT_GRADED) {
                toRevisit.add(card);
            }
            list.add(card);
        });
        // On a phone the review of a long quiz is long: let the student keep only what to go over again.
        onlyMissed.setLabel(getTranslation("quiz.review.only-missed", toRevisit.size()));
        onlyMissed.addValueChangeListener(e -> list.getChildren()
                .forEach(c -> c.setVisible(!e.getValue() || toRevisit.contains(c))));
        onlyMissed.addClassName("qd-review-filter");
        add(onlyMissed, list);

        if (student) {
            var more = new RouterLink(getTranslation("quiz.review.back"), StudentQuizzesView.class);
            more.addClassName("qd-link-button");
            add(new Div(more));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.review.page-title");
    }
}
