/** The application ring: use cases (port.in), the ports the core needs (port.out) and the services behind them. */
module ara.application {
    requires transitive ara.domain;

    exports ara.application.port.out;
}
