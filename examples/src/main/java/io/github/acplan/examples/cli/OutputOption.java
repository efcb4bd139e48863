package io.github.acplan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -o/--out FILE}, shared by every command that writes text: the same bytes go to the file (UTF-8)
 * or, without the option, to standard output.
 */
final class OutputOption {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the output to FILE (UTF-8) instead of standard output.")
  @Nullable Path file;

  /** What a command writes, given the writer of the file or of standard output. */
  interface Body {
    /** Writes the output. */
    void writeTo(Writer out) throws IOException, BadInputException;
  }

  /**
   * Writes the output to the file or to standard output.
   *
   * @throws BadInputException if the file cannot be written; the message names it
   */
  void write(CommandSpec spec, Body body) throws BadInputException {
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        body.writeTo(out);
      } catch (IOException e) {
        throw new BadInputException("cannot write to standard output (" + e.getMessage() + ")");
      }
      out.flush();
      return;
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.writeTo(w);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot write (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  /**
   * Writes a text to the file or to standard output.
   *
   * @throws BadInputException if the file cannot be written
   */
  void write(CommandSpec spec, String text) throws BadInputException {
    write(spec, w -> w.write(text));
  }
}
