package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.acplan.core.Plan;
import io.github.acplan.core.deadline.Deadline;
import io.github.acplan.json.mapping.ScreenedText;
import io.github.acplan.json.mapping.SurrogateScreeningReader;
import io.github.acplan.serialization.PlanFormatException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes plans as JSON and reads them back: the stable exchange format of acplan.
 *
 * <p>The shape (schema version {@value #SCHEMA_VERSION}, described by the JSON Schema in the jar at
 * {@value #SCHEMA_RESOURCE}), properties always in this order:
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "kind": "programme",                                    (left out for "plan")
 *   "title": "ПЛАН ЗАХОДІВ щодо запобігання та виявлення корупції",
 *   "body": "у виконкомі Довгинцівської районної в місті ради",
 *   "period": { "firstYear": 2020, "lastYear": 2020 },
 *   "approval": { "kind": "rozporiadzhennia", "authority": "голови районної в місті ради",
 *                 "date": "2020-01-09", "number": "2-р" },            (left out for a draft)
 *   "signatory": { "position": "Керуючий справами виконкому", "name": "Олександр Гижко" },  (optional)
 *   "riskScale": { "minScore": 1, "maxScore": 5, "mediumFrom": 5, "highFrom": 12 },  (left out for NAZK 2021)
 *   "measuresMustAddressRisks": true,                       (left out when false)
 *   "sections": [ { "number": 1, "title": "…", "measures": [ {
 *       "number": "1.1",
 *       "name": "…",
 *       "deadline": { "kind": "unrecognized", "text": "Щопівроку" },
 *       "yearlyDeadlines": { "2025": { "kind": "by-date", … } },  (left out when empty)
 *       "responsible": { "text": "…", "actors": [ { "kind": "position", "name": "…", "qualifier": "…" } ] },
 *       "resources": "Місцевий бюджет",                   (left out when empty)
 *       "indicators": [ "…" ],
 *       "expectedResults": [ "…" ] } ] } ],
 *   "risks": [ {                                            (left out when empty)
 *       "id": "1", "function": "…", "risk": "…", "description": "…", "sources": [ "…" ],
 *       "probability": 3, "consequence": 2,
 *       "level": "high",                                   (derived; left out when a score is off the scale)
 *       "measures": [ "1.1", "2.3" ] } ]
 * }
 * }</pre>
 * A programme ({@code "kind": "programme"}) carries a risk register; the properties of programmes are
 * left out at their defaults, so a plan of the 2020 kind is written exactly as before they existed, and
 * documents written before read as before. {@code "yearlyDeadlines"} holds a measure's deadline per year
 * of a multi-year period, by year written with four digits. A risk's {@code "level"} is derived from its
 * scores on the plan's scale and written for the convenience of readers of the JSON: on reading it must
 * be {@code "low"}, {@code "medium"} or {@code "high"} and is otherwise ignored (the scores are what
 * counts, so that an edited score cannot contradict a stale level).
 * Dates are ISO ({@code 2020-01-09}); enum values are logical names in lower case with hyphens
 * ({@code "collegial-body"}); a deadline's {@code "kind"} is its kind's logical name, followed by the
 * components of its kind (never a Java class name). Optional values are left out when empty.
 *
 * <p>Reading is strict: an unknown property, a missing required one, a value of the wrong type, a
 * malformed number or date, a property named twice in an object, or a plan that breaks the model's structure is a
 * {@link PlanFormatException} whose location is the JSON path of the value, e.g.
 * {@code $.sections[2].measures[0].number}, {@code $.risks[1].probability},
 * {@code $.sections[0].measures[2].yearlyDeadlines.2025} or, for a risk linked to a measure the plan does
 * not have, {@code $.risks[0].measures[1]}; a syntax error gives the line and column. The input is
 * bounded by {@link Limits} so that hostile input cannot exhaust memory.
 *
 * <p>A deadline alone has the same shape as the {@code "deadline"} of a measure above: {@link
 * #writeDeadline(Deadline)} and {@link #readDeadline(String)} read and write it, so that tools that print
 * a single deadline (such as {@code acplan deadline}) speak the plan format.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanJson {

  /** The version of the JSON shape written and read, the value of {@code "schemaVersion"}. */
  public static final int SCHEMA_VERSION = 1;

  /** Where the JSON Schema of the format is in the jar. */
  public static final String SCHEMA_RESOURCE = "/io/github/acplan/plan.schema.json";

  /**
   * Bounds on the JSON accepted by {@link #read(String)}.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxStringLength the longest string, in characters
   * @param maxDocumentLength the longest document, in bytes or characters
   */
  public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {

    /**
     * Creates limits.
     *
     * @param maxNestingDepth at least 8, deep enough for a plan with nested deadlines; whatever it is, a
     *     deadline nested more than {@code JsonMapping.MAX_NESTING_DEPTH} (100) levels below the value read
     *     is refused, so that reading stays within a small thread stack
     * @param maxStringLength at least 1
     * @param maxDocumentLength at least 1
     * @throws IllegalArgumentException if a bound is too small
     */
    public Limits {
      if (maxNestingDepth < 8 || maxStringLength < 1 || maxDocumentLength < 1) {
        throw new IllegalArgumentException("JSON limits too small: nesting depth " + maxNestingDepth
            + " (at least 8), string length " + maxStringLength + ", document length " + maxDocumentLength);
      }
    }

    /**
     * Returns the defaults: nesting depth 64, strings of up to 1,000,000 characters, documents of up to
     * 64 MiB: far above any real plan (the seed is about 60 KiB of JSON).
     *
     * @return the default limits
     */
    public static Limits defaults() {
      return new Limits(64, 1_000_000, 64L * 1024 * 1024);
    }
  }

  /**
   * The attribute of a read (a {@code DeserializationContext}'s) that says the text holds no surrogate and
   * no escape that may spell one: set only by this package's readers of a {@link ScreenedText}, read by
   * the module's deserializer ({@link Jackson2Tokens#mayHoldSurrogates()}). An object of its own, so that
   * no application's attribute can be taken for it.
   */
  static final Object TEXT_WITHOUT_SURROGATES = new Object();

  private static final PlanJson DEFAULT = new PlanJson(Limits.defaults());

  private final Limits limits;
  /** Writes and reads plans and deadlines through acplan-json-mapping, streaming and strictly. */
  private final ObjectMapper planMapper;
  /**
   * For each type read, the mapper's reader of it telling the mapping that the text holds no surrogate
   * ({@link #TEXT_WITHOUT_SURROGATES}): made once, as a reader holds the type's deserializer found.
   */
  private final ClassValue<ObjectReader> readersWithoutSurrogates = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return planMapper.readerFor(type).withAttribute(TEXT_WITHOUT_SURROGATES, Boolean.TRUE);
    }
  };

  private PlanJson(Limits limits) {
    this.limits = limits;
    this.planMapper = planMapper(limits);
  }

  private static StreamReadConstraints constraints(Limits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxNumberLength(20)
        .build();
  }

  /**
   * The factory of the plan format: within the limits, without the parser's own duplicate detection,
   * for the mapping's shapes refuse a property named twice themselves, at its JSON path (the parser's
   * check kept a hash set per object, 4-10 % of the time of reading a plan).
   */
  private static JsonFactory planFactory(Limits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .build();
  }

  /**
   * The mapper of the plan format: the shared mapping (the Jackson 2 module of this package), strict
   * whatever Jackson's defaults are: unknown properties, nulls for numbers, numbers for strings (and the
   * reverse) and trailing tokens are errors.
   */
  private static ObjectMapper planMapper(Limits limits) {
    return JsonMapper.builder(planFactory(limits))
        .addModule(new AcplanJacksonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }

  /**
   * Returns the reader and writer with the default {@link Limits}.
   *
   * @return the shared instance
   */
  public static PlanJson standard() {
    return DEFAULT;
  }

  /**
   * Returns a copy of this reader and writer with other limits: {@code PlanJson.standard().withLimits(…)}.
   *
   * @param limits the limits on the input
   * @return a new instance
   */
  public PlanJson withLimits(Limits limits) {
    return new PlanJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits of this instance.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Writes a plan as indented JSON (two spaces, LF line ends, a final line end).
   *
   * @param plan the plan
   * @return the JSON
   */
  public String write(Plan plan) {
    return write(plan, true);
  }

  /**
   * Writes a plan as JSON on one line, without spaces between tokens.
   *
   * @param plan the plan
   * @return the JSON
   */
  public String writeCompact(Plan plan) {
    return write(plan, false);
  }

  /**
   * Writes a plan as JSON.
   *
   * @param plan the plan
   * @param pretty true for indented output, false for one line
   * @return the JSON
   */
  public String write(Plan plan, boolean pretty) {
    // Jackson's own writeValueAsString does this: text in recycled segments, copied once into the
    // String, where a StringWriter (a synchronized StringBuffer) grew by copying and copied again
    BufferRecycler recycler = planMapper.getFactory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      write(plan, out, pretty);
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a SegmentedStringWriter does not throw
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a plan as JSON to a writer, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @param pretty true for indented output, false for one line
   * @throws IOException if writing fails
   */
  public void write(Plan plan, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    writeDocument(planMapper.getFactory(), out, pretty, g -> planMapper.writeValue(g, plan));
  }

  /** The mapper of the format: the shared mapping, strict and within the limits. */
  ObjectMapper formatMapper() {
    return planMapper;
  }

  /** Writes the one value of a JSON document. */
  interface DocumentBody {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes a JSON document to a caller's writer, which is flushed and not closed; pretty output is
   * indented and ends with a line end. The one way this package's writers write to a writer.
   */
  static void writeDocument(JsonFactory factory, Writer out, boolean pretty, DocumentBody body)
      throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(prettyPrinter());
      }
      body.write(g);
    }
    if (pretty) {
      out.write('\n');
    }
    out.flush();
  }

  /** Writes something to a writer. */
  interface WriterTask {
    void writeTo(Writer out) throws IOException;
  }

  /** Returns what a task writes, collected in a string. */
  static String written(WriterTask task) {
    StringWriter out = new StringWriter();
    try {
      task.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes a deadline as JSON on one line, without spaces between tokens: the object found under
   * {@code "deadline"} in a measure, e.g. {@code {"kind":"permanent","text":"Постійно"}}.
   *
   * @param deadline the deadline
   * @return the JSON
   */
  public String writeDeadline(Deadline deadline) {
    return writeDeadline(deadline, false);
  }

  /**
   * Writes a deadline as JSON, in the shape of a measure's {@code "deadline"}: {@code "kind"} (the kind's
   * logical name) first, then the components of the kind.
   *
   * @param deadline the deadline
   * @param pretty true for indented output (two spaces, LF line ends, a final line end), false for one
   *     line
   * @return the JSON
   */
  public String writeDeadline(Deadline deadline, boolean pretty) {
    Objects.requireNonNull(deadline, "deadline");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = planMapper.getFactory().createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(prettyPrinter());
      }
      planMapper.writeValue(g, deadline);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    if (pretty) {
      out.write('\n');
    }
    return out.toString();
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter)
        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
  }

  /**
   * Reads a plan from JSON text. A byte order mark (U+FEFF) first, as a file saved by Notepad keeps when
   * it is read into a string, is passed over, as the byte input's is (RFC 8259, section 8.1).
   *
   * @param json the JSON
   * @return the plan
   * @throws PlanFormatException if the JSON is malformed, exceeds the limits, or does not describe a valid
   *     plan; the location is a JSON path, or a line and column for a syntax error
   */
  public Plan read(String json) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    return readText(json, Plan.class, "plan");
  }

  /**
   * Reads a plan from a stream of JSON text; the reader is not closed. A byte order mark first is passed
   * over, as {@link #read(String)} does.
   *
   * @param json the JSON
   * @return the plan
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(String)}
   */
  public Plan read(Reader json) throws IOException, PlanFormatException {
    Objects.requireNonNull(json, "json");
    Reader text = textOf(json);
    return readSource(f -> f.createParser(text), Plan.class, "plan");
  }

  /**
   * Reads a plan from JSON bytes (UTF-8, UTF-16 or UTF-32, detected); the stream is not closed.
   *
   * @param json the JSON
   * @return the plan
   * @throws IOException if reading fails
   * @throws PlanFormatException as {@link #read(String)}
   */
  public Plan read(InputStream json) throws IOException, PlanFormatException {
    Objects.requireNonNull(json, "json");
    return readSource(f -> f.createParser(json), Plan.class, "plan");
  }

  /**
   * Reads a deadline from JSON text, the shape {@link #writeDeadline(Deadline)} writes: strictly and
   * within the limits, as {@link #read(String)} reads a plan.
   *
   * @param json the JSON of one deadline object
   * @return the deadline
   * @throws PlanFormatException if the JSON is malformed, exceeds the limits, or does not describe a valid
   *     deadline (an unknown {@code "kind"} or property, a missing or mistyped component); the location is
   *     a JSON path such as {@code $.deadline.kind} (for a nested deadline), or a line and column for a
   *     syntax error
   */
  public Deadline readDeadline(String json) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    return readText(json, Deadline.class, "deadline");
  }

  /**
   * Reads one value of the plan format from a caller's JSON string, passing over the byte order mark it
   * may begin with (Jackson passes over the one of a byte input, but reads a decoded U+FEFF as a character
   * that cannot begin JSON). A text of up to {@link ScreenedText#MAX_LENGTH} characters is parsed from an
   * array holding all of it, where no string runs over the end of a buffer; a longer one through a
   * {@link SurrogateScreeningReader}, which keeps the memory bounded. Either way the strings of a text
   * without surrogates are not looked over one by one.
   */
  <T> T readText(String json, Class<T> type, String what) throws PlanFormatException {
    int start = json.startsWith("\uFEFF") ? 1 : 0;
    try {
      if (json.length() - start <= ScreenedText.MAX_LENGTH) {
        // closed to give its array back for the next read
        try (ScreenedText text = ScreenedText.of(json, start)) {
          return readSource(f -> f.createParser(text.characters(), 0, text.length()), type, what,
              !text.mayHoldSurrogates());
        }
      }
      try (Reader text = SurrogateScreeningReader.of(json, start)) {
        return readSource(f -> f.createParser(text), type, what, false);
      }
    } catch (PlanFormatException e) {
      throw e;
    } catch (IOException e) {
      throw syntax(e); // a String does not fail to read
    }
  }

  /** A caller's reader as the parser reads it, as {@link #readText}: without a byte order mark, screened. */
  static Reader textOf(Reader json) throws IOException {
    PushbackReader text = new PushbackReader(json, 1);
    int first = text.read();
    if (first >= 0 && first != '\uFEFF') {
      text.unread(first);
    }
    return SurrogateScreeningReader.of(text);
  }

  /**
   * Reads one value of the plan format from a caller's source, streaming, leaving the source open: the
   * one object of the document, which must be all of it. An I/O failure stays an {@link IOException};
   * malformed JSON, a broken limit and a value the mapping refuses become a {@link PlanFormatException}
   * with the JSON path of the value.
   */
  <T> T readSource(ParserSource source, Class<T> type, String what)
      throws IOException, PlanFormatException {
    return readSource(source, type, what, false);
  }

  /**
   * Reads as {@link #readSource(ParserSource, Class, String)} does, telling the mapping's reader, when
   * {@code withoutSurrogates}, that the text holds no surrogate and no escape that may spell one (found by
   * a {@link ScreenedText}), so that it does not look over each string for lone ones.
   */
  <T> T readSource(ParserSource source, Class<T> type, String what, boolean withoutSurrogates)
      throws IOException, PlanFormatException {
    try (JsonParser p = source.open(planMapper.getFactory())) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new PlanFormatException("$", "expected a JSON object; found an empty document");
      }
      if (first != JsonToken.START_OBJECT) {
        String found = JsonErrors.found(p);
        p.skipChildren(); // within the limits: a deep array is refused for its depth
        throw new PlanFormatException("$", "expected an object; found " + found);
      }
      T value;
      try {
        value = withoutSurrogates ? readersWithoutSurrogates.get(type).readValue(p) : planMapper.readValue(p, type);
      } catch (JsonMappingException e) {
        // while the parser is open: the error names the token it stopped at, gone once it is closed
        throw mappingError(e, what);
      }
      if (p.nextToken() != null) {
        throw new PlanFormatException("line " + p.currentLocation().getLineNr() + ", column "
            + p.currentLocation().getColumnNr(), "Trailing token after the " + what
            + " object: expected the end of the document");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (CharConversionException e) {
      throw encoding(e);
    }
  }

  /** The error for a value the mapping refused, or for the syntax error or trailing token behind it. */
  private static PlanFormatException mappingError(JsonMappingException e, String what) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof JsonProcessingException processing && !(c instanceof JsonMappingException)) {
        return syntax(processing);
      }
    }
    if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      return new PlanFormatException(e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr(), "Trailing token after the " + what
          + " object: expected the end of the document", e);
    }
    return JsonErrors.mapping(e, what);
  }

  /** Opens a parser on a source the caller owns. */
  interface ParserSource {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private static final Pattern BYTE_OFFSET = Pattern.compile("byte #?(\\d+)");

  /**
   * The error for bytes that are not text in the encoding Jackson detected (UTF-8, UTF-16 or UTF-32):
   * malformed input, not a failure to read, so a {@link PlanFormatException} located at the byte Jackson
   * names (found by fuzzing, PlanJsonFuzzTest: the UTF-32 reader's {@link CharConversionException}
   * escaped as an {@link IOException}).
   */
  static PlanFormatException encoding(CharConversionException e) {
    String message = String.valueOf(e.getMessage());
    Matcher at = BYTE_OFFSET.matcher(message);
    return new PlanFormatException(at.find() ? "byte " + at.group(1) : "byte 0",
        "not JSON text in UTF-8, UTF-16 or UTF-32: " + message, e);
  }

  /** The error for JSON that cannot be parsed (or read), with its line and column when known. */
  static PlanFormatException syntax(IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation where = j.getLocation();
      String location = where == null ? "$" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
      return new PlanFormatException(location, "not valid JSON: " + JsonErrors.withoutInternals(j.getOriginalMessage()), e);
    }
    return new PlanFormatException("$", "cannot read the JSON: " + e.getMessage(), e);
  }
}
