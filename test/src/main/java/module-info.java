/**
 * Test support for users of acplan: generators of valid random values, AssertJ assertions and the seed
 * plan as fixtures. Meant for a project's test scope only.
 *
 * <p>QuickTheories is a static (optional) requirement: only {@code AcplanGens} uses it, and a project
 * that does not call it need not have QuickTheories at all.
 */
module io.github.acplan.test {
  requires transitive io.github.acplan.core;
  requires transitive io.github.acplan.serialization;
  requires transitive org.assertj.core;
  // QuickTheories 0.26 (its last release) has no module name of its own: this is the automatic name of
  // quicktheories-0.26.jar. Static: only AcplanGens needs it. Not transitive, although Gen is in AcplanGens'
  // signatures: a static transitive requirement would make every module that reads this one need
  // QuickTheories at compile time; a module that uses AcplanGens requires quicktheories itself.
  requires static quicktheories;
  // Transitive because @Nullable marks the parameters of the assertThat methods (an assertion on null
  // fails, as AssertJ's do); static, so nothing of JSpecify is needed at run time.
  requires static transitive org.jspecify;

  exports io.github.acplan.test.assertions;
  exports io.github.acplan.test.fixtures;
  exports io.github.acplan.test.generators;
}
