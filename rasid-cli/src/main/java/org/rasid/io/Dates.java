package org.rasid.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Publication dates as feeds write them: "2019-05-13", an ISO date-time with or without zone,
 * or "2019-05-13 10:22:01". The calendar day as written at the source is kept, not shifted to UTC.
 */
public final class Dates {
  private Dates() {}

  /** The calendar date, or null when the value is not a recognisable date. */
  public static LocalDate parse(String s) {
    if (s == null) return null;
    s = s.strip();
    if (s.length() < 10 || (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ')) return null;
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
