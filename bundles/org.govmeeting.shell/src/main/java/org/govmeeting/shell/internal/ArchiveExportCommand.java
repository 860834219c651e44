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
    // Streamed into a file beside the target and moved into place: the archive holds the
    // materials' files, never held whole in memory, and a half-written zip is never left there.
    Path part = out.resolveSibling(out.getFileName() + ".part");
    long written =
        identity.act(
            session,
            "meeting:archive-export " + meeting,
            office -> {
              try {
                minutes.describeArchive(meeting, office);
              } catch (NotFoundException notGatheredYet) {
                minutes.archive(meeting, office);
              }
              try (java.io.OutputStream file = Files.newOutputStream(part)) {
                return minutes.writeArchive(meeting, office, file);
              } catch (IOException e) {
                throw new ConsoleFailure("无法写入 " + out + "：" + e, "cannot write " + out + ": " + e);
              }
            },
            bytes -> bytes + " bytes to " + out);
    try {
      Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ConsoleFailure("无法写入 " + out + "：" + e, "cannot write " + out + ": " + e);
    }
    System.out.println(
        "已写入 " + written + " 字节：" + out + " / Wrote " + written + " bytes to " + out);
    return null;
  }
}
