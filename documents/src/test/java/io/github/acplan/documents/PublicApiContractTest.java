package io.github.acplan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.acplan.calendar.UkrainianCalendar;
import io.github.acplan.core.Plan;
import io.github.acplan.core.monitoring.ExecutionMonitor;
import io.github.acplan.core.monitoring.MonitoringResult;
import io.github.acplan.core.schedule.PlanSchedule;
import io.github.acplan.documents.publish.DueDateCalendar;
import io.github.acplan.documents.publish.PlanDocxWriter;
import io.github.acplan.documents.publish.PlanHtmlWriter;
import io.github.acplan.documents.publish.ReportDocxWriter;
import io.github.acplan.documents.publish.ReportHtmlWriter;
import io.github.acplan.test.fixtures.SeedFixtures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type that documents exports refuses a null where none is documented at once, with a
 * {@link NullPointerException}, and its values are equal exactly when their contents are (core and
 * serialization have the same test).
 */
class PublicApiContractTest {

  private static final Plan PLAN = SeedFixtures.plan();

  /**
   * The public types of the exported packages, found in the compiled classes and the module descriptor:
   * every new type is covered without a list, and the unexported readers' public classes are left out.
   */
  static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(PlanDocuments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> exported;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      exported = ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    }
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class") || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'),
            false, PlanDocuments.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
            && exported.contains(type.getPackageName())) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static NullPointerTester tester() {
    MonitoringResult result = ExecutionMonitor.of(PLAN, UkrainianCalendar.standard())
        .assess(SeedFixtures.statusFile());
    return new NullPointerTester()
        .setDefault(Plan.class, PLAN)
        .setDefault(MonitoringResult.class, result)
        .setDefault(PlanSchedule.class, PlanSchedule.of(PLAN, UkrainianCalendar.standard()))
        .setDefault(DocumentLimits.class, DocumentLimits.standard())
        .setDefault(Locale.class, Locale.ENGLISH)
        .setDefault(Instant.class, Instant.parse("2020-01-09T10:00:00Z"))
        .setDefault(OutputStream.class, new ByteArrayOutputStream())
        .setDefault(InputStream.class, InputStream.nullInputStream())
        .setDefault(Path.class, Path.of("plan.docx"))
        .setDefault(byte[].class, new byte[] {'<', 'p', '>'});
  }

  @Test
  void publicConstructorsAndStaticMethodsRefuseUndocumentedNulls() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("documents' exported public types")
        .contains(PlanDocuments.class, DocumentLimits.class,
            io.github.acplan.documents.publish.PlanDocxWriter.class)
        .noneMatch(t -> t.getPackageName().contains("internal"));
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> type : types) {
      try {
        tester.testAllPublicConstructors(type);
        tester.testAllPublicStaticMethods(type);
      } catch (AssertionError | RuntimeException e) {
        failures.add(type.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void publicInstanceMethodsRefuseUndocumentedNulls() {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Object sample : List.of(PlanDocuments.standard(), DocumentLimits.standard(),
        PlanHtmlWriter.standard(), PlanDocxWriter.standard(), ReportHtmlWriter.standard(),
        ReportDocxWriter.standard(), DueDateCalendar.standard())) {
      try {
        tester.testAllPublicInstanceMethods(sample);
      } catch (AssertionError | RuntimeException e) {
        failures.add(sample.getClass().getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void limitsAreEqualExactlyWhenTheirContentsAre() {
    DocumentLimits standard = DocumentLimits.standard();
    new EqualsTester()
        .addEqualityGroup(standard, DocumentLimits.standard(),
            new DocumentLimits(standard.maxBytes(), standard.maxPages(), standard.maxTableRows(),
                standard.maxCells()))
        .addEqualityGroup(standard.withMaxBytes(1024))
        .addEqualityGroup(standard.withMaxPages(1))
        .addEqualityGroup(standard.withMaxTableRows(1))
        .addEqualityGroup(standard.withMaxCells(1))
        .testEquals();
  }
}
