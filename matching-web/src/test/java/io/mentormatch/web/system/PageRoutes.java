package io.mentormatch.web.system;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Every page route with who may use it and, for a page POST, a form that works: the table the page role matrix and
 * the page bad-input test share. A route of the pages missing here fails both tests.
 */
final class PageRoutes {

    /** The callers, relative to a world of {@link PageWorlds}: its cohort, its mentor F1 and its resident R1. */
    enum Caller {
        ANONYMOUS, RESIDENT, MENTOR, OTHER_PROGRAMS_DIRECTOR, DIRECTOR, ADMIN
    }

    /** What a form field holds, which decides the bad values it is sent. */
    enum Kind {
        /** The hidden version of what the form edits. */
        VERSION,
        /** A whole number: an id, a count, a weight. */
        NUMBER,
        /** A name or label: plain text, no markup. */
        NAME,
        /** A user name or an e-mail address. */
        EMAIL,
        /** Free text such as a reason: markup is legal text there. */
        TEXT,
        /** A code of the cohort's own, such as a cohort code. */
        CODE,
        /** The code of a resident or mentor of the cohort. */
        MEMBER,
        /** One of a fixed set: a stage, a mode, a roster kind, an academic year. */
        CHOICE,
        BOOLEAN,
        DATE_TIME,
        INTEREST,
        SLOT,
        /** A roster file's content, posted as text or as a file. */
        CSV,
        /** A calendar file (.ics), posted as a file. */
        ICS,
        /** The https address of a published calendar, read instead of a file (its bad values leave the file out). */
        CALENDAR_URL,
        /** A button's value that only re-arranges the form shown (never stored): not attacked. */
        BUTTON
    }

    /** A form field; {@code alsoBad} are values bad for this field alone, beyond those of its kind. */
    record Field(String name, Kind kind, boolean required, String value, List<String> alsoBad) {

        static Field required(String name, Kind kind, String value) {
            return new Field(name, kind, true, value, List.of());
        }

        static Field optional(String name, Kind kind, String value) {
            return new Field(name, kind, false, value, List.of());
        }

