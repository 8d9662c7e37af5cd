/** The composition root and the launcher's entry point. */
package ara.bootstrap;
