package com.quizdeck.live.ui;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.NumericQuestion;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OrderingResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.live.JoinInfo;
import com.quizdeck.live.LiveQuestion;
import com.quizdeck.live.LiveQuestions;
import com.quizdeck.live.LiveRefusedException;
import com.quizdeck.live.LiveSessionService;
import com.quizdeck.live.LiveSnapshot;
import com.quizdeck.live.LiveState;
import com.quizdeck.live.PlayerStatus;
import com.quizdeck.live.PlayerTicket;
import com.quizdeck.live.PlayerView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A player's phone: enter the code (or open the join link), join as the signed-in student or with a
 * nickname, then follow the game by server push: the question with big answer buttons, "answer sent",
 * and after the reveal right or wrong, points and rank. The ticket is kept in the browser's session, so
 * a reload or a lost connection comes back to the same player.
 */
@Route(value = "play/:code?", autoLayout = false)
@AnonymousAllowed
public class PlayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TICKETS = "quizdeck.live.tickets";

    private final LiveSessionService live;
    private final Clock clock;
    private PlayerTicket ticket;
    private LiveSessionService.Registration registration;
    private long lastSeq = -1;
    /** What the screen shows (state/question/paused/answered/status); also read by the fan-out benchmark. */
    volatile String screenKey = "";
    /** The question this screen shows: read by the fan-out benchmark. */
    volatile int shownIndex = -1;

    private final Span nameText = new Span();
    private final Span scoreText = new Span();
    private final Div header = new Div();
    final Div body = new Div();
    final TextField code = new TextField();
    final TextField nickname = new TextField();
    /** Says out loud what changed: the question, "answer sent", the reveal, the result, the countdown's milestones. */
    private final Span announcer = new Span();
    private boolean announceToggle;

    PlayView(LiveSessionService live, Clock clock) {
        this.live = live;
        this.clock = clock;
        addClassName("qd-live-play");
        var logo = new Image("images/quizdeck-icon.svg", "");
        logo.addClassName("qd-live-play-logo");
        nameText.addClassName("qd-live-play-name");
        scoreText.addClassName("qd-live-play-score");
        nickname.setLabel(getTranslation("live.play.nickname"));
        announcer.addClassNames("qd-visually-hidden", "qd-live-announcer");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
        header.add(logo, nameText, scoreText, announcer, LiveUi.milestoneRegion());
        header.addClassName("qd-live-play-head");
        body.addClassName("qd-live-play-body");
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var typed = event.getRouteParameters().get("code").orElse("");
        if (typed.isBlank()) {
            showCodeEntry(null);
            return;
        }
        var info = live.findByCode(typed);
        if (info.isEmpty()) {
            showCodeEntry(getTranslation("live.play.no-such-code", typed));
            return;
        }
        enter(info.get());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (ticket != null && registration == null) {
            follow(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unfollow();
    }

    // ------------------------------------------------------------------ joining

    private void showCodeEntry(String error) {
        unfollow();
        body.removeAll();
        nameText.setText(getTranslation("live.play.join-title"));
        scoreText.setText("");
        var title = new H1(getTranslation("live.play.enter-code"));
        code.setLabel(getTranslation("live.play.code"));
        code.setPlaceholder("123 456");
        code.setMaxLength(9);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "off");
        code.addClassName("qd-live-code-input");
        code.setAutofocus(true);
        if (error != null) {
            code.setErrorMessage(error);
            code.setInvalid(true);
        }
        var join = new Button(getTranslation("live.play.join"), e -> goToCode());
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClassName("qd-live-big-button");
        code.addKeyPressListener(Key.ENTER, e -> goToCode());
        var card = new Div(title, code, join);
        card.addClassName("qd-live-join-card");
        body.add(card);
    }

    private void goToCode() {
        var typed = LiveSessionService.normaliseCode(code.getValue());
        if (typed.isEmpty()) {
            code.setErrorMessage(getTranslation("live.play.code-needed"));
            code.setInvalid(true);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("play/" + typed));
    }

    private void enter(JoinInfo info) {
        var kept = tickets().get(info.sessionId());
        try {
            if (kept != null) {
                begin(live.rejoin(kept));
                return;
            }
            if (CurrentUser.get().map(p -> p.role() == Role.STUDENT).orElse(false)) {
                begin(live.joinAsStudent(info.sessionId()));
                return;
            }
        } catch (LiveRefusedException e) {
            tickets().remove(info.sessionId());
            showMessage(VaadinIcon.BAN, e.getMessage(), info.state() == LiveState.ENDED ? null : getTranslation("live.play.try-again"), "play/" + info.joinCode());
            return;
        }
        showNickname(info);
    }

    private void showNickname(JoinInfo info) {
        body.removeAll();
        nameText.setText(info.title());
        scoreText.setText("");
        if (info.state() == LiveState.ENDED) {
            showMessage(VaadinIcon.FLAG_CHECKERED, getTranslation("live.play.over"), null, null);
            return;
        }
        if (!info.guestsAllowed()) {
            var signIn = new Anchor("login", getTranslation("live.play.sign-in-to-join"));
            signIn.addClassName("qd-live-big-link");
            var card = new Div(new H1(getTranslation("live.play.sign-in-title")), new Paragraph(getTranslation("live.play.sign-in-text")), signIn);
            card.addClassName("qd-live-join-card");
            body.add(card);
            return;
        }
        nickname.setMaxLength(40);
        nickname.setHelperText(getTranslation("live.play.nickname-help"));
        nickname.setAutofocus(true);
        nickname.addClassName("qd-live-nick-input");
        var join = new Button(getTranslation("live.play.join-game"), e -> joinAsGuest(info));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClassName("qd-live-big-button");
        nickname.addKeyPressListener(Key.ENTER, e -> joinAsGuest(info));
        var signIn = new Anchor("login", getTranslation("live.play.have-account"));
        signIn.addClassName("qd-live-small-link");
        var card = new Div(new H1(info.title()), nickname, join, signIn);
        card.addClassName("qd-live-join-card");
        body.add(card);
    }

    private void joinAsGuest(JoinInfo info) {
        try {
            begin(live.joinAsGuest(info.sessionId(), nickname.getValue(), null));
        } catch (LiveRefusedException e) {
            nickname.setErrorMessage(e.getMessage());
            nickname.setInvalid(true);
        }
    }

    private void begin(PlayerTicket t) {
        tickets().put(t.sessionId(), t);
        play(t);
        getUI().ifPresent(this::follow);
    }

    /** Shows the game as this player (the benchmark drives it directly, with its own UI). */
    void play(PlayerTicket t) {
        ticket = t;
        nameText.setText(t.name());
        screenKey = "";
        lastSeq = -1;
        render(live.playerView(t));
    }

    /** Starts following the game in the given UI (the benchmark's simulated phones). */
    void followIn(UI ui) {
        follow(ui);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, PlayerTicket> tickets() {
        var session = VaadinSession.getCurrent();
        var map = (Map<Long, PlayerTicket>) session.getAttribute(TICKETS);
        if (map == null) {
            map = new ConcurrentHashMap<>();
            session.setAttribute(TICKETS, map);
        }
        return map;
    }

    private void follow(UI ui) {
        if (registration != null || ticket == null || ui == null) {
            return;
        }
        var t = ticket;
        registration = live.watch(t, s -> ui.access(() -> onPush(s)));
        ui.access(() -> onPush(null));
    }

    private void unfollow() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void onPush(LiveSnapshot s) {
        if (ticket == null) {
            return;
        }
        render(s == null ? live.playerView(ticket) : live.playerView(ticket, s));
    }

    // ------------------------------------------------------------------ the game

    void render(PlayerView v) {
        var s = v.game();
        if (s.seq() < lastSeq) {
            return;
        }
        lastSeq = s.seq();
        scoreText.setText(getTranslation("live.play.points-short", v.score()));
        var key = s.state() + "/" + s.index() + "/" + s.paused() + "/" + v.answeredCurrent() + "/" + v.status();
        if (key.equals(screenKey)) {
            return;
        }
        screenKey = key;
        body.removeAll();
        if (v.status() != PlayerStatus.ACTIVE) {
            showMessage(VaadinIcon.BAN, getTranslation("live.play.removed"),
                    v.status() == PlayerStatus.REMOVED ? getTranslation("live.play.join-again") : null, "play/" + s.joinCode());
            announce(getTranslation("live.play.removed"));
            return;
        }
        switch (s.state()) {
            case LOBBY -> {
                body.add(card("qd-live-wait", VaadinIcon.CHECK_CIRCLE, getTranslation("live.play.in", v.name()),
                        getTranslation("live.play.in-text")));
                announce(getTranslation("live.play.in", v.name()) + " " + getTranslation("live.play.in-text"));
            }
            case OPEN -> {
                if (s.paused()) {
                    body.add(card("qd-live-wait", VaadinIcon.PAUSE, getTranslation("live.play.paused"),
                            getTranslation("live.play.paused-text")));
                    announce(getTranslation("live.play.paused") + ". " + getTranslation("live.play.paused-text"));
                } else if (v.answeredCurrent()) {
                    body.add(sent(s));
                    announce(getTranslation("live.play.sent") + ". " + getTranslation("live.play.sent-text"));
                } else {
                    body.add(question(s));
                    announce(getTranslation("live.play.progress", s.index() + 1, s.questionCount()) + ". "
                            + LiveQuestions.plain(s.question().question(), s.question().question().prompt()));
                }
                shownIndex = s.index();
            }
            case LOCKED -> {
                var text = getTranslation(v.answeredCurrent() ? "live.play.locked-answered" : "live.play.locked-none");
                body.add(card("qd-live-wait", VaadinIcon.HOURGLASS, getTranslation("live.play.locked"), text));
                announce(getTranslation("live.play.locked") + ". " + text);
            }
            case REVEALED, LEADERBOARD -> body.add(result(v));
            case ENDED -> body.add(finalCard(v));
        }
    }

    private Component card(String className, VaadinIcon icon, String title, String text) {
        var i = icon.create();
        i.addClassName("qd-live-card-icon");
        i.getElement().setAttribute("aria-hidden", "true");
        var card = new Div(i, new H2(title), new Paragraph(text));
        card.addClassNames("qd-live-card", className);
        return card;
    }

    private void showMessage(VaadinIcon icon, String text, String action, String target) {
        unfollow();
        body.removeAll();
        var c = (Div) card("qd-live-wait", icon, text, "");
        if (action != null) {
            var link = new Anchor(target, action);
            link.addClassName("qd-live-big-link");
            c.add(link);
        }
        body.add(c);
    }

    private Component sent(LiveSnapshot s) {
        var c = (Div) card("qd-live-sent", VaadinIcon.CHECK_CIRCLE, getTranslation("live.play.sent"),
                getTranslation("live.play.sent-text"));
        c.addComponentAsFirst(progressLine(s));
        return c;
    }

    private Span progressLine(LiveSnapshot s) {
        var line = new Span(getTranslation("live.play.progress", s.index() + 1, s.questionCount()));
        line.addClassName("qd-live-play-progress");
        return line;
    }

    private Component question(LiveSnapshot s) {
        var lq = s.question();
        var q = lq.question();
        var top = new Div(progressLine(s), LiveUi.countdown(s, clock));
        top.addClassName("qd-live-play-top");
        var prompt = LiveUi.prompt(q, "qd-live-play-prompt");
        var box = new Div(top, prompt);
        box.addClassName("qd-live-play-question");
        switch (q) {
            case SingleChoiceQuestion sc -> box.add(AnswerButtons.of(choiceOptions(lq),
                    d -> send(s, new ChoiceResponse(lq.optionOrder().get(d)))).grid());
            case TrueFalseQuestion tf -> box.add(AnswerButtons.of(List.of(
                    new AnswerButtons.Option(getTranslation("live.true"), getTranslation("live.true"),
                            LiveUi.colourClass(0), AnswerButtons.icon("check")),
                    new AnswerButtons.Option(getTranslation("live.false"), getTranslation("live.false"),
                            LiveUi.colourClass(1), AnswerButtons.icon("close"))),
                    d -> send(s, new TrueFalseResponse(d == 0)), "qd-live-answer-tf").grid());
            case MultipleResponseQuestion mr -> box.add(multi(s, lq));
            case ShortAnswerQuestion sa -> box.add(typed(s, getTranslation("live.play.your-answer"), false));
            case NumericQuestion n -> box.add(typed(s, getTranslation("live.play.your-number"), true));
            case OrderingQuestion o -> box.add(ordering(s, lq, o));
            case MatchingQuestion m -> box.add(matching(s, m));
            case ClozeQuestion c -> box.add(cloze(s, c));
            default -> box.add(new Paragraph(getTranslation("live.play.on-screen")));
        }
        return box;
    }

    /** A choice question's options in displayed order, each with its shape, letter and colour. */
    private List<AnswerButtons.Option> choiceOptions(LiveQuestion lq) {
        var texts = LiveUi.optionTexts(lq);
        var options = new ArrayList<AnswerButtons.Option>(texts.size());
        for (int d = 0; d < texts.size(); d++) {
            var text = LiveQuestions.plain(lq.question(), texts.get(d));
            var shape = getTranslation("live.shape." + LiveUi.SHAPE_NAMES[d % LiveUi.SHAPES.length]);
            options.add(new AnswerButtons.Option(text, LiveQuestions.letter(d) + ": " + text + " (" + shape + ")",
                    LiveUi.colourClass(d), AnswerButtons.badge(d)));
        }
        return options;
    }

    private Component multi(LiveSnapshot s, LiveQuestion lq) {
        var chosen = new HashSet<Integer>();
        var toggles = new AnswerButtons[1];
        toggles[0] = AnswerButtons.of(choiceOptions(lq), d -> {
            int stored = lq.optionOrder().get(d);
            boolean on = chosen.add(stored) || !chosen.remove(stored);
            toggles[0].setPressed(d, on);
        }, "qd-live-toggles");
        for (int d = 0; d < lq.optionOrder().size(); d++) {
            toggles[0].setPressed(d, false);
        }
        var submit = sendButton(getTranslation("live.play.send"), () -> send(s, new MultiChoiceResponse(new HashSet<>(chosen))));
        return new Div(new Paragraph(getTranslation("live.play.tick-all")), toggles[0].grid(), submit);
    }

    private Component typed(LiveSnapshot s, String label, boolean numeric) {
        var field = new TextField(label);
        field.setWidthFull();
        field.setMaxLength(LiveQuestionsLimits.TYPED);
        field.addClassName("qd-live-typed");
        field.getElement().setAttribute("autocomplete", "off");
        if (numeric) {
            field.getElement().setAttribute("inputmode", "decimal");
        }
        field.setAutofocus(true);
        Runnable go = () -> send(s, numeric ? new NumericResponse(field.getValue()) : new TextResponse(field.getValue()));
        field.addKeyPressListener(Key.ENTER, e -> go.run());
        return new Div(field, sendButton(getTranslation("live.play.send"), go));
    }

    private Component ordering(LiveSnapshot s, LiveQuestion lq, OrderingQuestion o) {
        var order = new ArrayList<>(lq.optionOrder());
        var list = new Div();
        list.addClassName("qd-live-order");
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int pos = 0; pos < order.size(); pos++) {
                int at = pos;
                var text = LiveQuestions.plain(o, o.items().get(order.get(pos)));
                var number = new Span(String.valueOf(pos + 1));
                number.addClassName("qd-live-order-no");
                var item = new Span(text);
                item.addClassName("qd-live-order-text");
                var up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                    java.util.Collections.swap(order, at, at - 1);
                    redraw[0].run();
                });
                up.setAriaLabel(getTranslation("live.play.move-up", text));
                up.setEnabled(pos > 0);
                var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                    java.util.Collections.swap(order, at, at + 1);
                    redraw[0].run();
                });
                down.setAriaLabel(getTranslation("live.play.move-down", text));
                down.setEnabled(pos < order.size() - 1);
                var row = new Div(number, item, up, down);
                row.addClassName("qd-live-order-row");
                list.add(row);
            }
        };
        redraw[0].run();
        return new Div(new Paragraph(getTranslation("live.play.order-hint")), list,
                sendButton(getTranslation("live.play.send-order"), () -> send(s, new OrderingResponse(List.copyOf(order)))));
    }

    private Component matching(LiveSnapshot s, MatchingQuestion m) {
        var choices = LiveQuestions.matchChoices(m);
        var selects = new ArrayList<Select<String>>();
        var box = new Div();
        box.addClassName("qd-live-match");
        for (int i = 0; i < m.pairs().size(); i++) {
            var select = new Select<String>();
            select.setLabel(LiveQuestions.plain(m, m.pairs().get(i).left()));
            select.setItems(choices);
            select.setPlaceholder(getTranslation("live.play.choose"));
            select.setWidthFull();
            selects.add(select);
            box.add(select);
        }
        box.add(sendButton(getTranslation("live.play.send"), () -> {
            var map = new HashMap<Integer, String>();
            for (int i = 0; i < selects.size(); i++) {
                if (selects.get(i).getValue() != null) {
                    map.put(i, selects.get(i).getValue());
                }
            }
            send(s, new MatchingResponse(map));
        }));
        return box;
    }

    private Component cloze(LiveSnapshot s, ClozeQuestion c) {
        var box = new Div();
        box.addClassName("qd-live-match");
        var inputs = new ArrayList<java.util.function.Supplier<String>>();
        for (int i = 0; i < c.blanks().size(); i++) {
            var label = getTranslation("live.play.gap", i + 1);
            if (c.blanks().get(i) instanceof ChoiceBlank cb) {
                var select = new Select<Integer>();
                select.setLabel(label);
                select.setItems(IntStream.range(0, cb.options().size()).boxed().toList());
                select.setItemLabelGenerator(k -> LiveQuestions.plain(c, cb.options().get(k).text()));
                select.setPlaceholder(getTranslation("live.play.choose"));
                select.setWidthFull();
                box.add(select);
                inputs.add(() -> select.getValue() == null ? null : ClozeResponse.choice(select.getValue()));
            } else {
                var field = new TextField(label);
                field.setWidthFull();
                field.setMaxLength(LiveQuestionsLimits.TYPED);
                field.getElement().setAttribute("autocomplete", "off");
                if (c.blanks().get(i) instanceof NumericBlank) {
                    field.getElement().setAttribute("inputmode", "decimal");
                }
                box.add(field);
                inputs.add(field::getValue);
            }
        }
        box.add(sendButton(getTranslation("live.play.send"), () -> send(s, new ClozeResponse(inputs.stream().map(java.util.function.Supplier::get).toList()))));
        return box;
    }

    private Button sendButton(String text, Runnable action) {
        var b = new Button(text, VaadinIcon.PAPERPLANE.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        b.addClassName("qd-live-big-button");
        b.setDisableOnClick(true);
        return b;
    }

    private void send(LiveSnapshot s, Response response) {
        try {
            live.answer(ticket, s.index(), response);
        } catch (LiveRefusedException e) {
            Notifications.error(e.getMessage());
        }
        screenKey = "";
        lastSeq = -1;
        render(live.playerView(ticket));
    }

    private Component result(PlayerView v) {
        var r = v.current();
        var s = v.game();
        Div c;
        String verdict;
        String points;
        if (r == null || r.answerText() == null) {
            verdict = getTranslation("live.play.no-answer");
            points = getTranslation("live.play.no-answer-text");
            c = (Div) card("qd-live-result-none", VaadinIcon.MINUS_CIRCLE_O, verdict, points);
        } else if (r.correct()) {
            verdict = getTranslation("live.play.right");
            points = getTranslation("live.play.plus-points", r.points());
            c = (Div) card("qd-live-result-right", VaadinIcon.CHECK_CIRCLE, verdict, points);
        } else if (r.partial()) {
            verdict = getTranslation("live.play.partly");
            points = getTranslation("live.play.plus-points", r.points());
            c = (Div) card("qd-live-result-partial", VaadinIcon.ADJUST, verdict, points);
        } else {
            verdict = getTranslation("live.play.wrong");
            points = getTranslation("live.play.plus-points", 0);
            c = (Div) card("qd-live-result-wrong", VaadinIcon.CLOSE_CIRCLE, verdict, points);
        }
        if (r != null && r.answerText() != null) {
            var yours = new Paragraph(getTranslation("live.play.yours", r.answerText()));
            yours.addClassName("qd-live-yours");
            c.add(yours);
        }
        var answer = getTranslation("live.play.answer", LiveUi.correctAnswer(s.question()));
        var right = new Paragraph(answer);
        right.addClassName("qd-live-correct");
        c.add(right);
        var scoreLine = getTranslation("live.play.score", v.score());
        var score = new Span(scoreLine);
        score.addClassName("qd-live-total");
        c.add(score);
        var rankLine = "";
        if (v.rank() > 0) {
            rankLine = getTranslation("live.play.rank", v.rank(), s.activePlayers());
            var rank = new Span(rankLine);
            rank.addClassName("qd-live-total");
            c.add(rank);
        }
        announce(String.join(" ", verdict, points + ".", answer + ".", scoreLine + ".", rankLine).strip());
        return c;
    }

    private Component finalCard(PlayerView v) {
        var s = v.game();
        var scored = getTranslation("live.play.scored", v.score());
        var c = (Div) card("qd-live-final", VaadinIcon.TROPHY, getTranslation("live.play.over-title"), scored);
        var rankLine = "";
        if (v.rank() > 0) {
            rankLine = getTranslation("live.play.rank", v.rank(), s.activePlayers());
            var rank = new Span(rankLine);
            rank.addClassName("qd-live-total");
            c.add(rank);
        }
        announce((getTranslation("live.play.over-title") + ". " + scored + " " + rankLine).strip());
        var podium = new Div();
        podium.addClassName("qd-live-mini-podium");
        for (var st : s.podium()) {
            podium.add(new Paragraph(st.rank() + ". " + st.name() + " · " + getTranslation("live.play.points-short", st.score())));
        }
        c.add(podium);
        return c;
    }

    /** Puts the words in the live region; the same words twice are still read (an invisible difference). */
    private void announce(String text) {
        announceToggle = !announceToggle;
        announcer.setText(text + (announceToggle ? "" : "\u00A0"));
    }

    /** What the live region last said (tests). */
    String announcement() {
        return announcer.getText().strip();
    }

    /** Kept here so the view does not depend on the module's package-private limits. */
    static final class LiveQuestionsLimits {
        static final int TYPED = 500;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.play.page-title");
    }
}
