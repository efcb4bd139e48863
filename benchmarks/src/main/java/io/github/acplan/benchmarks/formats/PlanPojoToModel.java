package io.github.acplan.benchmarks.formats;

import io.github.acplan.benchmarks.formats.PlanPojo.ActorPojo;
import io.github.acplan.benchmarks.formats.PlanPojo.DeadlinePojo;
import io.github.acplan.benchmarks.formats.PlanPojo.MeasurePojo;
import io.github.acplan.benchmarks.formats.PlanPojo.SectionPojo;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.Worded;
import io.github.acplan.core.deadline.ByDate;
import io.github.acplan.core.deadline.Composite;
import io.github.acplan.core.deadline.Conditional;
import io.github.acplan.core.deadline.DateBound;
import io.github.acplan.core.deadline.DateRange;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.deadline.DeadlineKind;
import io.github.acplan.core.deadline.Decade;
import io.github.acplan.core.deadline.DuringPeriod;
import io.github.acplan.core.deadline.Joiner;
import io.github.acplan.core.deadline.OnEvent;
import io.github.acplan.core.deadline.PerSchedule;
import io.github.acplan.core.deadline.PeriodUnit;
import io.github.acplan.core.deadline.Periodic;
import io.github.acplan.core.deadline.Permanent;
import io.github.acplan.core.deadline.RangeForm;
import io.github.acplan.core.deadline.Statutory;
import io.github.acplan.core.deadline.Unrecognized;
import io.github.acplan.core.deadline.WithinCalendarDays;
import io.github.acplan.core.deadline.WithinMonths;
import io.github.acplan.core.deadline.WithinWorkingDays;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The second floor of reading a plan's JSON: the plain objects that plain Jackson read, turned by hand
 * into acplan's model through its public builders and record constructors, with the model's own checks
 * and nothing else: no check of the JSON's types, of a property named twice or of lone surrogates, and
 * errors without a JSON path. What a user of plain Jackson who wants acplan's model would write; the
 * difference between it and plain Jackson is the cost of the model itself. Plans without a risk register
 * only, as {@link PlanPojo}.
 */
final class PlanPojoToModel {
  private PlanPojoToModel() {}

  /**
   * Builds the model of a plan read into plain objects.
   *
   * @param pojo the plain objects
   * @return the plan
   * @throws RuntimeException if the model refuses a value
   */
  static Plan plan(PlanPojo pojo) {
    Plan.Builder plan = Plan.builder().title(pojo.title).body(pojo.body)
        .period(PlanPeriod.of(pojo.period.firstYear, pojo.period.lastYear));
    if (pojo.approval != null) {
      plan.approval(Approval.builder().kind(enumOf(ActKind.class, pojo.approval.kind))
          .authority(pojo.approval.authority).date(LocalDate.parse(pojo.approval.date))
          .number(pojo.approval.number).build());
    }
    if (pojo.signatory != null) {
      plan.signatory(Signatory.of(pojo.signatory.position, pojo.signatory.name));
    }
    for (SectionPojo s : pojo.sections) {
      Section.Builder section = Section.builder().number(s.number).title(s.title);
      for (MeasurePojo m : s.measures) {
        section.addMeasures(measure(m));
      }
      plan.addSections(section.build());
    }
    return plan.build();
  }

  private static Measure measure(MeasurePojo m) {
    Measure.Builder measure = Measure.builder().number(MeasureNumber.parse(m.number)).name(m.name)
        .deadline(deadline(m.deadline));
    if (m.yearlyDeadlines != null) {
      for (Map.Entry<String, DeadlinePojo> e : m.yearlyDeadlines.entrySet()) {
        measure.putYearlyDeadlines(Integer.parseInt(e.getKey()), deadline(e.getValue()));
      }
    }
    Responsible.Builder responsible = Responsible.builder().text(m.responsible.text);
    for (ActorPojo a : m.responsible.actors) {
      Actor.Builder actor = Actor.builder().kind(enumOf(ActorKind.class, a.kind)).name(a.name);
      if (a.qualifier != null) {
        actor.qualifier(a.qualifier);
      }
      responsible.addActors(actor.build());
    }
    measure.responsible(responsible.build());
    if (m.resources != null) {
      measure.resources(m.resources);
    }
    for (String i : m.indicators) {
      measure.addIndicators(Indicator.of(i));
    }
    for (String r : m.expectedResults) {
      measure.addExpectedResults(ExpectedResult.of(r));
    }
    return measure.build();
  }

