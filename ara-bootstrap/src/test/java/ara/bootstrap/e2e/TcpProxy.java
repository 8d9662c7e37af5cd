package ara.bootstrap.e2e;

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
 * A TCP forwarder on a fixed local port to a real server, which a test can cut (listener and every connection
 * closed: the server looks gone) and restore on the same port. Lets a test take the shared MariaDB away from one
 * ARA without touching the server. Thread-safe.
 */
final class TcpProxy implements AutoCloseable {
    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ServerSocket listener;

    private TcpProxy(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    static TcpProxy to(String host, int port) throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        TcpProxy proxy = new TcpProxy(free, host, port);
        proxy.open();
        return proxy;
    }

    int port() {
        return port;
    }

    synchronized void open() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread.ofVirtual().start(() -> accept(socket));
    }

    /** Closes the listener and every forwarded connection. */
    synchronized void cut() {
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(targetHost, targetPort);
                if (!register(socket, client, server)) {
                    closeQuietly(client);
                    closeQuietly(server);
                    return;
                }
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Keeps a forwarded connection for {@link #cut}, unless the cut came while it was being set up (a connection
     * accepted just before the listener closed must not outlive the cut).
     */
    private synchronized boolean register(ServerSocket from, Socket client, Socket server) {
        if (from.isClosed()) {
            return false;
        }
        sockets.add(client);
        sockets.add(server);
        return true;
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        cut();
    }
}
