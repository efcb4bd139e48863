package io.github.acplan.serialization.json;

import io.github.acplan.serialization.PlanFormatException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one JSON file as a plan and prints how reading ended: started by {@link JsonLimitsHeapTest} in a
 * JVM with a small heap, so that running out of memory shows as its own outcome.
 */
public final class HeapLimitMain {
  private HeapLimitMain() {}

  /**
   * Reads the file named by the first argument.
   *
   * @param args the file
   * @throws Exception if reading fails other than as a format error
   */
  public static void main(String[] args) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      PlanJson.standard().read(in);
      System.out.println("READ");
    } catch (PlanFormatException e) {
      System.out.println("REFUSED " + e.getMessage());
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
    }
  }
}
