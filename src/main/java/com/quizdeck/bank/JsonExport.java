package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import com.quizdeck.content.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decks as JSON: an array of decks, each with the native format's deck fields and its
 * questions. Every question has a {@code prompt}, even flashcards and cloze (their flashcard
 * front), so that consumers can list questions without knowing every type.
 */
final class JsonExport {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonExport() {
    }

    static ExportResult write(List<Deck> decks) {
        var tree = decks.stream().map(JsonExport::deck).toList();
        return ExportResult.complete(MAPPER.writeValueAsString(tree) + "\n");
    }

    private static Map<String, Object> deck(Deck deck) {
        var map = new LinkedHashMap<>(DeckTree.deckFields(deck));
        map.put("questions", deck.questions().stream().map(JsonExport::question).toList());
        return map;
    }

    private static Map<String, Object> question(Question question) {
        var map = DeckTree.question(question);
        if (map.containsKey("prompt")) {
            return map;
        }
        var withPrompt = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> {
            withPrompt.put(key, value);
            if (key.equals("type")) {
                withPrompt.put("prompt", question.flashcardFace().front());
            }
        });
        return withPrompt;
    }
}
