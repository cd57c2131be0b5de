package com.quizdeck.content;

import java.util.ArrayList;
import java.util.List;

/** Put the items in order; {@link #items()} lists them in the correct order. */
public record OrderingQuestion(QuestionHeader header, List<String> items) implements Question {

    public OrderingQuestion {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public OrderingQuestion withHeader(QuestionHeader newHeader) {
        return new OrderingQuestion(newHeader, items);
    }

    @Override
    public FlashcardFace flashcardFace() {
        var format = format();
        var lines = new ArrayList<String>();
        for (int i = 0; i < items.size(); i++) {
            // "1\." so that Markdown shows the number rather than starting a list that renumbers.
            var number = format == TextFormat.MARKDOWN ? (i + 1) + "\\. " : (i + 1) + ". ";
            lines.add(number + format.convert(items.get(i)));
        }
        return Faces.card(header, String.join(format.lineBreak(), lines));
    }
}
