package org.thirdspace.curation;

/** How strong a curation reviewer judges a case study's evidence. */
public enum EvidenceStrength { HIGH, MEDIUM, LOW }
