package dev.resolute.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The invariant checks shared by the model's value types. */
final class Checks {
  private Checks() {}

  static void notBlank(String type, String field, String value) {
    // most values open with a letter: one character tells, where isBlank is a call per value
    if (value.isEmpty() || Character.isWhitespace(value.charAt(0)) && value.isBlank()) {
      throw InvalidValueException.of(type, field, value, "must not be blank");
    }
  }

  /** Spans in order and not overlapping. */
  static <T> void ordered(String type, String field, List<T> items, Function<T, Span> span) {
    for (int i = 1; i < items.size(); i++) {
      Span previous = span.apply(items.get(i - 1));
      Span current = span.apply(items.get(i));
      if (current.start() < previous.end()) {
        throw InvalidValueException.of(
            type, field + "[" + i + "].span", current, "starts before the end of the previous one " + previous);
      }
    }
  }

  /** Every span within the outer one. */
  static <T> void within(String type, String field, List<T> items, Function<T, Span> span, Span outer) {
    for (int i = 0; i < items.size(); i++) {
      Span inner = span.apply(items.get(i));
      if (!inner.isWithin(outer)) {
        throw InvalidValueException.of(type, field + "[" + i + "].span", inner, "lies outside " + outer);
      }
    }
  }

  static <T> void unique(String type, String field, List<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String k = key.apply(items.get(i));
      if (!seen.add(k)) {
        throw InvalidValueException.of(type, field + "[" + i + "]", k, "is not unique");
      }
    }
  }

  static void optionalNotBlank(String type, String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(type, field, value.get());
    }
  }
}
