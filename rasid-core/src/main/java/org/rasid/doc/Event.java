package org.rasid.doc;

/**
 * A coded event: who did what to whom, where and when.
 *
 * @param source the acting party as written, or null
 * @param target the party acted on, or null
 */
public record Event(String cameo, String plover, Double goldstein, Actor source, Actor target, TextSpan trigger,
                   Place place, String date, Span sentence) {
  /** A party to an event: its text, the entity it resolves to and its actor code, each nullable. */
  public record Actor(int start, int end, String text, String entity, String actor) {}
}
