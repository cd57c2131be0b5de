package com.quizdeck.quiz;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.RosterEntry;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.SafeHtml;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.VersionedQuestion;
import com.quizdeck.grading.Response;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only results of quizzes for the dashboards: aggregate queries into records, a constant number of statements
 * per call whatever the number of students or attempts. An instructor reads the quizzes of the classes they teach
 * (an admin any); a student only their own attempts.
 */
@Service
@RequiredArgsConstructor
public class QuizResultsService {

    private static final String NOT_YOURS = "No such quiz, or it is not yours.";

    private final EntityManager em;
    private final QuizRepository quizzes;
    private final ClassroomService classrooms;
    private final DeckService decks;

    /**
     * Every submitted attempt of a quiz with its answers, for item analysis. Reads one short row per attempt: the
     * {@link AnswerSummary} written when it was submitted (not each answer with its JSON: 290,000 rows for a quiz with
     * 10,000 attempts), then the question versions shown, once.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public QuizResults quizResults(Long quizId) {
        var quiz = quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException(NOT_YOURS));
        String className;
        try {
            className = classrooms.classDetails(quiz.getClassId()).name();
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        var names = classrooms.roster(quiz.getClassId()).stream()
                .collect(Collectors.toMap(RosterEntry::studentId, RosterEntry::displayName));
        // Columns, not entities: 10,000 attempts are read for a large quiz, and none is changed.
        var attemptRows = em.createQuery("""
                select a.id, a.studentId, a.attemptNo, a.startedAt, a.submittedAt, a.score, a.maxScore, a.answerSummary
                from Attempt a
                where a.quizId = :quizId and a.state = com.quizdeck.quiz.AttemptState.SUBMITTED
                order by a.studentId, a.attemptNo
                """, Object[].class).setParameter("quizId", quizId).getResultList();

        var slotsOf = new HashMap<Long, List<AnswerSummary.Slot>>();
        var versionIds = new HashSet<Long>();
        boolean summaryMissing = false;
        for (var row : attemptRows) {
            var summary = (String) row[7];
            if (summary == null) {
                summaryMissing = true;
                continue;
            }
            var slots = AnswerSummary.decode(summary);
            slots.forEach(slot -> versionIds.add(slot.versionId()));
            slotsOf.put((Long) row[0], slots);
        }
        var byAttempt = new HashMap<Long, Map<Long, QuizResults.Answer>>();
        var latestVersion = new HashMap<Long, Long>();
        var typeOf = new HashMap<Long, QuestionType>();
        if (summaryMissing) {
            fromStoredAnswers(quizId, byAttempt, latestVersion, typeOf);
            versionIds.addAll(latestVersion.values());
        }
        var content = decks.questionsAt(versionIds);
        slotsOf.forEach((attemptId, slots) -> {
            var answers = new LinkedHashMap<Long, QuizResults.Answer>(slots.size() * 2);
            for (var slot : slots) {
                var shown = content.get(slot.versionId());
                if (shown == null) {
                    throw new IllegalStateException("Question version " + slot.versionId() + " of attempt "
                            + attemptId + " is gone");
                }
                var questionId = shown.ref().questionId();
                var type = shown.question().type();
                answers.put(questionId, new QuizResults.Answer(questionId, type, slot.fraction(), slot.response()));
                if (latestVersion.merge(questionId, slot.versionId(), Math::max).equals(slot.versionId())) {
                    typeOf.put(questionId, type);
                }
            }
            byAttempt.put(attemptId, answers);
        });
        var deckOrder = new HashMap<Long, Integer>();
        var current = decks.currentQuestions(quiz.getDeckId());
        for (int i = 0; i < current.size(); i++) {
            deckOrder.put(current.get(i).questionId(), i);
        }
        var items = latestVersion.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Long> e) -> deckOrder.getOrDefault(e.getKey(),
                        Integer.MAX_VALUE)).thenComparing(Map.Entry::getKey))
                .map(e -> new QuizResults.Item(e.getKey(), e.getValue(), typeOf.get(e.getKey()),
                        content.get(e.getValue()).question()))
                .toList();
        var finished = attemptRows.stream()
                .map(a -> new QuizResults.FinishedAttempt((Long) a[0], (Long) a[1],
                        names.getOrDefault((Long) a[1], "(no longer in the class)"), (Integer) a[2],
                        (Instant) a[3], (Instant) a[4], nz((Double) a[5]), nz((Double) a[6]),
                        byAttempt.getOrDefault((Long) a[0], Map.of())))
                .toList();
        return new QuizResults(quiz.getId(), quiz.getTitle(), quiz.getClassId(), className, quiz.getDeckId(),
                quiz.getPointsPerQuestion(), quiz.getQuestionCount(), items, finished);
    }

    /**
     * The answers of the quiz's submitted attempts that have no summary, from every stored answer with its JSON (as
     * item analysis read them all before summaries existed). The V10.1 migration wrote the summaries of older
     * attempts, so this finds none unless rows were written around the application.
     */
    private void fromStoredAnswers(Long quizId, Map<Long, Map<Long, QuizResults.Answer>> byAttempt,
            Map<Long, Long> latestVersion, Map<Long, QuestionType> typeOf) {
        var answerRows = em.createQuery("""
                select q.attemptId, q.questionId, q.versionId, q.questionType, q.fraction, q.response
                from AttemptQuestion q, Attempt a
                where q.attemptId = a.id and a.quizId = :quizId
                  and a.state = com.quizdeck.quiz.AttemptState.SUBMITTED and a.answerSummary is null
                """, Object[].class).setParameter("quizId", quizId).getResultList();
        for (var row : answerRows) {
            var questionId = (Long) row[1];
            var type = (QuestionType) row[3];
            if (latestVersion.merge(questionId, (Long) row[2], Math::max).equals(row[2])) {
                typeOf.put(questionId, type);
            }
            var json = (String) row[5];
            Response response = json == null ? null
                    : AnswerSummary.CHOICE_TYPES.contains(type) ? QuizJson.decode(json) : Response.none();
            byAttempt.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>())
                    .put(questionId, new QuizResults.Answer(questionId, type, (Double) row[4], response));
        }
    }

    /**
     * What identifies the set of a quiz's submitted attempts (attempts are never deleted and a submitted attempt never
     * changes), so that a computed analysis can be reused until a new attempt is submitted. Checks access like
     * {@link #quizResults}.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public SubmittedStamp submittedStamp(Long quizId) {
        var quiz = quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException(NOT_YOURS));
        try {
            classrooms.classDetails(quiz.getClassId());
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        var row = em.createQuery("""
                select count(a), max(a.id) from Attempt a
                where a.quizId = :quizId and a.state = com.quizdeck.quiz.AttemptState.SUBMITTED
                """, Object[].class).setParameter("quizId", quizId).getSingleResult();
        return new SubmittedStamp(quizId, ((Number) row[0]).longValue(), (Long) row[1]);
    }

    /** Count and newest id of a quiz's submitted attempts. */
    public record SubmittedStamp(Long quizId, long submitted, Long newestAttemptId) {
    }

    /** The quizzes of one class the caller teaches, newest first, as (id, title, deck id). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<QuizRef> quizzesOfClass(Long classId) {
        classrooms.classDetails(classId);
        return quizzes.findByClassIdInOrderByOpensAtDescIdDesc(List.of(classId)).stream()
                .map(q -> new QuizRef(q.getId(), q.getClassId(), q.getDeckId(), q.getTitle()))
                .toList();
    }

    /** A quiz named for lists and links. */
    public record QuizRef(Long id, Long classId, Long deckId, String title) {
    }

    /**
     * Per student and deck of a class: attempts, best and last score. Two statements: the class's quizzes, then their
     * submitted attempts by quiz id, folded here. (Joining quiz to attempt in one statement lets H2 start from every
     * submitted attempt of the school, which took seconds on a year of data: see bench/results/dashboards-h2.txt.)
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<StudentScores.DeckScore> classDeckScores(Long classId) {
        classrooms.classDetails(classId);
        return deckScores(classId, null);
    }

    /**
     * {@link #classDeckScores} of one student of the class: the same figures, read through the student's own
     * attempts (index on student and quiz) rather than the whole class's.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<StudentScores.DeckScore> studentDeckScores(Long classId, Long studentId) {
        classrooms.classDetails(classId);
        return deckScores(classId, studentId);
    }

    /** Every student's scores, or one student's when {@code studentId} is not null. */
    private List<StudentScores.DeckScore> deckScores(Long classId, Long studentId) {
        var deckOfQuiz = new HashMap<Long, Long>();
        quizzes.findByClassIdInOrderByOpensAtDescIdDesc(List.of(classId))
                .forEach(q -> deckOfQuiz.put(q.getId(), q.getDeckId()));
        if (deckOfQuiz.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("""
                select a.studentId, a.quizId, a.id, a.submittedAt, coalesce(a.score, 0.0), coalesce(a.maxScore, 0.0)
                from Attempt a
                where a.quizId in :quizIds and a.state = com.quizdeck.quiz.AttemptState.SUBMITTED
                """ + (studentId == null ? "" : " and a.studentId = :studentId"), Object[].class)
                .setParameter("quizIds", deckOfQuiz.keySet());
        if (studentId != null) {
            query.setParameter("studentId", studentId);
        }
        var rows = query.getResultList();
        var folded = new LinkedHashMap<List<Long>, DeckScoreFold>();
        for (var row : rows) {
            var key = List.of((Long) row[0], deckOfQuiz.get((Long) row[1]));
            double max = ((Number) row[5]).doubleValue();
            double percent = max > 0 ? ((Number) row[4]).doubleValue() * 100.0 / max : 0.0;
            folded.computeIfAbsent(key, k -> new DeckScoreFold()).add((Long) row[2], (Instant) row[3], percent);
        }
        return folded.entrySet().stream().map(e -> {
            var f = e.getValue();
            return new StudentScores.DeckScore(e.getKey().get(0), e.getKey().get(1), f.count, f.best, f.lastPercent,
                    f.lastAt);
        }).toList();
    }

    /** Count, best and most recent score of one student's attempts at one deck's quizzes. */
    private static final class DeckScoreFold {
        long count;
        double best;
        double lastPercent;
        Instant lastAt;
        Long lastId;

        void add(Long attemptId, Instant submittedAt, double percent) {
            count++;
            best = count == 1 ? percent : Math.max(best, percent);
            boolean later = lastAt == null || submittedAt.isAfter(lastAt)
                    || submittedAt.equals(lastAt) && attemptId > lastId;
            if (later) {
                lastAt = submittedAt;
                lastId = attemptId;
                lastPercent = percent;
            }
        }
    }

    /** One student's submitted attempts at the quizzes of a class the caller teaches, oldest first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<StudentScores.AttemptPoint> studentAttempts(Long classId, Long studentId) {
        classrooms.classDetails(classId);
        return attemptPoints("q.classId = :classId and a.studentId = :studentId",
                Map.of("classId", classId, "studentId", studentId));
    }

    /** The calling student's own submitted attempts, oldest first. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<StudentScores.AttemptPoint> myAttempts() {
        return attemptPoints("a.studentId = :studentId", Map.of("studentId", CurrentUser.id()));
    }

    /** The questions one student did worst on in a class the caller teaches (auto-graded questions only). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<StudentScores.QuestionScore> weakestQuestions(Long classId, Long studentId, int limit) {
        classrooms.classDetails(classId);
        return weakest("q.classId = :classId and a.studentId = :studentId",
                Map.of("classId", classId, "studentId", studentId), limit);
    }

    /** The questions the calling student did worst on, over all their quizzes. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<StudentScores.QuestionScore> myWeakestQuestions(int limit) {
        return weakest("a.studentId = :studentId", Map.of("studentId", CurrentUser.id()), limit);
    }

    private List<StudentScores.AttemptPoint> attemptPoints(String where, Map<String, Object> params) {
        var query = em.createQuery("""
                select new com.quizdeck.quiz.StudentScores$AttemptPoint(a.id, q.classId, q.id, q.title, q.deckId,
                       a.attemptNo, a.submittedAt, coalesce(a.score, 0.0), coalesce(a.maxScore, 0.0))
                from Attempt a, Quiz q
                where q.id = a.quizId and a.state = com.quizdeck.quiz.AttemptState.SUBMITTED and\s""" + where
                + " order by a.submittedAt, a.id", StudentScores.AttemptPoint.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private List<StudentScores.QuestionScore> weakest(String where, Map<String, Object> params, int limit) {
        var query = em.createQuery("""
                select aq.questionId, q.deckId, max(aq.versionId), count(aq), avg(coalesce(aq.fraction, 0.0))
                from AttemptQuestion aq, Attempt a, Quiz q
                where aq.attemptId = a.id and q.id = a.quizId and a.state = com.quizdeck.quiz.AttemptState.SUBMITTED
                  and aq.questionType not in (com.quizdeck.content.QuestionType.FLASHCARD,
                                              com.quizdeck.content.QuestionType.OPEN)
                  and\s""" + where
                + " group by aq.questionId, q.deckId"
                + " order by avg(coalesce(aq.fraction, 0.0)), count(aq) desc, aq.questionId", Object[].class);
        params.forEach(query::setParameter);
        var rows = query.setMaxResults(Math.max(1, limit)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, VersionedQuestion> content = decks.questionsAt(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream().map(r -> new StudentScores.QuestionScore((Long) r[0], (Long) r[1],
                promptText(content.get((Long) r[2])), ((Number) r[3]).longValue(), ((Number) r[4]).doubleValue()))
                .toList();
    }

    /** A question's prompt as plain text (no markup), for tables and CSV. */
    public static String promptText(Question question) {
        String prompt;
        if (question instanceof ClozeQuestion c) {
            prompt = (c.prompt() == null ? "" : c.prompt() + " ") + c.fill(n -> "_____");
        } else {
            prompt = question.prompt() == null ? question.id() : question.prompt();
        }
        return SafeHtml.toPlainText(question.format().toSafeHtml(prompt));
    }

    private static String promptText(VersionedQuestion versioned) {
        return versioned == null ? "" : promptText(versioned.question());
    }

    private static double nz(Double value) {
        return value == null ? 0 : value;
    }
}
