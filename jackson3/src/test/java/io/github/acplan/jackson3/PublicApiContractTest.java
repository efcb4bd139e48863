package io.github.acplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
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
 * Every public type that jackson3 exports refuses a null where none is documented at once, with a
 * {@link NullPointerException} (core and serialization have the same test). The module has no value
 * types with {@code equals}; the methods it inherits from Jackson's {@code SimpleModule} are Jackson's
 * contract, not acplan's, and are left to Jackson.
 */
class PublicApiContractTest {

  /** The public types of the exported packages, found in the compiled classes and the module descriptor. */
  static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(AcplanJackson3Module.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
            false, AcplanJackson3Module.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
            && exported.contains(type.getPackageName())) {
          types.add(type);
        }
      }
    }
    return types;
  }

  @Test
  void publicConstructorsAndMethodsRefuseUndocumentedNulls() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("jackson3's public types").containsExactly(AcplanJackson3Module.class);
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
    AcplanJackson3Module module = new AcplanJackson3Module();
    for (Method method : AcplanJackson3Module.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
        try {
          tester.testMethod(module, method);
        } catch (AssertionError | RuntimeException e) {
          failures.add(method + ": " + e.getMessage());
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
