package ara.archfixture.bootstrap;

/** The composition root's settings, which nothing outside bootstrap may read. */
public record ThingSettings(int port) {
}
