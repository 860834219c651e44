package org.govmeeting.rest.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import org.junit.Test;

/** A caller who hangs up mid-answer: the rest is discarded, nothing is thrown at CXF. */
public class DepartedClientTest {
  /** A connection that takes {@code room} bytes and then fails as Jetty's does (EofException). */
  static final class Connection extends ServletOutputStream {
    final ByteArrayOutputStream got = new ByteArrayOutputStream();
    final int room;

    Connection(int room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      if (got.size() >= room) {
        throw new EOFException("Closed");
      }
      got.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {}
  }

  private static HttpServletResponse over(ServletOutputStream out) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            DepartedClientTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> method.getName().equals("getOutputStream") ? out : null);
  }

  @Test
  public void anAnswerToACallerWhoStaysIsWrittenWhole() throws IOException {
    Connection c = new Connection(1 << 20);
    DepartedClient answer = new DepartedClient(over(c), "r-1");
    byte[] body = "{\"议题\":1}".getBytes(StandardCharsets.UTF_8);
    answer.getOutputStream().write(body, 0, body.length);
    answer.getOutputStream().flush();
    assertArrayEquals(body, c.got.toByteArray());
    assertFalse(answer.departed());
  }

  @Test
  public void theRestOfAnAnswerToACallerWhoHungUpIsDiscardedWithoutAnError() throws IOException {
    Connection c = new Connection(4);
    DepartedClient answer = new DepartedClient(over(c), "r-2");
    ServletOutputStream out = answer.getOutputStream();
    byte[] page = new byte[64 * 1024];
    out.write(page, 0, page.length); // the connection fails after 4 bytes: no exception here
    out.write(page, 0, page.length);
    out.write(7);
    out.flush();
    out.close();
    assertTrue(answer.departed());
    assertTrue("nothing more was sent", c.got.size() == 4);
  }
}
