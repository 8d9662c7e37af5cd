/** Web adapter: a person's own data: erasing an audit or the account. */
package ara.adapter.web.account;
