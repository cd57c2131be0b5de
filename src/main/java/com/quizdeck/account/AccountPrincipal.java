package com.quizdeck.account;

import com.quizdeck.base.DisplayNamed;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user as Spring Security keeps them. Carries the id so that services can check
 * ownership without a database round trip; equality is by username (inherited), which the
 * session registry relies on to find a user's sessions.
 */
public class AccountPrincipal extends User implements DisplayNamed {

    private final Long id;
    private final String displayName;
    private final Role role;

    AccountPrincipal(Long id, String username, String passwordHash, String displayName, Role role, boolean enabled) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.id = id;
        this.displayName = displayName;
        this.role = role;
    }

    public Long id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }
}
