package io.mentormatch.api.mentor;

import java.util.List;

/**
 * A mentor like another one, e.g. an alternative to a ranked mentor, with why they are alike.
 *
 * @param similarity 0 (nothing in common) to 1 (same specialty and interests)
 * @param freePlaces places the mentor has left
 */
public record SimilarMentorView(String mentorId, String name, String specialty, double similarity, int freePlaces,
                                List<String> reasons) {
}
