package org.bridgehead.certs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bridgehead.certs.importing.ChainChecker;
import org.bridgehead.certs.importing.Finding;
import org.bridgehead.certs.request.CertificateRequest;
import org.bridgehead.certs.request.CsrBuilder;
import org.bridgehead.certs.store.CertificateRecord;
import org.bridgehead.certs.store.CertificateRepository;
import org.bridgehead.certs.store.CertificateState;
import org.bridgehead.certs.store.KeyVault;
import org.bridgehead.certs.store.StoreSecret;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.validation.NotFoundException;
import org.bridgehead.management.validation.ValidationException;
import org.bridgehead.management.validation.Problem;

/**
 * The certificate wizard on the management store: request (key + CSR), import of the issued chain,
 * assignment to a listener, export and removal. Every change is one audited store write; key material
 * never enters the audit log.
 */
public final class CertificateWizard {
  static final String TYPE = "certificate";

  private final ManagementStore store;
  private final StoreSecret secret;
  private final AssignedCertificates files;
  private final Clock clock;
  private final CertificateRepository repo = new CertificateRepository();

  public CertificateWizard(ManagementStore store, StoreSecret secret, AssignedCertificates files, Clock clock) {
    this.store = store;
    this.secret = secret;
    this.files = files;
    this.clock = clock;
  }

  /** The wizard on a node's data directory, with the default secret file. */
  public static CertificateWizard forDataDir(ManagementStore store, Path dataDir) {
    return new CertificateWizard(store, new StoreSecret(StoreSecret.defaultFile(dataDir)),
        new AssignedCertificates(dataDir), Clock.systemUTC());
  }

  public ManagementStore store() { return store; }

  /** A new key pair and CSR; the key is kept encrypted in the store and the request is PENDING. */
  public record Pending(CertificateRecord record, String csrPem) {}

  public Pending request(CertificateRequest r, String actor) {
    r.validate();
    KeyPair keys = r.keyType().generate();
    PKCS10CertificationRequest csr = CsrBuilder.build(r, keys);
    String csrPem = CsrBuilder.pem(csr);
    String encrypted = KeyVault.encrypt(keys.getPrivate(), secret.read(), KeyVault.SECRET_ITERATIONS);
    CertificateRecord rec = new CertificateRecord(r.friendlyName().strip(), r.keyType(), r.exportable(),
        CsrBuilder.subject(r).toString(), r.plan().sans(), r.plan().xmppDomains(), CertificateState.PENDING, null, null,
        null, now(), 1);
    return store.write(actor, tx -> {
      if (repo.find(tx.handle(), rec.name()).isPresent()) {
        throw new ValidationException(new Problem(TYPE + " " + rec.name(), "friendly-name", "unique",
            "a certificate named '" + rec.name() + "' already exists; choose another friendly name or remove it first"));
      }
      repo.insert(tx.handle(), rec, encrypted, csrPem);
      tx.audit(TYPE, rec.name(), ChangeAction.NEW, null, rec);
      return new Pending(rec, csrPem);
    });
  }

  /** The outcome of an import: the certificate now ISSUED, and the checks' warnings. */
  public record Imported(CertificateRecord record, List<Finding> warnings) {}

  /**
   * Imports an issued chain (PEM, any order) for {@code name}, or for whichever pending request its key
   * matches when {@code name} is null.
   *
   * @throws org.bridgehead.certs.importing.CertificateCheckException naming every failed check
   */
  public Imported importChain(String pem, String name, List<X509Certificate> anchors, String actor) {
    List<X509Certificate> file = Pem.certificates(pem);
    return store.write(actor, tx -> {
      Map<String, CertificateRecord> pending = new LinkedHashMap<>();
      for (CertificateRecord r : repo.list(tx.handle())) {
        if (r.state() == CertificateState.PENDING && (name == null || CertificateRepository.key(name)
            .equals(CertificateRepository.key(r.name())))) {
          pending.put(r.name(), r);
        }
      }
      if (pending.isEmpty()) {
        if (name != null && repo.find(tx.handle(), name).isEmpty()) throw new NotFoundException(TYPE, name);
        throw new CertificateRefusedException(name == null ? "no certificate request is pending: make one with"
            + " 'certificate request' first" : "certificate '" + name + "' is not pending (already issued)");
      }
      Map<String, PublicKey> keys = new LinkedHashMap<>();
      pending.keySet().forEach(n -> keys.put(n, publicKey(repo.csrPem(tx.handle(), n))));
      var verdict = ChainChecker.check(file, keys, n -> pending.get(n).xmppDomains(), anchors, clock.instant());
      CertificateRecord before = pending.get(verdict.requestName());
      X509Certificate leaf = verdict.chain().get(0);
      CertificateRecord after = before.issued(thumbprint(leaf), leaf.getNotBefore().toInstant(),
          leaf.getNotAfter().toInstant());
      repo.markIssued(tx.handle(), after, Pem.write(verdict.chain()), before.version());
      tx.audit(TYPE, after.name(), ChangeAction.SET, before, after);
      return new Imported(after, verdict.warnings());
    });
  }

