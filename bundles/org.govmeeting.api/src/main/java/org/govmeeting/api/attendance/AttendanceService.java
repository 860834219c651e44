package org.govmeeting.api.attendance;

import java.util.List;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Who attends a meeting, who is excused, who signed in, and whether the meeting may sit. */
@ProviderType
public interface AttendanceService {

  Attendance attendance(long meetingId);

  /** The caller asks for leave (K1) or to leave midway (K2), for themselves. */
  LeaveRequest request(long meetingId, LeaveRequest request, Actor actor);

  /** The approver the rules name (mayor, or the EVM for an attendee leaving early) decides. */
  LeaveRequest decide(long requestId, boolean approve, String note, Actor actor);

  List<LeaveRequest> requests(long meetingId, Actor actor);

  /** The Office signs a person in (M4), or a person signs themselves in. */
  Attendance signIn(long meetingId, String personId, Actor actor);

  /**
   * The Office records that a person left; without approved leave it is a discipline entry (K2).
   */
  Attendance leave(long meetingId, String personId, Actor actor);

  /** The chair opens the meeting: quorum (C1) and the law study (T1) are required. */
  Meeting open(long meetingId, Actor actor);

  /** Whether the meeting may decide now (C1). */
  boolean quorate(long meetingId);

  DisciplineEntry recordDiscipline(long meetingId, DisciplineEntry entry, Actor actor);

  List<DisciplineEntry> discipline(long meetingId);

  RecordingRequest requestRecording(long meetingId, String purpose, Actor actor);

  /** Only the chair (the mayor) decides on recording and photography (K3). */
  RecordingRequest decideRecording(long requestId, boolean approve, Actor actor);

  List<RecordingRequest> recordingRequests(long meetingId);
}
