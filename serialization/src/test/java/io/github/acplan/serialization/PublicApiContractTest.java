package io.github.acplan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.ExecutionReport;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.validation.PlanValidator;
import io.github.acplan.core.validation.ValidationReport;
import io.github.acplan.serialization.json.ExecutionReportJson;
import io.github.acplan.serialization.json.PlanJson;
import io.github.acplan.serialization.table.GridLocation;
import io.github.acplan.serialization.table.GridWarning;
import io.github.acplan.serialization.text.ReadWarning;
import io.github.acplan.serialization.text.TextLimits;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of serialization refuses a null where none is documented at once, with a
 * {@link NullPointerException}, in its public constructors and static methods (core has the same test).
 */
class PublicApiContractTest {

  @Test
  void publicConstructorsAndStaticMethodsRefuseUndocumentedNulls() throws Exception {
    Path root = Path.of(PlanFormatException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class") || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.')
            .replace('\\', '.'), false, PlanFormatException.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
            && PlanFormatException.class.getModule().isExported(type.getPackageName())) {
          types.add(type);
        }
      }
    }
    assertThat(types).as("serialization's public types").hasSizeGreaterThan(20);
    Plan plan = io.github.acplan.serialization.text.PlanTextReader.standard().read(SeedPlan.text()).plan();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Plan.class, plan)
        .setDefault(PlanPeriod.class, plan.period())
        .setDefault(GridLocation.class, GridLocation.ofLine(1))
        .setDefault(InputLocation.class, GridLocation.ofLine(1))
        .setDefault(ValidationReport.class, PlanValidator.standard().validate(plan))
        .setDefault(ExecutionReport.class, ExecutionReportJson.standard().read(SeedPlan.statusText()))
        .setDefault(MonitoringResult.class, ExecutionMonitor.of(plan, UkrainianCalendar.standard())
            .assess(ExecutionReportJson.standard().read(SeedPlan.statusText())));
    List<String> failures = new ArrayList<>();
    for (Class<?> type : types) {
      try {
        tester.testAllPublicConstructors(type);
        tester.testAllPublicStaticMethods(type);
        // The readers and writers: their shared instance's methods too.
        java.lang.reflect.Method standard = standardMethod(type);
        if (standard != null) {
          tester.testAllPublicInstanceMethods(standard.invoke(null));
        }
      } catch (ReflectiveOperationException e) {
        failures.add(type.getName() + ": " + e);
      } catch (AssertionError | RuntimeException e) {
        // NullPointerTester's messages print every argument, the seed plan among them: keep the head and
        // the tail, which say which method and what was thrown
        String message = String.valueOf(e.getMessage());
        failures.add(type.getName() + ": " + (message.length() <= 600 ? message
            : message.substring(0, 300) + " … " + message.substring(message.length() - 300)));
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The type's public static {@code standard()} method, if it has one. */
  private static java.lang.reflect.Method standardMethod(Class<?> type) {
    try {
      java.lang.reflect.Method m = type.getMethod("standard");
      return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @Test
  void valuesAreEqualExactlyWhenTheirContentsAre() {
    GridLocation cell = GridLocation.ofTableRow(3).withPage(2).withCell(4);
    new EqualsTester()
        .addEqualityGroup(TextLimits.standard(), new TextLimits(TextLimits.standard().maxChars(),
            TextLimits.standard().maxLines(), TextLimits.standard().maxMeasures()))
        .addEqualityGroup(TextLimits.standard().withMaxChars(10))
        .addEqualityGroup(TextLimits.standard().withMaxLines(10))
        .addEqualityGroup(TextLimits.standard().withMaxMeasures(10))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(cell, GridLocation.ofTableRow(3).withPage(2).withCell(4))
        .addEqualityGroup(cell.withCell(5))
        .addEqualityGroup(GridLocation.ofLine(3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new GridWarning(cell, "read as one word"), new GridWarning(cell, "read as one word"))
        .addEqualityGroup(new GridWarning(cell, "another"))
        .addEqualityGroup(new GridWarning(cell.withCell(1), "read as one word"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new ReadWarning(7, "the plan has no signatory"), new ReadWarning(7, "the plan has no signatory"))
        .addEqualityGroup(new ReadWarning(8, "the plan has no signatory"))
        .addEqualityGroup(new ReadWarning(7, "the plan has no signatory", cell))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PlanJson.Limits.defaults(), PlanJson.Limits.defaults())
        .addEqualityGroup(new PlanJson.Limits(10, 1000, 100_000))
        .testEquals();
  }
}
