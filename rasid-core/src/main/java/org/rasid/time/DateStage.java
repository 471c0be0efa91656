package org.rasid.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.rasid.Stage;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;
import org.rasid.doc.Token;
import org.rasid.text.Offsets;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;

/**
 * Dates: «13 مايو 2019», «13 أيار/مايو 2019», «2019/5/13», «١٣-٥-٢٠١٩», «عام 2014», Hijri dates
 * («26 شوال 1436 هـ», through {@link HijrahDate}), and relative ones resolved against the
 * publication date («أمس الأحد», «الأحد الماضي», «الأسبوع الماضي»). «منذ» marks the start of a
 * period. Without a publication date a relative date keeps its text and a null value.
 */
public final class DateStage implements Stage {
  private record Month(int number, boolean hijri) {}

  private record Relative(String unit, int offset) {}

  private final PhraseMatcher<Month> months = new PhraseMatcher<>();
  private final PhraseMatcher<Relative> relatives = new PhraseMatcher<>();

  public DateStage() {
    for (String[] r : Resources.tsv("time/months_ar.tsv", false)) {
      months.add(r[0], new Month(Integer.parseInt(r[1]), r[2].equals("hijri")));
    }
    for (String[] r : Resources.tsv("time/relative_ar.tsv", false)) {
      relatives.add(r[0], new Relative(r[1], Integer.parseInt(r[2])));
    }
  }

  private record Found(int first, int end, String value) {}

