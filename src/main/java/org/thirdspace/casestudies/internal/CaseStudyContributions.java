package org.thirdspace.casestudies.internal;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.people.PersonContributions;

/** Published case studies a person wrote, for their profile (only those the viewer may see). */
@Component
class CaseStudyContributions implements PersonContributions {

    private final CaseStudyService caseStudies;
    private final MessageSource messages;

    CaseStudyContributions(CaseStudyService caseStudies, MessageSource messages) {
        this.caseStudies = caseStudies;
        this.messages = messages;
    }

    @Override
    public List<Contribution> contributionsOf(long personId) {
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : LocaleContextHolder.getLocale();
        String detail = messages.getMessage("casestudies.contribution", null, locale);
        return caseStudies.publishedBy(personId).stream()
                .map(c -> new Contribution("case-study", c.title(), detail, "case-studies/" + c.id(), null, null))
                .toList();
    }
}
