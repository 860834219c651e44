package org.govmeeting.minutes.internal.print;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The topic form (附1 议题填报表) as printed: the Annex's rows, each filled from the record. */
public final class TopicFormPrint {
  /** Topic 17, version 2: which record the form is. */
  public String reference;

  public List<Row> rows = new ArrayList<>();

  /** SHA-256 of the rows as printed (README: "Printed documents"). */
  public String hash;

  public Instant printedAt;

  /** A row of the table: the Annex's wording on the left, the record's on the right. */
  public static final class Row {
    public final String label;
    public final List<String> values;

    public Row(String label, List<String> values) {
      this.label = label;
      this.values = List.copyOf(values);
    }
  }
}
