package org.rasid.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding and a binary-content check: a reader's first line of defence. */
public final class Bytes {
  private Bytes() {}

  /** Thrown for input that is not text; the message says why. */
  public static final class NotTextException extends Exception {
    public NotTextException(String reason) { super(reason); }
  }

  public static String decode(byte[] b, int off, int len) throws NotTextException {
    if (len >= 3 && (b[off] & 0xff) == 0xEF && (b[off + 1] & 0xff) == 0xBB && (b[off + 2] & 0xff) == 0xBF) {
      off += 3;
      len -= 3;
    }
    int controls = 0;
    for (int i = off; i < off + len; i++) {
      int c = b[i] & 0xff;
      if (c == 0) throw new NotTextException("binary content (NUL byte at offset " + (i - off) + ")");
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
    }
    if (len > 0 && controls * 20 > len) throw new NotTextException("binary content (" + controls + " control bytes)");
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, len)).toString();
    } catch (CharacterCodingException e) {
      throw new NotTextException("invalid UTF-8");
    }
  }
}
