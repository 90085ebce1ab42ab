package org.thirdspace.curation;

/** A collection is a draft (curators only) until published; unpublishing makes it a draft again. */
public enum CollectionStatus { DRAFT, PUBLISHED }
