package org.govmeeting.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxSource;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The person's notices not yet acknowledged: what to prepare and when to come (M1), reminders (I1).
 */
@Component(service = InboxSource.class)
public class NoticeInbox implements InboxSource {
  private final JpaTemplate jpa;

  @Activate
  public NoticeInbox(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.meeting)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.meeting)")
          SchemaReady schema) {
    this.jpa = jpa;
  }

  @Override
  public List<InboxItem> waitingFor(Actor actor) {
    List<Notice> notices =
        jpa.txExpr(TransactionType.Required, em -> NoticeRepository.waiting(em, actor.personId()));
    List<InboxItem> out = new ArrayList<>();
    for (Notice n : notices) {
      InboxItem i = new InboxItem();
      i.kind = InboxItem.Kind.NOTICE;
      i.clause =
          n.kind == Notice.Kind.REMINDER || n.kind == Notice.Kind.CHASE ? Clause.I1 : Clause.M1;
      i.itemId = n.id;
      i.meetingId = n.meetingId == 0 ? null : n.meetingId;
      i.topicId = n.topicId;
      i.detail = n.text;
      i.since = n.sentAt;
      out.add(i);
    }
    return out;
  }
}
