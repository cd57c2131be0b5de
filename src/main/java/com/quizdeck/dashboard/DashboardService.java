package com.quizdeck.dashboard;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.classroom.RosterEntry;
import com.quizdeck.content.Choice;
import com.quizdeck.content.MultipleResponseQuestion;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.SafeHtml;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.dashboard.stats.Attempt;
import com.quizdeck.dashboard.stats.AttemptSelector;
import com.quizdeck.dashboard.stats.ChoiceOption;
import com.quizdeck.dashboard.stats.DistractorAnalysis;
import com.quizdeck.dashboard.stats.QuizSlot;
import com.quizdeck.dashboard.stats.QuizStatisticsCalculator;
import com.quizdeck.dashboard.stats.RandomGuessScores;
import com.quizdeck.dashboard.stats.WhichAttempts;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.SharedDeck;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.MultiChoiceResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.live.LiveResult;
import com.quizdeck.live.LiveResultsService;
import com.quizdeck.quiz.QuizResults;
import com.quizdeck.quiz.QuizResultsService;
import com.quizdeck.quiz.StudentScores;
import com.quizdeck.study.StudentDeckStudy;
import com.quizdeck.study.StudyProgressService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' read models, composed from the aggregate queries of the quiz, study and live modules (each a
 * constant number of statements, whatever the number of students). Access is checked here and again in each module:
 * an instructor reads only the classes they teach, an admin every class, a student only their own progress.
 */
@Service
@RequiredArgsConstructor
public class DashboardService {

    /** How many of a student's weakest questions the per-student page lists. */
    static final int WEAKEST_QUESTIONS = 10;

    private final ClassroomService classrooms;
    private final DeckService decks;
    private final QuizResultsService quizResults;
    private final StudyProgressService study;
    private final LiveResultsService live;

    /**
     * Computed item analyses, reused while the quiz has no newly submitted attempt, as Moodle keeps its quiz
     * statistics: a quiz with 10,000 attempts takes a noticeable time to analyse, and teachers reopen the page and
     * switch settings often. Keyed by quiz and attempt choice; the stamp (count and newest id of submitted attempts)
     * is read on every call, so a new attempt shows at once. Student names are part of the result: a renamed student
     * shows under the new name after {@link #ANALYSIS_REUSE} at the latest.
     */
    private final Map<AnalysisKey, CachedAnalysis> analyses = new ConcurrentHashMap<>();
    static final Duration ANALYSIS_REUSE = Duration.ofMinutes(10);
    static final int ANALYSES_KEPT = 200;

    private record AnalysisKey(Long quizId, WhichAttempts which) {
    }

    private record CachedAnalysis(QuizResultsService.SubmittedStamp stamp, long computedAtNanos,
            ItemAnalysis analysis) {
    }