        Field alsoBad(String... values) {
            return new Field(name, kind, required, value, List.of(values));
        }
    }

    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> MANAGERS = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR);
    static final Set<Caller> DIRECTORS_ANYWHERE = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.OTHER_PROGRAMS_DIRECTOR);
    /** As the API: an administrator may answer a proposal for a mentor (e.g. on the phone with them). */
    static final Set<Caller> MENTOR_OR_ADMIN = EnumSet.of(Caller.ADMIN, Caller.MENTOR);
    /** The resident R1 and the mentor F1 of the pairing R1-F1, and nobody else (not even an administrator). */
    static final Set<Caller> PAIRING_MEMBERS = EnumSet.of(Caller.RESIDENT, Caller.MENTOR);
    static final Set<Caller> COHORT_MEMBERS = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.MENTOR, Caller.RESIDENT);
    /** The two members of the pairing R1-F1 themselves: nobody answers or reads their surveys for them. */
    static final Set<Caller> PAIR_MEMBERS = EnumSet.of(Caller.MENTOR, Caller.RESIDENT);

    /**
     * A page route. {@code user} is who uses it in the bad-input test; {@code changes} says whether its form, when
     * valid, changes the database (so that test can check that the valid form works and the bad ones do not).
     */
    record Route(String method, String pattern, Stage stage, Set<Caller> allowed, Caller user, boolean changes,
                 List<Field> fields) {

        String key() {
            return method + " " + pattern;
        }

        boolean multipart() {
            return fields.stream().anyMatch(f -> f.name().equals("file"));
        }

        static Route get(String pattern, Stage stage, Set<Caller> allowed) {
            return new Route("GET", pattern, stage, allowed, null, false, List.of());
        }

        static Route post(String pattern, Stage stage, Set<Caller> allowed, Caller user, boolean changes, Field... fields) {
            return new Route("POST", pattern, stage, allowed, user, changes, List.of(fields));
        }
    }

    private static final String WEIGHT = "3";
    /** A calendar file with one weekly event, as a calendar program exports it. */
    private static final String WEEKLY_EVENT = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pages//EN",
            "BEGIN:VEVENT", "UID:1@example.org", "DTSTAMP:20270101T000000Z", "DTSTART:20270104T090000Z",
            "DTEND:20270104T100000Z", "RRULE:FREQ=WEEKLY", "END:VEVENT", "END:VCALENDAR", "");

    static final List<Route> ROUTES = List.of(
            Route.get("/", Stage.DRAFT, SIGNED_IN),
            Route.get("/login", Stage.DRAFT, EnumSet.allOf(Caller.class)),
            Route.get("/dashboard", Stage.DRAFT, DIRECTORS_ANYWHERE),
            Route.post("/cohorts", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("programId", Kind.NUMBER, "{program}"),
                    Field.required("code", Kind.CODE, "NEW-1"),
                    Field.required("name", Kind.NAME, "New cohort"),
                    Field.required("academicYear", Kind.CHOICE, "2028-2029"),
                    Field.optional("preferenceDeadline", Kind.DATE_TIME, "2099-01-01T10:00")),
            Route.get("/cohorts/{id}", Stage.DRAFT, MANAGERS),
            Route.post("/cohorts/{id}/settings", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("version", Kind.VERSION, "0"),
                    Field.required("name", Kind.NAME, "Renamed"),
                    Field.required("academicYear", Kind.CHOICE, "2027-2028"),
                    Field.optional("preferenceDeadline", Kind.DATE_TIME, "2099-01-01T10:00"),
                    Field.required("responseWindowDays", Kind.NUMBER, "7"),
                    Field.required("maxRankedMentors", Kind.NUMBER, "3"),
                    Field.optional("requireSameSpecialty", Kind.BOOLEAN, "true"),
                    Field.optional("preferContinuity", Kind.BOOLEAN, "false"),
                    Field.required("specialty", Kind.NUMBER, WEIGHT),
                    Field.required("interests", Kind.NUMBER, WEIGHT),
                    Field.required("availability", Kind.NUMBER, WEIGHT),
                    Field.required("residentRank", Kind.NUMBER, WEIGHT),
                    Field.required("mentorPreference", Kind.NUMBER, WEIGHT),
                    Field.required("loadBalance", Kind.NUMBER, WEIGHT),
                    Field.required("repeatPair", Kind.NUMBER, WEIGHT),
                    Field.optional("familySize", Kind.NUMBER, "4"),
                    Field.optional("peerMentoring", Kind.BOOLEAN, "true"),
                    Field.optional("reproposeDeclines", Kind.BOOLEAN, "false"),
                    Field.optional("peerSpecialty", Kind.NUMBER, WEIGHT),
                    Field.optional("peerInterests", Kind.NUMBER, WEIGHT),
                    Field.optional("peerAvailability", Kind.NUMBER, WEIGHT),
                    Field.optional("peerResidentRank", Kind.NUMBER, WEIGHT),
                    Field.optional("peerMentorPreference", Kind.NUMBER, WEIGHT),
                    Field.optional("peerLoadBalance", Kind.NUMBER, WEIGHT),
                    Field.optional("peerRepeatPair", Kind.NUMBER, WEIGHT)),
            Route.post("/cohorts/{id}/cadence", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("firstMeetingWeeks", Kind.NUMBER, "3"),
                    Field.required("everyWeeks", Kind.NUMBER, "8")),
            Route.post("/cohorts/{id}/stage", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("target", Kind.CHOICE, "OPEN_FOR_PREFERENCES")),
            Route.get("/cohorts/{id}/roster", Stage.DRAFT, MANAGERS),
            Route.post("/cohorts/{id}/roster/check", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, false,
                    Field.required("kind", Kind.CHOICE, "RESIDENTS"),
                    Field.required("file", Kind.CSV, "id,name\nR7,Seven\n")),
            Route.post("/cohorts/{id}/roster/import", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("kind", Kind.CHOICE, "RESIDENTS"),
                    Field.required("content", Kind.CSV, "id,name\nR7,Seven\n")),
            Route.get("/cohorts/{id}/runs", Stage.DRAFTS, MANAGERS),
            Route.get("/cohorts/{id}/comparison", Stage.OPEN, MANAGERS),
            Route.get("/cohorts/{id}/comparison/table", Stage.OPEN, MANAGERS),
            // issue 21: the actions that cannot be undone act only once confirmed (without it they show what will
            // happen, and change nothing); starting before the deadline also needs closing the forms ticked
            Route.post("/cohorts/{id}/runs", Stage.OPEN, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("mode", Kind.CHOICE, "stable"),
                    Field.required("timeLimitSeconds", Kind.NUMBER, "1"),
                    Field.required("confirmed", Kind.BOOLEAN, "true"),
                    Field.required("closePreferences", Kind.BOOLEAN, "true")),
            Route.get("/cohorts/{id}/runs/{runId}", Stage.DRAFTS, MANAGERS),
            Route.get("/cohorts/{id}/runs/{runId}/progress", Stage.DRAFTS, MANAGERS),
            Route.post("/cohorts/{id}/runs/{runId}/cancel", Stage.QUEUED_RUN, MANAGERS, Caller.DIRECTOR, true),
            Route.get("/cohorts/{id}/proposals", Stage.DRAFTS, MANAGERS),
            Route.post("/cohorts/{id}/proposals/{proposalId}/pin", Stage.DRAFTS, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("pinned", Kind.BOOLEAN, "true")),
            Route.post("/cohorts/{id}/proposals/preview", Stage.DRAFTS, MANAGERS, Caller.DIRECTOR, false,
                    Field.required("kind", Kind.CHOICE, "REASSIGN"),
                    Field.required("resident", Kind.MEMBER, "R1"),
                    Field.optional("mentor", Kind.MEMBER, "F2")),
            Route.post("/cohorts/{id}/proposals/apply", Stage.DRAFTS, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("kind", Kind.CHOICE, "REASSIGN"),
                    Field.required("resident", Kind.MEMBER, "R1"),
                    Field.required("mentor", Kind.MEMBER, "F2"),
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/cohorts/{id}/proposals/send", Stage.DRAFTS, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/cohorts/{id}/proposals/withdraw", Stage.PROPOSED, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/cohorts/{id}/proposals/{proposalId}/withdraw", Stage.PROPOSED, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/cohorts/{id}/proposals/swaps/{swapId}/revert", Stage.SWAPPED, MANAGERS, Caller.DIRECTOR, true),
            Route.get("/cohorts/{id}/proposals/{proposalId}/rematch-preview", Stage.DECLINED, MANAGERS),
            Route.post("/cohorts/{id}/proposals/{proposalId}/rematch", Stage.DECLINED, MANAGERS, Caller.DIRECTOR, true,
                    Field.optional("k", Kind.NUMBER, "1"),
                    Field.optional("allowAccepted", Kind.MEMBER, ""),
                    Field.optional("stamp", Kind.CODE, "")),
            Route.get("/cohorts/{id}/rematch-drafts", Stage.DECLINED, MANAGERS),
            Route.get("/cohorts/{id}/rematch-drafts/{draftId}", Stage.DECLINED, MANAGERS),
            Route.post("/cohorts/{id}/rematch-drafts/{draftId}/approve", Stage.DECLINED, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("mentor", Kind.MEMBER, "F2")),
            Route.post("/cohorts/{id}/publish", Stage.PROPOSED, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("override", Kind.BOOLEAN, "true"),
                    Field.required("reason", Kind.TEXT, "term starts"),
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.get("/published", Stage.PUBLISHED, SIGNED_IN),
            Route.get("/cohorts/{id}/published", Stage.PUBLISHED, COHORT_MEMBERS),
            Route.post("/cohorts/{id}/next-year", Stage.PUBLISHED, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/cohorts/{id}/continuity-requests/{continuityId}/pin", Stage.CONTINUING, MANAGERS, Caller.DIRECTOR, true),
            Route.get("/preferences/{cohortId}/continuity", Stage.CONTINUING, EnumSet.of(Caller.RESIDENT)),
            Route.post("/preferences/{cohortId}/continuity", Stage.CONTINUING, EnumSet.of(Caller.RESIDENT), Caller.RESIDENT, true),
            Route.get("/cohorts/{id}/published/pairings.csv", Stage.PUBLISHED, MANAGERS),
            Route.get("/cohorts/{id}/published/{pairingId}/first-meeting.ics", Stage.PUBLISHED, COHORT_MEMBERS),
            Route.get("/cohorts/{id}/published/{pairingId}/family-meetings.ics", Stage.FAMILIES, COHORT_MEMBERS),
            Route.get("/cohorts/{id}/published/{pairingId}/change-request", Stage.PUBLISHED, PAIRING_MEMBERS),
            Route.post("/cohorts/{id}/published/{pairingId}/change-request", Stage.PUBLISHED, PAIRING_MEMBERS,
                    Caller.RESIDENT, true,
                    Field.required("reason", Kind.TEXT, "we never find a time to meet")),
            Route.get("/cohorts/{id}/change-requests", Stage.CHANGE_REQUESTED, MANAGERS),
            Route.post("/cohorts/{id}/change-requests/{requestId}/approve", Stage.CHANGE_REQUESTED, MANAGERS,
                    Caller.DIRECTOR, true,
                    Field.required("mentor", Kind.MEMBER, "F2")),
            Route.get("/cohorts/{id}/change-requests/{requestId}", Stage.CHANGE_REQUESTED, MANAGERS),
            Route.get("/cohorts/{id}/change-requests/{requestId}/rematch-preview", Stage.CHANGE_REQUESTED, MANAGERS),
            Route.post("/cohorts/{id}/change-requests/{requestId}/approve-moves", Stage.CHANGE_REQUESTED, MANAGERS,
                    Caller.DIRECTOR, true,
                    Field.optional("k", Kind.NUMBER, "1"),
                    Field.optional("allowAccepted", Kind.MEMBER, ""),
                    Field.optional("stamp", Kind.CODE, "")),
            Route.post("/cohorts/{id}/change-requests/{requestId}/decline", Stage.CHANGE_REQUESTED, MANAGERS,
                    Caller.DIRECTOR, true,
                    Field.required("reason", Kind.TEXT, "give it two more months")),
            Route.get("/cohorts/{id}/health", Stage.PUBLISHED, MANAGERS),
            Route.get("/cohorts/{id}/health/report", Stage.PUBLISHED, MANAGERS),
            Route.get("/cohorts/{id}/health.csv", Stage.PUBLISHED, MANAGERS),
            Route.get("/mentoring", Stage.PUBLISHED, SIGNED_IN),
            Route.post("/mentoring/{cohortId}/pairings/{pairingId}/meetings", Stage.PUBLISHED, PAIRING_MEMBERS, Caller.RESIDENT, true,
                    Field.required("date", Kind.DATE_TIME, "{today}"),
                    Field.required("minutes", Kind.NUMBER, "45"),
                    Field.required("format", Kind.CHOICE, "VIDEO"),
                    Field.optional("otherTopics", Kind.INTEREST, "Board prep")),
            Route.post("/mentoring/{cohortId}/pairings/{pairingId}/meetings/{meetingId}/confirm", Stage.PUBLISHED,
                    EnumSet.of(Caller.MENTOR), Caller.MENTOR, true),
            Route.post("/mentoring/{cohortId}/pairings/{pairingId}/goals", Stage.PUBLISHED, PAIRING_MEMBERS, Caller.MENTOR, true,
                    Field.required("text", Kind.TEXT, "Present at grand rounds"),
                    Field.required("competency", Kind.CHOICE, "COMMUNICATION")),
            Route.get("/mentoring/{cohortId}/pairings/{pairingId}/meetings.ics", Stage.PUBLISHED, COHORT_MEMBERS),
            Route.get("/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}/edit", Stage.PUBLISHED, PAIRING_MEMBERS),
            Route.post("/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}/edit", Stage.PUBLISHED, PAIRING_MEMBERS,
                    Caller.RESIDENT, true,
                    Field.required("text", Kind.TEXT, "Present at grand rounds twice"),
                    Field.required("competency", Kind.CHOICE, "COMMUNICATION"),
                    Field.optional("status", Kind.CHOICE, "ACHIEVED"),
                    Field.optional("targetDate", Kind.DATE_TIME, "2099-06-30")),
            Route.get("/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}/delete", Stage.PUBLISHED, PAIRING_MEMBERS),
            Route.post("/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}/delete", Stage.PUBLISHED, PAIRING_MEMBERS,
                    Caller.RESIDENT, true),
            Route.post("/mentoring/reminders", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, false,
                    Field.optional("optionalReminders", Kind.BOOLEAN, "false")),
            Route.get("/inbox", Stage.PROPOSED, SIGNED_IN),
            Route.get("/inbox/{cohortId}", Stage.PROPOSED, EnumSet.of(Caller.MENTOR)),
            Route.post("/inbox/{cohortId}/proposals/{proposalId}/accept", Stage.PROPOSED, MENTOR_OR_ADMIN,
                    Caller.MENTOR, true,
                    Field.required("version", Kind.VERSION, "0")),
            Route.post("/inbox/{cohortId}/proposals/{proposalId}/decline", Stage.PROPOSED, MENTOR_OR_ADMIN,
                    Caller.MENTOR, true,
                    Field.required("version", Kind.VERSION, "0"),
                    Field.required("reason", Kind.TEXT, "no time this year"),
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/inbox/{cohortId}/profile", Stage.OPEN, EnumSet.of(Caller.MENTOR), Caller.MENTOR, true,
                    Field.required("version", Kind.VERSION, "0"),
                    Field.required("specialty", Kind.NAME, "Cardiology"),
                    Field.optional("interests", Kind.INTEREST, "research"),
                    Field.optional("availability", Kind.SLOT, "TUE-09"),
                    Field.required("capacity", Kind.NUMBER, "3"),
                    Field.optional("accepting", Kind.BOOLEAN, "true"),
                    Field.optional("preferredResidents", Kind.MEMBER, "R1")),
            Route.get("/preferences", Stage.OPEN, SIGNED_IN),
            Route.get("/preferences/{cohortId}", Stage.OPEN, EnumSet.of(Caller.RESIDENT)),
            Route.post("/preferences/{cohortId}", Stage.OPEN, EnumSet.of(Caller.RESIDENT), Caller.RESIDENT, true,
                    Field.required("version", Kind.VERSION, "0"),
                    Field.optional("careerGoal", Kind.NAME, "Cardiology"),
                    Field.optional("interests", Kind.INTEREST, "research"),
                    Field.optional("availability", Kind.SLOT, "MON-18"),
                    Field.optional("ranking", Kind.MEMBER, "F2"),
                    Field.optional("avoid", Kind.MEMBER, "F1"),
                    Field.optional("openToOtherSpecialties", Kind.BOOLEAN, "true"),
                    Field.optional("action", Kind.BUTTON, "submit")),
            Route.get("/surveys", Stage.SURVEYS_DUE, SIGNED_IN),
            Route.get("/surveys/{surveyId}", Stage.SURVEYS_DUE, PAIR_MEMBERS),
            Route.post("/surveys/{surveyId}", Stage.SURVEYS_DUE, PAIR_MEMBERS, Caller.RESIDENT, true,
                    Field.required("score", Kind.NUMBER, "4"),
                    Field.optional("text", Kind.TEXT, "a good start")),
            Route.get("/cohorts/{id}/surveys", Stage.SURVEYS_DUE, MANAGERS),
            // issue 19 (privacy of the year): a director may switch single answers off; only an administrator
            // switches them on (SurveyPagesTest posts "true" as a director and gets 403)
            Route.post("/cohorts/{id}/surveys/settings", Stage.SURVEYS_DUE, MANAGERS, Caller.DIRECTOR, true,
                    Field.optional("showIndividualAnswers", Kind.BOOLEAN, "false")),
            Route.get("/cohorts/{id}/surveys/questions", Stage.DRAFT, MANAGERS),
            Route.post("/cohorts/{id}/surveys/questions", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("kind", Kind.CHOICE, "first-meeting"),
                    Field.required("scoreQuestion", Kind.NAME, "Does this pairing work for you?"),
                    Field.required("textQuestion", Kind.NAME, "Anything else?")),
            // the world asks the default wording: a valid reset changes nothing, and says so
            Route.post("/cohorts/{id}/surveys/questions/reset", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, false,
                    Field.required("kind", Kind.CHOICE, "mid-year")),
            Route.post("/preferences/{cohortId}/recommendations", Stage.OPEN, EnumSet.of(Caller.RESIDENT), Caller.RESIDENT,
                    false,
                    Field.required("version", Kind.VERSION, "0"),
                    Field.optional("careerGoal", Kind.NAME, "Cardiology"),
                    Field.optional("interests", Kind.INTEREST, "research"),
                    Field.optional("availability", Kind.SLOT, "MON-18"),
                    Field.optional("ranking", Kind.MEMBER, "F2"),
                    Field.optional("avoid", Kind.MEMBER, "F1")),
            Route.get("/preferences/{cohortId}/similar", Stage.OPEN, EnumSet.of(Caller.RESIDENT)),
            Route.get("/accounts", Stage.DRAFT, DIRECTORS_ANYWHERE),
            Route.post("/accounts", Stage.DRAFT, EnumSet.of(Caller.ADMIN), Caller.ADMIN, true,
                    Field.required("username", Kind.EMAIL, "new.person.{program}"),
                    Field.required("displayName", Kind.NAME, "New Person"),
                    Field.optional("email", Kind.EMAIL, "new.person-{program}@example.org"),
                    Field.required("role", Kind.CHOICE, "RESIDENT"),
                    Field.optional("programId", Kind.NUMBER, "{program}")),
            Route.get("/accounts/{username}", Stage.DRAFT, MANAGERS),
            Route.post("/accounts/{username}", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("displayName", Kind.NAME, "Renamed"),
                    Field.optional("email", Kind.EMAIL, "renamed-{program}@example.org"),
                    Field.required("role", Kind.CHOICE, "MENTOR"),
                    Field.optional("programId", Kind.NUMBER, "{program}")),
            Route.post("/accounts/{username}/enabled", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("enabled", Kind.BOOLEAN, "false"),
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.post("/accounts/{username}/password-reset", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true),
            // issue 21: accounts tied to people (R1 is the account's own roster row: linking again changes nothing),
            // one's own account, and the audit log (a director anywhere reads their own program's entries)
            Route.get("/account", Stage.DRAFT, SIGNED_IN),
            Route.get("/accounts/{username}/link", Stage.DRAFT, EnumSet.of(Caller.ADMIN)),
            Route.post("/accounts/{username}/link", Stage.DRAFT, EnumSet.of(Caller.ADMIN), Caller.ADMIN, false,
                    Field.required("cohortId", Kind.NUMBER, "{cohort}"),
                    Field.required("code", Kind.MEMBER, "R1")),
            // a director creates a roster person's account (PageWorlds.prepare takes R1's or F1's account away first)
            Route.post("/cohorts/{id}/roster/residents/{resident}/account", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true),
            Route.post("/cohorts/{id}/roster/mentors/{mentor}/account", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true),
            Route.get("/audit", Stage.DRAFT, DIRECTORS_ANYWHERE),
            // the second factor (issue 19): {totp-started} and {totp-on} become a right code (PageSecondFactors)
            Route.get("/login/code", Stage.DRAFT, SIGNED_IN),
            Route.get("/account/second-factor", Stage.DRAFT, SIGNED_IN),
            Route.post("/account/second-factor/start", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true),
            Route.post("/account/second-factor/confirm", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true,
                    Field.required("code", Kind.NUMBER, "{totp-started}")),
            Route.post("/account/second-factor/off", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true,
                    Field.optional("code", Kind.NUMBER, "{totp-on}")),
            Route.get("/account/password", Stage.DRAFT, SIGNED_IN),
            Route.post("/account/password", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true,
                    Field.required("currentPassword", Kind.TEXT, PageWorlds.PASSWORD),
                    Field.required("newPassword", Kind.TEXT, "amber-otter-lantern-47"),
                    Field.required("confirmation", Kind.TEXT, "amber-otter-lantern-47")),
            // issue 19, personal API tokens: each person's own; the world's token is resident R1's
            // issue 23, Teams and Slack notices: the program's directors and the administrators (each world's program
            // has a webhook whose stored address does not decrypt, so a test message is given up without a network call)
            Route.get("/programs/{programId}/webhook", Stage.DRAFT, MANAGERS),
            Route.post("/programs/{programId}/webhook", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("service", Kind.CHOICE, "TEAMS"),
                    Field.optional("url", Kind.TEXT, "https://hooks.slack.com/services/T0/B0/pages"),
                    Field.optional("events", Kind.CHOICE, "DECLINE")),
            Route.post("/programs/{programId}/webhook/test", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true),
            Route.post("/programs/{programId}/webhook/remove", Stage.DRAFT, MANAGERS, Caller.DIRECTOR, true,
                    Field.required("confirmed", Kind.BOOLEAN, "true")),
            Route.get("/account/tokens", Stage.DRAFT, SIGNED_IN),
            Route.post("/account/tokens", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true,
                    Field.required("name", Kind.NAME, "Nightly export"),
                    // a SCIM provisioning token is an administrator's alone: the resident is refused it
                    Field.required("scope", Kind.CHOICE, "read").alsoBad("scim"),
                    Field.required("expiresInDays", Kind.NUMBER, "30")),
            Route.get("/account/tokens/{tokenId}/revoke", Stage.DRAFT, EnumSet.of(Caller.RESIDENT)),
            Route.post("/account/tokens/{tokenId}/revoke", Stage.DRAFT, EnumSet.of(Caller.RESIDENT), Caller.RESIDENT, true),
            // issue 23, calendars: each person's own calendar address (replacing and revoking ask first on a page of
            // their own); the resident's form proposes its weekly hours from a calendar file, unsaved
            Route.get("/account/calendar", Stage.DRAFT, SIGNED_IN),
            Route.post("/account/calendar", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true),
            Route.get("/account/calendar/replace", Stage.DRAFT, SIGNED_IN),
            Route.post("/account/calendar/replace", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, true),
            Route.get("/account/calendar/revoke", Stage.DRAFT, SIGNED_IN),
            Route.post("/account/calendar/revoke", Stage.DRAFT, SIGNED_IN, Caller.RESIDENT, false),
            Route.get("/preferences/{cohortId}/calendar", Stage.OPEN, EnumSet.of(Caller.RESIDENT)),
            Route.post("/preferences/{cohortId}/calendar", Stage.OPEN, EnumSet.of(Caller.RESIDENT), Caller.RESIDENT, false,
                    Field.required("file", Kind.ICS, WEEKLY_EVENT), Field.optional("url", Kind.CALENDAR_URL, "")),
            // the mentor's profile does the same
            Route.get("/inbox/{cohortId}/calendar", Stage.OPEN, EnumSet.of(Caller.MENTOR)),
            Route.post("/inbox/{cohortId}/calendar", Stage.OPEN, EnumSet.of(Caller.MENTOR), Caller.MENTOR, false,
                    Field.required("file", Kind.ICS, WEEKLY_EVENT), Field.optional("url", Kind.CALENDAR_URL, "")),
            // accounts never reach across programs (issue 19): a temporary password for a person without e-mail
            // (administrators), and the page a mailed link opens to set a password (no sign-in: the token is the proof)
            Route.post("/accounts/{username}/temporary-password", Stage.WITHOUT_EMAIL, EnumSet.of(Caller.ADMIN),
                    Caller.ADMIN, true),
            Route.get("/set-password/{token}", Stage.DRAFT, EnumSet.allOf(Caller.class)),
            Route.post("/set-password/{token}", Stage.DRAFT, EnumSet.allOf(Caller.class), Caller.RESIDENT, true,
                    Field.required("newPassword", Kind.TEXT, "violet-harbor-compass-81"),
                    Field.required("confirmation", Kind.TEXT, "violet-harbor-compass-81")));

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private PageRoutes() {
    }

    /** "GET /cohorts/{id}" and the like for every page route (handlers of the web module), or only those of one method. */
    static Set<String> handled(RequestMappingHandlerMapping mapping, String onlyMethod) {
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("io.mentormatch.web")) {
                info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                        .filter(method -> onlyMethod == null || method.name().equals(onlyMethod))
                        .forEach(method -> routes.add(method.name() + " " + pattern)));
            }
        });
        return routes;
    }

    /** The path of a route in a world, each id variable taken from the world unless {@code ids} names another value. */
    static String path(String pattern, World world, Map<String, String> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            matcher.appendReplacement(path, ids.getOrDefault(variable, id(variable, world)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    static Set<String> variables(String pattern) {
        Set<String> variables = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    static String id(String variable, World world) {
        return switch (variable) {
            case "id", "cohortId" -> Long.toString(world.cohortId);
            case "programId" -> Long.toString(world.programId);
            case "proposalId", "pairingId" -> Long.toString(world.proposalR1);
            case "runId" -> Long.toString(world.runId);
            case "requestId" -> Long.toString(world.changeRequest);
            case "draftId" -> Long.toString(world.rematchDraft);
            case "surveyId" -> world.proposalR1 + "-first-meeting";
            case "meetingId" -> Long.toString(world.meetingR1);
            case "goalId" -> Long.toString(world.goalR1);
            case "continuityId" -> Long.toString(world.continuityId);
            case "username" -> world.resident1;
            case "resident" -> "R1";
            case "mentor" -> "F1";
            case "tokenId" -> Long.toString(world.tokenR1);
            case "swapId" -> Long.toString(world.swapId);
            case "token" -> world.passwordLink;
            default -> throw new IllegalArgumentException("no id for {" + variable + "}: add it to PageRoutes.id");
        };
    }

    /** The user name of a caller in a world; the director of another program comes from {@code outsider}. */
    static String username(Caller caller, World world, Function<World, String> outsider) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case RESIDENT -> world.resident1;
            case MENTOR -> world.mentor1;
            case OTHER_PROGRAMS_DIRECTOR -> outsider.apply(world);
            case DIRECTOR -> world.director;
            case ADMIN -> world.admin;
        };
    }
}
