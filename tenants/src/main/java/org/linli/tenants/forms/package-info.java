/**
 * Smart forms (智能表单): operators design a form once, residents (or grid workers for them) answer it, and answers
 * bound to registry fields are written back to the registry, so a resident's data is collected once. An answer fires
 * {@link org.linli.tenants.forms.FormAnswered}, on which points earning rules act.
 */
package org.linli.tenants.forms;
