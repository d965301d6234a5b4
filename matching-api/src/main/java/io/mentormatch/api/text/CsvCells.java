package io.mentormatch.api.text;

/**
 * Makes exported text safe to open in a spreadsheet: a cell that starts like a formula (= + - @, or a tab or
 * carriage return that some programs skip) gets a leading apostrophe, so it is shown as text, never evaluated.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
