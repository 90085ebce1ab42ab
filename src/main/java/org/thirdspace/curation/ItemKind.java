package org.thirdspace.curation;

/** What a collection item points at. */
public enum ItemKind { CASE_STUDY, FORUM_TOPIC, EXTERNAL }
