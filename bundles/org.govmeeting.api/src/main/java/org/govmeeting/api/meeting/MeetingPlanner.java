package org.govmeeting.api.meeting;

import java.time.YearMonth;
import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Preparing a meeting: the law study, invited heads, the agenda, notices and materials; and the
 * months without a meeting.
 */
@ProviderType
public interface MeetingPlanner {

  Meeting setLawStudy(long meetingId, LawStudy study, Actor actor);

  LawStudy lawStudy(long meetingId);

  /** Invites a unit head or other person to attend (C2: as needed). */
  void invite(long meetingId, String personId, Actor actor);

  List<String> invited(long meetingId);

  /**
   * The agenda as it stands: the law study, then the approved topic list in order, less topics
   * whose supervisor is on leave (S7) unless the mayor lifted S7 for them.
   */
  Agenda agenda(long meetingId, Actor actor);

  /** Sets an agenda item's time limit (D1) and confidentiality (K3). */
  void setItem(
      long meetingId, long topicId, int timeLimitMinutes, boolean confidential, Actor actor);

  /** Sends every participant the meeting notice with time, venue and agenda (M1). */
  List<Notice> notifyParticipants(long meetingId, Actor actor);

  /** The people the meeting notice goes to: members, regular attendees, invited, reporters. */
  List<String> participants(long meetingId);

  List<Notice> notices(String recipientId, boolean unacknowledgedOnly);

  /** Stores and publishes one notice to one recipient, for other modules (reminders, chasing). */
  Notice send(Notice notice);

  Notice acknowledge(long noticeId, Actor actor);

  /** Records the uniform format and copy count of the meeting's materials (M1). */
  MaterialsStatus setMaterialsFormat(long meetingId, String format, int copies, Actor actor);

  /** A lead department delivers its topic's materials to the secretariat (M1). */
  MaterialsStatus deliver(long meetingId, long topicId, Actor actor);

  /** The Office hands the materials to the attending leaders (M2). */
  MaterialsStatus distribute(long meetingId, Actor actor);

  MaterialsStatus materials(long meetingId);

  /** Months since the first meeting with no meeting held (C3). */
  List<MonthGap> gaps(YearMonth until);

  /** The mayor records why a month had no meeting (C3, 原则上). */
  MonthGap excuse(YearMonth month, String reason, Actor actor);

  /** Opens the meeting: needs its law study (T1); the caller has checked quorum (C1). */
  Meeting begin(long meetingId, Actor actor);

  /**
   * The Government Office records, while the meeting is in session, that it heard the report of an
   * emergency decision on its agenda (S2), and who gave it ({@code null}: the person who took the
   * decision). Only a report heard so counts as reported when the meeting closes.
   */
  AgendaItem hearEmergencyReport(
      long meetingId, long emergencyDecisionId, String reporterId, Actor actor);

  /**
   * Closes the meeting: the emergency reports it heard are reported (S2); those it did not hear are
   * recorded as missed by it and stay for the next meeting.
   */
  Meeting close(long meetingId, Actor actor);

  /** The mayor cancels a meeting in preparation; its approved topics go to the next one. */
  Meeting cancel(long meetingId, String reason, Actor actor);

  /** The Office sets or changes the venue it prepares (M4). */
  Meeting setVenue(long meetingId, String venue, Actor actor);
}
