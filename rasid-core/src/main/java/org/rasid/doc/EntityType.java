package org.rasid.doc;

public enum EntityType { PER, ORG, LOC, MISC }
