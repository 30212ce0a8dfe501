/** Who may do what: roles, what a reader or an editor may see, and the keys bearer tokens are checked with. */
package org.cep.content.access;
