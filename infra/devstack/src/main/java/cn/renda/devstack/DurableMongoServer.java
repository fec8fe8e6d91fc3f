package cn.renda.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

import java.nio.file.Path;

/**
 * The Mongo stand-in (mongo-java-server) on its H2 MVStore backend, committing after every command that changed
 * something. The stock backend commits about once a second, so a kill -9 could lose writes it had acknowledged;
 * committing per write keeps every acknowledged write. With no file it runs in memory (tests).
 */
public final class DurableMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final String uri;

    private DurableMongoServer(MongoServer server, String uri) {
        this.server = server;
        this.uri = uri;
    }

    public static DurableMongoServer start(Path file, int port) {
        H2Backend backend = file == null ? new CommittingH2Backend(null) : new CommittingH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        int bound = server.getLocalAddress().getPort();
        return new DurableMongoServer(server, "mongodb://127.0.0.1:" + bound);
    }

    public String connectionString() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    static final class CommittingH2Backend extends H2Backend {

        CommittingH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                commitIfChanged();
            }
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            try {
                return super.handleMessage(message);
            } finally {
                commitIfChanged();
            }
        }

        private void commitIfChanged() {
            if (!isInMemory() && getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }
}
