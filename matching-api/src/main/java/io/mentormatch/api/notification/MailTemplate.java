package io.mentormatch.api.notification;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every mail the service sends, in one place: subject and plain-text body as {@link MessageFormat} patterns.
 * Arguments: {0} the recipient's name, {1} the cohort's name, then what each template says below.
 */
enum MailTemplate {

    /** {2} the preference deadline. */
    FORM_OPENED("Your mentor preference form for {1} is open",
            """
            Dear {0},

            the mentor preference form for {1} is open until {2}. Tell us your interests, your weekly availability \
            and the mentors you would like, so that we can find you a good mentor.
            """),
    /** {2} the preference deadline. */
    DEADLINE_REMINDER("Reminder: the preference form for {1} closes {2}",
            """
            Dear {0},

            you have not filled in your mentor preference form for {1} yet. It closes {2}.
            """),
    /** {2} the resident's name, {3} the date by which to answer, {4} the reasons. */
    PROPOSAL_SENT("New mentee proposed: {2} ({1})",
            """
            Dear {0},

            we propose that you mentor {2} in {1}. Why this pairing:
            {4}

            Please accept or decline by {3}.
            """),
    /** {2} the mentor's name, {3} the resident's name, {4} ACCEPTED or DECLINED, {5} the mentor's reason. */
    DECISION("{2} {4} the proposal for {3} ({1})",
            """
            Dear {0},

            {2} answered the proposal to mentor {3} in {1}: {4}.
            Reason: {5}
            """),
    /** {2} the other person of the pairing, {3} the reasons. */
    PUBLISHED("Your mentoring pairing for {1} is published",
            """
            Dear {0},

            the pairings of {1} are published. You are paired with {2}. Why:
            {3}

            Sign in to see suggested times for your first meeting and add it to your calendar.
            """),
    /** To a director. {2} the resident's name, {3} the mentor's name. The member's reason stays in the app. */
    CHANGE_REQUESTED("Change of mentor requested: {2} ({1})",
            """
            Dear {0},

            a change of mentor was requested for the pairing of {2} with {3} in {1}.
            Sign in to read the reason, see the suggested mentors and decide.
            """),
    /** To the resident, the old and the new mentor. {2} the resident's name, {3} the old mentor, {4} the new one. */
    CHANGE_APPROVED("Change of mentor for {2} ({1})",
            """
            Dear {0},

            the program director approved a change of mentor in {1}: {2} is now mentored by {4} instead of {3}.
            The earlier pairing has ended; the new pairing starts today, and {4} is asked to confirm it. Sign in to \
            see it and plan a first meeting.
            """),
    /**
     * To a resident moved to make room for another resident's new mentor (a change of mentor, or a re-match after a
     * decline once published), their old and their new mentor. {2} the resident's
     * name, {3} the mentor before (or "no mentor"), {4} the new mentor.
     */
    PAIRING_MOVED("New mentor for {2} ({1})",
            """
            Dear {0},

            to make room for another resident's new mentor in {1}, the program director moved {2} to a new mentor: \
            {4} (before: {3}). The earlier pairing has ended; the new pairing starts today, and {4} is asked to \
            confirm it. Sign in to see it and plan a first meeting.
            """),
    /** To the mentor a withdrawn proposal was sent to. {2} the resident's name. */
    PROPOSAL_WITHDRAWN("Proposal withdrawn: {2} ({1})",
            """
            Dear {0},

            the program director re-matched {2} in {1} with another mentor, to fit everyone better. The proposal \
            that you mentor {2} is withdrawn; you need not answer it.
            """),
    /** To the mentor of a proposal the director took back before it was answered. {2} the resident's name. */
    PROPOSAL_RECALLED("Proposal withdrawn: {2} ({1})",
            """
            Dear {0},

            the program director withdrew the proposal that you mentor {2} in {1}, to review the pairings again. \
            You need not answer it. If it is sent again, you will get a new e-mail.
            """),
    /**
     * To a director. {2} the mentor who declined, {3} the resident's name, {4} the mentor's reason, {5} the suggested
     * mentor's name or a sentence that nobody has a free seat.
     */
    REMATCH_DRAFTED("Your review is needed: {2} declined {3} ({1})",
            """
            Dear {0},

            {2} declined the proposal to mentor {3} in {1}.
            Reason: {4}

            {5} Nothing has been sent yet: sign in to approve the suggestion or choose another mentor.
            """),
    /** To the member who asked. {2} the resident's name, {3} the mentor's name. */
    CHANGE_DECLINED("Your change of mentor request ({1})",
            """
            Dear {0},

            the program director declined the request to change the mentor of {2} ({3}) in {1}.
            The pairing continues; sign in or contact the program director to talk about it.
            """),
    /** {2} the other person of the pairing, {3} the date the next meeting is due. */
    MEETING_DUE("Time for your next mentoring meeting ({1})",
            """
            Dear {0},

            your next meeting with {2} is due by {3}. Sign in to find a time you share and to log it once you met.
            You can turn these reminders off on your "My mentoring" page.
            """),
    /** {2} the other person of the pairing, {3} the date the meeting was due. */
    MEETING_OVERDUE("Your mentoring meeting is overdue ({1})",
            """
            Dear {0},

            your meeting with {2} was due by {3} and none is logged yet. If you met, log it; if not, it is a good \
            week to meet. You can turn these reminders off on your "My mentoring" page.
            """),
    /** {2} the resident's name, {3} the mentor's name, {4} the reason. */
    PAIRING_AT_RISK("Mentoring pairing at risk: {2} and {3} ({1})",
            """
            Dear {0},

            the mentoring pairing of {2} and {3} in {1} is at risk: {4}.
            The program health dashboard lists every pairing that needs attention.
            """),
    /** To a director. {2} the person whose account the identity provider removed, {3} the resident, {4} the mentor. */
    MEMBER_DEPROVISIONED("A mentoring pairing lost a member: {3} and {4} ({1})",
            """
            Dear {0},

            the hospital's identity provider removed the account of {2}, so {2} can no longer sign in. The \
            mentoring pairing of {3} and {4} in {1} has lost a member; its meetings and goals are kept.
            You may want to find {3} another mentor, or check with the hospital whether this was intended.
            """),
    /**
     * To the owner of an account whose password an administrator or director reset. {1} is unused (no cohort),
     * {2} the single-use link, {3} the instant it expires. Only the owner's mailbox ever sees the link.
     */
    PASSWORD_LINK("Set your password for mentor matching",
            """
            Dear {0},

            your program asked us to send you a link to set a new password for mentor matching:

            {2}

            The link works once and expires {3}. Until you use it, your current password (if any) keeps working.
            If you did not expect this e-mail, you can ignore it.
            """);

    private final String subject;
    private final String body;

    MailTemplate(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Mail render(Object... arguments) {
        return new Mail(format(subject, arguments), format(body, arguments));
    }

    /** MessageFormat treats ' as a quote; names such as O'Brien must come out as written. */
    private static String format(String pattern, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(texts);
    }
}
