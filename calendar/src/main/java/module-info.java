/**
 * The Ukrainian working-day calendar and the legal term arithmetic of the Civil Code of Ukraine.
 *
 * <p>This module depends on nothing else of acplan.
 */
module io.github.acplan.calendar {
  // Transitive: @Nullable marks parameters and results of the public API; static, so nothing of JSpecify
  // is needed at run time.
  requires static transitive org.jspecify;

  exports io.github.acplan.calendar;
  exports io.github.acplan.calendar.term;
}
