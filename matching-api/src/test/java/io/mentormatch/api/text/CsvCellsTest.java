package io.mentormatch.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void neutralisesFormulaStarts(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(CsvCells.safe("Dr. Adams")).isEqualTo("Dr. Adams");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isEmpty();
        assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
    }
}
