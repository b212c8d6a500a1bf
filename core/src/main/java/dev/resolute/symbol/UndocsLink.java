package dev.resolute.symbol;

import dev.resolute.model.Language;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to the UN's document system ({@code https://undocs.org/{lang}/{symbol}}), read leniently
 * as the UN's own files write it: language segments {@code ch} and {@code sp} beside the six codes,
 * in any case or missing, doubled slashes, URL-encoded characters, and the older search form
 * {@code Home/Mobile?FinalSymbol=...}.
 *
 * @param language the language segment, where the link has one
 * @param target the symbol part of the link, URL-decoded, as written
 */
public record UndocsLink(Optional<Language> language, String target) {
  private static final Pattern HOST =
      Pattern.compile("^(?:https?:)?//(?:www\\.)?undocs\\.org", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANGUAGE_SEGMENT =
      Pattern.compile("^(ar|en|es|fr|ru|zh|ch|sp)/", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEARCH =
      Pattern.compile("^Home/Mobile\\?FinalSymbol=([^&]*)", Pattern.CASE_INSENSITIVE);

  /**
   * Checks the fields.
   *
   * @param language the language segment
   * @param target the symbol part
   */
  public UndocsLink {
    java.util.Objects.requireNonNull(language, "language");
    java.util.Objects.requireNonNull(target, "target");
  }

  /**
   * Reads a link's {@code href}.
   *
   * @param href a URL such as {@code https://undocs.org/fr/A/RES/65/232}
   * @return the link, or empty when the URL is not on {@code undocs.org}
   */
  public static Optional<UndocsLink> parse(String href) {
    String rest = href.trim();
    Matcher host = HOST.matcher(rest);
    if (!host.find()) {
      return Optional.empty();
    }
    rest = stripSlashes(rest.substring(host.end()));
    Optional<Language> language = Optional.empty();
    Matcher segment = LANGUAGE_SEGMENT.matcher(rest);
    if (segment.find()) {
      String code = segment.group(1).toLowerCase(Locale.ROOT);
      language = Language.fromCode(code.equals("ch") ? "zh" : code.equals("sp") ? "es" : code);
      rest = stripSlashes(rest.substring(segment.end()));
    }
    Matcher search = SEARCH.matcher(rest);
    if (search.find()) {
      rest = search.group(1);
    }
    return Optional.of(new UndocsLink(language, decode(rest).trim()));
  }

  /**
   * The linked symbol.
   *
   * @return the parsed target
   * @throws SymbolSyntaxException when the target is not a symbol
   */
  public DocumentSymbol symbol() {
    return DocumentSymbol.parse(target);
  }

  private static String stripSlashes(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    return s.substring(i);
  }

  /** Decodes {@code %xx} escapes, twice where the UN's files encoded them twice ({@code %2520}). */
  private static String decode(String s) {
    String decoded = s;
    for (int round = 0; round < 3 && decoded.indexOf('%') >= 0; round++) {
      try {
        decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return decoded;
      }
    }
    return decoded;
  }
}
