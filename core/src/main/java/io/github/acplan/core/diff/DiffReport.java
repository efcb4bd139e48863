package io.github.acplan.core.diff;

import io.github.acplan.core.PlanKind;
import io.github.acplan.core.risk.RiskLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a list of {@link Change}s as text, one line per change (one per field for a modified
 * measure), in Ukrainian in the words of an amending order or in English:
 *
 * <pre>
 * Пункт 3.5: змінено строк виконання з «Постійно» на «Щокварталу»
 * Measure 3.5: deadline changed from "Постійно" to "Щокварталу"
 * Пункт 2.3: змінено строк виконання на 2025 рік з «до 31 травня 2025 р.» на «до 30 червня 2025 р.»
 * Ризик R1: змінено ймовірність з «2» на «3»
 * Ризик R1: рівень: середній → високий
 * </pre>
 *
 * <p>A renumbered risk reads "Ризик R3 вважати ризиком R4" ("Risk R3 renumbered as R4"), before the
 * lines of its fields; a level that a score off the scale leaves undefined reads "поза шкалою" ("off
 * the scale").
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DiffReport {

  private DiffReport() {}

  /**
   * Renders changes.
   *
   * @param changes the changes, as {@link PlanDiff#between} orders them
   * @param locale Ukrainian ("uk") for Ukrainian; any other locale gives English
   * @return the lines, each ending with a line break; empty text if there are no changes
   */
  public static String render(List<? extends Change> changes, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    boolean uk = "uk".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    for (Change c : changes) {
      c.accept(uk ? new Ukrainian(sb) : new English(sb));
    }
    return sb.toString();
  }

  /**
   * Counts changes by kind.
   *
   * @param changes the changes
   * @return the count of each kind present, in the order of {@link ChangeKind}
   */
  public static Map<ChangeKind, Integer> counts(List<? extends Change> changes) {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (Change c : changes) {
      counts.merge(c.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The year a yearly deadline is for, as it follows the field's name. */
  private static String fieldName(FieldChange f, boolean uk) {
    String name = uk ? f.field().ukrainian() : f.field().english();
    if (f.year().isPresent()) {
      return uk ? name + " на " + f.year().getAsInt() + " рік" : name + " for " + f.year().getAsInt();
    }
    return name;
  }

  /** The stable value of a plan attribute in words: the kind's name, "так" / "ні". */
  private static String attributeValue(PlanAttribute attribute, String value, boolean uk) {
    if (attribute == PlanAttribute.KIND) {
      Optional<PlanKind> kind = PlanKind.fromId(value);
      if (kind.isPresent()) {
        return uk ? kind.get().ukrainian() : kind.get().english();
      }
    } else if (attribute == PlanAttribute.MEASURES_MUST_ADDRESS_RISKS) {
      if (value.equals("true")) {
        return uk ? "так" : "yes";
      }
      if (value.equals("false")) {
        return uk ? "ні" : "no";
      }
    }
    return value;
  }

  private static String level(Optional<RiskLevel> level, boolean uk) {
    if (level.isEmpty()) {
      return uk ? "поза шкалою" : "off the scale";
    }
    return uk ? level.get().ukrainian() : level.get().english();
  }

  private static String joined(List<String> values, String open, String close) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(open).append(v).append(close);
    }
    return sb.toString();
  }

  private static final class Ukrainian implements ChangeVisitor<Void> {
    private final StringBuilder sb;

    Ukrainian(StringBuilder sb) {
      this.sb = sb;
    }

    private static String q(String s) {
      return "«" + s + "»";
    }

    private static String capital(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public Void visit(PlanChanged c) {
      String label = capital(c.attribute().ukrainian());
      Optional<String> a = c.oldValue().map(v -> attributeValue(c.attribute(), v, true));
      Optional<String> b = c.newValue().map(v -> attributeValue(c.attribute(), v, true));
      if (a.isPresent() && b.isPresent()) {
        sb.append(label).append(": змінено з ").append(q(a.get())).append(" на ").append(q(b.get()));
      } else if (b.isPresent()) {
        sb.append(label).append(": додано ").append(q(b.get()));
      } else {
        sb.append(label).append(": вилучено ").append(q(a.orElseThrow()));
      }
      sb.append('\n');
      return null;
    }

    @Override
    public Void visit(SectionAdded c) {
      sb.append("Доповнено розділом ").append(c.section().number()).append(' ')
          .append(q(c.section().title())).append('\n');
      return null;
    }

    @Override
    public Void visit(SectionRemoved c) {
      sb.append("Розділ ").append(c.section().number()).append(' ').append(q(c.section().title()))
          .append(" вилучено\n");
      return null;
    }

    @Override
    public Void visit(SectionRenamed c) {
      sb.append("Розділ ").append(c.number()).append(": змінено назву з ").append(q(c.oldTitle()))
          .append(" на ").append(q(c.newTitle())).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureAdded c) {
      sb.append("Доповнено пунктом ").append(c.measure().number()).append(": ")
          .append(q(c.measure().name())).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureRemoved c) {
      sb.append("Пункт ").append(c.measure().number()).append(' ').append(q(c.measure().name()))
          .append(" вилучено\n");
      return null;
    }

    @Override
    public Void visit(MeasureMoved c) {
      sb.append("Пункт ").append(c.oldNumber()).append(" перенесено до розділу ")
          .append(c.newNumber().section()).append(" як пункт ").append(c.newNumber()).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureRenumbered c) {
      sb.append("Пункт ").append(c.oldNumber()).append(" вважати пунктом ").append(c.newNumber())
          .append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureModified c) {
      for (FieldChange f : c.changes()) {
        sb.append("Пункт ").append(c.newNumber()).append(": ");
        String field = fieldName(f, true);
        if (f.oldValues().isEmpty()) {
          sb.append("додано ").append(field).append(' ').append(joined(f.newValues(), "«", "»"));
        } else if (f.newValues().isEmpty()) {
          sb.append("вилучено ").append(field).append(' ').append(joined(f.oldValues(), "«", "»"));
        } else if (f.field() == MeasureField.RESPONSIBLE) {
          sb.append("змінено ").append(field);
          List<String> added = f.added();
          List<String> removed = f.removed();
          if (added.isEmpty() && removed.isEmpty()) {
            sb.append(" з ").append(joined(f.oldValues(), "«", "»")).append(" на ")
                .append(joined(f.newValues(), "«", "»"));
          }
          if (!added.isEmpty()) {
            sb.append(": додано ").append(joined(added, "«", "»"));
          }
          if (!removed.isEmpty()) {
            sb.append(added.isEmpty() ? ": " : "; ").append("вилучено ").append(joined(removed, "«", "»"));
          }
        } else {
          sb.append("змінено ").append(field).append(" з ").append(joined(f.oldValues(), "«", "»"))
              .append(" на ").append(joined(f.newValues(), "«", "»"));
        }
        sb.append('\n');
      }
      return null;
    }

    @Override
    public Void visit(RiskAdded c) {
      sb.append("Доповнено ризиком ").append(c.risk().id()).append(": ").append(q(c.risk().risk()))
          .append(" (рівень: ").append(level(c.level(), true)).append(")\n");
      return null;
    }

    @Override
    public Void visit(RiskRemoved c) {
      sb.append("Ризик ").append(c.risk().id()).append(' ').append(q(c.risk().risk())).append(" вилучено\n");
      return null;
    }

    @Override
    public Void visit(RiskModified c) {
      if (c.renumbered()) {
        sb.append("Ризик ").append(c.oldId()).append(" вважати ризиком ").append(c.newId()).append('\n');
      }
      for (RiskFieldChange f : c.changes()) {
        sb.append("Ризик ").append(c.newId()).append(": ");
        String field = f.field().ukrainian();
        if (f.oldValues().isEmpty()) {
          sb.append("додано ").append(field).append(' ').append(joined(f.newValues(), "«", "»"));
        } else if (f.newValues().isEmpty()) {
          sb.append("вилучено ").append(field).append(' ').append(joined(f.oldValues(), "«", "»"));
        } else {
          sb.append("змінено ").append(field).append(" з ").append(joined(f.oldValues(), "«", "»"))
              .append(" на ").append(joined(f.newValues(), "«", "»"));
        }
        sb.append('\n');
      }
      if (c.levelChanged()) {
        sb.append("Ризик ").append(c.newId()).append(": рівень: ").append(level(c.oldLevel(), true))
            .append(" → ").append(level(c.newLevel(), true)).append('\n');
      }
      return null;
    }
  }

  private static final class English implements ChangeVisitor<Void> {
    private final StringBuilder sb;

    English(StringBuilder sb) {
      this.sb = sb;
    }

    private static String q(String s) {
      return "\"" + s + "\"";
    }

    @Override
    public Void visit(PlanChanged c) {
      String label = c.attribute().english();
      label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
      Optional<String> a = c.oldValue().map(v -> attributeValue(c.attribute(), v, false));
      Optional<String> b = c.newValue().map(v -> attributeValue(c.attribute(), v, false));
      if (a.isPresent() && b.isPresent()) {
        sb.append(label).append(" changed from ").append(q(a.get())).append(" to ").append(q(b.get()));
      } else if (b.isPresent()) {
        sb.append(label).append(" added: ").append(q(b.get()));
      } else {
        sb.append(label).append(" removed: ").append(q(a.orElseThrow()));
      }
      sb.append('\n');
      return null;
    }

    @Override
    public Void visit(SectionAdded c) {
      sb.append("Section ").append(c.section().number()).append(" added: ").append(q(c.section().title()))
          .append('\n');
      return null;
    }

    @Override
    public Void visit(SectionRemoved c) {
      sb.append("Section ").append(c.section().number()).append(" removed: ")
          .append(q(c.section().title())).append('\n');
      return null;
    }

    @Override
    public Void visit(SectionRenamed c) {
      sb.append("Section ").append(c.number()).append(": title changed from ").append(q(c.oldTitle()))
          .append(" to ").append(q(c.newTitle())).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureAdded c) {
      sb.append("Measure ").append(c.measure().number()).append(" added: ").append(q(c.measure().name()))
          .append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureRemoved c) {
      sb.append("Measure ").append(c.measure().number()).append(" removed: ")
          .append(q(c.measure().name())).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureMoved c) {
      sb.append("Measure ").append(c.oldNumber()).append(" moved to section ")
          .append(c.newNumber().section()).append(" as ").append(c.newNumber()).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureRenumbered c) {
      sb.append("Measure ").append(c.oldNumber()).append(" renumbered as ").append(c.newNumber()).append('\n');
      return null;
    }

    @Override
    public Void visit(MeasureModified c) {
      for (FieldChange f : c.changes()) {
        sb.append("Measure ").append(c.newNumber()).append(": ");
        String field = fieldName(f, false);
        if (f.oldValues().isEmpty()) {
          sb.append(field).append(" added: ").append(joined(f.newValues(), "\"", "\""));
        } else if (f.newValues().isEmpty()) {
          sb.append(field).append(" removed: ").append(joined(f.oldValues(), "\"", "\""));
        } else if (f.field() == MeasureField.RESPONSIBLE && !(f.added().isEmpty() && f.removed().isEmpty())) {
          sb.append(field).append(" changed");
          if (!f.added().isEmpty()) {
            sb.append(": added ").append(joined(f.added(), "\"", "\""));
          }
          if (!f.removed().isEmpty()) {
            sb.append(f.added().isEmpty() ? ": " : "; ").append("removed ")
                .append(joined(f.removed(), "\"", "\""));
          }
        } else {
          sb.append(field).append(" changed from ").append(joined(f.oldValues(), "\"", "\""))
              .append(" to ").append(joined(f.newValues(), "\"", "\""));
        }
        sb.append('\n');
      }
      return null;
    }

    @Override
    public Void visit(RiskAdded c) {
      sb.append("Risk ").append(c.risk().id()).append(" added: ").append(q(c.risk().risk()))
          .append(" (level: ").append(level(c.level(), false)).append(")\n");
      return null;
    }

    @Override
    public Void visit(RiskRemoved c) {
      sb.append("Risk ").append(c.risk().id()).append(" removed: ").append(q(c.risk().risk())).append('\n');
      return null;
    }

    @Override
    public Void visit(RiskModified c) {
      if (c.renumbered()) {
        sb.append("Risk ").append(c.oldId()).append(" renumbered as ").append(c.newId()).append('\n');
      }
      for (RiskFieldChange f : c.changes()) {
        sb.append("Risk ").append(c.newId()).append(": ");
        String field = f.field().english();
        if (f.oldValues().isEmpty()) {
          sb.append(field).append(" added: ").append(joined(f.newValues(), "\"", "\""));
        } else if (f.newValues().isEmpty()) {
          sb.append(field).append(" removed: ").append(joined(f.oldValues(), "\"", "\""));
        } else {
          sb.append(field).append(" changed from ").append(joined(f.oldValues(), "\"", "\""))
              .append(" to ").append(joined(f.newValues(), "\"", "\""));
        }
        sb.append('\n');
      }
      if (c.levelChanged()) {
        sb.append("Risk ").append(c.newId()).append(": level: ").append(level(c.oldLevel(), false))
            .append(" → ").append(level(c.newLevel(), false)).append('\n');
      }
      return null;
    }
  }
}
