package io.mentormatch.api.proposal;

import java.util.List;

/**
 * A mentor the engine suggests for a resident who needs a new one, with a free seat.
 *
 * @param mentorId  the mentor's database id
 * @param mentor    the mentor's cohort code
 * @param pairScore the core pair score of the resident with this mentor
 * @param reasons   the pair explainer's reasons, best first
 */
public record RematchOption(long mentorId, String mentor, String mentorName, int pairScore, List<String> reasons) {
}
