/** Web adapter: the Javalin HTTP API, problem+json error mapping and the bundled pages. */
module ara.adapter.web {
    requires ara.application;
}
