package io.github.acplan.benchmarks.diff;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import java.util.ArrayList;
import java.util.List;
import org.javers.core.metamodel.annotation.Id;

/**
 * A measure as a plain Java object, the way a JaVers user would model it: the same fields as acplan's
 * {@link Measure}, with the measure number as the entity id.
 */
public final class MeasurePojo {

  @Id
  private String number = "";
  private int section;
  private String name = "";
  private String deadline = "";
  private String responsible = "";
  private List<String> actors = new ArrayList<>();
  private List<String> indicators = new ArrayList<>();
  private List<String> expectedResults = new ArrayList<>();

  /** Creates an empty measure (JaVers and Jackson need a no-argument constructor). */
  public MeasurePojo() {}

  /**
   * Copies an acplan measure.
   *
   * @param m the measure
   * @return the plain object
   */
  public static MeasurePojo of(Measure m) {
    MeasurePojo p = new MeasurePojo();
    p.number = m.number().toString();
    p.section = m.number().section();
    p.name = m.name();
    p.deadline = m.deadline().text();
    p.responsible = m.responsible().text();
    for (Actor a : m.responsible().actors()) {
      p.actors.add(a.name());
    }
    for (Indicator i : m.indicators()) {
      p.indicators.add(i.text());
    }
    for (ExpectedResult r : m.expectedResults()) {
      p.expectedResults.add(r.text());
    }
    return p;
  }

  /**
   * Copies every measure of a plan, in plan order.
   *
   * @param plan the plan
   * @return the plain objects
   */
  public static List<MeasurePojo> of(Plan plan) {
    List<MeasurePojo> list = new ArrayList<>();
    for (Measure m : plan.measures()) {
      list.add(of(m));
    }
    return list;
  }

  /**
   * Returns the measure number, the JaVers id.
   *
   * @return e.g. "1.1"
   */
  public String number() {
    return number;
  }
}
