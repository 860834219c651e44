package org.govmeeting.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicStatus;

/**
 * The SQL that reads the ids of a page's topics, newest first, straight off a descending index.
 *
 * <p>SQL rather than JPQL because Derby must be told which index to read: its optimizer ignores the
 * row limit, so once its statistics show a filter matching most topics (one busy unit, one common
 * status) it scans the whole table and sorts it instead, and a page fell from 1 900 to 400
 * requests/s after a restart with 5 000 topics of one unit. The instruction is a {@code
 * --DERBY-PROPERTIES} comment on its own line, which every other database reads as a comment. The
 * row window is standard SQL ({@code OFFSET … FETCH}), so PostgreSQL plans with the limit too.
 */
final class TopicPageQuery {
  // Each begins with the district: every page is one district's (DistrictScope), and the native
  // statement, which EclipseLink's tenant discriminator does not see, says so itself.
  static final String NEWEST = "INT_TOPIC_D_NEWEST_REV";
  static final String NEWEST_COLUMNS = "DISTRICT_ID,ID DESC,REVISION";
  static final String UNIT_NEWEST = "INT_TOPIC_D_UNIT_NEWEST_REV";
  static final String UNIT_NEWEST_COLUMNS = "DISTRICT_ID,LEAD_UNIT_ID,ID DESC,REVISION";
  static final String STATUS_NEWEST = "INT_TOPIC_D_STATUS_NEWEST_REV";
  static final String STATUS_NEWEST_COLUMNS = "DISTRICT_ID,STATUS,ID DESC,REVISION";

  final String sql;
  final List<Object> parameters;

  /** Who is asking, where visibility narrows the result; null where it cannot. */
  record Viewer(String unitId, String personId, boolean overseer, List<Long> reviewing) {}

  private TopicPageQuery(String sql, List<Object> parameters) {
    this.sql = sql;
    this.parameters = parameters;
  }

  /** The filter's ids from {@code offset}, at most {@code rows} of them. */
  static TopicPageQuery of(TopicQuery query, Viewer viewer, int offset, int rows) {
    List<Object> p = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE DISTRICT_ID = ?");
    p.add(DistrictScope.current());
    if (query.status != null) {
      where.append(" AND STATUS = ?");
      p.add(query.status.name());
    }
    if (query.unitId != null) {
      where.append(" AND LEAD_UNIT_ID = ?");
      p.add(query.unitId);
    }
    if (query.category != null) {
      where.append(" AND CATEGORY = ?");
      p.add(query.category.name());
    }
    if (query.meetingId != null) {
      where.append(" AND MEETING_ID = ?");
      p.add(query.meetingId);
    }
    if (viewer != null) {
      where.append(" AND (LEAD_UNIT_ID = ?");
      p.add(viewer.unitId());
      if (viewer.overseer()) {
        where.append(" OR STATUS <> ?");
        p.add(TopicStatus.DRAFT.name());
      } else {
        where.append(" OR (SUPERVISOR_ID = ? AND STATUS <> ?)");
        p.add(viewer.personId());
        p.add(TopicStatus.DRAFT.name());
        if (!viewer.reviewing().isEmpty()) {
          where.append(" OR ID IN (");
          for (int i = 0; i < viewer.reviewing().size(); i++) {
            where.append(i == 0 ? "?" : ", ?");
            p.add(viewer.reviewing().get(i));
          }
          where.append(")");
        }
      }
      where.append(")");
    }
    p.add(offset);
    p.add(rows);
    String index = index(query);
    return new TopicPageQuery(
        "SELECT ID FROM INT_TOPIC"
            + (index == null ? "" : " --DERBY-PROPERTIES index=" + index + "\n")
            + where
            + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        p);
  }

  /**
   * The index whose order is the page's order and whose leading column is an equality of the
   * filter; none for a meeting's topics (few, and its index is by meeting first, then ascending).
   */
  static String index(TopicQuery query) {
    if (query.meetingId != null) {
      return null;
    }
    if (query.unitId != null) {
      return UNIT_NEWEST;
    }
    if (query.status != null) {
      return STATUS_NEWEST;
    }
    return NEWEST;
  }
}
