package org.fullaccounting.casefile.people.api;

/** How a person on the case is related to the missing serviceman. */
public enum Relationship {
    SPOUSE, FATHER, MOTHER, SON, DAUGHTER, BROTHER, SISTER, HALF_BROTHER, HALF_SISTER, NEPHEW, NIECE,
    GRANDSON, GRANDDAUGHTER, UNCLE, AUNT, COUSIN, OTHER_RELATIVE
}
