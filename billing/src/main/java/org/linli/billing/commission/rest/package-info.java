/**
 * The commission API: the tenant's commission rules and their versions ({@link CommissionRuleResource}), and how one
 * order's payment was split and who bears its refunds ({@link SplitResource}). The resources only translate HTTP to
 * {@link org.linli.billing.commission.CommissionService} and {@link org.linli.billing.commission.SplitService};
 * permissions and audit live on those services.
 */
package org.linli.billing.commission.rest;
