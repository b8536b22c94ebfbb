/** The console's inbox: the messages of staff users (deadlines, escalations, reminders). */
package org.linli.ui.console.inbox;
