package org.govmeeting.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;

@Command(scope = "meeting", name = "meetings", description = "Lists meetings and their state.")
@Service
public class MeetingsCommand implements Action {
  @Reference MeetingService meetings;

  @Option(name = "--status", description = "PLANNED, NOTIFIED, IN_SESSION, CLOSED or CANCELLED")
  String status;

  @Override
  public Object execute() {
    ShellTable table = new ShellTable();
    table.column("Id");
    table.column("Number");
    table.column("Kind");
    table.column("Status");
    table.column("Scheduled");
    table.column("Cut-off");
    table.column("Venue");
    Meeting.Status s = status == null ? null : Meeting.Status.valueOf(status.toUpperCase());
    for (Meeting m : meetings.list(s, 0, 500)) {
      table.addRow().addContent(m.id, m.number, m.kind, m.status, m.scheduledAt, m.cutoff, m.venue);
    }
    table.print(System.out);
    return null;
  }
}
