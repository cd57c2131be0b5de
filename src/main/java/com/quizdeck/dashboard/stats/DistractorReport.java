package com.quizdeck.dashboard.stats;

import java.util.List;

/**
 * Option counts of one choice question and the hints drawn from them.
 *
 * @param respondents attempts that chose at least one option
 * @param noResponse  attempts that chose nothing
 * @param options     one entry per option, in the order the options were given
 * @param hints       hints: options chosen over the key, then unused distractors, then the discrimination hint
 */
public record DistractorReport(int respondents, int noResponse, List<OptionCount> options, List<DistractorHint> hints) {

    public DistractorReport {
        options = List.copyOf(options);
        hints = List.copyOf(hints);
    }
}
