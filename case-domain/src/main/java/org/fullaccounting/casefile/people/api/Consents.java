package org.fullaccounting.casefile.people.api;

/**
 * What a person has agreed to: being contacted about the case, their reference sample being used
 * for identification, their name being given to the press or researchers.
 */
public record Consents(boolean contact, boolean dnaUse, boolean publicity) {
}
