package org.rasid.doc;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A word form as the vocabulary holds it: its normalised form and default clitic segmentation,
 * shared by every token of that form (spaCy's Lexeme). Layers attach what they compute once per
 * form under their own {@link Key}, so a token costs them a field read instead of a hash lookup.
 * The strings are canonical, so their hash codes are computed once.
 */
public final class Lexeme {
  private static final Object[] NONE = new Object[0];
  private final String norm, prefix, stem, bare;
  private final boolean article;
  /** Copy-on-write; volatile so that an attachment is seen whole by any thread that sees it. */
  private volatile Object[] attached = NONE;

  public Lexeme(String norm, String prefix, String stem, boolean article, String bare) {
    this.norm = norm;
    this.prefix = prefix;
    this.stem = stem;
    this.article = article;
    this.bare = bare;
  }

  /** The normalised form. */
  public String norm() { return norm; }

  /** Proclitics stripped from the front (normalised), e.g. "وب" of "وبطرابلس". */
  public String prefix() { return prefix; }

  /** The form without proclitics or the article. */
  public String stem() { return stem; }

  /** Whether the definite article ال was part of the form. */
  public boolean article() { return article; }

  /** The stem with the article put back when it had one: "والليبية" gives "الليبيه". */
  public String bare() { return bare; }

  /** What the layer owning {@code key} attached to this form, or null. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object[] a = attached;
    return key.id < a.length ? (T) a[key.id] : null;
  }

  /** Attaches a fact about this form; the value must not change afterwards. */
  public synchronized <T> void put(Key<T> key, T value) {
    Object[] a = Arrays.copyOf(attached, Math.max(attached.length, key.id + 1));
    a[key.id] = value;
    attached = a;
  }

  @Override public String toString() { return norm; }

  /** The name under which one layer (one model, one lexicon) attaches its per-form facts. */
  public static final class Key<T> {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final int id = NEXT.getAndIncrement();
  }
}
