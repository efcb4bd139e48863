package io.github.acplan.documents;

import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanStructureException;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.documents.extraction.TextAroundTable;
import io.github.acplan.serialization.PlanFormatException;
import io.github.acplan.serialization.table.TableGrid;
import io.github.acplan.serialization.text.ReadResult;
import io.github.acplan.serialization.text.ReadWarning;
import io.github.acplan.serialization.text.RiskRegisterTextReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A programme's risk register annexed to its plan in one document (as {@code PlanDocxWriter} writes a
 * programme: the plan's table, then "Додаток 2" with the register's table): a second large table that
 * reads as a register whose every measure cell names a measure of the plan by its number ("1.2 Провести
 * …") is the plan's register, and the plan read becomes a programme with those risks.
 *
 * <p>What a document does not say is left as the model's default: the scale the scores are on
 * ({@link Plan#riskScale()}) and whether every measure must address a risk
 * ({@link Plan#measuresMustAddressRisks()}). A register whose measures are written out in full rather
 * than named by number is a programme of its own: it is left alone here, with a warning, and read by
 * {@link PlanDocuments#readRegister(java.io.InputStream)}.
 */
final class RegisterAnnex {

  private RegisterAnnex() {
  }

  /**
   * Adds the register annexed to a plan, if the document has one.
   *
   * @param read the plan read from {@code planTable}
   * @param planTable the table the plan was read from
   * @param tables every table of the document
   * @return the plan with its register as a programme, or {@code read} as it is
   */
  static ReadResult attach(ReadResult read, TableGrid planTable, List<TableGrid> tables) {
    Plan plan = read.plan();
    if (!plan.risks().isEmpty()) {
      return read;
    }
    List<ReadWarning> warnings = new ArrayList<>(read.warnings());
    RiskRegisterTextReader reader = RiskRegisterTextReader.standard().withPeriod(plan.period());
    for (TableGrid table : tables) {
      if (table == planTable || table.rows().size() < TextAroundTable.LARGE_TABLE_ROWS) {
        continue;
      }
      ReadResult register;
      try {
        register = reader.read(table);
      } catch (PlanFormatException e) {
        continue; // not a register: another table of the document
      }
      Optional<List<CorruptionRisk>> risks = linked(register.plan(), plan);
      if (risks.isEmpty()) {
        warnings.add(new ReadWarning(1, table.source() + " reads as a risk register whose measures are not "
            + "named by the numbers of this plan's measures (\"1.2 …\"); it is not joined to the plan: read "
            + "it as a register of its own", table.rows().get(0).location()));
        continue;
      }
      try {
        Plan programme = Plan.builder().from(plan).kind(PlanKind.PROGRAMME).risks(risks.get()).build();
        return new ReadResult(programme, warnings);
      } catch (PlanStructureException e) {
        continue; // cannot happen for linked risks; a register that breaks the model is not joined
      }
    }
    return new ReadResult(plan, warnings);
  }

  /**
   * The register's risks with their measures replaced by the plan's measures their cells name, if each
   * one names one.
   */
  private static Optional<List<CorruptionRisk>> linked(Plan register, Plan plan) {
    List<CorruptionRisk> out = new ArrayList<>(register.risks().size());
    for (CorruptionRisk r : register.risks()) {
      List<MeasureNumber> numbers = new ArrayList<>(r.measures().size());
      for (MeasureNumber n : r.measures()) {
        Optional<MeasureNumber> named = register.measure(n).flatMap(m -> named(m, plan));
        if (named.isEmpty()) {
          return Optional.empty();
        }
        numbers.add(named.get());
      }
      out.add(r.withMeasures(numbers));
    }
    return Optional.of(out);
  }

  /** The plan's measure whose number begins the register's measure cell: "1.2 Провести …" names 1.2. */
  private static Optional<MeasureNumber> named(Measure inRegister, Plan plan) {
    String name = inRegister.name().strip();
    int end = 0;
    while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
      end++;
    }
    try {
      MeasureNumber number = MeasureNumber.parse(name.substring(0, end));
      return plan.measure(number).map(Measure::number);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
