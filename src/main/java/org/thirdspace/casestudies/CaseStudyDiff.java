package org.thirdspace.casestudies;

import java.util.List;

/**
 * Word-level differences between two revisions, part by part ({@code part}: {@code title},
 * {@code summary}, a field code such as {@code problem}, or {@code facets} and {@code links} as
 * text). Only changed parts are listed; {@code segments} cover the whole part, so
 * {@code EQUAL+DELETE} segments give the old text and {@code EQUAL+INSERT} the new one.
 */
public record CaseStudyDiff(long caseStudyId, int from, int to, List<PartDiff> parts) {

    public record PartDiff(String part, List<DiffSegment> segments) {

        public String oldText() {
            StringBuilder sb = new StringBuilder();
            segments.stream().filter(s -> s.op() != DiffSegment.Op.INSERT).forEach(s -> sb.append(s.text()));
            return sb.toString();
        }

        public String newText() {
            StringBuilder sb = new StringBuilder();
            segments.stream().filter(s -> s.op() != DiffSegment.Op.DELETE).forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }
}
