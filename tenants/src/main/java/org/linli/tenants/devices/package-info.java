/**
 * Community devices and their alerts. Operators register a tenant's sensors (smoke detectors, cameras that see a
 * thrown object, lift e-bike detectors, door sensors, water meters, panic buttons) at a place; each device signs its
 * events with a secret of its own ({@link org.linli.tenants.devices.EventSignature}), so the intake needs no user.
 * Every verified event, whatever transport brought it, goes through one pipeline
 * ({@link org.linli.tenants.devices.DeviceEventPipeline}): it refreshes the device's last-seen time, and per the
 * tenant's rules for the event's kind de-duplicates, correlates, keeps quiet hours and opens or updates a case
 * (source DEVICE) in the place's grid. Handlers label alerts true or false positive; a watch marks silent devices
 * offline and opens one maintenance case per silence.
 */
package org.linli.tenants.devices;
