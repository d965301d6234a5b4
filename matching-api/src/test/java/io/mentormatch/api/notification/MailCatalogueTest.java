package io.mentormatch.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The words of every mail are in the catalogue and format with the arguments its template documents. The oracle reads
 * the catalogue with {@link Properties} and formats it with {@link MessageFormat} itself, not through the application.
 */
class MailCatalogueTest {

    private static final Pattern UNFILLED = Pattern.compile("\\{\\d+[^}]*}");
    /** A single quote not doubled: MessageFormat would swallow it and quote the text after it. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");

    private final Properties catalogue = catalogue();

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void hasEveryMailsWordsFilledByItsDocumentedArguments(MailTemplate template) {
        Object[] arguments = IntStream.range(0, template.arguments()).mapToObj(i -> "«argument " + i + "»").toArray();

        for (String key : new String[] {template.subjectKey(), template.bodyKey()}) {
            String pattern = catalogue.getProperty(key);
            assertThat(pattern).as(key).isNotBlank();
            assertThat(LONE_QUOTE.matcher(pattern).find()).as("%s writes every apostrophe twice", key).isFalse();
            String text = new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
            assertThat(UNFILLED.matcher(text).find()).as("%s leaves no placeholder unfilled: %s", key, text).isFalse();
            assertThat(ENUM_NAME.matcher(text).find()).as("%s names no code: %s", key, text).isFalse();
        }
        String body = new MessageFormat(catalogue.getProperty(template.bodyKey()), Locale.ENGLISH).format(arguments);
        assertThat(body).as("the body greets its reader by name").startsWith("Dear «argument 0»,");
    }

    @Test
    void hasNoMailWordsWithoutATemplateAndNoPhraseWithoutItsMail() {
        Set<String> mails = Arrays.stream(MailTemplate.values()).map(MailTemplate::key).collect(Collectors.toSet());

        assertThat(catalogue.stringPropertyNames().stream().filter(key -> key.startsWith("mail.")))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(mails).as(key).contains(key.split("\\.")[1]))
                .allSatisfy(key -> assertThat(LONE_QUOTE.matcher(catalogue.getProperty(key)).find()).as(key).isFalse())
                // without arguments a phrase is used as written, so '' would stay doubled
                .allSatisfy(key -> assertThat(catalogue.getProperty(key)).as(key)
                        .satisfiesAnyOf(v -> assertThat(v).contains("{"), v -> assertThat(v).doesNotContain("'")));
    }

    @Test
    void writesApostrophesAsTheReaderReadsThem() {
        String body = new MessageFormat(catalogue.getProperty(MailTemplate.MEMBER_DEPROVISIONED.bodyKey()),
                Locale.ENGLISH).format(new Object[] {"Dana", "IM", "Dr. F1", "Sam", "Dr. F2"});

        assertThat(body).contains("the hospital's identity provider removed the account of Dr. F1");
    }

    private static Properties catalogue() {
        Properties properties = new Properties();
        try (InputStream in = MailCatalogueTest.class.getResourceAsStream("/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
