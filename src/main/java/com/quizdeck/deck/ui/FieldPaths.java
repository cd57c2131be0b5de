package com.quizdeck.deck.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.quizdeck.content.RuleViolation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts content-rule findings next to the fields they concern. Every input of a form is tagged with
 * the path that {@code QuestionRules} uses for it ({@code prompt}, {@code options[1].text}); a list
 * gets a {@link GroupError} tagged with the list's path ({@code options}). A finding goes to the
 * component with its path, else to the nearest enclosing one ({@code tags[0]} to {@code tags}),
 * else to the form's general message ({@code ""}).
 */
final class FieldPaths {

    private static final String KEY = "qd-path";
    private static final Pattern WIRE_NAME = Pattern.compile(
            "^(single_choice|multiple_response|true_false|short_answer|numeric|matching|ordering|cloze|flashcard|open)(:)? ");

    private FieldPaths() {
    }

    static <C extends Component> C tag(C component, String path) {
        ComponentUtil.setData(component, KEY, path);
        return component;
    }

    static String pathOf(Component component) {
        return (String) ComponentUtil.getData(component, KEY);
    }

    /** A message line for a list or a whole form; empty and hidden when all is well. */
    static final class GroupError extends Span {
        GroupError(String path) {
            addClassName("qd-editor-group-error");
            getElement().setAttribute("aria-live", "polite");
            tag(this, path);
            setVisible(false);
        }

        void show(String message) {
            setText(message == null ? "" : message);
            setVisible(message != null);
        }
    }

    /**
     * Shows the findings under {@code root}, clears every other tagged component, and returns how
     * many findings there were.
     */
    static int apply(Component root, List<RuleViolation> violations) {
        var byPath = new HashMap<String, Component>();
        collect(root, byPath);
        var messages = new LinkedHashMap<Component, List<String>>();
        for (var v : violations) {
            var target = resolve(v.path(), byPath.keySet());
            var component = byPath.get(target);
            if (component != null) {
                messages.computeIfAbsent(component, k -> new ArrayList<>()).add(humanize(v.message()));
            }
        }
        for (var component : byPath.values()) {
            var list = messages.get(component);
            var text = list == null ? null : String.join(" ", list.stream().distinct().toList());
            if (component instanceof GroupError group) {
                group.show(text);
            } else if (component instanceof HasValidation field) {
                field.setErrorMessage(text);
                field.setInvalid(text != null);
            }
        }
        return violations.size();
    }

    /** The path itself when something shows it, else the nearest enclosing path that does. */
    static String resolve(String path, Set<String> known) {
        var p = path == null ? "" : path;
        while (!p.isEmpty() && !known.contains(p)) {
            if (p.endsWith("]")) {
                p = p.substring(0, p.lastIndexOf('['));
            } else {
                int dot = p.lastIndexOf('.');
                p = dot < 0 ? "" : p.substring(0, dot);
            }
        }
        return p;
    }

    /** "single_choice needs ..." reads "This question needs ..."; a message starts upper-case. */
    static String humanize(String message) {
        var m = WIRE_NAME.matcher(message);
        var text = m.find() ? (m.group(2) != null ? message.substring(m.end())
                : translate("deck.form.this-question", message.substring(m.end()))) : message;
        text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private static void collect(Component component, Map<String, Component> byPath) {
        if (component.getElement().isTextNode()) {
            return;
        }
        var path = pathOf(component);
        // A group message hides itself while empty, yet must be found to show a finding.
        if (path != null && (component.isVisible() || component instanceof GroupError)) {
            byPath.putIfAbsent(path, component);
        }
        if (!component.isVisible()) {
            return;
        }
        component.getChildren().forEach(child -> collect(child, byPath));
    }
}
