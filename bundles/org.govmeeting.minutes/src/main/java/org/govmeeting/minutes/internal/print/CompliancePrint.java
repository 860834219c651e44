package org.govmeeting.minutes.internal.print;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the printed compliance report shows, in words: the meeting's clauses, then each topic's. */
public final class CompliancePrint {
  public int number;

  /** 2026年12月1日 9:00, the time the report was made, in the district's calendar. */
  public String asOf;

  /** 会前, 会中, 会后, 已取消. */
  public String phase;

  /** The district policy in force, as its name and version. */
  public String policy;

  /** 符合12项、不符合1项 … */
  public String counts;

  /** Modules that did not answer, by name, with why. */
  public List<String> notChecked = new ArrayList<>();

  public List<Check> meeting = new ArrayList<>();
  public List<Part> topics = new ArrayList<>();
  public Instant printedAt;

  /** One topic with its checks. */
  public static final class Part {
    public String title;
    public List<Check> checks = new ArrayList<>();
  }

  /** One clause judged: its head line, why, the lift, each record it rests on. */
  public static final class Check {
    /** C1 法定人数：符合. */
    public String head;

    public String reason;

    /** The mayor's exception, in words; null where none. */
    public String lift;

    public List<String> evidence = new ArrayList<>();
  }
}
