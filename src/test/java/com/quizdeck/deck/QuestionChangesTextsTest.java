package com.quizdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.base.i18n.ModuleBundlesI18NProvider;
import com.quizdeck.content.QuestionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every part a question's history can name has its text, so that the history dialog never shows {@code !key!}. */
class QuestionChangesTextsTest {

    @Test
    void every_part_a_history_names_has_a_text() {
        var texts = new ModuleBundlesI18NProvider();
        var names = new ArrayList<>(List.of("type", "name", "format", "prompt", "explanation", "source", "tags",
                "general-feedback"));
        for (var type : QuestionType.values()) {
            names.add(QuestionChanges.bodyLabel(type));
        }
        assertThat(names).allSatisfy(n -> assertThat(texts.hasKey("deck.history.part." + n)).as(n).isTrue());
    }
}
