package io.mentormatch.api.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.mentormatch.api.text.JsonList;
import io.mentormatch.core.cohort.Layer;

/**
 * A published pairing as the mentoring year sees it: a live, sent proposal of a published cohort.
 *
 * @param startedAt when its year began: the publication, or the pairing's own later start (a pairing made after
 *                  publication, e.g. by a change of mentor, is sent after the publication and starts then)
 * @param layer     {@code PEER} when the mentor is the resident's senior-resident peer mentor, else {@code PRIMARY}
 */
public record Pairing(long pairingId, long cohortId, long programId, String cohortName, ZoneId zone, Instant startedAt,
                      Member resident, Member mentor, Layer layer) {

    /** The first day a meeting may be logged on, in the program's time zone. */
    public LocalDate startDate() {
        return startedAt.atZone(zone).toLocalDate();
    }

    /**
     * One side of the pairing; {@code userId} is null when the person has no account.
     *
     * @param slots the weekly availability as stored (a JSON array), read only by the few who need it
     */
    public record Member(String code, String name, String email, Long userId, String slots) {

        private static final JsonList JSON = new JsonList();

        public List<String> availability() {
            return JSON.convertToEntityAttribute(slots);
        }
    }
}
