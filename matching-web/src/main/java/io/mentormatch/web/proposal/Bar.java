package io.mentormatch.web.proposal;

/** One bar of a server-rendered SVG chart; {@code max} is the largest value of its chart, for the scale. */
public record Bar(String label, long value, long max, String note) {

    /** Bar length as a share of the chart's width, 0 … 1. */
    public double share() {
        return max <= 0 ? 0 : (double) value / max;
    }
}
