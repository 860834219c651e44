package org.govmeeting.shell.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.karaf.shell.api.console.Session;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who console acts are done as: the configured system person of the Government Office, as the
 * directory has them (roles included), never the Karaf user, who is no person of the district. Each
 * act is one line in the audit log ({@code data/log/audit.log}) naming both.
 */
@Component(service = ConsoleIdentity.class, configurationPid = ShellConfig.PID)
@Designate(ocd = ShellConfig.class)
public class ConsoleIdentity {
  /** The acts log the REST layer writes too. */
  private static final Logger AUDIT = LoggerFactory.getLogger("org.govmeeting.audit");

  private static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE_STAFF, Role.OFFICE_DIRECTOR);

  private final Directory directory;
  private final String systemPerson;

  @Activate
  public ConsoleIdentity(@Reference Directory directory, ShellConfig config) {
    this.directory = directory;
    this.systemPerson = config.systemPerson().trim();
  }

  /**
   * The system person as an actor of the Office.
   *
   * @throws ConsoleFailure if the setting names nobody in the directory, or no one of the Office
   */
  Actor office() {
    Person p =
        directory
            .person(systemPerson)
            .orElseThrow(
                () ->
                    new ConsoleFailure(
                        "控制台的系统人员“"
                            + systemPerson
                            + "”不在本区名册中，请在 etc/"
                            + ShellConfig.PID
                            + ".cfg 中设置 systemPerson 为办公室人员",
                        "the console's system person '"
                            + systemPerson
                            + "' is not in the directory: set systemPerson in etc/"
                            + ShellConfig.PID
                            + ".cfg to a person of the Office"));
    Set<Role> roles = p.roles == null || p.roles.isEmpty() ? Set.of() : EnumSet.copyOf(p.roles);
    if (roles.stream().noneMatch(OFFICE::contains)) {
      throw new ConsoleFailure(
          "控制台的系统人员“" + systemPerson + "”不是区政府办公室人员",
          "the console's system person '"
              + systemPerson
              + "' holds no role of the Office (OFFICE_STAFF, OFFICE_DIRECTOR): "
              + roles);
    }
    return new Actor(p.id, p.name, roles, p.unitId, p.districtId);
  }

  /**
   * Does one act as the system person: a module's refusal fails the command with its message, a
   * success is written to the audit log with what it {@code made}.
   */
  <T> T act(Session session, String command, Function<Actor, T> act, Function<T, String> made) {
    Actor office = office();
    T result;
    try {
      // In the system person's district, as a REST call runs in its caller's.
      result = DistrictScope.call(office.districtId(), () -> act.apply(office));
    } catch (DomainException e) {
      throw ConsoleFailure.of(e);
    }
    AUDIT.info(
        "act {} by {} {} at the console of {} -> {}",
        command,
        office.personId(),
        office.roles(),
        user(session),
        made.apply(result));
    return result;
  }

  /**
   * The console user as the platform's administrator: whoever may run the console may install and
   * remove any bundle of the platform, so its acts on the districts are theirs, recorded under
   * their Karaf user name.
   */
  static Actor platform(Session session) {
    String user = user(session);
    return new Actor(user, user, Set.of(Role.PLATFORM_ADMINISTRATOR));
  }

  /** A platform act from the console: a refusal fails the command, a success is audited. */
  static <T> T platformAct(
      Session session, String command, Function<Actor, T> act, Function<T, String> made) {
    Actor admin = platform(session);
    T result;
    try {
      result = act.apply(admin);
    } catch (DomainException e) {
      throw ConsoleFailure.of(e);
    }
    AUDIT.info(
        "act {} by the platform administrator at the console of {} -> {}",
        command,
        user(session),
        made.apply(result));
    return result;
  }

  /** A setting changed from the console, in the audit log too. */
  static void changed(Session session, String command, String what) {
    AUDIT.info("setting {} at the console of {} -> {}", command, user(session), what);
  }

  static String user(Session session) {
    Object user = session == null ? null : session.get("USER");
    return user == null ? "karaf" : String.valueOf(user);
  }
}
