/**
 * Glossary module (issue 7): moderators keep partnership terms with a short definition and
 * synonyms (free text and vocabulary terms); pages that show member-written HTML mark glossary
 * terms so their definition shows on hover and keyboard focus. See ADR 13.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Glossary")
package org.thirdspace.glossary;
