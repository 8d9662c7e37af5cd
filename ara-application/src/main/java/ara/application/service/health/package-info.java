/** Services of the health use case. */
package ara.application.service.health;
