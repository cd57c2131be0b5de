package com.quizdeck.quiz;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Question;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.deck.VersionedQuestion;
import com.quizdeck.grading.ClozeResponse;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.Grader;
import com.quizdeck.grading.MatchingResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.NoResponse;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TextResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-paced attempts: start, answer (each answer saved and graded at once), resume, submit,
 * review. A student works only on their own attempts and only at quizzes of their classes; their
 * instructor (and an admin) may read a finished attempt's review. Every time is the server's.
 */
@Service
@RequiredArgsConstructor
@Slf4j
public class AttemptService {

    private static final String NOT_YOURS = "No such attempt, or it is not yours.";
    private static final String NOT_YOUR_QUIZ = "No such quiz, or it is not for a class you are in.";

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final AttemptQuestionRepository questions;
    private final AttemptFinisher finisher;
    private final ClassroomService classrooms;
    private final DeckService decks;
    private final Clock clock;
    private final Grader grader = new Grader();
    private final RandomGenerator random = new SecureRandom();

    /** The quizzes of the calling student's classes, with their progress in each. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<StudentQuiz> myQuizzes() {
        var classes = classrooms.myClasses().stream().collect(Collectors.toMap(ClassSummary::id, ClassSummary::name));
        if (classes.isEmpty()) {
            return List.of();
        }
        var list = quizzes.findByClassIdInOrderByOpensAtDescIdDesc(classes.keySet());
        if (list.isEmpty()) {
            return List.of();
        }
        var deckSizes = deckSizes();
        var mine = attempts.findByStudentIdAndQuizIdIn(CurrentUser.id(), list.stream().map(Quiz::getId).toList())
                .stream().collect(Collectors.groupingBy(Attempt::getQuizId));
        var now = clock.instant();
        return list.stream()
                .map(q -> studentQuiz(q, classes.get(q.getClassId()), deckSizes, mine.getOrDefault(q.getId(), List.of()), now))
                .toList();
    }

    /** One quiz of the calling student's classes, with every attempt they made at it. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentQuizDetail quizForStudent(Long quizId) {
        var quiz = requireStudentQuiz(quizId);
        var mine = attempts.findByQuizIdAndStudentIdOrderByAttemptNo(quizId, CurrentUser.id());
        var className = classrooms.myClasses().stream().filter(c -> c.id().equals(quiz.getClassId()))
                .map(ClassSummary::name).findFirst().orElse("");
        var sq = studentQuiz(quiz, className, deckSizes(), mine, clock.instant());
        return new StudentQuizDetail(sq, quiz.getPointsPerQuestion(), quiz.isShuffleQuestions(),
                mine.stream().map(AttemptService::summary).toList());
    }

    /**
     * Starts an attempt, or returns the one in progress (a second tab, a double click). Fixes the
     * questions (current versions), their order and their options' order for good.
     *
     * @throws QuizUnavailableException when the quiz is not open or every attempt is used
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public Long start(Long quizId) {
        var quiz = requireStudentQuiz(quizId);
        var me = CurrentUser.id();
        var now = clock.instant();
        var open = attempts.findFirstByQuizIdAndStudentIdAndStateInOrderByAttemptNoDesc(quizId, me,
                List.of(AttemptState.IN_PROGRESS, AttemptState.OVERDUE));
        if (open.isPresent()) {
            var attempt = open.get();
            if (attempt.getState() == AttemptState.IN_PROGRESS && !attempt.isPastDeadline(now)) {
                return attempt.getId();
            }
            finisher.finishOverdue(attempt, quiz, now);
        }
        switch (quiz.statusAt(now)) {
            case UPCOMING -> throw new QuizUnavailableException(
                    "This quiz opens on " + QuizTimes.dateTime(quiz.getOpensAt()) + ".");
            case CLOSED -> throw new QuizUnavailableException(
                    "This quiz closed on " + QuizTimes.dateTime(quiz.getClosesAt()) + ".");
            case OPEN -> {
            }
        }
        int used = attempts.findByQuizIdAndStudentIdOrderByAttemptNo(quizId, me).size();
        if (quiz.getAttemptsAllowed() != null && used >= quiz.getAttemptsAllowed()) {
            throw new QuizUnavailableException("You have used all " + quiz.getAttemptsAllowed()
                    + (quiz.getAttemptsAllowed() == 1 ? " attempt" : " attempts") + " at this quiz.");
        }
        var refs = decks.currentQuestions(quiz.getDeckId());
        if (refs.isEmpty()) {
            throw new QuizUnavailableException("This quiz has no questions yet. Tell your teacher.");
        }
        var chosen = Layouts.select(refs, quiz.getQuestionCount(), quiz.isShuffleQuestions(), random);
        var content = decks.questionsAt(chosen.stream().map(QuestionRef::versionId).toList());
        var attempt = attempts.saveAndFlush(new Attempt(quizId, me, used + 1, now, quiz.timeLimitEnd(now),
                quiz.getClosesAt()));
        for (int i = 0; i < chosen.size(); i++) {
            var ref = chosen.get(i);
            var shuffle = Layouts.shuffleFor(content.get(ref.versionId()).question(), quiz.isShuffleOptions(), random);
            questions.save(new AttemptQuestion(attempt.getId(), i, ref.questionId(), ref.versionId(), ref.type(),
                    QuizJson.encode(shuffle)));
        }
        log.info("Student {} started attempt {} (no. {}) at quiz {}", me, attempt.getId(), attempt.getAttemptNo(), quizId);
        return attempt.getId();
    }

    /**
     * The attempt as it stands, to take it up again: same questions, shuffle, answers and place.
     * An attempt whose deadline has passed is finished first (so the page can show its review).
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public AttemptPage resume(Long attemptId) {
        var attempt = requireOwn(attemptId);
        var quiz = quizOf(attempt);
        var now = clock.instant();
        if (!attempt.getState().finished() && attempt.isPastDeadline(now)) {
            finisher.finishOverdue(attempt, quiz, now);
        }
        var slots = questions.findByAttemptIdOrderByPosition(attemptId);
        var content = content(slots);
        var items = new ArrayList<AttemptItem>();
        for (var slot : slots) {
            var question = content.get(slot.getVersionId()).question();
            var shuffle = QuizJson.decodeShuffle(slot.getShuffle());
            var response = QuizJson.decode(slot.getResponse());
            var feedback = slot.isChecked() ? reviewItem(slot, question, quiz) : null;
            items.add(new AttemptItem(slot.getPosition(), slot.getQuestionId(), slot.getVersionId(), question, shuffle,
                    slot.isFlagged(), response, slot.getVersion(), slot.getAnsweredAt(), slot.isChecked(), feedback));
        }
        int position = Math.clamp(attempt.getCurrentPosition(), 0, Math.max(0, items.size() - 1));
        return new AttemptPage(attemptId, quiz.getId(), quiz.getTitle(), attempt.getAttemptNo(), attempt.getState(),
                attempt.getDeadline(), now, quiz.getFeedbackTiming(), quiz.isReviewShowsAnswers(), position, items);
    }

    /**
     * Saves (and grades) the answer to one question. The later answer wins: when another tab saved
     * one since {@code expectedVersion}, this one replaces it and the result says so. An empty
     * answer (nothing typed, nothing ticked) clears the question.
     *
     * @param response in the question's own indexes (not the shuffled positions on screen)
     * @throws AttemptClosedException when the deadline has passed or the attempt is submitted
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public AnswerSaved saveAnswer(Long attemptId, int position, Response response, long expectedVersion) {
        Objects.requireNonNull(response, "response");
        var attempt = requireOwn(attemptId);
        var now = clock.instant();
        attempt.ensureAnswerable(now);
        var slot = slot(attemptId, position);
        var question = content(List.of(slot)).get(slot.getVersionId()).question();
        var kept = isEmpty(response) ? Response.none() : response;
        Grade grade;
        try {
            grade = grader.grade(question, kept);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("That answer does not fit question " + (position + 1) + ": "
                    + e.getMessage(), e);
        }
        boolean replaced = slot.getVersion() != expectedVersion;
        slot.answer(QuizJson.encode(kept), grade, now);
        questions.saveAndFlush(slot);
        return new AnswerSaved(position, slot.getVersion(), now, replaced);
    }

    /** Marks a question to come back to (or unmarks it). */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public void setFlag(Long attemptId, int position, boolean flagged) {
        var attempt = requireOwn(attemptId);
        attempt.ensureAnswerable(clock.instant());
        if (questions.setFlag(attemptId, position, flagged) == 0) {
            throw new IllegalArgumentException("This attempt has no question " + (position + 1) + ".");
        }
    }

