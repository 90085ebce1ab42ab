package org.thirdspace.demo;

import static org.thirdspace.security.TestAccounts.as;

import org.springframework.context.ApplicationContext;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The demo population for benchmarks that want every kind of content (groups with private ones,
 * case studies in every state, forums, collections, needs): the same generator the app runs on an
 * empty database, with the given seed and sizes. Run once per JVM, on a database without the demo
 * logins.
 */
public final class DemoPopulation {

    /** What was made: institutions, people, groups, case studies and topics. */
    public record Made(int institutions, int people, int groups, int caseStudies, int topics, int needs) {
    }

    private DemoPopulation() {
    }

    public static Made generate(ApplicationContext context, long seed, int institutionCount, int peopleCount) {
        DemoDataGenerator generator = new DemoDataGenerator(
                new DemoDataProperties(true, seed, institutionCount, peopleCount, "Partnership-demo-2026"),
                context.getBean(InstitutionService.class), context.getBean(PeopleService.class),
                context.getBean(AccountProvisioning.class), context.getBean(Vocabularies.class),
                context.getBean(DemoGroups.class), context.getBean(DemoCaseStudies.class),
                context.getBean(DemoForum.class), context.getBean(DemoGlossaryAndGaps.class),
                context.getBean(DemoCollections.class), context.getBean(DemoModeration.class),
                context.getBean(DemoNeeds.class));
        return as("demo-generator@thirdspace.test", "ADMIN", () -> {
            DemoDataGenerator.Population p = generator.generate();
            int needs = context.getBean(DemoNeeds.class).generate().size();
            return new Made(p.institutions(), p.people(), p.groups(), p.caseStudies().size(), p.forumTopics().size(),
                    needs);
        });
    }
}
