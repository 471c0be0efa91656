package org.rasid.doc;

/** A place name and the gazetteer entry it resolves to; lat/lon/geonameid are null when unresolved. */
public record Place(int start, int end, String text, String name, String country, Double lat, Double lon,
                    Long geonameid, String featureCode) {
  public Span span() { return new Span(start, end); }
}
