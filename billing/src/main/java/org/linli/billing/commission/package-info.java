/**
 * Commission rules and the splits they make: each paid order's amount divided among platform, tenant and provider
 * (snapshotted on split lines), posted from the account that funded it — gateway clearing, the tenant's time
 * reimbursement, the tenant's points-discount account — and taken back in proportion when money is refunded.
 */
package org.linli.billing.commission;
