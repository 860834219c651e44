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
    description =
        "Sends (again) the meeting notice to every participant (M1), as the console's system"
            + " person of the Office.")
@Service
public class NotifyCommand implements Action {
  @Reference MeetingPlanner planner;
  @Reference ConsoleIdentity identity;
  @Reference Session session;

  @Argument(index = 0, name = "meeting", required = true, description = "the meeting's ID")
  @Completion(MeetingCompleter.class)
  long meeting;

  @Override
  public Object execute() {
    List<Notice> sent =
        identity.act(
            session,
            "meeting:notify " + meeting,
            office -> planner.notifyParticipants(meeting, office),
            notices -> notices.size() + " notices");
    System.out.println(
        "已为会议 "
            + meeting
            + " 发出 "
            + sent.size()
            + " 份通知 / Sent "
            + sent.size()
            + " notices for meeting "
            + meeting
            + ".");
    return null;
  }
}
