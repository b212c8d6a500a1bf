package dev.resolute.model;

/**
 * The one exception a model value raises when it cannot be built: a required field is missing or
 * null, or an invariant does not hold. The message names the type, the field and the offending
 * value, e.g. {@code OperativeClause.number: "7" follows "7" (numbers must increase within a
 * section)}.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Used by the generated builders (missing or null attributes) and by the invariant checks.
   *
   * @param message what is wrong, naming the field and the value
   */
  public InvalidValueException(String message) {
    super(message);
  }

  static InvalidValueException of(String type, String field, Object value, String rule) {
    return new InvalidValueException(type + "." + field + ": " + quote(value) + " " + rule);
  }

  static void check(boolean condition, String type, String field, Object value, String rule) {
    if (!condition) {
      throw of(type, field, value, rule);
    }
  }

  private static String quote(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
