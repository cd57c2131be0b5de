package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import com.quizdeck.content.Question;
import com.quizdeck.deck.QuestionCodec;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Stores a question as a one-question native deck: the native format is lossless and validated, so
 * what goes into a version comes back exactly, and a stored version reads like a bank file.
 */
@Component
class NativeQuestionCodec implements QuestionCodec {

    private static final String WRAPPER_ID = "stored-question";

    @Override
    public String encode(Question question) {
        return BankWriter.toNative(Deck.of(WRAPPER_ID, "Stored question", List.of(question)));
    }

    @Override
    public Question decode(String text) {
        var result = BankReader.readText(WRAPPER_ID + ".deck.yaml", text, BankFormat.NATIVE);
        if (!result.ok() || result.decks().size() != 1 || result.decks().getFirst().questions().size() != 1) {
            throw new IllegalStateException("A stored question version no longer reads: " + result.problems());
        }
        return result.decks().getFirst().questions().getFirst();
    }
}
