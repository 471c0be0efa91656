package org.rasid;

import org.rasid.doc.Document;

/** One pipeline stage: reads the document's layers and adds its own. */
public interface Stage {
  void process(Document doc);
}
