package com.quizdeck.live.ui;

import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.live.LiveRefusedException;
import com.quizdeck.live.LiveSessionService;
import com.quizdeck.live.LiveSnapshot;
import com.quizdeck.live.LiveState;
import com.quizdeck.live.PlayerInfo;
import com.quizdeck.live.PlayerStatus;
import com.quizdeck.live.Standing;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The projector: join code and QR code, players arriving, then each question big with its countdown,
 * answers coming in, the reveal, the leaderboard and the podium. The game lives on the server, so a
 * reload or a second device shows the same game and can drive it.
 */
@Route(value = "live/:id/host", autoLayout = false)
@PageTitle("Live game · Quizdeck")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LiveHostView extends Main implements BeforeEnterObserver {

    private final LiveSessionService live;
    private final Clock clock;
    private final String publicUrl;
    private Long sessionId;
    private LiveSessionService.Registration registration;
    private SecurityContext security;
    private long lastSeq = -1;
    private String screenKey = "";
    private LiveSnapshot current;

    private final Span titleText = new Span();
    private final Span progress = new Span();
    private final Span codeChip = new Span();
    private final Div controls = new Div();
    final Div stage = new Div();
    /** Parts that change without rebuilding the screen. */
    private Span answeredText;
    /** Says what changed for a screen reader: the question, the reveal with the answer, the leaderboard, the podium. */
    private final Span announcer = new Span();
    private Div chartBox;
    private Div playerList;
    private Span playerCount;
    private Paragraph waiting;
    final Button playersButton = new Button("Players", VaadinIcon.USERS.create());

    LiveHostView(LiveSessionService live, Clock clock, @Value("${quizdeck.public-url:}") String publicUrl) {
        this.live = live;
        this.clock = clock;
        this.publicUrl = publicUrl;
        addClassName("qd-live-host");
        var back = new Anchor("live", "");
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.getElement().setAttribute("aria-label", "Back to Live games");
        back.addClassName("qd-live-back");
        titleText.addClassName("qd-live-title");
        progress.addClassName("qd-live-progress");
        codeChip.addClassName("qd-live-code-chip");
        controls.addClassName("qd-live-controls");
        playersButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        playersButton.addClickListener(e -> openPlayers());
        announcer.addClassName("qd-visually-hidden");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
        var bar = new Div(back, titleText, progress, codeChip, playersButton, controls, announcer,
                LiveUi.milestoneRegion());
        bar.addClassName("qd-live-bar-top");
        stage.addClassName("qd-live-stage");
        add(bar, stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sessionId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            render(live.hostView(sessionId));
            if (isAttached()) {
                follow(event.getUI());
            }
        } catch (NumberFormatException | LiveRefusedException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        follow(attachEvent.getUI());
    }

    private void follow(com.vaadin.flow.component.UI ui) {
        security = SecurityContextHolder.getContext();
        if (sessionId != null && registration == null) {
            registration = live.watchAsHost(sessionId, s -> ui.access(() -> render(s)));
            // Anything that happened between the first render and the registration.
            render(live.hostView(sessionId));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    // ------------------------------------------------------------------ rendering

    void render(LiveSnapshot s) {
        if (s.seq() <= lastSeq) {
            return;
        }
        lastSeq = s.seq();
        current = s;
        titleText.setText(s.title());
        progress.setText(s.state() == LiveState.LOBBY ? "Lobby" : s.state() == LiveState.ENDED ? "Game over"
                : "Question " + (s.index() + 1) + " of " + s.questionCount());
        codeChip.setText("Join: " + LiveUi.spacedCode(s.joinCode()));
        codeChip.setVisible(s.state() != LiveState.LOBBY && s.state() != LiveState.ENDED);
        playersButton.setText("Players (" + s.activePlayers() + ")");
        var key = s.state() + "/" + s.index() + "/" + s.paused();
        if (key.equals(screenKey)) {
            refreshLiveParts(s);
            return;
        }
        screenKey = key;
        stage.removeAll();
        answeredText = null;
        chartBox = null;
        playerList = null;
        playerCount = null;
        switch (s.state()) {
            case LOBBY -> stage.add(lobby(s));
            case OPEN, LOCKED, REVEALED -> stage.add(question(s));
            case LEADERBOARD -> stage.add(leaderboard(s));
            case ENDED -> stage.add(podium(s), report());
        }
        renderControls(s);
        refreshLiveParts(s);
        announcer.setText(switch (s.state()) {
            case LOBBY -> "";
            case OPEN -> s.paused() ? getTranslation("live.host.said.paused")
                    : getTranslation("live.host.said.open", s.index() + 1, s.questionCount());
            case LOCKED -> getTranslation("live.host.said.locked");
            case REVEALED -> getTranslation("live.host.said.revealed", LiveUi.correctAnswer(s.question()));
            case LEADERBOARD -> getTranslation("live.host.said.leaderboard");
            case ENDED -> getTranslation("live.host.said.podium");
        });
    }

    private void refreshLiveParts(LiveSnapshot s) {
        if (answeredText != null) {
            answeredText.setText(s.answered() + " of " + s.activePlayers() + " answered");
        }
        if (chartBox != null) {
            chartBox.removeAll();
            boolean revealed = s.state() == LiveState.REVEALED;
            if (revealed || !s.settings().hideResultsUntilReveal()) {
                chartBox.add(LiveUi.chart(s, revealed));
            } else {
                var hidden = new Paragraph("The answers stay hidden until the reveal.");
                hidden.addClassName("qd-live-hidden-note");
                chartBox.add(hidden);
            }
        }
        if (playerList != null) {
            playerList.removeAll();
            s.players().stream().filter(p -> p.status() == PlayerStatus.ACTIVE).forEach(p -> playerList.add(playerChip(p)));
            playerCount.setText(s.activePlayers() == 1 ? "1 player" : s.activePlayers() + " players");
            waiting.setVisible(s.activePlayers() == 0);
        }
    }

    private Component lobby(LiveSnapshot s) {
        var url = LiveUi.baseUrl(publicUrl) + "play/" + s.joinCode();
        var joinAt = new Paragraph("Join at " + LiveUi.baseUrl(publicUrl).replaceFirst("^https?://", "") + "play");
        joinAt.addClassName("qd-live-join-at");
        var code = new H1(LiveUi.spacedCode(s.joinCode()));
        code.addClassName("qd-live-code");
        code.getElement().setAttribute("aria-label", "Join code " + s.joinCode());
        var link = new Anchor(url, url);
        link.setTarget("_blank");
        link.addClassName("qd-live-join-link");
        var join = new Div(joinAt, new Span("with the code"), code, QrCode.image(url, "QR code to join: " + url), link);
        join.addClassName("qd-live-join");
        playerCount = new Span();
        playerCount.addClassName("qd-live-player-count");
        playerList = new Div();
        playerList.addClassName("qd-live-players");
        waiting = new Paragraph("Players appear here as they join.");
        waiting.addClassName("qd-muted");
        var people = new Div(new H2("Players"), playerCount, waiting, playerList);
        people.addClassName("qd-live-people");
        var lobby = new Div(join, people);
        lobby.addClassName("qd-live-lobby");
        return lobby;
    }

    private Component playerChip(PlayerInfo p) {
        var name = new Span(p.name());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(p));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove " + p.name());
        var chip = new Div(name, remove);
        chip.addClassName("qd-live-chip");
        if (p.guest()) {
            chip.addClassName("qd-live-chip-guest");
        }
        return chip;
    }

    private Component question(LiveSnapshot s) {
        var lq = s.question();
        var q = lq.question();
        boolean revealed = s.state() == LiveState.REVEALED;
        var hint = new Span(LiveUi.answerHint(q));
        hint.addClassName("qd-live-hint");
        var prompt = LiveUi.prompt(q, "qd-live-prompt");
        var main = new Div(hint, prompt);
        main.addClassName("qd-live-main");
        if (q instanceof SingleChoiceQuestion || q instanceof MultipleResponseQuestion) {
            var options = new Div();
            options.addClassName("qd-live-options");
            var texts = LiveUi.optionTexts(lq);
            for (int d = 0; d < texts.size(); d++) {
                options.add(optionTile(lq, d, LiveUi.richInline(q, texts.get(d)), revealed));
            }
            main.add(options);
        } else if (q instanceof TrueFalseQuestion) {
            var options = new Div(optionTile(lq, 0, new Span("✓ True"), revealed), optionTile(lq, 1, new Span("✗ False"), revealed));
            options.addClassName("qd-live-options");
            main.add(options);
        }
        if (revealed) {
            var answer = new Div(new Span("Answer: "), new Span(LiveUi.correctAnswer(lq)));
            answer.addClassName("qd-live-answer");
            main.add(answer);
            if (q.explanation() != null && !q.explanation().isBlank()) {
                main.add(LiveUi.rich(q, q.explanation(), "qd-live-explanation"));
            }
            if (lq.skipped()) {
                main.add(new Paragraph("Skipped: this question gives no points."));
            }
        }
        var side = new Div();
        side.addClassName("qd-live-side");
        if (s.state() == LiveState.OPEN) {
            var timer = LiveUi.countdown(s, clock);
            side.add(timer);
            if (s.paused()) {
                var paused = new Span("Paused");
                paused.addClassName("qd-live-paused");
                side.add(paused);
            }
        } else if (s.state() == LiveState.LOCKED) {
            var up = new Span("Time is up");
            up.addClassName("qd-live-timeup");
            side.add(up);
        }
        answeredText = new Span();
        answeredText.addClassName("qd-live-answered");
        answeredText.getElement().setAttribute("aria-live", "polite");
        chartBox = new Div();
        chartBox.addClassName("qd-live-chart-box");
        side.add(answeredText, chartBox);
        var layout = new Div(main, side);
        layout.addClassName("qd-live-question");
        return layout;
    }

    private Component optionTile(com.quizdeck.live.LiveQuestion lq, int displayed, Component text, boolean revealed) {
        var tile = new Div(LiveUi.shapeBadge(displayed), text);
        tile.addClassNames("qd-live-option", LiveUi.colourClass(displayed));
        if (lq.question() instanceof TrueFalseQuestion) {
            tile.addClassName("qd-live-tf");
        }
        if (revealed) {
            boolean right = LiveUi.optionRight(lq, displayed);
            tile.addClassName(right ? "qd-live-right" : "qd-live-wrong");
            var mark = right ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE_O.create();
            mark.addClassName("qd-live-mark");
            var word = new Span(right ? "Correct" : "Wrong");
            word.addClassName("qd-live-mark-word");
            tile.add(mark, word);
        }
        return tile;
    }

    private Component leaderboard(LiveSnapshot s) {
        var list = new Div();
        list.addClassName("qd-live-leaderboard");
        list.getElement().setAttribute("role", "list");
        s.leaderboard().stream().limit(10).forEach(st -> list.add(standing(st)));
        if (s.leaderboard().isEmpty()) {
            list.add(new Paragraph("Nobody has played yet."));
        }
        var box = new Div(new H2("Leaderboard"), list);
        box.addClassName("qd-live-board");
        return box;
    }

    private static Component standing(Standing st) {
        var rank = new Span(String.valueOf(st.rank()));
        rank.addClassName("qd-live-rank");
        var name = new Span(st.name());
        name.addClassName("qd-live-name");
        var score = new Span(st.score() + " pts");
        score.addClassName("qd-live-score");
        var row = new Div(rank, name, score);
        row.addClassName("qd-live-standing");
        row.getElement().setAttribute("role", "listitem");
        return row;
    }

    private Component podium(LiveSnapshot s) {
        var podium = new Div();
        podium.addClassName("qd-live-podium");
        var top = s.podium();
        int[] order = {1, 0, 2};
        String[] places = {"1st", "2nd", "3rd"};
        for (int i : order) {
            if (i >= top.size()) {
                continue;
            }
            var st = top.get(i);
            var place = new Span(places[Math.min(2, st.rank() - 1)]);
            place.addClassName("qd-live-place");
            var name = new Span(st.name());
            name.addClassName("qd-live-name");
            var score = new Span(st.score() + " pts");
            score.addClassName("qd-live-score");
            var block = new Div(name, score, place);
            block.addClassNames("qd-live-step", "qd-live-step-" + (i + 1));
            podium.add(block);
        }
        var box = new Div(new H2("Podium"), podium);
        box.addClassName("qd-live-podium-box");
        if (top.isEmpty()) {
            box.add(new Paragraph("Nobody played."));
        }
        return box;
    }

    private Component report() {
        return secured(() -> new ReportPanel(live.report(sessionId)));
    }

    private void renderControls(LiveSnapshot s) {
        controls.removeAll();
        switch (s.state()) {
            case LOBBY -> controls.add(primary("Start", VaadinIcon.PLAY, () -> live.start(sessionId)));
            case OPEN -> {
                controls.add(primary("Lock now", VaadinIcon.LOCK, () -> live.lock(sessionId)));
                controls.add(s.paused() ? action("Resume", VaadinIcon.PLAY, () -> live.resume(sessionId))
                        : action("Pause", VaadinIcon.PAUSE, () -> live.pause(sessionId)));
                controls.add(action("Skip", VaadinIcon.STEP_FORWARD, () -> live.skip(sessionId)));
            }
            case LOCKED -> {
                controls.add(primary("Reveal answer", VaadinIcon.EYE, () -> live.reveal(sessionId)));
                controls.add(action("Skip", VaadinIcon.STEP_FORWARD, () -> live.skip(sessionId)));
            }
            case REVEALED -> {
                if (s.settings().showLeaderboard()) {
                    controls.add(action("Leaderboard", VaadinIcon.TROPHY, () -> live.showLeaderboard(sessionId)));
                }
                controls.add(nextButton(s));
            }
            case LEADERBOARD -> controls.add(nextButton(s));
            case ENDED -> {
                var back = new Button("All games", VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(ui -> ui.navigate("live")));
                controls.add(back);
            }
        }
        if (s.state() != LiveState.ENDED) {
            var end = new Button("End", VaadinIcon.STOP.create(), e -> confirmEnd());
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            controls.add(end);
        }
    }

    private Button nextButton(LiveSnapshot s) {
        return s.isLast() ? primary("Show podium", VaadinIcon.TROPHY, () -> live.next(sessionId))
                : primary("Next question", VaadinIcon.ARROW_RIGHT, () -> live.next(sessionId));
    }

    private Button primary(String text, VaadinIcon icon, Supplier<LiveSnapshot> action) {
        var b = action(text, icon, action);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private Button action(String text, VaadinIcon icon, Supplier<LiveSnapshot> action) {
        var b = new Button(text, icon.create());
        b.addClickListener(e -> run(action));
        b.setDisableOnClick(true);
        return b;
    }

    private void run(Supplier<LiveSnapshot> action) {
        try {
            render(action.get());
        } catch (LiveRefusedException e) {
            Notifications.error(e.getMessage());
            screenKey = "";
            lastSeq = -1;
            render(live.hostView(sessionId));
        }
    }

    private void confirmEnd() {
        var dialog = new ConfirmDialog("End the game now?",
                "Players see the podium at once. Answers already given count; the rest of the questions are not played.",
                "End the game", e -> run(() -> live.end(sessionId)));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void openPlayers() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Players");
        var list = new Div();
        list.addClassName("qd-live-player-admin");
        for (var p : current.players()) {
            var name = new Span(p.name() + (p.guest() ? " (guest)" : ""));
            name.addClassName("qd-live-name");
            var score = new Span(p.score() + " pts");
            score.addClassName("qd-muted");
            var row = new Div(name, score);
            row.addClassName("qd-live-player-row");
            if (p.status() == PlayerStatus.ACTIVE) {
                var remove = new Button("Remove", e -> {
                    dialog.close();
                    confirmRemove(p);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            } else {
                var status = new Span(p.status() == PlayerStatus.BANNED ? "Removed" : "Removed, may rejoin");
                status.addClassName("qd-muted");
                var back = new Button("Let back in", e -> {
                    live.letBackIn(sessionId, p.playerId());
                    dialog.close();
                    Notifications.success(p.name() + " may play again.");
                });
                back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(status, back);
            }
            list.add(row);
        }
        if (current.players().isEmpty()) {
            list.add(new Paragraph("Nobody has joined yet."));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private void confirmRemove(PlayerInfo p) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Remove " + p.name() + "?");
        dialog.add(new Paragraph("Their answers so far stay in the report."));
        var mayReturn = new Button("Remove, may rejoin", e -> {
            live.removePlayer(sessionId, p.playerId(), true);
            dialog.close();
        });
        var forGood = new Button("Remove for this game", e -> {
            live.removePlayer(sessionId, p.playerId(), false);
            dialog.close();
        });
        forGood.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), mayReturn, forGood);
        dialog.open();
    }

    /** Runs a service call in a push update with the host's own sign-in (push threads have none). */
    private <T> T secured(Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        boolean borrow = (before == null || before.getAuthentication() == null) && security != null;
        if (borrow) {
            SecurityContextHolder.setContext(security);
        }
        try {
            return work.get();
        } finally {
            if (borrow) {
                SecurityContextHolder.setContext(before);
            }
        }
    }


}
