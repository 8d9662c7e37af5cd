/** Bootstrap, logging: one line per event on stdout, as text for people or as JSON lines for collectors. */
package ara.bootstrap.logging;
