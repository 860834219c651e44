package org.govmeeting.events.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** An event's payload as text: the properties file format, which escapes what it must. */
final class Payloads {
  private Payloads() {}

  static String write(Map<String, ?> payload) {
    Properties p = new Properties();
    payload.forEach(
        (k, v) -> {
          if (v != null) {
            p.setProperty(k, String.valueOf(v));
          }
        });
    StringWriter out = new StringWriter();
    try {
      p.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The first line is the date Properties writes; it says nothing the row does not.
    String text = out.toString();
    return text.startsWith("#") ? text.substring(text.indexOf('\n') + 1) : text;
  }

  static Map<String, String> read(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }
}
