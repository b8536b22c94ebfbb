/**
 * Community cases (事件): the closed loop 问题发现 → 事件跟踪 → 统一处置 → 反馈评价. A resident (or a grid worker or
 * operator on their behalf, or a device) reports a case in a category with its own SLA; the case is routed to the
 * grid of its place, accepted, assigned to a staff user, a grid worker or a provider, worked in steps, resolved and
 * rated. Deadlines run in the tenant's working hours ({@link org.linli.tenants.cases.WorkingCalendar}); a watch warns
 * handlers, escalates overdue cases to the operators and, for a property company, to its supervising district, which
 * receives a snapshot without the reporter's personal data.
 */
package org.linli.tenants.cases;
