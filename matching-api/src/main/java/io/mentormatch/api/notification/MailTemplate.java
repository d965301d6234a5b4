package io.mentormatch.api.notification;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Every mail the service sends, in one place. Its words live in the message catalogue ({@code messages.properties}):
 * {@code mail.<key>.subject} and {@code mail.<key>.body}, plain-text {@link java.text.MessageFormat} patterns.
 * Arguments: {0} the recipient's name, {1} the cohort's name, then what each template says below; the number is how
 * many arguments the mail takes in all.
 */
enum MailTemplate {

    /** {2} the preference deadline. */
    FORM_OPENED(3),
    /** {2} the preference deadline. */
    DEADLINE_REMINDER(3),
    /** {2} the resident's name, {3} the date by which to answer, {4} the reasons. */
    PROPOSAL_SENT(5),
    /** {2} the mentor's name, {3} the resident's name, {4} "accepted" or "declined", {5} the mentor's reason. */
    DECISION(6),
    /** {2} the other person of the pairing, {3} the reasons. */
    PUBLISHED(4),
    /** To a director. {2} the resident's name, {3} the mentor's name. The member's reason stays in the app. */
    CHANGE_REQUESTED(4),
    /** To the resident, the old and the new mentor. {2} the resident's name, {3} the old mentor, {4} the new one. */
    CHANGE_APPROVED(5),
    /**
     * To a resident moved to make room for another resident's new mentor (a change of mentor, or a re-match after a
     * decline once published), their old and their new mentor. {2} the resident's
     * name, {3} the mentor before (or "no mentor"), {4} the new mentor.
     */
    PAIRING_MOVED(5),
    /** To the mentor a withdrawn proposal was sent to. {2} the resident's name. */
    PROPOSAL_WITHDRAWN(3),
    /** To the mentor of a proposal the director took back before it was answered. {2} the resident's name. */
    PROPOSAL_RECALLED(3),
    /**
     * To a director. {2} the mentor who declined, {3} the resident's name, {4} the mentor's reason, {5} the suggested
     * mentor's name or a sentence that nobody has a free seat.
     */
    REMATCH_DRAFTED(6),
    /** To the member who asked. {2} the resident's name, {3} the mentor's name. */
    CHANGE_DECLINED(4),
    /** {2} the other person of the pairing, {3} the date the next meeting is due. */
    MEETING_DUE(4),
    /** {2} the other person of the pairing, {3} the date the meeting was due. */
    MEETING_OVERDUE(4),
    /** {2} the resident's name, {3} the mentor's name, {4} the reason. */
    PAIRING_AT_RISK(5),
    /** To a director. {2} the person whose account the identity provider removed, {3} the resident, {4} the mentor. */
    MEMBER_DEPROVISIONED(5),
    /**
     * To the owner of an account whose password an administrator or director reset. {1} is unused (no cohort),
     * {2} the single-use link, {3} the instant it expires. Only the owner's mailbox ever sees the link.
     */
    PASSWORD_LINK(4);

    /** The product speaks English; the catalogue has no other language. */
    static final Locale LANGUAGE = Locale.ENGLISH;

    private final int arguments;

    MailTemplate(int arguments) {
        this.arguments = arguments;
    }

    /** The mail's name, kept with each queued mail and naming its words in the catalogue. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String subjectKey() {
        return "mail." + key() + ".subject";
    }

    String bodyKey() {
        return "mail." + key() + ".body";
    }

    int arguments() {
        return arguments;
    }

    /** A phrase of this mail from the catalogue ({@code mail.<key>.<name>}), put into its words as an argument. */
    MessageSourceResolvable phrase(String name, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {"mail." + key() + "." + name}, arguments);
    }

    /**
     * Arguments are text, so that nothing is formatted by locale; a name such as O'Brien comes out as written, as
     * MessageFormat never reads quotes in an argument.
     */
    Mail render(MessageSource catalogue, Object... arguments) {
        if (arguments.length != this.arguments) {
            throw new IllegalArgumentException(this + " takes " + this.arguments + " arguments, not "
                    + arguments.length);
        }
        Object[] texts = Arrays.stream(arguments)
                .map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a)).toArray();
        return new Mail(catalogue.getMessage(subjectKey(), texts, LANGUAGE),
                catalogue.getMessage(bodyKey(), texts, LANGUAGE));
    }
}
