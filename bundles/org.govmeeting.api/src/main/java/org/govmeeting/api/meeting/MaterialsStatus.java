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

  /** Materials reach the attending leaders by this time (M2, the policy's lead time). */
  public Instant distributionDeadline;

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
