package org.govmeeting.api.supervision;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Page;
import org.osgi.annotation.versioning.ProviderType;

/** The Office's follow-up of decisions from start to finish (I1). */
@ProviderType
public interface SupervisionService {

  /** Creates the tasks of a decision's requirements; repeated calls change nothing. */
  List<Task> takeUp(long meetingId, long topicId);

  Task task(long id);

  Page<Task> tasks(Long meetingId, String unitId, Task.State state, int offset, int limit);

  Task reportProgress(long taskId, String text, Integer percent, String milestone, Actor actor);

  Task.Attachment attach(
      long taskId, String fileName, String contentType, byte[] content, Actor actor);

  Task.AttachmentContent attachment(long taskId, long attachmentId);

  Task reportCompletion(long taskId, String text, Actor actor);

  /** The Office accepts the completion (closing the task) or sends it back. */
  Task accept(long taskId, boolean accept, String note, Actor actor);

  /**
   * Sends reminders for tasks due soon and chasing notices (催办) for overdue ones, as of the given
   * time; each notice once per task and day.
   *
   * @return how many notices were sent
   */
  int chase(Instant asOf, Actor actor);

  List<Overview> overview(Long meetingId, String unitId, Instant asOf);
}
