package org.rasid.doc;

/**
 * Reported speech.
 *
 * @param speaker the name as written, or null when the text does not say who spoke
 * @param speakerEntity id of the article entity the speaker resolves to, or null
 * @param speakerName the entity's canonical name, or the speaker text when there is no entity
 * @param cue the reporting cue, or null for a headline of the form «Speaker: content»
 */
public record Quote(Type type, TextSpan content, TextSpan cue, String cueKind, TextSpan speaker,
                    String speakerEntity, String speakerName) {
  public enum Type {
    DIRECT, INDIRECT, MIXED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
  }
}
