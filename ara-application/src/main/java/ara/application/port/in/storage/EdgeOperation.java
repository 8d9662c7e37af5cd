package ara.application.port.in.storage;

/** What an edge grant lets its holder do with one object at the edge worker's {@code /r2/*} routes. */
public enum EdgeOperation {
    UPLOAD, DOWNLOAD, DELETE
}
