package io.github.acplan.core.diff;

import com.google.common.collect.ImmutableMap;
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
 * </pre>
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
  public static ImmutableMap<ChangeKind, Integer> counts(List<? extends Change> changes) {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (Change c : changes) {
      counts.merge(c.kind(), 1, Integer::sum);
    }
    return ImmutableMap.copyOf(counts);
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
      Optional<String> a = c.oldValue();
      Optional<String> b = c.newValue();
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
        String field = f.field().ukrainian();
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
      Optional<String> a = c.oldValue();
      Optional<String> b = c.newValue();
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
        String field = f.field().english();
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
  }
}
