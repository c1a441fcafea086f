package org.fullaccounting.casefile.api;

public enum CorrespondenceKind { LETTER, MEMORANDUM, TELEGRAM, PHONE_CALL, MEETING }
