package org.fullaccounting.casefile.api;

public enum Branch { ARMY, NAVY, MARINE_CORPS, AIR_FORCE }
