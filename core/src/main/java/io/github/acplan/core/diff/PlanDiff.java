package io.github.acplan.core.diff;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.core.risk.CorruptionRisk;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares two versions of a plan and lists what changed, as an amending order would.
 *
 * <p>Measures are matched, never by position in the list:
 * <ol>
 *   <li>same number and same content: unchanged;</li>
 *   <li>same content under another number (hash lookup): moved or renumbered;</li>
 *   <li>same number, other content: modified;</li>
 *   <li>among the few measures left, similar content (Jaccard index of word stems at least
 *       {@value MeasureSimilarity#THRESHOLD}), most similar pairs first: modified and moved or renumbered.
 *       Candidates share a rare word stem (prefix filtering), so this step never compares all pairs;</li>
 *   <li>what is left is removed (older plan) or added (newer plan).</li>
 * </ol>
 * A measure's content includes a programme's resources and its deadlines per year (by text).
 *
 * <p>Risks of a programme's register are matched by identifier, then, among those left, by exact risk
 * text (a renumbered register); pairs with a different identifier, other fields or another computed
 * level (each on its own plan's scale) are {@link RiskModified}, the rest removed or added. Both steps
 * are hash lookups, linear in the size of the registers.
 * Each step pairs measures in a way that does not depend on which plan is "older", so
 * {@code between(b, a)} has the same changes as {@code between(a, b)} with added and removed swapped.
 *
 * <p>Deadlines are compared by their text: two deadlines with the same wording are the same deadline
 * even if they were interpreted for different periods (so are deadlines per year). Numbers and
 * identifiers, not list positions, say where a measure, section or risk is, so listing the same
 * numbered measures, or the same risks of a register, in another order is not a change. Apart from
 * these two, the list is empty exactly when the plans are equal.
 *
 * <p>The order of the changes is fixed: plan fields (in the order of {@link PlanAttribute}), then section
 * changes by section number, then measure changes by number (the newer number for matched and added
 * measures, the older for removed ones), then risk changes by identifier (the newer identifier for
 * matched and added risks, the older for removed ones; digits compare as numbers, so R2 comes before
 * R10). This class is stateless and thread-safe.
 */
public final class PlanDiff {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private PlanDiff() {}

  /**
   * Lists the changes from {@code older} to {@code newer}.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the changes, in the order described above; empty if the plans are the same
   */
  public static List<Change> between(Plan older, Plan newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<Change> out = new ArrayList<>();
    planChanges(older, newer, out);
    sectionChanges(older, newer, out);
    measureChanges(older, newer, out);
    riskChanges(older, newer, out);
    return List.copyOf(out);
  }

  private static void planChanges(Plan older, Plan newer, List<Change> out) {
    attribute(PlanAttribute.TITLE, Optional.of(older.title()), Optional.of(newer.title()), out);
    attribute(PlanAttribute.BODY, Optional.of(older.body()), Optional.of(newer.body()), out);
    attribute(PlanAttribute.PERIOD, Optional.of(older.period().toString()),
        Optional.of(newer.period().toString()), out);
    attribute(PlanAttribute.APPROVAL, older.approval().map(PlanDiff::approvalText),
        newer.approval().map(PlanDiff::approvalText), out);
    attribute(PlanAttribute.SIGNATORY, older.signatory().map(PlanDiff::signatoryText),
        newer.signatory().map(PlanDiff::signatoryText), out);
    attribute(PlanAttribute.KIND, Optional.of(older.kind().id()), Optional.of(newer.kind().id()), out);
    attribute(PlanAttribute.RISK_SCALE, Optional.of(older.riskScale().toString()),
        Optional.of(newer.riskScale().toString()), out);
    attribute(PlanAttribute.MEASURES_MUST_ADDRESS_RISKS,
        Optional.of(Boolean.toString(older.measuresMustAddressRisks())),
        Optional.of(Boolean.toString(newer.measuresMustAddressRisks())), out);
  }

  private static void attribute(PlanAttribute attribute, Optional<String> a, Optional<String> b,
      List<Change> out) {
    if (!a.equals(b)) {
      out.add(new PlanChanged(attribute, a, b));
    }
  }

  /**
   * Returns an approval as it is written: "розпорядження голови районної в місті ради від 09.01.2020 №
   * 2-р", or for an approval by signature "затверджую: Сільський голова Іван ПЕТРЕНКО 15.01.2025".
   *
   * @param approval the approval
   * @return the text
   */
  public static String approvalText(Approval approval) {
    if (approval.kind() == ActKind.SIGNATURE) {
      return "затверджую: " + approval.authority() + " " + approval.signedBy() + " "
          + DATE.format(approval.date());
    }
    return approval.kind().ukrainian() + " " + approval.authority() + " від "
        + DATE.format(approval.date()) + " № " + approval.number();
  }

  private static String signatoryText(Signatory s) {
    return s.position() + " " + s.name();
  }

  private static void sectionChanges(Plan older, Plan newer, List<Change> out) {
    List<Change> changes = new ArrayList<>();
    for (Section s : older.sections()) {
      Optional<Section> other = newer.section(s.number());
      if (other.isEmpty()) {
        changes.add(new SectionRemoved(s));
      } else if (!other.get().title().equals(s.title())) {
        changes.add(new SectionRenamed(s.number(), s.title(), other.get().title()));
      }
    }
    for (Section s : newer.sections()) {
      if (older.section(s.number()).isEmpty()) {
        changes.add(new SectionAdded(s));
      }
    }
    changes.sort(Comparator.comparingInt(PlanDiff::sectionOf).thenComparing(Change::kind));
    out.addAll(changes);
  }

  private static int sectionOf(Change c) {
    if (c instanceof SectionAdded sectionAdded) {
      return sectionAdded.section().number();
    }
    if (c instanceof SectionRemoved sectionRemoved) {
      return sectionRemoved.section().number();
    }
    return ((SectionRenamed) c).number();
  }

  /** The content of a measure without its number: what "the same measure" means for step 2. */
  private record Content(String name, String deadline, Responsible responsible,
      List<Indicator> indicators, List<ExpectedResult> expectedResults, String resources,
      Map<Integer, String> yearlyDeadlines) {
    static Content of(Measure m) {
      return new Content(m.name(), m.deadline().text(), m.responsible(), m.indicators(),
          m.expectedResults(), m.resources(), yearlyTexts(m));
    }
  }

  private static Map<Integer, String> yearlyTexts(Measure m) {
    if (m.yearlyDeadlines().isEmpty()) {
      return Map.of();
    }
    Map<Integer, String> texts = new HashMap<>();
    for (Map.Entry<Integer, Deadline> e : m.yearlyDeadlines().entrySet()) {
      texts.put(e.getKey(), e.getValue().text());
    }
    return texts;
  }

  /** A measure change and where it sorts. */
  private record Keyed(MeasureNumber number, MeasureNumber other, Change change) {}

  private static void measureChanges(Plan older, Plan newer, List<Change> out) {
    List<Measure> oldLeft = new ArrayList<>();
    Map<MeasureNumber, Measure> newByNumber = new HashMap<>();
    for (Measure m : newer.measures()) {
      newByNumber.put(m.number(), m);
    }
    List<Measure[]> pairs = new ArrayList<>();
    // Step 1: same number, same content.
    for (Measure m : sorted(older.measures())) {
      Measure n = newByNumber.get(m.number());
      if (n != null && sameExceptDeadlineStructure(m, n)) {
        newByNumber.remove(m.number());
      } else {
        oldLeft.add(m);
      }
    }
    List<Measure> newLeft = sorted(newByNumber.values());
    // Step 2: same content, another number; equal contents pair in number order on both sides.
    Map<Content, ArrayDeque<Measure>> byContent = new HashMap<>();
    for (Measure n : newLeft) {
      byContent.computeIfAbsent(Content.of(n), c -> new ArrayDeque<>()).add(n);
    }
    List<Measure> oldLeft2 = new ArrayList<>();
    LinkedHashSet<Measure> newLeft2 = new LinkedHashSet<>(newLeft);
    for (Measure m : oldLeft) {
      ArrayDeque<Measure> same = byContent.get(Content.of(m));
      if (same != null && !same.isEmpty()) {
        Measure n = same.poll();
        pairs.add(new Measure[] {m, n});
        newLeft2.remove(n);
      } else {
        oldLeft2.add(m);
      }
    }
    // Step 3: same number, other content.
    Map<MeasureNumber, Measure> newLeftByNumber = new HashMap<>();
    for (Measure n : newLeft2) {
      newLeftByNumber.put(n.number(), n);
    }
    List<Measure> oldLeft3 = new ArrayList<>();
    for (Measure m : oldLeft2) {
      Measure n = newLeftByNumber.remove(m.number());
      if (n != null) {
        pairs.add(new Measure[] {m, n});
      } else {
        oldLeft3.add(m);
      }
    }
    List<Measure> newLeft3 = sorted(newLeftByNumber.values());
    // Step 4: similar content among the rest.
    List<int[]> similar = MeasureSimilarity.match(oldLeft3, newLeft3);
    boolean[] oldTaken = new boolean[oldLeft3.size()];
    boolean[] newTaken = new boolean[newLeft3.size()];
    for (int[] p : similar) {
      pairs.add(new Measure[] {oldLeft3.get(p[0]), newLeft3.get(p[1])});
      oldTaken[p[0]] = true;
      newTaken[p[1]] = true;
    }

    List<Keyed> changes = new ArrayList<>();
    for (Measure[] p : pairs) {
      Measure m = p[0];
      Measure n = p[1];
      if (!m.number().equals(n.number())) {
        Change c = m.number().section() == n.number().section()
            ? new MeasureRenumbered(m.number(), n.number())
            : new MeasureMoved(m.number(), n.number());
        changes.add(new Keyed(n.number(), m.number(), c));
      }
      List<FieldChange> fields = fieldChanges(m, n);
      if (!fields.isEmpty()) {
        changes.add(new Keyed(n.number(), m.number(), new MeasureModified(m.number(), n.number(), fields)));
      }
    }
    for (int i = 0; i < oldLeft3.size(); i++) {
      if (!oldTaken[i]) {
        Measure m = oldLeft3.get(i);
        changes.add(new Keyed(m.number(), m.number(), new MeasureRemoved(m)));
      }
    }
    for (int i = 0; i < newLeft3.size(); i++) {
      if (!newTaken[i]) {
        Measure n = newLeft3.get(i);
        changes.add(new Keyed(n.number(), n.number(), new MeasureAdded(n)));
      }
    }
    changes.sort(Comparator.comparing(Keyed::number)
        .thenComparing(k -> k.change().kind())
        .thenComparing(Keyed::other));
    for (Keyed k : changes) {
      out.add(k.change());
    }
  }

  private static void riskChanges(Plan older, Plan newer, List<Change> out) {
    if (!older.risks().isEmpty() || !newer.risks().isEmpty()) {
      out.addAll(RegisterDiff.changes(older, newer));
    }
  }

  /**
   * Lists the fields that differ between two versions of a risk, ignoring the identifier and the level.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the changes, in the order of {@link RiskField}; empty if the fields are the same
   */
  public static List<RiskFieldChange> riskFieldChanges(CorruptionRisk older, CorruptionRisk newer) {
    return RegisterDiff.fieldChanges(older, newer);
  }

  private static boolean sameExceptDeadlineStructure(Measure m, Measure n) {
    return m.equals(n) || Content.of(m).equals(Content.of(n));
  }

  private static List<Measure> sorted(java.util.Collection<Measure> measures) {
    List<Measure> list = new ArrayList<>(measures);
    list.sort(Comparator.comparing(Measure::number));
    return list;
  }

  /**
   * Lists the fields that differ between two versions of a measure, ignoring the number.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the changes, in the order of {@link MeasureField}; empty if the contents are the same
   */
  public static List<FieldChange> fieldChanges(Measure older, Measure newer) {
    List<FieldChange> out = new ArrayList<>();
    if (!older.name().equals(newer.name())) {
      out.add(new FieldChange(MeasureField.NAME, List.of(older.name()), List.of(newer.name())));
    }
    if (!older.deadline().text().equals(newer.deadline().text())) {
      out.add(new FieldChange(MeasureField.DEADLINE, List.of(older.deadline().text()),
          List.of(newer.deadline().text())));
    }
    if (!older.yearlyDeadlines().isEmpty() || !newer.yearlyDeadlines().isEmpty()) {
      TreeSet<Integer> years = new TreeSet<>(older.yearlyDeadlines().keySet());
      years.addAll(newer.yearlyDeadlines().keySet());
      for (int year : years) {
        List<String> a = deadlineText(older.yearlyDeadlines().get(year));
        List<String> b = deadlineText(newer.yearlyDeadlines().get(year));
        if (!a.equals(b)) {
          out.add(FieldChange.ofYear(year, a, b));
        }
      }
    }
    if (!older.responsible().equals(newer.responsible())) {
      out.add(responsibleChange(older.responsible(), newer.responsible()));
    }
    if (!older.indicators().equals(newer.indicators())) {
      out.add(new FieldChange(MeasureField.INDICATORS, texts(older.indicators(), Indicator::text),
          texts(newer.indicators(), Indicator::text)));
    }
    if (!older.expectedResults().equals(newer.expectedResults())) {
      out.add(new FieldChange(MeasureField.EXPECTED_RESULTS,
          texts(older.expectedResults(), ExpectedResult::text),
          texts(newer.expectedResults(), ExpectedResult::text)));
    }
    if (!older.resources().equals(newer.resources())) {
      out.add(new FieldChange(MeasureField.RESOURCES, cell(older.resources()), cell(newer.resources())));
    }
    return List.copyOf(out);
  }

  private static List<String> deadlineText(@Nullable Deadline d) {
    return d == null ? List.of() : List.of(d.text());
  }

  /** An empty cell has no value, so filling or clearing it reads as "added" or "removed". */
  private static List<String> cell(String text) {
    return text.isEmpty() ? List.of() : List.of(text);
  }

  /**
   * Actors as "name (qualifier)". If the lists of actors read the same but the responsible values
   * differ (only the cell's wording, or an actor's kind), the wording, then the full actors, are given,
   * so that a change is never reported with equal values.
   */
  private static FieldChange responsibleChange(Responsible a, Responsible b) {
    List<String> x = texts(a.actors(), PlanDiff::actorText);
    List<String> y = texts(b.actors(), PlanDiff::actorText);
    if (x.equals(y)) {
      x = List.of(a.text());
      y = List.of(b.text());
    }
    if (x.equals(y)) {
      x = texts(a.actors(), Actor::toString);
      y = texts(b.actors(), Actor::toString);
    }
    return new FieldChange(MeasureField.RESPONSIBLE, x, y);
  }

  private static String actorText(Actor a) {
    return a.qualifier().map(q -> a.name() + " (" + q + ")").orElse(a.name());
  }

  private static <T> List<String> texts(List<T> items, Function<T, String> text) {
    List<String> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(text.apply(t));
    }
    return out;
  }
}
