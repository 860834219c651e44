package org.govmeeting.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * Every Pax Exam class of the project, run as one suite so that the distribution boots once ({@link
 * PlatformTestSupport} uses the per-suite reactor). A new test class goes here.
 */
@RunWith(Suite.class)
@SuiteClasses({
  PlatformIT.class,
  RestAccessIT.class,
  DirectoryIT.class,
  TopicReviewIT.class,
  PolicySwapIT.class,
  DistrictsIT.class,
  MeetingMorningIT.class,
  MinutesIT.class,
  SupervisionIT.class,
  ShellIT.class,
  ApiSurfaceIT.class,
  RaceIT.class,
  BadInputIT.class,
  OneActIT.class,
  PerimeterIT.class,
  SameSiteIT.class,
  HeadersIT.class,
  SlowClientsIT.class,
  InboxIT.class,
  FormIT.class,
  LogsIT.class,
  HealthIT.class,
  MetricsIT.class,
  ContractIT.class,
  ClientCycleIT.class,
  LanguageAndTimeIT.class,
  ComplianceIT.class,
  // Switches the API to an LDAP realm for a while, and back.
  LdapIT.class,
  // Last: it changes the perimeter for a while.
  ConsoleIT.class
})
public class PlatformSuiteIT {}
