package io.github.acplan.benchmarks.formats;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A plan as a tree of plain Java objects with public fields, the same fields as acplan's model: what a
 * user of plain Jackson would map instead of using acplan's JSON format. Mutable; for benchmarks only.
 */
public final class PlanPojo {

  /** The version of the JSON layout. */
  public int schemaVersion = 1;
  /** The title. */
  public String title = "";
  /** The body the plan is for. */
  public String body = "";
  /** The period. */
  public PeriodPojo period = new PeriodPojo();
  /** The approving act, or null. */
  public @Nullable ApprovalPojo approval;
  /** The signatory, or null. */
  public @Nullable SignatoryPojo signatory;
  /** The sections. */
  public List<SectionPojo> sections = new ArrayList<>();

  /** Creates an empty plan (for Jackson). */
  public PlanPojo() {}

  /**
   * Copies an acplan plan.
   *
   * @param plan the plan
   * @return the plain tree
   */
  public static PlanPojo of(Plan plan) {
    PlanPojo p = new PlanPojo();
    p.title = plan.title();
    p.body = plan.body();
    p.period.firstYear = plan.period().firstYear();
    p.period.lastYear = plan.period().lastYear();
    plan.approval().ifPresent(a -> {
      p.approval = new ApprovalPojo();
      p.approval.kind = a.kind().name().toLowerCase(Locale.ROOT);
      p.approval.authority = a.authority();
      p.approval.date = a.date().toString();
      p.approval.number = a.number();
    });
    plan.signatory().ifPresent(s -> {
      p.signatory = new SignatoryPojo();
      p.signatory.position = s.position();
      p.signatory.name = s.name();
    });
    for (Section s : plan.sections()) {
      SectionPojo sp = new SectionPojo();
      sp.number = s.number();
      sp.title = s.title();
      for (Measure m : s.measures()) {
        sp.measures.add(MeasurePojo.of(m));
      }
      p.sections.add(sp);
    }
    return p;
  }

  /** The years of the plan. */
  public static final class PeriodPojo {
    /** The first year. */
    public int firstYear;
    /** The last year. */
    public int lastYear;

    /** Creates an empty value (for Jackson). */
    public PeriodPojo() {}
  }

  /** The approving act. */
  public static final class ApprovalPojo {
    /** The kind of act. */
    public String kind = "";
    /** Who issued it. */
    public String authority = "";
    /** ISO date. */
    public String date = "";
    /** The act's number. */
    public String number = "";

    /** Creates an empty value (for Jackson). */
    public ApprovalPojo() {}
  }

  /** The signatory. */
  public static final class SignatoryPojo {
    /** The position. */
    public String position = "";
    /** The name. */
    public String name = "";

    /** Creates an empty value (for Jackson). */
    public SignatoryPojo() {}
  }

  /** A section. */
  public static final class SectionPojo {
    /** The number. */
    public int number;
    /** The title. */
    public String title = "";
    /** The measures. */
    public List<MeasurePojo> measures = new ArrayList<>();

    /** Creates an empty value (for Jackson). */
    public SectionPojo() {}
  }

  /** A measure. */
  public static final class MeasurePojo {
    /** The number, e.g. "1.1". */
    public String number = "";
    /** The name. */
    public String name = "";
    /** The deadline. */
    public DeadlinePojo deadline = new DeadlinePojo();
    /** The responsible actors. */
    public ResponsiblePojo responsible = new ResponsiblePojo();
    /** The indicators. */
    public List<String> indicators = new ArrayList<>();
    /** The expected results. */
    public List<String> expectedResults = new ArrayList<>();

    /** Creates an empty value (for Jackson). */
    public MeasurePojo() {}

    static MeasurePojo of(Measure m) {
      MeasurePojo j = new MeasurePojo();
      j.number = m.number().toString();
      j.name = m.name();
      j.deadline.text = m.deadline().text();
      j.responsible.text = m.responsible().text();
      for (Actor a : m.responsible().actors()) {
        ActorPojo ap = new ActorPojo();
        ap.kind = a.kind().name().toLowerCase(Locale.ROOT);
        ap.name = a.name();
        ap.qualifier = a.qualifier().orElse(null);
        j.responsible.actors.add(ap);
      }
      for (Indicator i : m.indicators()) {
        j.indicators.add(i.text());
      }
      for (ExpectedResult r : m.expectedResults()) {
        j.expectedResults.add(r.text());
      }
      return j;
    }
  }

  /** A deadline: its kind and original text. */
  public static final class DeadlinePojo {
    /** The kind. */
    public String kind = "unrecognized";
    /** The original text. */
    public String text = "";

    /** Creates an empty value (for Jackson). */
    public DeadlinePojo() {}
  }

  /** The responsible cell. */
  public static final class ResponsiblePojo {
    /** The cell text. */
    public String text = "";
    /** The actors. */
    public List<ActorPojo> actors = new ArrayList<>();

    /** Creates an empty value (for Jackson). */
    public ResponsiblePojo() {}
  }

  /** One actor. */
  public static final class ActorPojo {
    /** The kind. */
    public String kind = "";
    /** The name. */
    public String name = "";
    /** The qualifier, or null. */
    public @Nullable String qualifier;

    /** Creates an empty value (for Jackson). */
    public ActorPojo() {}
  }
}
