package org.bridgehead.gateway.sip.stack.jain;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** JAIN-SIP cannot bind port 0, so "any free port" is found here: one free for both UDP and TCP. */
final class FreePorts {
  private FreePorts() {}

  static int udpAndTcp(String address) throws IOException {
    InetAddress ip = InetAddress.getByName(address); // an IP literal: no lookup
    for (int attempt = 0; attempt < 50; attempt++) {
      try (ServerSocket tcp = new ServerSocket()) {
        tcp.bind(new InetSocketAddress(ip, 0));
        int port = tcp.getLocalPort();
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(ip, port))) {
          return port;
        } catch (IOException taken) {
          // try another
        }
      }
    }
    throw new IOException("no port free for both UDP and TCP on " + address);
  }

  static int tcp(String address) throws IOException {
    try (ServerSocket tcp = new ServerSocket()) {
      tcp.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      return tcp.getLocalPort();
    }
  }
}
