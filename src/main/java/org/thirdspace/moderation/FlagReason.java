package org.thirdspace.moderation;

/** Why a member flags content. OTHER needs a text. */
public enum FlagReason {
    SPAM, ABUSE, OFF_TOPIC, COMMERCIAL_CLAIM, PRIVACY, OTHER
}
