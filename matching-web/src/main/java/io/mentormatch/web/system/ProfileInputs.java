package io.mentormatch.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.ui.Model;

/**
 * The inputs the resident's form and the mentor's profile share: interest boxes and the clickable week, one
 * checkbox per hour-of-week slot ({@code MON-18}) from early morning to late evening. Slots outside it that a
 * person already has are kept as hidden fields, so saving the form never drops them.
 */
public final class ProfileInputs {

    static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    static final List<String> DAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> HOURS = IntStream.rangeClosed(6, 22).mapToObj(h -> String.format("%02d", h)).toList();
    private static final int MIN_INTEREST_BOXES = 5;
    private static final int FREE_INTEREST_BOXES = 2;

    private ProfileInputs() {
    }

    /** Puts the interest boxes and the week grid of these interests and hours into the model. */
    public static void addTo(Model model, List<String> interests, List<String> availability) {
        model.addAttribute("interestInputs", interestInputs(interests));
        model.addAttribute("days", DAYS);
        model.addAttribute("dayNames", DAY_NAMES);
        model.addAttribute("hours", HOURS);
        model.addAttribute("otherSlots", outside(availability));
    }

    /** The interests plus empty boxes, so there are always a few free ones. */
    static List<String> interestInputs(List<String> interests) {
        List<String> inputs = new ArrayList<>(interests);
        while (inputs.size() < Math.max(MIN_INTEREST_BOXES, interests.size() + FREE_INTEREST_BOXES)) {
            inputs.add("");
        }
        return inputs;
    }

    static List<String> outside(List<String> slots) {
        return slots.stream().filter(slot -> slot.length() != 6 || !HOURS.contains(slot.substring(4))).toList();
    }
}
