package io.github.acplan.benchmarks.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan as a tree of plain Java objects with public fields, mapping every property of acplan's JSON
 * format of a plan without its risk register: what a user of plain Jackson would map to read and write
 * the same JSON. The benchmarks read acplan's own JSON into it, so that plain Jackson and acplan read the
 * same bytes. Mutable; for benchmarks only.
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
    /** The deadlines of particular years of a programme, or null. */
    public @Nullable Map<String, DeadlinePojo> yearlyDeadlines;
    /** The responsible actors. */
    public ResponsiblePojo responsible = new ResponsiblePojo();
    /** The resources, or null. */
    public @Nullable String resources;
    /** The indicators. */
    public List<String> indicators = new ArrayList<>();
    /** The expected results. */
    public List<String> expectedResults = new ArrayList<>();

    /** Creates an empty value (for Jackson). */
    public MeasurePojo() {}

  }

  /**
   * A deadline: its kind and every property any kind has (a plain-Jackson user's union of the kinds),
   * null where the kind has none.
   */
  public static final class DeadlinePojo {
    /** The kind. */
    public String kind = "unrecognized";
    /** The original text. */
    public @Nullable String text;
    /** The property of that name, or null. */
    public @Nullable String every;
    /** The property of that name, or null. */
    public @Nullable Integer times;
    /** The property of that name, or null. */
    public @Nullable Boolean minimum;
    /** A list of month names (periodic) or a number (within-months). */
    public @Nullable Object months;
    /** The property of that name, or null. */
    public @Nullable Integer year;
    /** The property of that name, or null. */
    public @Nullable List<DeadlinePojo> dates;
    /** The property of that name, or null. */
    public @Nullable Integer dayOfNextMonth;
    /** The property of that name, or null. */
    public @Nullable Integer daysAfterPeriod;
    /** The property of that name, or null. */
    public @Nullable String bound;
    /** The property of that name, or null. */
    public @Nullable Integer day;
    /** The property of that name, or null. */
    public @Nullable String month;
    /** The property of that name, or null. */
    public @Nullable String form;
    /** The property of that name, or null. */
    public @Nullable Integer startYear;
    /** The property of that name, or null. */
    public @Nullable String startMonth;
    /** The property of that name, or null. */
    public @Nullable Integer startDay;
    /** The property of that name, or null. */
    public @Nullable Integer endYear;
    /** The property of that name, or null. */
    public @Nullable String endMonth;
    /** The property of that name, or null. */
    public @Nullable Integer endDay;
    /** The property of that name, or null. */
    public @Nullable Integer decade;
    /** The property of that name, or null. */
    public @Nullable String unit;
    /** The property of that name, or null. */
    public @Nullable Integer index;
    /** The property of that name, or null. */
    public @Nullable List<Integer> years;
    /** The property of that name, or null. */
    public @Nullable Integer lastIndex;
    /** The property of that name, or null. */
    public @Nullable Integer workingDays;
    /** The property of that name, or null. */
    public @Nullable Integer days;
    /** The property of that name, or null. */
    public @Nullable String event;
    /** The property of that name, or null. */
    public @Nullable String reference;
    /** The property of that name, or null. */
    public @Nullable String document;
    /** The property of that name, or null. */
    public @Nullable DeadlinePojo deadline;
    /** The property of that name, or null. */
    public @Nullable String condition;
    /** The property of that name, or null. */
    public @Nullable String joiner;
    /** The property of that name, or null. */
    public @Nullable List<DeadlinePojo> parts;

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
