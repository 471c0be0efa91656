package org.rasid.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.rasid.Pipeline;
import org.rasid.Rasid;
import org.rasid.io.Input;
import org.rasid.io.JsonWriter;
import org.rasid.io.JsonlReader;

/**
 * Rasid over a crawl: JSON Lines in (id, title, text, date, …), one JSON record per document out,
 * the same records as {@code ./rasid extract}. Each executor loads the pipeline once and analyses
 * its partitions with it; a bad line becomes an error record and the job goes on.
 *
 * <pre>spark-submit --class org.rasid.spark.RasidJob rasid-spark.jar IN.jsonl OUT_DIR</pre>
 */
public final class RasidJob {
  private RasidJob() {}

  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 2) {
      System.err.println("usage: RasidJob INPUT_JSONL OUTPUT_DIR");
      System.exit(2);
    }
    try (SparkSession spark = SparkSession.builder().appName("rasid").getOrCreate()) {
      analyse(spark.read().textFile(args[0])).write().text(args[1]);
    }
  }

  /** One output line per non-blank input line, in the output contract of DESIGN.md. */
  public static Dataset<String> analyse(Dataset<String> lines) {
    return lines.mapPartitions((MapPartitionsFunction<String, String>) RasidJob::partition, Encoders.STRING());
  }

  private static Iterator<String> partition(Iterator<String> lines) {
    Pipeline pipeline = Rasid.pipeline();
    List<String> out = new ArrayList<>();
    int n = 0;
    while (lines.hasNext()) {
      String line = lines.next();
      n++;
      if (line.isBlank()) continue;
      Input in = JsonlReader.parse("line-" + n, line);
      if (in instanceof Input.Failed f) {
        out.add(JsonWriter.errorJson(f.id(), f.reason()));
        continue;
      }
      var article = ((Input.Ok) in).article();
      try {
        out.add(JsonWriter.toJson(pipeline.analyze(article)));
      } catch (RuntimeException | StackOverflowError e) { // AnalysisException names its reason
        out.add(JsonWriter.errorJson(article.id(), e.getMessage() == null ? e.toString() : e.getMessage()));
      }
    }
    return out.iterator();
  }
}
