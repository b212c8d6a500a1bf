package dev.resolute.symbol;

/**
 * Thrown when text is not a United Nations document symbol. It names the input, the offending
 * position (a {@code String} index into the input) and what was expected there.
 */
public final class SymbolSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int position;
  private final String reason;

  SymbolSyntaxException(CharSequence input, int position, String reason) {
    super(
        "Not a document symbol: \""
            + input
            + "\" at position "
            + position
            + (position < input.length() ? " ('" + input.charAt(position) + "')" : " (end)")
            + ": "
            + reason);
    this.input = input.toString();
    this.position = position;
    this.reason = reason;
  }

  /**
   * The text that was parsed.
   *
   * @return the input as given
   */
  public String input() {
    return input;
  }

  /**
   * Where the input stops being a symbol.
   *
   * @return a {@code String} index into {@link #input()}, {@code input().length()} at the end
   */
  public int position() {
    return position;
  }

  /**
   * What was expected at {@link #position()}.
   *
   * @return a short sentence
   */
  public String reason() {
    return reason;
  }
}
