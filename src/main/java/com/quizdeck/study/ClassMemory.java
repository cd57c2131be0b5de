package com.quizdeck.study;

import java.util.List;

/**
 * A class's memory of a deck: over all its students' studied cards, and per student.
 *
 * @param overall the mean retrievability over every studied card of every student in the class
 */
public record ClassMemory(Long classId, Long deckId, DeckMemory overall, List<StudentMemory> students) {

    public ClassMemory {
        students = List.copyOf(students);
    }
}
