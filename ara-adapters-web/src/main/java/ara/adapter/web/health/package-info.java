/** Web adapter, operations: the readiness and health documents for load balancers, Kubernetes and operators. */
package ara.adapter.web.health;
