package io.mentormatch.core.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.mentormatch.core.cohort.CohortDocument.BanEntry;
import io.mentormatch.core.cohort.CohortDocument.MentorEntry;
import io.mentormatch.core.cohort.CohortDocument.PairEntry;
import io.mentormatch.core.cohort.CohortDocument.ResidentEntry;
import io.mentormatch.core.cohort.CohortDocument.WeightsSection;
import io.mentormatch.core.cohort.CohortProblem.Kind;

/**
 * Turns a parsed cohort file into a {@link Cohort}, collecting every problem instead of stopping at the first,
 * so that a director fixes a bad roster in one pass.
 */
public final class CohortValidator {

    private final List<CohortProblem> problems = new ArrayList<>();
    private final Map<String, Mentor> mentorsById = new HashMap<>();
    private final Map<String, Resident> residentsById = new HashMap<>();

    private CohortValidator() {
    }
    /** @throws InvalidCohortException with every problem found */
    public static Cohort validate(CohortDocument document) {
        return new CohortValidator().toCohort(document);
    }

    private Cohort toCohort(CohortDocument doc) {
        if (!Objects.equals(doc.formatVersion(), CohortDocument.FORMAT_VERSION)) {
            problem("formatVersion", null, "The file's format version is " + doc.formatVersion()
                    + "; this program reads version " + CohortDocument.FORMAT_VERSION + " only.");
        }
        CohortInfo info = info(doc.cohort());
        Weights weights = weights(doc.weights(), "weights", Weights.DEFAULT);
        PeerMentoring peer = doc.peerMentoring() == null ? null : new PeerMentoring(
                weights(doc.peerMentoring().weights(), "peerMentoring.weights", Weights.PEER_DEFAULT));
        List<Mentor> mentors = uniqueById(listOf(doc.mentors()), "mentors", MentorEntry::id, this::mentor);
        mentors.forEach(m -> mentorsById.put(m.id().value(), m));
        List<Resident> residents = uniqueById(listOf(doc.residents()), "residents", ResidentEntry::id, this::resident);
        residents.forEach(r -> residentsById.put(r.id().value(), r));
        checkReferences(doc, mentors, residents);
        List<PairBan> conflicts = bans(doc.conflicts(), "conflicts", InputRules::textProblem);
        // a decline's reason is the mentor's own words, free text as the decline form took it
        List<PairBan> declined = bans(doc.declined(), "declined", InputRules::freeTextProblem);
        List<Pair> pinned = pairs(doc.pinned(), "pinned");
        List<Pair> previous = pairs(doc.previousPairs(), "previousPairs");
        checkPins(pinned, conflicts, declined, info, peer != null);
        if (!problems.isEmpty()) {
            throw new InvalidCohortException(problems);
        }
        return new Cohort(info, weights, mentors, residents, conflicts, declined, pinned, previous, peer);
    }

    private CohortInfo info(CohortDocument.CohortSection section) {
        if (section == null || blank(section.id())) {
            problem("cohort.id", null, "is required");
            return new CohortInfo("", "", false, false);
        }
        InputRules.codeProblem(section.id()).ifPresent(p -> problem("cohort.id", null, p));
        checked("cohort.name", null, section.name(), InputRules.NAME);
        String name = blank(section.name()) ? section.id() : section.name();
        Integer familySize = section.familySize();
        if (familySize != null && familySize < CohortInfo.MIN_FAMILY_SIZE) {
            problem("cohort.familySize", null, "A family of " + familySize + " is too small: a family has at least "
                    + CohortInfo.MIN_FAMILY_SIZE + " residents; write " + CohortInfo.MIN_FAMILY_SIZE
                    + " or more, or leave the family size out for one-to-one mentoring.");
        }
        return new CohortInfo(section.id(), name, Boolean.TRUE.equals(section.requireSameSpecialty()),
                Boolean.TRUE.equals(section.preferContinuity()), familySize);
    }

