package io.github.acplan.documents.publish;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The precompiled jte templates under {@code src/main/jte}, rendered as HTML: jte escapes every value by
 * where it is written (text, attribute), so that nothing that came from a plan or a status file can
 * become markup.
 */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Templates.class.getClassLoader(), "io.github.acplan.documents.publish.internal.template");

  private Templates() {}

  /** Renders a template of one parameter as UTF-8 to a stream, which is flushed and not closed. */
  static void render(String template, Object page, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ENGINE.render(template, page, new WriterOutput(writer));
    writer.flush();
  }

  /** Renders a template into a string: the writers' {@code write(…)} that return the page. */
  static String render(String template, Object page) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, page, out);
    return out.toString();
  }
}
