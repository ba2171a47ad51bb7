package org.bridgehead.config;

import java.nio.file.Path;

/**
 * The edge's certificate and trust. Files are PEM.
 *
 * @param certificateChain leaf first
 * @param privateKey PKCS#8 or traditional PEM key for the leaf
 * @param trustAnchors CA certificates that partner certificates must chain to; null trusts the JDK's
 *     default anchors
 */
public record TlsSettings(Path certificateChain, Path privateKey, Path trustAnchors) {}
