package io.mentormatch.api.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as the pair sees it, note included: only the pair ever gets this view. */
public record MeetingView(long id, long pairingId, LocalDate date, int minutes, MeetingFormat format,
                          List<String> topics, String note, String loggedBy, boolean loggedByMentor, Instant loggedAt,
                          String confirmedBy, Instant confirmedAt) {

    static MeetingView of(MeetingEntity m) {
        return new MeetingView(m.getId(), m.getPairingId(), m.getMetOn(), m.getMinutes(), m.getFormat(), m.getTopics(),
                m.getNote(), m.getLoggedBy(), m.isLoggedByMentor(), m.getLoggedAt(), m.getConfirmedBy(),
                m.getConfirmedAt());
    }

    /** What the audit log keeps: the facts of the meeting, never the note. */
    record Audited(long id, long pairingId, LocalDate date, int minutes, MeetingFormat format, String loggedBy,
                   String confirmedBy) {

        static Audited of(MeetingEntity m) {
            return new Audited(m.getId(), m.getPairingId(), m.getMetOn(), m.getMinutes(), m.getFormat(),
                    m.getLoggedBy(), m.getConfirmedBy());
        }
    }
}
