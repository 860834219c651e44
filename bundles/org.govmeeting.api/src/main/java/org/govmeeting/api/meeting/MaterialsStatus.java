package org.govmeeting.api.meeting;

import java.time.Instant;
import java.util.List;

/** The meeting's materials set (M1, M2): deliveries by departments, distribution to leaders. */
public class MaterialsStatus {
  public long meetingId;

  /** The uniform format and copy count of the set. */
  public String format;

  public int copies;

  /** Departments deliver to the secretariat by this time (M1). */
  public Instant deliveryDeadline;

  /**
   * Materials reaching an attending leader after this time (one day before the meeting) are late
   * (M2).
   */
  public Instant distributionDeadline;

  /**
   * When the materials should reach the attending leaders: the policy's lead time, two days (M2).
   */
  public Instant distributionAim;

  public List<Delivery> deliveries;
  public List<Receipt> receipts;

  /** A department's delivery of one topic's materials to the secretariat. */
  public static class Delivery {
    public long topicId;
    public String deliveredBy;
    public Instant deliveredAt;
    public boolean late;
  }

  /** Materials handed to one attending leader. */
  public static class Receipt {
    public String recipientId;
    public String handedOverBy;
    public Instant receivedAt;
    public boolean late;
  }
}
