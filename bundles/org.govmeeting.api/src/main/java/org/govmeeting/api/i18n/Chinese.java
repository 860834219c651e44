package org.govmeeting.api.i18n;

import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.supervision.Task;
import org.govmeeting.api.topic.TopicStatus;

/**
 * The Chinese name of each state and role, as a district office writes it in a message ("当前状态为
 * “已结束”"). Every constant has one: a switch without a default stops the build when a constant is
 * added without its name.
 */
public final class Chinese {
  private Chinese() {}

  public static String of(Meeting.Status s) {
    return switch (s) {
      case PLANNED -> "筹备中";
      case NOTIFIED -> "已发出通知";
      case IN_SESSION -> "正在召开";
      case CLOSED -> "已结束";
      case CANCELLED -> "已取消";
    };
  }

  public static String of(TopicStatus s) {
    return switch (s) {
      case DRAFT -> "草稿";
      case IN_REVIEW -> "审核中";
      case RETURNED -> "已退回";
      case REJECTED -> "未通过审核";
      case READY -> "待上会";
      case LISTED -> "已列入议题表";
      case SETTLED -> "已由分管副区长协调办结";
      case WITHDRAWN -> "已撤回";
    };
  }

  public static String of(ChainState s) {
    return switch (s) {
      case IN_REVIEW -> "审核中";
      case RETURNED -> "已退回";
      case REJECTED -> "未通过审核";
      case COMPLETE -> "审核完毕";
      case LISTED -> "已列入议题表";
      case CLOSED -> "已终止";
    };
  }

  public static String of(StepState s) {
    return switch (s) {
      case WAITING -> "待前序环节签署";
      case PENDING -> "待签署";
      case SIGNED -> "已签署";
      case RETURNED -> "已退回";
      case REJECTED -> "未通过";
      case CANCELLED -> "已取消";
    };
  }

  public static String of(LeaveRequest.State s) {
    return switch (s) {
      case PENDING -> "待审批";
      case APPROVED -> "已批准";
      case REFUSED -> "未批准";
    };
  }

  public static String of(Minutes.State s) {
    return switch (s) {
      case DRAFT -> "草稿";
      case IN_OPINION -> "征求意见中";
      case LEGAL_REVIEW -> "合法性审核中";
      case SIGNED -> "已签发";
      case ISSUED -> "已印发";
    };
  }

  public static String of(Minutes.Erratum.State s) {
    return switch (s) {
      case DRAFT -> "草稿";
      case IN_OPINION -> "征求意见中";
      case LEGAL_REVIEW -> "合法性审核中";
      case RETURNED -> "已退回";
      case SIGNED -> "已签发";
    };
  }

  public static String of(Task.State s) {
    return switch (s) {
      case OPEN -> "办理中";
      case COMPLETION_REPORTED -> "已报办结，待验收";
      case CLOSED -> "已办结";
    };
  }

  public static String of(Role r) {
    return switch (r) {
      case MAYOR -> "区长";
      case EXECUTIVE_VICE_MAYOR -> "常务副区长";
      case VICE_MAYOR -> "副区长";
      case PARTY_GROUP_MEMBER -> "党组成员";
      case OFFICE_DIRECTOR -> "区政府办公室主任";
      case OFFICE_STAFF -> "区政府办公室工作人员";
      case SECRETARIAT -> "常务秘书室";
      case FINANCE_HEAD -> "财政局局长";
      case JUSTICE_HEAD -> "司法局局长";
      case AUDIT_HEAD -> "审计局局长";
      case PETITIONS_HEAD -> "信访局局长";
      case DEPARTMENT_HEAD -> "部门主要负责人";
      case DEPARTMENT_STAFF -> "部门工作人员";
      case SUBDISTRICT_HEAD -> "街道办事处主任";
      case PLATFORM_ADMINISTRATOR -> "平台管理员";
    };
  }
}
