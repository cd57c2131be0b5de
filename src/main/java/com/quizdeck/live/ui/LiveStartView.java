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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** Where an instructor starts a live game from a deck, and finds their earlier games. */
@Route("live")
@PageTitle("Live · Quizdeck")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LiveStartView extends Main {

    /** A question of the chosen deck as the picker lists it. */
    record Pick(Long questionId, String label, boolean playable) {
    }

    private final DeckService decks;
    private final LiveSessionService live;
    final Select<DeckSummary> deck = new Select<>();
    final CheckboxGroup<Pick> questions = new CheckboxGroup<>();
    final Checkbox shuffle = new Checkbox("Shuffle the questions");
    final IntegerField seconds = new IntegerField("Seconds per question");
    final Checkbox speed = new Checkbox("Points for speed (faster right answers earn more)", true);
    final Checkbox leaderboard = new Checkbox("Show the leaderboard between questions", true);
    final Checkbox hideResults = new Checkbox("Hide the answer chart until the reveal", true);
    final Checkbox guests = new Checkbox("Guests may join with a nickname", true);
    final Checkbox lateJoin = new Checkbox("Players may join after the start", true);
    final Button create = new Button("Open the lobby", VaadinIcon.PLAY.create());
    private final Span pickedCount = new Span();

    LiveStartView(DeckService decks, LiveSessionService live) {
        this.decks = decks;
        this.live = live;
        addClassNames("qd-page", "qd-live-start");
        var head = new Div(new H2("Live game"), new Paragraph(
                "Project the game in class: students join on their phones with a code, answer together, and see how they did."));
        head.addClassName("qd-page-head");
        head.getChildren().filter(Paragraph.class::isInstance).forEach(c -> ((Paragraph) c).addClassName("qd-muted"));

        deck.setLabel("Deck");
        deck.setItemLabelGenerator(DeckSummary::title);
        deck.setWidthFull();
        var visible = decks.visibleDecks();
        deck.setItems(visible);
        deck.addValueChangeListener(e -> loadQuestions(e.getValue()));

        questions.setLabel("Questions");
        questions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        questions.setItemLabelGenerator(Pick::label);
        questions.setItemEnabledProvider(Pick::playable);
        questions.addClassName("qd-live-picks");
        questions.addValueChangeListener(e -> updateCount());
        var all = new Button("All", e -> questions.setValue(new java.util.HashSet<>(
                questions.getListDataView().getItems().filter(Pick::playable).toList())));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var none = new Button("None", e -> questions.clear());
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var pickRow = new Div(pickedCount, all, none);
        pickRow.addClassName("qd-live-pick-row");

        seconds.setValue(20);
        seconds.setMin(LiveSettings.MIN_SECONDS);
        seconds.setMax(LiveSettings.MAX_SECONDS);
        seconds.setStepButtonsVisible(true);
        seconds.setStep(5);
        seconds.setSuffixComponent(new Span("s"));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClickListener(e -> createGame());

        var settings = new Div(seconds, speed, leaderboard, hideResults, guests, lateJoin, shuffle);
        settings.addClassName("qd-live-settings");
        var form = new Div(deck, pickRow, questions, new H3("Settings"), settings, create);
        form.addClassNames("qd-card", "qd-live-form");
        if (visible.isEmpty()) {
            add(head, new EmptyState(VaadinIcon.RECORDS, "No decks yet", "Import a deck under Decks to play it live."));
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
            var type = r.type().wireName().replace('_', ' ');
            return new Pick(r.questionId(), prompt + " · " + type + (playable ? "" : " (not for live games)"), playable);
        }).toList();
        questions.setItems(picks);
        questions.setValue(new java.util.HashSet<>(picks.stream().filter(Pick::playable).toList()));
    }

    private void updateCount() {
        int n = questions.getValue().size();
        pickedCount.setText(n + (n == 1 ? " question chosen" : " questions chosen"));
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
            var game = live.create(new LiveSetup(deck.getValue().id(), order, shuffle.getValue(), s, Map.of()));
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
            list.add(new EmptyState(VaadinIcon.TIMER, "No games yet",
                    "Games you run appear here, to resume one or read its report."));
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        for (LiveSessionSummary g : games) {
            var state = g.state() == LiveState.ENDED ? "ended" : g.state() == LiveState.LOBBY ? "in the lobby" : "running";
            var link = new Anchor("live/" + g.id() + "/host", g.title());
            link.addClassName("qd-live-game-title");
            var meta = new Span(format.format(g.createdAt()) + " · code " + g.joinCode() + " · " + g.questionCount()
                    + " questions · " + g.players() + (g.players() == 1 ? " player · " : " players · ") + state);
            meta.addClassName("qd-muted");
            var row = new Div(link, meta);
            row.addClassNames("qd-card", "qd-live-game");
            list.add(row);
        }
        var section = new Section(new H3("My games"), list);
        section.addClassName("qd-section");
        return section;
    }
}
