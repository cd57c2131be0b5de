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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LiveHostView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
    final Button playersButton = new Button(getTranslation("live.host.players"), VaadinIcon.USERS.create());

    LiveHostView(LiveSessionService live, Clock clock, @Value("${quizdeck.public-url:}") String publicUrl) {
        this.live = live;
        this.clock = clock;
        this.publicUrl = publicUrl;
        addClassName("qd-live-host");
        var back = new Anchor("live", "");
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.getElement().setAttribute("aria-label", getTranslation("live.host.back"));
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
        progress.setText(s.state() == LiveState.LOBBY ? getTranslation("live.host.lobby")
                : s.state() == LiveState.ENDED ? getTranslation("live.play.over-title")
                : getTranslation("live.play.progress", s.index() + 1, s.questionCount()));
        codeChip.setText(getTranslation("live.host.code-chip", LiveUi.spacedCode(s.joinCode())));
        codeChip.setVisible(s.state() != LiveState.LOBBY && s.state() != LiveState.ENDED);
        playersButton.setText(getTranslation("live.host.players-n", s.activePlayers()));
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
            answeredText.setText(getTranslation("live.host.answered", s.answered(), s.activePlayers()));
        }
        if (chartBox != null) {
            chartBox.removeAll();
            boolean revealed = s.state() == LiveState.REVEALED;
            if (revealed || !s.settings().hideResultsUntilReveal()) {
                chartBox.add(LiveUi.chart(s, revealed));
            } else {
                var hidden = new Paragraph(getTranslation("live.host.hidden"));
                hidden.addClassName("qd-live-hidden-note");
                chartBox.add(hidden);
            }
        }
        if (playerList != null) {
            playerList.removeAll();
            s.players().stream().filter(p -> p.status() == PlayerStatus.ACTIVE).forEach(p -> playerList.add(playerChip(p)));
            playerCount.setText(getTranslation("live.host.player-count", s.activePlayers()));
            waiting.setVisible(s.activePlayers() == 0);
        }
    }

    private Component lobby(LiveSnapshot s) {
        var url = LiveUi.baseUrl(publicUrl) + "play/" + s.joinCode();
        var joinAt = new Paragraph(getTranslation("live.host.join-at", LiveUi.baseUrl(publicUrl).replaceFirst("^https?://", "") + "play"));
        joinAt.addClassName("qd-live-join-at");
        var code = new H1(LiveUi.spacedCode(s.joinCode()));
        code.addClassName("qd-live-code");
        code.getElement().setAttribute("aria-label", getTranslation("live.host.code-label", s.joinCode()));
        var link = new Anchor(url, url);
        link.setTarget("_blank");
        link.addClassName("qd-live-join-link");
        var join = new Div(joinAt, new Span(getTranslation("live.host.with-code")), code, QrCode.image(url, getTranslation("live.host.qr", url)), link);
        join.addClassName("qd-live-join");
        playerCount = new Span();
        playerCount.addClassName("qd-live-player-count");
        playerList = new Div();
        playerList.addClassName("qd-live-players");
        waiting = new Paragraph(getTranslation("live.host.waiting"));
        waiting.addClassName("qd-muted");
        var people = new Div(new H2(getTranslation("live.host.players")), playerCount, waiting, playerList);
        people.addClassName("qd-live-people");
        var lobby = new Div(join, people);
        lobby.addClassName("qd-live-lobby");
        return lobby;
    }

    private Component playerChip(PlayerInfo p) {
        var name = new Span(p.name());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(p));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("live.host.remove-label", p.name()));
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
            var options = new Div(optionTile(lq, 0, new Span(getTranslation("live.host.true")), revealed), optionTile(lq, 1, new Span(getTranslation("live.host.false")), revealed));
            options.addClassName("qd-live-options");
            main.add(options);
        }
        if (revealed) {
            var answer = new Div(new Span(getTranslation("live.host.answer") + " "), new Span(LiveUi.correctAnswer(lq)));
            answer.addClassName("qd-live-answer");
            main.add(answer);
            if (q.explanation() != null && !q.explanation().isBlank()) {
                main.add(LiveUi.rich(q, q.explanation(), "qd-live-explanation"));
            }
            if (lq.skipped()) {
                main.add(new Paragraph(getTranslation("live.host.skipped")));
            }
        }
        var side = new Div();
        side.addClassName("qd-live-side");
        if (s.state() == LiveState.OPEN) {
            var timer = LiveUi.countdown(s, clock);
            side.add(timer);
            if (s.paused()) {
                var paused = new Span(getTranslation("live.host.paused"));
                paused.addClassName("qd-live-paused");
                side.add(paused);
            }
        } else if (s.state() == LiveState.LOCKED) {
            var up = new Span(getTranslation("live.host.time-up"));
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
            var word = new Span(getTranslation(right ? "live.host.right" : "live.host.wrong"));
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
            list.add(new Paragraph(getTranslation("live.host.nobody-yet")));
        }
        var box = new Div(new H2(getTranslation("live.host.leaderboard")), list);
        box.addClassName("qd-live-board");
        return box;
    }

    private Component standing(Standing st) {
        var rank = new Span(String.valueOf(st.rank()));
        rank.addClassName("qd-live-rank");
        var name = new Span(st.name());
        name.addClassName("qd-live-name");
        var score = new Span(getTranslation("live.play.points-short", st.score()));
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
        for (int i : order) {
            if (i >= top.size()) {
                continue;
            }
            var st = top.get(i);
            var place = new Span(getTranslation("live.host.place", Math.min(3, st.rank())));
            place.addClassName("qd-live-place");
            var name = new Span(st.name());
            name.addClassName("qd-live-name");
            var score = new Span(getTranslation("live.play.points-short", st.score()));
            score.addClassName("qd-live-score");
            var block = new Div(name, score, place);
            block.addClassNames("qd-live-step", "qd-live-step-" + (i + 1));
            podium.add(block);
        }
        var box = new Div(new H2(getTranslation("live.host.podium")), podium);
        box.addClassName("qd-live-podium-box");
        if (top.isEmpty()) {
            box.add(new Paragraph(getTranslation("live.host.nobody")));
        }
        return box;
    }

    private Component report() {
        return secured(() -> new ReportPanel(live.report(sessionId)));
    }

    private void renderControls(LiveSnapshot s) {
        controls.removeAll();
        switch (s.state()) {
            case LOBBY -> controls.add(primary(getTranslation("live.host.start"), VaadinIcon.PLAY, () -> live.start(sessionId)));
            case OPEN -> {
                controls.add(primary(getTranslation("live.host.lock"), VaadinIcon.LOCK, () -> live.lock(sessionId)));
                controls.add(s.paused() ? action(getTranslation("live.host.resume"), VaadinIcon.PLAY, () -> live.resume(sessionId))
                        : action(getTranslation("live.host.pause"), VaadinIcon.PAUSE, () -> live.pause(sessionId)));
                controls.add(action(getTranslation("live.host.skip"), VaadinIcon.STEP_FORWARD, () -> live.skip(sessionId)));
            }
            case LOCKED -> {
                controls.add(primary(getTranslation("live.host.reveal"), VaadinIcon.EYE, () -> live.reveal(sessionId)));
                controls.add(action(getTranslation("live.host.skip"), VaadinIcon.STEP_FORWARD, () -> live.skip(sessionId)));
            }
            case REVEALED -> {
                if (s.settings().showLeaderboard()) {
                    controls.add(action(getTranslation("live.host.leaderboard"), VaadinIcon.TROPHY, () -> live.showLeaderboard(sessionId)));
                }
                controls.add(nextButton(s));
            }
            case LEADERBOARD -> controls.add(nextButton(s));
            case ENDED -> {
                var back = new Button(getTranslation("live.host.all-games"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(ui -> ui.navigate("live")));
                controls.add(back);
            }
        }
        if (s.state() != LiveState.ENDED) {
            var end = new Button(getTranslation("live.host.end"), VaadinIcon.STOP.create(), e -> confirmEnd());
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            controls.add(end);
        }
    }

    private Button nextButton(LiveSnapshot s) {
        return s.isLast() ? primary(getTranslation("live.host.show-podium"), VaadinIcon.TROPHY, () -> live.next(sessionId))
                : primary(getTranslation("live.host.next"), VaadinIcon.ARROW_RIGHT, () -> live.next(sessionId));
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
        var dialog = new ConfirmDialog(getTranslation("live.host.end-title"),
                getTranslation("live.host.end-text"),
                getTranslation("live.host.end-confirm"), e -> run(() -> live.end(sessionId)));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void openPlayers() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.host.players"));
        var list = new Div();
        list.addClassName("qd-live-player-admin");
        for (var p : current.players()) {
            var name = new Span(p.name() + (p.guest() ? " " + getTranslation("live.report.guest") : ""));
            name.addClassName("qd-live-name");
            var score = new Span(getTranslation("live.play.points-short", p.score()));
            score.addClassName("qd-muted");
            var row = new Div(name, score);
            row.addClassName("qd-live-player-row");
            if (p.status() == PlayerStatus.ACTIVE) {
                var remove = new Button(getTranslation("live.host.remove"), e -> {
                    dialog.close();
                    confirmRemove(p);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            } else {
                var status = new Span(p.status() == PlayerStatus.BANNED ? getTranslation("live.host.removed") : getTranslation("live.host.removed-may-rejoin"));
                status.addClassName("qd-muted");
                var back = new Button(getTranslation("live.host.let-back"), e -> {
                    live.letBackIn(sessionId, p.playerId());
                    dialog.close();
                    Notifications.success(getTranslation("live.host.may-play", p.name()));
                });
                back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(status, back);
            }
            list.add(row);
        }
        if (current.players().isEmpty()) {
            list.add(new Paragraph(getTranslation("live.host.nobody-joined")));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("live.host.close"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmRemove(PlayerInfo p) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.host.remove-title", p.name()));
        dialog.add(new Paragraph(getTranslation("live.host.remove-text")));
        var mayReturn = new Button(getTranslation("live.host.remove-may-rejoin"), e -> {
            live.removePlayer(sessionId, p.playerId(), true);
            dialog.close();
        });
        var forGood = new Button(getTranslation("live.host.remove-ban"), e -> {
            live.removePlayer(sessionId, p.playerId(), false);
            dialog.close();
        });
        forGood.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("live.host.cancel"), e -> dialog.close()), mayReturn, forGood);
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

    @Override
    public String getPageTitle() {
        return getTranslation("live.host.page-title");
    }
}
