package org.govmeeting.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxItem.Kind;

/**
 * A person's inbox, made from what every module says waits for them: newest first, counted per
 * kind, each item in words (Chinese, or English on request) with the record it concerns and the
 * call that acts on it.
 */
final class Inbox {
  /** The inbox as the API answers it. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "Inbox")
  public static class View {
    /** How many items wait in all; {@link #items} lists the newest of them, up to the limit. */
    public int total;

    /** How many items of each kind; every kind is listed, with 0 where none waits. */
    public Map<Kind, Integer> counts;

    public List<Entry> items;
  }

  /** One item of the inbox. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "InboxEntry")
  public static class Entry {
    public Kind kind;

    /** What the person is to do, in words. */
    public String what;

    /** What it concerns: the topic's name, the meeting, the minutes' number, the task. */
    public String subject;

    public String detail;
    public String from;

    /** The rule: the regulation's clause, or the district's own (e.g. DF-1) where it names one. */
    public String clause;

    /** The regulation's clause the item rests on: {@link #clause} itself, or the one beneath it. */
    public String basis;

    public Instant since;
    public Instant due;
    public boolean overdue;
    public Long topicId;
    public Long meetingId;
    public Long minutesId;
    public Long erratumId;
    public Long itemId;

    /** Where to read the record the item concerns. */
    public String link;

    /** The call that does it: method and path. */
    public String act;
  }

  private Inbox() {}

  /**
   * The view of the items gathered.
   *
   * @param topicNames the names of topics by id, looked up once for all items
   * @param meetingNumbers a meeting's number by id, or empty where the meeting is gone
   */
  static View of(
      List<InboxItem> items,
      boolean english,
      Function<List<Long>, Map<Long, String>> topicNames,
      LongFunction<Optional<Integer>> meetingNumbers) {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    items.forEach(i -> counts.merge(i.kind, 1, Integer::sum));
    return of(items, counts, Integer.MAX_VALUE, english, topicNames, meetingNumbers);
  }

  /**
   * The view of a page of the items: the newest {@code limit} of those gathered, counted as the
   * modules counted everything waiting.
   */
  static View of(
      List<InboxItem> gathered,
      Map<Kind, Integer> counted,
      int limit,
      boolean english,
      Function<List<Long>, Map<Long, String>> topicNames,
      LongFunction<Optional<Integer>> meetingNumbers) {
    List<InboxItem> items = new ArrayList<>(gathered);
    items.sort(
        Comparator.comparing(
                (InboxItem i) -> i.since, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> i.kind)
            .thenComparing(i -> i.itemId, Comparator.nullsLast(Comparator.reverseOrder())));
    if (items.size() > limit) {
      items = new ArrayList<>(items.subList(0, limit));
    }
    List<Long> topics = new ArrayList<>();
    for (InboxItem i : items) {
      if (i.topicId != null && !topics.contains(i.topicId)) {
        topics.add(i.topicId);
      }
    }
    Map<Long, String> names = topics.isEmpty() ? Map.of() : topicNames.apply(topics);
    Map<Long, Optional<Integer>> numbers = new HashMap<>();
    View v = new View();
    v.counts = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      v.counts.put(k, 0);
    }
    v.items = new ArrayList<>();
    for (InboxItem i : items) {
      Entry e = new Entry();
      e.kind = i.kind;
      e.what = what(i, english);
      e.detail = english && i.detailEnglish != null ? i.detailEnglish : i.detail;
      e.from = i.from;
      e.basis = i.clause == null ? null : i.clause.name();
      e.clause = i.ownClause != null ? i.ownClause : e.basis;
      e.since = i.since;
      e.due = i.due;
      e.overdue = i.overdue;
      e.topicId = i.topicId;
      e.meetingId = i.meetingId;
      e.minutesId = i.minutesId;
      e.erratumId = i.erratumId;
      e.itemId = i.itemId;
      e.subject = subject(i, english, names, numbers, meetingNumbers);
      e.link = link(i);
      e.act = act(i);
      v.items.add(e);
    }
    counted.forEach((kind, n) -> v.counts.merge(kind, n, Integer::sum));
    v.items.sort(
        Comparator.comparing((Entry e) -> e.since, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.kind)
            .thenComparing(e -> e.itemId, Comparator.nullsLast(Comparator.reverseOrder())));
    v.total = v.counts.values().stream().mapToInt(Integer::intValue).sum();
    return v;
  }

  private static String subject(
      InboxItem i,
      boolean english,
      Map<Long, String> names,
      Map<Long, Optional<Integer>> numbers,
      LongFunction<Optional<Integer>> meetingNumbers) {
    // A task and the minutes have their own names (what is to be done; the document number).
    if (i.subject != null && (i.kind == Kind.TASK || i.minutesId != null)) {
      return i.subject;
    }
    if (i.topicId != null && names.containsKey(i.topicId)) {
      return names.get(i.topicId);
    }
    if (i.meetingId != null) {
      Optional<Integer> n = numbers.computeIfAbsent(i.meetingId, meetingNumbers::apply);
      if (n.isPresent()) {
        return english ? "Executive meeting no. " + n.get() : "第" + n.get() + "次区政府常务会议";
      }
    }
    return i.subject;
  }

  private static final Map<Kind, String[]> WHAT = new LinkedHashMap<>();

  static {
    WHAT.put(Kind.REVIEW_STEP, new String[] {"审核议题并签署意见", "Review the topic and sign"});
    WHAT.put(Kind.LEAVE_REQUEST, new String[] {"审批请假", "Decide the leave request"});
    WHAT.put(Kind.RECORDING_REQUEST, new String[] {"审批会议录音录像申请", "Decide the recording request"});
    WHAT.put(
        Kind.MINUTES_OPINION,
        new String[] {"对会议纪要提出本单位意见", "Give your unit's opinion on the minutes"});
    WHAT.put(Kind.LEGAL_REVIEW, new String[] {"对会议纪要进行合法性审查", "Review the minutes' legality"});
    WHAT.put(Kind.MINUTES_SIGNATURE, new String[] {"签发会议纪要", "Sign the minutes"});
    WHAT.put(Kind.MINUTES_ISSUE, new String[] {"印发会议纪要", "Issue the signed minutes"});
    WHAT.put(Kind.TASK, new String[] {"报告督办事项进展", "Report progress on the task"});
    WHAT.put(Kind.NOTICE, new String[] {"确认收到通知", "Acknowledge the notice"});
  }

  static String what(InboxItem i, boolean english) {
    String[] w = WHAT.get(i.kind);
    String text = english ? w[1] : w[0];
    if (i.erratumId != null) {
      text = english ? text.replace("the minutes", "the erratum") : text.replace("会议纪要", "纪要更正");
    }
    if (i.overdue) {
      text = english ? text + " (overdue)" : text + "（已逾期）";
    }
    return text;
  }

  /** The record to read, as a path of the API. */
  static String link(InboxItem i) {
    switch (i.kind) {
      case REVIEW_STEP:
        return "/api/topics/" + i.topicId;
      case LEAVE_REQUEST:
        return "/api/meetings/" + i.meetingId + "/leave-requests";
      case RECORDING_REQUEST:
        return "/api/meetings/" + i.meetingId + "/recording-requests";
      case TASK:
        return "/api/tasks/" + i.itemId;
      case NOTICE:
        return "/api/notices?unacknowledged=true";
      default:
        return "/api/minutes/" + i.minutesId;
    }
  }

  /** The call that acts on the item. */
  static String act(InboxItem i) {
    String minutes =
        "/api/minutes/" + i.minutesId + (i.erratumId == null ? "" : "/errata/" + i.erratumId);
    switch (i.kind) {
      case REVIEW_STEP:
        return "POST /api/topics/" + i.topicId + "/reviews/" + i.itemId + "/sign";
      case LEAVE_REQUEST:
        return "POST /api/meetings/" + i.meetingId + "/leave-requests/" + i.itemId + "/approve";
      case RECORDING_REQUEST:
        return "POST /api/meetings/" + i.meetingId + "/recording-requests/" + i.itemId + "/approve";
      case MINUTES_OPINION:
        return "POST " + minutes + "/opinions";
      case LEGAL_REVIEW:
        return "POST " + minutes + "/legal-review";
      case MINUTES_SIGNATURE:
        return "POST " + minutes + "/signature";
      case MINUTES_ISSUE:
        return "POST /api/minutes/" + i.minutesId + "/issue";
      case TASK:
        return "POST /api/tasks/" + i.itemId + "/progress";
      case NOTICE:
        return "POST /api/notices/" + i.itemId + "/acknowledge";
      default:
        throw new IllegalArgumentException(String.valueOf(i.kind));
    }
  }
}
