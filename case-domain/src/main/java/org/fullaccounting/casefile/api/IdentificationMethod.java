package org.fullaccounting.casefile.api;

public enum IdentificationMethod { DENTAL, ANTHROPOLOGY, MTDNA, Y_STR, AU_STR, OTHER }
