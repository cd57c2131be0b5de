package com.quizdeck.deck;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Deck;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decks and their questions. Saving a deck is idempotent: a question whose content did not change
 * keeps its version; a changed one gets a new version; the old versions stay for past attempts.
 */
@Service
@RequiredArgsConstructor
public class DeckService {

    private final StoredDeckRepository decks;
    private final StoredQuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final ClassDeckRepository classDecks;
    private final ClassroomService classrooms;
    private final QuestionCodec codec;
    private final Clock clock;

    /**
     * Creates the deck or brings the deck with the same id up to date, in one transaction. Decks
     * from the bank folder belong to nobody (a shared library); uploads belong to the uploader.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional
    public DeckSaveResult saveDeck(Deck deck, DeckOrigin origin, String originName) {
        var now = clock.instant();
        Long owner = origin == DeckOrigin.BANK ? null : CurrentUser.id();
        var existing = decks.findBySlug(deck.id());
        if (existing.isPresent() && !mayChange(existing.get())) {
            throw new AccessDeniedException("The deck '" + deck.id() + "' belongs to someone else.");
        }
        if (existing.isPresent() && origin == DeckOrigin.BANK && existing.get().getOwnerId() != null) {
            throw new IllegalStateException("The bank deck id '" + deck.id() + "' is already used by an uploaded deck.");
        }
        boolean created = existing.isEmpty();
        var stored = existing.orElseGet(() -> new StoredDeck(deck.id(), owner, origin, originName, now));
        boolean describedChanged = stored.describe(deck);
        if (created) {
            stored = decks.save(stored);
        }

        var byKey = questions.findByDeckIdOrderByPosition(stored.getId()).stream()
                .collect(Collectors.toMap(StoredQuestion::getQuestionKey, Function.identity()));
        var currentHashes = versions.findByIdIn(byKey.values().stream()
                        .map(StoredQuestion::getCurrentVersionId).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(QuestionVersion::getId, QuestionVersion::getContentHash));

        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int position = 0;
        var seen = new HashMap<String, Boolean>();
        for (Question question : deck.questions()) {
            var content = codec.encode(question);
            var hash = sha256(content);
            var sq = byKey.get(question.id());
            seen.put(question.id(), true);
            if (sq == null) {
                sq = questions.save(new StoredQuestion(stored.getId(), question.id(), position, question.type()));
                addVersion(sq, 1, content, hash, question.type());
                added++;
            } else if (!sq.isRemoved() && hash.equals(currentHashes.get(sq.getCurrentVersionId()))) {
                unchanged++;
            } else {
                int next = versions.findTopByQuestionIdOrderByVersionNoDesc(sq.getId())
                        .map(v -> v.getVersionNo() + 1).orElse(1);
                addVersion(sq, next, content, hash, question.type());
                changed++;
            }
            sq.moveTo(position++);
        }
        int removed = 0;
        for (var sq : byKey.values()) {
            if (!seen.containsKey(sq.getQuestionKey()) && !sq.isRemoved()) {
                sq.remove();
                removed++;
            }
        }
        if (!created && (added + changed + removed > 0)) {
            stored.contentChanged(now);
        } else if (describedChanged) {
            stored.touched(now);
        }
        return new DeckSaveResult(stored.getId(), stored.getSlug(), stored.getTitle(), created, added, changed,
                unchanged, removed, stored.getContentVersion());
    }

    /** The library (bank decks), the caller's own decks; an admin sees all. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeckSummary> visibleDecks() {
        var list = decks.visibleTo(CurrentUser.isAdmin() ? null : CurrentUser.id());
        var counts = new HashMap<Long, Map<QuestionType, Long>>();
        if (!list.isEmpty()) {
            for (var row : questions.countByType(list.stream().map(StoredDeck::getId).toList())) {
                counts.computeIfAbsent(row.getDeckId(), k -> new EnumMap<>(QuestionType.class))
                        .put(row.getType(), row.getN());
            }
        }
        return list.stream().map(d -> summary(d, counts.getOrDefault(d.getId(), Map.of()))).toList();
    }

    /** The deck as it is now, for export and preview. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Deck deckContent(Long deckId) {
        var stored = requireReadable(deckId);
        var live = questions.findByDeckIdOrderByPosition(deckId).stream().filter(q -> !q.isRemoved()).toList();
        var contentById = versions.findByIdIn(live.stream().map(StoredQuestion::getCurrentVersionId).toList())
                .stream().collect(Collectors.toMap(QuestionVersion::getId, QuestionVersion::getContent));
        var list = new ArrayList<Question>();
        for (var q : live) {
            list.add(codec.decode(contentById.get(q.getCurrentVersionId())));
        }
        return new Deck(stored.getSlug(), stored.getTitle(), stored.getDescription(), stored.source(),
                stored.tagList(), stored.getCategory(), list);
    }

    /** A deck id that no deck has yet, derived from a wish (file name, title). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public String freeSlug(String wish) {
        var base = wish.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "deck";
        }
        base = base.length() > 80 ? base.substring(0, 80) : base;
        var slug = base;
        for (int i = 2; decks.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** Whether a deck with this id exists and is not the caller's to change (an upload then gets a new id). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean isTakenByOthers(String slug) {
        return decks.findBySlug(slug).map(d -> !mayChange(d)).orElse(false);
    }

    /** Gives a deck to a class: its students study it, and quizzes can be made from it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void shareWithClass(Long deckId, Long classId) {
        classrooms.classDetails(classId); // refuses a class the caller does not teach
        requireReadable(deckId);
        if (!classDecks.existsByClassroomIdAndDeckId(classId, deckId)) {
            classDecks.save(new ClassDeck(classId, deckId, CurrentUser.id(), clock.instant()));
        }
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void unshareFromClass(Long deckId, Long classId) {
        classrooms.classDetails(classId);
        classDecks.deleteByClassroomIdAndDeckId(classId, deckId);
    }

    /** The decks a class has been given, for its instructor. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SharedDeck> decksOfClass(Long classId) {
        var c = classrooms.classDetails(classId);
        return shared(List.of(c));
    }

    /** The decks of every class the calling student is in. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<SharedDeck> myDecks() {
        return shared(classrooms.myClasses());
    }

    /**
     * The current version of every question of a deck, in deck order: what a quiz attempt or a study
     * session snapshots. Open to the deck's readers and to students of a class it was given to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuestionRef> currentQuestions(Long deckId) {
        requireReadable(deckId);
        var live = questions.findByDeckIdOrderByPosition(deckId).stream().filter(q -> !q.isRemoved()).toList();
        var versionNos = versions.findByIdIn(live.stream().map(StoredQuestion::getCurrentVersionId).toList())
                .stream().collect(Collectors.toMap(QuestionVersion::getId, QuestionVersion::getVersionNo));
        return live.stream().map(q -> new QuestionRef(deckId, q.getId(), q.getQuestionKey(), q.getType(),
                q.getCurrentVersionId(), versionNos.getOrDefault(q.getCurrentVersionId(), 1))).toList();
    }

    /**
     * Questions at exact versions (a past attempt's, even after edits), keyed by version id. The
     * caller must be allowed to read every deck they belong to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, VersionedQuestion> questionsAt(java.util.Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        var found = versions.findByIdIn(versionIds);
        var owners = questions.findAllById(found.stream().map(QuestionVersion::getQuestionId).distinct().toList())
                .stream().collect(Collectors.toMap(StoredQuestion::getId, Function.identity()));
        owners.values().stream().map(StoredQuestion::getDeckId).distinct().forEach(this::requireReadable);
        var result = new HashMap<Long, VersionedQuestion>();
        for (var v : found) {
            var q = owners.get(v.getQuestionId());
            var question = codec.decode(v.getContent());
            result.put(v.getId(), new VersionedQuestion(new QuestionRef(q.getDeckId(), q.getId(), q.getQuestionKey(),
                    question.type(), v.getId(), v.getVersionNo()), question));
        }
        return result;
    }

    /** The id of the deck with this stable id, if the caller may read it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String slug) {
        return decks.findBySlug(slug).filter(DeckService::mayRead).map(StoredDeck::getId);
    }

    /** A deck's title and counts, for pages that show one deck. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DeckSummary summary(Long deckId) {
        var d = requireReadable(deckId);
        var counts = new EnumMap<QuestionType, Long>(QuestionType.class);
        questions.countByType(List.of(deckId)).forEach(row -> counts.put(row.getType(), row.getN()));
        return summary(d, counts);
    }

    /** Whether a deck with this id exists and is the caller's to change (an upload then updates it). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean isOwnDeck(String slug) {
        return decks.findBySlug(slug).map(DeckService::mayChange).orElse(false);
    }

    private void addVersion(StoredQuestion sq, int versionNo, String content, String hash, QuestionType type) {
        Long author = CurrentUser.get().map(p -> p.id()).orElse(null);
        var version = versions.save(new QuestionVersion(sq.getId(), versionNo, content, hash, author, clock.instant()));
        sq.useVersion(version, type);
    }

    private static boolean mayChange(StoredDeck deck) {
        if (CurrentUser.isAdmin() || CurrentUser.get().isEmpty()) {
            // No AccountPrincipal: the system (bank loading at start-up), which PreAuthorize let through.
            return true;
        }
        return deck.getOwnerId() != null && deck.getOwnerId().equals(CurrentUser.id());
    }

    private static boolean mayRead(StoredDeck deck) {
        return deck.getOwnerId() == null || CurrentUser.isAdmin() || deck.getOwnerId().equals(CurrentUser.id());
    }

    /**
     * Instructors read library decks and their own; students read only decks given to one of their
     * classes. Says "not shared" either way, so that it reveals nothing about other decks.
     */
    private StoredDeck requireReadable(Long deckId) {
        var deck = decks.findById(deckId).orElseThrow(() -> new AccessDeniedException("This deck is not shared with you."));
        var me = CurrentUser.require();
        boolean readable = me.role() == Role.STUDENT
                ? classDecks.existsByClassroomIdInAndDeckIdIn(
                        classrooms.myClasses().stream().map(ClassSummary::id).toList(), List.of(deckId))
                : mayRead(deck);
        if (!readable) {
            throw new AccessDeniedException("This deck is not shared with you.");
        }
        return deck;
    }

