package org.rasid.doc;

import java.util.List;

/**
 * An entity of one article: its mentions merged, with the titles and roles said of it.
 *
 * @param country ISO code for a nationality or country the entity stands for, when known
 */
public record Entity(String id, EntityType type, String name, List<String> titles, List<String> roles,
                     List<Mention> mentions, String country) {
  public Entity {
    titles = List.copyOf(titles);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
