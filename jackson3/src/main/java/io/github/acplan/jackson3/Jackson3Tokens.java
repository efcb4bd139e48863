package io.github.acplan.jackson3;

import io.github.acplan.json.mapping.PropertyName;
import io.github.acplan.json.mapping.TokenStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 parser's tokens, for the mapping's reader of shapes. Jackson 3 throws no checked exception. */
final class Jackson3Tokens implements TokenStream {
  private final JsonParser parser;
  /** The parser's nesting depth where this stream was handed over: {@link #depth()} counts from it. */
  private final int baseDepth;

  Jackson3Tokens(JsonParser parser) {
    this.parser = parser;
    this.baseDepth = depthOf(parser.streamReadContext());
  }

  @Override
  public int currentToken() {
    return parser.currentTokenId();
  }

  @Override
  public int nextToken() {
    JsonToken t = parser.nextToken();
    return t == null ? NONE : t.id();
  }

  @Override
  public @Nullable String nextName() {
    return parser.nextName();
  }

  @Override
  public @Nullable String nextName(PropertyName expected) {
    if (parser.nextName(expected.encoded(SerializedString.class, SerializedString::new))) {
      return expected.text();
    }
    return parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : null;
  }

  @Override
  public String currentName() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getString();
  }

  @Override
  public char[] textCharacters() {
    return parser.getStringCharacters();
  }

  @Override
  public int textOffset() {
    return parser.getStringOffset();
  }

  @Override
  public int textLength() {
    return parser.getStringLength();
  }

  @Override
  public boolean isInt() {
    // INT first, without boxing: what a parser of text says for every integer that fits
    return parser.getNumberType() == JsonParser.NumberType.INT || TokenStream.fitsInt(parser.getNumberValue());
  }

  @Override
  public int intValue() {
    return parser.getIntValue();
  }

  @Override
  public Number numberValue() {
    return parser.getNumberValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  @Override
  public int depth() {
    return depthOf(parser.streamReadContext()) - baseDepth;
  }

  /**
   * A context's nesting depth. The parsers of text keep it; those over a tree or a token buffer
   * ({@code treeToValue}, {@code convertValue}) leave it 0, so there the context's parents are counted.
   */
  private static int depthOf(TokenStreamContext context) {
    int depth = context.getNestingDepth();
    if (depth == 0) {
      for (TokenStreamContext c = context.getParent(); c != null; c = c.getParent()) {
        depth++;
      }
    }
    return depth;
  }
}
