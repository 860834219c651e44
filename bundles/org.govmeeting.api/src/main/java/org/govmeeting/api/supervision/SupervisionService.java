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

  /** The task, unfiltered: for the platform's own modules, never for a person's request. */
  Task task(long id);

  /** All tasks, unfiltered; as {@link #task(long)}. */
  Page<Task> tasks(Long meetingId, String unitId, Task.State state, int offset, int limit);

  /**
   * The task as the actor may read it: a task of a confidential, undecided or deferred item only
   * for the participants, the units that carry it, the Office and the mayor (K3, I1).
   *
   * @throws org.govmeeting.api.error.NotFoundException for anyone else, as if it did not exist
   */
  Task task(long id, Actor actor);

  /** The tasks the actor may read; as {@link #task(long, Actor)}, others are left out. */
  Page<Task> tasks(
      Long meetingId, String unitId, Task.State state, int offset, int limit, Actor actor);

  Task reportProgress(long taskId, String text, Integer percent, String milestone, Actor actor);

  Task.Attachment attach(
      long taskId, String fileName, String contentType, byte[] content, Actor actor);

  /** The attachment, unfiltered; as {@link #task(long)}. */
  Task.AttachmentContent attachment(long taskId, long attachmentId);

  /** The attachment if the actor may read its task ({@link #task(long, Actor)}). */
  Task.AttachmentContent attachment(long taskId, long attachmentId, Actor actor);

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
