package com.quizdeck.quiz.ui;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.OrderingResponse;
import com.quizdeck.grading.PartGrade;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.quiz.ReviewItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * A graded question as the review (and the "Check" of feedback after each question) shows it:
 * the result as an icon and a word, the student's answer, and, as the quiz allows, the correct
 * answer, the feedback, the explanation and the source passage.
 */
final class ReviewParts {

    private ReviewParts() {
    }

    /** What a result is called and how it looks. Never colour alone: an icon and a word. */
    enum Result {
        CORRECT("quiz.result.correct", VaadinIcon.CHECK_CIRCLE, "qd-result-correct"),
        PARTIAL("quiz.result.partial", VaadinIcon.ADJUST, "qd-result-partial"),
        INCORRECT("quiz.result.incorrect", VaadinIcon.CLOSE_CIRCLE, "qd-result-incorrect"),
        NOT_ANSWERED("quiz.result.none", VaadinIcon.MINUS_CIRCLE_O, "qd-result-none"),
        NOT_GRADED("quiz.result.ungraded", VaadinIcon.COMMENT_ELLIPSIS_O, "qd-result-ungraded"),
        SELF_RATED("quiz.result.self-rated", VaadinIcon.STAR_O, "qd-result-ungraded");

        final String word;
        final VaadinIcon icon;
        final String className;

        Result(String word, VaadinIcon icon, String className) {
            this.word = word;
            this.icon = icon;
            this.className = className;
        }

        static Result of(ReviewItem item) {
            if (!item.answered()) {
                return NOT_ANSWERED;
            }
            if (item.question() instanceof FlashcardQuestion) {
                return SELF_RATED;
            }
            return of(item.grade().status());
        }

        static Result of(Grade.Status status) {
            return switch (status) {
                case CORRECT -> CORRECT;
                case PARTIAL -> PARTIAL;
                case INCORRECT -> INCORRECT;
                case NOT_GRADED -> NOT_GRADED;
            };
        }
    }

    static Span badge(Result result) {
        var icon = result.icon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("qd-result-icon");
        var badge = new Span(icon, new Span(t(result.word)));
        badge.addClassNames("qd-result", result.className);
        return badge;
    }

