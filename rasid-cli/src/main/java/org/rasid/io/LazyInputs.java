package org.rasid.io;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A reader that yields documents one at a time as its stream is read. Subclasses read one record
 * per call, returning null for a record to skip, and call {@link #finish()} at the end of input.
 */
abstract class LazyInputs implements Iterator<Input> {
  private Input next;
  private boolean done;

  /** The next document or error, null to skip a record. */
  protected abstract Input readOne();

  /** No more records after the current one. */
  protected final void finish() { done = true; }

  @Override public final boolean hasNext() {
    while (next == null && !done) next = readOne();
    return next != null;
  }

  @Override public final Input next() {
    if (!hasNext()) throw new NoSuchElementException();
    Input r = next;
    next = null;
    return r;
  }
}
