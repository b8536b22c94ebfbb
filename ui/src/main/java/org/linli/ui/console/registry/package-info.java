/**
 * Console screens of the resident registry: the community structure, households with their owners and floor areas,
 * residents (masked by the privacy policy), grids, the resident import with its progress and errors, and a resident's
 * own data.
 */
package org.linli.ui.console.registry;
