package org.govmeeting.api.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A clause of a district's own, which its policy names instead of borrowing the regulation's ID: a
 * finding, a review step or a line of the compliance report shows {@link #id} and the words below,
 * and the regulation's clause it rests on ({@link #basis}) stays beside it, so that the engine
 * still knows what kind of rule it is (whether the mayor may lift it, which step it is).
 *
 * <p>The ID is the district's, e.g. {@code DF-2}: letters, a hyphen, then letters, digits or dots.
 * It can never be one of the regulation's IDs, so nobody takes a district's rule for the
 * regulation's.
 *
 * @param id the district's ID, e.g. {@code DF-2}
 * @param text the clause's words in Chinese, as the district adopted them
 * @param textEnglish the same in English, for callers who ask for it; the Chinese if null
 * @param basis the regulation's clause this one refines
 * @since 1.2
 */
public record DistrictClause(String id, String text, String textEnglish, Clause basis)
    implements java.io.Serializable {
  private static final Pattern ID = Pattern.compile("[A-Z]{1,8}-[A-Za-z0-9.]{1,16}");

  public DistrictClause {
    Objects.requireNonNull(id, "a district clause needs its ID");
    Objects.requireNonNull(
        basis, "district clause " + id + " needs the regulation's clause it rests on");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "district clause ID "
              + id
              + " is not letters, a hyphen, then letters, digits or dots (e.g. DF-2)");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("district clause " + id + " needs its words in Chinese");
    }
  }

  /** The clause's words: the Chinese, or the English where asked for and given. */
  public String text(boolean english) {
    return english && textEnglish != null ? textEnglish : text;
  }
}
