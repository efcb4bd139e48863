package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.acplan.core.ActKind;
import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Approval;
import io.github.acplan.core.ExpectedResult;
import io.github.acplan.core.Indicator;
import io.github.acplan.core.Measure;
import io.github.acplan.core.MeasureNumber;
import io.github.acplan.core.Plan;
import io.github.acplan.core.PlanKind;
import io.github.acplan.core.PlanPeriod;
import io.github.acplan.core.Responsible;
import io.github.acplan.core.Section;
import io.github.acplan.core.Signatory;
import io.github.acplan.core.risk.CorruptionRisk;
import io.github.acplan.core.risk.RiskLevel;
import io.github.acplan.core.risk.RiskScale;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of {@link PlanJson#read(String)}: reads a valid plan with the streaming parser straight
 * into the builders, without Jackson's tree (building the tree alone took as long as Jackson's whole data
 * binding).
 *
 * <p>It only ever accepts what the tree reader ({@link PlanJsonMapping}) accepts, with the same result,
 * and gives up at the first thing it does not expect: an unknown, missing, duplicate or mistyped
 * property, a deadline whose {@code "kind"} is not its first property, a syntax error, a broken limit or
 * model invariant. Then the caller reads the document again with the tree reader, which reports the problem
 * exactly as before (the same first error, the same JSON path): the tree reader checks a whole object's
 * property names before its values and the whole document's syntax before its meaning, an order a
 * single streaming pass cannot follow.
 */
final class PlanJsonStream {

