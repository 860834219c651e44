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

  /**
   * The owning unit attaches a file to its task's reports: the stream is stored as it arrives,
   * never held whole in memory, with its size and SHA-256 computed on the way; an empty file or one
   * above the limit is refused and nothing of it is kept.
   */
  Task.Attachment attach(
      long taskId, String fileName, String contentType, java.io.InputStream content, Actor actor);

  /** The attachment's description, if the actor may read its task ({@link #task(long, Actor)}). */
  Task.Attachment attachment(long taskId, long attachmentId, Actor actor);

  /**
   * Writes the attachment's bytes to the stream row by row (each row read on its own), after the
   * same check as {@link #attachment}; returns the bytes written.
   */
  long writeAttachment(long taskId, long attachmentId, Actor actor, java.io.OutputStream out)
      throws java.io.IOException;

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
