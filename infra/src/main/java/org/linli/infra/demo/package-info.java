/**
 * Demo mode: fictitious tenants, people and history written once through the application services, and refused on a
 * database that holds anything but demo data.
 */
package org.linli.infra.demo;