  /** Thrown to give up; no stack trace, since it is expected and caught right away. */
  static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not on the fast path", null, false, false);
    }
  }

  private PlanJsonStream() {}

  /**
   * Reads a plan, or returns null if the tree reader must read it (to report an error, or for a shape
   * this path does not take).
   *
   * @param factory a factory with the limits of the tree reader's, without duplicate detection (this
   *     path detects duplicates itself)
   */
  static @Nullable Plan tryRead(JsonFactory factory, String json) {
    try (JsonParser p = factory.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Plan plan = plan(p);
      return p.nextToken() == null ? plan : null;
    } catch (GiveUp | IOException | RuntimeException e) {
      return null; // the tree reader reports it (or reads what this path does not take)
    }
  }

  static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  static void expect(JsonParser p, JsonToken token) throws IOException, GiveUp {
    if (p.nextToken() != token) {
      throw giveUp();
    }
  }

  static String text(JsonParser p) throws IOException, GiveUp {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    return p.getText();
  }

  static int integer(JsonParser p) throws IOException, GiveUp {
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw giveUp();
    }
    return p.getIntValue();
  }

  /**
   * Marks a property read in the bits of "seen", giving up on a duplicate: the fast path's parser does
   * not look for duplicate keys (a set of names per object), the tree reader's does and reports it. A
   * missing required property (a bit left clear) gives up too.
   */
  private static int mark(int seen, int bit) throws GiveUp {
    if ((seen & bit) != 0) {
      throw giveUp();
    }
    return seen | bit;
  }

  private static Plan plan(JsonParser p) throws IOException, GiveUp {
    Plan.Builder plan = Plan.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "schemaVersion":
          if (integer(p) != PlanJson.SCHEMA_VERSION) {
            throw giveUp();
          }
          seen = mark(seen, 1);
          break;
        case "title":
          plan.title(text(p));
          seen = mark(seen, 2);
          break;
        case "body":
          plan.body(text(p));
          seen = mark(seen, 4);
          break;
        case "period":
          plan.period(period(p));
          seen = mark(seen, 8);
          break;
        case "sections":
          array(p, objects(PlanJsonStream::section), plan::addSections);
          seen = mark(seen, 16);
          break;
        case "approval":
          plan.approval(approval(p));
          seen = mark(seen, 32);
          break;
        case "signatory":
          plan.signatory(signatory(p));
          seen = mark(seen, 64);
          break;
        case "kind":
          plan.kind(enumConstant(PlanKind.class, p));
          seen = mark(seen, 128);
          break;
        case "riskScale":
          plan.riskScale(riskScale(p));
          seen = mark(seen, 256);
          break;
        case "measuresMustAddressRisks":
          plan.measuresMustAddressRisks(bool(p));
          seen = mark(seen, 512);
          break;
        case "risks":
          array(p, objects(PlanJsonStream::risk), plan::addRisks);
          seen = mark(seen, 1024);
          break;
        default:
          throw giveUp();
      }
    }
    if ((seen & 31) != 31 || p.currentToken() != JsonToken.END_OBJECT) {
      throw giveUp();
    }
    return plan.build();
  }

  static boolean bool(JsonParser p) throws IOException, GiveUp {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw giveUp();
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private static RiskScale riskScale(JsonParser p) throws IOException, GiveUp {
    expect(p, JsonToken.START_OBJECT);
    int[] bounds = new int[4];
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      int i;
      switch (p.currentName()) {
        case "minScore":
          i = 0;
          break;
        case "maxScore":
          i = 1;
          break;
        case "mediumFrom":
          i = 2;
          break;
        case "highFrom":
          i = 3;
          break;
        default:
          throw giveUp();
      }
      bounds[i] = integer(p);
      seen = mark(seen, 1 << i);
    }
    if (seen != 15) {
      throw giveUp();
    }
    return RiskScale.of(bounds[0], bounds[1], bounds[2], bounds[3]);
  }

  /**
   * Reads a register entry whose START_OBJECT is the current token. Links to measures missing from the
   * plan are found when the plan is built, which gives up too.
   */
  private static CorruptionRisk risk(JsonParser p) throws IOException, GiveUp {
    CorruptionRisk.Builder risk = CorruptionRisk.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "id":
          risk.id(text(p));
          seen = mark(seen, 1);
          break;
        case "function":
          risk.function(text(p));
          seen = mark(seen, 2);
          break;
        case "risk":
          risk.risk(text(p));
          seen = mark(seen, 4);
          break;
        case "description":
          risk.description(text(p));
          seen = mark(seen, 8);
          break;
        case "sources":
          array(p, (q, first) -> {
            if (first != JsonToken.VALUE_STRING) {
              throw giveUp();
            }
            return q.getText();
          }, risk::addSources);
          seen = mark(seen, 16);
          break;
        case "probability":
          risk.probability(integer(p));
          seen = mark(seen, 32);
          break;
        case "consequence":
          risk.consequence(integer(p));
          seen = mark(seen, 64);
          break;
        case "measures":
          array(p, (q, first) -> {
            if (first != JsonToken.VALUE_STRING) {
              throw giveUp();
            }
            return MeasureNumber.parse(q.getText());
          }, risk::addMeasures);
          seen = mark(seen, 128);
          break;
        case "level":
          enumConstant(RiskLevel.class, p); // derived: checked to be a level, otherwise ignored
          seen = mark(seen, 256);
          break;
        default:
          throw giveUp();
      }
    }
    if ((seen & 255) != 255) {
      throw giveUp();
    }
    return risk.build();
  }

  private static PlanPeriod period(JsonParser p) throws IOException, GiveUp {
    expect(p, JsonToken.START_OBJECT);
    int first = 0;
    int last = 0;
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "firstYear":
          first = integer(p);
          seen = mark(seen, 1);
          break;
        case "lastYear":
          last = integer(p);
          seen = mark(seen, 2);
          break;
        default:
          throw giveUp();
      }
    }
    if (seen != 3) {
      throw giveUp();
    }
    return PlanPeriod.of(first, last);
  }

  private static Approval approval(JsonParser p) throws IOException, GiveUp {
    expect(p, JsonToken.START_OBJECT);
    Approval.Builder approval = Approval.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "kind":
          approval.kind(enumConstant(ActKind.class, p));
          seen = mark(seen, 1);
          break;
        case "authority":
          approval.authority(text(p));
          seen = mark(seen, 2);
          break;
        case "date":
          approval.date(LocalDate.parse(text(p)));
          seen = mark(seen, 4);
          break;
        case "number":
          approval.number(text(p));
          seen = mark(seen, 8);
          break;
        default:
          throw giveUp();
      }
    }
    if (seen != 15) {
      throw giveUp();
    }
    return approval.build();
  }

  private static Signatory signatory(JsonParser p) throws IOException, GiveUp {
    expect(p, JsonToken.START_OBJECT);
    String position = null;
    String name = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "position":
          if (position != null) {
            throw giveUp();
          }
          position = text(p);
          break;
        case "name":
          if (name != null) {
            throw giveUp();
          }
          name = text(p);
          break;
        default:
          throw giveUp();
      }
    }
    if (position == null || name == null) {
      throw giveUp();
    }
    return Signatory.of(position, name);
  }

  /** Reads a section whose START_OBJECT is the current token. */
  private static Section section(JsonParser p) throws IOException, GiveUp {
    Section.Builder section = Section.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "number":
          section.number(integer(p));
          seen = mark(seen, 1);
          break;
        case "title":
          section.title(text(p));
          seen = mark(seen, 2);
          break;
        case "measures":
          array(p, objects(PlanJsonStream::measure), section::addMeasures);
          seen = mark(seen, 4);
          break;
        default:
          throw giveUp();
      }
    }
    if (seen != 7) {
      throw giveUp();
    }
    return section.build();
  }

  /** Reads a measure whose START_OBJECT is the current token. */
  private static Measure measure(JsonParser p) throws IOException, GiveUp {
    Measure.Builder measure = Measure.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "number":
          measure.number(MeasureNumber.parse(text(p)));
          seen = mark(seen, 1);
          break;
        case "name":
          measure.name(text(p));
          seen = mark(seen, 2);
          break;
        case "deadline":
          expect(p, JsonToken.START_OBJECT);
          measure.deadline(DeadlineJson.readStream(p));
          seen = mark(seen, 4);
          break;
        case "responsible":
          measure.responsible(responsible(p));
          seen = mark(seen, 8);
          break;
        case "indicators":
          array(p, (q, first) -> Indicator.of(nonBlank(q, first)), measure::addIndicators);
          seen = mark(seen, 16);
          break;
        case "expectedResults":
          array(p, (q, first) -> ExpectedResult.of(nonBlank(q, first)), measure::addExpectedResults);
          seen = mark(seen, 32);
          break;
        case "yearlyDeadlines":
          yearlyDeadlines(p, measure);
          seen = mark(seen, 64);
          break;
        case "resources":
          measure.resources(text(p));
          seen = mark(seen, 128);
          break;
        default:
          throw giveUp();
      }
    }
    if ((seen & 63) != 63) {
      throw giveUp();
    }
    return measure.build();
  }

  /** Reads the object of deadlines by year into the measure, giving up on a duplicate or odd year. */
  private static void yearlyDeadlines(JsonParser p, Measure.Builder measure) throws IOException, GiveUp {
    expect(p, JsonToken.START_OBJECT);
    Set<Integer> years = new HashSet<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      int year = PlanJsonMapping.year(p.currentName());
      if (year < 0 || !years.add(year)) {
        throw giveUp();
      }
      expect(p, JsonToken.START_OBJECT);
      measure.putYearlyDeadlines(year, DeadlineJson.readStream(p));
    }
  }

  /** Reads one element of an array whose first token is already current. */
  private interface Element<T> {
    T read(JsonParser p, JsonToken first) throws IOException, GiveUp;
  }

  /** Reads an object whose START_OBJECT is the current token. */
  private interface ObjectReader<T> {
    T read(JsonParser p) throws IOException, GiveUp;
  }

  /** Reads an array (its START_ARRAY is the next token), handing each element to {@code sink}. */
  private static <T> void array(JsonParser p, Element<T> element, Consumer<T> sink)
      throws IOException, GiveUp {
    expect(p, JsonToken.START_ARRAY);
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      sink.accept(element.read(p, t));
    }
  }

  /** Elements that must be objects, read by {@code reader}. */
  private static <T> Element<T> objects(ObjectReader<T> reader) {
    return (p, first) -> {
      if (first != JsonToken.START_OBJECT) {
        throw giveUp();
      }
      return reader.read(p);
    };
  }

  private static String nonBlank(JsonParser p, JsonToken token) throws IOException, GiveUp {
    if (token != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    String s = p.getText();
    if (s.isBlank()) {
      throw giveUp();
    }
    return s;
  }

  private static Responsible responsible(JsonParser p) throws IOException, GiveUp {
    expect(p, JsonToken.START_OBJECT);
    Responsible.Builder responsible = Responsible.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "text":
          responsible.text(text(p));
          seen = mark(seen, 1);
          break;
        case "actors":
          array(p, objects(PlanJsonStream::actor), responsible::addActors);
          seen = mark(seen, 2);
          break;
        default:
          throw giveUp();
      }
    }
    if (seen != 3) {
      throw giveUp();
    }
    return responsible.build();
  }

  /** Reads an actor whose START_OBJECT is the current token. */
  private static Actor actor(JsonParser p) throws IOException, GiveUp {
    Actor.Builder actor = Actor.builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      switch (p.currentName()) {
        case "kind":
          actor.kind(enumConstant(ActorKind.class, p));
          seen = mark(seen, 1);
          break;
        case "name":
          actor.name(text(p));
          seen = mark(seen, 2);
          break;
        case "qualifier":
          actor.qualifier(text(p));
          seen = mark(seen, 4);
          break;
        default:
          throw giveUp();
      }
    }
    if ((seen & 3) != 3) {
      throw giveUp();
    }
    return actor.build();
  }

  private static <E extends Enum<E>> E enumConstant(Class<E> type, JsonParser p)
      throws IOException, GiveUp {
    Object constant = DeadlineJson.enumConstantOrNull(type, text(p));
    if (constant == null) {
      throw giveUp();
    }
    return type.cast(constant);
  }
}
