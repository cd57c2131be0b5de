package com.quizdeck.live.ui;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.SafeHtml;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.live.LiveQuestions;
import com.quizdeck.live.LiveSessionService;
import com.quizdeck.live.LiveSessionSummary;
import com.quizdeck.live.LiveSettings;
import com.quizdeck.live.LiveSetup;
import com.quizdeck.live.LiveState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** Where an instructor starts a live game from a deck, and finds their earlier games. */
@Route("live")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LiveStartView extends Main implements HasDynamicTitle {

    /** A question of the chosen deck as the picker lists it. */
    record Pick(Long questionId, String label, boolean playable) {
    }

    private final DeckService decks;
    private final LiveSessionService live;
    final Select<DeckSummary> deck = new Select<>();
    final CheckboxGroup<Pick> questions = new CheckboxGroup<>();
    final Checkbox shuffle = new Checkbox(getTranslation("live.start.shuffle"));
    final IntegerField seconds = new IntegerField(getTranslation("live.start.seconds"));
    final Checkbox speed = new Checkbox(getTranslation("live.start.speed"), true);
    final Checkbox leaderboard = new Checkbox(getTranslation("live.start.leaderboard"), true);
    final Checkbox hideResults = new Checkbox(getTranslation("live.start.hide"), true);
    final Checkbox guests = new Checkbox(getTranslation("live.start.guests"), true);
    final Checkbox lateJoin = new Checkbox(getTranslation("live.start.late"), true);
    final Button create = new Button(getTranslation("live.start.open"), VaadinIcon.PLAY.create());
    private final Span pickedCount = new Span();
    /** Per question, a time that overrides the default; empty fields keep the default. */
    final Map<Long, IntegerField> overrides = new java.util.LinkedHashMap<>();
    private final Div overrideList = new Div();

    LiveStartView(DeckService decks, LiveSessionService live) {
        this.decks = decks;
        this.live = live;
        addClassNames("qd-page", "qd-live-start");
        var head = new Div(new H2(getTranslation("live.start.title")), new Paragraph(
                getTranslation("live.start.intro")));
        head.addClassName("qd-page-head");
        head.getChildren().filter(Paragraph.class::isInstance).forEach(c -> ((Paragraph) c).addClassName("qd-muted"));

        deck.setLabel(getTranslation("live.start.deck"));
        deck.setItemLabelGenerator(DeckSummary::title);
        deck.setWidthFull();
        var visible = decks.visibleDecks();
        deck.setItems(visible);
        deck.addValueChangeListener(e -> loadQuestions(e.getValue()));

        questions.setLabel(getTranslation("live.start.questions"));
        questions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        questions.setItemLabelGenerator(Pick::label);
        questions.setItemEnabledProvider(Pick::playable);
        questions.addClassName("qd-live-picks");
        questions.addValueChangeListener(e -> updateCount());
        var all = new Button(getTranslation("live.start.all"), e -> questions.setValue(new java.util.HashSet<>(
                questions.getListDataView().getItems().filter(Pick::playable).toList())));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var none = new Button(getTranslation("live.start.none"), e -> questions.clear());
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var pickRow = new Div(pickedCount, all, none);
        pickRow.addClassName("qd-live-pick-row");

        seconds.setValue(20);
        seconds.setMin(LiveSettings.MIN_SECONDS);
        seconds.setMax(LiveSettings.MAX_SECONDS);
        seconds.setStepButtonsVisible(true);
        seconds.setStep(5);
        seconds.setSuffixComponent(new Span(getTranslation("live.start.seconds-unit")));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClickListener(e -> createGame());

        var settings = new Div(seconds, speed, leaderboard, hideResults, guests, lateJoin, shuffle);
        settings.addClassName("qd-live-settings");
        overrideList.addClassName("qd-live-overrides");
        var perQuestion = new com.vaadin.flow.component.details.Details(getTranslation("live.start.other-times"), overrideList);
        perQuestion.addClassName("qd-live-per-question");
        var form = new Div(deck, pickRow, questions, new H3(getTranslation("live.start.settings")), settings, perQuestion, create);
        form.addClassNames("qd-card", "qd-live-form");
        if (visible.isEmpty()) {
            add(head, new EmptyState(VaadinIcon.RECORDS, getTranslation("live.start.no-decks"), getTranslation("live.start.no-decks-text")));
        } else {
            add(head, form);
            visible.stream().filter(d -> "rdprk-summits".equals(d.slug())).findFirst().or(() -> visible.stream().findFirst())
                    .ifPresent(deck::setValue);
        }
        add(myGames());
    }

    private void loadQuestions(DeckSummary d) {
        if (d == null) {
            questions.setItems(List.of());
            return;
        }
        var refs = decks.currentQuestions(d.id());
        var content = decks.questionsAt(refs.stream().map(QuestionRef::versionId).toList());
        var picks = refs.stream().map(r -> {
            var q = content.get(r.versionId()).question();
            var prompt = q.prompt() == null ? r.questionKey() : SafeHtml.toPlainText(q.format().toSafeHtml(q.prompt()));
            prompt = prompt.length() > 110 ? prompt.substring(0, 109) + "…" : prompt;
            boolean playable = LiveQuestions.playable(q);
            var type = getTranslation("live.start.type." + r.type().wireName());
            return new Pick(r.questionId(), prompt + " · " + type + (playable ? "" : getTranslation("live.start.not-playable")), playable);
        }).toList();
        questions.setItems(picks);
        questions.setValue(new java.util.HashSet<>(picks.stream().filter(Pick::playable).toList()));
        overrides.clear();
        overrideList.removeAll();
        for (var pick : picks.stream().filter(Pick::playable).toList()) {
            var field = new IntegerField();
            field.setAriaLabel(getTranslation("live.start.seconds-for", pick.label()));
            field.setPlaceholder(getTranslation("live.start.default-seconds"));
            field.setMin(LiveSettings.MIN_SECONDS);
            field.setMax(LiveSettings.MAX_SECONDS);
            field.setSuffixComponent(new Span(getTranslation("live.start.seconds-unit")));
            field.addClassName("qd-live-override-field");
            var label = new Span(pick.label());
            label.addClassName("qd-live-override-label");
            var row = new Div(field, label);
            row.addClassName("qd-live-override");
            overrideList.add(row);
            overrides.put(pick.questionId(), field);
        }
    }

    private void updateCount() {
        int n = questions.getValue().size();
        pickedCount.setText(getTranslation("live.start.chosen", n));
        create.setEnabled(n > 0);
    }

    private void createGame() {
        if (deck.getValue() == null) {
            return;
        }
        try {
            var order = questions.getListDataView().getItems().filter(questions.getValue()::contains)
                    .map(Pick::questionId).toList();
            var s = new LiveSettings(seconds.getValue() == null ? 20 : seconds.getValue(), speed.getValue(),
                    leaderboard.getValue(), hideResults.getValue(), guests.getValue(), lateJoin.getValue());
            var times = new java.util.HashMap<Long, Integer>();
            overrides.forEach((id, field) -> {
                if (field.getValue() != null) {
                    times.put(id, field.getValue());
                }
            });
            var game = live.create(new LiveSetup(deck.getValue().id(), order, shuffle.getValue(), s, times));
            getUI().ifPresent(ui -> ui.navigate("live/" + game.id() + "/host"));
        } catch (IllegalArgumentException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private Section myGames() {
        var list = new Div();
        list.addClassName("qd-live-games");
        var games = live.myGames();
        if (games.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.TIMER, getTranslation("live.start.no-games"),
                    getTranslation("live.start.no-games-text")));
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        for (LiveSessionSummary g : games) {
            var state = getTranslation(g.state() == LiveState.ENDED ? "live.start.state.ended"
                    : g.state() == LiveState.LOBBY ? "live.start.state.lobby" : "live.start.state.running");
            var link = new Anchor("live/" + g.id() + "/host", g.title());
            link.addClassName("qd-live-game-title");
            var meta = new Span(getTranslation("live.start.game-meta", format.withLocale(getLocale()).format(g.createdAt()),
                    g.joinCode(), g.questionCount(), g.players(), state));
            meta.addClassName("qd-muted");
            var row = new Div(link, meta);
            row.addClassNames("qd-card", "qd-live-game");
            list.add(row);
        }
        var section = new Section(new H3(getTranslation("live.start.games")), list);
        section.addClassName("qd-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.start.page-title");
    }
}
