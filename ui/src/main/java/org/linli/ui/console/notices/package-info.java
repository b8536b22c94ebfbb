/** The operators' notices: the list, the editor with a live preview, and a notice's reach with reminders. */
package org.linli.ui.console.notices;
