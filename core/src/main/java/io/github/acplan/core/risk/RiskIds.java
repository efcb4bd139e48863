package io.github.acplan.core.risk;

import java.util.Comparator;

/**
 * The order of the identifiers of risks in a register ({@link CorruptionRisk#id()}), as registers number
 * them: runs of digits compared as numbers, so that "R-2" comes before "R-10" and "Р-9" before "Р-10".
 *
 * <p>The validator's finding paths and the diff of two registers list risks in this order.
 */
public final class RiskIds {

  /** The one comparator: it keeps no state, so it is thread-safe. */
  private static final Comparator<String> ORDER = RiskIds::compare;

  private RiskIds() {}

  /**
   * Returns the order of risk identifiers: runs of ASCII digits by their value ("R2" before "R10"), other
   * characters one by one by their code; of two identifiers whose runs of digits have the same values but
   * different leading zeros ("2" and "02"), the one that sorts first as plain text comes first. Only equal
   * identifiers compare equal, so the order is consistent with {@link String#equals(Object)}.
   *
   * @return the comparator; it rejects {@code null} with a {@link NullPointerException}
   */
  public static Comparator<String> order() {
    return ORDER;
  }

  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        String da = stripZeros(a.substring(i, ei));
        String db = stripZeros(b.substring(j, ej));
        // numbers of any length: fewer significant digits is smaller, then digit by digit
        int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Leading zeros cut, keeping one digit of an all-zero run. */
  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
