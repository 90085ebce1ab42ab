package org.thirdspace.curation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdspace.curation.CurationReviewInput;
import org.thirdspace.curation.EvidenceStrength;

/** The {@code curation_review} table: one row per reviewer and case study (a revised review replaces it). */
@Component
public class ReviewStore {

    public record ReviewRow(long id, long caseStudyId, long reviewerAccountId, String reviewerName, int revision,
            EvidenceStrength evidence, int usefulness, String usefulnessJustification, int contribution,
            String contributionJustification, int rigour, String rigourJustification, Instant reviewedAt) {
    }

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReviewRow> reviews(long caseStudyId) {
        return jdbc.sql("select * from curation_review where case_study_id = ? order by reviewed_at desc, id desc")
                .param(caseStudyId)
                .query((rs, n) -> new ReviewRow(rs.getLong("id"), rs.getLong("case_study_id"),
                        rs.getLong("reviewer_account_id"), rs.getString("reviewer_name"), rs.getInt("revision_no"),
                        EvidenceStrength.valueOf(rs.getString("evidence")), rs.getInt("usefulness"),
                        rs.getString("usefulness_note"), rs.getInt("contribution"), rs.getString("contribution_note"),
                        rs.getInt("rigour"), rs.getString("rigour_note"), CollectionStore.instant(rs, "reviewed_at")))
                .list();
    }

    public Optional<ReviewRow> find(long caseStudyId, long reviewerAccountId) {
        return reviews(caseStudyId).stream().filter(r -> r.reviewerAccountId() == reviewerAccountId).findFirst();
    }

    /** Writes the reviewer's review, replacing their earlier one. */
    public void save(long caseStudyId, long reviewer, String reviewerName, int revision, CurationReviewInput in,
            Instant at) {
        int updated = jdbc.sql("""
                update curation_review set reviewer_name = ?, revision_no = ?, evidence = ?, usefulness = ?,
                  usefulness_note = ?, contribution = ?, contribution_note = ?, rigour = ?, rigour_note = ?,
                  reviewed_at = ? where case_study_id = ? and reviewer_account_id = ?""")
                .params(reviewerName, revision, in.evidence().name(), in.usefulness(), in.usefulnessJustification(),
                        in.contribution(), in.contributionJustification(), in.rigour(), in.rigourJustification(),
                        CollectionStore.utc(at), caseStudyId, reviewer)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into curation_review (case_study_id, reviewer_account_id, reviewer_name, revision_no,
                      evidence, usefulness, usefulness_note, contribution, contribution_note, rigour, rigour_note,
                      reviewed_at) values (?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(caseStudyId, reviewer, reviewerName, revision, in.evidence().name(), in.usefulness(),
                            in.usefulnessJustification(), in.contribution(), in.contributionJustification(),
                            in.rigour(), in.rigourJustification(), CollectionStore.utc(at))
                    .update();
        }
    }
}
