package com.quizdeck.deck;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Deck;
import com.quizdeck.content.DeckSource;
import com.quizdeck.content.IdAllocator;
import com.quizdeck.content.Ids;
import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionRules;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decks and their questions. Saving a deck is idempotent: a question whose content did not change
 * keeps its version; a changed one gets a new version; the old versions stay for past attempts.
 *
 * <p>The editor's operations work question by question. Every change of a question's content makes
 * a new immutable version (unchanged content makes none), and a save names the version the editor
 * opened: when someone else saved in between, the save is refused ({@link EditConflictException}).
 * Only a deck's owner, its co-authors and admins change a deck; library decks (loaded from the bank
 * folder) change only through their files, so instructors duplicate them to edit.
 */
@Service
@RequiredArgsConstructor
public class DeckService {

    private static final int MAX_TAG_LENGTH = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final StoredDeckRepository decks;
    private final StoredQuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final ClassDeckRepository classDecks;
    private final DeckCoauthorRepository coauthors;
    private final ClassroomService classrooms;
    private final AccountService accounts;
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
        if (existing.isPresent() && !mayImportInto(existing.get())) {
            throw new AccessDeniedException("The deck '" + deck.id() + "' belongs to someone else.");
        }
        if (existing.isPresent() && origin == DeckOrigin.BANK && existing.get().getOwnerId() != null) {
            throw new IllegalStateException("The bank deck id '" + deck.id() + "' is already used by an uploaded deck.");
        }
        boolean created = existing.isEmpty();
        var stored = existing.orElseGet(() -> new StoredDeck(deck.id(), owner, origin, originName, now));
        // Importing a file into a deck in the trash brings the deck back: the upload says it is wanted.
        stored.restoreFromTrash();
        boolean describedChanged = stored.describe(deck);
        if (created) {
            stored = decks.save(stored);
        }
        var note = switch (origin) {
            case BANK -> "Loaded from " + originName;
            case IMPORT -> "Imported from " + originName;
            case EDITOR -> null;
        };

