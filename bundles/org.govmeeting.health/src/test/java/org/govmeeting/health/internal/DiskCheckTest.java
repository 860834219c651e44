package org.govmeeting.health.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import org.apache.felix.hc.api.Result;
import org.junit.Test;

/** Readiness follows the free disk under the data folder. */
public class DiskCheckTest {
  private static final Path HERE = Path.of(System.getProperty("java.io.tmpdir"));

  @Test
  public void tooLittleFreeDiskIsNotReadyLittleWarnsEnoughIsOk() {
    long freeMiB = HERE.toFile().getUsableSpace() >> 20;
    assertEquals(Result.Status.OK, new DiskCheck(HERE, 1).execute().getStatus());
    assertEquals(
        Result.Status.WARN,
        new DiskCheck(HERE, (int) Math.max(1, freeMiB / 2)).execute().getStatus());
    assertEquals(
        Result.Status.CRITICAL,
        new DiskCheck(HERE, (int) Math.min(Integer.MAX_VALUE, freeMiB + 1024))
            .execute()
            .getStatus());
  }
}
