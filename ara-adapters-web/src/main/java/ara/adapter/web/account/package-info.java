/** Web adapter: a person's own data: erasing an audit or the account, retaking and comparing audits. */
package ara.adapter.web.account;
