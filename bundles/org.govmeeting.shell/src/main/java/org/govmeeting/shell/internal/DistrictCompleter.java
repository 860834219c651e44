package org.govmeeting.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.govmeeting.api.review.ReviewService;

/** Completes the districts the platform serves and those of the installed policies. */
@Service
public class DistrictCompleter implements Completer {
  @Reference ReviewService reviews;
  @Reference org.govmeeting.api.directory.Directory directory;

  @Override
  public int complete(Session session, CommandLine line, List<String> candidates) {
    StringsCompleter strings = new StringsCompleter();
    reviews.policies().forEach(p -> strings.getStrings().add(p.district));
    directory.districts().forEach(d -> strings.getStrings().add(d.id));
    return strings.complete(session, line, candidates);
  }
}
