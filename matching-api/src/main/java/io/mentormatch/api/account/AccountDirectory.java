package io.mentormatch.api.account;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;

/**
 * Finds accounts for the accounts page and {@code GET /api/users}: an administrator searches every account, a
 * director the residents and mentors on the rosters of their own program.
 */
@Service
public class AccountDirectory {

    private final CurrentActor currentActor;
    private final EntityManager entityManager;

    AccountDirectory(CurrentActor currentActor, EntityManager entityManager) {
        this.currentActor = currentActor;
        this.entityManager = entityManager;
    }

    /** The accounts the signed-in admin or director manages that match the search, by username. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public Page<UserView> search(AccountSearch search, Pageable pageable) {
        Actor actor = currentActor.require();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.q() != null && !search.q().isBlank()) {
            where.append(" and (lower(u.username) like :q escape '!' or lower(u.displayName) like :q escape '!'"
                    + " or lower(u.email) like :q escape '!')");
            parameters.put("q", "%" + search.q().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (search.role() != null) {
            where.append(" and u.role = :role");
            parameters.put("role", search.role());
        }
        if (search.enabled() != null) {
            where.append(" and u.enabled = :enabled");
            parameters.put("enabled", search.enabled());
        }
        if (search.programId() != null) {
            where.append(" and (u.programId = :programId or ").append(onRosterOf("programId")).append(')');
            parameters.put("programId", search.programId());
        }
        if (!actor.is(Role.ADMIN)) {
            where.append(" and u.role in (:managedRoles) and ").append(onRosterOf("scope"));
            parameters.put("managedRoles", List.of(Role.MENTOR, Role.RESIDENT));
            parameters.put("scope", actor.programId());
        }
        TypedQuery<UserAccountEntity> page = entityManager.createQuery(
                "select u from UserAccountEntity u" + where + " order by lower(u.username), u.id", UserAccountEntity.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(u) from UserAccountEntity u" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<UserView> content = page.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList().stream().map(UserView::of).toList();
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    private static String onRosterOf(String parameter) {
        return ("(exists (select r.id from ResidentEntity r, CohortEntity c where r.userId = u.id and c.id = r.cohortId"
                + " and c.programId = :%1$s) or exists (select m.id from MentorEntity m, CohortEntity c"
                + " where m.userId = u.id and c.id = m.cohortId and c.programId = :%1$s))").formatted(parameter);
    }
}