        var byKey = questions.findByDeckIdOrderByPosition(stored.getId()).stream()
                .collect(Collectors.toMap(StoredQuestion::getQuestionKey, Function.identity()));
        var currentHashes = versions.findByIdIn(byKey.values().stream()
                        .map(StoredQuestion::getCurrentVersionId).filter(Objects::nonNull).toList())
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
                addVersion(sq, 1, content, hash, question.type(), note);
                added++;
            } else if (!sq.isRemoved() && hash.equals(currentHashes.get(sq.getCurrentVersionId()))) {
                unchanged++;
            } else {
                addVersion(sq, nextVersionNo(sq), content, hash, question.type(), note);
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

    /**
     * The library (bank decks), the caller's own decks and those they co-author, archived ones
     * included, never those in the trash; an admin sees all.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeckSummary> visibleDecks() {
        var caller = caller();
        var list = decks.visibleTo(caller.admin() ? null : caller.id());
        return summaries(list, caller);
    }

    /** The deck as it is now, for export and preview. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Deck deckContent(Long deckId) {
        var stored = requireReadable(deckId);
        var list = currentContent(deckId).stream().map(c -> codec.decode(c.version().getContent())).toList();
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
        base = base.length() > 80 ? base.substring(0, 80).replaceAll("-$", "") : base;
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
        return decks.findBySlug(slug).map(d -> !mayImportInto(d)).orElse(false);
    }

    /** Gives a deck to a class: its students study it, and quizzes can be made from it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void shareWithClass(Long deckId, Long classId) {
        classrooms.classDetails(classId); // refuses a class the caller does not teach
        var deck = requireReadable(deckId);
        if (deck.inTrash()) {
            throw new IllegalStateException("“" + deck.getTitle() + "” is in the trash; restore it first.");
        }
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
        return currentContent(deckId).stream().map(c -> new QuestionRef(deckId, c.question().getId(),
                c.question().getQuestionKey(), c.question().getType(), c.version().getId(),
                c.version().getVersionNo())).toList();
    }

    /**
     * Questions at exact versions (a past attempt's, even after edits), keyed by version id. The
     * caller must be allowed to read every deck they belong to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, VersionedQuestion> questionsAt(Collection<Long> versionIds) {
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
    public Optional<Long> idOf(String slug) {
        var caller = caller();
        return decks.findBySlug(slug).filter(d -> mayRead(d, caller)).map(StoredDeck::getId);
    }

    /** A deck's title and counts, for pages that show one deck. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DeckSummary summary(Long deckId) {
        var d = requireReadable(deckId);
        return summaries(List.of(d), caller()).getFirst();
    }

    /** Whether a deck with this id exists and is the caller's to change (an upload then updates it). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean isOwnDeck(String slug) {
        return decks.findBySlug(slug).map(this::mayImportInto).orElse(false);
    }

    // ---------------------------------------------------------------------------------------------
    // The deck editor

    /** A new, empty deck of the caller's, made in the editor. Returns its id. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public Long createDeck(DeckDetails details) {
        var clean = normalise(details);
        var deck = new StoredDeck(freeSlug(clean.title()), CurrentUser.id(), DeckOrigin.EDITOR, null, clock.instant());
        deck.edit(clean.title(), clean.description(), clean.source(), clean.tags());
        return decks.save(deck).getId();
    }

    /** One deck for the deck page, with what the caller may do to it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public EditableDeck editableDeck(Long deckId) {
        var caller = caller();
        var deck = requireReadable(deckId);
        var current = currentContent(deckId);
        var people = new HashSet<Long>();
        current.forEach(c -> people.add(c.version().getCreatedBy()));
        var links = coauthors.findByDeckIdOrderByAddedAt(deckId);
        links.forEach(l -> people.add(l.getUserId()));
        people.add(deck.getOwnerId());
        var names = names(people);
        var list = current.stream().map(c -> editorQuestion(c.question(), c.version(), names)).toList();
        var coauthorList = links.stream().map(l -> names.get(l.getUserId())).filter(Objects::nonNull)
                .map(u -> new Coauthor(u.id(), u.username(), u.displayName())).toList();
        var owner = names.get(deck.getOwnerId());
        return new EditableDeck(deck.getId(), deck.getSlug(), details(deck), deck.getOrigin(),
                owner == null ? null : owner.displayName(), coauthorList, mayEdit(deck, caller),
                mayManage(deck, caller), deck.getContentVersion(), deck.getUpdatedAt(), deck.getArchivedAt(),
                deck.getDeletedAt(), list);
    }

    /** One question of a deck at its current version, for the question form. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public EditorQuestion editorQuestion(Long deckId, Long questionId) {
        requireReadable(deckId);
        var sq = questionOf(deckId, questionId);
        if (sq.isRemoved()) {
            throw new IllegalArgumentException("This question was deleted from the deck.");
        }
        var version = versions.findById(sq.getCurrentVersionId()).orElseThrow();
        return editorQuestion(sq, version, nameOf(version.getCreatedBy()));
    }

    /**
     * Changes the deck's title, description, source and tags. {@code base} is what the page showed
     * when it was opened: when someone else changed them since, nothing is written.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public DeckDetails updateDetails(Long deckId, DeckDetails base, DeckDetails details) {
        var deck = requireEditable(deckId);
        var clean = normalise(details);
        var current = details(deck);
        if (current.equals(clean)) {
            return current;
        }
        if (!current.equals(base)) {
            throw new EditConflictException("Someone else changed this deck's title, description, source or tags "
                    + "after you opened it. Nothing was overwritten: reload to see their version, then make your "
                    + "change again.");
        }
        if (deck.edit(clean.title(), clean.description(), clean.source(), clean.tags())) {
            deck.touched(clock.instant());
        }
        return details(deck);
    }

    /** Adds a question at the end of the deck as its version 1. A blank id is derived from the prompt. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public EditorQuestion addQuestion(Long deckId, Question question) {
        var deck = requireEditable(deckId);
        var all = questions.findByDeckIdOrderByPosition(deckId);
        var used = all.stream().map(StoredQuestion::getQuestionKey).collect(Collectors.toSet());
        if (question.id().isBlank()) {
            question = question.withHeader(question.header().withId(freeKey(used, suggestionBase(question))));
        }
        var problems = new ArrayList<>(QuestionRules.check(question));
        if (used.contains(question.id())) {
            problems.add(new RuleViolation("id", "another question of this deck already uses the id '"
                    + question.id() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        int position = all.stream().mapToInt(StoredQuestion::getPosition).max().orElse(-1) + 1;
        var sq = questions.save(new StoredQuestion(deckId, question.id(), position, question.type()));
        var content = codec.encode(question);
        var version = addVersion(sq, 1, content, sha256(content), question.type(), "Created");
        deck.contentChanged(clock.instant());
        return editorQuestion(sq, version, nameOf(version.getCreatedBy()));
    }

    /**
     * Saves a question's new content. Content equal to the current version changes nothing; other
     * content becomes a new version, so past attempts keep theirs. {@code baseVersionId} is the
     * version the form was opened with: when it is no longer current, nothing is written and an
     * {@link EditConflictException} says who saved in between.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public QuestionSaved saveQuestion(Long deckId, Long questionId, Long baseVersionId, Question question) {
        var deck = requireEditable(deckId);
        var sq = liveQuestion(deckId, questionId);
        // The id names the question within the deck; the editor cannot change it.
        question = question.withHeader(question.header().withId(sq.getQuestionKey()));
        var problems = QuestionRules.check(question);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return commit(deck, sq, baseVersionId, codec.encode(question), question.type(), null);
    }

    /** Takes questions out of the deck; their versions stay for past attempts, and {@link #restoreQuestions} undoes it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public int removeQuestions(Long deckId, Collection<Long> questionIds) {
        var deck = requireEditable(deckId);
        int removed = 0;
        for (var sq : questions.findAllById(questionIds)) {
            if (sq.getDeckId().equals(deckId) && !sq.isRemoved()) {
                sq.remove();
                removed++;
            }
        }
        if (removed > 0) {
            deck.contentChanged(clock.instant());
        }
        return removed;
    }

    /** Puts removed questions back where they were, with the version they had. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public int restoreQuestions(Long deckId, Collection<Long> questionIds) {
        var deck = requireEditable(deckId);
        int restored = 0;
        for (var sq : questions.findAllById(questionIds)) {
            if (sq.getDeckId().equals(deckId) && sq.isRemoved()) {
                sq.restore();
                restored++;
            }
        }
        if (restored > 0) {
            deck.contentChanged(clock.instant());
        }
        return restored;
    }

    /**
     * Puts the deck's questions in this order. The list must name exactly the deck's questions: when
     * someone added or removed one since the caller loaded them, nothing moves.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void reorder(Long deckId, List<Long> questionIdsInOrder) {
        var deck = requireEditable(deckId);
        var all = questions.findByDeckIdOrderByPosition(deckId);
        var live = all.stream().filter(q -> !q.isRemoved()).collect(Collectors.toMap(StoredQuestion::getId,
                Function.identity()));
        if (questionIdsInOrder.size() != live.size() || !live.keySet().equals(new HashSet<>(questionIdsInOrder))) {
            throw new EditConflictException("The deck's questions changed after you opened it (a question was "
                    + "added or deleted). Nothing was moved: reload and reorder again.");
        }
        int position = 0;
        for (var id : questionIdsInOrder) {
            live.get(id).moveTo(position++);
        }
        // Removed questions go after the live ones, so that restoring one later cannot take another's place.
        for (var sq : all) {
            if (sq.isRemoved()) {
                sq.moveTo(position++);
            }
        }
        deck.touched(clock.instant());
    }

    /** Adds a tag to questions; each tagged question gets a new version. Returns how many changed. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public int tagQuestions(Long deckId, Collection<Long> questionIds, String tag) {
        var deck = requireEditable(deckId);
        var clean = tag == null ? "" : tag.strip();
        var problem = tagProblem(clean);
        if (problem != null) {
            throw new InvalidContentException("tag", problem);
        }
        int changed = 0;
        for (var sq : questions.findAllById(questionIds)) {
            if (!sq.getDeckId().equals(deckId) || sq.isRemoved()) {
                continue;
            }
            var question = codec.decode(versions.findById(sq.getCurrentVersionId()).orElseThrow().getContent());
            if (question.tags().contains(clean)) {
                continue;
            }
            var tags = new ArrayList<>(question.tags());
            tags.add(clean);
            var tagged = question.withHeader(question.header().withTags(tags));
            if (commit(deck, sq, sq.getCurrentVersionId(), codec.encode(tagged), tagged.type(),
                    "Tagged “" + clean + "”").newVersion()) {
                changed++;
            }
        }
        return changed;
    }

    /** Every version of a question, newest first, with who made it, when, and what it changed. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<QuestionVersionInfo> history(Long deckId, Long questionId) {
        requireReadable(deckId);
        var sq = questionOf(deckId, questionId);
        var list = versions.findByQuestionIdOrderByVersionNoDesc(sq.getId());
        var names = names(list.stream().map(QuestionVersion::getCreatedBy).collect(Collectors.toSet()));
        var decoded = list.stream().map(v -> codec.decode(v.getContent())).toList();
        var result = new ArrayList<QuestionVersionInfo>();
        for (int i = 0; i < list.size(); i++) {
            var v = list.get(i);
            var before = i + 1 < list.size() ? decoded.get(i + 1) : null;
            var author = names.get(v.getCreatedBy());
            result.add(new QuestionVersionInfo(v.getId(), v.getVersionNo(), v.getCreatedAt(),
                    author == null ? "Quizdeck" : author.displayName(), v.getNote(),
                    QuestionChanges.between(before, decoded.get(i)), decoded.get(i),
                    v.getId().equals(sq.getCurrentVersionId())));
        }
        return result;
    }

    /**
     * Makes an old version's content current again, as a new version ("Restored version 2"), so that
     * the history stays complete. Refused like a save when the current version is not {@code baseVersionId}.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public QuestionSaved restoreVersion(Long deckId, Long questionId, Long versionId, Long baseVersionId) {
        var deck = requireEditable(deckId);
        var sq = liveQuestion(deckId, questionId);
        var old = versions.findById(versionId).filter(v -> v.getQuestionId().equals(sq.getId()))
                .orElseThrow(() -> new IllegalArgumentException("No such version of this question."));
        var question = codec.decode(old.getContent());
        return commit(deck, sq, baseVersionId, old.getContent(), question.type(),
                "Restored version " + old.getVersionNo());
    }

    /** A question id that no question of the deck has, derived from a text (a prompt, a fact). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public String suggestQuestionId(Long deckId, String text) {
        requireReadable(deckId);
        var used = questions.findByDeckIdOrderByPosition(deckId).stream().map(StoredQuestion::getQuestionKey)
                .collect(Collectors.toSet());
        return freeKey(used, Ids.slug(text, 40, "question"));
    }

    /** Lets another instructor edit the deck. Only the owner (or an admin) names co-authors. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public Coauthor addCoauthor(Long deckId, String username) {
        var deck = requireManageable(deckId);
        var user = accounts.findInstructor(username).orElseThrow(() -> new InvalidContentException("coauthor",
                "No instructor has the username '" + (username == null ? "" : username.strip()) + "'."));
        if (user.id().equals(deck.getOwnerId())) {
            throw new InvalidContentException("coauthor", user.displayName() + " owns this deck already.");
        }
        if (!coauthors.existsByDeckIdAndUserId(deckId, user.id())) {
            coauthors.save(new DeckCoauthor(deckId, user.id(), CurrentUser.id(), clock.instant()));
        }
        return new Coauthor(user.id(), user.username(), user.displayName());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void removeCoauthor(Long deckId, Long userId) {
        requireManageable(deckId);
        coauthors.deleteByDeckIdAndUserId(deckId, userId);
    }

    /**
     * A copy of a deck the caller can read (a library deck, their own, one they co-author) as a new
     * deck of theirs: same fields and questions, each question's history starting again at version 1.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public Long duplicate(Long deckId) {
        var source = requireReadable(deckId);
        if (source.inTrash()) {
            throw new IllegalStateException("“" + source.getTitle() + "” is in the trash; restore it first.");
        }
        var now = clock.instant();
        var title = ("Copy of " + source.getTitle());
        title = title.length() > 300 ? title.substring(0, 300) : title;
        var copy = new StoredDeck(freeSlug(source.getSlug() + "-copy"), CurrentUser.id(), DeckOrigin.EDITOR,
                "copy of " + source.getSlug(), now);
        copy.edit(title, source.getDescription(), source.source(), source.tagList());
        copy = decks.save(copy);
        int position = 0;
        for (var c : currentContent(deckId)) {
            var sq = questions.save(new StoredQuestion(copy.getId(), c.question().getQuestionKey(), position++,
                    c.question().getType()));
            addVersion(sq, 1, c.version().getContent(), c.version().getContentHash(), c.question().getType(),
                    "Copied from “" + source.getTitle() + "” (version " + c.version().getVersionNo() + ")");
        }
        return copy.getId();
    }

    /** Archived decks stay usable and given to their classes; lists show them apart. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void setArchived(Long deckId, boolean archived) {
        var deck = requireManageable(deckId);
        if (deck.inTrash()) {
            throw new IllegalStateException("“" + deck.getTitle() + "” is in the trash; restore it first.");
        }
        if (archived) {
            deck.archive(clock.instant());
        } else {
            deck.unarchive();
        }
    }

    /**
     * Moves a deck to the trash: it disappears from lists (students' too) and can be restored for
     * {@value StoredDeck#TRASH_DAYS} days. Past attempts keep their questions.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void moveToTrash(Long deckId) {
        requireManageable(deckId).moveToTrash(clock.instant());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void restoreFromTrash(Long deckId) {
        var deck = decks.findById(deckId).filter(d -> mayManage(d, caller()))
                .orElseThrow(() -> new AccessDeniedException("This deck is not yours to restore."));
        if (deck.inTrash() && deck.getDeletedAt().isBefore(trashLimit())) {
            throw new IllegalStateException("“" + deck.getTitle() + "” was deleted more than "
                    + StoredDeck.TRASH_DAYS + " days ago and can no longer be restored.");
        }
        deck.restoreFromTrash();
    }

    /** The caller's decks in the trash that can still be restored, most recently deleted first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeckSummary> trash() {
        var caller = caller();
        return summaries(decks.inTrash(caller.admin() ? null : caller.id(), trashLimit()), caller);
    }

    // ---------------------------------------------------------------------------------------------

    /** Writes a question's new content as a new version, unless it equals the current one. */
    private QuestionSaved commit(StoredDeck deck, StoredQuestion sq, Long baseVersionId, String content,
            QuestionType type, String note) {
        var current = versions.findById(sq.getCurrentVersionId()).orElseThrow();
        var hash = sha256(content);
        if (hash.equals(current.getContentHash())) {
            return new QuestionSaved(editorQuestion(sq, current, nameOf(current.getCreatedBy())), false);
        }
        if (!current.getId().equals(baseVersionId)) {
            throw conflict(current);
        }
        QuestionVersion version;
        try {
            version = addVersion(sq, current.getVersionNo() + 1, content, hash, type, note);
            // Two saves racing past the check above: the question row's @Version (or the unique version
            // number) lets only the first commit; the second is told, like any other conflict.
            questions.saveAndFlush(sq);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new EditConflictException("Someone else saved this question at the same moment. Nothing was "
                    + "overwritten: reload to see their version, then make your change again.");
        }
        deck.contentChanged(clock.instant());
        return new QuestionSaved(editorQuestion(sq, version, nameOf(version.getCreatedBy())), true);
    }

    private EditConflictException conflict(QuestionVersion current) {
        var who = nameOf(current.getCreatedBy()).get(current.getCreatedBy());
        var name = who == null ? "Someone else" : who.id().equals(CurrentUser.id()) ? "You (in another tab)"
                : who.displayName();
        return new EditConflictException(name + " saved a newer version of this question (version "
                + current.getVersionNo() + ", " + TIME.format(current.getCreatedAt()) + ") after you opened it. "
                + "Nothing was overwritten: reload to see that version, then make your change again.");
    }

    private QuestionVersion addVersion(StoredQuestion sq, int versionNo, String content, String hash,
            QuestionType type, String note) {
        Long author = CurrentUser.get().map(p -> p.id()).orElse(null);
        var version = versions.save(new QuestionVersion(sq.getId(), versionNo, content, hash, author,
                clock.instant(), note));
        sq.useVersion(version, type);
        return version;
    }

    private int nextVersionNo(StoredQuestion sq) {
        return versions.findTopByQuestionIdOrderByVersionNoDesc(sq.getId()).map(v -> v.getVersionNo() + 1).orElse(1);
    }

    private record Current(StoredQuestion question, QuestionVersion version) {
    }

    /** The deck's live questions in order with their current versions, in two queries. */
    private List<Current> currentContent(Long deckId) {
        var live = questions.findByDeckIdOrderByPosition(deckId).stream().filter(q -> !q.isRemoved()).toList();
        var byId = versions.findByIdIn(live.stream().map(StoredQuestion::getCurrentVersionId).toList())
                .stream().collect(Collectors.toMap(QuestionVersion::getId, Function.identity()));
        return live.stream().map(q -> new Current(q, byId.get(q.getCurrentVersionId()))).toList();
    }

    private EditorQuestion editorQuestion(StoredQuestion sq, QuestionVersion version, Map<Long, UserSummary> names) {
        var author = names.get(version.getCreatedBy());
        return new EditorQuestion(sq.getId(), sq.getQuestionKey(), sq.getPosition(), sq.getType(), version.getId(),
                version.getVersionNo(), codec.decode(version.getContent()), version.getCreatedAt(),
                author == null ? null : author.displayName());
    }

    private Map<Long, UserSummary> nameOf(Long id) {
        return names(java.util.Collections.singleton(id));
    }

    private Map<Long, UserSummary> names(Set<Long> ids) {
        var wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return accounts.findByIds(wanted).stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    private StoredQuestion questionOf(Long deckId, Long questionId) {
        return questions.findById(questionId).filter(q -> q.getDeckId().equals(deckId))
                .orElseThrow(() -> new IllegalArgumentException("No such question in this deck."));
    }

    private StoredQuestion liveQuestion(Long deckId, Long questionId) {
        var sq = questionOf(deckId, questionId);
        if (sq.isRemoved()) {
            throw new EditConflictException("This question was deleted from the deck after you opened it. "
                    + "Nothing was saved.");
        }
        return sq;
    }

    private static String suggestionBase(Question question) {
        var text = question.prompt() != null && !question.prompt().isBlank() ? question.prompt()
                : question instanceof com.quizdeck.content.FlashcardQuestion f ? f.front()
                : question instanceof com.quizdeck.content.ClozeQuestion c ? c.text() : null;
        return Ids.slug(text, 40, question.type().wireName().replace('_', '-'));
    }

    private static String freeKey(Set<String> used, String base) {
        var allocator = new IdAllocator();
        used.forEach(allocator::allocate);
        return allocator.allocate(base);
    }

    private static DeckDetails details(StoredDeck deck) {
        return new DeckDetails(deck.getTitle(), deck.getDescription(), deck.source(), deck.tagList());
    }

    /** Trimmed fields, blanks as null, tags without duplicates; refuses what the columns cannot hold. */
    private static DeckDetails normalise(DeckDetails d) {
        var problems = new ArrayList<RuleViolation>();
        var title = trim(d.title());
        if (title == null) {
            problems.add(new RuleViolation("title", "The deck needs a title."));
        }
        limit(problems, "title", title, 300);
        var description = trim(d.description());
        limit(problems, "description", description, 20_000);
        var s = d.source() == null ? new DeckSource(null, null, null, null) : d.source();
        var source = new DeckSource(trim(s.title()), trim(s.author()), trim(s.date()), trim(s.url()));
        limit(problems, "source.title", source.title(), 500);
        limit(problems, "source.author", source.author(), 300);
        limit(problems, "source.date", source.date(), 50);
        limit(problems, "source.url", source.url(), 1000);
        if (source.url() != null && !source.url().matches("(?i)https?://\\S+")) {
            problems.add(new RuleViolation("source.url", "Enter an address that starts with http:// or https://."));
        }
        var tags = new LinkedHashSet<String>();
        for (var tag : d.tags()) {
            var t = tag == null ? "" : tag.strip();
            var problem = tagProblem(t);
            if (problem != null) {
                problems.add(new RuleViolation("tags", problem));
            } else {
                tags.add(t);
            }
        }
        if (String.join(",", tags).length() > 2000) {
            problems.add(new RuleViolation("tags", "Too many tags: at most 2,000 characters in all."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        boolean noSource = source.title() == null && source.author() == null && source.date() == null
                && source.url() == null;
        return new DeckDetails(title, description, noSource ? null : source, List.copyOf(tags));
    }

    private static String tagProblem(String tag) {
        if (tag.isEmpty()) {
            return "A tag cannot be empty.";
        }
        if (tag.contains(",")) {
            return "A tag cannot contain a comma: “" + tag + "”.";
        }
        if (tag.length() > MAX_TAG_LENGTH) {
            return "A tag has at most " + MAX_TAG_LENGTH + " characters.";
        }
        return null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void limit(List<RuleViolation> problems, String path, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new RuleViolation(path, "At most " + String.format("%,d", max) + " characters (now "
                    + String.format("%,d", value.length()) + ")."));
        }
    }

    private Instant trashLimit() {
        return clock.instant().minus(Duration.ofDays(StoredDeck.TRASH_DAYS));
    }

    // ---------------------------------------------------------------------------------------------
    // Who may do what

    /** The caller: an account, or the system (bank loading at start-up, no account). */
    private record Caller(Long id, Role role, boolean system) {
        boolean admin() {
            return role == Role.ADMIN;
        }
    }

    private static Caller caller() {
        return CurrentUser.get().map(p -> new Caller(p.id(), p.role(), false)).orElse(new Caller(null, null, true));
    }

    private boolean isCoauthor(StoredDeck deck, Caller caller) {
        return caller.id() != null && coauthors.existsByDeckIdAndUserId(deck.getId(), caller.id());
    }

    /** Imports may update a deck: the system and admins any, instructors their own and co-authored ones. */
    private boolean mayImportInto(StoredDeck deck) {
        var caller = caller();
        if (caller.system() || caller.admin()) {
            return true;
        }
        return deck.getOwnerId() != null && (deck.getOwnerId().equals(caller.id()) || isCoauthor(deck, caller));
    }

    private boolean mayRead(StoredDeck deck, Caller caller) {
        return deck.getOwnerId() == null || caller.system() || caller.admin() || deck.getOwnerId().equals(caller.id())
                || isCoauthor(deck, caller);
    }

    /** Library decks change only through their bank files (a start-up reload would undo an edit). */
    private boolean mayEdit(StoredDeck deck, Caller caller) {
        if (deck.getOrigin() == DeckOrigin.BANK || caller.role() == Role.STUDENT) {
            return false;
        }
        return caller.admin() || Objects.equals(deck.getOwnerId(), caller.id()) || isCoauthor(deck, caller);
    }

    private static boolean mayManage(StoredDeck deck, Caller caller) {
        return deck.getOrigin() != DeckOrigin.BANK && caller.role() != Role.STUDENT
                && (caller.admin() || Objects.equals(deck.getOwnerId(), caller.id()));
    }

    private StoredDeck requireEditable(Long deckId) {
        var deck = requireReadable(deckId);
        if (!mayEdit(deck, caller())) {
            throw new AccessDeniedException(deck.getOrigin() == DeckOrigin.BANK
                    ? "Library decks cannot be changed here; duplicate the deck to edit your own copy."
                    : "Only the deck's owner and co-authors can change it.");
        }
        if (deck.inTrash()) {
            throw new IllegalStateException("“" + deck.getTitle() + "” is in the trash; restore it first.");
        }
        return deck;
    }

    private StoredDeck requireManageable(Long deckId) {
        var deck = requireReadable(deckId);
        if (!mayManage(deck, caller())) {
            throw new AccessDeniedException(deck.getOrigin() == DeckOrigin.BANK
                    ? "Library decks cannot be archived or deleted."
                    : "Only the deck's owner can archive or delete it, or name co-authors.");
        }
        return deck;
    }

    /**
     * Instructors read library decks, their own and those they co-author; students read only decks
     * given to one of their classes. Says "not shared" either way, so that it reveals nothing about
     * other decks.
     */
    private StoredDeck requireReadable(Long deckId) {
        var deck = decks.findById(deckId).orElseThrow(() -> new AccessDeniedException("This deck is not shared with you."));
        var me = CurrentUser.require();
        boolean readable = me.role() == Role.STUDENT
                ? classDecks.existsByClassroomIdInAndDeckIdIn(
                        classrooms.myClasses().stream().map(ClassSummary::id).toList(), List.of(deckId))
                : mayRead(deck, caller());
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
        var byId = decks.findAllById(deckIds).stream().filter(d -> !d.inTrash())
                .collect(Collectors.toMap(StoredDeck::getId, Function.identity()));
        var counts = new HashMap<Long, Long>();
        questions.countByType(deckIds).forEach(r -> counts.merge(r.getDeckId(), r.getN(), Long::sum));
        return links.stream()
                .filter(l -> byId.containsKey(l.getDeckId()))
                .map(l -> {
                    var d = byId.get(l.getDeckId());
                    return new SharedDeck(l.getClassroomId(), names.get(l.getClassroomId()), d.getId(), d.getTitle(),
                            d.getDescription(), counts.getOrDefault(d.getId(), 0L));
                })
                .sorted(Comparator.comparing(SharedDeck::className).thenComparing(SharedDeck::title))
                .toList();
    }

    private List<DeckSummary> summaries(List<StoredDeck> list, Caller caller) {
        if (list.isEmpty()) {
            return List.of();
        }
        var counts = new HashMap<Long, Map<QuestionType, Long>>();
        for (var row : questions.countByType(list.stream().map(StoredDeck::getId).toList())) {
            counts.computeIfAbsent(row.getDeckId(), k -> new EnumMap<>(QuestionType.class))
                    .put(row.getType(), row.getN());
        }
        Set<Long> coauthored = caller.id() == null ? Set.of() : coauthors.findByUserId(caller.id()).stream()
                .map(DeckCoauthor::getDeckId).collect(Collectors.toSet());
        return list.stream().map(d -> {
            boolean manageable = mayManage(d, caller);
            boolean editable = d.getOrigin() != DeckOrigin.BANK && caller.role() != Role.STUDENT
                    && (manageable || coauthored.contains(d.getId()));
            return new DeckSummary(d.getId(), d.getSlug(), d.getTitle(), d.getDescription(), d.tagList(),
                    d.getOrigin(), d.getOriginName(), d.getOwnerId(), d.getContentVersion(), d.getUpdatedAt(),
                    counts.getOrDefault(d.getId(), Map.of()), editable, manageable, d.getArchivedAt(),
                    d.getDeletedAt());
        }).toList();
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
