/**
 * Web adapter: the signed-URL service of the infrastructure guide ({@code POST /r2/upload}, {@code GET
 * /r2/download}, {@code DELETE /r2/delete}, {@code GET /r2/health}) and the routes serving the links ARA signs itself
 * ({@code GET}/{@code PUT /api/v1/files/{key}}).
 */
package ara.adapter.web.storage;
