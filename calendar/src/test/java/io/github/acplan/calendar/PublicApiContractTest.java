package io.github.acplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.acplan.calendar.term.DueDateShift;
import io.github.acplan.calendar.term.LegalTerms;
import io.github.acplan.calendar.term.UntilReading;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the calendar refuses a null where none is documented at once, with a
 * {@link NullPointerException}, and its values are equal exactly when their contents are.
 */
class PublicApiContractTest {

  /** The calendar's public types in its exported packages, found in its compiled classes. */
  static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(UkrainianCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class") || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'),
            false, UkrainianCalendar.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
            && UkrainianCalendar.class.getModule().isExported(type.getPackageName())) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2024, 8, 24))
        .setDefault(WorkingCalendar.class, UkrainianCalendar.standard())
        .setDefault(DueDateShift.class, DueDateShift.values()[0])
        .setDefault(UntilReading.class, UntilReading.values()[0])
        .setDefault(Holiday.class, new Holiday(LocalDate.of(2024, 8, 24), "День Незалежності України",
            "Independence Day"));
  }

  @Test
  void publicConstructorsAndStaticMethodsRefuseUndocumentedNulls() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("the calendar's public types").contains(UkrainianCalendar.class, LegalTerms.class);
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
    UkrainianCalendar calendar = UkrainianCalendar.standard();
    List<Object> samples = List.of(calendar, LegalTerms.of(calendar), calendar.explain(LocalDate.of(2024, 8, 24)));
    List<String> failures = new ArrayList<>();
    for (Object sample : samples) {
      try {
        tester.testAllPublicInstanceMethods(sample);
      } catch (AssertionError | RuntimeException e) {
        failures.add(sample.getClass().getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void explanationsAreEqualExactlyWhenTheirContentsAre() {
    UkrainianCalendar calendar = UkrainianCalendar.standard();
    new EqualsTester()
        .addEqualityGroup(calendar.explain(LocalDate.of(2024, 8, 24)), calendar.explain(LocalDate.of(2024, 8, 24)))
        .addEqualityGroup(calendar.explain(LocalDate.of(2020, 4, 20)))
        .addEqualityGroup(calendar.explain(LocalDate.of(2021, 1, 16)))
        .testEquals();
  }
}
