/**
 * Devices' second way in: the MQTT subscription that takes signed events from a broker and hands them to the same
 * intake as {@code POST /api/v1/devices/events}. Off unless a broker is configured.
 */
package org.linli.infra.devices;