    /** The classes the caller may open a dashboard for: their own, or every class for an admin. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ClassSummary> classes() {
        return classrooms.teachingClasses(true);
    }

    /** The class grid: every student × every deck given to the class, with the class's quizzes and live games. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ClassDashboard classDashboard(Long classId) {
        var classroom = classrooms.classDetails(classId); // refuses a class the caller does not teach
        var roster = classrooms.roster(classId);
        var deckList = distinctDecks(decks.decksOfClass(classId));
        var names = roster.stream().collect(Collectors.toMap(RosterEntry::studentId, RosterEntry::displayName));
        var rows = rows(classroom, names, deckList, quizResults.classDeckScores(classId), study.classStudy(classId));
        var quizzes = quizResults.quizzesOfClass(classId).stream()
                .map(q -> new ClassDashboard.QuizLine(q.id(), q.title(), q.deckId())).toList();
        var liveLines = liveLines(live.resultsOf(names.keySet()));
        return new ClassDashboard(classroom,
                deckList.values().stream().map(d -> new ClassDashboard.DeckRef(d.deckId(), d.title())).toList(),
                roster.stream().map(r -> new ClassDashboard.StudentRef(r.studentId(), r.displayName())).toList(),
                rows, quizzes, liveLines);
    }

    /** One student of a class the caller teaches. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public StudentReport studentReport(Long classId, Long studentId, ZoneId zone) {
        var classroom = classrooms.classDetails(classId);
        var student = classrooms.roster(classId).stream().filter(r -> r.studentId().equals(studentId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This student is not in this class."));
        var deckList = distinctDecks(decks.decksOfClass(classId));
        var progress = study.studentStudy(classId, studentId, zone);
        var scores = quizResults.studentDeckScores(classId, studentId);
        var rows = rows(classroom, Map.of(studentId, student.displayName()), deckList, scores, progress.decks());
        return new StudentReport(studentId, student.displayName(), rows,
                quizResults.studentAttempts(classId, studentId),
                quizResults.weakestQuestions(classId, studentId, WEAKEST_QUESTIONS), progress.activity(),
                progress.streakDays(), live.resultsOf(List.of(studentId)));
    }

    /** "My progress": the calling student's own figures over every class they are in. Takes no student id. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentReport myProgress(ZoneId zone) {
        var me = CurrentUser.require();
        var progress = study.myStudy(zone);
        var attempts = quizResults.myAttempts();
        var studyByDeck = progress.decks().stream()
                .collect(Collectors.toMap(StudentDeckStudy::deckId, Function.identity(), (a, b) -> a));
        var rows = new ArrayList<StudentDeckRow>();
        for (var deck : decks.myDecks()) {
            var mine = attempts.stream()
                    .filter(a -> a.classId().equals(deck.classId()) && a.deckId().equals(deck.deckId())).toList();
            var s = studyByDeck.get(deck.deckId());
            rows.add(row(deck.classId(), deck.className(), me.id(), me.displayName(), deck.deckId(), deck.title(),
                    scoreOf(mine), s));
        }
        rows.sort(Comparator.comparing(StudentDeckRow::className).thenComparing(StudentDeckRow::deckTitle));
        return new StudentReport(me.id(), me.displayName(), rows, attempts,
                quizResults.myWeakestQuestions(WEAKEST_QUESTIONS), progress.activity(), progress.streakDays(),
                live.myResults());
    }

    /**
     * Item analysis of a quiz of a class the caller teaches, from the first, best, last or all submitted attempts of
     * each student (as Moodle's quiz statistics report).
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ItemAnalysis itemAnalysis(Long quizId, WhichAttempts which) {
        Objects.requireNonNull(which, "which");
        var stamp = quizResults.submittedStamp(quizId); // refuses a quiz of a class the caller does not teach
        var key = new AnalysisKey(quizId, which);
        var cached = analyses.get(key);
        if (cached != null && cached.stamp().equals(stamp)
                && System.nanoTime() - cached.computedAtNanos() < ANALYSIS_REUSE.toNanos()) {
            return cached.analysis();
        }
        var analysis = computeItemAnalysis(quizId, which);
        if (analyses.size() >= ANALYSES_KEPT) {
            analyses.clear();
        }
        analyses.put(key, new CachedAnalysis(stamp, System.nanoTime(), analysis));
        return analysis;
    }

    /** Forgets every computed analysis (the benchmark times the computation itself this way). */
    void forgetAnalyses() {
        analyses.clear();
    }

