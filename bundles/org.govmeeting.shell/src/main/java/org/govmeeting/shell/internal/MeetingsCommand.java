package org.govmeeting.shell.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;

@Command(scope = "meeting", name = "meetings", description = "Lists meetings and their state.")
@Service
public class MeetingsCommand implements Action {
  @Reference MeetingService meetings;
  @Reference Directory directory;

  @Option(
      name = "--district",
      description = "the district's meetings (default: the first district)")
  @Completion(DistrictCompleter.class)
  String district;

  @Option(name = "--status", description = "PLANNED, NOTIFIED, IN_SESSION, CLOSED or CANCELLED")
  String status;

  @Override
  public Object execute() {
    return ConsoleDistrict.within(directory, district, this::print);
  }

  private Object print() {
    ShellTable table = new ShellTable();
    table.column("Id");
    table.column("Number");
    table.column("Kind");
    table.column("Status");
    table.column("Scheduled");
    table.column("Cut-off");
    table.column("Venue");
    Meeting.Status s = status == null ? null : status(status);
    List<Meeting> found = meetings.list(s, 0, 500);
    if (found.isEmpty()) {
      System.out.println(
          s == null ? "尚无会议 / No meetings yet." : "没有此状态的会议 / No meeting is " + s + ".");
      return null;
    }
    for (Meeting m : found) {
      table
          .addRow()
          .addContent(
              m.id,
              m.number,
              m.kind,
              m.status,
              ConsoleDistrict.time(directory, m.scheduledAt),
              ConsoleDistrict.time(directory, m.cutoff),
              m.venue);
    }
    table.print(System.out);
    return null;
  }

  private static Meeting.Status status(String given) {
    for (Meeting.Status s : Meeting.Status.values()) {
      if (s.name().equalsIgnoreCase(given.trim())) {
        return s;
      }
    }
    throw new ConsoleFailure(
        "没有“" + given + "”这一会议状态，可选：" + Arrays.toString(Meeting.Status.values()),
        "no meeting status '" + given + "'; one of " + Arrays.toString(Meeting.Status.values()));
  }
}
