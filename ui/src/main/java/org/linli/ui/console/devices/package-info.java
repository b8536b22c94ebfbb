/**
 * Console screens of devices: the device list with registration (the secret shown once), a device with its alerts
 * and false-positive rate, the alert list with true/false-positive labels, and the alert rules editor.
 */
package org.linli.ui.console.devices;
