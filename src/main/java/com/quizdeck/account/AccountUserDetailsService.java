package com.quizdeck.account;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(Usernames.normalise(username))
                .map(AccountUserDetailsService::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    static AccountPrincipal toPrincipal(UserAccount u) {
        return new AccountPrincipal(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(),
                u.getRole(), u.isEnabled());
    }
}
