/** Who may do what: the keys bearer tokens are checked with. */
package org.cep.content.access;
