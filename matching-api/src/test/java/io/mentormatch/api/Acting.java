package io.mentormatch.api;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.mentormatch.api.system.UserAccount;
import io.mentormatch.api.system.UserAccountRepository;

/** Calls the secured services as a given account, as a web page would, without HTTP. */
@Component
public class Acting {

    private final UserAccountRepository accounts;

    Acting(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(account.getRole().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
