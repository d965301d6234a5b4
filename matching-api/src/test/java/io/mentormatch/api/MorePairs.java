package io.mentormatch.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import io.mentormatch.api.TestData.World;
import io.mentormatch.api.account.UserAccountEntity;
import io.mentormatch.api.account.UserAccountRepository;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;

/** More accepted pairings in a published world, each member with an account: enough people to answer surveys. */
@Component
public class MorePairs {

    /** One pairing's two members and its id. */
    public record Pair(String resident, String mentor, long pairingId) {
    }

    private final UserAccountRepository accounts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final Pairings pairings;
    private final JdbcTemplate jdbc;
    private final String passwordHash;

    MorePairs(UserAccountRepository accounts, MentorRepository mentors, ResidentRepository residents, Pairings pairings,
              JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.mentors = mentors;
        this.residents = residents;
        this.pairings = pairings;
        this.jdbc = jdbc;
        this.passwordHash = encoder.encode(TestData.PASSWORD);
    }

    /** Pairs R3-F3, R4-F4, … of the world's run, accepted like the published ones. */
    public List<Pair> add(World world, long runId, int count) {
        List<Pair> added = new ArrayList<>();
        String tag = world.director().substring(world.director().indexOf('-') + 1);
        for (int i = 3; i < 3 + count; i++) {
            UserAccountEntity mentorAccount = account("mentor" + i + "-" + tag, Role.MENTOR);
            UserAccountEntity residentAccount = account("resident" + i + "-" + tag, Role.RESIDENT);
            MentorEntity mentor = new MentorEntity(world.cohortId(), "F" + i);
            mentor.setName("Dr. F" + i);
            mentor.setEmail(mentorAccount.getEmail());
            mentor.setUserId(mentorAccount.getId());
            mentor.setSpecialty("Cardiology");
            mentor.setCapacity(1);
            mentors.save(mentor);
            ResidentEntity resident = new ResidentEntity(world.cohortId(), "R" + i);
            resident.setName("Resident R" + i);
            resident.setEmail(residentAccount.getEmail());
            resident.setUserId(residentAccount.getId());
            residents.save(resident);
            long pairing = pairings.sent(world, runId, "R" + i, "F" + i);
            jdbc.update("update proposal set state = 'ACCEPTED', sent_at = (select min(sent_at) from proposal where"
                    + " cohort_id = ?) where id = ?", world.cohortId(), pairing);
            added.add(new Pair(residentAccount.getUsername(), mentorAccount.getUsername(), pairing));
        }
        return added;
    }

    private UserAccountEntity account(String username, Role role) {
        return accounts.save(new UserAccountEntity(username, username, username + "@example.org", passwordHash, role,
                null));
    }
}
