package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;

/**
 * The roster as other modules see it: mentors and residents as views, looked up one at a time, by cohort, by
 * account or in a batch by id (one statement for a whole page), and the few changes their owners make to their own
 * row. No transaction of its own: a lookup joins the caller's, so a row read twice in it is read once.
 */
@Service
public class Roster {

    private final MentorRepository mentors;
    private final ResidentRepository residents;

    Roster(MentorRepository mentors, ResidentRepository residents) {
        this.mentors = mentors;
        this.residents = residents;
    }

    public Optional<MentorView> mentor(long id) {
        return mentors.findById(id).map(MentorView::of);
    }

    public Optional<MentorView> mentor(long cohortId, String code) {
        return mentors.findByCohortIdAndCode(cohortId, code).map(MentorView::of);
    }

    /** The mentors with these ids, in one statement, by id. */
    public Map<Long, MentorView> mentors(Collection<Long> ids) {
        return byId(mentors.findAllById(ids).stream().map(MentorView::of).toList(), MentorView::id);
    }

    /** A cohort's mentors by code. */
    public List<MentorView> mentorsOf(long cohortId) {
        return mentors.findByCohortIdOrderByCode(cohortId).stream().map(MentorView::of).toList();
    }

    /**
     * The mentors of a cohort with these codes, by code, in one statement (none for no codes): what a form names,
     * without reading the whole roster on every save.
     */
    public Map<String, MentorView> mentorsOf(long cohortId, Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : mentors.findByCohortIdAndCodeIn(cohortId, codes).stream()
                .map(MentorView::of).collect(Collectors.toMap(MentorView::code, Function.identity()));
    }

    /** The mentor rows of an account, one per cohort in which it mentors. */
    public List<MentorView> mentorsOfAccount(long userId) {
        return mentors.findByUserId(userId).stream().map(MentorView::of).toList();
    }

    public Optional<ResidentView> resident(long id) {
        return residents.findById(id).map(ResidentView::of);
    }

    public Optional<ResidentView> resident(long cohortId, String code) {
        return residents.findByCohortIdAndCode(cohortId, code).map(ResidentView::of);
    }

    /** The residents with these ids, in one statement, by id. */
    public Map<Long, ResidentView> residents(Collection<Long> ids) {
        return byId(residents.findAllById(ids).stream().map(ResidentView::of).toList(), ResidentView::id);
    }

    /** A cohort's residents by code. */
    public List<ResidentView> residentsOf(long cohortId) {
        return residents.findByCohortIdOrderByCode(cohortId).stream().map(ResidentView::of).toList();
    }

    /** The resident rows of an account, one per cohort in which it is a resident. */
    public List<ResidentView> residentsOfAccount(long userId) {
        return residents.findByUserId(userId).stream().map(ResidentView::of).toList();
    }

    public long residentCount(long cohortId) {
        return residents.countByCohortId(cohortId);
    }

    /** The residents who have saved their form: only they are suggested to mentors. */
    public List<String> residentCodesWithSavedForm(long cohortId) {
        return residents.findCodesWithSavedForm(cohortId);
    }

    /** Stores a resident's form and flushes it, so the view carries the new version. */
    public ResidentView saveForm(long residentId, ResidentForm form, Instant savedAt) {
        ResidentEntity entity = residents.findById(residentId).orElseThrow();
        entity.setCareerGoal(form.careerGoal());
        entity.setInterests(form.interests());
        entity.setAvailability(form.availability());
        entity.setRanking(form.ranking());
        entity.setAvoid(form.avoid());
        entity.setOpenToOtherSpecialties(form.openToOtherSpecialties());
        entity.setFormSavedAt(savedAt);
        return ResidentView.of(residents.saveAndFlush(entity));
    }

    /** Replaces a resident's ranking, written with the caller's transaction. */
    public void rank(long residentId, List<String> ranking) {
        residents.findById(residentId).orElseThrow().setRanking(ranking);
    }

    /** Stores a mentor's own profile, confirmed now, and flushes it, so the view carries the new version. */
    public MentorView saveProfile(long mentorId, MentorProfileChange profile, Instant confirmedAt) {
        MentorEntity entity = mentors.findById(mentorId).orElseThrow();
        entity.setSpecialty(profile.specialty());
        entity.setInterests(profile.interests());
        entity.setAvailability(profile.availability());
        entity.setCapacity(profile.capacity());
        entity.setAccepting(profile.accepting());
        entity.setConfirmedAt(confirmedAt);
        entity.setPreferredResidents(profile.preferredResidents());
        return MentorView.of(mentors.saveAndFlush(entity));
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
