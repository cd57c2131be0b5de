package com.quizdeck.deck.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags: pick known ones or type a new one and press Enter. Keeps the order in which tags were
 * added, so that an unchanged list reads as unchanged (and makes no new version).
 */
class TagField extends MultiSelectComboBox<String> {

    private final List<String> order = new ArrayList<>();
    private final Set<String> items = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    TagField(String label, Collection<String> known, List<String> value) {
        super(label);
        items.addAll(known);
        items.addAll(value);
        order.addAll(value);
        setItems(items);
        setValue(new LinkedHashSet<>(value));
        setAllowCustomValue(true);
        setHelperText(getTranslation("deck.tags.help"));
        setWidthFull();
        addCustomValueSetListener(e -> {
            var tag = e.getDetail().strip();
            if (!tag.isEmpty()) {
                items.add(tag);
                setItems(items);
                var selected = new LinkedHashSet<>(getValue());
                selected.add(tag);
                setValue(selected);
            }
        });
        addValueChangeListener(e -> {
            order.removeIf(t -> !e.getValue().contains(t));
            e.getValue().stream().filter(t -> !order.contains(t)).forEach(order::add);
        });
    }

    /** The selected tags in the order they were added. */
    List<String> tags() {
        return List.copyOf(order);
    }
}
