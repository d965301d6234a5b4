package io.mentormatch.api.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.Assertions;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.ClassUtils;

/**
 * Words that must never reach a person (issue 21, "Plain words"): a validation pattern, a limit in code words, an
 * internal id, a score string, or an enum's name in capitals. The enum names are the constants of every enum of the
 * application, found by reflection, so a new enum is covered without editing this list; genuine acronyms stay
 * allowed. The web module's page words test holds the same list for the pages; here it reads problem details.
 */
final class PlainWords {

    private static final List<Pattern> DEVELOPER_TEXT = List.of(
            Pattern.compile(Pattern.quote("\\p{")),
            Pattern.compile("must match"),
            Pattern.compile("size must be"),
            // the ids of the demo and of cohort files: M001, R003
            Pattern.compile("\\b[MR]0\\d*\\b"),
            // a HardMediumSoft score: 0hard/-2medium/340soft
            Pattern.compile("hard/"),
            Pattern.compile("\\dsoft\\b"));
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b");
    private static final Set<String> ACRONYMS = Set.of("CSV", "PDF", "ICS", "API", "SCIM", "TOTP", "WCAG", "HTTP",
            "HTTPS", "URL", "ACGME", "PGY", "JSON", "UTC", "OIDC", "SSO", "ICU", "ENT", "OTP", "ORCID", "GMT");
    private static final Set<String> ENUM_NAMES = enumNames();

    private PlainWords() {
    }

    /** Fails when a problem's {@code detail}, which a client may show as it is, holds developer text. */
    static void assertPlainDetail(MockHttpServletResponse response) throws Exception {
        String detail = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.detail");
        Assertions.assertThat(offending(detail == null ? "" : detail)).as("developer text in the detail " + detail).isEmpty();
    }

    /** What in the text a person should not read, empty when the text is plain. */
    static List<String> offending(String text) {
        List<String> found = new java.util.ArrayList<>();
        for (Pattern pattern : DEVELOPER_TEXT) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(context(text, matcher.start(), matcher.end()));
            }
        }
        Matcher capitals = CAPITALS.matcher(text);
        while (capitals.find()) {
            if (ENUM_NAMES.contains(capitals.group()) && !ACRONYMS.contains(capitals.group())) {
                found.add(context(text, capitals.start(), capitals.end()));
            }
        }
        return found;
    }

    /** The constants in capitals of every enum of the application (api and core), e.g. RUNNING, NOT_STARTED. */
    static Set<String> enumNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> Enum.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> names = new TreeSet<>();
        for (String root : List.of("io.mentormatch.api", "io.mentormatch.core")) {
            scanner.findCandidateComponents(root).forEach(candidate -> {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), PlainWords.class.getClassLoader());
                for (Object constant : type.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (CAPITALS.matcher(name).matches()) {
                        names.add(name);
                    }
                }
            });
        }
        return names;
    }

    private static String context(String text, int start, int end) {
        return "…" + text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)) + "…";
    }
}
