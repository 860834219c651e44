package org.govmeeting.intake.internal;

import java.util.List;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.LegalReviewRequest;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.ReporterDesignation;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicEvent;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicRevision;
import org.govmeeting.api.topic.TopicSummary;

/** The topic aggregate's rows as its readers see them; each call builds new objects. */
final class TopicViews {
  private TopicViews() {}

  static Topic topic(
      TopicRecord t, TopicForm form, List<RuleOverride> overrides, List<MaterialFile> files) {
    Topic topic = new Topic();
    topic.id = t.id;
    topic.version = t.version;
    topic.revision = t.revision;
    topic.status = t.status;
    topic.form = form;
    topic.supervisorId = t.supervisorId;
    topic.createdBy = t.createdBy;
    topic.createdAt = t.createdAt.toInstant();
    topic.updatedAt = t.updatedAt.toInstant();
    topic.meetingId = t.meetingId;
    topic.meetingNote = t.meetingNote;
    topic.closingNote = t.closingNote;
    if (t.designatedReporterId != null) {
      ReporterDesignation d = new ReporterDesignation();
      d.personId = t.designatedReporterId;
      d.designatedBy = t.reporterDesignatedBy;
      d.designatedAt = t.reporterDesignatedAt.toInstant();
      d.reason = t.reporterDesignationReason;
      topic.reporterDesignation = d;
    }
    if (t.legalReviewAskedBy != null) {
      LegalReviewRequest r = new LegalReviewRequest();
      r.askedBy = t.legalReviewAskedBy;
      r.askedAt = t.legalReviewAskedAt.toInstant();
      r.reason = t.legalReviewReason;
      topic.legalReviewRequest = r;
    }
    topic.overrides = overrides;
    topic.files = files;
    return topic;
  }

  static TopicSummary summary(TopicRecord t, TopicForm form, List<Clause> overridden) {
    TopicSummary s = new TopicSummary();
    s.id = t.id;
    s.name = t.name;
    s.category = t.category;
    s.leadUnitId = t.leadUnitId;
    s.reporterId = form.reporterId;
    s.attendingUnitIds =
        form.attendingUnitIds == null
            ? List.of()
            : new java.util.ArrayList<>(form.attendingUnitIds);
    s.supervisorId = t.supervisorId;
    s.status = t.status;
    s.overridden = overridden;
    return s;
  }

  static RuleOverride override(OverrideRecord o, TopicRecord t) {
    RuleOverride r = new RuleOverride();
    r.clause = o.clause;
    r.grantedBy = o.grantedBy;
    r.grantedAt = o.grantedAt.toInstant();
    r.reason = o.reason;
    r.topicVersion = o.topicVersion;
    r.meetingId = o.meetingId;
    OverrideRecord.Lapse lapse = o.lapse(t);
    r.inForce = lapse == null;
    r.lapsed = lapse == null ? null : lapse.zh;
    r.lapsedEnglish = lapse == null ? null : lapse.en;
    return r;
  }

  static TopicEvent event(TopicEventRecord r) {
    TopicEvent e = new TopicEvent();
    e.at = r.at.toInstant();
    e.actorId = r.actorId;
    e.actorRole = r.actorRole;
    e.kind = r.kind;
    e.version = r.version;
    e.detail = r.detail;
    return e;
  }

  static TopicRevision revision(RevisionRecord r, TopicForm form) {
    TopicRevision out = new TopicRevision();
    out.version = r.version;
    out.submittedAt = r.submittedAt.toInstant();
    out.submittedBy = r.submittedBy;
    out.form = form;
    return out;
  }
}