    /** A whole question of a review, in a card. */
    /** A text of the quiz bundle in the current UI's language. */
    static String t(String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key, params);
    }

    static Div card(ReviewItem item, int number, int total) {
        var result = Result.of(item);
        var heading = new H3(t("quiz.attempt.question-of", number, total));
        heading.addClassName("qd-review-heading");
        var head = new Div(heading, badge(result));
        if (item.maxPoints() > 0) {
            var points = new Span(t(item.maxPoints() == 1 ? "quiz.review.item-point" : "quiz.review.item-points",
                    QuizDetailView.points(item.points()), QuizDetailView.points(item.maxPoints())));
            points.addClassName("qd-review-points");
            head.add(points);
        }
        head.addClassName("qd-review-head");
        var card = new Div(head);
        card.addClassNames("qd-card", "qd-review-item", result.className + "-card");
        card.getElement().setAttribute("role", "article");
        card.getElement().setAttribute("aria-label", t("quiz.review.item-label", number, t(result.word)));
        var q = item.question();
        var prompt = Rich.prompt(q);
        if (!prompt.isBlank()) {
            card.add(Rich.block(prompt, "qd-question-prompt"));
        }
        if (q instanceof ClozeQuestion cloze) {
            // The sentence with numbered gaps, so that "Blank 2" below has something to point at.
            var gaps = cloze.fill(n -> cloze.format().convertFrom(com.quizdeck.content.TextFormat.PLAIN, "(" + n + ") ______"));
            card.add(Rich.block(cloze.format().toSafeHtml(gaps), "qd-question-prompt"));
        }
        card.add(details(item));
        return card;
    }

    /** Everything below the prompt: answers, feedback, explanation, source. Also used after "Check". */
    static Div details(ReviewItem item) {
        var box = new Div();
        box.addClassName("qd-review-details");
        var q = item.question();
        box.add(labelled(t("quiz.review.yours"), yourAnswer(q, item.response(), item.grade(), item.answered())));
        if (item.showsAnswers()) {
            correctAnswer(q).ifPresent(c -> box.add(labelled(t(q instanceof FlashcardQuestion ? "quiz.review.back-of-card"
                    : "quiz.review.correct-answer"), c)));
            var feedback = item.grade().feedbackTexts().stream()
                    .filter(t -> !t.equals("Not answered"))
                    .toList();
            if (!feedback.isEmpty()) {
                var list = new Div();
                list.addClassName("qd-feedback");
                feedback.forEach(t -> list.add(Rich.block(q.format().toSafeHtmlHonouringMarker(t), "qd-feedback-text")));
                box.add(labelled(t("quiz.review.feedback"), list));
            }
            if (q.explanation() != null && !q.explanation().isBlank()) {
                box.add(labelled(t("quiz.review.explanation"), Rich.block(q.format().toSafeHtml(q.explanation()), "qd-explanation")));
            }
            if (q.source() != null && !q.source().isBlank()) {
                var quote = new Div();
                quote.getElement().setText(q.source());
                quote.addClassName("qd-source-quote");
                var block = new Div(quote);
                block.getElement().setAttribute("role", "blockquote");
                box.add(labelled(t("quiz.review.source"), block));
            }
        }
        if (q instanceof OpenQuestion) {
            var note = new Paragraph(t("quiz.review.written"));
            note.addClassName("qd-muted");
            box.add(note);
        }
        return box;
    }

    private static Div labelled(String label, Component content) {
        var title = new Span(label);
        title.addClassName("qd-review-label");
        var div = new Div(title, content);
        div.addClassName("qd-review-block");
        return div;
    }

    private static Component none() {
        var span = new Span(t("quiz.review.no-answer"));
        span.addClassName("qd-muted");
        return span;
    }

    private static Component plain(String text) {
        var span = new Span(text);
        span.addClassName("qd-answer-text");
        return span;
    }

    static Component yourAnswer(Question question, Response response, Grade grade, boolean answered) {
        if (!answered) {
            return none();
        }
        return switch (question) {
            case SingleChoiceQuestion q -> response instanceof ChoiceResponse r && r.optionIndex() < q.options().size()
                    ? Rich.inline(Rich.text(q, q.options().get(r.optionIndex()).text())) : none();
            case MultipleResponseQuestion q -> {
                var list = new UnorderedList();
                if (response instanceof MultiChoiceResponse r) {
                    r.optionIndexes().stream().sorted().filter(i -> i < q.options().size())
                            .forEach(i -> list.add(new ListItem(Rich.inline(Rich.text(q, q.options().get(i).text())))));
                }
                yield list;
            }
            case TrueFalseQuestion q -> plain(t(response instanceof TrueFalseResponse r && r.answer() ? "quiz.true" : "quiz.false"));
            case ShortAnswerQuestion q -> plain(response instanceof TextResponse r ? r.text() : "");
            case NumericQuestion q -> plain(response instanceof NumericResponse r ? r.raw() : "");
            case OpenQuestion q -> {
                var text = plain(response instanceof OpenResponse r ? r.text() : "");
                text.getElement().getClassList().add("qd-open-answer");
                yield text;
            }
            case FlashcardQuestion q -> plain(response instanceof SelfRatedResponse r
                    ? t("quiz.review.self-rating", AnswerInput.Flashcard.label(r.rating())) : "");
            case MatchingQuestion q -> {
                var list = new UnorderedList();
                var chosen = response instanceof MatchingResponse r ? r.rightByLeft() : java.util.Map.<Integer, String>of();
                for (int i = 0; i < q.pairs().size(); i++) {
                    var part = part(grade, i);
                    var answer = chosen.get(i);
                    list.add(new ListItem(Rich.inline(Rich.text(q, q.pairs().get(i).left())),
                            new Span(" → " + (answer == null ? t("quiz.review.none") : answer) + " "), partMark(part)));
                }
                yield list;
            }
            case OrderingQuestion q -> {
                var list = new OrderedList();
                if (response instanceof OrderingResponse r) {
                    for (int item : r.itemIndexes()) {
                        list.add(new ListItem(Rich.inline(Rich.text(q, q.items().get(item))), new Span(" "),
                                partMark(part(grade, item), t("quiz.review.in-place"), t("quiz.review.out-of-place"))));
                    }
                }
                yield list;
            }
            case ClozeQuestion q -> {
                var list = new UnorderedList();
                var entries = response instanceof ClozeResponse r ? r.perBlank() : List.<String>of();
                for (int i = 0; i < q.blanks().size(); i++) {
                    var entry = i < entries.size() ? entries.get(i) : null;
                    list.add(new ListItem(new Span(t("quiz.review.blank", i + 1, blankText(q, i, entry)) + " "),
                            partMark(part(grade, i))));
                }
                yield list;
            }
        };
    }

    private static String blankText(ClozeQuestion q, int i, String entry) {
        if (entry == null || entry.isBlank()) {
            return t("quiz.review.empty");
        }
        if (q.blanks().get(i) instanceof ChoiceBlank b) {
            try {
                int index = Integer.parseInt(entry.strip());
                return index >= 0 && index < b.options().size() ? Rich.plain(q, b.options().get(index).text()) : entry;
            } catch (NumberFormatException e) {
                return entry;
            }
        }
        return entry;
    }

    private static PartGrade part(Grade grade, int index) {
        return grade.parts().stream().filter(p -> p.index() == index).findFirst().orElse(null);
    }

    private static Component partMark(PartGrade part) {
        return partMark(part, t("quiz.review.right"), t("quiz.review.wrong"));
    }

    private static Component partMark(PartGrade part, String good, String bad) {
        if (part == null) {
            return new Span();
        }
        var right = part.status() == Grade.Status.CORRECT;
        var icon = (right ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("qd-result-icon");
        var mark = new Span(icon, new Span(right ? good : bad));
        mark.addClassNames("qd-part-mark", right ? "qd-result-correct" : "qd-result-incorrect");
        return mark;
    }

    static java.util.Optional<Component> correctAnswer(Question question) {
        return java.util.Optional.ofNullable(switch (question) {
            case SingleChoiceQuestion q -> list(q, q.options().stream().filter(Choice::correct).map(Choice::text).toList());
            case MultipleResponseQuestion q -> list(q, q.options().stream().filter(o -> o.weight() > 0)
                    .map(Choice::text).toList());
            case TrueFalseQuestion q -> plain(t(q.answer() ? "quiz.true" : "quiz.false"));
            case ShortAnswerQuestion q -> plain(acceptedText(q.answers()));
            case NumericQuestion q -> plain(String.join(t("quiz.review.or"), q.answers().stream().filter(a -> a.weight() == 100)
                    .map(NumericAnswer::describe).toList()));
            case MatchingQuestion q -> {
                var list = new UnorderedList();
                q.pairs().forEach(p -> list.add(new ListItem(Rich.inline(Rich.text(q, p.left())),
                        new Span(" → " + p.right()))));
                yield list;
            }
            case OrderingQuestion q -> {
                var list = new OrderedList();
                q.items().forEach(i -> list.add(new ListItem(Rich.inline(Rich.text(q, i)))));
                yield list;
            }
            case ClozeQuestion q -> {
                var list = new UnorderedList();
                for (int i = 0; i < q.blanks().size(); i++) {
                    var blank = q.blanks().get(i);
                    var answer = switch (blank) {
                        case ChoiceBlank b -> Rich.plain(q, b.correctAnswer());
                        case TextBlank b -> acceptedText(b.answers());
                        case NumericBlank b -> b.correctAnswer();
                    };
                    list.add(new ListItem(t("quiz.review.blank", i + 1, answer)));
                }
                yield list;
            }
            case FlashcardQuestion q -> Rich.block(q.format().toSafeHtml(q.back()), "qd-flashcard-back-text");
            case OpenQuestion q -> null;
        });
    }

    private static Component list(Question q, List<String> texts) {
        if (texts.size() == 1) {
            return Rich.inline(Rich.text(q, texts.getFirst()));
        }
        var list = new UnorderedList();
        texts.forEach(t -> list.add(new ListItem(Rich.inline(Rich.text(q, t)))));
        return list;
    }

    /** The full-credit answers as a person would write them: wildcard patterns last, or left out when others exist. */
    private static String acceptedText(List<TextAnswer> answers) {
        var full = answers.stream().filter(a -> a.weight() == 100).map(TextAnswer::text).toList();
        var literal = new ArrayList<>(full.stream().filter(t -> !t.contains("*")).toList());
        if (literal.isEmpty()) {
            literal.addAll(full.stream().map(t -> t.replace("*", "…").strip()).toList());
        }
        return String.join(t("quiz.review.or"), literal);
    }
}
