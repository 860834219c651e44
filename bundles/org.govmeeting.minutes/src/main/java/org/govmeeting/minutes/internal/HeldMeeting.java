package org.govmeeting.minutes.internal;

import java.util.List;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.security.Actor;

/**
 * What the archive records of a held meeting, read once from the modules that keep it, for the text
 * files and {@code record.json} alike.
 */
record HeldMeeting(
    Agenda agenda,
    List<Deliberation> deliberations,
    MaterialsStatus materials,
    Attendance roster,
    List<LeaveRequest> leave,
    List<DisciplineEntry> discipline,
    List<RecordingRequest> recordingRequests) {

  static HeldMeeting read(Archiving desk, long meetingId, Actor actor) {
    return new HeldMeeting(
        desk.planner().agenda(meetingId, actor),
        desk.deliberations(meetingId),
        desk.planner().materials(meetingId),
        desk.attendanceService().attendance(meetingId),
        desk.attendanceService().requests(meetingId, actor),
        desk.attendanceService().discipline(meetingId),
        desk.attendanceService().recordingRequests(meetingId));
  }
}
