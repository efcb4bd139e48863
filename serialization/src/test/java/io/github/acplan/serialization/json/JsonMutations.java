package io.github.acplan.serialization.json;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Damaged JSON for the robustness properties: a document with a few short runs replaced by pieces. */
final class JsonMutations {

  /** The longest run of characters one edit cuts out before inserting its piece. */
  private static final int MAX_CUT = 4;

  private JsonMutations() {}

  /**
   * Returns a document from {@code documents} with 1 to {@code maxEdits} edits, each replacing up to
   * {@value #MAX_CUT} characters at a random place with one of {@code pieces}.
   */
  static Gen<String> of(Gen<String> documents, List<String> pieces, int maxEdits) {
    Gen<String> piece = Generate.pick(pieces);
    return in -> {
      StringBuilder sb = new StringBuilder(documents.generate(in));
      int n = Generate.range(1, maxEdits).generate(in);
      for (int i = 0; i < n; i++) {
        int at = Generate.range(0, sb.length()).generate(in);
        int cut = Math.min(sb.length() - at, Generate.range(0, MAX_CUT).generate(in));
        sb.replace(at, at + cut, piece.generate(in));
      }
      return sb.toString();
    };
  }
}
