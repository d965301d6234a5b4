package io.mentormatch.api.family;

import java.util.List;
import java.util.Set;

/**
 * The families one person may read: every family for those who manage the cohort, else their own.
 *
 * @param you the caller's own resident codes in the cohort, so a page can tell them apart from the other members
 */
public record VisibleFamilies(List<Family> families, Set<String> you) {
}
