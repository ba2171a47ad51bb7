/** The certificate wizard: key pairs and PKCS#10 requests, import and checks of issued chains, assignment, expiry. */
package org.bridgehead.certs;
