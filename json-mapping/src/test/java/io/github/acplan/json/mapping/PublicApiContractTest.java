package io.github.acplan.json.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type that json-mapping exports refuses a null where none is documented at once, with a
 * {@link NullPointerException} that names the parameter (core and serialization have the same test).
 * The module has no value types of its own with {@code equals}.
 */
class PublicApiContractTest {

  /** The public types of the exported packages, found in the compiled classes and the module descriptor. */
  static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(JsonMapping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
            false, JsonMapping.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
            && exported.contains(type.getPackageName())) {
          types.add(type);
        }
      }
    }
    return types;
  }

  @Test
  void publicConstructorsAndStaticMethodsRefuseUndocumentedNulls() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("json-mapping's public types")
        .contains(JsonMapping.class, JsonMapping.Binding.class, JsonShapeException.class)
        .noneMatch(t -> t.getSimpleName().endsWith("Shape"));
    NullPointerTester tester = new NullPointerTester();
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

  /** Every binding, read-and-write or written only, refuses a null value and a null shape. */
  @Test
  void bindingsRefuseNulls() {
    NullPointerTester tester = new NullPointerTester();
    List<String> failures = new ArrayList<>();
    for (JsonMapping.Binding<?> binding : JsonMapping.bindings()) {
      try {
        tester.testAllPublicInstanceMethods(binding);
      } catch (AssertionError | RuntimeException e) {
        failures.add(binding.modelType().getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The message says which argument was null, not where in the mapping it was dereferenced. */
  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> JsonMapping.diff(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("changes");
    assertThatThrownBy(() -> new JsonShapeException(null, "expected a string"))
        .isInstanceOf(NullPointerException.class).hasMessage("path");
    assertThatThrownBy(() -> new JsonShapeException("kind", null, new IllegalArgumentException()))
        .isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThatThrownBy(() -> new JsonShapeException("kind", "not a valid ByDate", null))
        .isInstanceOf(NullPointerException.class).hasMessage("cause");
  }
}
