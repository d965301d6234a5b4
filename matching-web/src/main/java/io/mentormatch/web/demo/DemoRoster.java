package io.mentormatch.web.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.core.cohort.MentorKind;

/**
 * A demo cohort's people as a director imports them (the roster CSV files) and the forms its residents have sent,
 * so that the demo goes through the same services, checks and audit log as real data.
 */
final class DemoRoster {

    private DemoRoster() {
    }

    record Mentor(String code, String name, String email, MentorKind kind, String specialty, List<String> interests,
                  List<String> availability, int capacity, boolean accepting) {

        Mentor withCapacity(int places) {
            return new Mentor(code, name, email, kind, specialty, interests, availability, places, accepting);
        }
    }

    /** @param form the preference form the resident has sent, or null when they have not yet */
    record Resident(String code, String name, String email, String specialty, PreferenceForm form) {
    }

    static List<Mentor> mentors(DemoPeople people, int count, List<String> specialties, List<String> interests) {
        List<Mentor> mentors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean senior = i % 6 == 0;
            String name = people.name(senior ? "" : "Dr.");
            mentors.add(new Mentor(String.format("M%03d", i), name, DemoPeople.email(name),
                    senior ? MentorKind.SENIOR_RESIDENT : MentorKind.FACULTY,
                    senior ? specialties.get(0) : specialties.get((i - 1) % specialties.size()),
                    people.some(interests, people.between(3, 5)), people.hours(people.between(2, 4)),
                    senior ? 1 : people.between(1, 3), i != 7));
        }
        return mentors;
    }

    /** The first {@code submitted} residents have sent their form. */
    static List<Resident> residents(DemoPeople people, int count, String specialty, List<String> goals,
                                    List<String> interests, List<Mentor> mentorsToRank, int submitted) {
        List<Resident> residents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = people.name("");
            PreferenceForm form = i <= submitted ? form(people, goals, interests, mentorsToRank) : null;
            residents.add(new Resident(String.format("R%03d", i), name, DemoPeople.email(name), specialty, form));
        }
        return residents;
    }

    private static PreferenceForm form(DemoPeople people, List<String> goals, List<String> interests,
                                       List<Mentor> mentorsToRank) {
        String goal = people.pick(goals);
        List<String> chosenInterests = people.some(interests, people.between(2, 4));
        List<String> hours = people.hours(people.between(3, 5));
        List<String> ranking = ranking(people, goal, mentorsToRank);
        // a mentor not taking mentees cannot be ranked; dropped after the draw, so the other draws stay as they were
        ranking.removeIf(code -> mentorsToRank.stream().anyMatch(m -> m.code().equals(code) && !m.accepting()));
        boolean openToOtherSpecialties = people.chance(0.7);
        List<Mentor> notRanked = mentorsToRank.stream().filter(m -> !ranking.contains(m.code())).toList();
        List<String> avoid = !notRanked.isEmpty() && people.chance(0.1) ? List.of(people.pick(notRanked).code()) : List.of();
        return new PreferenceForm(goal, chosenInterests, hours, ranking, avoid, openToOtherSpecialties);
    }

    /** Residents rank mentors of their career goal first, then a couple of others. */
    private static List<String> ranking(DemoPeople people, String goal, List<Mentor> candidates) {
        List<String> ranking = new ArrayList<>();
        people.some(candidates.stream().filter(m -> m.specialty().equals(goal)).toList(), 2)
                .forEach(m -> ranking.add(m.code()));
        for (Mentor other : people.some(candidates, 4)) {
            if (ranking.size() < 3 && !ranking.contains(other.code())) {
                ranking.add(other.code());
            }
        }
        return ranking;
    }

    static byte[] mentorCsv(List<Mentor> mentors) {
        return csv(List.of("id", "name", "email", "kind", "specialty", "interests", "availability", "capacity", "accepting"),
                mentors.stream().map(m -> List.of(m.code(), m.name(), m.email(), m.kind().name(), m.specialty(),
                        String.join(";", m.interests()), String.join(";", m.availability()),
                        String.valueOf(m.capacity()), String.valueOf(m.accepting()))).toList());
    }

    /** Only who they are: what a resident tells about themself comes with the form they send. */
    static byte[] residentCsv(List<Resident> residents) {
        return csv(List.of("id", "name", "email", "specialty"),
                residents.stream().map(r -> List.of(r.code(), r.name(), r.email(), r.specialty())).toList());
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
