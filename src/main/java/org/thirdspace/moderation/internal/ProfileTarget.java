package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.people.ModeratedProfile;
import org.thirdspace.people.PersonNotFoundException;
import org.thirdspace.people.ProfileModeration;
import org.thirdspace.shared.ContentRef;

/**
 * Member profiles ({@code profile:ID}, the person id of {@code people/ID}) as flaggable content,
 * through the people feature's public moderation API. The person is the profile's author (so
 * nobody flags their own profile and the owner is told the outcome). Moderators cannot edit a
 * profile: {@link #edit} keeps the refusing default; they hide it or warn its owner.
 */
@Component
class ProfileTarget implements ContentTarget {

    static final String TYPE = "profile";

    private final ProfileModeration profiles;

    ProfileTarget(ProfileModeration profiles) {
        this.profiles = profiles;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public TargetInfo visible(String id) {
        long personId = Ids.number(id);
        try {
            return info(profiles.visible(personId));
        } catch (PersonNotFoundException e) {
            throw ModerationException.notFound();
        }
    }

    @Override
    public Map<String, TargetInfo> forQueue(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(Ids::isNumber).map(Long::parseLong).toList();
        Map<String, TargetInfo> out = new LinkedHashMap<>();
        profiles.forQueue(numbers).forEach((id, profile) -> out.put(Long.toString(id), info(profile)));
        return out;
    }

    @Override
    public boolean setHidden(String id, boolean hidden) {
        try {
            return profiles.setHidden(Ids.number(id), hidden);
        } catch (PersonNotFoundException e) {
            throw ModerationException.notFound();
        }
    }

    private static TargetInfo info(ModeratedProfile p) {
        return new TargetInfo(ContentRef.of(TYPE, p.personId()), p.excerpt(), p.personId(), p.displayName(),
                p.where(), p.link(), p.hidden(), false);
    }
}
