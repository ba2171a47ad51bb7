package org.bridgehead.management.validation;

/**
 * An update or removal carried a version other than the stored one: someone changed the object since
 * the caller read it (the API's 409/412). Nothing was written.
 */
public class StaleUpdateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String objectType;
  private final String objectId;
  private final long expectedVersion;
  private final long actualVersion;

  public StaleUpdateException(String objectType, String objectId, long expectedVersion, long actualVersion) {
    super(objectType + " " + objectId + " was changed by someone else: expected version " + expectedVersion
        + ", stored version " + actualVersion + (actualVersion == 0 ? " (removed)" : ""));
    this.objectType = objectType;
    this.objectId = objectId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String objectType() { return objectType; }

  public String objectId() { return objectId; }

  public long expectedVersion() { return expectedVersion; }

  /** The stored version, 0 when the object no longer exists. */
  public long actualVersion() { return actualVersion; }
}