  /** Records the assignment (audited), then writes the chain and key files the node serves. */
  public Usage assign(String name, Usage usage, String actor) {
    String[] material = store.write(actor, tx -> recordAssignment(tx, name, usage));
    files.install(usage, material[0], material[1]);
    return usage;
  }

  /** What {@link #assign} would change, checks included, without changing anything. */
  public ManagementStore.WhatIf<Usage> whatIfAssign(String name, Usage usage, String actor) {
    return store.whatIf(() -> store.write(actor, tx -> {
      recordAssignment(tx, name, usage);
      return usage;
    }));
  }

  private String[] recordAssignment(Tx tx, String name, Usage usage) {
    CertificateRecord rec = issued(tx, name);
    String previous = repo.assignments(tx.handle()).get(usage);
    repo.assign(tx.handle(), usage, rec.name(), clock.instant());
    tx.audit(TYPE, rec.name(), ChangeAction.SET, Map.of("usage", usage, "previous", previous == null ? "" : previous),
        Map.of("usage", usage, "assigned", rec.name()));
    String keyPem = Pem.write(List.of(KeyVault.decrypt(repo.encryptedKey(tx.handle(), rec.name()), secret.read())));
    return new String[] {repo.chainPem(tx.handle(), rec.name()).orElseThrow(), keyPem};
  }

  /** Export of an issued certificate with its key; refused unless the request was exportable. */
  public byte[] export(String name, CertificateExport format, char[] password) {
    return store.read(h -> {
      CertificateRecord rec = repo.find(h, name).orElseThrow(() -> new NotFoundException(TYPE, name));
      if (!rec.exportable()) {
        throw new CertificateRefusedException("certificate '" + rec.name() + "' was requested with a non-exportable"
            + " private key; it can only be used here. Request a new certificate with --exportable if it must move.");
      }
      if (rec.state() != CertificateState.ISSUED) {
        throw new CertificateRefusedException("certificate '" + rec.name() + "' is still pending: import its chain first");
      }
      var key = KeyVault.decrypt(repo.encryptedKey(h, rec.name()), secret.read());
      return format.write(rec.name(), key, Pem.certificates(repo.chainPem(h, rec.name()).orElseThrow()), password);
    });
  }

  /** Removes a certificate and its key; refused while it is assigned. */
  public void remove(String name, String actor) {
    store.write(actor, tx -> {
      CertificateRecord rec = repo.find(tx.handle(), name).orElseThrow(() -> new NotFoundException(TYPE, name));
      var used = repo.assignments(tx.handle()).entrySet().stream().filter(e -> e.getValue().equals(rec.name()))
          .map(e -> e.getKey().name()).toList();
      if (!used.isEmpty()) {
        throw new CertificateRefusedException("certificate '" + rec.name() + "' is assigned to " + used
            + "; assign another certificate there first");
      }
      repo.delete(tx.handle(), rec.name());
      tx.audit(TYPE, rec.name(), ChangeAction.REMOVE, rec, null);
      return null;
    });
  }

  public List<CertificateRecord> list() { return store.read(repo::list); }

  public Map<Usage, String> assignments() { return store.read(repo::assignments); }

  public String csrPem(String name) {
    return store.read(h -> {
      repo.find(h, name).orElseThrow(() -> new NotFoundException(TYPE, name));
      return repo.csrPem(h, name);
    });
  }

  private CertificateRecord issued(Tx tx, String name) {
    CertificateRecord rec = repo.find(tx.handle(), name).orElseThrow(() -> new NotFoundException(TYPE, name));
    if (rec.state() != CertificateState.ISSUED) {
      throw new CertificateRefusedException("certificate '" + rec.name() + "' is pending: import the chain the CA"
          + " issued before assigning it");
    }
    return rec;
  }

  private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MICROS); }

  private static PublicKey publicKey(String csrPem) {
    try (var p = new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(csrPem))) {
      var csr = (PKCS10CertificationRequest) p.readObject();
      return new JcaPEMKeyConverter().getPublicKey(csr.getSubjectPublicKeyInfo());
    } catch (IOException e) {
      throw new UncheckedIOException("stored CSR unreadable", e);
    }
  }

  static String thumbprint(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
