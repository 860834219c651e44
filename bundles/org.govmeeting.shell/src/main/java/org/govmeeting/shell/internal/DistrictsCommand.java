package org.govmeeting.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.review.PolicyChoice;
import org.govmeeting.api.review.ReviewService;

@Command(
    scope = "meeting",
    name = "districts",
    description = "Lists the districts the platform serves, with each one's policy in force.")
@Service
public class DistrictsCommand implements Action {
  @Reference Directory directory;
  @Reference ReviewService reviews;

  @Override
  public Object execute() {
    ShellTable table = new ShellTable();
    table.column("区 District");
    table.column("名称 Name");
    table.column("单位 Units");
    table.column("人员 People");
    table.column("审核规则 Policy");
    table.column("自选 Own");
    for (District d : directory.districts()) {
      PolicyChoice c = reviews.policyChoice(d.id);
      table
          .addRow()
          .addContent(
              d.id,
              d.name,
              d.units,
              d.people,
              c.inForce == null
                  ? c.policy + " (未安装 missing)"
                  : c.inForce.district + " " + c.inForce.version,
              c.own ? "是 yes" : "否 no");
    }
    table.print(System.out);
    return null;
  }
}
