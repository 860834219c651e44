package org.govmeeting.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.govmeeting.api.meeting.MeetingService;

/** Completes meeting IDs. */
@Service
public class MeetingCompleter implements Completer {
  @Reference MeetingService meetings;

  @Override
  public int complete(Session session, CommandLine line, List<String> candidates) {
    StringsCompleter strings = new StringsCompleter();
    meetings.list(null, 0, 500).forEach(m -> strings.getStrings().add(String.valueOf(m.id)));
    return strings.complete(session, line, candidates);
  }
}
