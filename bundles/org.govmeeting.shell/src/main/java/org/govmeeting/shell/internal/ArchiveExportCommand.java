package org.govmeeting.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.minutes.MinutesService;

@Command(
    scope = "meeting",
    name = "archive-export",
    description =
        "Writes a meeting's archive (M3) to a zip file, gathering it first if needed, as the"
            + " console's system person of the Office.")
@Service
public class ArchiveExportCommand implements Action {
  @Reference MinutesService minutes;
  @Reference ConsoleIdentity identity;
  @Reference Session session;

  @Argument(index = 0, name = "meeting", required = true, description = "the meeting's ID")
  @Completion(MeetingCompleter.class)
  long meeting;

  @Argument(index = 1, name = "file", required = true, description = "where to write the zip")
  String file;

  @Override
  public Object execute() {
    Path out = Path.of(file).toAbsolutePath();
    if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
      throw new ConsoleFailure(
          "目录不存在：" + out.getParent(),
          "no such folder to write the archive into: " + out.getParent());
    }
    byte[] zip =
        identity.act(
            session,
            "meeting:archive-export " + meeting,
            office -> {
              try {
                return minutes.archiveContent(meeting, office);
              } catch (NotFoundException notGatheredYet) {
                minutes.archive(meeting, office);
                return minutes.archiveContent(meeting, office);
              }
            },
            bytes -> bytes.length + " bytes to " + out);
    try {
      Files.write(out, zip);
    } catch (IOException e) {
      throw new ConsoleFailure("无法写入 " + out + "：" + e, "cannot write " + out + ": " + e);
    }
    System.out.println(
        "已写入 " + zip.length + " 字节：" + out + " / Wrote " + zip.length + " bytes to " + out);
    return null;
  }
}