  @Override public void process(Document doc) {
    List<Token> toks = doc.tokens();
    LocalDate pub = doc.article().published();
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Found f = absolute(toks, i, pub);
      if (f == null) f = numeric(toks, i);
      if (f == null) f = year(toks, i);
      if (f == null) f = relative(toks, i, pub);
      if (f == null) continue;
      int first = f.first;
      String relation = "point";
      if (first > 0 && isSince(toks.get(first - 1))) {
        first--;
        relation = "since";
      }
      Token ft = toks.get(first);
      int start = ft.prefix().isEmpty() || ft.kind() != Token.Kind.ARABIC ? ft.start()
          : Offsets.skipNormalized(doc.text(), ft.start(), ft.prefix().length());
      int end = toks.get(f.end - 1).end();
      out.add(new DateMention(start, end, doc.text().substring(start, end), f.value, relation));
      i = f.end - 1;
    }
    doc.setDates(out);
  }

  private static boolean isSince(Token t) { return t.norm().equals("منذ") || t.norm().equals("ومنذ"); }

  /** day? month (/month)? year? — Gregorian or Hijri. */
  private Found absolute(List<Token> toks, int i, LocalDate pub) {
    int k = i;
    Integer day = null;
    if (isNumber(toks.get(k)) && k + 1 < toks.size()) {
      int d = intOf(toks.get(k));
      if (d < 1 || d > 31) return null;
      day = d;
      k++;
    }
    PhraseMatcher.Match<Month> m = months.longestAt(toks, k, toks.size());
    if (m == null) return null;
    if (!m.prefix().isEmpty() && day != null) return null;
    Month month = m.value();
    k = m.end();
    // «أيار/مايو», «أيار (مايو)»: a second name for the same month
    if (k + 1 < toks.size() && (toks.get(k).norm().equals("/") || toks.get(k).norm().equals("("))) {
      PhraseMatcher.Match<Month> m2 = months.longestAt(toks, k + 1, toks.size());
      if (m2 != null && m2.value().number() == month.number()) {
        k = m2.end();
        if (k < toks.size() && toks.get(k).norm().equals(")")) k++;
      }
    }
    Integer year = null;
    if (k < toks.size() && isNumber(toks.get(k)) && toks.get(k).norm().length() == 4) {
      year = intOf(toks.get(k));
      k++;
    }
    if (month.hijri()) {
      if (k < toks.size() && (toks.get(k).norm().equals("ه") || toks.get(k).norm().equals("هـ"))) k++;
      if (year == null || day == null) return year == null ? null : new Found(i, k, null);
      try {
        return new Found(i, k, LocalDate.from(HijrahDate.of(year, month.number(), day)).toString());
      } catch (RuntimeException e) {
        return new Found(i, k, null);
      }
    }
    if (day == null && year == null) return null; // a bare month name («مارس») is too ambiguous
    if (year == null) {
      if (pub == null) return new Found(i, k, null);
      year = pub.getYear();
    }
    if (year < 1800 || year > 2200) return null;
    if (day == null) return new Found(i, k, String.format("%04d-%02d", year, month.number()));
    try {
      return new Found(i, k, LocalDate.of(year, month.number(), day).toString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** 2019/5/13, 13/5/2019, 13-5-2019 written without spaces. */
  private Found numeric(List<Token> toks, int i) {
    if (i + 4 >= toks.size() || !isNumber(toks.get(i))) return null;
    String sep = toks.get(i + 1).norm();
    if (!(sep.equals("/") || sep.equals("-") || sep.equals(".")) || !toks.get(i + 3).norm().equals(sep)) return null;
    for (int k = i; k < i + 4; k++) if (toks.get(k).end() != toks.get(k + 1).start()) return null;
    if (!isNumber(toks.get(i + 2)) || !isNumber(toks.get(i + 4))) return null;
    int a = intOf(toks.get(i)), b = intOf(toks.get(i + 2)), c = intOf(toks.get(i + 4));
    try {
      LocalDate d = toks.get(i).norm().length() == 4 ? LocalDate.of(a, b, c)
          : toks.get(i + 4).norm().length() == 4 ? LocalDate.of(c, b, a) : null;
      if (d == null || d.getYear() < 1800 || d.getYear() > 2200) return null;
      return new Found(i, i + 5, d.toString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** «عام 2014», «العام 2014», «سنة 2014». */
  private Found year(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (t.kind() != Token.Kind.ARABIC || i + 1 >= toks.size()) return null;
    String b = t.stem();
    if (!(b.equals("عام") || b.equals("سنه") || b.equals("اعوام"))) return null;
    Token y = toks.get(i + 1);
    if (!isNumber(y) || y.norm().length() != 4) return null;
    int v = intOf(y);
    if (v < 1800 || v > 2200) return null;
    return new Found(i, i + 2, Integer.toString(v));
  }

  private Found relative(List<Token> toks, int i, LocalDate pub) {
    PhraseMatcher.Match<Relative> m = relatives.longestAt(toks, i, toks.size());
    if (m == null) return null;
    Relative r = m.value();
    int end = m.end();
    if (r.unit().equals("day")) {
      // «أمس الأحد»: the weekday names the same day
      if (end < toks.size()) {
        PhraseMatcher.Match<Relative> w = relatives.longestAt(toks, end, toks.size());
        if (w != null && w.value().unit().equals("weekday")) end = w.end();
      }
      return new Found(i, end, pub == null ? null : pub.plusDays(r.offset()).toString());
    }
    if (r.unit().equals("weekday")) {
      boolean framed = i > 0 && (toks.get(i - 1).stem().equals("يوم") || toks.get(i - 1).stem().equals("مساء")
          || toks.get(i - 1).stem().equals("صباح") || toks.get(i - 1).stem().equals("ليله"));
      int dir = 0;
      if (end < toks.size()) {
        String next = toks.get(end).norm();
        if (next.equals("الماضي")) dir = -1;
        else if (next.equals("المقبل") || next.equals("القادم")) dir = 1;
      }
      if (dir != 0) end++;
      else if (!framed) return null; // «الجمعة» alone is as often the prayer as the day
      int first = framed ? i - 1 : i;
      if (pub == null) return new Found(first, end, null);
      DayOfWeek dow = DayOfWeek.of(r.offset());
      LocalDate d = dir < 0 ? pub.with(TemporalAdjusters.previous(dow))
          : dir > 0 ? pub.with(TemporalAdjusters.next(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
      return new Found(first, end, d.toString());
    }
    if (pub == null) return new Found(i, end, null);
    return switch (r.unit()) {
      case "week" -> {
        LocalDate d = pub.plusWeeks(r.offset());
        yield new Found(i, end, String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      }
      case "month" -> new Found(i, end, pub.plusMonths(r.offset()).toString().substring(0, 7));
      case "year" -> new Found(i, end, Integer.toString(pub.getYear() + r.offset()));
      default -> null;
    };
  }

  private static boolean isNumber(Token t) {
    if (t.kind() != Token.Kind.NUMBER) return false;
    String n = t.norm();
    if (n.length() > 4) return false;
    for (int k = 0; k < n.length(); k++) if (!Character.isDigit(n.charAt(k))) return false;
    return true;
  }

  private static int intOf(Token t) { return Integer.parseInt(t.norm()); }
}
