package com.quizdeck.classroom;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.InvalidInputException;
import com.quizdeck.account.UserSummary;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, join codes and rosters. An instructor manages only the classes they teach (an admin
 * any); a student sees only the classes they belong to.
 */
@Service
@RequiredArgsConstructor
@Slf4j
public class ClassroomService {

    private final ClassroomRepository classrooms;
    private final ClassMembershipRepository memberships;
    private final AccountService accounts;
    private final Clock clock;

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public ClassSummary createClass(String name) {
        return createClass(name, null);
    }

    /** With a code the instructor chose (e.g. printed on a worksheet), if it is well formed and free. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public ClassSummary createClass(String name, String preferredJoinCode) {
        var cleanName = validName(name);
        String code;
        if (preferredJoinCode != null && !preferredJoinCode.isBlank()) {
            code = JoinCodes.normalise(preferredJoinCode);
            if (!JoinCodes.isWellFormed(code)) {
                throw new InvalidInputException("joinCode",
                        "A join code has 6 letters or digits, without 0, O, 1, I or L.");
            }
            if (classrooms.existsByJoinCode(code)) {
                throw new InvalidInputException("joinCode", "That join code is in use by another class.");
            }
        } else {
            code = freshCode();
        }
        var saved = classrooms.save(new Classroom(cleanName, code, CurrentUser.id(), clock.instant()));
        log.info("Class {} '{}' created by {}", saved.getId(), cleanName, CurrentUser.require().getUsername());
        return details(saved.getId());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ClassSummary> teachingClasses(boolean includeArchived) {
        // An admin sees every class; an instructor their own.
        Long instructor = CurrentUser.isAdmin() ? null : CurrentUser.id();
        return withInstructorNames(classrooms.teaching(instructor, includeArchived));
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ClassSummary classDetails(Long classId) {
        requireTeaching(load(classId));
        return details(classId);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public ClassSummary rename(Long classId, String newName) {
        var classroom = requireTeaching(load(classId));
        classroom.rename(validName(newName));
        return details(classId);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public ClassSummary setArchived(Long classId, boolean archived) {
        var classroom = requireTeaching(load(classId));
        classroom.setArchived(archived);
        return details(classId);
    }

    /** A new code for a class whose code leaked; the old one stops working at once. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public ClassSummary regenerateJoinCode(Long classId) {
        var classroom = requireTeaching(load(classId));
        classroom.changeJoinCode(freshCode());
        return details(classId);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(Long classId) {
        requireTeaching(load(classId));
        var members = memberships.findByClassroomIdOrderByJoinedAt(classId);
        var users = byId(accounts.findByIds(members.stream().map(ClassMembership::getStudentId).toList()));
        return members.stream()
                .map(m -> {
                    var u = users.get(m.getStudentId());
                    return new RosterEntry(m.getStudentId(), u == null ? "?" : u.displayName(),
                            u == null ? "?" : u.username(), m.getJoinedAt());
                })
                .toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void removeStudent(Long classId, Long studentId) {
        requireTeaching(load(classId));
        memberships.deleteByClassroomIdAndStudentId(classId, studentId);
        log.info("Student {} removed from class {} by {}", studentId, classId, CurrentUser.require().getUsername());
    }

    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<ClassSummary> myClasses() {
        return withInstructorNames(classrooms.attendedBy(CurrentUser.id()));
    }

    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public ClassSummary joinByCode(String typedCode) {
        var classroom = openClassFor(typedCode);
        var studentId = CurrentUser.id();
        if (memberships.existsByClassroomIdAndStudentId(classroom.getId(), studentId)) {
            throw new InvalidInputException("joinCode", "You are already in " + classroom.getName() + ".");
        }
        memberships.save(new ClassMembership(classroom.getId(), studentId, clock.instant()));
        return details(classroom.getId());
    }

    /** The class name behind a code, to show "You are joining …" before a student registers. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> classNameForCode(String typedCode) {
        return classrooms.findByJoinCode(JoinCodes.normalise(typedCode))
                .filter(c -> !c.isArchived())
                .map(Classroom::getName);
    }

    /**
     * A new student registers with a join code: the account and the membership are created together
     * or not at all.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public UserSummary registerStudent(String typedCode, String displayName, String username, String password) {
        var classroom = openClassFor(typedCode);
        var student = accounts.createStudent(username, displayName, password);
        memberships.save(new ClassMembership(classroom.getId(), student.id(), clock.instant()));
        log.info("Student '{}' registered into class {}", student.username(), classroom.getId());
        return student;
    }

    /** For other modules (quizzes, live sessions): is this student in this class? */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMember(Long classId, Long studentId) {
        return memberships.existsByClassroomIdAndStudentId(classId, studentId);
    }

    private Classroom openClassFor(String typedCode) {
        var code = JoinCodes.normalise(typedCode);
        if (code.isEmpty()) {
            throw new InvalidInputException("joinCode", "Enter the join code your teacher gave you.");
        }
        return classrooms.findByJoinCode(code)
                .filter(c -> !c.isArchived())
                .orElseThrow(() -> new InvalidInputException("joinCode",
                        "No open class has the code " + code + ". Check it with your teacher."));
    }

    private Classroom load(Long classId) {
        return classrooms.findById(classId)
                .orElseThrow(() -> new AccessDeniedException("No such class, or it is not yours."));
    }

    private static Classroom requireTeaching(Classroom classroom) {
        if (!CurrentUser.isAdmin() && !classroom.getInstructorId().equals(CurrentUser.id())) {
            throw new AccessDeniedException("No such class, or it is not yours.");
        }
        return classroom;
    }

    private ClassSummary details(Long classId) {
        return withInstructorNames(List.of(classrooms.row(classId).orElseThrow())).getFirst();
    }

    private List<ClassSummary> withInstructorNames(List<ClassroomRepository.Row> rows) {
        var names = byId(accounts.findByIds(rows.stream().map(ClassroomRepository.Row::instructorId)
                .collect(Collectors.toSet())));
        return rows.stream()
                .map(r -> new ClassSummary(r.id(), r.name(), r.joinCode(), r.archived(), r.instructorId(),
                        Optional.ofNullable(names.get(r.instructorId())).map(UserSummary::displayName).orElse("?"),
                        r.createdAt(), r.studentCount()))
                .toList();
    }

    private static Map<Long, UserSummary> byId(Collection<UserSummary> users) {
        return users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    private String freshCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            var code = JoinCodes.random();
            if (!classrooms.existsByJoinCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free join code after 20 tries");
    }

    private static String validName(String name) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100 || clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "Enter a class name of 1 to 100 characters.");
        }
        return clean;
    }
}
