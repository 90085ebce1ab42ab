package org.thirdspace.matching;

import java.util.List;

/**
 * Why a person is suggested: a message key ({@code matching.reason.*}), its arguments and the text
 * rendered from the bundles in the request's locale. Every reason is built from the person's own
 * data (their profile in the index, their groups, the case studies they wrote).
 */
public record MatchReason(String code, List<Object> args, String text) {
}
