package org.thirdspace.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class InstitutionServiceTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    static String word() {
        // letters only, so the standard analyzer keeps it one token
        StringBuilder b = new StringBuilder();
        long n = System.nanoTime();
        for (int i = 0; i < 7; i++) {
            b.append((char) ('a' + (n % 26)));
            n /= 26;
        }
        return b.toString();
    }

    static NewInstitution school(String name) {
        return new NewInstitution(name, Sector.PRIMARY_SCHOOL, Region.NORTH_WEST, "Bolton", "BL1 4AB",
                new GeoPoint(53.58, -2.43), "https://example.org.uk", null);
    }

    static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    @WithMockUser(username = "moderator@inst.example", roles = "MODERATOR")
    void validatesWithClearMessages() {
        String n = "Valid " + word();
        assertThatThrownBy(() -> institutions.register(new NewInstitution(n, Sector.PRIMARY_SCHOOL, Region.WALES,
                null, "XX 123", null, null, null)))
                .isInstanceOf(InstitutionException.class)
                .satisfies(e -> assertThat(((InstitutionException) e).messageKey()).isEqualTo("institutions.error.postcode"));
        assertThatThrownBy(() -> institutions.register(school(n).withPhases(List.of("kindergarten"))))
                .isInstanceOf(InstitutionException.class).hasMessageContaining("phase-unknown");
        assertThatThrownBy(() -> institutions.register(new NewInstitution(n, Sector.PRIMARY_SCHOOL, Region.WALES,
                null, null, null, "ftp://x", null)))
                .isInstanceOf(InstitutionException.class).hasMessageContaining("website");
        assertThatThrownBy(() -> institutions.register(school(n).withParent(-1L)))
                .isInstanceOf(InstitutionException.class).hasMessageContaining("parent-unknown");

        var trust = institutions.register(school("Trust " + word()));
        var member = institutions.register(school("Member " + word()).withParent(trust.id()));
        var changes = new NewInstitution(trust.name(), trust.sector(), trust.region(), trust.town(), trust.postcode(),
                trust.location(), trust.website(), member.id());
        assertThatThrownBy(() -> institutions.update(trust.id(), changes))
                .isInstanceOf(InstitutionException.class).hasMessageContaining("parent-cycle");
        var details = institutions.update(trust.id(),
                changes.withParent(null).withAliases(List.of("The Trust")).withPhases(List.of("primary", "secondary")));
        assertThat(details.aliases()).containsExactly("The Trust");
        assertThat(details.phases()).containsExactlyInAnyOrder("primary", "secondary");
    }

    @Test
    @WithMockUser(username = "member@inst.example", roles = "MEMBER")
    void membersCannotRegisterOrMerge() {
        assertThatThrownBy(() -> institutions.register(school("Nope " + word())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> institutions.merge(1, 2)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "moderator@inst.example", roles = "MODERATOR")
    void mergeMovesNamesAndChildrenKeepsATombstoneAndPublishes() {
        String w = word();
        var survivor = institutions.register(school(w + " Primary School").withAliases(List.of(w + " Primary")));
        var duplicate = institutions.register(school(w + " Primary Sch.").withAliases(List.of(w.toUpperCase() + " PS"))
                .withPhases(List.of("early-years")));
        var child = institutions.register(school("Nursery of " + w).withParent(duplicate.id()));

        MergePlan plan = institutions.mergePlan(survivor.id(), duplicate.id());
        assertThat(plan.aliasesAdded()).containsExactly(w + " Primary Sch.", w.toUpperCase() + " PS");
        assertThat(plan.childrenMoved()).extracting(InstitutionSummary::id).containsExactly(child.id());

        institutions.merge(survivor.id(), duplicate.id());

        var merged = institutions.details(survivor.id()).orElseThrow();
        assertThat(merged.aliases()).containsExactlyInAnyOrder(w + " Primary", w + " Primary Sch.", w.toUpperCase() + " PS");
        assertThat(merged.phases()).contains("early-years");
        assertThat(institutions.find(child.id()).orElseThrow().parentId()).isEqualTo(survivor.id());
        assertThat(institutions.children(survivor.id())).extracting(InstitutionSummary::id).containsExactly(child.id());
        var tombstone = institutions.details(duplicate.id()).orElseThrow();
        assertThat(tombstone.mergedInto()).isEqualTo(survivor.id());
        assertThat(institutions.resolve(duplicate.id())).contains(survivor.id());
        assertThat(events.stream(InstitutionsMerged.class)).contains(new InstitutionsMerged(survivor.id(), duplicate.id()));

        assertThatThrownBy(() -> institutions.merge(survivor.id(), duplicate.id()))
                .isInstanceOf(InstitutionException.class)
                .extracting(e -> ((InstitutionException) e).reason()).isEqualTo(InstitutionException.Reason.CONFLICT);
        assertThatThrownBy(() -> institutions.merge(survivor.id(), survivor.id()))
                .isInstanceOf(InstitutionException.class);
    }

    @Test
    @WithMockUser(username = "moderator@inst.example", roles = "MODERATOR")
    void suggestFindsByAliasAndWithATypoAndSearchForgivesTypos() throws Exception {
        String w = word();
        String name = "Zephyrwood " + w + " Academy";
        var academy = institutions.register(school(name).withAliases(List.of("ZWA " + w)));
        eventually(() -> institutions.suggest("Zephyrwood " + w, 5).stream().anyMatch(s -> s.id() == academy.id()));

        assertThat(institutions.suggest("zwa " + w, 5)).extracting(InstitutionSuggestion::id).contains(academy.id());
        assertThat(institutions.suggest("Zephyrwod " + w, 5)).extracting(InstitutionSuggestion::id).contains(academy.id());
        assertThat(institutions.suggest("Zephyr", 5)).extracting(InstitutionSuggestion::id).contains(academy.id());
        assertThat(institutions.search("Zefyrwood " + w, PageRequest.of(0, 10)).getContent())
                .extracting(InstitutionSummary::id).contains(academy.id());

        // a merged duplicate disappears from the index and its name finds the survivor
        var dup = institutions.register(school("Quillborne " + w + " School"));
        eventually(() -> institutions.suggest("Quillborne " + w, 5).stream().anyMatch(s -> s.id() == dup.id()));
        institutions.merge(academy.id(), dup.id());
        eventually(() -> institutions.suggest("Quillborne " + w, 5).stream().noneMatch(s -> s.id() == dup.id())
                && institutions.suggest("Quillborne " + w, 5).stream().anyMatch(s -> s.id() == academy.id()));
    }

    @Test
    @WithMockUser(username = "moderator@inst.example", roles = "MODERATOR")
    void theApiSearchesRedirectsMergedIdsAndRefusesBadSizes() throws Exception {
        String w = word();
        var a = institutions.register(school("Harbourlight " + w + " School"));
        var b = institutions.register(school("Harbourlight " + w + " Sch"));
        institutions.merge(a.id(), b.id());
        var api = httpBasic(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);

        mvc.perform(get("/api/v1/institutions/" + a.id()).with(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Harbourlight " + w + " School"))
                .andExpect(jsonPath("$.aliases[0]").value("Harbourlight " + w + " Sch"))
                .andExpect(jsonPath("$.sector").value("primary-school"));
        mvc.perform(get("/api/v1/institutions/" + b.id()).with(api))
                .andExpect(status().isPermanentRedirect())
                .andExpect(header().string("Location", "/api/v1/institutions/" + a.id()));
        mvc.perform(get("/api/v1/institutions/999999999").with(api))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/institutions").param("size", "101").with(api))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("size must be between 1 and 100."));
        mvc.perform(get("/api/v1/institutions").param("size", "abc").with(api))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/institutions").param("q", "Harbourlight " + w).param("size", "5").with(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5));
        mvc.perform(get("/api/v1/institutions/suggest").param("q", "Harbour").with(api))
                .andExpect(status().isOk());
    }
}
