package io.github.acplan.documents.extraction;

import io.github.acplan.serialization.PlanFormatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stream refused with the library's error once it gives more bytes than a limit: a document streamed
 * to its reader, a workbook's part that is held whole. Counts as it reads; not thread-safe.
 */
public final class BoundedStream extends FilterInputStream {

  private final long max;
  private final Supplier<PlanFormatException> refusal;
  private long total;

  private BoundedStream(InputStream in, long max, Supplier<PlanFormatException> refusal) {
    super(Objects.requireNonNull(in, "in"));
    this.max = max;
    this.refusal = Objects.requireNonNull(refusal, "refusal");
  }

  /**
   * Bounds a stream.
   *
   * @param in the stream; closed when the bounded one is
   * @param max the most bytes it may give
   * @param refusal makes the error thrown once it gives more
   * @return the bounded stream
   */
  public static InputStream of(InputStream in, long max, Supplier<PlanFormatException> refusal) {
    return new BoundedStream(in, max, refusal);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    total += n;
    if (total > max) {
      throw refusal.get();
    }
  }
}
