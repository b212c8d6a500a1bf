package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The readers switch on a field's index in its order: every index constant beside an order
 * ({@code CITATION_DEPOSITARY_CHAPTER}) must be the index of its name ({@code depositaryChapter})
 * in that order ({@code CITATION}).
 */
class FieldOrderTest {

  @Test
  void everyFieldIndexIsItsNamesPlaceInItsOrder() throws Exception {
    int checked = 0;
    for (Field order : ModelDeserializers.class.getDeclaredFields()) {
      if (order.getType() != ModelDeserializers.Order.class || !Modifier.isStatic(order.getModifiers())) {
        continue;
      }
      order.setAccessible(true);
      ModelDeserializers.Order o = (ModelDeserializers.Order) order.get(null);
      for (Field index : ModelDeserializers.class.getDeclaredFields()) {
        if (index.getType() != int.class || !index.getName().startsWith(order.getName() + "_")
            || startsAnotherOrder(index.getName(), order.getName())) {
          continue;
        }
        index.setAccessible(true);
        String name = camel(index.getName().substring(order.getName().length() + 1));
        assertEquals(o.indexOf(name), index.getInt(null), index.getName());
        checked++;
      }
    }
    assertTrue(checked > 50, "index constants checked: " + checked);
  }

  /** {@code FOOTNOTE_REF_MARKER} belongs to {@code FOOTNOTE_REF}, not to {@code FOOTNOTE}. */
  private static boolean startsAnotherOrder(String constant, String order) {
    for (Field other : ModelDeserializers.class.getDeclaredFields()) {
      if (other.getType() == ModelDeserializers.Order.class && other.getName().length() > order.length()
          && other.getName().startsWith(order) && constant.startsWith(other.getName() + "_")) {
        return true;
      }
    }
    return false;
  }

  private static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
