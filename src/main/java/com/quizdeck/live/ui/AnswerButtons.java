package com.quizdeck.live.ui;

import com.quizdeck.live.LiveQuestions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The big answer buttons of a choice or true/false question on a player's phone: plain {@code <button>} elements
 * under one click listener on their grid, each telling which one it is by {@code data-i}.
 *
 * <p>Why not a Vaadin {@code Button} each: a thousand phones draw the same question at the same moment, and a
 * profile of {@code bench/live-load.sh} showed the Button components (each with its own click listener and
 * disable-on-click) costing about as much server time as the rest of the screen together. A native button is just
 * as reachable by keyboard (Tab, Enter, Space) and by screen readers. A second click after the first is harmless:
 * the first one replaces the grid with "Answer sent", and events for a removed grid are dropped.
 */
final class AnswerButtons {

    /** Evaluated in the browser on a click: the {@code data-i} of the button clicked, or null between buttons. */
    static final String CLICKED = "event.target.closest('button') ? event.target.closest('button').dataset.i : null";

    /** One button: its visible text, its accessible name, its colour class and its leading content (a badge). */
    record Option(String text, String ariaLabel, String colourClass, Element lead) {
    }

    private final Div grid = new Div();
    private final List<Element> buttons = new ArrayList<>();

    private AnswerButtons(List<Option> options, IntConsumer clicked, String... classNames) {
        grid.addClassNames("qd-live-answer-grid");
        grid.addClassNames(classNames);
        for (int i = 0; i < options.size(); i++) {
            var o = options.get(i);
            var label = new Element("span").setText(o.text());
            label.getClassList().add("qd-live-answer-text");
            var b = new Element("button").setAttribute("type", "button").setAttribute("data-i", String.valueOf(i))
                    .setAttribute("aria-label", o.ariaLabel());
            b.getClassList().add("qd-live-answer");
            b.getClassList().add(o.colourClass());
            if (o.lead() != null) {
                b.appendChild(o.lead());
            }
            b.appendChild(label);
            buttons.add(b);
            grid.getElement().appendChild(b);
        }
        grid.getElement().addEventListener("click", e -> {
            var value = e.getEventData().get(CLICKED);
            if (value != null && value.isString()) {
                int i = Integer.parseInt(value.asString());
                if (i >= 0 && i < buttons.size()) {
                    clicked.accept(i);
                }
            }
        }).addEventData(CLICKED);
    }

    /** A grid of buttons calling {@code clicked} with the index of the one pressed. */
    static AnswerButtons of(List<Option> options, IntConsumer clicked, String... classNames) {
        return new AnswerButtons(options, clicked, classNames);
    }

    /** The badge of a choice option (shape and letter), as elements. */
    static Element badge(int displayed) {
        var shape = new Element("span").setText(LiveUi.SHAPES[displayed % LiveUi.SHAPES.length])
                .setAttribute("aria-hidden", "true");
        shape.getClassList().add("qd-live-shape");
        var letter = new Element("span").setText(LiveQuestions.letter(displayed));
        letter.getClassList().add("qd-live-letter");
        var badge = new Element("div").appendChild(shape, letter);
        badge.getClassList().add("qd-live-badge");
        return badge;
    }

    /** A Vaadin icon, hidden from screen readers (the button's name says it). */
    static Element icon(String name) {
        return new Element("vaadin-icon").setAttribute("icon", "vaadin:" + name).setAttribute("aria-hidden", "true");
    }

    Div grid() {
        return grid;
    }

    /** Marks button {@code i} as pressed or not (the toggles of a question with several right answers). */
    void setPressed(int i, boolean pressed) {
        var b = buttons.get(i);
        b.setAttribute("aria-pressed", String.valueOf(pressed));
        b.getClassList().set("qd-live-on", pressed);
    }
}
