package io.mentormatch.api.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

import io.mentormatch.api.problem.FieldProblem;

/**
 * The one password policy, for every password a person chooses (first administrator, new account, change,
 * reset): at least 12 characters, at most 72 (BCrypt reads no further), not containing the user name, and not a
 * common password ({@code common-passwords.txt}, case ignored).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;

    private final PasswordValidator validator = new PasswordValidator(
            new LengthRule(MIN_LENGTH, MAX_LENGTH),
            new UsernameRule(true, true),
            new DictionaryRule(new WordListDictionary(commonPasswords())));

    /** What is wrong with this password for this user, as problems of the given field; empty when it is fine. */
    public List<FieldProblem> problems(String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            return List.of(FieldProblem.of(field, "is required"));
        }
        return validator.validate(new PasswordData(Objects.requireNonNullElse(username, ""), password))
                .getDetails().stream()
                .map(PasswordPolicy::message).distinct()
                .map(message -> FieldProblem.of(field, message))
                .toList();
    }

    private static String message(RuleResultDetail detail) {
        return switch (detail.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> "must be at least " + MIN_LENGTH + " characters long";
            case LengthRule.ERROR_CODE_MAX -> "must be at most " + MAX_LENGTH + " characters long";
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "must not contain the user name";
            case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "is a common password; choose another";
            default -> "is not allowed";
        };
    }

    private static ArrayWordList commonPasswords() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")), StandardCharsets.UTF_8))) {
            String[] words = reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords cannot be read", e);
        }
    }
}
