/** Services: a person's own data: erasure, export, retaking and comparing audits. */
package ara.application.service.account;
