package org.govmeeting.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.Notice;

@Command(
    scope = "meeting",
    name = "notify",
    description = "Sends (again) the meeting notice to every participant (M1).")
@Service
public class NotifyCommand implements Action {
  @Reference MeetingPlanner planner;
  @Reference Session session;

  @Argument(index = 0, name = "meeting", required = true, description = "the meeting's ID")
  @Completion(MeetingCompleter.class)
  long meeting;

  @Override
  public Object execute() {
    List<Notice> sent = planner.notifyParticipants(meeting, Console.actor(session));
    System.out.println("Sent " + sent.size() + " notices for meeting " + meeting + ".");
    return null;
  }
}
