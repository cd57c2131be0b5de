package com.quizdeck.study.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.study.ClassStudyStatus;
import com.quizdeck.study.DeckStudyStatus;
import com.quizdeck.study.StudyCounts;
import com.quizdeck.study.StudyService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The student's flashcards: every deck of their classes with what is due now, a button straight into studying, and
 * the last 30 days of reviews.
 */
@Route("study")
@RolesAllowed("STUDENT")
class FlashcardsView extends Main implements HasDynamicTitle {

    private final StudyService study;
    private final Clock clock;
    private final Div classes = new Div();
    private final Div activity = new Div();

    FlashcardsView(StudyService study, Clock clock) {
        this.study = study;
        this.clock = clock;
        addClassNames("qd-page", "qd-flashcards");
        var intro = new Paragraph(getTranslation("study.list.intro"));
        intro.addClassName("qd-muted");
        classes.addClassName("qd-flashcard-classes");
        var activitySection = new Section(new H3(getTranslation("study.list.activity")), activity);
        activitySection.addClassName("qd-section");
        add(new H2(getTranslation("study.list.title")), intro, classes, activitySection);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        refresh(ui);
        if (!UserTime.known(ui)) {
            ui.getPage().retrieveExtendedClientDetails(details -> refresh(ui));
        }
    }

    private void refresh(UI ui) {
        var time = UserTime.of(ui);
        classes.removeAll();
        var mine = study.myClasses(time.zone());
        if (mine.isEmpty()) {
            classes.add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("study.list.no-class"),
                    getTranslation("study.list.no-class-text")));
        }
        mine.forEach(c -> classes.add(classSection(c, time)));
        activity.removeAll();
        activity.add(new ActivityChart(study.myActivity(time.zone()), time));
    }

    private Component classSection(ClassStudyStatus c, UserTime time) {
        var heading = new H3(c.className());
        heading.addClassName("qd-class-heading");
        var head = new Div(heading);
        head.addClassName("qd-flashcard-class-head");
        if (c.decks().size() > 1 && c.today().total() > 0) {
            var all = new Button(getTranslation("study.list.all", c.today().total()), VaadinIcon.PLAY.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("study/class/" + c.classId())));
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            all.getElement().setAttribute("aria-label", getTranslation("study.list.all-label", c.today().total(), c.className()));
            head.add(all);
        }
        var list = new Div();
        list.addClassName("qd-card-list");
        if (c.decks().isEmpty()) {
            list.add(new EmptyState(VaadinIcon.RECORDS, getTranslation("study.list.no-decks"),
                    getTranslation("study.list.no-decks-text")));
        }
        c.decks().forEach(d -> list.add(deckCard(d, time)));
        var section = new Section(head, list);
        section.addClassName("qd-section");
        return section;
    }

    private Component deckCard(DeckStudyStatus d, UserTime time) {
        var title = new H4(d.title());
        title.addClassName("qd-card-title");
        var counts = countChips(d.today());
        var status = new Paragraph(statusLine(d, time));
        status.addClassNames("qd-muted", "qd-deck-next");
        var size = new Span(getTranslation("study.list.size", d.cards(), d.newPerDay()));
        size.addClassNames("qd-muted", "qd-deck-size");

        var actions = new Div();
        actions.addClassName("qd-deck-actions");
        String deckPath = "study/" + d.deckId();
        if (d.today().total() > 0) {
            var go = new Button(getTranslation("study.list.go"), VaadinIcon.PLAY.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(deckPath)));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.getElement().setAttribute("aria-label", getTranslation("study.list.go-label", d.title()));
            actions.add(go);
        } else {
            var ahead = new Button(getTranslation("study.list.ahead"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(deckPath,
                            QueryParameters.of("mode", "practice"))));
            ahead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ahead.getElement().setAttribute("aria-label", getTranslation("study.list.ahead-label", d.title()));
            actions.add(ahead);
        }
        var card = new Div(title, counts, status, size, actions);
        card.addClassNames("qd-card", "qd-deck-study");
        card.getElement().setAttribute("data-deck-id", Long.toString(d.deckId()));
        return card;
    }

    /** "12 new · 3 learning · 5 due", each with its own label (never colour alone). */
    static Div countChips(StudyCounts counts) {
        var box = new Div(chip(I18NProvider.translate("study.count.new", counts.newCards()), "qd-count-new"),
                chip(I18NProvider.translate("study.count.learning", counts.learning()), "qd-count-learning"),
                chip(I18NProvider.translate("study.count.due", counts.due()), "qd-count-due"));
        box.addClassName("qd-study-counts");
        return box;
    }

    private static Span chip(String text, String className) {
        var chip = new Span(text);
        chip.addClassNames("qd-count", className);
        return chip;
    }

    private String statusLine(DeckStudyStatus d, UserTime time) {
        var now = clock.instant();
        var line = new StringBuilder();
        if (d.today().total() > 0) {
            line.append(getTranslation("study.list.to-study", d.today().total()));
        } else if (d.nextDue() != null) {
            line.append(getTranslation("study.list.caught-up-next", time.untilDue(d.nextDue(), now)));
        } else {
            line.append(getTranslation("study.list.caught-up"));
        }
        if (d.newWaiting() > 0) {
            line.append(' ').append(getTranslation("study.list.later", d.newWaiting()));
        }
        return line.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.flashcards.page-title");
    }
}
