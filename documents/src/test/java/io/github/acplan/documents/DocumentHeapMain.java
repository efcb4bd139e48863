package io.github.acplan.documents;

import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.text.ReadResult;
import java.nio.file.Path;

/**
 * Reads one document as a plan and prints how reading ended: started by {@link DocumentHeapTest} in a
 * JVM with a small heap, so that running out of memory shows as its own outcome.
 */
public final class DocumentHeapMain {
  private DocumentHeapMain() {}

  /**
   * Reads the document named by the first argument.
   *
   * @param args the file
   * @throws Exception if reading fails other than as a format error
   */
  public static void main(String[] args) throws Exception {
    try {
      ReadResult read = PlanDocuments.standard().read(Path.of(args[0]));
      System.out.println("READ " + read.plan().measures().size() + " measures");
    } catch (PlanFormatException e) {
      System.out.println("REFUSED " + e.getMessage());
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
    }
  }
}
