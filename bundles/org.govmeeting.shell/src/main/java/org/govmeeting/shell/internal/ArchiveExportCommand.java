package org.govmeeting.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.minutes.MinutesService;

@Command(
    scope = "meeting",
    name = "archive-export",
    description = "Writes a meeting's archive (M3) to a zip file, gathering it first if needed.")
@Service
public class ArchiveExportCommand implements Action {
  @Reference MinutesService minutes;
  @Reference Session session;

  @Argument(index = 0, name = "meeting", required = true, description = "the meeting's ID")
  @Completion(MeetingCompleter.class)
  long meeting;

  @Argument(index = 1, name = "file", required = true, description = "where to write the zip")
  String file;

  @Override
  public Object execute() throws Exception {
    byte[] zip;
    try {
      zip = minutes.archiveContent(meeting, Console.actor(session));
    } catch (org.govmeeting.api.error.NotFoundException e) {
      minutes.archive(meeting, Console.actor(session));
      zip = minutes.archiveContent(meeting, Console.actor(session));
    }
    Path out = Path.of(file);
    Files.write(out, zip);
    System.out.println("Wrote " + zip.length + " bytes to " + out.toAbsolutePath());
    return null;
  }
}
