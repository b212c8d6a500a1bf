package dev.resolute.text;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How a language's leads agree with the body that speaks: the Arabic Assembly (feminine) "تعرب عن
 * قلقها" is the Council's (masculine) "يعرب عن قلقه". A lead seen in the markup of one body stands
 * for its other form too, so that a table learnt mostly from the Assembly's resolutions finds the
 * Council's, and the French "Se déclare préoccupée" the Council's "Se déclare préoccupé". The
 * rules are the {@code [lead-agreement]} section of a language file, a line each:
 * {@code first<TAB>a<TAB>b}, the first word opening with {@code a} or {@code b} (an Arabic verb's
 * prefix); {@code after<TAB>a<TAB>b}, a later word ending with {@code a} or {@code b} (an Arabic
 * possessive); {@code ending<TAB>a<TAB>b}, any word ending so (a participle: {@code ée} and
 * {@code é}). Each turns either way; a word turns by the first rule that applies, in that order of
 * kinds and in the file's order within a kind.
 */
final class LeadAgreement {
  /** No agreement: a phrase stands for itself only. */
  static final LeadAgreement NONE = new LeadAgreement(List.of(), List.of(), List.of());

  /** A word of two letters or fewer is no verb with a prefix. */
  private static final int SHORTEST_PREFIXED = 3;

  private record Pair(String a, String b) {}

  private final List<Pair> first;
  private final List<Pair> after;
  private final List<Pair> ending;

  private LeadAgreement(List<Pair> first, List<Pair> after, List<Pair> ending) {
    this.first = first;
    this.after = after;
    this.ending = ending;
  }

  static LeadAgreement of(List<String> lines) {
    ImmutableList.Builder<Pair> first = ImmutableList.builder();
    ImmutableList.Builder<Pair> after = ImmutableList.builder();
    ImmutableList.Builder<Pair> ending = ImmutableList.builder();
    for (String line : lines) {
      String[] parts = line.split("\t");
      ImmutableList.Builder<Pair> kind = parts.length != 3 ? null : switch (parts[0]) {
        case "first" -> first;
        case "after" -> after;
        case "ending" -> ending;
        default -> null;
      };
      if (kind == null) {
        throw new IllegalArgumentException("[lead-agreement]: «first», «after» or «ending», then two forms, tab-separated: " + line);
      }
      kind.add(new Pair(parts[1].strip(), parts[2].strip()));
    }
    return new LeadAgreement(first.build(), after.build(), ending.build());
  }

  boolean isEmpty() {
    return first.isEmpty() && after.isEmpty() && ending.isEmpty();
  }

  /** The phrase in the other agreement: each word turned by the first rule that applies to it. */
  String otherForm(String phrase) {
    String[] words = phrase.split(" ", -1);
    StringBuilder out = new StringBuilder(phrase.length() + 4);
    for (int i = 0; i < words.length; i++) {
      String turned = i == 0 ? turnedFirst(words[i]) : turnedEnding(words[i], after);
      if (turned == null) {
        turned = turnedEnding(words[i], ending);
      }
      out.append(i == 0 ? "" : " ").append(turned != null ? turned : words[i]);
    }
    return out.toString();
  }

  /** The first word turned by its prefix, or null. */
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
    return null;
  }

  /** A word turned by its ending under one of the pairs, or null. */
  private static String turnedEnding(String word, List<Pair> pairs) {
    for (Pair p : pairs) {
      if (word.endsWith(p.a()) && word.length() > p.a().length()) {
        return word.substring(0, word.length() - p.a().length()) + p.b();
      }
      if (word.endsWith(p.b()) && word.length() > p.b().length()) {
        return word.substring(0, word.length() - p.b().length()) + p.a();
      }
    }
    return null;
  }
}
