package com.quizdeck.deck;

import com.quizdeck.content.Question;

/**
 * Turns a question into the text stored in a version and back, losslessly. The bank module
 * provides it (the native format is our lossless text form); declaring it here keeps the deck
 * module free of a dependency on file formats.
 */
public interface QuestionCodec {

    String encode(Question question);

    Question decode(String text);
}
