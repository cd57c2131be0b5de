package com.quizdeck.live;

/**
 * One player's answer to one question, as the player sees it after the reveal.
 *
 * @param answerText what they answered, readable; null when they did not answer
 */
public record MyResult(int position, String answerText, double fraction, int points) {

    public boolean correct() {
        return fraction >= 1;
    }

    public boolean partial() {
        return fraction > 0 && fraction < 1;
    }
}
