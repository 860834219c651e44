package org.govmeeting.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewService;

@Command(
    scope = "meeting",
    name = "policies",
    description = "Lists the installed district policies.")
@Service
public class PoliciesCommand implements Action {
  @Reference ReviewService reviews;

  @Override
  public Object execute() {
    if (reviews.policies().isEmpty()) {
      System.out.println(
          "尚未安装任何区的审核规则 / No district policy is installed: feature:install"
              + " govmeeting-policy-<district>.");
      return null;
    }
    ShellTable table = new ShellTable();
    table.column("District");
    table.column("Version");
    table.column("Active");
    table.column("Liftable");
    table.column("Bundle");
    for (PolicyInfo p : reviews.policies()) {
      table
          .addRow()
          .addContent(p.district, p.version, p.active ? "*" : "", p.overridable, p.bundle);
    }
    table.print(System.out);
    return null;
  }
}
