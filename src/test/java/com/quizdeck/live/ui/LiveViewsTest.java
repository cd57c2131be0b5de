package com.quizdeck.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.live.LiveSessionService;
import com.quizdeck.live.LiveSettings;
import com.quizdeck.live.LiveSetup;
import com.quizdeck.live.LiveState;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class LiveViewsTest extends SpringBrowserlessTest {

    @Autowired
    LiveSessionService live;
    @Autowired
    AccountService accounts;
    @Autowired
    DeckService decks;

    private com.quizdeck.live.LiveSessionSummary game(String... keys) {
        return accounts.runAs("teacher", () -> {
            var deckId = decks.idOf("rdprk-summits").orElseThrow();
            var ids = decks.currentQuestions(deckId).stream()
                    .filter(r -> List.of(keys).contains(r.questionKey())).map(r -> r.questionId()).toList();
            return live.create(new LiveSetup(deckId, ids, false, new LiveSettings(20, true, true, false, true, true), Map.of()));
        });
    }

    @Test
    @WithUserDetails("teacher")
    void an_instructor_opens_a_lobby_that_shows_the_code_and_a_qr_code() {
        var start = navigate(LiveStartView.class);
        assertThat(start.deck.getValue().slug()).isEqualTo("rdprk-summits");
        assertThat(start.questions.getValue()).hasSize(24);
        var first = start.questions.getListDataView().getItems().filter(LiveStartView.Pick::playable).findFirst().orElseThrow();
        test(start.overrides.get(first.questionId())).setValue(45);
        test(start.create).click();
        var host = (LiveHostView) getCurrentView();
        var code = find(H1.class).single().getText().replace(" ", "");
        assertThat(code).matches("\\d{6}");
        assertThat(find(Image.class).all()).anyMatch(i -> i.getAlt().orElse("").startsWith("QR code to join"));
        assertThat(find(Button.class).all()).extracting(Button::getText).contains("Start", "End");
        var info = live.findByCode(code).orElseThrow();
        live.joinAsGuest(info.sessionId(), "Projector Pat", null);
        // Pushed to the projector (checked in a real browser by the end-to-end test); here, the next render shows them.
        host.render(live.hostView(info.sessionId()));
        assertThat(host.stage.getElement().getOuterHTML()).contains("Projector Pat").contains("1 player");
        assertThat(live.start(info.sessionId()).question().seconds()).isEqualTo(45); // the per-question time
        host.render(live.hostView(info.sessionId()));
        assertThat(host.stage.getElement().getOuterHTML()).contains("0 of 1 answered");
    }

    @Test
    @WithAnonymousUser
    void a_guest_joins_by_code_answers_on_the_phone_and_sees_the_result_after_the_reveal() {
        var game = game("before-albright-visitor");
        live.joinAsGuest(game.id(), "Slow Sam", null); // so that the question stays open after Phil answers
        var play = navigate("play/" + game.joinCode(), PlayView.class);
        test(play.nickname).setValue("Phone Phil");
        test(find(Button.class).all().stream().filter(b -> b.getText().equals("Join the game")).findFirst().orElseThrow()).click();
        assertThat(find(H2.class).single().getText()).isEqualTo("You're in, Phone Phil!");

        accounts.runAs("teacher", () -> live.start(game.id()));
        awaitUi(() -> !answerButtons().isEmpty());
        var buttons = answerButtons();
        assertThat(buttons).extracting(b -> b.getAttribute("aria-label")).allMatch(name -> name.matches("^[A-D]: .+ \\(\\w+\\)$"));
        var right = buttons.stream().filter(b -> b.getAttribute("aria-label").contains("The Chinese Defense Minister"))
                .findFirst().orElseThrow();
        click(right);
        assertThat(find(H2.class).single().getText()).isEqualTo("Answer sent");

        var revealed = accounts.runAs("teacher", () -> live.reveal(game.id()));
        assertThat(revealed.state()).isEqualTo(LiveState.REVEALED);
        awaitUi(() -> find(H2.class).all().stream().anyMatch(h -> h.getText().equals("Right!")));
        assertThat(play.body.getElement().getOuterHTML()).contains("Rank 1 of 2").contains("Score: ");
    }

    /** The phone's answer buttons (plain {@code <button>} elements in their grid, see AnswerButtons). */
    private List<Element> answerButtons() {
        return find(Div.class).all().stream().filter(d -> d.hasClassName("qd-live-answer-grid"))
                .flatMap(d -> d.getElement().getChildren())
                .filter(e -> "button".equals(e.getTag()) && e.getClassList().contains("qd-live-answer"))
                .toList();
    }

    /** What the browser sends when the button is pressed: a click on the grid, with the button's index. */
    private static void click(Element button) {
        var data = JacksonUtils.createObjectNode();
        data.put(AnswerButtons.CLICKED, button.getAttribute("data-i"));
        var grid = button.getParent();
        grid.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(grid, "click", data));
    }

    private void awaitUi(BooleanSupplier condition) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            roundTrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("The screen did not follow the game within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
