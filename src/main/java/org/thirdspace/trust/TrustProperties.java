package org.thirdspace.trust;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thirdspace.trust.*}: what each level needs and what the lower levels may not do. A
 * negative limit means "no limit". Defaults follow Discourse, tuned for a professional community
 * (ADR 12).
 */
@ConfigurationProperties("thirdspace.trust")
public class TrustProperties {

    /** BASIC: visited on 2 days, read 10 minutes, entered 5 topics. */
    private Requirements basic = new Requirements(2, 10, 5, 0, 0);
    /** MEMBER: visited on 10 days, read 60 minutes, 3 posts. */
    private Requirements member = new Requirements(10, 60, 0, 3, 0);
    /** REGULAR: visited on 30 days, 5 posts, 1 accepted answer or published case study. */
    private Requirements regular = new Requirements(30, 0, 0, 5, 1);
    /** From which level a member's flags count towards automatic hiding. */
    private TrustLevel trustedFlaggerLevel = TrustLevel.REGULAR;
    /** From which level a member may add attachments to case studies. */
    private TrustLevel attachmentsLevel = TrustLevel.MEMBER;
    /** Limits of NEW members. */
    private Limits newMembers = new Limits(2, 3, 10);
    /** Limits of BASIC members (MEMBER and up have none). */
    private Limits basicMembers = new Limits(5, 10, -1);
    /** Read-time estimate: characters of newly read posts a member reads per second. */
    private int readingCharactersPerSecond = 25;
    /** Read-time estimate: at least / at most this many seconds per newly read post. */
    private int minSecondsPerPost = 4;
    private int maxSecondsPerPost = 120;

    public Requirements getBasic() { return basic; }
    public void setBasic(Requirements basic) { this.basic = basic; }
    public Requirements getMember() { return member; }
    public void setMember(Requirements member) { this.member = member; }
    public Requirements getRegular() { return regular; }
    public void setRegular(Requirements regular) { this.regular = regular; }
    public TrustLevel getTrustedFlaggerLevel() { return trustedFlaggerLevel; }
    public void setTrustedFlaggerLevel(TrustLevel level) { this.trustedFlaggerLevel = level; }
    public TrustLevel getAttachmentsLevel() { return attachmentsLevel; }
    public void setAttachmentsLevel(TrustLevel level) { this.attachmentsLevel = level; }
    public Limits getNewMembers() { return newMembers; }
    public void setNewMembers(Limits limits) { this.newMembers = limits; }
    public Limits getBasicMembers() { return basicMembers; }
    public void setBasicMembers(Limits limits) { this.basicMembers = limits; }
    public int getReadingCharactersPerSecond() { return readingCharactersPerSecond; }
    public void setReadingCharactersPerSecond(int value) { this.readingCharactersPerSecond = value; }
    public int getMinSecondsPerPost() { return minSecondsPerPost; }
    public void setMinSecondsPerPost(int value) { this.minSecondsPerPost = value; }
    public int getMaxSecondsPerPost() { return maxSecondsPerPost; }
    public void setMaxSecondsPerPost(int value) { this.maxSecondsPerPost = value; }

    /** The thresholds of a level, for the given level (null for NEW and LEADER). */
    public Requirements requirementsOf(TrustLevel level) {
        return switch (level) {
            case BASIC -> basic;
            case MEMBER -> member;
            case REGULAR -> regular;
            default -> null;
        };
    }

    /** The limits at a level, or null for none (MEMBER and up). */
    public Limits limitsOf(TrustLevel level) {
        return switch (level) {
            case NEW -> newMembers;
            case BASIC -> basicMembers;
            default -> null;
        };
    }

    /** What a level needs; 0 means "not needed". */
    public static class Requirements {
        private int daysVisited;
        private int readMinutes;
        private int topicsEntered;
        private int posts;
        /** Accepted answers plus published case studies. */
        private int contributions;

        public Requirements() {
        }

        public Requirements(int daysVisited, int readMinutes, int topicsEntered, int posts, int contributions) {
            this.daysVisited = daysVisited;
            this.readMinutes = readMinutes;
            this.topicsEntered = topicsEntered;
            this.posts = posts;
            this.contributions = contributions;
        }

        public int getDaysVisited() { return daysVisited; }
        public void setDaysVisited(int v) { this.daysVisited = v; }
        public int getReadMinutes() { return readMinutes; }
        public void setReadMinutes(int v) { this.readMinutes = v; }
        public int getTopicsEntered() { return topicsEntered; }
        public void setTopicsEntered(int v) { this.topicsEntered = v; }
        public int getPosts() { return posts; }
        public void setPosts(int v) { this.posts = v; }
        public int getContributions() { return contributions; }
        public void setContributions(int v) { this.contributions = v; }
    }

    /** Limits of a level; negative means no limit. */
    public static class Limits {
        private int linksPerPost;
        private int postsPerHour;
        private int postsPerDay;

        public Limits() {
        }

        public Limits(int linksPerPost, int postsPerHour, int postsPerDay) {
            this.linksPerPost = linksPerPost;
            this.postsPerHour = postsPerHour;
            this.postsPerDay = postsPerDay;
        }

        public int getLinksPerPost() { return linksPerPost; }
        public void setLinksPerPost(int v) { this.linksPerPost = v; }
        public int getPostsPerHour() { return postsPerHour; }
        public void setPostsPerHour(int v) { this.postsPerHour = v; }
        public int getPostsPerDay() { return postsPerDay; }
        public void setPostsPerDay(int v) { this.postsPerDay = v; }
    }
}
