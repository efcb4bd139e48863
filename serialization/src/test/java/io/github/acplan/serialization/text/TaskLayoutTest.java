package io.github.acplan.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.serialization.table.CellParagraph;
import io.github.acplan.serialization.table.GridCell;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridRow;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.table.VerticalMerge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The task layout of ministries' and the Cabinet of Ministers' plans: the task cell merged down over its
 * measures, measures numbered "1)", "2)" inside a task, ditto marks.
 */
class TaskLayoutTest {

  private static int row;

  private static GridRow row(VerticalMerge taskMerge, String task, String... cells) {
    row++;
    GridLocation at = GridLocation.ofTableRow(row).withPage(1);
    List<GridCell> out = new ArrayList<>();
    out.add(new GridCell(task.isEmpty() ? List.of() : List.of(CellParagraph.of(task)), 1, taskMerge,
        at.withCell(1)));
    for (int i = 0; i < cells.length; i++) {
      out.add(GridCell.ofText(cells[i], at.withCell(i + 2)));
    }
    return GridRow.of(out, at);
  }

  static TableGrid ministryPlan() {
    row = 0;
    List<GridRow> rows = List.of(
        row(VerticalMerge.NONE, "Найменування завдання", "Найменування (Зміст) заходу", "Строк виконання",
            "Відповідальні (виконавці)", "Індикатор виконання"),
        row(VerticalMerge.RESTART, "1. Удосконалення системи внутрішнього контролю",
            "1) Розробити порядок проведення внутрішнього аудиту", "до 1 квітня 2019 р.",
            "Департамент внутрішнього аудиту", "Порядок затверджено"),
        row(VerticalMerge.CONTINUE, "", "2) Провести навчання працівників", "щокварталу",
            "-\"-", "Навчання проведено"),
        row(VerticalMerge.RESTART, "2. Запобігання конфлікту інтересів",
            "1) Забезпечити облік повідомлень про конфлікт інтересів", "Постійно",
            "Сектор з питань запобігання та виявлення корупції", "Журнал обліку"),
        row(VerticalMerge.CONTINUE, "", "2) Проводити перевірки", "те саме",
            "Сектор з питань запобігання та виявлення корупції", "Довідка"));
    return new TableGrid(rows, List.of("ПЛАН ЗАХОДІВ", "щодо запобігання корупції у міністерстві",
        "на 2019 рік"), List.of(), "test");
  }

  @Test
  void tasksBecomeSectionsAndMeasuresAreNumberedWithinThem() throws Exception {
    ReadResult read = PlanTableReader.standard().read(ministryPlan());
    Plan plan = read.plan();
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2);
    assertThat(plan.sections()).extracting(Section::title).containsExactly(
        "Удосконалення системи внутрішнього контролю", "Запобігання конфлікту інтересів");
    assertThat(plan.measures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.2", "2.1", "2.2");
    Measure first = plan.measures().get(0);
    assertThat(first.name()).isEqualTo("1) Розробити порядок проведення внутрішнього аудиту");
    assertThat(first.deadline().kind()).isEqualTo(DeadlineKind.BY_DATE);
  }

  @Test
  void dittoMarksCopyTheCellAboveWithAWarningNamingIt() throws Exception {
    ReadResult read = PlanTableReader.standard().read(ministryPlan());
    Plan plan = read.plan();
    assertThat(plan.measures().get(1).responsible().text()).isEqualTo("Департамент внутрішнього аудиту");
    assertThat(plan.measures().get(3).deadline().text()).isEqualTo("Постійно");
    assertThat(read.warnings()).anySatisfy(w -> {
      assertThat(w.message()).contains("measure 1.2").contains("ditto mark \"-\"-\"");
      assertThat(w.location()).hasToString("page 1, table row 3");
    });
  }
}
