package dev.resolute.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the data tables that hold language knowledge: UTF-8 resources, one entry a line, {@code #}
 * comments and blank lines ignored, {@code [name]} lines opening sections.
 */
public final class DataTables {
  private DataTables() {}

  /**
   * The entries of a resource beside a class, stripped.
   *
   * @param anchor the class the resource name is relative to
   * @param resource the resource name
   * @param required whether a missing resource is an error (else an empty table)
   * @return the entries
   */
  public static List<String> lines(Class<?> anchor, String resource, boolean required) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing resource " + resource + " beside " + anchor.getName());
        }
        return out.build();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.build();
  }

  /**
   * The entries grouped by the {@code [section]} lines before them.
   *
   * @param lines the entries of a table
   * @return entries by section name
   */
  public static ImmutableListMultimap<String, String> sections(List<String> lines) {
    ImmutableListMultimap.Builder<String, String> out = ImmutableListMultimap.builder();
    String section = "";
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
      } else {
        out.put(section, line);
      }
    }
    return out.build();
  }

  /**
   * The entries of a section written {@code key<TAB>value}, in order; where a key comes again, its
   * last value.
   *
   * @param lines the entries of a section
   * @return values by key, stripped
   * @throws IllegalStateException where an entry has no tab
   */
  public static ImmutableMap<String, String> pairs(List<String> lines) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String line : lines) {
      String[] parts = line.split("\t", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("a key, a tab and a value: " + line);
      }
      out.put(parts[0].strip(), parts[1].strip());
    }
    return out.buildKeepingLast();
  }

  /**
   * The words lower-cased.
   *
   * @param words a table's words
   * @return the same, lower-cased
   */
  public static ImmutableList<String> lower(List<String> words) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return out.build();
  }

  /**
   * Splits one CSV line, cells in double quotes holding commas and doubled quotes.
   *
   * @param line a line of a CSV table
   * @return its cells
   */
  public static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
