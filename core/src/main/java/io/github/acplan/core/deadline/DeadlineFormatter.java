package io.github.acplan.core.deadline;

import static io.github.acplan.core.deadline.UkrainianWords.afterNumber;
import static io.github.acplan.core.deadline.UkrainianWords.capitalize;
import static io.github.acplan.core.deadline.UkrainianWords.decapitalize;
import static io.github.acplan.core.deadline.UkrainianWords.genitive;
import static io.github.acplan.core.deadline.UkrainianWords.nominative;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes deadlines the way officials write them, and brings deadlines to a canonical form.
 *
 * <p>{@link #format(Deadline)} ignores the kept text and writes the meaning: "Щопівроку", "1 декада
 * січня 2021 року", "Протягом 2 робочих днів з моменту отримання повідомлення про конфлікт інтересів".
 * {@link DeadlineParser} reads every formatted text back to the same meaning. An {@link Unrecognized}
 * deadline is written as its text.
 *
 * <p>{@link #canonical(Deadline)} gives the value whose texts are the formatted ones at every level and
 * whose structure is the one the parser gives back (nested lists flattened, a parenthesised event read as
 * a condition), so two deadlines mean the same when their canonical forms are equal. This class is
 * stateless and thread-safe.
 */
public final class DeadlineFormatter {

  /** A document's first word in the instrumental case ("планом", "графіком-планом"), as "за окремим" needs. */
  private static final Pattern INSTRUMENTAL =
      Pattern.compile("[\\p{L}'’-]*(?:ом|ем|єм|ою|ею|єю|ами|ями)(?![\\p{L}'’-])");

  private DeadlineFormatter() {}

  /**
   * Writes the canonical Ukrainian text of a deadline, regardless of the text it keeps.
   *
   * @param deadline the deadline
   * @return the text, e.g. "Щопівроку (червень, грудень 2020 року)"
   */
  public static String format(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return deadline.accept(WRITER);
  }

  /**
   * Returns the canonical form: the same meaning with formatted texts at every level and the structure
   * the parser gives for the formatted text.
   *
   * @param deadline the deadline
   * @return the canonical form; {@code canonical(canonical(d)).equals(canonical(d))}
   */
  public static Deadline canonical(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    Deadline structure = deadline.accept(NORMALIZER);
    return structure.withText(format(structure));
  }

  private static String year(OptionalInt year) {
    return year.isEmpty() ? "" : " " + year.getAsInt() + " року";
  }

  private static String years(List<Integer> years) {
    if (years.isEmpty()) {
      return "";
    }
    if (years.size() == 1) {
      return " " + years.get(0) + " року";
    }
    return " " + list(years.stream().map(String::valueOf).collect(Collectors.toList())) + " років";
  }

  /** "2022, 2023 та 2025". */
  private static String list(List<String> items) {
    return String.join(", ", items.subList(0, items.size() - 1)) + " та " + items.get(items.size() - 1);
  }

  private static String unitAccusative(PeriodUnit unit) {
    switch (unit) {
      case MONTH:
        return "місяць";
      case QUARTER:
        return "квартал";
      case HALF_YEAR:
        return "півроку";
      default:
        return "рік";
    }
  }

  private static String ordinalPeriod(PeriodUnit unit, int index) {
    switch (unit) {
      case HALF_YEAR:
        return UkrainianWords.ROMAN[index - 1] + " півріччя";
      case QUARTER:
        return UkrainianWords.ROMAN[index - 1] + " кварталу";
      case MONTH:
        return genitive(Month.of(index));
      default:
        return "року";
    }
  }

  private static String date(ByDate d) {
    String prefix;
    switch (d.bound()) {
      case UNTIL:
        prefix = "до ";
        break;
      case NOT_LATER_THAN:
        prefix = "не пізніше ";
        break;
      default:
        prefix = "";
    }
    return prefix + d.day() + " " + genitive(d.month()) + year(d.year());
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static final DeadlineVisitor<String> WRITER = new DeadlineVisitor<>() {
    @Override
    public String visitPermanent(Permanent d) {
      return "Постійно";
    }

    @Override
    public String visitPeriodic(Periodic d) {
      StringBuilder s = new StringBuilder();
      if (d.minimum()) {
        s.append("Не рідше ").append(d.times()).append(afterNumber(d.times(), " разу", " разів"))
            .append(" на ").append(unitAccusative(d.every()));
      } else if (d.times() > 1) {
        int lastTwo = d.times() % 100;
        int last = d.times() % 10;
        String word = lastTwo >= 11 && lastTwo <= 14 ? " разів"
            : last == 1 ? " раз" : last >= 2 && last <= 4 ? " рази" : " разів";
        s.append(d.times()).append(word).append(" на ").append(unitAccusative(d.every()));
      } else {
        s.append(d.every() == PeriodUnit.MONTH ? "Щомісяця" : d.every() == PeriodUnit.QUARTER ? "Щокварталу"
            : d.every() == PeriodUnit.HALF_YEAR ? "Щопівроку" : "Щороку");
      }
      if (!d.dates().isEmpty()) {
        s.append(' ').append(d.dates().stream().map(DeadlineFormatter::date)
            .collect(Collectors.joining(", ")));
      }
      if (!d.months().isEmpty()) {
        s.append(" (").append(d.months().stream().map(UkrainianWords::nominative)
            .collect(Collectors.joining(", "))).append(year(d.year())).append(')');
      }
      d.dayOfNextMonth().ifPresent(day -> s.append(" до ").append(day)
          .append(" числа місяця, наступного за звітним"));
      d.daysAfterPeriod().ifPresent(days -> s.append(" не пізніше ").append(days)
          .append(days % 10 == 1 && days % 100 != 11 ? " дня" : " днів").append(" після закінчення звітного ")
          .append(d.every() == PeriodUnit.MONTH ? "місяця" : d.every() == PeriodUnit.QUARTER ? "кварталу"
              : d.every() == PeriodUnit.HALF_YEAR ? "півріччя" : "року"));
      return s.toString();
    }

    @Override
    public String visitByDate(ByDate d) {
      return capitalize(date(d));
    }

    @Override
    public String visitDateRange(DateRange d) {
      boolean sameYear = d.startYear().equals(d.endYear());
      switch (d.form()) {
        case MONTHS:
          return sameYear
              ? capitalize(nominative(d.startMonth())) + "-" + nominative(d.endMonth()) + year(d.endYear())
              : capitalize(nominative(d.startMonth())) + year(d.startYear()) + " - "
                  + nominative(d.endMonth()) + year(d.endYear());
        case DAYS:
          return "З " + d.startDay() + " " + genitive(d.startMonth()) + (sameYear ? "" : year(d.startYear()))
              + " по " + d.endDay() + " " + genitive(d.endMonth()) + year(d.endYear());
        default:
          return twoDigits(d.startDay()) + "." + twoDigits(d.startMonth().getValue()) + "." + d.startYear().orElseThrow()
              + " - " + twoDigits(d.endDay()) + "." + twoDigits(d.endMonth().getValue()) + "."
              + d.endYear().orElseThrow();
      }
    }

    @Override
    public String visitDecade(Decade d) {
      return d.decade() + " декада " + genitive(d.month()) + year(d.year());
    }

    @Override
    public String visitDuringPeriod(DuringPeriod d) {
      if (d.unit() == PeriodUnit.YEAR && d.years().size() > 1) {
        return "У " + list(d.years().stream().map(String::valueOf).collect(Collectors.toList())) + " роках";
      }
      if (d.unit() == PeriodUnit.YEAR && d.years().size() == 1) {
        return "Протягом " + d.years().get(0) + " року";
      }
      if (d.lastIndex().isPresent()) {
        return "Протягом " + UkrainianWords.ROMAN[d.index() - 1] + "-" + UkrainianWords.ROMAN[d.endIndex() - 1]
            + " кварталів" + years(d.years());
      }
      return "Протягом " + ordinalPeriod(d.unit(), d.index()) + years(d.years());
    }

    @Override
    public String visitWithinWorkingDays(WithinWorkingDays d) {
      return "Протягом " + d.workingDays() + afterNumber(d.workingDays(), " робочого дня", " робочих днів")
          + event(d.event());
    }

    @Override
    public String visitWithinCalendarDays(WithinCalendarDays d) {
      return "Протягом " + d.days() + afterNumber(d.days(), " календарного дня", " календарних днів")
          + event(d.event());
    }

    @Override
    public String visitWithinMonths(WithinMonths d) {
      return "Протягом " + d.months() + afterNumber(d.months(), " місяця", " місяців") + event(d.event());
    }

    private String event(String event) {
      return event.isBlank() ? "" : " " + decapitalize(event.strip());
    }

    @Override
    public String visitOnEvent(OnEvent d) {
      return capitalize(d.event().strip());
    }

    @Override
    public String visitStatutory(Statutory d) {
      return capitalize(d.reference().strip());
    }

    @Override
    public String visitPerSchedule(PerSchedule d) {
      String document = d.document().strip();
      // "планом навчань" follows "за окремим"; "плану-графіка", as "відповідно до" wrote it, cannot.
      return (INSTRUMENTAL.matcher(document).lookingAt() ? "За окремим " : "Відповідно до ") + document;
    }

    @Override
    public String visitConditional(Conditional d) {
      return grouped(d.deadline()) + " (" + decapitalize(d.condition().strip()) + ")";
    }

    /** A list joined by ";" inside a larger phrase is bracketed, or ";" would split the whole. */
    private String grouped(Deadline d) {
      String s = d.accept(this);
      return d instanceof Composite composite && composite.joiner() == Joiner.SEMICOLON ? "(" + s + ")" : s;
    }

    @Override
    public String visitComposite(Composite d) {
      List<String> parts = new ArrayList<>();
      for (Deadline part : d.parts()) {
        String s = d.joiner() == Joiner.SEMICOLON || d.joiner() == Joiner.PARENTHESES && !parts.isEmpty()
            ? part.accept(this) : grouped(part);
        parts.add(parts.isEmpty() ? s : decapitalize(s));
      }
      switch (d.joiner()) {
        case SEMICOLON:
          return String.join("; ", parts);
        case COMMA:
          return String.join(", ", parts);
        case SPACE:
          return String.join(" ", parts);
        default:
          return parts.get(0) + " (" + parts.get(1) + ")";
      }
    }

    @Override
    public String visitUnrecognized(Unrecognized d) {
      return d.text();
    }
  };

  /** Brings the structure to the parser's reading of the formatted text; texts are set afterwards. */
  private static final DeadlineVisitor<Deadline> NORMALIZER = new DeadlineVisitor<>() {
    @Override
    public Deadline visitPermanent(Permanent d) {
      return d;
    }

    @Override
    public Deadline visitPeriodic(Periodic d) {
      List<ByDate> dates = new ArrayList<>();
      // "до 15 лютого, 15 квітня": a bound written once governs the dates after it (YearlyDates).
      for (ByDate date : YearlyDates.inheritBounds(d.dates())) {
        dates.add(new ByDate(format(date), date.bound(), date.day(), date.month(), date.year()));
      }
      return new Periodic(d.text(), d.every(), d.times(), d.minimum(), d.months(), d.year(), dates,
          d.dayOfNextMonth(), d.daysAfterPeriod());
    }

    @Override
    public Deadline visitByDate(ByDate d) {
      return d;
    }

    @Override
    public Deadline visitDateRange(DateRange d) {
      return d;
    }

    @Override
    public Deadline visitDecade(Decade d) {
      return d;
    }

    @Override
    public Deadline visitDuringPeriod(DuringPeriod d) {
      return d;
    }

    @Override
    public Deadline visitWithinWorkingDays(WithinWorkingDays d) {
      return new WithinWorkingDays(d.text(), d.workingDays(), decapitalize(d.event().strip()));
    }

    @Override
    public Deadline visitWithinCalendarDays(WithinCalendarDays d) {
      return new WithinCalendarDays(d.text(), d.days(), decapitalize(d.event().strip()));
    }

    @Override
    public Deadline visitWithinMonths(WithinMonths d) {
      return new WithinMonths(d.text(), d.months(), decapitalize(d.event().strip()));
    }

    @Override
    public Deadline visitOnEvent(OnEvent d) {
      return new OnEvent(d.text(), decapitalize(d.event().strip()));
    }

    @Override
    public Deadline visitStatutory(Statutory d) {
      return new Statutory(d.text(), decapitalize(d.reference().strip()));
    }

    @Override
    public Deadline visitPerSchedule(PerSchedule d) {
      return new PerSchedule(d.text(), d.document().strip());
    }

    @Override
    public Deadline visitConditional(Conditional d) {
      return new Conditional(d.text(), canonical(d.deadline()), decapitalize(d.condition().strip()));
    }

    @Override
    public Deadline visitComposite(Composite d) {
      List<Deadline> parts = new ArrayList<>();
      for (Deadline part : d.parts()) {
        Deadline c = canonical(part);
        // "A; B; C" reads as one list, however it was nested when built.
        if ((d.joiner() == Joiner.SEMICOLON || d.joiner() == Joiner.COMMA) && c instanceof Composite nested
            && nested.joiner() == d.joiner()) {
          parts.addAll(nested.parts());
        } else {
          parts.add(c);
        }
      }
      if (d.joiner() == Joiner.COMMA) {
        // "Щороку до 1 квітня, до 1 жовтня", "до 5 березня, до 7 травня": one yearly schedule.
        List<Deadline> joined = YearlyDates.joinList(parts, null);
        if (joined != parts) {
          parts = new ArrayList<>();
          for (Deadline part : joined) {
            parts.add(part instanceof Periodic ? canonical(part) : part);
          }
          if (parts.size() == 1) {
            return parts.get(0);
          }
        }
      }
      if (d.joiner() == Joiner.PARENTHESES) {
        // "Один раз на рік (до 31 грудня)": the dates of a yearly deadline.
        Periodic joined = YearlyDates.joinRefinement(d.text(), parts.get(0), parts.get(1));
        if (joined != null) {
          return joined.accept(this);
        }
      }
      if (d.joiner() == Joiner.PARENTHESES && parts.get(0) instanceof Periodic plain
          && parts.get(1) instanceof Periodic detail && YearlyDates.refines(plain, detail)) {
        // "Щокварталу (до 10 числа місяця, наступного за звітним)": the detail says when in each period.
        return detail;
      }
      if (d.joiner() == Joiner.COMMA && parts.get(parts.size() - 1) instanceof Conditional last) {
        // "A, B (за потреби)" reads as the whole list under the condition.
        List<Deadline> list = new ArrayList<>(parts.subList(0, parts.size() - 1));
        list.add(last.deadline());
        return new Conditional(d.text(), canonical(new Composite(d.text(), Joiner.COMMA, list)),
            last.condition());
      }
      if (d.joiner() == Joiner.COMMA && parts.get(parts.size() - 1) instanceof Composite last
          && last.joiner() == Joiner.PARENTHESES) {
        // "A, B (C)" reads as the list refined by C.
        List<Deadline> list = new ArrayList<>(parts.subList(0, parts.size() - 1));
        list.add(last.parts().get(0));
        return canonical(new Composite(d.text(), Joiner.PARENTHESES,
            List.of(new Composite(d.text(), Joiner.COMMA, list), last.parts().get(1))));
      }
      if (d.joiner() == Joiner.PARENTHESES && parts.get(1) instanceof OnEvent event) {
        // "Постійно (в разі надходження проекту)": an event in parentheses is a condition.
        return new Conditional(d.text(), parts.get(0), event.event());
      }
      return new Composite(d.text(), d.joiner(), parts);
    }

    @Override
    public Deadline visitUnrecognized(Unrecognized d) {
      return d;
    }
  };
}
