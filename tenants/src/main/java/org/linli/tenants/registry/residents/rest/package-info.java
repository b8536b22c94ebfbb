/**
 * The residents API: residents disclosed by the privacy policy, revealed on purpose, moved, verified and deactivated
 * ({@link ResidentResource}), and a resident's own data and who has seen it ({@link MyDataResource}). The resources
 * only translate HTTP to the registry's services; no resource decides what a caller may see.
 */
package org.linli.tenants.registry.residents.rest;
