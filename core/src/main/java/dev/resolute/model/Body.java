package dev.resolute.model;

import java.util.Optional;

/**
 * The body a resolution or draft comes from, with the codes of the JSON form ({@code GA},
 * {@code GA-C3}, {@code SC}, ...).
 */
public enum Body {
  /** The General Assembly in plenary. */
  GA("GA", "unga"),
  /** The First Committee (Disarmament and International Security). */
  GA_C1("GA-C1", "unga"),
  /** The Second Committee (Economic and Financial). */
  GA_C2("GA-C2", "unga"),
  /** The Third Committee (Social, Humanitarian and Cultural). */
  GA_C3("GA-C3", "unga"),
  /** The Fourth Committee (Special Political and Decolonization). */
  GA_C4("GA-C4", "unga"),
  /** The Fifth Committee (Administrative and Budgetary). */
  GA_C5("GA-C5", "unga"),
  /** The Sixth Committee (Legal). */
  GA_C6("GA-C6", "unga"),
  /** The Security Council. */
  SC("SC", "unsc"),
  /** The Economic and Social Council. */
  ECOSOC("ECOSOC", "unecosoc"),
  /** The Human Rights Council. */
  HRC("HRC", "unga-hrc"),
  /** Any other body. */
  OTHER("OTHER", "un");

  /** The constants, read once: {@code values()} copies its array at every call. */
  private static final Body[] VALUES = values();

  private final String code;
  private final String aknAuthor;

  Body(String code, String aknAuthor) {
    this.code = code;
    this.aknAuthor = aknAuthor;
  }

  /**
   * The code of the JSON form, e.g. {@code GA-C3}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The body's name in AKN4UN work IRIs ({@code unga}, {@code unsc}, {@code unecosoc},
   * {@code unga-hrc}); Main Committees adopt nothing themselves, so they map to {@code unga}.
   *
   * @return the IRI component
   */
  public String aknName() {
    return aknAuthor;
  }

  /**
   * The body with this JSON code.
   *
   * @param code {@code GA}, {@code GA-C3}, {@code SC}, {@code ECOSOC}, {@code HRC} or
   *     {@code OTHER}
   * @return the body, or empty
   */
  public static Optional<Body> fromCode(String code) {
    for (Body body : VALUES) {
      if (body.code.equalsIgnoreCase(code.trim())) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  /**
   * The Main Committee with this number.
   *
   * @param number 1 to 6
   * @return the committee
   */
  public static Optional<Body> mainCommittee(int number) {
    return number >= 1 && number <= 6 ? Optional.of(values()[number]) : Optional.empty();
  }
}
