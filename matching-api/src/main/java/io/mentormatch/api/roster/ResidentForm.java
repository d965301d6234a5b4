package io.mentormatch.api.roster;

import java.util.List;

/** What a resident's preference form stores on their roster row. */
public record ResidentForm(String careerGoal, List<String> interests, List<String> availability, List<String> ranking,
                           List<String> avoid, boolean openToOtherSpecialties) {
}
