package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped tagger is what `./rasid train ner` makes from the repository's data: retrained here,
 * every file must equal the shipped one byte for byte. A word list the segmenter reads, edited without
 * retraining, fails this test.
 */
class TrainCommandTest {
  @Test void trainingReproducesTheShippedModel(@TempDir Path out) throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path data = root.resolve("data/ner/anercorp/ANERCorp_CamelLab_train.txt");
    assertEquals(0, Main.run("train", "ner", "--data", data.toString(), "-o", out.toString()));
    Path shipped = root.resolve("rasid-core/src/main/resources/org/rasid/ner");
    for (String f : new String[] {"anercorp-local.model.gz", "anercorp-context.model.gz", "common_words.txt"}) {
      assertArrayEquals(Files.readAllBytes(shipped.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
  }
}
