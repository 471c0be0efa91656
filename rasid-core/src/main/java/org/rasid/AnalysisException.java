package org.rasid;

/** An article that could not be analysed; names the document and the reason. */
public final class AnalysisException extends RuntimeException {
  private final String documentId;

  public AnalysisException(String documentId, String reason) {
    super(reason);
    this.documentId = documentId;
  }

  public String documentId() { return documentId; }
}
