package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** An acknowledged write survives a SIGKILL of the Karaf JVM. */
public class CrashRecoveryIT {

  @Test
  public void acknowledgedWriteSurvivesKillMinus9() throws Exception {
    try (Distribution karaf = new Distribution(Path.of("target", "crash"))) {
      Duration first = karaf.start();
      Http http = new Http(karaf.httpPort);
      Answer created =
          http.post(
              "people",
              "liu.yang",
              "{\"id\":\"bai.lu\",\"name\":\"白露\",\"unitId\":\"CIVIL\","
                  + "\"roles\":[\"DEPARTMENT_STAFF\"]}");
      assertEquals(created.toString(), 201, created.status);
      Answer moved =
          http.put(
              "units/CIVIL/supervisor",
              "chen.jing",
              "{\"supervisorId\":\"feng.jun\",\"reason\":\"分工调整\"}");
      assertEquals(moved.toString(), 200, moved.status);

      karaf.killHard();
      Duration second = karaf.start();
      System.out.println(
          "first start to 200: "
              + first.toMillis()
              + " ms; restart after kill -9: "
              + second.toMillis()
              + " ms");

      assertEquals("component failures", java.util.List.of(), karaf.componentFailures());
      Answer person = http.get("people/bai.lu", "li.jianguo");
      assertEquals(person.toString(), 200, person.status);
      assertEquals("白露", person.json().get("name").asText());
      Answer unit = http.get("units/CIVIL", "li.jianguo");
      assertEquals("feng.jun", unit.json().get("supervisorId").asText());
      assertEquals(
          "分工调整",
          http.get("units/CIVIL/changes", "chen.jing").json().get(0).get("reason").asText());
    }
  }
}