  private static Deadline deadline(DeadlinePojo d) {
    String text = d.text == null ? "" : d.text;
    DeadlineKind kind = enumOf(DeadlineKind.class, d.kind);
    switch (kind) {
      case PERMANENT:
        return new Permanent(text);
      case UNRECOGNIZED:
        return new Unrecognized(text);
      case PERIODIC: {
        List<Month> months = new ArrayList<>();
        if (d.months instanceof List<?> names) {
          for (Object name : names) {
            months.add(month((String) name));
          }
        }
        List<ByDate> dates = new ArrayList<>();
        if (d.dates != null) {
          for (DeadlinePojo date : d.dates) {
            dates.add((ByDate) deadline(date));
          }
        }
        return new Periodic(text, enumOf(PeriodUnit.class, d.every), d.times, Boolean.TRUE.equals(d.minimum),
            months, optional(d.year), dates, Optional.ofNullable(d.dayOfNextMonth),
            Optional.ofNullable(d.daysAfterPeriod));
      }
      case BY_DATE:
        return new ByDate(text, enumOf(DateBound.class, d.bound), d.day, month(d.month), optional(d.year));
      case DATE_RANGE:
        return new DateRange(text, enumOf(RangeForm.class, d.form), optional(d.startYear), month(d.startMonth),
            d.startDay, optional(d.endYear), month(d.endMonth), d.endDay);
      case DECADE:
        return new Decade(text, d.decade, month(d.month), optional(d.year));
      case DURING_PERIOD:
        return new DuringPeriod(text, enumOf(PeriodUnit.class, d.unit), d.index,
            d.years == null ? List.of() : d.years, Optional.ofNullable(d.lastIndex));
      case WITHIN_WORKING_DAYS:
        return new WithinWorkingDays(text, d.workingDays, d.event);
      case WITHIN_CALENDAR_DAYS:
        return new WithinCalendarDays(text, d.days, d.event);
      case WITHIN_MONTHS:
        return new WithinMonths(text, ((Number) d.months).intValue(), d.event);
      case ON_EVENT:
        return new OnEvent(text, d.event);
      case STATUTORY:
        return new Statutory(text, d.reference);
      case PER_SCHEDULE:
        return new PerSchedule(text, d.document);
      case CONDITIONAL:
        return new Conditional(text, deadline(d.deadline), d.condition);
      case COMPOSITE: {
        List<Deadline> parts = new ArrayList<>();
        for (DeadlinePojo part : d.parts) {
          parts.add(deadline(part));
        }
        return new Composite(text, enumOf(Joiner.class, d.joiner), parts);
      }
      default:
        throw new IllegalArgumentException("unknown deadline kind " + d.kind);
    }
  }

  private static OptionalInt optional(@Nullable Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private static Month month(String id) {
    return enumOf(Month.class, id);
  }

  /** Each enum's constants by their JSON id, in a hash map, as a plain-Jackson user would keep them. */
  private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byId = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byId.put(constant instanceof Worded w ? w.id() : ((Enum<?>) constant).name().toLowerCase(Locale.ROOT),
            constant);
      }
      return byId;
    }
  };

  /** The constant of an enum by its JSON id: a {@code Worded} enum's id, a JDK enum's name in lower case. */
  private static <E extends Enum<E>> E enumOf(Class<E> type, String id) {
    Object constant = BY_ID.get(type).get(id);
    if (constant == null) {
      throw new IllegalArgumentException("unknown id " + id);
    }
    return type.cast(constant);
  }
}
