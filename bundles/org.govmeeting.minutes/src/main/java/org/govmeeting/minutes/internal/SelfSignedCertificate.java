package org.govmeeting.minutes.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed X.509 v3 certificate for an EC P-256 key, written in DER by hand: the JDK parses
 * and verifies certificates but has no public API to make one, and this avoids a second crypto
 * provider in the container for a single certificate made once.
 */
final class SelfSignedCertificate {
  /** ecdsa-with-SHA256, 1.2.840.10045.4.3.2. */
  private static final byte[] ECDSA_SHA256 = {
    0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02
  };

  /** commonName, 2.5.4.3. */
  private static final byte[] CN = {0x06, 0x03, 0x55, 0x04, 0x03};

  private static final DateTimeFormatter GENERALIZED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private SelfSignedCertificate() {}

  static X509Certificate make(KeyPair keys, String commonName, Instant from, Instant until)
      throws GeneralSecurityException {
    byte[] name = seq(set(seq(CN, tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
    byte[] algorithm = seq(ECDSA_SHA256);
    byte[] serial = new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray();
    byte[] tbs =
        seq(
            tlv(0xa0, tlv(0x02, new byte[] {2})),
            tlv(0x02, serial),
            algorithm,
            name,
            seq(time(from), time(until)),
            name,
            keys.getPublic().getEncoded());
    Signature s = Signature.getInstance("SHA256withECDSA");
    s.initSign(keys.getPrivate());
    s.update(tbs);
    byte[] signature = s.sign();
    byte[] bits = new byte[signature.length + 1];
    System.arraycopy(signature, 0, bits, 1, signature.length);
    byte[] der = seq(tbs, algorithm, tlv(0x03, bits));
    X509Certificate cert =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    cert.verify(keys.getPublic());
    return cert;
  }

  private static byte[] time(Instant at) {
    return tlv(0x18, GENERALIZED.format(at).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] seq(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  private static byte[] set(byte[]... parts) {
    return tlv(0x31, concat(parts));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = value.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }
}
