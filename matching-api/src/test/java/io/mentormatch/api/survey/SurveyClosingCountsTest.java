package io.mentormatch.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "N of M answered" appears only where every group it implies is empty or of the results page's minimum size. */
class SurveyClosingCountsTest {

    @ParameterizedTest(name = "{0} of {1} answered: shown {2}")
    @CsvSource({
            "0, 4, true", "4, 4, true", "3, 6, true", "5, 12, true",
            "0, 2, false", "2, 2, false", "1, 4, false", "3, 4, false", "2, 12, false", "10, 12, false"})
    void countsOnlyGroupsLargeEnoughToSingleNobodyOut(int answered, int asked, boolean shown) {
        assertThat(SurveyClosingNotices.countable(answered, asked)).isEqualTo(shown);
    }
}
