package dev.resolute.model;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A State, body or organization a resolution names or that sponsors it, with its names in the
 * official languages.
 */
@Value.Immutable
abstract class ActorDef {
  /** A stable identifier: lower-case letters, digits and {@code -}, e.g. {@code unodc}. */
  public abstract String id();

  /** What kind of actor this is. */
  public abstract ActorKind kind();

  /** Names by language. */
  public abstract Map<Language, String> names();

  /** Acronyms, e.g. {@code UNODC}, {@code ONUDC}. */
  public abstract List<String> acronyms();

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Value.Check
  final void check() {
    InvalidValueException.check(
        ID.matcher(id()).matches(), "Actor", "id", id(), "must be lower-case letters and digits joined by '-'");
    names().forEach((language, name) -> {
      if (name.isBlank()) {
        throw InvalidValueException.of("Actor", "names[" + language.code() + "]", name, "must not be blank");
      }
    });
    acronyms().forEach(a -> Checks.notBlank("Actor", "acronyms", a));
  }
}
