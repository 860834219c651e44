package org.govmeeting.minutes.internal.print;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the printed 会议议程 shows: the meeting, then its items in order, in words. */
public final class AgendaPrint {
  public int number;

  /** 2026年12月1日 9:00, in the district's calendar. */
  public String when;

  public String venue;
  public String chair;
  public List<Item> items = new ArrayList<>();

  /** Topics moved to a later meeting (S7), by title. */
  public List<String> deferred = new ArrayList<>();

  public Instant printedAt;

  /** One item of the agenda. */
  public static final class Item {
    public boolean lawStudy;
    public String title;

    /** Who reports (a topic) or leads (the law study). */
    public String reporter;

    public String leadUnit;
    public List<String> attendingUnits = new ArrayList<>();
    public int timeLimitMinutes;
    public boolean confidential;
  }
}
