package org.rasid.events;

import java.util.HashMap;
import java.util.Map;
import org.rasid.text.Resources;

/** CAMEO codes with their Goldstein score and PLOVER event (GDELT lookups and the PLOVER mapping). */
final class CameoTable {
  record Code(String cameo, Double goldstein, String plover) {}

  private final Map<String, Code> codes = new HashMap<>();
  private final Map<String, String> ploverByPrefix = new HashMap<>();

  CameoTable() {
    for (String[] r : Resources.tsv("events/plover_roots.tsv", false)) ploverByPrefix.put(r[0], r[1]);
    for (String[] r : Resources.tsv("events/cameo_event_codes_merged.tsv", true)) {
      Double g = r.length > 5 && !r[5].isBlank() ? Double.valueOf(r[5]) : null;
      String p = r.length > 7 && !r[7].isBlank() ? r[7] : null;
      codes.put(r[0], new Code(r[0], g, p));
    }
  }

  /** The code with its PLOVER event, from the table, else from the nearest listed prefix. */
  Code get(String cameo) {
    Code c = codes.get(cameo);
    Double g = c == null ? null : c.goldstein();
    String plover = c == null ? null : c.plover();
    for (int n = cameo.length(); plover == null && n >= 2; n--) {
      plover = ploverByPrefix.get(cameo.substring(0, n));
      if (plover == null && n < cameo.length()) {
        Code parent = codes.get(cameo.substring(0, n));
        if (parent != null) plover = parent.plover();
      }
    }
    if (g == null) {
      Code root = codes.get(cameo.substring(0, Math.min(2, cameo.length())));
      if (root != null) g = root.goldstein();
    }
    return new Code(cameo, g, plover);
  }
}
