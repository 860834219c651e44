package org.govmeeting.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A supervised task: one requirement of a meeting decision (I1). */
public class Task {
  public enum State {
    OPEN,
    COMPLETION_REPORTED,
    CLOSED
  }

  /** Where a task stands against its deadline. */
  public enum Timeliness {
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    DONE
  }

  public long id;
  public long meetingId;
  public long topicId;
  public String what;
  public String ownerUnitId;
  public List<String> coUnitIds;
  public LocalDate due;
  public State state;
  public Timeliness timeliness;
  public Instant createdAt;
  public List<Progress> progress;
  public List<Attachment> attachments;

  /** One report on the task, by the owning unit or the Office. */
  public static class Progress {
    public String kind;
    public String text;
    public Integer percent;

    /** A milestone reached, where the work is measured in milestones rather than percent. */
    public String milestone;

    public String reportedBy;
    public Instant reportedAt;
  }

  /** A file the owning unit attached to its reports, stored with its checksum. */
  public static class Attachment {
    public long id;
    public String fileName;
    public String contentType;
    public long size;
    public String sha256;
    public String uploadedBy;
    public Instant uploadedAt;
  }
}
