package org.bridgehead.admin.connect;

import com.fasterxml.jackson.databind.JsonNode;

/** One API answer: the status and the JSON body (null when empty). */
public record ApiReply(int status, JsonNode body) {
  public boolean ok() { return status >= 200 && status < 300; }
}
