package org.rasid.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.rasid.doc.Amount;
import org.rasid.doc.Article;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;
import org.rasid.doc.Entity;
import org.rasid.doc.Event;
import org.rasid.doc.Mention;
import org.rasid.doc.Place;
import org.rasid.doc.Quote;
import org.rasid.doc.TextSpan;

/**
 * Writes analyses in the output contract of DESIGN.md: one JSON object per document, as JSON Lines
 * or as one pretty-printed array. Streams with Jackson's generator: nothing is buffered per batch.
 */
public final class JsonWriter implements Closeable {
  private final JsonGenerator g;
  private final boolean lines;
  private final OutputStream out;

  public JsonWriter(OutputStream out, boolean lines) throws IOException {
    this.out = out;
    this.lines = lines;
    this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (lines) {
      g.setRootValueSeparator(null);
    } else {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
    }
  }

  public void write(Document d) throws IOException {
    Article a = d.article();
    g.writeStartObject();
    header(a);
    g.writeStringField("text", d.text());
    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) entity(e);
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : d.quotes()) quote(q);
    g.writeEndArray();
    g.writeArrayFieldStart("places");
    for (Place p : d.places()) place(p);
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (DateMention m : d.dates()) {
      g.writeStartObject();
      span(m.start(), m.end(), m.text());
      g.writeStringField("value", m.value());
      if (!"point".equals(m.relation())) g.writeStringField("relation", m.relation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("amounts");
    for (Amount m : d.amounts()) amount(m);
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : d.events()) event(e);
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    g.writeEndArray();
    g.writeEndObject();
    endRecord();
  }

  /** One analysis as a JSON line (no newline): for jobs that handle records one by one. */
  public static String toJson(Document d) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    try (JsonWriter w = new JsonWriter(out, true)) {
      w.write(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
  }

  /** An error record as a JSON line (no newline). */
  public static String errorJson(String id, String reason) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
    try (JsonWriter w = new JsonWriter(out, true)) {
      w.writeError(id, reason, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
  }

  /** An error record: the document's id and why it could not be read or analysed. */
  public void writeError(String id, String reason, Article a) throws IOException {
    g.writeStartObject();
    if (a != null) header(a); else g.writeStringField("id", id);
    g.writeArrayFieldStart("errors");
    g.writeString(reason);
    g.writeEndArray();
    g.writeEndObject();
    endRecord();
  }

  private void endRecord() throws IOException {
    if (lines) {
      g.writeRaw('\n');
    }
    g.flush();
  }

  private void header(Article a) throws IOException {
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeStringField("source", a.source());
    for (Map.Entry<String, Object> e : a.extra().entrySet()) {
      if (!RESERVED.contains(e.getKey())) {
        g.writeFieldName(e.getKey());
        writeValue(e.getValue());
      }
    }
  }

  private static final List<String> RESERVED = List.of("text", "entities", "quotes", "places", "dates", "amounts",
      "events", "errors", "published");

  private void writeValue(Object v) throws IOException {
    if (v == null) g.writeNull();
    else if (v instanceof String s) g.writeString(s);
    else if (v instanceof Number n) g.writeNumber(n.toString());
    else if (v instanceof Boolean b) g.writeBoolean(b);
    else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) writeValue(o);
      g.writeEndArray();
    } else g.writeString(v.toString());
  }

  private void entity(Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type().name());
    g.writeStringField("name", e.name());
    strings("titles", e.titles());
    strings("roles", e.roles());
    if (e.country() != null) g.writeStringField("country", e.country());
    g.writeArrayFieldStart("mentions");
    for (Mention m : e.mentions()) {
      g.writeStartObject();
      span(m.start(), m.end(), m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void quote(Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", q.type().label());
    if (q.speaker() == null) {
      g.writeNullField("speaker");
    } else {
      g.writeObjectFieldStart("speaker");
      g.writeStringField("entity", q.speakerEntity());
      g.writeStringField("name", q.speakerName());
      span(q.speaker());
      g.writeEndObject();
    }
    if (q.cue() == null) {
      g.writeNullField("cue");
    } else {
      g.writeObjectFieldStart("cue");
      span(q.cue());
      g.writeStringField("kind", q.cueKind());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("content");
    span(q.content());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void place(Place p) throws IOException {
    g.writeStartObject();
    span(p.start(), p.end(), p.text());
    placeFields(p);
    g.writeEndObject();
  }

  private void placeFields(Place p) throws IOException {
    g.writeStringField("name", p.name());
    g.writeStringField("country", p.country());
    if (p.lat() == null) g.writeNullField("lat"); else g.writeNumberField("lat", p.lat());
    if (p.lon() == null) g.writeNullField("lon"); else g.writeNumberField("lon", p.lon());
    if (p.geonameid() == null) g.writeNullField("geonameid"); else g.writeNumberField("geonameid", p.geonameid());
    if (p.featureCode() != null) g.writeStringField("feature", p.featureCode());
  }

  private void amount(Amount m) throws IOException {
    g.writeStartObject();
    span(m.start(), m.end(), m.text());
    if (m.upper() == null) {
      number("value", m.value());
    } else {
      g.writeArrayFieldStart("value");
      g.writeNumber(plain(m.value()));
      g.writeNumber(plain(m.upper()));
      g.writeEndArray();
    }
    if (m.approximate()) g.writeBooleanField("approximate", true);
    if (m.unit() != null) g.writeStringField("unit", m.unit());
    if (m.object() != null) g.writeStringField("object", m.object());
    g.writeEndObject();
  }

  private void event(Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("cameo", e.cameo());
    g.writeStringField("plover", e.plover());
    if (e.goldstein() == null) g.writeNullField("goldstein"); else g.writeNumberField("goldstein", e.goldstein());
    actor("source", e.source());
    actor("target", e.target());
    g.writeObjectFieldStart("trigger");
    span(e.trigger());
    g.writeEndObject();
    if (e.place() == null) {
      g.writeNullField("place");
    } else {
      g.writeObjectFieldStart("place");
      span(e.place().start(), e.place().end(), e.place().text());
      placeFields(e.place());
      g.writeEndObject();
    }
    g.writeStringField("date", e.date());
    g.writeObjectFieldStart("sentence");
    g.writeNumberField("start", e.sentence().start());
    g.writeNumberField("end", e.sentence().end());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void actor(String field, Event.Actor a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    span(a.start(), a.end(), a.text());
    g.writeStringField("entity", a.entity());
    g.writeStringField("actor", a.actor());
    g.writeEndObject();
  }

  private void span(TextSpan s) throws IOException { span(s.start(), s.end(), s.text()); }

  private void span(int start, int end, String text) throws IOException {
    g.writeStringField("text", text);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
  }

  private void strings(String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) g.writeString(s);
    g.writeEndArray();
  }

  private void number(String field, double v) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(plain(v));
  }

  /** 17 rather than 17.0: amounts are mostly whole numbers. */
  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  @Override public void close() throws IOException {
    if (!lines) {
      g.writeEndArray();
      g.writeRaw('\n');
    }
    g.close();
    out.flush();
  }
}
