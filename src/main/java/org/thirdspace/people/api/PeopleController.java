package org.thirdspace.people.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.people.AffiliationChange;
import org.thirdspace.people.AffiliationNotFoundException;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.NewAffiliation;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonNotFoundException;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileUpdate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Profiles and affiliations. Profiles the caller may not see answer 404, like unknown ones.
 * (Searching people, {@code GET /api/v1/people}, belongs to the finder.)
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleController {

    /** Partial change of an affiliation: absent fields stay as they are. */
    record AffiliationPatch(@Size(max = 150) String jobTitle, LocalDate startedOn, LocalDate endedOn) {
    }

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    @GetMapping("/{id}")
    Profile profile(@PathVariable long id) {
        return people.profile(id).orElseThrow(() -> new PersonNotFoundException(id));
    }

    @GetMapping("/me")
    Profile me() {
        return people.myProfile().orElseThrow(() -> new AccessDeniedException("No profile"));
    }

    @PutMapping("/me")
    Profile update(@Valid @RequestBody ProfileUpdate update) {
        return people.updateMyProfile(update);
    }

    @GetMapping("/me/affiliations")
    List<AffiliationSummary> affiliations() {
        return me().affiliations();
    }

    @PostMapping("/me/affiliations")
    @ResponseStatus(HttpStatus.CREATED)
    AffiliationSummary add(@Valid @RequestBody NewAffiliation affiliation) {
        return people.addAffiliation(myId(), affiliation);
    }

    @PatchMapping("/me/affiliations/{id}")
    AffiliationSummary change(@PathVariable long id, @Valid @RequestBody AffiliationPatch patch) {
        long personId = myId();
        AffiliationSummary current = me().affiliations().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new AffiliationNotFoundException(id));
        var change = new AffiliationChange(
                patch.jobTitle() == null ? current.jobTitle() : patch.jobTitle(),
                patch.startedOn() == null ? current.startedOn() : patch.startedOn(),
                patch.endedOn() == null ? current.endedOn() : patch.endedOn());
        return people.changeAffiliation(personId, id, change);
    }

    private long myId() {
        return people.myPersonId().orElseThrow(() -> new AccessDeniedException("No profile"));
    }
}
