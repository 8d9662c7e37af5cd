/** Configuration: environment variables (and an optional properties file) turned into typed, checked settings. */
package ara.bootstrap.config;
