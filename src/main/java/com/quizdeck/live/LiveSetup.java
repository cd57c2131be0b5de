package com.quizdeck.live;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the host chose to play.
 *
 * @param deckId      a deck the host may use
 * @param questionIds the deck questions to play, in this order; empty for every question the game can
 *                    grade by itself (flashcards and open questions are left out)
 * @param shuffle     play the chosen questions in a random order
 * @param seconds     per question id, a time that overrides the settings' default
 */
public record LiveSetup(Long deckId, List<Long> questionIds, boolean shuffle, LiveSettings settings,
        Map<Long, Integer> seconds) {

    public LiveSetup {
        Objects.requireNonNull(deckId, "deckId");
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        settings = settings == null ? LiveSettings.defaults() : settings;
        seconds = seconds == null ? Map.of() : Map.copyOf(seconds);
    }

    public static LiveSetup wholeDeck(Long deckId, LiveSettings settings) {
        return new LiveSetup(deckId, List.of(), false, settings, Map.of());
    }
}
