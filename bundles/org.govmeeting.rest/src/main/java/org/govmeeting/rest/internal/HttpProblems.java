package org.govmeeting.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;

/**
 * The problems no service raises, in Chinese or in English: a body that is not the JSON asked for,
 * an edit without its revision, a body that came too slowly, a busy database, an internal error,
 * and the bare HTTP statuses of the JAX-RS runtime (no such path, method or media type).
 */
final class HttpProblems {
  private HttpProblems() {}

  static Problem preconditionRequired(boolean english) {
    return new Problem(
            428,
            "precondition-required",
            english ? "Precondition Required" : "须注明所依据的版本",
            english
                ? "An edit must say which revision it was based on: send If-Match with the ETag you"
                    + " read (GET the resource first)."
                : "修改须注明所依据的版本：请在If-Match中填写读取该记录时得到的ETag（请先读取该记录）。")
        .with("field", "If-Match");
  }

  static Problem tooSlow(boolean english) {
    return new Problem(
        408,
        "too-slow",
        english ? "Request timeout" : "请求超时",
        english
            ? "The request body arrived too slowly and was cut off; send it again at once."
            : "请求内容传送过慢，已被中断，请立即重新发送。");
  }

  static Problem busy(boolean english) {
    return new Problem(
            503,
            "busy",
            english ? "Busy" : "系统繁忙",
            english
                ? "The database was busy with a conflicting change and kept nothing of this"
                    + " request; send it again."
                : "数据库正在处理与本次请求冲突的修改，本次请求的内容均未保存，请重新发送。")
        .header("Retry-After", "1");
  }

  static Problem internal(String incident, boolean english) {
    return new Problem(
            500,
            "internal",
            english ? "Internal error" : "系统内部错误",
            english
                ? "The request failed inside the platform; give the incident ID to the"
                    + " administrator."
                : "请求在平台内部处理失败，请将事件编号告知系统管理员。")
        .with("incident", incident);
  }

  /** A body Jackson could not read: the field it stopped at, where it knows it. */
  static Problem json(JsonProcessingException e, boolean english) {
    String invalid = english ? "Invalid input" : "填写有误";
    if (e instanceof UnrecognizedPropertyException) {
      String field = ((UnrecognizedPropertyException) e).getPropertyName();
      return new Problem(
              400,
              "invalid",
              invalid,
              english ? "Unknown field '" + field + "'." : "没有名为“" + field + "”的字段。")
          .with("field", field);
    }
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      String field =
          ((JsonMappingException) e)
              .getPath().stream()
                  .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining("."))
                  .replace(".[", "[");
      String detail;
      if (e instanceof InvalidFormatException) {
        Object value = ((InvalidFormatException) e).getValue();
        detail =
            english
                ? "Field '" + field + "' has a value of the wrong form: " + value
                : "字段“" + field + "”的值格式不正确：" + value;
      } else {
        detail = english ? "Field '" + field + "' cannot be read." : "字段“" + field + "”无法读取。";
      }
      return new Problem(400, "invalid", invalid, detail).with("field", field);
    }
    return new Problem(
        400,
        "malformed-json",
        english ? "Malformed JSON" : "JSON格式错误",
        (english ? "The request body is not valid JSON: " : "请求内容不是有效的JSON：")
            + e.getOriginalMessage());
  }

  /** A bare HTTP status, with what it means for the caller. */
  static Problem status(int status, boolean english) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String reason = type != null ? type.getReasonPhrase() : "HTTP " + status;
    String title =
        english
            ? reason
            : switch (status) {
              case 404 -> "未找到";
              case 405 -> "不支持该请求方法";
              case 406 -> "无法按要求的格式答复";
              case 413 -> "请求内容过大";
              case 415 -> "不支持该内容类型";
              default -> reason;
            };
    String detail =
        switch (status) {
          case 404 -> english ? "There is no such resource." : "没有这个资源。";
          case 405 -> english ? "This resource does not support that method." : "该资源不支持此请求方法。";
          case 406 ->
              english
                  ? "The resource cannot answer in the media type asked for."
                  : "该资源无法按所要求的媒体类型答复。";
          case 413 ->
              english ? "The request body is larger than the platform accepts." : "请求内容超过了平台允许的大小。";
          case 415 ->
              english
                  ? "The resource does not accept that media type; send application/json."
                  : "该资源不接受此内容类型，请以application/json提交。";
          default -> null;
        };
    return new Problem(status, null, title, detail);
  }
}
