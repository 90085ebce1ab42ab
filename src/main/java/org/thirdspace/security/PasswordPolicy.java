package org.thirdspace.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * The password policy: at least {@value #MIN_LENGTH} characters, not the email address or display name, not a
 * common password, no long runs of one character and no long sequences ({@code abcde}, {@code 12345},
 * {@code qwert}). Returns message keys of the {@code security} bundle, one per broken rule.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    // A small built-in list; passwords are compared case-insensitively as a whole.
    private static final String[] COMMON = {
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd",
            "p@ssword123", "123456789", "1234567890", "0987654321", "qwertyuiop", "qwerty123", "qwerty1234",
            "1q2w3e4r5t", "1qaz2wsx3edc", "zaq12wsxcde", "iloveyou12", "iloveyou123", "letmein123", "welcome123",
            "welcome1234", "admin12345", "administrator", "changeme123", "trustno1234", "sunshine123",
            "football123", "baseball123", "princess123", "dragon1234", "monkey12345", "superman123",
            "starwars123", "whatever123", "abc1234567", "aa12345678", "qwertyqwerty", "passwordpassword",
            "thirdspace", "thirdspace1", "thirdspace123", "partnership", "university", "university1",
            "school12345", "teacher123", "teacher1234", "student123", "student1234"};

    private static final String TOO_SHORT = "security.password.too-short";
    private static final String TOO_LONG = "security.password.too-long";
    private static final String COMMON_KEY = "security.password.common";
    private static final String REPEAT = "security.password.repeated";
    private static final String SEQUENCE = "security.password.sequence";
    private static final String EMAIL = "security.password.contains-email";
    private static final String NAME = "security.password.contains-name";

    private final PasswordValidator validator;

    public PasswordPolicy() {
        var dictionary = new WordListDictionary(new ArrayWordList(COMMON.clone(), false, new ArraysSort()));
        validator = new PasswordValidator(List.of(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(dictionary),
                new RepeatCharacterRegexRule(4),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
                new UsernameRule(true, true)));
    }

    /**
     * Checks a password. {@code email} and {@code displayName} may be null.
     *
     * @return message keys of broken rules; empty when the password is acceptable
     */
    public List<String> check(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return List.of(TOO_SHORT);
        }
        Set<String> problems = new LinkedHashSet<>();
        String localPart = localPart(email);
        PasswordData data = localPart != null && localPart.length() >= 3
                ? new PasswordData(localPart, password) : new PasswordData(password);
        RuleResult result = validator.validate(data);
        for (RuleResultDetail detail : result.getDetails()) {
            problems.add(keyFor(detail.getErrorCode()));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank() && lower.contains(email.trim().toLowerCase(Locale.ROOT))) {
            problems.add(EMAIL);
        }
        if (displayName != null) {
            String compact = displayName.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            List<String> parts = new ArrayList<>(Arrays.asList(displayName.toLowerCase(Locale.ROOT).split("\\s+")));
            parts.add(compact);
            for (String part : parts) {
                if (part.length() >= 4 && lower.contains(part)) {
                    problems.add(NAME);
                    break;
                }
            }
        }
        return List.copyOf(problems);
    }

    /** Throws {@link PasswordPolicyException} when the password breaks the policy. */
    public void require(String password, String email, String displayName) {
        List<String> problems = check(password, email, displayName);
        if (!problems.isEmpty()) {
            throw new PasswordPolicyException(problems);
        }
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return (at > 0 ? email.substring(0, at) : email).trim();
    }

    private static String keyFor(String errorCode) {
        return switch (errorCode) {
            case LengthRule.ERROR_CODE_MIN -> TOO_SHORT;
            case LengthRule.ERROR_CODE_MAX -> TOO_LONG;
            case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> COMMON_KEY;
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> EMAIL;
            case "ILLEGAL_MATCH" -> REPEAT;
            default -> errorCode.endsWith("_SEQUENCE") ? SEQUENCE : "security.password.invalid";
        };
    }
}
