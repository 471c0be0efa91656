package org.rasid.cli;

/**
 * Another tool timed by {@code ./rasid bench} on the same documents, found with ServiceLoader so
 * that peers with incompatible licences (CoreNLP is GPL) live in a module the shipped tool lacks.
 */
public interface Peer {
  /** A short name for the report, such as {@code corenlp_segment_pos}. */
  String name();

  /** Processes one text fully; returns the number of tokens it produced. */
  int process(String text);
}
