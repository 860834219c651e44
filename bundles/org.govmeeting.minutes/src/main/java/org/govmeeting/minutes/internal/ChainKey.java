package org.govmeeting.minutes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key that signs the record's chain: an EC P-256 key pair with a self-signed certificate in a
 * PKCS#12 keystore, made on first start. It lives in the file system and never in the database, so
 * whoever can write the database cannot sign a recomputed chain.
 */
final class ChainKey {
  static final String ALGORITHM = "SHA256withECDSA";
  private static final String ALIAS = "govmeeting-chain";

  private final PrivateKey privateKey;
  private final X509Certificate certificate;
  private final String certificateSha256;

  private ChainKey(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = privateKey;
    this.certificate = certificate;
    try {
      this.certificateSha256 =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens the keystore at {@code store} (its password in {@code store + ".pass"}), or makes both
   * when neither exists. Both files are readable by their owner only.
   */
  static synchronized ChainKey openOrCreate(Path store) {
    Path pass = store.resolveSibling(store.getFileName() + ".pass");
    try {
      if (Files.exists(store)) {
        char[] password = Files.readString(pass, StandardCharsets.UTF_8).trim().toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
          ks.load(in, password);
        }
        return new ChainKey(
            (PrivateKey) ks.getKey(ALIAS, password), (X509Certificate) ks.getCertificate(ALIAS));
      }
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = g.generateKeyPair();
      Instant now = Instant.now();
      X509Certificate cert =
          SelfSignedCertificate.make(
              keys, "govmeeting record chain", now, now.plus(Duration.ofDays(365L * 30)));
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      char[] password =
          Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {cert});
      Files.createDirectories(store.toAbsolutePath().getParent());
      ownerOnly(pass);
      Files.writeString(pass, new String(password) + "\n", StandardCharsets.UTF_8);
      ownerOnly(store);
      try (OutputStream out = Files.newOutputStream(store, StandardOpenOption.TRUNCATE_EXISTING)) {
        ks.store(out, password);
      }
      return new ChainKey(keys.getPrivate(), cert);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot open or make the chain key at " + store, e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file inherits the folder's access list.
    }
  }

  String sign(String canonical) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(privateKey);
      s.update(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean verify(String canonical, String signature) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(certificate.getPublicKey());
      s.update(canonical.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  String certificateSha256() {
    return certificateSha256;
  }

  String certificatePem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
