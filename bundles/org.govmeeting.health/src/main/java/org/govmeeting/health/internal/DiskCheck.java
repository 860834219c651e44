package org.govmeeting.health.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Free disk under the data folder, where embedded Derby keeps the record and Karaf the logs: a full
 * disk makes every write fail, so a node about to fill it leaves the balancer first.
 */
@Component(
    service = HealthCheck.class,
    configurationPid = HealthConfig.PID,
    property = {
      HealthCheck.NAME + "=govmeeting disk",
      HealthCheck.TAGS + "=govmeeting",
      HealthCheck.TAGS + "=disk"
    })
@Designate(ocd = HealthConfig.class)
public class DiskCheck implements HealthCheck {
  private final Path data;
  private final long minFreeBytes;

  @Activate
  public DiskCheck(HealthConfig config) {
    this(Path.of(System.getProperty("karaf.data", ".")), config.minFreeMiB());
  }

  DiskCheck(Path data, int minFreeMiB) {
    this.data = data;
    this.minFreeBytes = minFreeMiB * 1024L * 1024L;
  }

  @Override
  public Result execute() {
    FormattingResultLog log = new FormattingResultLog();
    try {
      FileStore store = Files.getFileStore(data);
      long free = store.getUsableSpace();
      long mib = free / (1024 * 1024);
      if (free < minFreeBytes) {
        log.critical("{} MiB free under {}; at least {} MiB needed", mib, data, minFreeBytes >> 20);
      } else if (free < 4 * minFreeBytes) {
        log.warn("{} MiB free under {}; not ready below {} MiB", mib, data, minFreeBytes >> 20);
      } else {
        log.info("{} MiB free under {}", mib, data);
      }
    } catch (IOException e) {
      log.critical("the free space under {} cannot be read: {}", data, e.toString());
    }
    return new Result(log);
  }
}
