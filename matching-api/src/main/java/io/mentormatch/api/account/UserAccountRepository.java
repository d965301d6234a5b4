package io.mentormatch.api.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.mentormatch.api.access.Role;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByUsernameIgnoreCase(String username);

    Optional<UserAccountEntity> findByEmailIgnoreCase(String email);

    /** Every account with this e-mail: the column is not unique, and single sign-on must not pick one at random. */
    List<UserAccountEntity> findAllByEmailIgnoreCase(String email);

    Optional<UserAccountEntity> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    List<UserAccountEntity> findByRoleAndProgramIdAndEnabledTrue(Role role, Long programId);

    /** A program's directors, enabled or not, that an identity provider has not deleted. */
    List<UserAccountEntity> findByRoleAndProgramIdAndDeprovisionedAtIsNullOrderById(Role role, Long programId);

    /** Locked, so that two changes at once cannot each leave the other as the last administrator and then none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccountEntity u where u.role = io.mentormatch.api.access.Role.ADMIN and u.enabled = true order by u.id")
    List<UserAccountEntity> lockEnabledAdministrators();

    /** Whether the account is on a roster (as resident or mentor) of a cohort of the program. */
    @Query("""
            select count(u) > 0 from UserAccountEntity u where u.id = :userId and (
              exists (select r.id from ResidentEntity r, CohortEntity c
                      where r.userId = u.id and c.id = r.cohortId and c.programId = :programId)
              or exists (select m.id from MentorEntity m, CohortEntity c
                         where m.userId = u.id and c.id = m.cohortId and c.programId = :programId))""")
    boolean isOnRosterOf(long userId, long programId);

    /**
     * Whether the account is on a roster of a cohort of any other program: such an account is no single director's
     * to manage, and no other program's import may link to it.
     */
    @Query("""
            select count(u) > 0 from UserAccountEntity u where u.id = :userId and (
              exists (select r.id from ResidentEntity r, CohortEntity c
                      where r.userId = u.id and c.id = r.cohortId and c.programId <> :programId)
              or exists (select m.id from MentorEntity m, CohortEntity c
                         where m.userId = u.id and c.id = m.cohortId and c.programId <> :programId))""")
    boolean isOnRosterOutside(long userId, long programId);

    /** Whether a roster row of another program's cohort carries this e-mail address (in any case). */
    @Query("""
            select count(c) > 0 from CohortEntity c where c.programId <> :programId and (
              exists (select r.id from ResidentEntity r where r.cohortId = c.id and lower(r.email) = lower(:email))
              or exists (select m.id from MentorEntity m where m.cohortId = c.id and lower(m.email) = lower(:email)))""")
    boolean rosterOutsideHoldsEmail(String email, long programId);

    /** Whether an account other than this one has the e-mail address (in any case); null: any account. */
    @Query("select count(u) > 0 from UserAccountEntity u where lower(u.email) = lower(:email) and (:id is null or u.id <> :id)")
    boolean emailTakenByOther(String email, Long id);
}
