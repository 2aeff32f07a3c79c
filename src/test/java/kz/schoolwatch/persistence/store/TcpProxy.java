// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network cable for the tests: forwards a local port to the test server, and can be pulled ({@link #cut()}:
 * every connection through it dies, new ones are refused, as with a server down or a network gone) and plugged
 * in again ({@link #restore()}, on the same port).
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        // Reusable, as the sockets it accepts then are too: the port is bound again while they are still closing.
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = first.getLocalPort();
        accept(first);
    }

    /** A proxy to the test server on a free local port. */
    public static TcpProxy toTestServer() throws IOException {
        return new TcpProxy(PostgresServer.port());
    }

    public int port() {
        return port;
    }

    /** The test server's {@code address}, reached through this proxy. */
    public ServerAddress through(ServerAddress address) {
        return new ServerAddress("localhost", port, address.database(), address.caFile(), address.allowUnencrypted());
    }

    /** Pulls the cable: open connections are reset, new ones refused. */
    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket s : open) {
            try {
                // A reset, not a polite close: nothing of the connection is left on the port.
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException e) {
                // Closed already by its other side.
            }
        }
        open.clear();
    }

    /** Plugs the cable in again, on the same port. */
    public synchronized void restore() throws IOException {
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        for (int attempt = 0; ; attempt++) {
            try {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                break;
            } catch (java.net.BindException e) {
                // The client's side of a connection may still be closing for a moment.
                if (attempt == 50) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        accept(again);
    }

    private void accept(ServerSocket server) {
        listening = server;
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    synchronized (this) {
                        if (server.isClosed()) {
                            client.close();
                            target.close();
                            continue;
                        }
                        open.add(client);
                        open.add(target);
                    }
                    pump(client, target);
                    pump(target, client);
                } catch (IOException e) {
                    // Closed by cut(): the loop ends.
                }
            }
        }, "tcp-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side went: the other goes too.
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // Already closed.
                }
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
