/** Domain: audits over time: retaking an audit from an earlier one, and comparing two audits. */
package ara.domain.history;