    private List<SharedDeck> shared(List<ClassSummary> classes) {
        if (classes.isEmpty()) {
            return List.of();
        }
        var names = classes.stream().collect(Collectors.toMap(ClassSummary::id, ClassSummary::name));
        var links = classDecks.findByClassroomIdIn(names.keySet());
        if (links.isEmpty()) {
            return List.of();
        }
        var deckIds = links.stream().map(ClassDeck::getDeckId).distinct().toList();
        var byId = decks.findAllById(deckIds).stream().collect(Collectors.toMap(StoredDeck::getId, Function.identity()));
        var counts = new HashMap<Long, Long>();
        questions.countByType(deckIds).forEach(r -> counts.merge(r.getDeckId(), r.getN(), Long::sum));
        return links.stream()
                .map(l -> {
                    var d = byId.get(l.getDeckId());
                    return new SharedDeck(l.getClassroomId(), names.get(l.getClassroomId()), d.getId(), d.getTitle(),
                            d.getDescription(), counts.getOrDefault(d.getId(), 0L));
                })
                .sorted(java.util.Comparator.comparing(SharedDeck::className).thenComparing(SharedDeck::title))
                .toList();
    }

    private static DeckSummary summary(StoredDeck d, Map<QuestionType, Long> counts) {
        return new DeckSummary(d.getId(), d.getSlug(), d.getTitle(), d.getDescription(), d.tagList(), d.getOrigin(),
                d.getOriginName(), d.getOwnerId(), d.getContentVersion(), d.getUpdatedAt(), counts);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
