package org.rasid.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.rasid.cli.Peer;

/** Stanford CoreNLP's Arabic pipeline cut to segmentation and POS tagging: the Java peer analysts would pick. */
public final class CoreNlpPeer implements Peer {
  private final StanfordCoreNLP pipeline;

  public CoreNlpPeer() {
    Properties props = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
      if (in == null) throw new IllegalStateException("CoreNLP Arabic models are not on the classpath");
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.setProperty("annotators", "tokenize,ssplit,pos");
    pipeline = new StanfordCoreNLP(props);
  }

  @Override public String name() { return "corenlp_segment_pos"; }

  @Override public int process(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    return doc.tokens().size();
  }
}
