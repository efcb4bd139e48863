package io.github.acplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.calendar.WorkingCalendar;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineParser;
import io.github.acplan.core.deadline.Deadlines;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.core.fixtures.MonitoredProgramme;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.ReportingPeriod;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.schedule.DeadlineSchedule;
import io.github.acplan.core.schedule.Occurrence;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.core.validation.FindingPath;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.ValidationReport;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core keeps two contracts a demanding caller relies on: a null where none is
 * documented is refused at once with a {@link NullPointerException} (not later, not as another
 * exception), and values are equal exactly when their contents are.
 */
class PublicApiContractTest {

  private static final Plan PLAN = MonitoredProgramme.plan();

  /** Core's public types, found in its compiled classes: every new type is covered without a list. */
  static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class") || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'),
            false, Plan.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
            && Plan.class.getModule().isExported(type.getPackageName())) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static NullPointerTester tester() {
    WorkingCalendar calendar = UkrainianCalendar.standard();
    return new NullPointerTester()
        .setDefault(Plan.class, PLAN)
        .setDefault(PlanPeriod.class, PLAN.period())
        .setDefault(MeasureNumber.class, MeasureNumber.parse("1.1"))
        .setDefault(Measure.class, PLAN.measures().get(0))
        .setDefault(Section.class, PLAN.sections().get(0))
        .setDefault(CorruptionRisk.class, PLAN.risks().get(0))
        .setDefault(Deadline.class, new Permanent("Постійно"))
        .setDefault(WorkingCalendar.class, calendar)
        .setDefault(ExecutionReport.class, MonitoredProgramme.report2025H1())
        .setDefault(ReportingPeriod.class, ReportingPeriod.ofYear(2025))
        .setDefault(Wording.class, new Wording("id", "назва", "name"))
        .setDefault(LocalDate.class, LocalDate.of(2025, 6, 30))
        .setDefault(Month.class, Month.JUNE)
        .setDefault(DeadlineSchedule.class, DeadlineSchedule.of(PLAN.period(), calendar))
        .setDefault(PlanSchedule.class, PlanSchedule.of(PLAN, calendar))
        .setDefault(FindingPath.class, FindingPath.plan())
        .setDefault(Occurrence.class, PlanSchedule.of(PLAN, calendar).items().get(0).occurrence());
  }

  @Test
  void publicConstructorsAndStaticMethodsRefuseUndocumentedNulls() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("core's public types").hasSizeGreaterThan(50);
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> type : types) {
      try {
        tester.testAllPublicConstructors(type);
        tester.testAllPublicStaticMethods(type);
      } catch (AssertionError e) {
        failures.add(type.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void publicInstanceMethodsRefuseUndocumentedNulls() {
    NullPointerTester tester = tester();
    WorkingCalendar calendar = UkrainianCalendar.standard();
    List<Object> samples = List.of(PLAN, PLAN.period(), PLAN.sections().get(0), PLAN.measures().get(0),
        PLAN.risks().get(0), MeasureNumber.parse("2.10"), PLAN.measures().get(0).responsible(),
        DeadlineParser.forPeriod(PLAN.period()), DeadlineSchedule.of(PLAN.period(), calendar),
        PlanSchedule.of(PLAN, calendar), PlanValidator.standard(),
        ExecutionMonitor.of(PLAN, calendar), MonitoredProgramme.report2025H1(),
        Deadlines.until(15, Month.DECEMBER));
    List<String> failures = new ArrayList<>();
    for (Object sample : samples) {
      try {
        tester.testAllPublicInstanceMethods(sample);
      } catch (AssertionError e) {
        failures.add(sample.getClass().getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void valuesAreEqualExactlyWhenTheirContentsAre() {
    Plan other = PLAN.withTitle(PLAN.title() + " (нова редакція)");
    new EqualsTester()
        .addEqualityGroup(PLAN, Plan.copyOf(PLAN), PLAN.withTitle(PLAN.title()))
        .addEqualityGroup(other)
        .addEqualityGroup(MeasureNumber.parse("1.1"), MeasureNumber.of(1, 1))
        .addEqualityGroup(MeasureNumber.parse("1.10"))
        .addEqualityGroup(PlanPeriod.of(2024, 2026), PlanPeriod.of(2024, 2026))
        .addEqualityGroup(PlanPeriod.ofYear(2024))
        .addEqualityGroup(Deadlines.until(15, Month.DECEMBER), Deadlines.until(15, Month.DECEMBER))
        .addEqualityGroup(Deadlines.until(15, Month.DECEMBER, 2025))
        .addEqualityGroup(new Permanent("Постійно"), new Permanent("Постійно"))
        .addEqualityGroup(new Permanent("постійно"))
        .addEqualityGroup(PLAN.measures().get(0), Measure.copyOf(PLAN.measures().get(0)))
        .addEqualityGroup(PLAN.measures().get(0).withName("Інший захід"))
        .addEqualityGroup(PLAN.risks().get(0), MonitoredProgramme.plan().risks().get(0))
        .addEqualityGroup(new Wording("a", "б", "c"), new Wording("a", "б", "c"))
        .testEquals();
    ValidationReport report = PlanValidator.standard().validate(PLAN);
    new EqualsTester()
        .addEqualityGroup(report, ValidationReport.of(report.findings()))
        .addEqualityGroup(ValidationReport.of(List.of()))
        .testEquals();
  }
}
