package io.github.acplan.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the starter refuses a null where none is documented at once, with a
 * {@link NullPointerException} that names the parameter, and its settings are equal exactly when their
 * contents are (core and serialization have the same test). The starter has no module descriptor: all
 * its public types are its API.
 */
class PublicApiContractTest {

  private static final AcplanProperties DEFAULTS = new AcplanProperties(new AcplanProperties.Calendar(null, false),
      new AcplanProperties.Deadlines(null), new AcplanProperties.Validation(List.of()));

  /** The starter's public types, found in its compiled classes: every new type is covered without a list. */
  static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(AcplanAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class") || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'),
            false, AcplanAutoConfiguration.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(AcplanProperties.class, DEFAULTS)
        .setDefault(AcplanProperties.Calendar.class, DEFAULTS.calendar())
        .setDefault(AcplanProperties.Deadlines.class, DEFAULTS.deadlines())
        .setDefault(AcplanProperties.Validation.class, DEFAULTS.validation());
  }

  @Test
  void publicConstructorsAndMethodsRefuseUndocumentedNulls() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("the starter's public types").contains(AcplanAutoConfiguration.class,
        AcplanProperties.class, AcplanProperties.Calendar.class, AcplanProperties.Deadlines.class,
        AcplanProperties.Validation.class);
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
    for (Object sample : List.of(new AcplanAutoConfiguration(), DEFAULTS, DEFAULTS.calendar(),
        DEFAULTS.deadlines(), DEFAULTS.validation())) {
      try {
        tester.testAllPublicInstanceMethods(sample);
      } catch (AssertionError | RuntimeException e) {
        failures.add(sample.getClass().getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Called by hand (as a test configuration might), a bean method names its missing argument. */
  @Test
  void beanMethodsNameTheirMissingArgument() {
    AcplanAutoConfiguration configuration = new AcplanAutoConfiguration();
    assertThatThrownBy(() -> configuration.acplanCalendar(null)).hasMessage("properties");
    assertThatThrownBy(() -> configuration.acplanPlanValidator(null)).hasMessage("properties");
    assertThatThrownBy(() -> configuration.acplanDeadlineParser(null)).hasMessage("properties");
  }

  @Test
  void settingsAreEqualExactlyWhenTheirContentsAre() {
    LocalDate end = LocalDate.of(2026, 5, 1);
    new EqualsTester()
        .addEqualityGroup(DEFAULTS, new AcplanProperties(new AcplanProperties.Calendar(null, false),
            new AcplanProperties.Deadlines(null), new AcplanProperties.Validation(new ArrayList<>())))
        .addEqualityGroup(new AcplanProperties(new AcplanProperties.Calendar(end, false),
            DEFAULTS.deadlines(), DEFAULTS.validation()))
        .addEqualityGroup(new AcplanProperties(DEFAULTS.calendar(), new AcplanProperties.Deadlines("2026"),
            DEFAULTS.validation()))
        .addEqualityGroup(new AcplanProperties(DEFAULTS.calendar(), DEFAULTS.deadlines(),
            new AcplanProperties.Validation(List.of("MISSING_INDICATOR"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new AcplanProperties.Calendar(end, true), new AcplanProperties.Calendar(end, true))
        .addEqualityGroup(new AcplanProperties.Calendar(end, false))
        .addEqualityGroup(new AcplanProperties.Calendar(null, true))
        .addEqualityGroup(new AcplanProperties.Deadlines("2024-2026"), new AcplanProperties.Deadlines("2024-2026"))
        .addEqualityGroup(new AcplanProperties.Deadlines("2024"))
        .testEquals();
  }
}
