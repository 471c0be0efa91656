package org.rasid.doc;

/**
 * A date expression. {@code value} is ISO (yyyy, yyyy-MM or yyyy-MM-dd) or null when it cannot be
 * resolved (a relative date without a publication date).
 *
 * @param relation "point", or "since" for the start of a period
 */
public record DateMention(int start, int end, String text, String value, String relation) {
  public Span span() { return new Span(start, end); }
}
