package com.quizdeck.quiz;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes for instructors: assign a deck to a class with settings, change them, close the quiz. An
 * instructor manages only quizzes of classes they teach; an admin any.
 */
@Service
@RequiredArgsConstructor
@Slf4j
public class QuizService {

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final ClassroomService classrooms;
    private final DeckService decks;
    private final AttemptFinisher finisher;
    private final Clock clock;

    /**
     * Creates the quiz and gives its deck to the class, so that the students can also study it and
     * read its questions during attempts.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public QuizSummary createQuiz(QuizSettings settings) {
        if (settings.classId() == null) {
            throw new InvalidInputException("classId", "Choose a class.");
        }
        classrooms.classDetails(settings.classId()); // refuses a class the caller does not teach
        var deck = requireDeck(settings.deckId());
        validate(settings, deck);
        decks.shareWithClass(deck.id(), settings.classId());
        var quiz = quizzes.save(new Quiz(settings, CurrentUser.id(), clock.instant()));
        log.info("Quiz {} '{}' created for class {} from deck {} by {}", quiz.getId(), quiz.getTitle(),
                quiz.getClassId(), quiz.getDeckId(), CurrentUser.require().getUsername());
        return summary(quiz);
    }

    /**
     * New settings for a quiz. The class and the deck stay. Attempts already started keep their
     * questions; a moved close date moves the deadline of attempts in progress with it.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public QuizSummary updateQuiz(Long quizId, QuizSettings settings) {
        var quiz = requireTeaching(quizId);
        if (!quiz.getClassId().equals(settings.classId()) || !quiz.getDeckId().equals(settings.deckId())) {
            throw new InvalidInputException(!quiz.getClassId().equals(settings.classId()) ? "classId" : "deckId",
                    "The class and the deck of a quiz cannot change; make a new quiz instead.");
        }
        validate(settings, requireDeck(settings.deckId()));
        var now = clock.instant();
        quiz.change(settings, now);
        finisher.quizClosingChanged(quiz, now);
        return summary(quiz);
    }

    /** Closes the quiz now: attempts in progress are submitted with their saved answers. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public QuizSummary closeQuiz(Long quizId) {
        var quiz = requireTeaching(quizId);
        var now = clock.instant();
        quiz.close(now);
        finisher.quizClosingChanged(quiz, now);
        log.info("Quiz {} closed by {}", quizId, CurrentUser.require().getUsername());
        return summary(quiz);
    }

    /** The quizzes of every class the caller teaches (an admin: of every class), newest first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<QuizSummary> teachingQuizzes() {
        var classes = classrooms.teachingClasses(true).stream()
                .collect(Collectors.toMap(ClassSummary::id, Function.identity()));
        if (classes.isEmpty()) {
            return List.of();
        }
        var list = quizzes.findByClassIdInOrderByOpensAtDescIdDesc(classes.keySet());
        if (list.isEmpty()) {
            return List.of();
        }
        var deckById = decks.visibleDecks().stream().collect(Collectors.toMap(DeckSummary::id, Function.identity()));
        var counts = attempts.countsByQuiz(list.stream().map(Quiz::getId).toList()).stream()
                .collect(Collectors.toMap(AttemptRepository.QuizCounts::quizId, Function.identity()));
        var now = clock.instant();
        return list.stream().map(q -> summary(q, classes.get(q.getClassId()).name(), deckById, counts, now)).toList();
    }

    /** One quiz, for its edit form. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public QuizSummary quiz(Long quizId) {
        return summary(requireTeaching(quizId));
    }

    private QuizSummary summary(Quiz quiz) {
        var className = classrooms.classDetails(quiz.getClassId()).name();
        var deck = decks.summary(quiz.getDeckId());
        var counts = attempts.countsByQuiz(List.of(quiz.getId())).stream()
                .collect(Collectors.toMap(AttemptRepository.QuizCounts::quizId, Function.identity()));
        return summary(quiz, className, Map.of(deck.id(), deck), counts, clock.instant());
    }

    private static QuizSummary summary(Quiz q, String className, Map<Long, DeckSummary> decks,
            Map<Long, AttemptRepository.QuizCounts> counts, java.time.Instant now) {
        var deck = decks.get(q.getDeckId());
        var c = counts.get(q.getId());
        return new QuizSummary(q.getId(), className, deck == null ? "(deck no longer available)" : deck.title(),
                q.settings(), q.statusAt(now), deck == null ? 0 : deck.questionCount(),
                c == null ? 0 : c.students(), c == null ? 0 : c.submitted());
    }

    private Quiz requireTeaching(Long quizId) {
        var quiz = quizzes.findById(quizId)
                .orElseThrow(() -> new AccessDeniedException("No such quiz, or it is not yours."));
        try {
            classrooms.classDetails(quiz.getClassId());
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException("No such quiz, or it is not yours.");
        }
        return quiz;
    }

    private DeckSummary requireDeck(Long deckId) {
        if (deckId == null) {
            throw new InvalidInputException("deckId", "Choose a deck.");
        }
        var deck = decks.summary(deckId);
        if (deck.questionCount() == 0) {
            throw new InvalidInputException("deckId", "This deck has no questions yet.");
        }
        return deck;
    }

    /** Refuses settings that break a rule, naming the first field at fault. */
    static void validate(QuizSettings s, DeckSummary deck) {
        QuizRules.problems(s, deck.questionCount()).entrySet().stream().findFirst().ifPresent(p -> {
            throw new InvalidInputException(p.getKey(), p.getValue());
        });
    }
}
