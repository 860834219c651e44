package org.govmeeting.settings.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * What one setting may hold, as its metatype says: the type, the range and the options. The
 * metatype is generated from the component's {@code @ObjectClassDefinition}, so the rule and the
 * default are written once, there.
 *
 * @param min the least value, or null
 * @param max the greatest value, or null
 * @param options the values allowed, empty for any of the type
 */
record Rule(String id, int type, String min, String max, List<String> options, String defaults) {

  /** From a metatype document, which keeps the range. */
  static Rule of(org.apache.felix.metatype.AD ad) {
    return new Rule(
        ad.getID(),
        ad.getType(),
        blankToNull(ad.getMin()),
        blankToNull(ad.getMax()),
        ad.getOptionValues() == null ? List.of() : Arrays.asList(ad.getOptionValues()),
        ad.getDefaultValue() == null ? null : String.join(",", ad.getDefaultValue()));
  }

  /** From a MetaTypeProvider service (the standard interface has no range). */
  static Rule of(AttributeDefinition ad) {
    return new Rule(
        ad.getID(),
        ad.getType(),
        null,
        null,
        ad.getOptionValues() == null ? List.of() : Arrays.asList(ad.getOptionValues()),
        ad.getDefaultValue() == null ? null : String.join(",", ad.getDefaultValue()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * Why a value is refused, as "must be …", or null if it is allowed. A list is allowed when each
   * of its values is.
   */
  String problem(Object value) {
    if (value instanceof Object[] values) {
      for (Object v : values) {
        String p = problem(v);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (value instanceof java.util.Collection<?> values) {
      return problem(values.toArray());
    }
    if (value != null && value.getClass().isArray()) {
      // Primitive arrays (typed .config files) hold numbers of their own type: range only.
      int n = java.lang.reflect.Array.getLength(value);
      Object[] boxed = new Object[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = java.lang.reflect.Array.get(value, i);
      }
      return problem(boxed);
    }
    String text = value == null ? "" : String.valueOf(value).trim();
    if (!options.isEmpty()) {
      return options.contains(text) ? null : "must be one of " + String.join(", ", options);
    }
    switch (type) {
      case AttributeDefinition.BOOLEAN:
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
            ? null
            : "must be true or false";
      case AttributeDefinition.CHARACTER:
        return text.length() == 1 ? null : "must be one character";
      case AttributeDefinition.BYTE:
      case AttributeDefinition.SHORT:
      case AttributeDefinition.INTEGER:
      case AttributeDefinition.LONG:
        return number(text, true);
      case AttributeDefinition.FLOAT:
      case AttributeDefinition.DOUBLE:
        return number(text, false);
      default:
        // Text: what it must look like is the component's to say (Settings.check).
        return null;
    }
  }

  private String number(String text, boolean whole) {
    String refusal = "must be " + (whole ? "a whole number" : "a number") + range();
    // As Felix SCR reads it: parseInt / parseLong take digits only (no fraction, no "1e3").
    if (whole ? !text.matches("[-+]?\\d{1,19}") : !isDecimal(text)) {
      return refusal;
    }
    BigDecimal n = new BigDecimal(text);
    if (whole && !fits(n)) {
      return refusal;
    }
    if (min != null && n.compareTo(new BigDecimal(min)) < 0
        || max != null && n.compareTo(new BigDecimal(max)) > 0) {
      return refusal;
    }
    return null;
  }

  private static boolean isDecimal(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether the whole number fits the Java type the component reads it as. */
  private boolean fits(BigDecimal n) {
    long lo;
    long hi;
    switch (type) {
      case AttributeDefinition.BYTE -> {
        lo = Byte.MIN_VALUE;
        hi = Byte.MAX_VALUE;
      }
      case AttributeDefinition.SHORT -> {
        lo = Short.MIN_VALUE;
        hi = Short.MAX_VALUE;
      }
      case AttributeDefinition.INTEGER -> {
        lo = Integer.MIN_VALUE;
        hi = Integer.MAX_VALUE;
      }
      default -> {
        lo = Long.MIN_VALUE;
        hi = Long.MAX_VALUE;
      }
    }
    return n.compareTo(BigDecimal.valueOf(lo)) >= 0 && n.compareTo(BigDecimal.valueOf(hi)) <= 0;
  }

  private String range() {
    if (min != null && max != null) {
      return " from " + min + " to " + max;
    }
    if (min != null) {
      return " of at least " + min;
    }
    if (max != null) {
      return " of at most " + max;
    }
    return "";
  }
}
