package com.quizdeck.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, roles and passwords. Every method says who may call it. */
@Service
@RequiredArgsConstructor
@Slf4j
public class AccountService {

    // No 0/O, 1/l/I: temporary passwords are read aloud or copied from a projector.
    private static final String TEMP_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessionRegistry;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates a student account. Open to anonymous callers because students register themselves;
     * the classroom module calls it only together with a valid join code, in one transaction.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public UserSummary createStudent(String username, String displayName, String password) {
        return create(username, displayName, password, Role.STUDENT);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createUser(String username, String displayName, String password, Role role) {
        var created = create(username, displayName, password, role);
        log.info("Admin {} created {} account {}", CurrentUser.require().getUsername(), role, created.username());
        return created;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findByIdIn(ids).stream().map(UserAccount::toSummary).toList();
    }

    /**
     * An enabled instructor or admin by username, for instructors who name a co-author. Students are
     * never found this way, so that it reveals nothing about student accounts.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<UserSummary> findInstructor(String username) {
        return users.findByUsername(Usernames.normalise(username))
                .filter(u -> u.isEnabled() && u.getRole() != Role.STUDENT)
                .map(UserAccount::toSummary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserSummary> searchUsers(String filter, Pageable pageable) {
        var pattern = "%" + (filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)) + "%";
        return users.search(pattern, pageable).map(UserAccount::toSummary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary changeRole(Long userId, Role role) {
        var user = load(userId);
        refuseSelf(user, "change your own role");
        user.changeRole(role);
        endSessions(user.getUsername());
        log.info("Admin {} changed the role of {} to {}", CurrentUser.require().getUsername(), user.getUsername(), role);
        return user.toSummary();
    }

    /** Disabling ends every session of that user at once, not at their next login. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary setEnabled(Long userId, boolean enabled) {
        var user = load(userId);
        refuseSelf(user, "disable your own account");
        user.setEnabled(enabled);
        if (!enabled) {
            endSessions(user.getUsername());
        }
        log.info("Admin {} {} account {}", CurrentUser.require().getUsername(), enabled ? "enabled" : "disabled",
                user.getUsername());
        return user.toSummary();
    }

    /** Sets a random temporary password and returns it once, for the admin to hand over. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(Long userId) {
        var user = load(userId);
        var sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(TEMP_PASSWORD_ALPHABET.charAt(random.nextInt(TEMP_PASSWORD_ALPHABET.length())));
        }
        var temporary = sb.toString();
        user.changePassword(passwordEncoder.encode(temporary));
        endSessions(user.getUsername());
        log.info("Admin {} reset the password of {}", CurrentUser.require().getUsername(), user.getUsername());
        return temporary;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = load(CurrentUser.id());
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not right.");
        }
        PasswordPolicy.problem(user.getUsername(), newPassword)
                .ifPresent(p -> {
                    throw new InvalidInputException("newPassword", p);
                });
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    /** For start-up tasks (first admin, demo data): whether any account has this role yet. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyUserWithRole(Role role) {
        return users.existsByRole(role);
    }

    /**
     * Runs start-up work (demo data, the first admin) as the named user, so that it passes through
     * the same service checks as a request would. Not reachable from any view. Deliberately not
     * transactional: the work's own service calls open their transactions (a read-only one around
     * them would swallow their writes).
     */
    public <T> T runAs(String username, Supplier<T> work) {
        var user = users.findByUsername(Usernames.normalise(username))
                .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        var principal = AccountUserDetailsService.toPrincipal(user);
        return withAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()), work);
    }

    /**
     * Runs start-up work that belongs to no user (loading the bank folder) with the SYSTEM role, which
     * only such service methods accept. No AccountPrincipal: {@link CurrentUser#get()} is empty.
     */
    public <T> T runAsSystem(Supplier<T> work) {
        return withAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))), work);
    }

    private static <T> T withAuthentication(Authentication authentication, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Start-up only: creates an account without a caller, e.g. the first admin from the environment. */
    @Transactional
    public UserSummary bootstrap(String username, String displayName, String password, Role role) {
        return create(username, displayName, password, role);
    }

    private UserSummary create(String rawUsername, String displayName, String password, Role role) {
        var username = Usernames.normalise(rawUsername);
        Usernames.problem(username).ifPresent(p -> {
            throw new InvalidInputException("username", p);
        });
        var name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("displayName", "Enter a name of 1 to 100 characters.");
        }
        PasswordPolicy.problem(username, password).ifPresent(p -> {
            throw new InvalidInputException("password", p);
        });
        if (users.existsByUsername(username)) {
            throw new InvalidInputException("username", "That username is taken.");
        }
        var user = users.save(new UserAccount(username, name, passwordEncoder.encode(password), role, clock.instant()));
        return user.toSummary();
    }

    private UserAccount load(Long userId) {
        return users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No user with id " + userId));
    }

    private static void refuseSelf(UserAccount user, String what) {
        if (user.getId().equals(CurrentUser.id())) {
            throw new InvalidInputException(null, "You cannot " + what + ".");
        }
    }

    private void endSessions(String username) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountPrincipal ap && ap.getUsername().equals(username))
                .flatMap(p -> sessionRegistry.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }
}
