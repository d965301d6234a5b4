package io.mentormatch.web.system;

import java.util.List;

/** Small pieces of English the confirmations share: counted nouns and lists of names. */
public final class Phrases {

    private Phrases() {
    }

    /** "1 proposal", "41 proposals". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "Amara Okafor", "Amara Okafor and Ben Li", "Amara Okafor, Ben Li and Chen Wu". */
    public static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A cohort by its name, with its academic year unless the name says it already. */
    public static String cohort(String name, String academicYear) {
        return academicYear == null || name.contains(academicYear) ? name : name + " " + academicYear;
    }
}
