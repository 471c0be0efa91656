package org.rasid.geo;

/**
 * One gazetteer row.
 *
 * @param kind COUNTRY, ADMIN1 or PLACE
 */
public record GeoEntry(String nameAr, String nameEn, String country, Double lat, Double lon, Long geonameid,
                       String featureCode, long population, Kind kind) {
  public enum Kind { COUNTRY, ADMIN1, PLACE }

  /** Rank for ties: capitals and countries first, then by population. */
  double prominence() {
    double p = Math.log10(population + 10.0);
    if (kind == Kind.COUNTRY) p += 3;
    if ("PPLC".equals(featureCode)) p += 1.5;
    else if (featureCode != null && featureCode.startsWith("PPLA")) p += 0.7;
    else if ("AIRP".equals(featureCode)) p += 2;
    else if ("CONT".equals(featureCode) || "RGN".equals(featureCode) || "SEA".equals(featureCode)) p += 5;
    return p;
  }
}
