package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.acplan.core.Actor;
import io.github.acplan.core.Responsible;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the responsible-cell parser on arbitrary cells. */
class ResponsibleParserPropertiesTest {

  private static final List<String> PIECES = List.of("Відділ", "відділ освіти", "керівники", "Посадові особи",
      "Конкурсна комісія", "КУ «Центр, (1)»", "(за згодою)", "(", ")", "«", "»", "\"", "“", "”", ",", ";", ":",
      "\n", " ", "Відділи:", "загальний", "тендерні комітети:", "", "  ", "\t");

  private static Gen<String> cells() {
    Gen<String> piece = Generate.pick(PIECES);
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = Generate.range(0, 15).generate(in);
      for (int i = 0; i < n; i++) {
        sb.append(piece.generate(in));
      }
      return sb.toString();
    };
  }

  @Test
  void keepsTheTextAndNeverFails() {
    qt().withExamples(3000).forAll(cells()).checkAssert(cell -> {
      Responsible r = ResponsibleParser.parse(cell);
      assertThat(r.text()).isEqualTo(cell);
      for (Actor a : r.actors()) {
        assertThat(a.name()).isNotBlank().isEqualTo(a.name().strip());
      }
    });
  }

  private static boolean splitsIntoPartsOf(String name, String cell) {
    for (int i = name.indexOf(": "); i >= 0; i = name.indexOf(": ", i + 1)) {
      if (cell.contains(name.substring(0, i).strip()) && cell.contains(name.substring(i + 2).strip())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyActorNameComesFromTheCell() {
    qt().withExamples(3000).forAll(cells()).checkAssert(cell -> {
      for (Actor a : ResponsibleParser.parse(cell).actors()) {
        // a shared head's items are named "head: item"; both parts are in the cell
        assertThat(cell.contains(a.name()) || splitsIntoPartsOf(a.name(), cell))
            .as("name %s of cell %s", a.name(), cell).isTrue();
        a.qualifier().ifPresent(q -> assertThat(cell).contains(q));
      }
    });
  }
}
