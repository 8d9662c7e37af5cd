/**
 * Test support shared by the adapters: one abstract contract test per outbound port (every adapter's test extends
 * it) and the real-server fixtures the adapter tests run against. No main module owns this package.
 */
package ara.contract;
