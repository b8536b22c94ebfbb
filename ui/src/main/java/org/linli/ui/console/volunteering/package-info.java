/**
 * The organisers' console for volunteering (志愿活动): activities and their attendance, the full-screen rotating
 * check-in code, verification and crediting, and the volunteer hours report.
 */
package org.linli.ui.console.volunteering;
