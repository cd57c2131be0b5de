package com.quizdeck.study;

import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Choice;
import com.quizdeck.content.Deck;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A class of its own with a deck of its own and a student in it, so that study tests do not meet each other. */
@Component
class StudyFixtures {

    private final TestUsers users;
    private final DeckService decks;
    private final ClassroomService classrooms;

    StudyFixtures(TestUsers users, DeckService decks, ClassroomService classrooms) {
        this.users = users;
        this.decks = decks;
        this.classrooms = classrooms;
    }

    record Fixture(UserSummary teacher, ClassSummary classroom, Long deckId, UserSummary student,
            List<QuestionRef> questions) {
    }

    Fixture create(int questionCount) {
        var teacher = users.create(Role.INSTRUCTOR);
        var slug = "study-" + UUID.randomUUID().toString().substring(0, 8);
        var questions = new ArrayList<Question>();
        for (int i = 1; i <= questionCount; i++) {
            questions.add(i % 2 == 1
                    ? new TrueFalseQuestion(QuestionHeader.of("q" + i, "Statement " + i + " is true."), true, null,
                            null)
                    : new SingleChoiceQuestion(QuestionHeader.of("q" + i, "Pick the right one for " + i + "?"),
                            List.of(Choice.correct("Right " + i), Choice.wrong("Wrong " + i)), false));
        }
        var saved = users.as(teacher, () -> decks.saveDeck(Deck.of(slug, "Deck " + slug, questions),
                DeckOrigin.IMPORT, slug + ".deck.yaml"));
        var classroom = users.as(teacher, () -> classrooms.createClass("Class " + slug));
        users.as(teacher, () -> decks.shareWithClass(saved.deckId(), classroom.id()));
        var student = joinedStudent(classroom);
        var refs = users.as(student, () -> decks.currentQuestions(saved.deckId()));
        return new Fixture(teacher, classroom, saved.deckId(), student, refs);
    }

    UserSummary joinedStudent(ClassSummary classroom) {
        var student = users.create(Role.STUDENT);
        users.as(student, () -> classrooms.joinByCode(classroom.joinCode()));
        return student;
    }
}