    /** Remembers which question the student is on, so that a reload or another device opens it. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public void moveTo(Long attemptId, int position) {
        var attempt = requireOwn(attemptId);
        if (attempt.getState().finished()) {
            return;
        }
        slot(attemptId, position);
        attempts.moveTo(attemptId, position);
    }

    /**
     * Feedback after each question: grades the saved answer for the student to see, and makes it
     * final. Refused when the quiz gives feedback only after submitting.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public ReviewItem check(Long attemptId, int position) {
        var attempt = requireOwn(attemptId);
        var quiz = quizOf(attempt);
        if (quiz.getFeedbackTiming() != FeedbackTiming.AFTER_EACH_QUESTION) {
            throw new IllegalStateException("This quiz shows results only after you submit.");
        }
        attempt.ensureAnswerable(clock.instant());
        var slot = slot(attemptId, position);
        slot.check();
        questions.saveAndFlush(slot);
        return reviewItem(slot, content(List.of(slot)).get(slot.getVersionId()).question(), quiz);
    }

    /**
     * Submits the attempt. After the deadline it is submitted as the deadline's doing, with the
     * answers saved before it (or abandoned without any).
     *
     * @throws IllegalStateException when it was already submitted (e.g. from another tab)
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public AttemptSummary submit(Long attemptId) {
        var attempt = requireOwn(attemptId);
        finisher.submitByStudent(attempt, quizOf(attempt), clock.instant());
        return summary(attempt);
    }

    /** What changed since a page loaded: the state, and each answer's version. For polling. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public AttemptSync sync(Long attemptId) {
        var attempt = requireOwn(attemptId);
        var versions = questions.versions(attemptId).stream()
                .collect(Collectors.toMap(AttemptQuestionRepository.AnswerVersion::position,
                        AttemptQuestionRepository.AnswerVersion::version));
        return new AttemptSync(attempt.getState(), attempt.getDeadline(), clock.instant(), versions);
    }

    /**
     * A finished attempt, question by question: for its student, the class's instructor, an admin.
     * Graded against the versions the student saw; the points are those stored when answering, so
     * later edits of the deck change neither.
     */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public AttemptReview review(Long attemptId) {
        var attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException(NOT_YOURS));
        var quiz = quizOf(attempt);
        requireReader(attempt, quiz);
        if (!attempt.getState().finished()) {
            throw new IllegalStateException("This attempt is still in progress; its review opens once it is submitted.");
        }
        var slots = questions.findByAttemptIdOrderByPosition(attemptId);
        var content = content(slots);
        var items = slots.stream()
                .map(s -> reviewItem(s, content.get(s.getVersionId()).question(), quiz))
                .toList();
        return new AttemptReview(summary(attempt), quiz.getTitle(), quiz.isReviewShowsAnswers(), items);
    }

    /** For the deadline job: attempts still open whose deadline has passed. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<Long> overdueAttempts() {
        return attempts.overdue(clock.instant());
    }

    /** For the deadline job: submits (or abandons) one overdue attempt. False when there was nothing to do. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public boolean finishOverdue(Long attemptId) {
        var attempt = attempts.findById(attemptId).orElse(null);
        var now = clock.instant();
        if (attempt == null || attempt.getState().finished() || !attempt.isPastDeadline(now)) {
            return false;
        }
        finisher.finishOverdue(attempt, quizOf(attempt), now);
        return true;
    }

    // ------------------------------------------------------------------------------------------

    private Attempt requireOwn(Long attemptId) {
        var attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException(NOT_YOURS));
        if (!attempt.belongsTo(CurrentUser.id())) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        return attempt;
    }

    /** The student themself, the instructor of the quiz's class, or an admin. */
    private void requireReader(Attempt attempt, Quiz quiz) {
        var me = CurrentUser.require();
        if (me.role() == Role.STUDENT) {
            if (!attempt.belongsTo(me.id())) {
                throw new AccessDeniedException(NOT_YOURS);
            }
            return;
        }
        try {
            classrooms.classDetails(quiz.getClassId()); // refuses a class the caller does not teach
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(NOT_YOURS);
        }
    }

    private Quiz requireStudentQuiz(Long quizId) {
        var quiz = quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException(NOT_YOUR_QUIZ));
        if (!classrooms.isMember(quiz.getClassId(), CurrentUser.id())) {
            throw new AccessDeniedException(NOT_YOUR_QUIZ);
        }
        return quiz;
    }

    private Quiz quizOf(Attempt attempt) {
        return quizzes.findById(attempt.getQuizId()).orElseThrow();
    }

    private AttemptQuestion slot(Long attemptId, int position) {
        return questions.findByAttemptIdAndPosition(attemptId, position)
                .orElseThrow(() -> new IllegalArgumentException("This attempt has no question " + (position + 1) + "."));
    }

    /** The exact versions of these questions (the deck module checks the caller may read them). */
    private Map<Long, VersionedQuestion> content(List<AttemptQuestion> slots) {
        var found = decks.questionsAt(slots.stream().map(AttemptQuestion::getVersionId).distinct().toList());
        for (var slot : slots) {
            if (!found.containsKey(slot.getVersionId())) {
                throw new IllegalStateException("Question version " + slot.getVersionId() + " of this attempt is gone");
            }
        }
        return found;
    }

    private ReviewItem reviewItem(AttemptQuestion slot, Question question, Quiz quiz) {
        var response = QuizJson.decode(slot.getResponse());
        var regraded = grader.grade(question, response);
        // The points are the ones stored when the answer was saved; the feedback comes from the same version.
        var grade = slot.getGradeStatus() == null ? regraded
                : new Grade(slot.getFraction(), slot.getGradeStatus(), regraded.feedbackTexts(), regraded.parts());
        double max = question.type().autoGraded() ? quiz.getPointsPerQuestion() : 0;
        return new ReviewItem(slot.getPosition(), question, QuizJson.decodeShuffle(slot.getShuffle()), response, grade,
                slot.earned() * quiz.getPointsPerQuestion(), max, quiz.isReviewShowsAnswers());
    }

    private Map<Long, Long> deckSizes() {
        var sizes = new HashMap<Long, Long>();
        decks.myDecks().forEach(d -> sizes.put(d.deckId(), d.questionCount()));
        return sizes;
    }

    private static StudentQuiz studentQuiz(Quiz q, String className, Map<Long, Long> deckSizes, List<Attempt> mine,
            java.time.Instant now) {
        var sorted = mine.stream().sorted(Comparator.comparingInt(Attempt::getAttemptNo)).toList();
        var inProgress = sorted.stream()
                .filter(a -> a.getState() == AttemptState.IN_PROGRESS || a.getState() == AttemptState.OVERDUE)
                .map(Attempt::getId).findFirst().orElse(null);
        var submitted = sorted.stream().filter(a -> a.getState() == AttemptState.SUBMITTED).map(AttemptService::summary)
                .toList();
        var best = submitted.stream().map(AttemptSummary::percent).max(Double::compare).orElse(null);
        var last = submitted.isEmpty() ? null : submitted.getLast();
        long deckSize = deckSizes.getOrDefault(q.getDeckId(), 0L);
        long count = q.getQuestionCount() == null ? deckSize : Math.min(q.getQuestionCount(), deckSize);
        return new StudentQuiz(q.getId(), q.getTitle(), className, q.statusAt(now), q.getOpensAt(), q.getClosesAt(),
                q.getTimeLimitMinutes(), q.getAttemptsAllowed(), count, q.getFeedbackTiming(), sorted.size(), inProgress,
                best, last == null ? null : last.percent(), last == null ? null : last.attemptId());
    }

    private static AttemptSummary summary(Attempt a) {
        return new AttemptSummary(a.getId(), a.getQuizId(), a.getAttemptNo(), a.getState(), a.getStartedAt(),
                a.getDeadline(), a.getSubmittedAt(), a.getFinishedBy(), a.getScore(), a.getMaxScore());
    }

    /** Nothing typed, ticked or picked: stored as no answer, so that it does not count as answered. */
    static boolean isEmpty(Response response) {
        return switch (response) {
            case NoResponse r -> true;
            case TextResponse r -> r.text().isBlank();
            case NumericResponse r -> r.raw().isBlank();
            case OpenResponse r -> r.text().isBlank();
            case MultiChoiceResponse r -> r.optionIndexes().isEmpty();
            case MatchingResponse r -> r.rightByLeft().isEmpty();
            case ClozeResponse r -> r.perBlank().stream().allMatch(b -> b == null || b.isBlank());
            default -> false;
        };
    }
}
