package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * Issue 14 item 3: clients that announce a large body and then send a byte now and then held all 16
 * request threads, so that even a 401 waited. Loopback only, bounded, and every socket is closed
 * when the test ends.
 */
public class SlowClientsIT extends PlatformTestSupport {
  private static final int SLOW = 50;

  private List<Socket> open(int count, String user) throws IOException {
    int port = Integer.getInteger(PORT_PROPERTY);
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Socket s = new Socket("127.0.0.1", port);
      s.setSoTimeout(25_000);
      String auth =
          user == null
              ? ""
              : "Authorization: Basic "
                  + Base64.getEncoder()
                      .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))
                  + "\r\n";
      String head =
          "POST /api/topics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "X-Requested-With: slow\r\nContent-Length: 100000\r\n"
              + auth
              + "\r\n{";
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      sockets.add(s);
    }
    return sockets;
  }

  private static void drip(List<Socket> sockets) {
    for (Socket s : sockets) {
      try {
        s.getOutputStream().write(' ');
        s.getOutputStream().flush();
      } catch (IOException closedByTheServer) {
        // the point of the fix
      }
    }
  }

  private static void closeAll(List<Socket> sockets) {
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  @Test
  public void fiftyAnonymousSlowBodiesDoNotSlowTheApiDown() throws Exception {
    List<Socket> slow = open(SLOW, null);
    try {
      long worst = 0;
      for (int round = 0; round < 10; round++) {
        long t0 = System.nanoTime();
        Answer me = http.get("me", "li.jianguo");
        Answer anonymous = http.get("me", null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        worst = Math.max(worst, ms);
        assertEquals(me.toString(), 200, me.status);
        assertEquals(401, anonymous.status);
        drip(slow);
        Thread.sleep(500);
      }
      assertTrue("the API waited for slow bodies: " + worst + " ms", worst < 2_000);
    } finally {
      closeAll(slow);
    }
  }

  @Test
  public void authenticatedSlowBodiesAreCutOffAndTheApiRecovers() throws Exception {
    // With credentials the body is read, so each holds a thread: until the data rate or the idle
    // timeout (10 s) cuts it off, never longer.
    List<Socket> slow = open(20, "lin.na");
    long t0 = System.nanoTime();
    try {
      int cut = 0;
      for (Socket s : slow) {
        InputStream in = s.getInputStream();
        byte[] head = new byte[12];
        int n = in.readNBytes(head, 0, head.length);
        String status = new String(head, 0, n, StandardCharsets.US_ASCII);
        if (n == 0 || status.startsWith("HTTP/1.1 408")) {
          cut++;
        }
      }
      long seconds = (System.nanoTime() - t0) / 1_000_000_000;
      assertEquals(20, cut);
      assertTrue("cut off within " + seconds + " s", seconds < 35);
      long t1 = System.nanoTime();
      assertEquals(200, http.get("me", "li.jianguo").status);
      assertTrue((System.nanoTime() - t1) / 1_000_000 < 2_000);
    } finally {
      closeAll(slow);
    }
  }
}