    private ItemAnalysis computeItemAnalysis(Long quizId, WhichAttempts which) {
        var results = quizResults.quizResults(quizId);
        var points = results.pointsPerQuestion();
        var slots = new ArrayList<QuizSlot>();
        for (int i = 0; i < results.questions().size(); i++) {
            var item = results.questions().get(i);
            slots.add(new QuizSlot(i + 1, item.type().autoGraded() ? points : 0, randomGuess(item)));
        }
        var statsAttempts = new ArrayList<Attempt>();
        var byKey = new HashMap<String, QuizResults.FinishedAttempt>();
        for (var a : results.attempts()) {
            var marks = new ArrayList<Double>(slots.size());
            for (var item : results.questions()) {
                var answer = a.answers().get(item.questionId());
                marks.add(answer == null || !item.type().autoGraded() ? null
                        : answer.fraction() == null ? 0.0 : answer.fraction() * points);
            }
            var attempt = new Attempt(String.valueOf(a.studentId()), a.attemptNo(), a.startedAt(), a.submittedAt(),
                    marks);
            statsAttempts.add(attempt);
            byKey.put(key(attempt), a);
        }
        var report = QuizStatisticsCalculator.calculate(slots, statsAttempts, which);
        var counted = AttemptSelector.select(statsAttempts, which).stream()
                .map(a -> byKey.get(key(a))).toList();
        var countedIds = counted.stream().map(QuizResults.FinishedAttempt::attemptId).collect(Collectors.toSet());

        var items = new ArrayList<ItemAnalysis.Item>();
        for (int i = 0; i < results.questions().size(); i++) {
            var item = results.questions().get(i);
            var statistics = report.questions().get(i);
            var options = options(item);
            var distractors = options.isEmpty() ? null : DistractorAnalysis.analyse(
                    options.stream().map(o -> new ChoiceOption(o.label(), o.fraction())).toList(),
                    counted.stream().map(a -> chosen(a.answers().get(item.questionId()), options)).toList(),
                    statistics.discriminationIndex(), DistractorAnalysis.HintPolicy.DEFAULT);
            items.add(new ItemAnalysis.Item(i + 1, item.questionId(), item.type(),
                    QuizResultsService.promptText(item.question()), statistics, options, distractors));
        }
        var attempts = results.attempts().stream()
                .sorted(Comparator.comparing(QuizResults.FinishedAttempt::studentName)
                        .thenComparingInt(QuizResults.FinishedAttempt::attemptNo))
                .map(a -> new ItemAnalysis.AttemptLine(a.attemptId(), a.studentId(), a.studentName(), a.attemptNo(),
                        a.submittedAt(), a.score(), a.maxScore(), countedIds.contains(a.attemptId())))
                .toList();
        return new ItemAnalysis(results.quizId(), results.title(), results.classId(), results.className(), which,
                results.questionCount(), report, items, attempts);
    }

    // ---------------------------------------------------------------- composition

    private static String key(Attempt a) {
        return a.studentId() + "#" + a.attemptNumber();
    }

    private static Double randomGuess(QuizResults.Item item) {
        return switch (item.question()) {
            case SingleChoiceQuestion q -> RandomGuessScores.singleChoice(
                    q.options().stream().map(c -> c.weight() / 100.0).toList());
            case TrueFalseQuestion q -> RandomGuessScores.trueFalse();
            default -> null;
        };
    }

    /** Labels A, B, ... in the question's own option order (responses store those indexes). */
    private static List<ItemAnalysis.Option> options(QuizResults.Item item) {
        List<Choice> choices = switch (item.question()) {
            case SingleChoiceQuestion q -> q.options();
            case MultipleResponseQuestion q -> q.options();
            case TrueFalseQuestion q -> List.of(new Choice("True", q.answer() ? 100 : 0, null),
                    new Choice("False", q.answer() ? 0 : 100, null));
            default -> List.of();
        };
        var result = new ArrayList<ItemAnalysis.Option>();
        boolean trueFalse = item.type() == QuestionType.TRUE_FALSE;
        for (int i = 0; i < choices.size(); i++) {
            var c = choices.get(i);
            var text = trueFalse ? c.text() : SafeHtml.toPlainText(item.question().format().toSafeHtml(c.text()));
            result.add(new ItemAnalysis.Option(trueFalse ? c.text() : label(i), text, c.weight() / 100.0));
        }
        return result;
    }

    static String label(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "#" + (index + 1);
    }

