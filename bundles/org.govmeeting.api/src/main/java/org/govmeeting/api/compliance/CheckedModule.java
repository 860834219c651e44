package org.govmeeting.api.compliance;

import java.util.ArrayList;
import java.util.List;

/** A module the report asked, and whether it answered. */
public class CheckedModule {
  /** {@link ComplianceSource#module()}. */
  public String module;

  /** Whether it answered; when not, its clauses are {@link Verdict#NOT_CHECKED}. */
  public boolean checked;

  /** Why not, where it did not. */
  public String reason;

  public String reasonEnglish;

  /** The clauses it judges (as it last said). */
  public List<String> clauses = new ArrayList<>();
}