    /** @param field where the section is, e.g. {@code weights} or {@code peerMentoring.weights} */
    private Weights weights(WeightsSection w, String field, Weights d) {
        if (w == null) {
            return d;
        }
        return new Weights(
                weight(field + ".specialty", "a matching specialty", w.specialty(), d.specialty()),
                weight(field + ".interests", "shared interests", w.interests(), d.interests()),
                weight(field + ".availability", "common hours", w.availability(), d.availability()),
                weight(field + ".residentRank", "the resident's ranking", w.residentRank(), d.residentRank()),
                weight(field + ".mentorPreference", "the mentor's preference", w.mentorPreference(),
                        d.mentorPreference()),
                weight(field + ".loadBalance", "an even load", w.loadBalance(), d.loadBalance()),
                weight(field + ".repeatPair", "last year's pairs", w.repeatPair(), d.repeatPair()));
    }

    /** @param what what the weight weighs, in words */
    private int weight(String field, String what, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < Weights.MIN || value > Weights.MAX) {
            problem(field, null, "Weight " + value + " for " + what + " is " + (value < Weights.MIN
                    ? "less than the lowest weight, " + Weights.MIN : "more than the highest weight, " + Weights.MAX)
                    + "; write a number from " + Weights.MIN + " to " + Weights.MAX + ".");
            return fallback;
        }
        return value;
    }

    /**
     * One mentor entry on its own, checked as {@link #validate} checks it, e.g. to update a cohort's recommendation
     * index in place after one profile changed; references to other people are not checked here.
     *
     * @throws InvalidCohortException naming every problem of the entry
     */
    public static Mentor validateMentor(MentorEntry entry) {
        CohortValidator validator = new CohortValidator();
        Mentor mentor = validator.mentor(entry);
        if (!validator.problems.isEmpty()) {
            throw new InvalidCohortException(validator.problems);
        }
        return mentor;
    }

    private Mentor mentor(MentorEntry e) {
        String field = "mentors[" + e.id() + "]";
        MentorKind kind = MentorKind.FACULTY;
        if (e.kind() != null) {
            Optional<MentorKind> written = InputRules.mentorKind(e.kind());
            if (written.isEmpty()) {
                problem(field + ".kind", e.id(), InputRules.mentorKindProblem(e.kind()));
            }
            kind = written.orElse(MentorKind.FACULTY);
        }
        int capacity = 0;
        if (e.capacity() == null) {
            problem(field + ".capacity", e.id(), "The capacity is missing; write how many mentees this mentor can take.");
        } else if (e.capacity() < 0) {
            problem(field + ".capacity", e.id(), "Capacity " + e.capacity()
                    + " is less than zero; write how many mentees this mentor can take, 0 or more.");
        } else {
            capacity = e.capacity();
        }
        return new Mentor(MentorId.of(e.id()), nameOr(checked(field + ".name", e.id(), e.name(), InputRules.NAME), e.id()),
                kind, checked(field + ".specialty", e.id(), e.specialty(), InputRules.NAME),
                interests(e.interests(), field, e.id()), availability(e.availability(), field, e.id()), capacity,
                !Boolean.FALSE.equals(e.accepting()),
                listOf(e.preferredResidents()).stream().map(ResidentId::of).toList());
    }

    private Resident resident(ResidentEntry e) {
        String field = "residents[" + e.id() + "]";
        return new Resident(ResidentId.of(e.id()), nameOr(checked(field + ".name", e.id(), e.name(), InputRules.NAME), e.id()),
                checked(field + ".specialty", e.id(), e.specialty(), InputRules.NAME),
                checked(field + ".careerGoal", e.id(), e.careerGoal(), InputRules.NAME),
                interests(e.interests(), field, e.id()), availability(e.availability(), field, e.id()),
                listOf(e.ranking()).stream().map(MentorId::of).toList(),
                listOf(e.avoid()).stream().map(MentorId::of).collect(java.util.stream.Collectors.toSet()),
                !Boolean.FALSE.equals(e.openToOtherSpecialties()));
    }

    private WeeklyAvailability availability(List<String> slots, String field, String id) {
        List<String> bad = listOf(slots).stream().filter(s -> WeeklyAvailability.hourOfWeek(s) < 0).toList();
        if (!bad.isEmpty()) {
            problem(field + ".availability", id, InputRules.slotsProblem(bad));
            return WeeklyAvailability.NONE;
        }
        return WeeklyAvailability.parse(listOf(slots)).orElseThrow();
    }

    private void checkReferences(CohortDocument doc, List<Mentor> mentors, List<Resident> residents) {
        for (Mentor m : mentors) {
            unknownResidents(m.preferredResidents().stream().map(ResidentId::value).toList(),
                    "mentors[" + m.id() + "].preferredResidents", m.id().value(), m.name());
        }
        for (Resident r : residents) {
            String field = "residents[" + r.id() + "]";
            List<String> ranking = r.ranking().stream().map(MentorId::value).toList();
            unknownMentors(ranking, field + ".ranking", r.id().value(), r.name());
            unknownMentors(r.avoid().stream().map(MentorId::value).sorted().toList(), field + ".avoid", r.id().value(),
                    r.name());
            Set<String> seen = new HashSet<>();
            ranking.stream().filter(id -> !seen.add(id)).distinct().forEach(id -> problem(field + ".ranking",
                    r.id().value(), "ranks mentor " + id + " more than once", Kind.RANKED_TWICE, r.name(), name(id)));
        }
    }

    private List<PairBan> bans(List<BanEntry> entries, String field, BiFunction<String, Integer, Optional<String>> reasonRule) {
        List<PairBan> bans = new ArrayList<>();
        List<BanEntry> list = listOf(entries);
        for (int i = 0; i < list.size(); i++) {
            BanEntry e = list.get(i);
            if (knownPair(e.resident(), e.mentor(), field + "[" + i + "]")) {
                bans.add(new PairBan(ResidentId.of(e.resident()), MentorId.of(e.mentor()),
                        checked(field + "[" + i + "].reason", e.resident(), e.reason(), InputRules.REASON, reasonRule)));
            }
        }
        return bans;
    }

    private List<Pair> pairs(List<PairEntry> entries, String field) {
        List<Pair> pairs = new ArrayList<>();
        List<PairEntry> list = listOf(entries);
        for (int i = 0; i < list.size(); i++) {
            PairEntry e = list.get(i);
            if (knownPair(e.resident(), e.mentor(), field + "[" + i + "]")) {
                pairs.add(new Pair(ResidentId.of(e.resident()), MentorId.of(e.mentor())));
            }
        }
        return pairs;
    }

    private boolean knownPair(String resident, String mentor, String field) {
        boolean known = true;
        if (resident == null || !residentsById.containsKey(resident)) {
            problem(field + ".resident", resident, "unknown resident " + resident, Kind.UNKNOWN_RESIDENT);
            known = false;
        }
        if (mentor == null || !mentorsById.containsKey(mentor)) {
            problem(field + ".mentor", mentor, "unknown mentor " + mentor, Kind.UNKNOWN_MENTOR);
            known = false;
        }
        return known;
    }

    /** A resident is pinned at most once per layer: once to a faculty mentor and once to a peer mentor. */
    private void checkPins(List<Pair> pinned, List<PairBan> conflicts, List<PairBan> declined, CohortInfo info,
                           boolean peerMentoring) {
        Set<Pair> banned = new HashSet<>();
        conflicts.forEach(b -> banned.add(b.pair()));
        declined.forEach(b -> banned.add(b.pair()));
        Set<Map.Entry<ResidentId, Layer>> pinnedResidents = new HashSet<>();
        Map<MentorId, Integer> pinsPerMentor = new HashMap<>();
        for (Pair pin : pinned) {
            String field = "pinned[" + pin.resident() + "]";
            Resident resident = residentsById.get(pin.resident().value());
            Mentor mentor = mentorsById.get(pin.mentor().value());
            if (!pinnedResidents.add(Map.entry(pin.resident(), Layer.of(peerMentoring, mentor.kind())))) {
                problem(field, pin.resident().value(), "resident " + pin.resident() + " is pinned more than once"
                        + (peerMentoring ? " in the same layer" : ""), Kind.PINNED_TWICE, resident.name());
            }
            if (banned.contains(pin) || resident.avoid().contains(pin.mentor())) {
                problem(field, pin.resident().value(), "pinned pair " + pin.resident() + "–" + pin.mentor()
                        + " is also banned (conflict, declined or avoid list)", Kind.PINNED_AND_BANNED,
                        resident.name(), mentor.name());
            }
            if (!mentor.accepting()) {
                problem(field, pin.mentor().value(), "mentor " + pin.mentor() + " is pinned but not accepting mentees",
                        Kind.PINNED_NOT_ACCEPTING, resident.name(), mentor.name());
            }
            if (info.requireSameSpecialty() && !SameSpecialty.holds(resident, mentor)) {
                problem(field, pin.resident().value(), "pinned pair " + pin.resident() + "–" + pin.mentor()
                        + " breaks the cohort's same-specialty rule", Kind.PINNED_OTHER_SPECIALTY,
                        resident.name(), mentor.name());
            }
            pinsPerMentor.merge(pin.mentor(), 1, Integer::sum);
        }
        pinsPerMentor.forEach((mentorId, pins) -> {
            int capacity = info.capacityOf(mentorsById.get(mentorId.value()));
            if (pins > capacity) {
                problems.add(new CohortProblem("pinned", mentorId.value(), "mentor " + mentorId + " has " + pins
                        + " pinned residents but a capacity of " + capacity, Kind.PINNED_OVER_CAPACITY,
                        List.of(mentorsById.get(mentorId.value()).name()), pins));
            }
        });
    }

    private <E, T> List<T> uniqueById(List<E> entries, String field, Function<E, String> id, Function<E, T> convert) {
        List<T> converted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            E entry = entries.get(i);
            String entryId = entry == null ? null : id.apply(entry);
            if (blank(entryId)) {
                problem(field + "[" + i + "].id", null, "is required");
            } else if (!seen.add(entryId)) {
                problem(field + "[" + i + "].id", entryId, "duplicate id " + entryId, Kind.DUPLICATE_ID);
            } else if (InputRules.codeProblem(entryId).isPresent()) {
                problem(field + "[" + i + "].id", null, InputRules.codeProblem(entryId).get());
            } else {
                converted.add(convert.apply(entry));
            }
        }
        return converted;
    }

    private void unknownMentors(List<String> ids, String field, String ownerId, String ownerName) {
        ids.stream().filter(id -> !mentorsById.containsKey(id)).forEach(id ->
                problem(field, ownerId, "unknown mentor " + id, Kind.UNKNOWN_MENTOR, ownerName));
    }

    private void unknownResidents(List<String> ids, String field, String ownerId, String ownerName) {
        ids.stream().filter(id -> !residentsById.containsKey(id)).forEach(id ->
                problem(field, ownerId, "unknown resident " + id, Kind.UNKNOWN_RESIDENT, ownerName));
    }

    private void problem(String field, String id, String message) {
        problems.add(new CohortProblem(field, id, message));
    }

    /** A problem about people: the message names ids (the command line's), the names are for pages and the API. */
    private void problem(String field, String id, String message, Kind kind, String... names) {
        problems.add(new CohortProblem(field, id, message, kind,
                java.util.Arrays.stream(names).filter(Objects::nonNull).toList(), 0));
    }

    /** The name of a mentor the file lists, null for one it does not. */
    private String name(String mentorId) {
        Mentor mentor = mentorsById.get(mentorId);
        return mentor == null ? null : mentor.name();
    }

    private List<String> interests(List<String> raw, String field, String id) {
        List<String> interests = new ArrayList<>(new LinkedHashSet<>(listOf(raw).stream()
                .filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList()));
        if (interests.size() > InputRules.INTERESTS) {
            problem(field + ".interests", id, "has " + interests.size() + " interests, at most " + InputRules.INTERESTS);
        }
        interests.forEach(interest -> checked(field + ".interests", id, interest, InputRules.INTEREST));
        return interests;
    }

    /** The trimmed text, after recording a problem if it breaks {@link InputRules}. */
    private String checked(String field, String id, String value, int maxLength) {
        return checked(field, id, value, maxLength, InputRules::textProblem);
    }

    private String checked(String field, String id, String value, int maxLength,
                           BiFunction<String, Integer, Optional<String>> rule) {
        rule.apply(value, maxLength).ifPresent(p -> problem(field, id, p));
        return text(value);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
    private static String nameOr(String name, String id) {
        return blank(name) ? id : name.trim();
    }

    private static String text(String value) {
        return Optional.ofNullable(value).map(String::trim).orElse("");
    }
    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
