package com.quizdeck.account;

import lombok.extern.slf4j.Slf4j;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with throttling and an audit line for every attempt. Built by
 * {@link SecurityConfig} rather than declared as a bean, so that Spring Security does not also set up
 * a global provider that would bypass the throttle.
 */
@Slf4j
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountUserDetailsService userDetails, PasswordEncoder encoder,
            LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = Usernames.normalise(authentication.getName());
        var address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var wait = throttle.blockedFor(username, address);
        if (wait.isPresent()) {
            log.warn("Sign-in refused (throttled) for user '{}' from {}", username, address);
            throw new LoginThrottledException(wait.get());
        }
        try {
            var result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    username, authentication.getCredentials()));
            throttle.recordSuccess(username, address);
            log.info("Sign-in succeeded for user '{}' from {}", username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            log.warn("Sign-in failed (bad credentials) for user '{}' from {}", username, address);
            throw e;
        } catch (DisabledException e) {
            log.warn("Sign-in refused (disabled account) for user '{}' from {}", username, address);
            throw new DisabledException("This account is disabled. Ask your teacher or an administrator.", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
