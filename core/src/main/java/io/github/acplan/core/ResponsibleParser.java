package io.github.acplan.core;

import io.github.acplan.core.Actor;
import io.github.acplan.core.ActorKind;
import io.github.acplan.core.Responsible;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the text of a "Відповідальні за виконання" cell into a {@link Responsible}: the text exactly as
 * given and the actors it names, in order.
 *
 * <p>The rules, from the way Ukrainian plans write this column:
 * <ul>
 *   <li>Actors are separated by commas, semicolons or line breaks that are not inside parentheses or
 *       quotes («…», "…", “…”): "КУ «Центр (надання послуг), м. Кривий Ріг»" is one actor. Empty pieces
 *       (a trailing comma, as in the seed's measure 3.4) are skipped.</li>
 *   <li>A parenthesised group at the end of a piece belongs to the actor before it and becomes its
 *       {@linkplain Actor#qualifier() qualifier}, without the parentheses: "структурні підрозділи
 *       (відповідно до Регламенту)" is the unit "структурні підрозділи" with the qualifier "відповідно до
 *       Регламенту".</li>
 *   <li>"(за згодою)" ("by consent") marks a body outside the organisation: the actor is
 *       {@link ActorKind#EXTERNAL} and keeps "за згодою" as its qualifier.</li>
 *   <li>A shared head ends with a colon and applies to the items after it: "Відділи: загальний,
 *       інформаційних технологій" names two units. Each such actor is named "head: item" ("Відділи:
 *       загальний", "Відділи: інформаційних технологій"), so that every name is made only of words of the
 *       cell (nothing is declined or invented) and still says what the item is. The head's kind is the
 *       kind of every item. The head stops at an item that starts like an actor of its own (a position,
 *       a group, a unit such as "керівники структурних підрозділів" or "відділ освіти").</li>
 *   <li>The kind comes from keywords, first word first: plural people ("керівники", "посадові особи",
 *       "члени", "голови", "заступники", "головні") make a {@link ActorKind#GROUP}; a single official
 *       ("голова", "заступник", "керуючий справами", "головний спеціаліст", "завідувач") a
 *       {@link ActorKind#POSITION}; "КУ", "КП", "КНП", "КЗ", "ДП" or "заклад", "установа", "підприємство"
 *       an {@link ActorKind#INSTITUTION}; "комісія", "комітет", "рада", "колегія", "колегіальні органи",
 *       "робоча група" a {@link ActorKind#COLLEGIAL_BODY}; "відділ", "сектор", "управління", "підрозділ",
 *       "служба", "департамент", "апарат" a {@link ActorKind#UNIT}; anything else a
 *       {@link ActorKind#POSITION}.</li>
 * </ul>
 *
 * <p>Parsing never fails: unbalanced parentheses or quotes only stop the splitting inside them. This
 * class is immutable and thread-safe.
 */
public final class ResponsibleParser {

  /** First words naming several people at once. */
  private static final Set<String> GROUP_FIRST_WORDS = Set.of(
      "керівники", "посадові", "члени", "голови", "працівники", "заступники", "депутати", "спеціалісти",
      "особи", "представники", "службовці", "розпорядники", "головні", "уповноважені", "відповідальні",
      "всі", "усі", "інспектори", "начальники", "фахівці", "секретарі", "завідувачі", "директори",
      "провідні", "старости", "державні");

  /** First words naming one official. */
  private static final Set<String> POSITION_FIRST_WORDS = Set.of(
      "голова", "заступник", "керуючий", "керуюча", "начальник", "головний", "провідний", "завідувач",
      "завідуюча", "завідуючий", "секретар", "спеціаліст", "юрисконсульт", "інспектор", "директор",
      "керівник", "бухгалтер", "уповноважена", "уповноважений", "радник", "помічник", "староста",
      "міський", "сільський", "селищний", "перший");

  /** Abbreviations that open the name of a subordinate institution. */
  private static final Set<String> INSTITUTION_ABBREVIATIONS = Set.of(
      "ку", "кп", "кнп", "кз", "дп", "комунальна", "комунальне", "комунальний", "комунальні");

  private static final Set<String> INSTITUTION_STEMS =
      Set.of("заклад", "установа", "установи", "підприємств");

  private static final Set<String> COLLEGIAL_STEMS =
      Set.of("комісі", "коміте", "колегі", "колегіальн");

  private static final Set<String> COLLEGIAL_WORDS = Set.of("рада", "ради", "рад");

  private static final Set<String> UNIT_STEMS = Set.of(
      "відділ", "сектор", "управлінн", "підрозділ", "служб", "департамент", "апарат", "бюро", "управлінь",
      "цнап");

  private static final String BY_CONSENT = "за згодою";

  private ResponsibleParser() {}

  /**
   * Reads a responsible cell.
   *
   * @param cellText the text of the cell; kept exactly as {@link Responsible#text()}
   * @return the responsible actors; no actors for an empty or blank cell
   */
  public static Responsible parse(String cellText) {
    Objects.requireNonNull(cellText, "cellText");
    Responsible.Builder result = Responsible.builder().text(cellText);
    String head = null;
    ActorKind headKind = null;
    for (String rawPiece : splitTopLevel(cellText)) {
      String piece = rawPiece.strip();
      if (piece.isEmpty()) {
        continue;
      }
      int colon = topLevelColon(piece);
      if (colon > 0) {
        head = piece.substring(0, colon).strip();
        headKind = classify(head);
        String item = piece.substring(colon + 1).strip();
        if (!item.isEmpty()) {
          result.addActors(actor(head + ": " + item, headKind));
        }
        continue;
      }
      if (head != null && !startsOwnActor(piece)) {
        result.addActors(actor(head + ": " + piece, headKind));
        continue;
      }
      head = null;
      headKind = null;
      result.addActors(actor(piece, null));
    }
    return result.build();
  }

  /** Builds one actor from a piece, taking a trailing parenthesised group as the qualifier. */
  private static Actor actor(String piece, ActorKind forcedKind) {
    String name = piece;
    String qualifier = null;
    if (piece.endsWith(")")) {
      int open = matchingOpen(piece);
      if (open > 0) {
        String before = piece.substring(0, open).strip();
        String inside = piece.substring(open + 1, piece.length() - 1).strip();
        if (!before.isEmpty() && !before.endsWith(":") && !inside.isEmpty()) {
          name = before;
          qualifier = inside;
        }
      }
    }
    ActorKind kind;
    if (qualifier != null && qualifier.toLowerCase(Locale.ROOT).equals(BY_CONSENT)) {
      kind = ActorKind.EXTERNAL;
    } else if (forcedKind != null) {
      kind = forcedKind;
    } else {
      kind = classify(name);
    }
    Actor.Builder actor = Actor.builder().kind(kind).name(name);
    if (qualifier != null) {
      actor.qualifier(qualifier);
    }
    return actor.build();
  }

  /**
   * Classifies a name by its keywords.
   *
   * @param name the name, without a qualifier
   * @return the kind
   */
  static ActorKind classify(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return ActorKind.POSITION;
    }
    String first = words.get(0);
    if (GROUP_FIRST_WORDS.contains(first)) {
      return ActorKind.GROUP;
    }
    if (POSITION_FIRST_WORDS.contains(first)) {
      return ActorKind.POSITION;
    }
    if (INSTITUTION_ABBREVIATIONS.contains(first) || startsWithAny(first, INSTITUTION_STEMS)) {
      return ActorKind.INSTITUTION;
    }
    for (String w : words) {
      if (startsWithAny(w, COLLEGIAL_STEMS) || COLLEGIAL_WORDS.contains(w)) {
        return ActorKind.COLLEGIAL_BODY;
      }
    }
    if (name.toLowerCase(Locale.ROOT).contains("робоч") && name.toLowerCase(Locale.ROOT).contains("груп")) {
      return ActorKind.COLLEGIAL_BODY;
    }
    for (String w : words) {
      if (startsWithAny(w, UNIT_STEMS)) {
        return ActorKind.UNIT;
      }
    }
    for (String w : words) {
      if (startsWithAny(w, INSTITUTION_STEMS)) {
        return ActorKind.INSTITUTION;
      }
    }
    return ActorKind.POSITION;
  }

  /** Tells whether a piece after a shared head names an actor of its own rather than an item. */
  private static boolean startsOwnActor(String piece) {
    List<String> words = words(piece);
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0);
    if (GROUP_FIRST_WORDS.contains(first) || POSITION_FIRST_WORDS.contains(first)) {
      return true;
    }
    // A nominative unit or collegial body: "відділ освіти", "структурні підрозділи", "конкурсна комісія".
    if (first.equals("відділ") || first.equals("відділи") || first.equals("сектор")
        || first.equals("управління") || first.equals("структурні") || first.equals("колегіальні")) {
      return true;
    }
    return words.size() > 1 && (words.get(1).equals("відділ") || words.get(1).startsWith("комісія")
        || words.get(1).equals("комітет") || words.get(1).equals("комітети"));
  }

  private static boolean startsWithAny(String word, Set<String> stems) {
    for (String stem : stems) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words of letters (apostrophes and hyphens kept inside words). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetter(c) || (word.length() > 0 && (c == '\'' || c == '’' || c == '-'))) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** Splits on commas, semicolons and line breaks outside parentheses and quotes. */
  private static List<String> splitTopLevel(String text) {
    List<String> pieces = new ArrayList<>();
    Nesting nesting = new Nesting();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (nesting.isTopLevel() && (c == ',' || c == ';' || c == '\n' || c == '\r')) {
        pieces.add(text.substring(start, i));
        start = i + 1;
      } else {
        nesting.accept(c);
      }
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  /** Returns the index of the first colon outside parentheses and quotes, or -1. */
  private static int topLevelColon(String piece) {
    Nesting nesting = new Nesting();
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (c == ':' && nesting.isTopLevel()) {
        return i;
      }
      nesting.accept(c);
    }
    return -1;
  }

  /**
   * Returns the index of the parenthesis that opens the group closed by the last character, if that
   * parenthesis is outside quotes; -1 otherwise.
   */
  private static int matchingOpen(String piece) {
    Nesting nesting = new Nesting();
    int lastTopLevelOpen = -1;
    for (int i = 0; i < piece.length() - 1; i++) {
      char c = piece.charAt(i);
      if (c == '(' && nesting.isTopLevel()) {
        lastTopLevelOpen = i;
      }
      nesting.accept(c);
    }
    // The last character closes the group only if exactly one parenthesis is open and no quote.
    return nesting.parens == 1 && nesting.guillemets == 0 && !nesting.inStraightQuote
        && !nesting.inCurlyQuote ? lastTopLevelOpen : -1;
  }

  /** Tracks parentheses and quotes while scanning a cell from left to right. */
  private static final class Nesting {
    int parens;
    int guillemets;
    boolean inStraightQuote;
    boolean inCurlyQuote;

    boolean isTopLevel() {
      return parens == 0 && guillemets == 0 && !inStraightQuote && !inCurlyQuote;
    }

    void accept(char c) {
      switch (c) {
        case '(':
          parens++;
          break;
        case ')':
          parens = Math.max(0, parens - 1);
          break;
        case '«':
          guillemets++;
          break;
        case '»':
          guillemets = Math.max(0, guillemets - 1);
          break;
        case '"':
          inStraightQuote = !inStraightQuote;
          break;
        case '“':
          inCurlyQuote = true;
          break;
        case '”':
          inCurlyQuote = false;
          break;
        default:
          break;
      }
    }
  }
}
