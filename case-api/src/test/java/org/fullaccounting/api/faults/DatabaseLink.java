package org.fullaccounting.api.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the application and its PostgreSQL that a test can cut: {@link #cut()} closes
 * every open connection (a connection lost mid-request) and stops listening (a new one is refused),
 * as a database that went away; {@link #restore()} listens again on the same port. The database
 * itself is a real one; only the wire between them is in the test's hands.
 */
final class DatabaseLink implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    private DatabaseLink(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listen(0);
    }

    /** A relay to the host and port of {@code jdbcUrl}, listening on a free local port. */
    static DatabaseLink to(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new DatabaseLink(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    /** {@code jdbcUrl} with its host and port replaced by this relay's. */
    String relayed(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    synchronized void cut() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closed either way
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    synchronized void restore() {
        if (listener.isClosed()) {
            listen(port);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private int listen(int onPort) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            listener = server;
            Thread accepting = new Thread(() -> accept(server), "database-link-" + server.getLocalPort());
            accepting.setDaemon(true);
            accepting.start();
            return server.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + onPort, e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket database = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(database);
                if (server.isClosed()) {
                    // cut while this one was being accepted
                    closeQuietly(client);
                    closeQuietly(database);
                    continue;
                }
                pump(client, database);
                pump(database, client);
            } catch (IOException closedOrRefused) {
                // the listener was closed (cut), or the database refused: the client sees its socket close
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
