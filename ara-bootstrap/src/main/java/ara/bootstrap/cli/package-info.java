/** Operator commands of the launcher ({@code bin/ara token …}); the only place that writes to standard streams. */
package ara.bootstrap.cli;
