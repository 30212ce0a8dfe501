package org.cep.content.resilience;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on the loopback interface between the service and its database that a test can cut,
 * as a database outage looks from the service: open connections drop and new ones hang unanswered.
 */
final class LoopbackProxy implements Closeable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    LoopbackProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Drops every connection; new ones are accepted but never answered, as with a host that went away. */
    void cut() {
        open = false;
        closeAll();
    }

    /** Lets connections through again; the ones left hanging during the cut are closed. */
    void restore() {
        closeAll();
        open = true;
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        closeAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                if (open) {
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(upstream);
                    daemon(() -> pump(client, upstream));
                    daemon(() -> pump(upstream, client));
                }
            } catch (IOException e) {
                // The server socket closed, or the database refused: the client sees its connection fail.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side closed; closing both below ends the other pump too.
        } finally {
            quietly(from);
            quietly(to);
        }
    }

    private void closeAll() {
        sockets.forEach(LoopbackProxy::quietly);
        sockets.clear();
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "loopback-proxy");
        thread.setDaemon(true);
        thread.start();
    }
}
