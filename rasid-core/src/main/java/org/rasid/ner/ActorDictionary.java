package org.rasid.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rasid.text.Resources;

/**
 * UniversalPetrarch's Arabic actor dictionary, read once: each entry's name as written
 * («نوري_المالكي_») with its role codes, given on the entry's line or on the lines below it.
 * The tagger's word lists, its name gazetteer and the event coder's actor codes all read it here.
 */
public final class ActorDictionary {
  /**
   * @param inline the role bracket on the entry's own line (with what follows it), or null
   * @param roles  the role lines below the entry, in order
   */
  public record Entry(String name, String inline, List<String> roles) {
    /** Whether the first role given has dates: inline, else on the first role line. */
    public boolean firstRoleDated() {
      return (inline != null && datedInline(inline)) || (!roles.isEmpty() && datedLine(roles.get(0)));
    }

    /** Whether any role given has dates. */
    public boolean anyRoleDated() {
      if (inline != null && datedInline(inline)) return true;
      for (String r : roles) if (datedLine(r)) return true;
      return false;
    }

    /** The first role bracket: inline, else the first role line; null when none. */
    public String firstRole() { return inline != null ? inline : roles.isEmpty() ? null : roles.get(0); }
  }

  private static final class Holder {
    static final List<Entry> ENTRIES = load();
  }

  private ActorDictionary() {}

  public static List<Entry> entries() { return Holder.ENTRIES; }

  static boolean datedLine(String role) { return role.matches("\\[[A-Z]+ .*\\d{8}.*"); }

  static boolean datedInline(String role) { return role.matches("\\[[A-Z]+ .*\\d{8}.*\\]"); }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    String name = null, inline = null;
    List<String> roles = new ArrayList<>();
    for (String line : Resources.rawLines("events/actor_dict_ar_v4.txt")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) continue;
      if (t.startsWith("[")) {
        if (name != null) roles.add(t);
        continue;
      }
      if (name != null) out.add(new Entry(name, inline, List.copyOf(roles)));
      int br = t.indexOf('[');
      name = (br < 0 ? t : t.substring(0, br)).strip();
      inline = br < 0 ? null : t.substring(br);
      roles.clear();
    }
    if (name != null) out.add(new Entry(name, inline, List.copyOf(roles)));
    return Collections.unmodifiableList(out);
  }
}
