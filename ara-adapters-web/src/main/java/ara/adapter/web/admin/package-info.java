/** Web adapter, admin routes: retention clean-ups on demand and statistics (admins only, see Authentication). */
package ara.adapter.web.admin;
