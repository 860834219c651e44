package org.govmeeting.shell.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.NewDistrict;

@Command(
    scope = "meeting",
    name = "district-add",
    description =
        "Adds a district with its roster (a tab-separated file like the built-in one), at once and"
            + " without a restart; its people can sign in as soon as the login directory knows them.")
@Service
public class DistrictAddCommand implements Action {
  @Reference Directory directory;
  @Reference Session session;

  @Argument(index = 0, name = "id", required = true, description = "e.g. dongfeng")
  String id;

  @Argument(index = 1, name = "name", required = true, description = "e.g. 东风区")
  String name;

  @Argument(index = 2, name = "roster", required = true, description = "path of the roster file")
  String roster;

  @Override
  public Object execute() throws Exception {
    Path file = Path.of(roster);
    if (!Files.isReadable(file)) {
      throw new ConsoleFailure("名册文件不可读：" + file, "cannot read the roster file " + file);
    }
    NewDistrict d = new NewDistrict();
    d.id = id;
    d.name = name;
    d.roster = Files.readString(file, StandardCharsets.UTF_8);
    District added =
        ConsoleIdentity.platformAct(
            session,
            "meeting:district-add " + id,
            admin -> directory.addDistrict(d, admin),
            x -> x.id + " (" + x.people + " people, " + x.units + " units)");
    System.out.println(
        "已新增："
            + added.name
            + "（"
            + added.id
            + "），"
            + added.units
            + "个单位、"
            + added.people
            + "名人员 / Added "
            + added.id
            + ": "
            + added.units
            + " units, "
            + added.people
            + " people");
    return null;
  }
}
