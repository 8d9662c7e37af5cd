/** Inbound port: health and readiness of this ARA instance, for load balancers, Kubernetes and operators. */
package ara.application.port.in.health;
