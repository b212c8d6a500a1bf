package dev.resolute.text;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How a language's leads agree with the body that speaks: the Arabic Assembly (feminine) "تعرب عن
 * قلقها" is the Council's (masculine) "يعرب عن قلقه". A lead seen in the markup of one body stands
 * for its other form too, so that a table learnt mostly from the Assembly's resolutions finds the
 * Council's. The rules are the {@code [lead-agreement]} section of a language file, a line each:
 * {@code first<TAB>a<TAB>b}, the first word opening with {@code a} or {@code b} (a verb's prefix),
 * and {@code after<TAB>a<TAB>b}, a later word ending with {@code a} or {@code b} (a possessive); each
 * turns either way, the rules of a kind tried in order.
 */
final class LeadAgreement {
  /** No agreement: a phrase stands for itself only. */
  static final LeadAgreement NONE = new LeadAgreement(List.of(), List.of());

  /** A word of two letters or fewer is no verb with a prefix. */
  private static final int SHORTEST_PREFIXED = 3;

  private record Pair(String a, String b) {}

  private final List<Pair> first;
  private final List<Pair> after;

  private LeadAgreement(List<Pair> first, List<Pair> after) {
    this.first = first;
    this.after = after;
  }

  static LeadAgreement of(List<String> lines) {
    ImmutableList.Builder<Pair> first = ImmutableList.builder();
    ImmutableList.Builder<Pair> after = ImmutableList.builder();
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length != 3 || !parts[0].equals("first") && !parts[0].equals("after")) {
        throw new IllegalArgumentException("[lead-agreement]: «first» or «after», then two forms, tab-separated: " + line);
      }
      (parts[0].equals("first") ? first : after).add(new Pair(parts[1].strip(), parts[2].strip()));
    }
    return new LeadAgreement(first.build(), after.build());
  }

  boolean isEmpty() {
    return first.isEmpty() && after.isEmpty();
  }

  /** The phrase in the other agreement: each word turned by the first rule that applies to it. */
  String otherForm(String phrase) {
    String[] words = phrase.split(" ", -1);
    StringBuilder out = new StringBuilder(phrase.length() + 4);
    for (int i = 0; i < words.length; i++) {
      out.append(i == 0 ? turnedFirst(words[i]) : ' ' + turnedAfter(words[i]));
    }
    return out.toString();
  }

  private String turnedFirst(String word) {
    if (word.length() >= SHORTEST_PREFIXED) {
      for (Pair p : first) {
        if (word.startsWith(p.a())) {
          return p.b() + word.substring(p.a().length());
        }
        if (word.startsWith(p.b())) {
          return p.a() + word.substring(p.b().length());
        }
      }
    }
    return word;
  }

  private String turnedAfter(String word) {
    for (Pair p : after) {
      if (word.endsWith(p.a()) && word.length() > p.a().length()) {
        return word.substring(0, word.length() - p.a().length()) + p.b();
      }
      if (word.endsWith(p.b()) && word.length() > p.b().length()) {
        return word.substring(0, word.length() - p.b().length()) + p.a();
      }
    }
    return word;
  }
}