    private static Set<String> chosen(QuizResults.Answer answer, List<ItemAnalysis.Option> options) {
        if (answer == null) {
            return Set.of();
        }
        Response response = answer.response();
        var labels = new HashSet<String>();
        switch (response) {
            case ChoiceResponse c -> addLabel(labels, options, c.optionIndex());
            case MultiChoiceResponse m -> m.optionIndexes().forEach(i -> addLabel(labels, options, i));
            case TrueFalseResponse t -> labels.add(t.answer() ? options.get(0).label() : options.get(1).label());
            case null, default -> {
            }
        }
        return labels;
    }

    private static void addLabel(Set<String> labels, List<ItemAnalysis.Option> options, int index) {
        if (index >= 0 && index < options.size()) {
            labels.add(options.get(index).label());
        }
    }

    private static Map<Long, SharedDeck> distinctDecks(List<SharedDeck> shared) {
        var result = new LinkedHashMap<Long, SharedDeck>();
        shared.stream().sorted(Comparator.comparing(SharedDeck::title)).forEach(d -> result.putIfAbsent(d.deckId(), d));
        return result;
    }

    private record Scores(long attempts, Double best, Double last, Instant lastAt) {
        static final Scores NONE = new Scores(0, null, null, null);
    }

    private static Scores scoreOf(List<StudentScores.AttemptPoint> attempts) {
        if (attempts.isEmpty()) {
            return Scores.NONE;
        }
        var last = attempts.getLast();
        return new Scores(attempts.size(),
                attempts.stream().mapToDouble(StudentScores.AttemptPoint::percent).max().orElse(0),
                last.percent(), last.submittedAt());
    }

    private static List<StudentDeckRow> rows(ClassSummary classroom, Map<Long, String> names,
            Map<Long, SharedDeck> deckList, List<StudentScores.DeckScore> scores, List<StudentDeckStudy> studies) {
        var scoreBy = new HashMap<List<Long>, StudentScores.DeckScore>();
        scores.forEach(s -> scoreBy.put(List.of(s.studentId(), s.deckId()), s));
        var studyBy = new HashMap<List<Long>, StudentDeckStudy>();
        studies.forEach(s -> studyBy.put(List.of(s.studentId(), s.deckId()), s));
        var rows = new ArrayList<StudentDeckRow>();
        var students = names.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
        for (var student : students) {
            for (var deck : deckList.values()) {
                var key = List.of(student.getKey(), deck.deckId());
                var s = scoreBy.get(key);
                var score = s == null ? Scores.NONE
                        : new Scores(s.attempts(), s.bestPercent(), s.lastPercent(), s.lastSubmittedAt());
                rows.add(row(classroom.id(), classroom.name(), student.getKey(), student.getValue(), deck.deckId(),
                        deck.title(), score, studyBy.get(key)));
            }
        }
        return rows;
    }

    private static StudentDeckRow row(Long classId, String className, Long studentId, String studentName, Long deckId,
            String deckTitle, Scores score, StudentDeckStudy s) {
        Instant lastActivity = score.lastAt();
        if (s != null && s.lastReview() != null && (lastActivity == null || s.lastReview().isAfter(lastActivity))) {
            lastActivity = s.lastReview();
        }
        return new StudentDeckRow(classId, className, studentId, studentName, deckId, deckTitle, score.attempts(),
                score.best(), score.last(), s == null ? 0 : s.coverage(), s == null ? 0 : s.dueNow(),
                s == null ? null : s.retrievability(), lastActivity);
    }

    private static List<ClassDashboard.LiveLine> liveLines(Collection<LiveResult> results) {
        var bySession = new LinkedHashMap<Long, List<LiveResult>>();
        results.forEach(r -> bySession.computeIfAbsent(r.sessionId(), k -> new ArrayList<>()).add(r));
        return bySession.values().stream().map(list -> {
            var first = list.getFirst();
            double mean = list.stream().mapToDouble(r -> r.answered() == 0 ? 0 : 100.0 * r.correct() / r.answered())
                    .average().orElse(0);
            return new ClassDashboard.LiveLine(first.sessionId(), first.title(), first.playedAt(), list.size(), mean);
        }).sorted(Comparator.comparing(ClassDashboard.LiveLine::playedAt).reversed()).toList();
    }
}
