package org.rasid.doc;

/**
 * A number read from the text.
 *
 * @param value the number, or the lower bound of a range
 * @param upper the upper bound of a range, else null
 * @param approximate true for vague quantities (عشرات، مئات)
 */
public record Amount(int start, int end, String text, double value, Double upper, boolean approximate,
                     String unit, String object) {
  public Span span() { return new Span(start, end); }
}
