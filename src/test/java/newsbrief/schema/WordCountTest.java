package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words as a reader counts them, in any script. */
class WordCountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Five regional grid operators agree.|5",
        "The U.S. rate rose 3.5 percent — again.|7",
        "An end-of-life battery and a long‑term deal.|7",
        "東京都に住む|4",
        "人民币汇率今天上涨|5",
        "ราคาน้ำมันสูงขึ้น|4",
        "Курс рубля вырос.|3",
        "— … !|0",
        "''|0"})
    void countsWordsAsReadersDo(String text, int words) {
        assertEquals(words, WordCount.of(text));
    }
}
