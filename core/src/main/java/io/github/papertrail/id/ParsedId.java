package io.github.papertrail.id;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Identifier#parse(String)}: a valid identifier, or why the input is not one.
 */
public sealed interface ParsedId permits ParsedId.Valid, ParsedId.Malformed {

  record Valid(Identifier id) implements ParsedId {
    public Valid {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * @param input what was parsed, as written (null when the input was null)
   * @param reason a user-facing sentence saying what is wrong
   * @param suggestion the identifier the input probably meant, or null when there is no safe guess
   */
  record Malformed(String input, String reason, Identifier suggestion) implements ParsedId {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }

    /** Always throws: a malformed input has no identifier. */
    @Override
    public Identifier id() {
      throw new IllegalArgumentException(message());
    }

    /** One line for a build log: the input, the reason and, when there is one, the suggestion. */
    public String message() {
      String message = "malformed paper identifier \"" + Identifier.shown(input) + "\": " + reason;
      return suggestion == null
          ? message
          : message + "; did you mean \"" + suggestion.citeForm() + "\"?";
    }
  }

  /**
   * The identifier when valid; otherwise an {@link IllegalArgumentException} carrying {@link
   * Malformed#message()}.
   */
  Identifier id();

  /** The same as {@link #id()}, named like {@link Optional#orElseThrow()}. */
  default Identifier orElseThrow() {
    return id();
  }

  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The identifier when valid, otherwise empty. */
  default Optional<Identifier> identifier() {
    return this instanceof Valid valid ? Optional.of(valid.id()) : Optional.empty();
  }
}
