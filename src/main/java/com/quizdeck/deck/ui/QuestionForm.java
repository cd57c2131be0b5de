package com.quizdeck.deck.ui;

import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.QuestionRules;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.RuleViolation;
import com.quizdeck.content.TextFormat;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The form of one question: common fields (prompt, explanation, source passage, tags) around the
 * type's own part. {@link #build()} reads the form into a {@link Question} and every problem with
 * it, checked by the same {@link QuestionRules} as imports; {@link #showProblems} puts each next to
 * its field. The form never saves anything itself.
 */
class QuestionForm extends Div {

    record Built(Question question, List<RuleViolation> problems) {
    }

    final QuestionType type;
    final boolean isNew;
    private final Set<String> takenIds;
    private Question original;
    final TextArea prompt;
    final TextArea explanation;
    final TextArea source;
    final TextArea generalFeedback;
    final TagField tags;
    final TextField id;
    final TextField title;
    final Select<TextFormat> format = new Select<>();
    final Bodies.Body body;
    final FieldPaths.GroupError general = new FieldPaths.GroupError("");
    private Runnable onChange = () -> {
    };
    private boolean showProblems;

    QuestionForm(Question question, boolean isNew, Set<String> takenIds, Collection<String> knownTags) {
        this.type = question.type();
        this.isNew = isNew;
        this.takenIds = takenIds;
        this.original = question;
        this.showProblems = !isNew;
        addClassName("qd-editor-form");
        Runnable changed = this::changed;

        prompt = Bodies.area(getTranslation(type == QuestionType.CLOZE ? "deck.form.instruction" : "deck.form.question"),
                question.prompt(), changed);
        prompt.setHelperText(getTranslation("deck.form.markdown-help"));
        prompt.setMinRows(3);
        FieldPaths.tag(prompt, "prompt");
        prompt.setVisible(type != QuestionType.FLASHCARD);

        body = Bodies.of(question, changed);

        explanation = Bodies.area(getTranslation("deck.form.explanation"), question.explanation(), changed);
        explanation.setHelperText(getTranslation("deck.form.explanation-help"));
        source = Bodies.area(getTranslation("deck.form.source"), question.source(), changed);
        source.setHelperText(getTranslation("deck.form.source-help"));

        tags = new TagField(getTranslation("deck.details.tags"), knownTags, question.tags());
        tags.addValueChangeListener(e -> changed());
        FieldPaths.tag(tags, "tags");

        id = Bodies.field(getTranslation("deck.form.id"), question.id(), changed);
        id.setReadOnly(!isNew);
        id.setHelperText(getTranslation(isNew ? "deck.form.id-new" : "deck.form.id-kept"));
        FieldPaths.tag(id, "id");
        title = Bodies.field(getTranslation("deck.form.name"), question.title(), changed);
        title.setHelperText(getTranslation("deck.form.name-help"));
        format.setLabel(getTranslation("deck.form.format"));
        format.setItems(TextFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(switch (f) {
            case MARKDOWN -> "deck.format.markdown";
            case HTML -> "deck.format.html";
            case PLAIN -> "deck.format.plain";
            case MOODLE -> "deck.format.moodle";
        }));
        format.setValue(question.format());
        format.setHelperText(getTranslation("deck.form.format-help"));
        format.addValueChangeListener(e -> changed());
        generalFeedback = Bodies.area(getTranslation("deck.form.general-feedback"), question.generalFeedback(), changed);
        generalFeedback.setHelperText(getTranslation("deck.form.general-feedback-help"));

        var questionSection = section(null, prompt);
        var answerSection = section(getTranslation(answerTitle(type)), body.view());
        var afterSection = section(getTranslation("deck.form.after"), explanation, source, tags);
        var more = new Details(getTranslation("deck.form.more"), new Div(id, title, format, generalFeedback));
        more.addClassName("qd-editor-more");
        more.setOpened(false);
        add(general, questionSection, answerSection, afterSection, more);
    }

    private static String answerTitle(QuestionType type) {
        return switch (type) {
            case FLASHCARD -> "deck.form.card";
            case OPEN -> "deck.form.guidance";
            case CLOZE -> "deck.form.text-blanks";
            default -> "deck.form.answer";
        };
    }

    private static Div section(String heading, com.vaadin.flow.component.Component... content) {
        var section = new Div();
        if (heading != null) {
            section.add(new H3(heading));
        }
        section.add(content);
        section.addClassName("qd-editor-section");
        return section;
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void changed() {
        showProblems = true;
        onChange.run();
    }

    boolean showingProblems() {
        return showProblems;
    }

    void showProblems(List<RuleViolation> problems) {
        showProblems = true;
        FieldPaths.apply(this, problems);
    }

    Question original() {
        return original;
    }

    /** After a save: the saved question is the one to compare with. */
    void saved(Question question) {
        this.original = question;
    }

    boolean isDirty(Question built) {
        return !built.equals(original);
    }

    Built build() {
        var problems = new ArrayList<RuleViolation>();
        var idValue = id.getValue().strip();
        var header = new QuestionHeader(idValue, Bodies.orNull(title.getValue()), format.getValue(),
                type == QuestionType.FLASHCARD ? null : Bodies.orNull(prompt.getValue()),
                Bodies.orNull(explanation.getValue()), Bodies.orNull(source.getValue()), tags.tags(),
                Bodies.orNull(generalFeedback.getValue()));
        var question = body.build(header, problems);
        // A new question's blank id is made by the service from its prompt; check it as if it had one.
        var checked = isNew && idValue.isEmpty() ? question.withHeader(header.withId("new-question")) : question;
        problems.addAll(QuestionRules.check(checked));
        if (isNew && !idValue.isEmpty() && takenIds.contains(idValue)) {
            problems.add(new RuleViolation("id", com.vaadin.flow.i18n.I18NProvider.translate("deck.form.id-taken")));
        }
        return new Built(question, problems);
    }

    void setReadOnly(boolean readOnly) {
        ReadOnly.apply(this, readOnly);
        if (!isNew) {
            id.setReadOnly(true);
        }
        getChildren().forEach(c -> readOnlyLists(c, readOnly));
    }

    private static void readOnlyLists(com.vaadin.flow.component.Component c, boolean readOnly) {
        if (c instanceof RowList<?> list) {
            list.setReadOnly(readOnly);
        }
        c.getChildren().forEach(child -> readOnlyLists(child, readOnly));
    }
}
