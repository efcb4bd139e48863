/**
 * The Ukrainian working-day calendar and the legal term arithmetic of the Civil Code of Ukraine.
 *
 * <p>This module depends on nothing else of acplan.
 */
module io.github.acplan.calendar {
  requires static org.jspecify;

  exports io.github.acplan.calendar;
  exports io.github.acplan.calendar.term;
}
