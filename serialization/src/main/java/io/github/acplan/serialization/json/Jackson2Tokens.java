package io.github.acplan.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.SurrogateScreeningReader;
import io.github.acplan.json.mapping.TokenStream;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** A Jackson 2 parser's tokens, for the mapping's reader of shapes. */
final class Jackson2Tokens implements TokenStream {
  private final JsonParser parser;
  /** The parser's nesting depth where this stream was handed over: {@link #depth()} counts from it. */
  private final int baseDepth;

  /** Whether the text was found to hold no surrogate before it was parsed ({@code ScreenedText}). */
  private final boolean textWithoutSurrogates;
  /** The reader the parser reads from, when it is one that notes surrogates; else null. */
  private final @Nullable SurrogateScreeningReader screen;

  /**
   * Reads a parser's tokens.
   *
   * @param textWithoutSurrogates whether the whole text the parser reads was found to hold no surrogate
   *     and no escape that may spell one
   */
  Jackson2Tokens(JsonParser parser, boolean textWithoutSurrogates) {
    this.parser = parser;
    this.baseDepth = depthOf(parser.getParsingContext());
    this.textWithoutSurrogates = textWithoutSurrogates;
    this.screen = parser.getInputSource() instanceof SurrogateScreeningReader r ? r : null;
  }

  @Override
  public boolean mayHoldSurrogates() {
    return !textWithoutSurrogates && (screen == null || screen.passedSurrogate());
  }

  @Override
  public int currentToken() {
    return parser.currentTokenId();
  }

  @Override
  public int nextToken() throws IOException {
    JsonToken t = parser.nextToken();
    return t == null ? NONE : t.id();
  }

  @Override
  public @Nullable String nextName() throws IOException {
    return parser.nextFieldName();
  }

  @Override
  public @Nullable String nextName(PropertyName expected) throws IOException {
    if (parser.nextFieldName(expected.encoded(SerializedString.class, SerializedString::new))) {
      return expected.text();
    }
    return parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
  }

  @Override
  public String currentName() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public char[] textCharacters() throws IOException {
    return parser.getTextCharacters();
  }

  @Override
  public int textOffset() throws IOException {
    return parser.getTextOffset();
  }

  @Override
  public int textLength() throws IOException {
    return parser.getTextLength();
  }

  @Override
  public boolean isInt() throws IOException {
    // INT first, without boxing: what a parser of text says for every integer that fits
    return parser.getNumberType() == JsonParser.NumberType.INT || TokenStream.fitsInt(parser.getNumberValue());
  }

  @Override
  public int intValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public Number numberValue() throws IOException {
    return parser.getNumberValue();
  }

  @Override
  public void skipChildren() throws IOException {
    parser.skipChildren();
  }

  @Override
  public int depth() {
    return depthOf(parser.getParsingContext()) - baseDepth;
  }

  /**
   * A context's nesting depth. The parsers of text keep it; those over a tree or a token buffer
   * ({@code treeToValue}, {@code convertValue}) leave it 0, so there the context's parents are counted.
   */
  private static int depthOf(JsonStreamContext context) {
    int depth = context.getNestingDepth();
    if (depth == 0) {
      for (JsonStreamContext c = context.getParent(); c != null; c = c.getParent()) {
        depth++;
      }
    }
    return depth;
  }
}
