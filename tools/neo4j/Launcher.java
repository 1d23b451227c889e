// Launcher: runs an embedded Neo4j 5 Community server for geokg dev, tests and CI (no Docker).
//
// It starts org.neo4j.dbms.api.DatabaseManagementServiceBuilder with:
//   - the Bolt connector on 127.0.0.1:<port> (the HTTP connector is off),
//   - authentication DISABLED: clients may send any credentials (e.g. neo4j/anything), all are accepted,
//   - the store and Neo4j's own logs (debug.log, query/security logs) under the data directory,
//   - a configurable page cache; transaction memory limits are left at Neo4j's defaults.
// It prints "neo4j ready bolt://127.0.0.1:PORT" once started, shuts down cleanly on SIGTERM/SIGINT
// (shutdown hook -> managementService.shutdown()), and otherwise blocks forever.
//
// Usage (normally via scripts/neo4j.sh, which builds the classpath with Maven from tools/neo4j/pom.xml):
//   java -cp "$CP" tools/neo4j/Launcher.java [--port N] [--data DIR] [--pagecache SIZE]
// Env fallbacks: NEO4J_PORT (default 7687), NEO4J_DATA_DIR (default .neo4j/data), NEO4J_PAGECACHE (default 256m).
// Exit codes: 0 clean shutdown, 2 bad arguments, 3 port in use, 4 data dir unusable, 5 Neo4j failed to start.

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    static final String HOST = "127.0.0.1";

    public static void main(String[] args) {
        String port = env("NEO4J_PORT", "7687");
        String data = env("NEO4J_DATA_DIR", ".neo4j/data");
        String pagecache = env("NEO4J_PAGECACHE", "256m");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println("usage: Launcher [--port N] [--data DIR] [--pagecache SIZE e.g. 256m, 1g]");
                return;
            }
            if (i + 1 >= args.length) die(2, "missing value for " + a);
            switch (a) {
                case "--port": port = args[++i]; break;
                case "--data": data = args[++i]; break;
                case "--pagecache": pagecache = args[++i]; break;
                default: die(2, "unknown argument: " + a);
            }
        }

        int boltPort = 0;
        try {
            boltPort = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            die(2, "invalid port: " + port);
        }
        if (boltPort < 1 || boltPort > 65535) die(2, "invalid port: " + port);
        long pageCacheBytes = parseSize(pagecache);

        Path dataDir = Path.of(data).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException | SecurityException e) {
            die(4, "data dir " + dataDir + " is unusable: " + e);
        }
        if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
            die(4, "data dir " + dataDir + " is not a writable directory");
        }

        // Fail fast with a clear message instead of a deep Netty stack trace.
        try (ServerSocket probe = new ServerSocket(boltPort, 1, InetAddress.getByName(HOST))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            die(3, "port " + HOST + ":" + boltPort + " is already in use (" + e.getMessage() + "); set NEO4J_PORT or --port");
        }

        DatabaseManagementService service = null;
        try {
            service = new DatabaseManagementServiceBuilder(dataDir)
                    .setUserLogProvider(new Log4jLogProvider(System.out))
                    .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                    .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports (and no internet here)
                    // Bolt waits 5s+5s for idle workers/connections on shutdown; a dev server need not.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            t.printStackTrace(System.err);
            String hint = root.getMessage() != null && root.getMessage().toLowerCase().contains("lock")
                    ? " (is another Neo4j using " + dataDir + "?)" : "";
            die(5, "neo4j failed to start: " + root + hint);
        }

        final DatabaseManagementService dbms = service;
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j shutting down");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("neo4j stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        System.out.println("neo4j ready bolt://" + HOST + ":" + boltPort);
        System.out.flush();
        try {
            stopped.await(); // blocks until the shutdown hook has run
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    // Accepts plain bytes or a k/m/g suffix (case-insensitive), e.g. 256m, 1g, 1048576.
    static long parseSize(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        if (v.endsWith("b")) v = v.substring(0, v.length() - 1);
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        if (last == 'k') mult = 1L << 10;
        if (last == 'm') mult = 1L << 20;
        if (last == 'g') mult = 1L << 30;
        if (mult != 1) v = v.substring(0, v.length() - 1);
        try {
            long n = Long.parseLong(v) * mult;
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
        }
        die(2, "invalid page cache size: " + s);
        return 0;
    }

    static void die(int code, String msg) {
        System.err.println("neo4j launcher: " + msg);
        System.exit(code);
    }
}
