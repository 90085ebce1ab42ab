package org.thirdspace.casestudies;

/** The template's Markdown fields, in the order the page shows them; labels {@code casestudies.field.<code>}. */
public enum CaseStudyField {
    PARTNERS_AND_CONTEXT("partners-context"),
    PROBLEM("problem"),
    AIMS("aims"),
    PARTICIPANTS_AND_ROLES("participants-roles"),
    ACTIVITIES("activities"),
    RESOURCES_AND_COSTS("resources-costs"),
    EVALUATION_DESIGN("evaluation-design"),
    OUTCOMES_AND_IMPACT("outcomes-impact"),
    CHALLENGES("challenges"),
    SUSTAINABILITY("sustainability"),
    LESSONS("lessons");

    private final String code;

    CaseStudyField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
