package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.review.TopicList;

@Entity
@Multitenant
@TenantDiscriminatorColumn(
    name = DistrictScope.COLUMN,
    contextProperty = DistrictScope.PROPERTY,
    length = 40)
@Table(name = "REV_TOPIC_LIST")
public class TopicListRecord {
  @Id long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  TopicList.State state;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "REV_TOPIC_LIST_ITEM", joinColumns = @JoinColumn(name = "MEETING_ID"))
  @OrderColumn(name = "POSITION")
  @Column(name = "TOPIC_ID")
  List<Long> topicIds = new ArrayList<>();

  @Column(nullable = false, length = 64)
  String compiledBy;

  @Column(nullable = false)
  Timestamp compiledAt;

  @Column(length = 64)
  String approvedBy;

  Timestamp approvedAt;
}
