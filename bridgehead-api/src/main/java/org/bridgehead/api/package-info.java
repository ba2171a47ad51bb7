/** The management plane over HTTP: JSON under {@code /api/v1}, administrators with roles, RFC 9457 problems. */
package org.bridgehead.api;
