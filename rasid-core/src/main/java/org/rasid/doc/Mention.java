package org.rasid.doc;

/** A named-entity mention over tokens [firstToken, endToken). */
public record Mention(EntityType type, int start, int end, int firstToken, int endToken, String text) {
  public Span span() { return new Span(start, end); }
}
